//! Letters and emails from the diary: short, calm words a parent edits, copies, shares or prints
//! (the app never sends anything). Each kind is its own small module, which names the guidance it
//! rests on beside its code; all of them build the one model in `model.rs`.
//!
//! Rules, whatever the kind:
//! - Only the child shown: every builder takes that one [`Child`], so no other child's words can
//!   reach a letter.
//! - A day's **private note is never read** here.
//! - What only the parent knows is left as `[...]` ([`GAP`]); nothing is made up.
//! - When the diary cannot support a letter yet (no contact logged, no code that differs, fewer
//!   than 15 health days), the kind says why and what to record instead of an empty letter.
//! - Words for the parent (what a gap needs) sit beside the letter, never in it.

mod absence;
mod after_contact;
mod attendance_record;
mod cannot_attend;
mod evidence;
mod fines_reply;
pub mod help;
mod model;
mod needs_assessment;
mod reduced_timetable;
mod register;

use chrono::NaiveDate;

use crate::domain::dates::long_date;
use crate::domain::diary::support::Nation;
use crate::domain::diary::Child;
use crate::domain::figures::school_year;

pub use model::{Letter, NotYet, Outcome, Paragraph, GAP};

/// The kinds of letter, in the order the letters screen offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LetterKind {
    /// Today's (or a chosen day's) absence, reported as illness where the parent recorded it.
    Absence,
    /// After a call or meeting: what was agreed, by whom, by when.
    AfterContact,
    /// The days where the school's code and the parent's record differ.
    RegisterCorrection,
    /// The attendance record as the school holds it.
    AttendanceRecord,
    /// England: an EHC needs assessment. Wales: a decision on additional learning needs.
    NeedsAssessment,
    /// Education while the child cannot attend (section 19; 19A in Wales).
    CannotAttend,
    /// A reduced timetable, time-limited and in writing.
    ReducedTimetable,
    /// A reply to a letter that mentions a penalty notice, a notice to improve or a contract.
    FinesReply,
}

impl LetterKind {
    pub const ALL: [LetterKind; 8] = [
        LetterKind::Absence,
        LetterKind::AfterContact,
        LetterKind::RegisterCorrection,
        LetterKind::AttendanceRecord,
        LetterKind::NeedsAssessment,
        LetterKind::CannotAttend,
        LetterKind::ReducedTimetable,
        LetterKind::FinesReply,
    ];

    /// The last part of the letter's address (`#/letters/absence`).
    pub fn slug(self) -> &'static str {
        match self {
            LetterKind::Absence => "absence",
            LetterKind::AfterContact => "after-contact",
            LetterKind::RegisterCorrection => "register",
            LetterKind::AttendanceRecord => "attendance-record",
            LetterKind::NeedsAssessment => "needs-assessment",
            LetterKind::CannotAttend => "cannot-attend",
            LetterKind::ReducedTimetable => "reduced-timetable",
            LetterKind::FinesReply => "fines-reply",
        }
    }

    pub fn from_slug(slug: &str) -> Option<LetterKind> {
        LetterKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// The name on the letters screen, in the nation's own words.
    pub fn title(self, nation: Nation) -> &'static str {
        match (self, nation) {
            (LetterKind::Absence, _) => "Telling school about an absence",
            (LetterKind::AfterContact, _) => "After a call or meeting",
            (LetterKind::RegisterCorrection, _) => "Asking school to correct the register",
            (LetterKind::AttendanceRecord, _) => "Asking for the attendance record",
            (LetterKind::NeedsAssessment, Nation::England) => {
                "Asking the council for an EHC needs assessment"
            }
            (LetterKind::NeedsAssessment, Nation::Wales) => {
                "Asking whether my child has additional learning needs"
            }
            (LetterKind::CannotAttend, Nation::England) => {
                "Education while my child cannot attend (section 19)"
            }
            (LetterKind::CannotAttend, Nation::Wales) => {
                "Education while my child cannot attend (section 19A)"
            }
            (LetterKind::ReducedTimetable, _) => "A reduced timetable, in writing",
            (LetterKind::FinesReply, _) => "Replying to a letter about fines",
        }
    }

    /// True where England and Wales differ for this letter (its law, its codes, or how a record
    /// is asked for), so the letter page asks which nation until the parent has said.
    pub fn differs_by_nation(self) -> bool {
        matches!(
            self,
            LetterKind::AttendanceRecord
                | LetterKind::NeedsAssessment
                | LetterKind::CannotAttend
                | LetterKind::ReducedTimetable
        )
    }

    /// One line under the name: when this letter is for.
    pub fn when_for(self) -> &'static str {
        match self {
            LetterKind::Absence => "Each day off, in writing, as illness where it was illness.",
            LetterKind::AfterContact => {
                "After every call or meeting: what you understood was agreed."
            }
            LetterKind::RegisterCorrection => {
                "When a code school recorded does not fit your record."
            }
            LetterKind::AttendanceRecord => "To check the codes school holds.",
            LetterKind::NeedsAssessment => "When support in school is not enough.",
            LetterKind::CannotAttend => {
                "When health keeps your child away for 15 school days or more."
            }
            LetterKind::ReducedTimetable => "To agree shorter days for a set time, with a review.",
            LetterKind::FinesReply => {
                "When a letter mentions a fine, a notice to improve or a contract."
            }
        }
    }
}

