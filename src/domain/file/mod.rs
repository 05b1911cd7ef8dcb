//! The diary as a file: the JSON document and its versions, writing it (all at once or a child at a
//! time), reading and checking it, merging two diaries, the plan on its own, the spreadsheet, a
//! locked (encrypted) backup, moving a diary between browsers, and when to remind about a backup.

pub mod base64;
pub mod document;
pub mod json_path;
pub mod locked;
pub mod merge;
pub mod migrate;
pub mod moving;
pub mod plan_file;
pub mod reminder;
pub mod spreadsheet;
pub mod three_way;
pub mod writer;
