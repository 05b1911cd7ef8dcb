//! Recording one day: the status in one tap, then optional details (worries, signs, what helped,
//! times, the school's code, a private note). Used for Today and for any day opened from the calendar.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::domain::dates::{long_date, weekday_name};
use crate::domain::letters::LetterKind;
use crate::domain::route::LettersPage;
use crate::domain::{DayRecord, DayStatus};
use crate::ui::drafts::draft_key;
use crate::ui::later;
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::ui::today::backup_reminder::BackupReminderCard;
use crate::ui::today::day_remove::RemoveDay;
use crate::ui::today::later as today_later;
use crate::ui::today::space_warning::SpaceWarningCard;
use crate::ui::unsaved::{saved_and_emptied, watch_unsaved, UnsavedLine};
use crate::ui::widgets::choose::FormError;
use crate::ui::widgets::confirm::Question;
use crate::ui::widgets::hand_over::HandOver;
use crate::web::address::Screen;
use crate::web::clock::today;
use crate::web::early_today;
use crate::web::{saving, storage};

use crate::ui::today::day_draft::DayDraft;

/// The day screen for the child shown now. It is rebuilt when the child changes, not on every save,
/// so focus and typing stay where they are.
#[component]
pub fn DayScreen(date: NaiveDate, is_today: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let child_id = shown_child();
        let record = state
            .diary
            .with_untracked(|d| d.child(&child_id).and_then(|c| c.day(date).cloned()));
        view! { <DayForm date is_today child_id draft=DayDraft::from_record(record.as_ref())/> }
    }
}

