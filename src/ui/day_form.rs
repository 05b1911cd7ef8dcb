//! Recording one day: the status in one tap, then optional details (worries, signs, what helped,
//! times, the school's code, a private note). Used for Today and for any day opened from the calendar.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::domain::clock::ClockTime;
use crate::domain::dates::{long_date, weekday_name};
use crate::domain::day::{DayTimes, Sign, Worry, WorryCategory};
use crate::domain::validate::{check_day, Problem};
use crate::domain::{DayRecord, DayStatus};
use crate::ui::backup_reminder::BackupReminderCard;
use crate::ui::clock::today;
use crate::ui::confirm::RemoveQuestion;
use crate::ui::drafts::{draft_key, keep_draft};
use crate::ui::later;
use crate::ui::messages::SavedHere;
use crate::ui::route::Screen;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::{saved_and_emptied, watch_unsaved, UnsavedLine};

/// What the parent has on screen for the day, kept when a save is refused.
#[derive(Clone, Copy)]
pub struct DayDraft {
    pub status: RwSignal<Option<DayStatus>>,
    pub split: RwSignal<bool>,
    pub morning: RwSignal<Option<DayStatus>>,
    pub afternoon: RwSignal<Option<DayStatus>>,
    pub worries: RwSignal<Vec<Worry>>,
    pub signs: RwSignal<Vec<Sign>>,
    pub helped: RwSignal<String>,
    pub harder: RwSignal<String>,
    pub times: [RwSignal<String>; 4],
    pub school_code: RwSignal<String>,
    pub private_note: RwSignal<String>,
    /// A worry being filled in but not yet added with "Add this worry": saving the day keeps it too.
    pub pending_worry: PendingWorry,
    /// Problems from the last refused save, each with the path of its field.
    pub problems: RwSignal<Vec<Problem>>,
}

/// The worry form's fields, before "Add this worry".
#[derive(Clone, Copy)]
pub struct PendingWorry {
    pub category: RwSignal<Option<WorryCategory>>,
    pub words: RwSignal<String>,
    pub rating: RwSignal<Option<u8>>,
}

impl PendingWorry {
    fn new() -> Self {
        PendingWorry {
            category: RwSignal::new(None),
            words: RwSignal::new(String::new()),
            rating: RwSignal::new(None),
        }
    }

    /// The worry as filled in, when enough is there to keep (a topic or the child's words).
    pub fn worry(self) -> Option<Worry> {
        let worry = Worry {
            category: self.category.get_untracked(),
            words: self.words.get_untracked().trim().to_string(),
            rating: self.rating.get_untracked(),
        };
        (worry.category.is_some() || !worry.words.is_empty()).then_some(worry)
    }

    /// Empties the worry form (after adding or saving it).
    pub fn clear(self) {
        self.category.set(None);
        self.words.set(String::new());
        self.rating.set(None);
    }

    fn track(self) {
        self.category.track();
        self.words.track();
        self.rating.track();
    }
}

/// The day form's fields as a draft kept on the phone (see [`crate::ui::drafts`]).
#[derive(Clone, serde::Serialize, serde::Deserialize)]
struct DayDraftText {
    status: Option<DayStatus>,
    split: bool,
    morning: Option<DayStatus>,
    afternoon: Option<DayStatus>,
    worries: Vec<Worry>,
    signs: Vec<Sign>,
    helped: String,
    harder: String,
    times: [String; 4],
    school_code: String,
    private_note: String,
    pending_worry: (Option<WorryCategory>, String, Option<u8>),
}

fn time_text(time: Option<ClockTime>) -> String {
    time.map(|t| t.to_string()).unwrap_or_default()
}

impl DayDraft {
    fn from_record(record: Option<&DayRecord>) -> Self {
        let r = record.cloned();
        let get = |f: fn(&DayRecord) -> String| r.as_ref().map(f).unwrap_or_default();
        let times = r.as_ref().map(|r| r.times).unwrap_or_default();
        DayDraft {
            status: RwSignal::new(r.as_ref().map(|r| r.status)),
            split: RwSignal::new(
                r.as_ref()
                    .is_some_and(|r| r.morning.is_some() || r.afternoon.is_some()),
            ),
            morning: RwSignal::new(r.as_ref().and_then(|r| r.morning)),
            afternoon: RwSignal::new(r.as_ref().and_then(|r| r.afternoon)),
            worries: RwSignal::new(r.as_ref().map(|r| r.worries.clone()).unwrap_or_default()),
            signs: RwSignal::new(r.as_ref().map(|r| r.signs.clone()).unwrap_or_default()),
            helped: RwSignal::new(get(|r| r.helped.clone())),
            harder: RwSignal::new(get(|r| r.harder.clone())),
            times: [times.woke, times.left_home, times.arrived, times.collected]
                .map(|t| RwSignal::new(time_text(t))),
            school_code: RwSignal::new(get(|r| r.school_code.clone())),
            private_note: RwSignal::new(get(|r| r.private_note.clone())),
            pending_worry: PendingWorry::new(),
            problems: RwSignal::new(Vec::new()),
        }
    }

