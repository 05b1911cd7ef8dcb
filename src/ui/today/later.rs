//! Today's later part, a file of its own (`day_details`, see `ui/later.rs`): a day's optional details,
//! under "Add more (all optional)", the draft kept of their typing, and what the child said about
//! the day in their own turn (only days the child spoke about fetch it).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::drafts::DraftKey;
use crate::ui::later::later_screen;
use crate::ui::today::child_said::ChildSaidOn;
use crate::ui::today::day_details;
use crate::ui::today::day_draft::DayDraft;

later_screen!(
    day_details,
    /// A day's details, under "Add more (all optional)".
    fn day_details_part(draft: DayDraft) {
        view! { <day_details::DayDetailsFields draft/> }
    }
);
later_screen!(
    day_details,
    /// Keeps the day's typing as a draft, and offers a kept one (at the top of the day form).
    fn keep_day_draft(draft: DayDraft, key: DraftKey, unsaved: RwSignal<bool>) {
        view! { {draft.fields().keep_draft(key, unsaved)} }
    }
);
later_screen!(
    day_details,
    /// What the child said about `date` in their own turn, labelled as theirs.
    fn child_said_part(date: NaiveDate) {
        view! { <ChildSaidOn date/> }
    }
);

/// Fetches this part ahead of use (first of all the later parts: "Add more" is the next thing a
/// parent taps on Today); one that cannot be fetched now is tried again when the box is opened.
pub async fn fetch_ahead() {
    #[cfg(feature = "split")]
    {
        let _ = __wasm_split_preload_day_details_part().await;
    }
}
