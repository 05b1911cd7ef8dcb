//! Attendance figures for any dates, counted the way a school register counts them, so the
//! parent's numbers can sit beside the school's.
//!
//! How the counting works:
//!
//! - Every school day has two sessions, a morning and an afternoon, as on a school register.
//!   A day recorded as "no school" has none: nothing on it is possible, so nothing on it is missed.
//! - Days with no record are not counted at all: the parent has not recorded them yet.
//! - Each session is **present**, **missed** or **not possible**. A session's own status, when the
//!   parent gave one, decides it; otherwise the day's status decides both sessions, except three
//!   day statuses that split the day in two:
//!   - late after the register closed: morning missed, afternoon present (the school records it
//!     as an absence, code U);
//!   - left or collected early: morning present, afternoon missed;
//!   - reduced-timetable day: morning present, afternoon missed (code C2 for the part not attended).
//! - On its own, a session is **present** for: went in, late before the register closed, missed some
//!   lessons, left early, went in very distressed, off-site provision (arranged by the school, so it
//!   counts as attending). It is **missed** for: late after the register closed, off ill, couldn't
//!   get out of the door, medical appointment, reduced timetable, excluded. It is **not possible**
//!   for: no school.
//! - A missed session is **health-related** when illness (body or mind), a morning the child could
//!   not get out of the door (reported to school as illness), or a medical appointment decided it.
//!   Two health-related sessions make one health-related day.
//! - A day is **late** when the day or either session was late (before or after the register closed),
//!   and **partial** when the day or either session was "missed some lessons", "left early" or
//!   "reduced timetable". Each day counts once.
//! - Attendance is present sessions out of possible sessions; there is no percentage when nothing
//!   was possible.
//! - Missing 10% or more of possible sessions is persistent absence, 50% or more severe absence (DfE).
//! - 15 or more health-related days, in a row or added up, is the point at which the council should
//!   arrange suitable education (Education Act 1996 section 19, as applied in DfE guidance).
//!
//! Here: the lines and the figures, which add up. How a day's sessions count is in `sessions.rs`,
//! the date ranges in `dates.rs`, and beside them the code differences (`codes.rs`), patterns
//! (`patterns.rs`) and the figures in words (`explain.rs`).

use std::ops::Add;

use chrono::NaiveDate;

use crate::domain::diary::day::{DayRecord, DayStatus};
use crate::domain::diary::Child;

mod codes;
mod dates;
mod explain;
mod patterns;
mod penalty;
mod sessions;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_summaries;

pub use codes::{code_fits, code_mismatches, expected_codes, CodeMismatch};
pub use dates::{current_term, days_in, school_year, term_of, Term};
pub use explain::{
    days_words, explain_absence_line, explain_attendance, explain_health_mark, percent_words,
};
pub use patterns::{
    by_weekday, kind_label, kind_place, rank_worries, worries_by_category, WeekdayFigures,
    WorryTally,
};
pub use penalty::{
    fines_words, is_unauthorised_code, rolling_unauthorised, FinesWords, RollingCount,
    UnauthorisedDay, PENALTY_SCHOOL_WEEKS, PENALTY_SESSIONS, UNAUTHORISED_CODES,
};
pub use sessions::{
    could_not_get_out, session_outcome, sessions, split_day, was_late, was_partial, Session,
    SessionOutcome,
};

/// A register has a morning and an afternoon session each school day.
// Source: DfE, School attendance (pupil registration) (England) regulations 2024: the register is
// taken at the start of the morning session and once during the afternoon session.
pub const SESSIONS_PER_DAY: u32 = 2;

/// Missing this share of possible sessions or more is persistent absence.
// Source: DfE, "Working together to improve school attendance" (2024): a persistently absent pupil
// misses 10% or more of possible sessions.
pub const PERSISTENT_ABSENCE_PERCENT: u32 = 10;

/// Missing this share of possible sessions or more is severe absence.
// Source: DfE, "Working together to improve school attendance" (2024): a severely absent pupil
// misses 50% or more of possible sessions.
pub const SEVERE_ABSENCE_PERCENT: u32 = 50;

/// Health-related days off (in a row or added up) at which the council should arrange education.
// Source: Education Act 1996 s19 (the duty) and DfE, "Arranging education for children who cannot
// attend school because of health needs" (2023): 15 days, consecutive or cumulative. The 15 days is
// practice in the guidance, not a number in the Act.
pub const HEALTH_MARK_DAYS: u32 = 15;

/// Which attendance line the missed sessions have reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbsenceLine {
    /// Under 10% of possible sessions missed (or nothing possible yet).
    Below,
    /// 10% or more missed, under 50%.
    Persistent,
    /// 50% or more missed.
    Severe,
}

impl AbsenceLine {
    pub fn label(self) -> &'static str {
        match self {
            AbsenceLine::Below => "Under the 10% line",
            AbsenceLine::Persistent => "Persistent absence (10% or more)",
            AbsenceLine::Severe => "Severe absence (50% or more)",
        }
    }
}