    /// Whether anything beyond the status is filled in: such a day opens with its details showing.
    fn has_details(self) -> bool {
        let texts = [
            self.helped,
            self.harder,
            self.school_code,
            self.private_note,
        ];
        self.split.get_untracked()
            || self.worries.with_untracked(|w| !w.is_empty())
            || self.signs.with_untracked(|s| !s.is_empty())
            || texts
                .iter()
                .chain(self.times.iter())
                .any(|t| t.with_untracked(|t| !t.is_empty()))
    }

    /// Every field as it is now (reading them tracks them).
    fn text(self) -> DayDraftText {
        DayDraftText {
            status: self.status.get(),
            split: self.split.get(),
            morning: self.morning.get(),
            afternoon: self.afternoon.get(),
            worries: self.worries.get(),
            signs: self.signs.get(),
            helped: self.helped.get(),
            harder: self.harder.get(),
            times: self.times.map(|t| t.get()),
            school_code: self.school_code.get(),
            private_note: self.private_note.get(),
            pending_worry: (
                self.pending_worry.category.get(),
                self.pending_worry.words.get(),
                self.pending_worry.rating.get(),
            ),
        }
    }

    /// Shows a record (or nothing) in the form, as if the screen had just opened on it.
    fn fill(self, record: Option<&DayRecord>) {
        let fresh = DayDraft::from_record(record);
        self.status.set(fresh.status.get_untracked());
        self.split.set(fresh.split.get_untracked());
        self.morning.set(fresh.morning.get_untracked());
        self.afternoon.set(fresh.afternoon.get_untracked());
        self.worries.set(fresh.worries.get_untracked());
        self.signs.set(fresh.signs.get_untracked());
        for (mine, theirs) in [
            (self.helped, fresh.helped),
            (self.harder, fresh.harder),
            (self.school_code, fresh.school_code),
            (self.private_note, fresh.private_note),
        ]
        .into_iter()
        .chain(self.times.into_iter().zip(fresh.times))
        {
            mine.set(theirs.get_untracked());
        }
        self.pending_worry.clear();
        self.problems.set(Vec::new());
    }

    /// Puts a kept draft back into the form (not saved until the parent saves).
    fn restore(self, text: DayDraftText) {
        self.status.set(text.status);
        self.split.set(text.split);
        self.morning.set(text.morning);
        self.afternoon.set(text.afternoon);
        self.worries.set(text.worries);
        self.signs.set(text.signs);
        self.helped.set(text.helped);
        self.harder.set(text.harder);
        for (field, value) in self.times.iter().zip(text.times) {
            field.set(value);
        }
        self.school_code.set(text.school_code);
        self.private_note.set(text.private_note);
        let (category, words, rating) = text.pending_worry;
        self.pending_worry.category.set(category);
        self.pending_worry.words.set(words);
        self.pending_worry.rating.set(rating);
    }

    /// The record as typed, or the problems that stop it being saved (with field paths).
    fn to_record(self, date: NaiveDate) -> Result<DayRecord, Vec<Problem>> {
        let Some(status) = self.status.get_untracked() else {
            return Err(vec![Problem::new(
                "status",
                "Choose how the day went first.",
            )]);
        };
        let mut problems = Vec::new();
        let names = ["woke", "left_home", "arrived", "collected"];
        let times: Vec<Option<ClockTime>> = self
            .times
            .iter()
            .zip(names)
            .map(|(text, name)| {
                let text = text.get_untracked();
                if text.trim().is_empty() {
                    return None;
                }
                let parsed = ClockTime::parse(&text);
                if parsed.is_none() {
                    problems.push(Problem::new(
                        format!("times.{name}"),
                        "Use a time like 08:45.",
                    ));
                }
                parsed
            })
            .collect();
        let split = self.split.get_untracked();
        let record = DayRecord {
            date,
            status,
            morning: split.then(|| self.morning.get_untracked()).flatten(),
            afternoon: split.then(|| self.afternoon.get_untracked()).flatten(),
            // A worry filled in but not yet added is kept with the others, never dropped.
            worries: self
                .worries
                .get_untracked()
                .into_iter()
                .chain(self.pending_worry.worry())
                .collect(),
            signs: self.signs.get_untracked(),
            helped: self.helped.get_untracked().trim().to_string(),
            harder: self.harder.get_untracked().trim().to_string(),
            times: DayTimes {
                woke: times[0],
                left_home: times[1],
                arrived: times[2],
                collected: times[3],
            },
            school_code: self.school_code.get_untracked().trim().to_uppercase(),
            private_note: self.private_note.get_untracked().trim().to_string(),
        };
        problems.extend(check_day(&record));
        if problems.is_empty() {
            Ok(record)
        } else {
            Err(problems)
        }
    }

