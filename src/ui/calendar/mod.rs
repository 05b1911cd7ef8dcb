//! The Calendar: the month, every day as a list, the figures for a date range (with the school's
//! own figures beside them), and the log of contacts and meetings with school.

pub mod charts;
pub mod contacts;
pub mod day_list;
pub mod figures;
pub mod later;
pub mod month;
pub mod school_figures;
