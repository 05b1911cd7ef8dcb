//! The diary as a file: the JSON document and its versions, writing it (all at once or a child at a
//! time), reading and checking it, a backup of everyone or one child, merging two diaries and the
//! words that say what it did, the plan on its own, the spreadsheet, a locked (encrypted) backup,
//! moving a diary between browsers, the names of the files saved, and when to remind about a backup.

pub mod backup;
pub mod base64;
pub mod document;
mod first_look;
pub mod glimpse;
pub mod import_words;
pub mod json_path;
pub mod locked;
pub mod merge;
pub mod migrate;
pub mod moving;
pub mod names;
pub mod plan_file;
pub mod reminder;
mod removed_words;
mod shape_words;
pub mod spreadsheet;
pub mod three_way;
pub mod writer;