    /// The message for a field, if the last save found a problem there.
    pub fn problem_at(self, prefix: &'static str) -> Signal<Option<String>> {
        Signal::derive(move || {
            self.problems.with(|ps| {
                ps.iter()
                    .find(|p| p.path.starts_with(prefix))
                    .map(|p| p.reason.clone())
            })
        })
    }
}

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
    let unsaved = watch_unsaved(move || {
        draft.worries.track();
        draft.signs.track();
        draft.split.track();
        draft.morning.track();
        draft.afternoon.track();
        for text in [
            draft.helped,
            draft.harder,
            draft.school_code,
            draft.private_note,
        ] {
            text.track();
        }
        draft.times.iter().for_each(|t| t.track());
        draft.pending_worry.track();
    });
    let draft_offer = keep_draft(
        draft_key("day", &child_id.get_value(), &date.to_string()),
        unsaved,
        move || draft.text(),
        move |text| draft.restore(text),
    );
    // Where the parent pressed: the status buttons, or "Save this day" at the foot of the details.
    let pressed = StoredValue::new(STATUS_PLACE);
    let name = StoredValue::new(state.name_of(&child_id.get_value()));
    let save = move || {
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
        let result = state.change(|diary| {
            let child = diary
                .child_mut(&child_id.get_value())
                .ok_or_else(|| Problem::new("children", "That child is no longer here."))?;
            child.put_day(record);
            Ok(())
        });
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
                <div class="confirm" role="alertdialog" aria-labelledby="future-q">
                    <p id="future-q">"This date is still to come. Do you want to save a record for it now?"</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| { future_confirmed.set(true); save(); }>"Yes, save it"</button>
                        <button type="button" on:click=move |_| {
                            future_asked.set(false);
                            draft.status.set(saved_status.get_value());
                        }>"No"</button>
                    </div>
                </div>
            </Show>
            {draft_offer}
            <StatusPicker draft on_pick=move || { pressed.set_value(STATUS_PLACE); save() }/>
            <SavedHere place=STATUS_PLACE/>
            // The details come in a later part of the app; a day that already has worries
            // opens with them showing.
            <later::FetchedWhenOpened
                class="card more"
                summary="Add more (all optional)"
                open=draft.has_details()
                fetch=move || later::day_details_part(draft)
            >
                <div class="save-bar">
                    <UnsavedLine unsaved button="Save this day" what="these details"/>
                    <button type="button" class="primary wide" on:click=move |_| { pressed.set_value(SAVE_PLACE); save() }>"Save this day"</button>
                    <SavedHere place=SAVE_PLACE/>
                </div>
            </later::FetchedWhenOpened>
            <RemoveDay date child_id=child_id.get_value() draft removed saved_status unsaved/>
            {is_today.then(|| view! { <BackupReminderCard/> })}
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

/// "Remove this day's record": asks first, and offers Undo while the screen is open.
#[component]
fn RemoveDay(
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
    let remove = move || {
        let mut taken = None;
        let result = state.change_child(&child_id.get_value(), |child| {
            taken = child.remove_day(date);
            taken
                .as_ref()
                .map(|_| ())
                .ok_or_else(|| Problem::new("days", "There is no record for this day to remove."))
        });
        asking.set(false);
        match result {
            Ok(()) => {
                state.notice.set(None);
                draft.fill(None);
                saved_and_emptied(unsaved);
                saved_status.set_value(None);
                removed.set(taken);
                crate::ui::focus::focus_after_redraw(vec!["undo-day".into()]);
            }
            Err(message) => state.problem_at(REMOVE_PLACE, message),
        }
    };
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
                question=format!("Remove everything recorded for {}? You can undo it while this screen is open.", long_date(date))
                on_yes=remove
                on_no=move || asking.set(false)
            />
        </Show>
        <SavedHere place=REMOVE_PLACE/>
    }
}

/// Where the outcome of removing or putting back a day's record appears.
const REMOVE_PLACE: &str = "day-remove";

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
            <p class="field-error" role="alert">{move || draft.problem_at("status").get()}</p>
        </fieldset>
    }
}
