//! Today's later part: a day's optional details, under "Add more (all optional)", in the
//! `diary_views` file (see `ui/later.rs`).

use leptos::prelude::*;

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
