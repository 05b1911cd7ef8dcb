//! A status tapped on Today before the app came (`web::early_today`), saved by the app when the
//! screen it opened on is not that day's: the parent tapped, then went to another screen before the
//! app had come.

use crate::domain::dates::long_date;
use crate::ui::state::AppState;
use crate::web::early_today::{self, EarlyTap};
use crate::web::saving;

/// The status tapped before the app came, when the screen the app opened on was not that day's
/// (the parent tapped, then went to another screen before the app came): saved here, with the
/// day's other details kept, and said at the top of the screen. Runs once the app is up.
pub fn save_left_over_tap(state: AppState) {
    let Some(tap) = early_today::take() else {
        return;
    };
    saving::when_ready(move || {
        let EarlyTap {
            child_id,
            date,
            status,
        } = tap;
        match state.change_child(&child_id, |child| child.save_status(date, status)) {
            Ok(()) => state.done(format!(
                "Saved: {}, for {}. In {}'s diary.",
                status.label(),
                long_date(date),
                state.name_of(&child_id)
            )),
            Err(message) => state.problem(message),
        }
    });
}
