//! Parts shared by more than one place: a labelled text field with its limit and message, pick-one
//! selects and the 0-10 rating, the line saying why a form was not saved, the question before
//! removing something, a small editor for a list of rows, Safari's Share symbol, the support
//! group's "Support near you", a chart with its table, and a table's headings and rows.

pub mod chart;
pub mod child_picker;
pub mod choose;
pub mod confirm;
pub mod field;
pub mod guidance_box;
pub mod hand_over;
pub mod rows;
pub mod share_symbol;
pub mod support_near_you;
pub mod table;
