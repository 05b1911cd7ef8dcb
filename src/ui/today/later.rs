//! Today's later part: a day's optional details, under "Add more (all optional)", and the draft
//! kept of their typing, in the `diary_views` file (see `ui/later.rs`).

use leptos::prelude::*;

use crate::ui::drafts::DraftKey;
use crate::ui::later::later_screen;
use crate::ui::today::day_details;
use crate::ui::today::day_draft::DayDraft;

later_screen!(
    diary_views,
    /// A day's details, under "Add more (all optional)".
    fn day_details_part(draft: DayDraft) {
        view! { <day_details::DayDetailsFields draft/> }
    }
);
later_screen!(
    diary_views,
    /// Keeps the day's typing as a draft, and offers a kept one (at the top of the day form).
    fn keep_day_draft(draft: DayDraft, key: DraftKey, unsaved: RwSignal<bool>) {
        view! { {draft.fields().keep_draft(key, unsaved)} }
    }
);
