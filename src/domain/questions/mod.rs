//! Questions to bring to a school meeting, built from the records: each says the counts behind
//! it and asks, never concludes ("7 of the 9 missed sessions were on Mondays: is something about
//! Mondays hard?"). Each rule has its threshold named here and the source it follows beside it;
//! a rule that the records do not reach asks nothing.
//!
//! The four "what might keep it going" themes follow the four functions of Kearney's model of
//! school refusal, in our own words and only as questions (DOMAIN.md; no questionnaire items).

use chrono::{NaiveDate, Weekday};

use crate::domain::dates::weekday_name;
use crate::domain::diary::day::{DayRecord, DayStatus, SignKind, SignTime, WorryCategory};
use crate::domain::diary::Child;
use crate::domain::figures::{by_weekday, days_in, sessions, SessionOutcome};
use crate::domain::words::plural;

#[cfg(test)]
mod tests;

/// A weekday is asked about once at least this many sessions were missed on weekdays...
pub const WEEKDAY_FEWEST_MISSED: u32 = 5;
/// ...and this share (percent) or more of them fell on that one weekday: twice the one in five
/// that would fall on it by chance.
pub const WEEKDAY_SHARE_PERCENT: u32 = 40;
// Source: Devon County Council EBSA guidance (stage 3: expect setbacks after weekends and
// holidays); Not Fine in School (a diary shows patterns by weekday).
const WEEKDAY_SOURCE: &str = "Devon County Council EBSA guidance; Not Fine in School";

/// A kind of worry is asked about once it came up on this many days.
pub const WORRY_KIND_DAYS: u32 = 5;
// Source: DOMAIN.md worry categories and "Adjustments parents often ask for" (Not Fine in School,
// Define Fine, council EBSA guidance).
const WORRY_SOURCE: &str = "Not Fine in School; Define Fine; council EBSA guidance";

/// A "what might keep it going" theme is asked about once the records point to it on this many
/// days.
pub const THEME_DAYS: u32 = 5;
// Source: Kearney's functional model of school refusal (four functions), in our own words; Devon
// County Council EBSA guidance (if the environment overwhelms the child, change it first).
const THEME_SOURCE: &str = "Kearney's model of school refusal, in our own words; Devon County \
                            Council EBSA guidance";

/// The four "what might keep it going" themes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Avoiding things at school that cause distress.
    AvoidingDistress,
    /// Getting away from social situations, or from being judged.
    AwayFromOthers,
    /// Wanting to be with a parent.
    BeingWithParent,
    /// Things at home being more rewarding than school.
    HomeMoreRewarding,
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::AvoidingDistress,
        Theme::AwayFromOthers,
        Theme::BeingWithParent,
        Theme::HomeMoreRewarding,
    ];
}

/// Which question this is, so the parent's ticks stay with it when the dates change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionId {
    Weekday(Weekday),
    WorryKind(WorryCategory),
    Theme(Theme),
}

impl QuestionId {
    /// A place from 0 to 63, for a set of ticks kept in one number.
    fn bit(self) -> u32 {
        match self {
            QuestionId::Weekday(day) => day.num_days_from_monday(),
            QuestionId::WorryKind(kind) => 7 + kind as u32,
            QuestionId::Theme(theme) => 7 + WorryCategory::ALL.len() as u32 + theme as u32,
        }
    }
}

/// How many questions a meeting pack starts with ticked: the first ones, in the order
/// [`questions`] gives them. The parent can tick any other in or any out; those not ticked are
/// counted on the page ("And 4 more, in the diary."), so two A4 pages still hold a whole term.
pub const QUESTIONS_TICKED_AT_FIRST: usize = 3;

/// The parent's ticks for the meeting pack, kept by question (not by place in the list), so they
/// stay with their questions when the dates change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QuestionTicks {
    ticked_in: u64,
    left_out: u64,
}