#[component]
fn DayForm(date: NaiveDate, is_today: bool, child_id: String, draft: DayDraft) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child_id = StoredValue::new(child_id);
    let future_asked = RwSignal::new(false);
    // A record removed from this day while the screen is open, so it can be put back.
    let removed = RwSignal::new(None::<DayRecord>);
    let future_confirmed = RwSignal::new(false);
    // The status as last saved, so answering "No" to a future date leaves nothing looking chosen.
    let saved_status = StoredValue::new(draft.status.get_untracked());
    // Details are kept only when "Save this day" is tapped; say so as soon as something changes.
    // A tap on a status saves at once, so it is not watched.
    let unsaved = watch_unsaved(move || draft.track_details());
    // Typing is kept as a draft by a later part (`today/later.rs`), fetched at once when this day
    // has a draft to offer, else when the details are opened (only there can anything be typed).
    let key = draft_key("day", &child_id.get_value(), &date.to_string());
    let details_open = RwSignal::new(draft.has_details());
    let keeping = RwSignal::new(details_open.get_untracked() || storage::draft(&key).is_some());
    let key = StoredValue::new(key);
    Effect::new(move |_| {
        if details_open.get() && !keeping.get_untracked() {
            keeping.set(true);
        }
    });
    let draft_offer = move || {
        keeping.get().then(|| {
            later::quietly(move || today_later::keep_day_draft(draft, key.get_value(), unsaved))
        })
    };
    // Where the parent pressed: the status buttons, or "Save this day" at the foot of the details.
    let pressed = StoredValue::new(STATUS_PLACE);
    let name = StoredValue::new(state.name_of(&child_id.get_value()));
    let save_now = move || {
        let place = pressed.get_value();
        if date > today() && !future_confirmed.get_untracked() {
            future_asked.set(true);
            return;
        }
        let record = match draft.to_record(date) {
            Ok(record) => record,
            Err(problems) => {
                let first = problems[0].reason.clone();
                draft.problems.set(problems);
                state.problem_at(
                    place,
                    format!("Not saved yet: {first} The message is beside the field."),
                );
                return;
            }
        };
        let words = record.status.label();
        let result = state.change_child(&child_id.get_value(), |child| child.save_day(record));
        match result {
            Ok(()) => {
                saved_status.set_value(draft.status.get_untracked());
                // The worry that was filled in but not added is now one of the day's worries.
                if let Some(worry) = draft.pending_worry.worry() {
                    draft.worries.update(|ws| ws.push(worry));
                    draft.pending_worry.clear();
                }
                // Moving the worry into the list is not typing: the flag goes off once noticed.
                saved_and_emptied(unsaved);
                draft.problems.set(Vec::new());
                removed.set(None);
                state.done_at(
                    place,
                    format!(
                        "Saved: {words}, for {}. In {}'s diary.",
                        long_date(date),
                        name.get_value()
                    ),
                );
            }
            Err(message) => {
                // Nothing was saved, so nothing may look chosen that is not stored.
                draft.status.set(saved_status.get_value());
                state.problem_at(place, message);
            }
        }
    };
    // A tap before the part of the app that writes the diary has come waits for it, then saves.
    let save = move || saving::when_ready(save_now);
    // A status tapped on the painted Today before the app came is this form's first tap: shown
    // chosen as the form is drawn, and saved just after, as a tap here would be.
    if let Some(status) = early_today::take_tap_for(&child_id.get_value(), date) {
        draft.status.set(Some(status));
        set_timeout(save, std::time::Duration::ZERO);
    }
    // What the child said about this day in their own turn comes in a later part, fetched only
    // for a day they spoke about.
    let child_spoke = Memo::new(move |_| {
        state.diary.with(|d| {
            d.child(&child_id.get_value())
                .is_some_and(|c| c.own_words.my_days.iter().any(|said| said.date == date))
        })
    });
    let weekday = weekday_name(date.weekday());
    let heading = if is_today {
        format!("Today, {weekday}")
    } else {
        weekday.to_string()
    };
    view! {
        <section class="screen day">
            <h1>{heading}<span class="sub">{long_date(date)}</span></h1>
            <nav class="day-steps" aria-label="Other days">
                <a href=Screen::Day(date.pred_opt().unwrap_or(date)).hash()>"‹ Day before"</a>
                <a href=Screen::Month(Some((date.year(), date.month()))).hash()>"Calendar"</a>
                <a href=Screen::Day(date.succ_opt().unwrap_or(date)).hash()>"Day after ›"</a>
            </nav>
            <Show when=move || future_asked.get() && !future_confirmed.get()>
                <Question
                    question="This date is still to come. Do you want to save a record for it now?"
                    yes="Yes, save it"
                    no="No"
                    yes_class="primary"
                    on_yes=move || { future_confirmed.set(true); save(); }
                    on_no=move || {
                        future_asked.set(false);
                        draft.status.set(saved_status.get_value());
                    }
                />
            </Show>
            {draft_offer}
            <StatusPicker draft on_pick=move || { pressed.set_value(STATUS_PLACE); save() }/>
            <SavedHere place=STATUS_PLACE/>
            {is_today.then(|| view! {
                <p class="letter-link">
                    <a href=Screen::Letters(LettersPage::Kind(LetterKind::Absence)).hash()><span aria-hidden="true">"✉ "</span>"Write to school about today"</a>
                </p>
            })}
            // The details come in a later part of the app; a day that already has worries
            // opens with them showing.
            <later::FetchedWhenOpened
                class="card more"
                summary="Add more (all optional)"
                open=details_open.get_untracked()
                opened=details_open
                fetch=move || today_later::day_details_part(draft)
            >
                <div class="save-bar">
                    <UnsavedLine unsaved button="Save this day" what="these details"/>
                    <button type="button" class="primary wide" on:click=move |_| { pressed.set_value(SAVE_PLACE); save() }>"Save this day"</button>
                    <SavedHere place=SAVE_PLACE/>
                </div>
            </later::FetchedWhenOpened>
            <RemoveDay date child_id=child_id.get_value() draft removed saved_status unsaved/>
            {move || child_spoke.get().then(|| later::quietly(move || today_later::child_said_part(date)))}
            {is_today.then(|| view! { <HandOver/> <SpaceWarningCard/> <BackupReminderCard/> })}
            <p class="muted small">
                <a href=Screen::List.hash()>"See all recorded days"</a>
            </p>
        </section>
    }
}

/// Where the confirmation of a status tap appears: under the status buttons.
const STATUS_PLACE: &str = "day-status";
/// Where the confirmation of "Save this day" appears: beside that button.
const SAVE_PLACE: &str = "day-save";

/// The big status buttons; one tap records the day.
#[component]
fn StatusPicker(
    draft: DayDraft,
    on_pick: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="statuses">
            <legend>"How did the day go?"</legend>
            <div class="status-grid">
                {DayStatus::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <button
                                type="button"
                                class=format!("status s-{}", s.key())
                                aria-pressed=move || if draft.status.get() == Some(s) { "true" } else { "false" }
                                on:click=move |_| {
                                    draft.status.set(Some(s));
                                    on_pick();
                                }
                            >
                                <span class="symbol" aria-hidden="true">{s.symbol()}</span>
                                <span>
                                    {s.label()}
                                    // Seen as well as told: the pressed state is announced already.
                                    <Show when=move || draft.status.get() == Some(s)>
                                        <span class="chosen" aria-hidden="true">"✓ chosen"</span>
                                    </Show>
                                </span>
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <FormError error=draft.problem_at("status")/>
        </fieldset>
    }
}
