//! Fines, explained calmly: the unauthorised sessions (codes G, N, O, U) the parent noted from the
//! school's register in the latest rolling 10 school weeks, beside the level of 10 at which a
//! penalty notice must be *considered* in England. Never a prediction; Wales has no national count.
//!
//! How it counts (so a parent or a volunteer can check it by hand):
//! - A **school week** is a Monday-to-Sunday week holding at least one recorded school day (a day
//!   with a session that could be attended). Weekends, holidays and days recorded as no school hold
//!   no sessions, so a week of only those, or a week with nothing recorded, is not a school week.
//! - The window is the latest 10 school weeks up to and including `today` (fewer when the diary
//!   holds fewer), so it can span a half-term or a holiday, as the framework's does.
//! - Only school days with one of the codes G, N, O or U count. Such a day counts its sessions the
//!   parent recorded as missed; when the parent recorded none missed (the school's code and the
//!   parent's record differ), it counts every session the day had, as the school's register would.
//!
//! Source: DfE, "Working together to improve school attendance" (statutory from August 2024) and
//! the national framework for penalty notices (from 19 August 2024): a penalty notice must be
//! considered at 10 sessions of unauthorised absence within a rolling 10 school weeks, which can
//! span terms; support comes first. Wales: local codes of conduct, no national threshold
//! (Education (Penalty Notices) (Wales) Regulations 2013). See DOMAIN.md, last two sections.

use chrono::{Datelike, Days, NaiveDate};

use super::{days_in, sessions, SessionOutcome};
use crate::domain::dates::long_date;
use crate::domain::diary::support::Nation;
use crate::domain::diary::Child;
use crate::domain::words::plural;

/// Sessions of unauthorised absence at which a penalty notice must be considered (England).
pub const PENALTY_SESSIONS: u32 = 10;
/// The rolling window, in school weeks.
pub const PENALTY_SCHOOL_WEEKS: usize = 10;
/// The register codes that count: unauthorised absence.
pub const UNAUTHORISED_CODES: [&str; 4] = ["G", "N", "O", "U"];

/// True for G, N, O or U (spaces and letter case do not matter).
pub fn is_unauthorised_code(code: &str) -> bool {
    let code = code.trim();
    UNAUTHORISED_CODES
        .iter()
        .any(|c| code.eq_ignore_ascii_case(c))
}

/// One day in the window with an unauthorised code, and how many sessions it counts for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnauthorisedDay {
    pub date: NaiveDate,
    /// The code as the parent noted it, trimmed and in capitals.
    pub code: String,
    pub sessions: u32,
}

/// The count over the latest rolling school weeks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RollingCount {
    /// Unauthorised sessions in the window.
    pub sessions: u32,
    /// School weeks found (at most [`PENALTY_SCHOOL_WEEKS`]).
    pub school_weeks: usize,
    /// The Monday of the earliest school week counted, or `to` when there is none.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The days that counted, in date order.
    pub days: Vec<UnauthorisedDay>,
}

impl RollingCount {
    /// At or over the level at which a penalty notice must be considered.
    pub fn at_the_level(&self) -> bool {
        self.sessions >= PENALTY_SESSIONS
    }
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// How many sessions a day with an unauthorised code counts for (see the module's rules).
fn unauthorised_sessions(record: &crate::domain::DayRecord) -> u32 {
    let (mut possible, mut missed) = (0, 0);
    for session in sessions(record) {
        match session.outcome {
            SessionOutcome::Missed => {
                possible += 1;
                missed += 1;
            }
            SessionOutcome::Present => possible += 1,
            SessionOutcome::NotPossible => {}
        }
    }
    if missed > 0 {
        missed
    } else {
        possible
    }
}

fn is_school_day(record: &crate::domain::DayRecord) -> bool {
    sessions(record)
        .iter()
        .any(|s| s.outcome != SessionOutcome::NotPossible)
}

/// The unauthorised sessions in the latest rolling 10 school weeks up to `today`.
pub fn rolling_unauthorised(child: &Child, today: NaiveDate) -> RollingCount {
    let recorded = days_in(child, (NaiveDate::MIN, today));
    // The latest school weeks, newest first, found walking back through the recorded days.
    let mut weeks: Vec<NaiveDate> = Vec::new();
    for record in recorded.iter().rev() {
        if !is_school_day(record) {
            continue;
        }
        let monday = monday_of(record.date);
        if weeks.last() != Some(&monday) {
            if weeks.len() == PENALTY_SCHOOL_WEEKS {
                break;
            }
            weeks.push(monday);
        }
    }
    let from = weeks.last().copied().unwrap_or(today);
    let days: Vec<UnauthorisedDay> = days_in(child, (from, today))
        .iter()
        .filter(|r| is_unauthorised_code(&r.school_code))
        .map(|r| UnauthorisedDay {
            date: r.date,
            code: r.school_code.trim().to_ascii_uppercase(),
            sessions: unauthorised_sessions(r),
        })
        .filter(|d| d.sessions > 0)
        .collect();
    RollingCount {
        sessions: days.iter().map(|d| d.sessions).sum(),
        school_weeks: weeks.len(),
        from,
        to: today,
        days,
    }
}

/// The calm words for the figures screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FinesWords {
    /// What the count is (or, in Wales, that local rules apply).
    pub count: String,
    /// What it means and does not mean.
    pub meaning: String,
    /// True when the register-correction letter is worth offering beside the words.
    pub offer_correction: bool,
}

/// The line about fines for the figures screen: in England only when the diary holds an
/// unauthorised code in the window; in Wales a line that local rules apply, only when the diary
/// holds such a code at all. None when there is nothing to say.
pub fn fines_words(child: &Child, today: NaiveDate) -> Option<FinesWords> {
    match child.nation {
        Nation::Wales => {
            let any = days_in(child, (NaiveDate::MIN, today))
                .iter()
                .any(|r| is_unauthorised_code(&r.school_code));
            any.then(|| FinesWords {
                count: "In Wales there is no national count of sessions for fines: each council \
                        follows its own local code of conduct."
                    .into(),
                meaning: "Ask school or the council how theirs works. Support should come first, \
                          and if a code is wrong you can ask for it to be corrected."
                    .into(),
                offer_correction: true,
            })
        }
        Nation::England => {
            let count = rolling_unauthorised(child, today);
            if count.days.is_empty() {
                return None;
            }
            let weeks = if count.school_weeks < PENALTY_SCHOOL_WEEKS {
                format!(
                    "the {} the diary holds so far",
                    plural(count.school_weeks, "school week", "school weeks")
                )
            } else {
                format!("the last {PENALTY_SCHOOL_WEEKS} school weeks")
            };
            let count_words = format!(
                "From the codes you noted: {} of unauthorised absence (codes G, N, O, U) in {weeks} ({} to {}).",
                plural(count.sessions as usize, "session", "sessions"),
                long_date(count.from),
                long_date(count.to),
            );
            let meaning = if count.at_the_level() {
                format!(
                    "That is at the level ({PENALTY_SESSIONS} sessions in {PENALTY_SCHOOL_WEEKS} school weeks) where school or the council must think about whether a penalty notice is right. Thinking about it is not deciding: it is never automatic, and support should come first."
                )
            } else {
                format!(
                    "A penalty notice is only considered from {PENALTY_SESSIONS} such sessions in {PENALTY_SCHOOL_WEEKS} school weeks, and even then it is never automatic. This is a count, not a prediction."
                )
            };
            Some(FinesWords {
                count: count_words,
                meaning: format!(
                    "{meaning} If any of these days were illness, you can ask school to correct the code."
                ),
                offer_correction: true,
            })
        }
    }
}