impl QuestionTicks {
    /// Whether the question `id`, at `place` (0 for the first) in the list, goes in the pack:
    /// as the parent ticked it, or else when it is among the first [`QUESTIONS_TICKED_AT_FIRST`].
    pub fn goes_in(self, id: QuestionId, place: usize) -> bool {
        let bit = 1u64 << id.bit();
        if self.left_out & bit != 0 {
            return false;
        }
        self.ticked_in & bit != 0 || place < QUESTIONS_TICKED_AT_FIRST
    }

    /// The parent ticks a question in (`on`) or out.
    pub fn set(&mut self, id: QuestionId, on: bool) {
        let bit = 1u64 << id.bit();
        if on {
            self.ticked_in |= bit;
            self.left_out &= !bit;
        } else {
            self.left_out |= bit;
            self.ticked_in &= !bit;
        }
    }
}

/// One question to bring: the counts behind it, and what it asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    /// What the records show, in counts: "7 of the 9 missed sessions were on Mondays".
    pub counts: String,
    /// The question: "is something about Mondays hard?"
    pub ask: String,
    /// The guidance the rule follows.
    pub source: &'static str,
}

impl Question {
    /// "7 of the 9 missed sessions were on Mondays: is something about Mondays hard?"
    pub fn text(&self) -> String {
        format!("{}: {}", self.counts, self.ask)
    }
}

/// Every question the records point to over the dates, in a fixed order: weekdays, kinds of
/// worry (the most days first), then the themes.
pub fn questions(child: &Child, range: (NaiveDate, NaiveDate)) -> Vec<Question> {
    let (a, b) = range;
    let range = (a.min(b), a.max(b));
    let mut found = weekday_questions(child, range);
    found.extend(worry_kind_questions(days_in(child, range)));
    found.extend(theme_questions(days_in(child, range)));
    found
}

fn weekday_questions(child: &Child, range: (NaiveDate, NaiveDate)) -> Vec<Question> {
    let week = by_weekday(child, range);
    let missed: u32 = week.iter().map(|d| d.missed_sessions).sum();
    if missed < WEEKDAY_FEWEST_MISSED {
        return Vec::new();
    }
    week.iter()
        .filter(|d| d.missed_sessions * 100 >= missed * WEEKDAY_SHARE_PERCENT)
        .map(|d| {
            let days = format!("{}s", weekday_name(d.weekday));
            Question {
                id: QuestionId::Weekday(d.weekday),
                counts: format!(
                    "{} of the {missed} missed sessions were on {days}",
                    d.missed_sessions
                ),
                ask: format!("is something about {days} hard?"),
                source: WEEKDAY_SOURCE,
            }
        })
        .collect()
}

/// The question for a kind of worry, after "came up on N days: ".
fn ask_about(kind: WorryCategory) -> &'static str {
    use WorryCategory::*;
    match kind {
        Sensory => "could a quieter space or a quieter start help?",
        Toilets => "could your child use a quieter toilet, or go when they need to?",
        Uniform => "could some give on uniform help for now?",
        LunchHall => "could lunch be somewhere calmer?",
        Journey => "could getting to school, or arriving, be made easier?",
        PeChanging => "could changing for PE be arranged another way?",
        Transitions => "could changes be explained ahead of time?",
        Friendships => "could school help with friendships, such as a buddy or a small group?",
        Bullying => "what is school doing about it, and how will your child feel safe?",
        TeacherOrLesson => "could that lesson, or that relationship, be looked at together?",
        Schoolwork => "could work or deadlines be eased for now?",
        BehaviourPolicy => "could rules and sanctions be applied with the plan in mind?",
        UnmetNeeds => "could the SENCO look at whether your child's needs are being met?",
        Separation => "could a calm handover with a key adult help?",
        _ => "what could make this easier at school?",
    }
}

/// Days on which `test` holds for at least one worry or sign of the day.
fn days_where(days: &[DayRecord], test: impl Fn(&DayRecord) -> bool) -> u32 {
    days.iter().filter(|d| test(d)).count() as u32
}