/// What kind of school it is (kept with the child's support, version 3): it decides how the
/// attendance record is asked for.
pub use crate::domain::diary::support::SchoolKind;

/// The evidence the parent ticks for a needs-assessment request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub attendance: bool,
    pub health: bool,
    pub tried: bool,
    pub professionals: bool,
    pub support: bool,
    pub child_words: bool,
}

impl Evidence {
    pub const ALL_TICKED: Evidence = Evidence {
        attendance: true,
        health: true,
        tried: true,
        professionals: true,
        support: true,
        child_words: true,
    };
}

/// What the parent chose on the letters screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterChoices {
    /// Today, as the phone's clock says.
    pub today: NaiveDate,
    /// The day an absence message is about.
    pub day: NaiveDate,
    /// First and last date, both included, for the letters about a stretch of time.
    pub range: (NaiveDate, NaiveDate),
    /// The contact an "after" letter is about; None for the latest in the log.
    pub contact: Option<String>,
    /// Include what the parent noted was said (off unless chosen, as in the meeting pack).
    pub include_said: bool,
    /// None until the parent says (the letter then asks in the way every school must answer).
    pub school_kind: Option<SchoolKind>,
    pub evidence: Evidence,
}

impl LetterChoices {
    /// As [`LetterChoices::new`], with what the diary already knows about this child (the kind of
    /// school, once the parent has said).
    pub fn for_child(child: &Child, today: NaiveDate) -> Self {
        LetterChoices {
            school_kind: child.support.school_kind,
            ..LetterChoices::new(today)
        }
    }

    /// Today's absence, this school year so far, the latest contact, every evidence item ticked.
    pub fn new(today: NaiveDate) -> Self {
        LetterChoices {
            today,
            day: today,
            range: school_year(today),
            contact: None,
            include_said: false,
            school_kind: None,
            evidence: Evidence::ALL_TICKED,
        }
    }
}

/// Builds the letter of this kind for this child, or says why it cannot be written yet.
pub fn write(child: &Child, kind: LetterKind, choices: &LetterChoices) -> Outcome {
    match kind {
        LetterKind::Absence => absence::write(child, choices),
        LetterKind::AfterContact => after_contact::write(child, choices),
        LetterKind::RegisterCorrection => register::write(child, choices),
        LetterKind::AttendanceRecord => attendance_record::write(child, choices),
        LetterKind::NeedsAssessment => needs_assessment::write(child, choices),
        LetterKind::CannotAttend => cannot_attend::write(child, choices),
        LetterKind::ReducedTimetable => reduced_timetable::write(child, choices),
        LetterKind::FinesReply => fines_reply::write(child, choices),
    }
}

// ---------------------------------------------------------------------------------------------
// Small parts every kind shares.

/// The child's name as school knows it: the full name when the parent gave one.
pub(crate) fn name(child: &Child) -> String {
    let full = child.full_name.trim();
    if full.is_empty() {
        child.nickname.trim().to_string()
    } else {
        full.to_string()
    }
}

/// The child's name after the first mention: the name the parent uses in the app when the full
/// name starts with it ("Sam" for "Sam Okoro"), else the full name again, so a pet name never
/// reaches school.
pub(crate) fn short_name(child: &Child) -> String {
    let full = name(child);
    let nickname = child.nickname.trim();
    match full.strip_prefix(nickname) {
        Some(rest) if !nickname.is_empty() && rest.starts_with(' ') => nickname.to_string(),
        _ => full,
    }
}

/// "Sam Okoro (Year 8, date of birth 3 March 2014)", with only what the parent filled in.
fn name_with_details(child: &Child) -> String {
    let mut details = Vec::new();
    let year = child.year_group.trim();
    if !year.is_empty() {
        details.push(year.to_string());
    }
    if let Some(born) = child.date_of_birth {
        details.push(format!("date of birth {}", long_date(born)));
    }
    if details.is_empty() {
        name(child)
    } else {
        format!("{} ({})", name(child), details.join(", "))
    }
}

/// The school's name, or a gap.
fn school(child: &Child) -> String {
    let school = child.school.trim();
    if school.is_empty() {
        GAP.to_string()
    } else {
        school.to_string()
    }
}

fn greeting() -> Paragraph {
    Paragraph::plain(format!("Dear {GAP},"))
}

/// "Kind regards," and the parent's name (a gap), with how to reach them when the diary holds it.
fn sign_off(child: &Child) -> Paragraph {
    let contact = child.parent_contact.trim();
    let mut text = format!("Kind regards,\n{GAP}\nParent of {}", name(child));
    if !contact.is_empty() {
        text.push('\n');
        text.push_str(contact);
    }
    Paragraph::plain(text)
}

/// "Tuesday 3 March 2026".
fn day_words(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{} {}",
        crate::domain::dates::weekday_name(date.weekday()),
        long_date(date)
    )
}

/// "from 1 September 2026 to 4 December 2026".
fn range_words((from, to): (NaiveDate, NaiveDate)) -> String {
    format!("from {} to {}", long_date(from), long_date(to))
}
