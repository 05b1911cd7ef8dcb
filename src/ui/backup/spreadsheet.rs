//! On the Backup screen: a child's days as a spreadsheet file (CSV), for a spreadsheet program or
//! to hand to a school. Private notes are left out (`domain::spreadsheet`).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::file::names::days_file_name;
use crate::domain::file::spreadsheet::days_csv;
use crate::ui::messages::{hand_file_over_at, SavedHere};
use crate::ui::state::AppState;
use crate::ui::widgets::child_picker::{chosen_child, for_chosen, ChildPicker};
use crate::ui::widgets::field::DateRange;
use crate::web::clock::today;

/// Where "Save spreadsheet file" says how it went.
const SHEET_PLACE: &str = "sheet";

/// The "Days as a spreadsheet" card.
#[component]
pub fn SpreadsheetExport() -> impl IntoView {
    let state = expect_context::<AppState>();
    let who = chosen_child();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let save = move |_| {
        let date = |text: String| -> Result<Option<NaiveDate>, ()> {
            let text = text.trim().to_string();
            if text.is_empty() {
                Ok(None)
            } else {
                text.parse().map(Some).map_err(|_| ())
            }
        };
        let (Ok(first), Ok(last)) = (date(from.get_untracked()), date(to.get_untracked())) else {
            state.problem_at(SHEET_PLACE, "Not saved: a date is not a real date. Pick it again, or leave it empty for all days.");
            return;
        };
        if let (Some(first), Some(last)) = (first, last) {
            if first > last {
                state.problem_at(
                    SHEET_PLACE,
                    "Not saved: the first day is after the last day. Swap them round.",
                );
                return;
            }
        }
        let chosen = for_chosen(who, |c| (c.nickname.clone(), days_csv(c, first, last)));
        let Some((nickname, text)) = chosen else {
            return;
        };
        let name = days_file_name(&nickname, today());
        hand_file_over_at(
            state,
            Some(SHEET_PLACE),
            "The spreadsheet file",
            name,
            text,
            "text/csv",
            "",
        );
    };
    view! {
        <section class="card" aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">"Days as a spreadsheet"</h2>
            <p class="muted">
                "One row per recorded day (status, worries, signs, what helped, times, the school's code), to open in a spreadsheet or give to school. Private notes are left out."
            </p>
            <ChildPicker id="sheet-who" label="Whose days" who/>
            <p class="hint">"Leave the dates empty for every day recorded."</p>
            <DateRange from_label="From" from_id="sheet-from" from=from to_label="To" to_id="sheet-to" to=to/>
            <button type="button" class="primary" on:click=save>"Save spreadsheet file"</button>
            <SavedHere place=SHEET_PLACE/>
        </section>
    }
}
