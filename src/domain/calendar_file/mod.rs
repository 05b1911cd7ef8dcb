//! Dates in the phone's calendar: the plan's next review, each agreed action's "by" date from the
//! contacts log, and a meeting the parent adds, as an `.ics` file (RFC 5545) holding one event or
//! all upcoming ones. No worry, note or private text goes in; the child's name only if ticked.

mod ics;

use chrono::NaiveDate;

use crate::domain::checks::{check_date, check_text, limits, Problem};
use crate::domain::diary::Child;

pub use ics::{escape_text, fold_line, ics_text, Stamp};

/// What an event marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// The plan's next review date.
    Review,
    /// The day an action agreed in a call or meeting is due.
    ActionDue,
    /// A meeting the parent adds on the letters screen.
    Meeting,
}

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    pub kind: EventKind,
    /// Unique and stable: the same review or action gives the same id in every file, so a phone
    /// updates the event rather than adding it twice.
    pub uid: String,
    pub date: NaiveDate,
    /// The event's title.
    pub summary: String,
}

/// A meeting the parent adds, before it is checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeetingInput {
    pub date: Option<NaiveDate>,
    /// What the meeting is ("Review with Mrs Patel").
    pub what: String,
}

impl MeetingInput {
    /// The meeting as an event, once its date and words are checked.
    pub fn checked(&self, child: &Child, with_name: bool) -> Result<CalendarEvent, Problem> {
        let Some(date) = self.date else {
            return Err(Problem::new(
                "meeting.date",
                "Choose the day of the meeting.",
            ));
        };
        check_date("meeting.date", date)?;
        let what = self.what.trim();
        if what.is_empty() {
            return Err(Problem::new(
                "meeting.what",
                "Say what the meeting is, e.g. “Meeting with the SENCO”.",
            ));
        }
        check_text("meeting.what", what, limits::SHORT_CHARS)?;
        Ok(CalendarEvent {
            kind: EventKind::Meeting,
            uid: format!("meeting-{}-{date}-{:08x}@small-steps", child.id, fnv(what)),
            date,
            summary: titled(what, child, with_name),
        })
    }
}

/// FNV-1a over the words: a short, stable part of a meeting's id.
fn fnv(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// "Support plan review (Sam)" when the parent ticked the child's name; otherwise the words alone.
fn titled(words: &str, child: &Child, with_name: bool) -> String {
    let name = child.nickname.trim();
    if with_name && !name.is_empty() {
        format!("{words} ({name})")
    } else {
        words.to_string()
    }
}

/// Every upcoming date from the diary, from `today` on, in date order: the plan's next review and
/// each agreed action not yet done with a "by" date. What was said, worries and notes never go in:
/// an action's title is the action agreed, as it would appear in a follow-up email.
pub fn upcoming_events(child: &Child, today: NaiveDate, with_name: bool) -> Vec<CalendarEvent> {
    let mut events = Vec::new();
    if let Some(review) = child.plan.next_review.filter(|d| *d >= today) {
        events.push(CalendarEvent {
            kind: EventKind::Review,
            uid: format!("review-{}-{review}@small-steps", child.id),
            date: review,
            summary: titled("Support plan review", child, with_name),
        });
    }
    for contact in &child.contacts {
        for action in &contact.actions {
            let Some(by) = action.by.filter(|by| *by >= today && !action.done) else {
                continue;
            };
            let what = action.what.split_whitespace().collect::<Vec<_>>().join(" ");
            let who = action.who.split_whitespace().collect::<Vec<_>>().join(" ");
            let words = if who.is_empty() {
                format!("Due: {what}")
            } else {
                format!("Due: {what} ({who})")
            };
            events.push(CalendarEvent {
                kind: EventKind::ActionDue,
                uid: format!(
                    "action-{}-{}-{}@small-steps",
                    child.id, contact.id, action.id
                ),
                date: by,
                summary: titled(&words, child, with_name),
            });
        }
    }
    events.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.uid.cmp(&b.uid)));
    events
}

/// The file name for a download: "small-steps-dates.ics" or "small-steps-2026-12-15.ics".
pub fn ics_file_name(events: &[CalendarEvent]) -> String {
    match events {
        [one] => format!("small-steps-{}.ics", one.date),
        _ => "small-steps-dates.ics".into(),
    }
}
