//! What the parent has on the day form before it is saved: every field as a signal, the worry
//! being filled in, the record it makes (or the problems that stop it), and its fields by name
//! (for the draft kept on the phone, the "Not saved yet" watch and filling).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::checks::Problem;
use crate::domain::diary::day::{DayTimes, Sign, Worry, WorryCategory};
use crate::domain::diary::day_times::DAY_TIMES;
use crate::domain::diary::time_of_day::ClockTime;
use crate::domain::draft_layouts;
use crate::domain::validate::check_day;
use crate::domain::{DayRecord, DayStatus};
use crate::ui::drafts::DraftFields;

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

    /// The form's fields by name, declared once, for the draft kept on the phone (built in the
    /// later part that keeps it, `today/later.rs`). Every field of [`DayDraft`] is named here (a
    /// new one does not compile until it is kept in the draft or said not to be), as it is in
    /// [`DayDraft::has_details`], [`DayDraft::track_details`] and [`DayDraft::fill`].
    pub fn fields(self) -> DraftFields {
        let DayDraft {
            status,
            split,
            morning,
            afternoon,
            worries,
            signs,
            helped,
            harder,
            times,
            school_code,
            private_note,
            pending_worry:
                PendingWorry {
                    category,
                    words,
                    rating,
                },
            // Not typing: the messages of the last refused save.
            problems: _,
        } = self;
        let fields = DraftFields::new(&draft_layouts::DAY)
            .listed("status", status, |s| {
                s.iter().map(|s| s.label().to_string()).collect()
            })
            .choice("split", split)
            .choice("morning", morning)
            .choice("afternoon", afternoon)
            .listed("worries", worries, |ws| {
                ws.iter().map(|w| w.words.clone()).collect()
            })
            .choice("signs", signs)
            .text("helped", helped)
            .text("harder", harder);
        DAY_TIMES
            .iter()
            .zip(times)
            .fold(fields, |fields, (time_of, time)| {
                fields.choice(format!("times.{}", time_of.name), time)
            })
            .text("school_code", school_code)
            .text("private_note", private_note)
            .choice("pending_worry.category", category)
            .text("pending_worry.words", words)
            .choice("pending_worry.rating", rating)
    }

    /// Whether anything beyond the status is filled in: such a day opens with its details showing.
    /// Read from the signals themselves (blank as a kept draft counts it: no words but spaces,
    /// nothing picked, nothing listed), so the first part of the app needs no draft machinery.
    pub fn has_details(self) -> bool {
        let DayDraft {
            status: _,
            split,
            morning,
            afternoon,
            worries,
            signs,
            helped,
            harder,
            times,
            school_code,
            private_note,
            pending_worry:
                PendingWorry {
                    category,
                    words,
                    rating,
                },
            problems: _,
        } = self;
        let typed = |text: RwSignal<String>| text.with_untracked(|t| !t.trim().is_empty());
        split.get_untracked()
            || morning.with_untracked(Option::is_some)
            || afternoon.with_untracked(Option::is_some)
            || worries.with_untracked(|w| !w.is_empty())
            || signs.with_untracked(|s| !s.is_empty())
            || [helped, harder, school_code, private_note, words]
                .into_iter()
                .chain(times)
                .any(typed)
            || category.with_untracked(Option::is_some)
            || rating.with_untracked(Option::is_some)
    }

    /// Tracks every field but the status (which saves itself the moment it is tapped), for the
    /// "Not saved yet" watch of the day's details.
    pub fn track_details(self) {
        let DayDraft {
            status: _,
            split,
            morning,
            afternoon,
            worries,
            signs,
            helped,
            harder,
            times,
            school_code,
            private_note,
            pending_worry:
                PendingWorry {
                    category,
                    words,
                    rating,
                },
            problems: _,
        } = self;
        split.track();
        morning.track();
        afternoon.track();
        worries.track();
        signs.track();
        [helped, harder, school_code, private_note, words]
            .into_iter()
            .chain(times)
            .for_each(|text| text.track());
        category.track();
        rating.track();
    }

    /// Shows a record (or nothing) in the form, as if the screen had just opened on it.
    pub fn fill(self, record: Option<&DayRecord>) {
        let DayDraft {
            status,
            split,
            morning,
            afternoon,
            worries,
            signs,
            helped,
            harder,
            times,
            school_code,
            private_note,
            pending_worry,
            problems: _,
        } = DayDraft::from_record(record);
        let untracked = |from: RwSignal<String>| from.get_untracked();
        self.status.set(status.get_untracked());
        self.split.set(split.get_untracked());
        self.morning.set(morning.get_untracked());
        self.afternoon.set(afternoon.get_untracked());
        self.worries.set(worries.get_untracked());
        self.signs.set(signs.get_untracked());
        self.helped.set(untracked(helped));
        self.harder.set(untracked(harder));
        for (mine, fresh) in self.times.iter().zip(times) {
            mine.set(untracked(fresh));
        }
        self.school_code.set(untracked(school_code));
        self.private_note.set(untracked(private_note));
        self.pending_worry
            .category
            .set(pending_worry.category.get_untracked());
        self.pending_worry.words.set(untracked(pending_worry.words));
        self.pending_worry
            .rating
            .set(pending_worry.rating.get_untracked());
        self.problems.set(Vec::new());
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
            // Attendance codes are A to Z and a few signs (DOMAIN.md), so capitals of A to Z do.
            school_code: self.school_code.get_untracked().trim().to_ascii_uppercase(),
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