/// The attendance figures for a child over some dates. Counts add up, so figures for two
/// neighbouring date ranges can be added together (`a + b`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figures {
    /// Sessions the child could have been at school for.
    pub possible_sessions: u32,
    pub present_sessions: u32,
    pub missed_sessions: u32,
    /// Missed sessions decided by illness (body or mind), not getting out of the door, or a
    /// medical appointment.
    pub health_missed_sessions: u32,
    /// How many recorded days had each day status, every status listed (zero included), in the
    /// order of `DayStatus::ALL`.
    pub days_by_status: [(DayStatus, u32); DayStatus::ALL.len()],
    /// Days late before or after the register closed (the day or either session).
    pub days_late: u32,
    /// Days with missed lessons, leaving early or a reduced timetable (the day or either session).
    pub days_partial: u32,
    /// Days the parent recorded, school or not.
    pub days_recorded: u32,
    /// Recorded days with at least one possible session.
    pub school_days_recorded: u32,
}

impl Default for Figures {
    fn default() -> Self {
        Figures {
            possible_sessions: 0,
            present_sessions: 0,
            missed_sessions: 0,
            health_missed_sessions: 0,
            days_by_status: DayStatus::ALL.map(|status| (status, 0)),
            days_late: 0,
            days_partial: 0,
            days_recorded: 0,
            school_days_recorded: 0,
        }
    }
}

/// `part` as a percent of `whole`, or None when `whole` is zero. Multiplying before dividing keeps
/// whole-number answers exact (10% comes out as 10.0, not 9.999…).
fn percent(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| f64::from(part) * 100.0 / f64::from(whole))
}

/// True when `part` is at least `line` percent of `whole`, worked out in whole numbers so a figure
/// exactly on the line always counts as reaching it.
fn reaches(part: u32, whole: u32, line: u32) -> bool {
    whole > 0 && u64::from(part) * 100 >= u64::from(whole) * u64::from(line)
}

impl Figures {
    /// Adds one recorded day to the counts.
    fn count_day(&mut self, record: &DayRecord) {
        self.days_recorded += 1;
        self.days_by_status[record.status as usize].1 += 1;
        let mut possible_today = 0;
        for session in sessions(record) {
            match session.outcome {
                SessionOutcome::Present => {
                    possible_today += 1;
                    self.present_sessions += 1;
                }
                SessionOutcome::Missed => {
                    possible_today += 1;
                    self.missed_sessions += 1;
                    if session.is_health_related() {
                        self.health_missed_sessions += 1;
                    }
                }
                SessionOutcome::NotPossible => {}
            }
        }
        self.possible_sessions += possible_today;
        if possible_today > 0 {
            self.school_days_recorded += 1;
        }
        if was_late(record) {
            self.days_late += 1;
        }
        if was_partial(record) {
            self.days_partial += 1;
        }
    }

    /// Present sessions out of possible sessions, as a percent; None when nothing was possible.
    pub fn attendance_percent(&self) -> Option<f64> {
        percent(self.present_sessions, self.possible_sessions)
    }

    /// Missed sessions out of possible sessions, as a percent; None when nothing was possible.
    pub fn missed_percent(&self) -> Option<f64> {
        percent(self.missed_sessions, self.possible_sessions)
    }

    /// How many recorded days had this day status.
    pub fn days_with(&self, status: DayStatus) -> u32 {
        self.days_by_status[status as usize].1
    }

    /// Health-related days missed, in halves: two health-related sessions make one day.
    pub fn health_days_missed(&self) -> f64 {
        f64::from(self.health_missed_sessions) / f64::from(SESSIONS_PER_DAY)
    }

    /// Persistent from 10% of possible sessions missed, severe from 50%; below otherwise.
    pub fn absence_line(&self) -> AbsenceLine {
        let missed_at_least = |line| reaches(self.missed_sessions, self.possible_sessions, line);
        if missed_at_least(SEVERE_ABSENCE_PERCENT) {
            AbsenceLine::Severe
        } else if missed_at_least(PERSISTENT_ABSENCE_PERCENT) {
            AbsenceLine::Persistent
        } else {
            AbsenceLine::Below
        }
    }

    /// True from 15 health-related days missed in these dates (in a row or added up). The guidance
    /// speaks of days a child *will* miss; this counts days already missed.
    pub fn health_mark_reached(&self) -> bool {
        self.health_missed_sessions >= HEALTH_MARK_DAYS * SESSIONS_PER_DAY
    }
}

impl Add for Figures {
    type Output = Figures;

    fn add(mut self, other: Figures) -> Figures {
        self.possible_sessions += other.possible_sessions;
        self.present_sessions += other.present_sessions;
        self.missed_sessions += other.missed_sessions;
        self.health_missed_sessions += other.health_missed_sessions;
        for (mine, theirs) in self.days_by_status.iter_mut().zip(other.days_by_status) {
            mine.1 += theirs.1;
        }
        self.days_late += other.days_late;
        self.days_partial += other.days_partial;
        self.days_recorded += other.days_recorded;
        self.school_days_recorded += other.school_days_recorded;
        self
    }
}

/// The figures for a child from `range.0` to `range.1`, both included. Days with no record are not
/// counted. One pass over the recorded days in range, with no allocation.
pub fn figures(child: &Child, range: (NaiveDate, NaiveDate)) -> Figures {
    let mut figures = Figures::default();
    for record in days_in(child, range) {
        figures.count_day(record);
    }
    figures
}
