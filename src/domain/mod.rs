//! The pure heart of Small Steps: records, plan, validation, file format. No browser code lives here.

pub mod adjustments;
pub mod base64;
pub mod clock;
pub mod contacts;
pub mod dates;
pub mod day;
pub mod diary;
pub mod document;
pub mod figures;
pub mod group;
pub mod guidance;
pub mod json_path;
pub mod ladder;
pub mod locked;
pub mod meeting_pack;
pub mod merge;
pub mod migrate;
pub mod moving;
pub mod no_school;
pub mod plan;
pub mod plan_export;
pub mod reminder;
pub mod review;
pub mod route;
pub mod space;
pub mod spreadsheet;
pub mod three_way;
pub mod validate;
pub mod where_kept;
pub mod writer;

pub use day::{DayRecord, DayStatus};
pub use diary::{Child, Diary};
pub use document::{read_document, Document, ReadError};
