//! Form parts shared by every screen: a labelled text field with its limit and message, pick-one
//! selects and the 0-10 rating, the line saying why a form was not saved, the question before
//! removing something, and a small editor for a list of rows.

pub mod choose;
pub mod confirm;
pub mod field;
pub mod rows;
