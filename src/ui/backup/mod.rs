//! Backup: saving everything as a file (optionally locked, private notes kept or left out), a
//! child's plan on its own, bringing a backup back, a child's days
//! as a spreadsheet, moving the diary to another browser, and the space it takes on this phone.

pub mod import;
pub mod later;
mod lock_option;
pub mod move_diary;
mod plan_file;
mod private_notes;
pub mod screen;
pub mod space;
pub mod spreadsheet;
