//! What the parent has on the day form before it is saved: every field as a signal, the worry
//! being filled in, the record it makes (or the problems that stop it), and the draft kept on the
//! phone.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::checks::Problem;
use crate::domain::diary::day::{DayTimes, Sign, Worry, WorryCategory};
use crate::domain::diary::day_times::DAY_TIMES;
use crate::domain::diary::time_of_day::ClockTime;
use crate::domain::validate::check_day;
use crate::domain::{DayRecord, DayStatus};

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

    pub fn track(self) {
        self.category.track();
        self.words.track();
        self.rating.track();
    }
}

/// The day form's fields as a draft kept on the phone (see [`crate::ui::drafts`]).
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub struct DayDraftText {
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

impl crate::ui::drafts::Typed for DayDraftText {
    /// The words of the day: how it went, worries, what helped and made it harder, the private
    /// note (shown only to the parent, on this phone, as the form itself shows it).
    fn typed(&self) -> Vec<&str> {
        let status = self.status.map_or("", |s| s.label());
        std::iter::once(status)
            .chain(self.worries.iter().map(|w| w.words.as_str()))
            .chain([
                self.pending_worry.1.as_str(),
                self.helped.as_str(),
                self.harder.as_str(),
                self.school_code.as_str(),
                self.private_note.as_str(),
            ])
            .collect()
    }
}

fn time_text(time: Option<ClockTime>) -> String {
    time.map(|t| t.to_string()).unwrap_or_default()
}

impl DayDraft {
    pub fn from_record(record: Option<&DayRecord>) -> Self {
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
            times: DAY_TIMES
                .each_ref()
                .map(|t| RwSignal::new(time_text((t.read)(&times)))),
            school_code: RwSignal::new(get(|r| r.school_code.clone())),
            private_note: RwSignal::new(get(|r| r.private_note.clone())),
            pending_worry: PendingWorry::new(),
            problems: RwSignal::new(Vec::new()),
        }
    }

    /// Whether anything beyond the status is filled in: such a day opens with its details showing.
    pub fn has_details(self) -> bool {
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
    pub fn text(self) -> DayDraftText {
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
    pub fn fill(self, record: Option<&DayRecord>) {
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
    pub fn restore(self, text: DayDraftText) {
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
    pub fn to_record(self, date: NaiveDate) -> Result<DayRecord, Vec<Problem>> {
        let Some(status) = self.status.get_untracked() else {
            return Err(vec![Problem::new(
                "status",
                "Choose how the day went first.",
            )]);
        };
        let mut problems = Vec::new();
        let mut times = DayTimes::default();
        for (time_of, text) in DAY_TIMES.iter().zip(&self.times) {
            let text = text.get_untracked();
            if text.trim().is_empty() {
                continue;
            }
            let parsed = ClockTime::parse(&text);
            if parsed.is_none() {
                problems.push(Problem::new(
                    format!("times.{}", time_of.name),
                    "Use a time like 08:45.",
                ));
            }
            *(time_of.write)(&mut times) = parsed;
        }
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
            times,
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