fn worry_kind_questions(days: &[DayRecord]) -> Vec<Question> {
    let mut counted: Vec<(WorryCategory, u32)> = WorryCategory::ALL
        .into_iter()
        .map(|kind| {
            let n = days_where(days, |d| d.worries.iter().any(|w| w.category == Some(kind)));
            (kind, n)
        })
        .filter(|(_, n)| *n >= WORRY_KIND_DAYS)
        .collect();
    // Stable: equal counts keep the app's order of kinds.
    counted.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    counted
        .into_iter()
        .map(|(kind, n)| Question {
            id: QuestionId::WorryKind(kind),
            counts: format!(
                "Worries about “{}” came up on {}",
                kind.label(),
                plural(n as usize, "day", "days")
            ),
            ask: ask_about(kind).to_string(),
            source: WORRY_SOURCE,
        })
        .collect()
}

/// Kinds of worry about school itself: the place, its routines, its lessons.
const AT_SCHOOL: [WorryCategory; 8] = [
    WorryCategory::Sensory,
    WorryCategory::Toilets,
    WorryCategory::Uniform,
    WorryCategory::LunchHall,
    WorryCategory::PeChanging,
    WorryCategory::TeacherOrLesson,
    WorryCategory::Schoolwork,
    WorryCategory::BehaviourPolicy,
];
/// Kinds of worry about other people at school.
const WITH_OTHERS: [WorryCategory; 3] = [
    WorryCategory::Friendships,
    WorryCategory::Bullying,
    WorryCategory::Belonging,
];

fn has_worry(day: &DayRecord, kinds: &[WorryCategory]) -> bool {
    day.worries
        .iter()
        .any(|w| w.category.is_some_and(|c| kinds.contains(&c)))
}

/// A whole school day missed (both sessions), not by exclusion or a medical appointment.
fn whole_day_off(day: &DayRecord) -> bool {
    let both = sessions(day);
    both.iter().all(|s| s.outcome == SessionOutcome::Missed)
        && !both
            .iter()
            .any(|s| matches!(s.decided_by, DayStatus::Excluded | DayStatus::Medical))
}

/// How many days point to a theme.
pub fn theme_days(days: &[DayRecord], theme: Theme) -> u32 {
    match theme {
        Theme::AvoidingDistress => days_where(days, |d| {
            has_worry(d, &AT_SCHOOL) || d.signs.iter().any(|s| s.when == SignTime::DuringSchool)
        }),
        Theme::AwayFromOthers => days_where(days, |d| has_worry(d, &WITH_OTHERS)),
        Theme::BeingWithParent => days_where(days, |d| {
            has_worry(d, &[WorryCategory::Separation])
                || d.signs.iter().any(|s| s.kind == SignKind::Clingy)
        }),
        Theme::HomeMoreRewarding => days_where(days, |d| {
            whole_day_off(d) && d.worries.is_empty() && d.signs.is_empty()
        }),
    }
}

fn theme_questions(days: &[DayRecord]) -> Vec<Question> {
    Theme::ALL
        .into_iter()
        .filter_map(|theme| {
            let n = theme_days(days, theme);
            (n >= THEME_DAYS).then(|| {
                let on = format!("On {}", plural(n as usize, "day", "days"));
                let (counts, ask) = match theme {
                    Theme::AvoidingDistress => (
                        format!("{on} the worries or signs were about school itself (the place, lessons, routines)"),
                        "is something at school too much for now, and could it change first?",
                    ),
                    Theme::AwayFromOthers => (
                        format!("{on} the worries were about other children, being judged or fitting in"),
                        "could school help with the social side, such as a quiet place at break?",
                    ),
                    Theme::BeingWithParent => (
                        format!("{on} being apart from you came up (a worry about it, or clinginess)"),
                        "could a calm handover with a trusted adult at the start of the day help?",
                    ),
                    Theme::HomeMoreRewarding => (
                        format!("{on} off school, no worry or sign was noted"),
                        "what are those days at home like, and could school days hold more of what your child enjoys?",
                    ),
                };
                Question {
                    id: QuestionId::Theme(theme),
                    counts,
                    ask: ask.to_string(),
                    source: THEME_SOURCE,
                }
            })
        })
        .collect()
}
