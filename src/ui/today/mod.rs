//! Today: recording a day (the status in one tap, then the optional details), removing a record,
//! the gentle cards shown there (backup reminder, Safari's Home Screen, space running out), and the
//! status the parent tapped before the app came, saved on another screen (`early_tap`).

pub mod backup_reminder;
pub mod child_said;
pub mod day_details;
pub mod day_draft;
pub mod day_form;
pub mod day_remove;
pub mod early_tap;
pub mod home_screen;
pub mod later;
pub mod space_warning;
