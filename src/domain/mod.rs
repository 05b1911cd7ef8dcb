//! The pure heart of Small Steps: records, plan, figures, the meeting pack and the file format. No
//! browser code lives here, so all of it is tested natively with `cargo test`.

pub mod calendar_file;
pub mod charts;
pub mod checks;
pub mod choice;
pub mod dates;
pub mod diary;
pub mod draft_fields;
pub mod draft_layouts;
pub mod draft_words;
pub mod figures;
pub mod file;
pub mod group;
pub mod letters;
pub mod meeting_pack;
pub mod plan;
pub mod questions;
pub mod route;
pub mod space;
pub mod validate;
pub mod where_kept;
pub mod words;

pub use diary::day::{DayRecord, DayStatus};
pub use diary::{Child, Diary};
pub use file::document::{read_document, Document, ReadError};
