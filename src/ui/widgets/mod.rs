//! Form parts shared by every screen: a labelled text field with its limit and message, the question
//! before removing something, and a small editor for a list of rows.

pub mod confirm;
pub mod field;
pub mod rows;
