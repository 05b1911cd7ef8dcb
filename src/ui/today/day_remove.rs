//! Removing a day's record: a question first, and Undo while the screen is open.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::domain::dates::{long_date, weekday_name};
use crate::domain::{DayRecord, DayStatus};
use crate::ui::messages::SavedHere;
use crate::ui::state::AppState;
use crate::ui::today::day_draft::DayDraft;
use crate::ui::unsaved::saved_and_emptied;
use crate::ui::widgets::confirm::RemoveQuestion;
use crate::web::saving;

/// "Remove this day's record": asks first, and offers Undo while the screen is open.
#[component]
pub fn RemoveDay(
    date: NaiveDate,
    child_id: String,
    draft: DayDraft,
    removed: RwSignal<Option<DayRecord>>,
    saved_status: StoredValue<Option<DayStatus>>,
    unsaved: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child_id = StoredValue::new(child_id);
    let asking = RwSignal::new(false);
    let remove_now = move || {
        let mut taken = None;
        let result = state.change_child(&child_id.get_value(), |child| {
            taken = Some(child.remove_day(date)?);
            Ok(())
        });
        asking.set(false);
        match result {
            Ok(()) => {
                state.notice.set(None);
                draft.fill(None);
                saved_and_emptied(unsaved);
                saved_status.set_value(None);
                removed.set(taken);
                crate::web::focus::focus_after_redraw(vec!["undo-day".into()]);
            }
            Err(message) => state.problem_at(REMOVE_PLACE, message),
        }
    };
    // Asked after a question, so the part that writes the diary has all but surely come; if
    // not, the removal waits for it.
    let remove = move || saving::when_ready(remove_now);
    let undo = move |_| {
        let Some(record) = removed.get_untracked() else {
            return;
        };
        let back = record.clone();
        match state.change_child(&child_id.get_value(), |child| child.restore_day(back)) {
            Ok(()) => {
                saved_status.set_value(Some(record.status));
                draft.fill(Some(&record));
                saved_and_emptied(unsaved);
                removed.set(None);
                state.done_at(REMOVE_PLACE, "Put back.");
            }
            Err(message) => state.problem_at(REMOVE_PLACE, message),
        }
    };
    let recorded = move || saved_status.get_value().is_some() || draft.status.get().is_some();
    view! {
        {move || match removed.get() {
            Some(record) => view! {
                <p class="notice done undo" role="status">
                    {format!("Removed the record for {} ({}). ", long_date(record.date), record.status.label())}
                    <button type="button" class="link" id="undo-day" on:click=undo>"Undo"</button>
                </p>
            }.into_any(),
            None => view! {
                <Show when=move || recorded() && !asking.get()>
                    <p><button type="button" class="link" on:click=move |_| asking.set(true)>"Remove this day's record…"</button></p>
                </Show>
            }.into_any(),
        }}
        <Show when=move || asking.get()>
            <RemoveQuestion
                question=remove_question(&state.name_of(&child_id.get_value()), date)
                on_yes=remove
                on_no=move || asking.set(false)
            />
        </Show>
        <SavedHere place=REMOVE_PLACE/>
    }
}

/// "Remove Sam's record for Tuesday 3 March 2026? …": the question names the child whose record it is.
fn remove_question(name: &str, date: NaiveDate) -> String {
    format!(
        "Remove {name}'s record for {} {}? You can undo it while this screen is open.",
        weekday_name(date.weekday()),
        long_date(date)
    )
}

/// Where the outcome of removing or putting back a day's record appears.
const REMOVE_PLACE: &str = "day-remove";
