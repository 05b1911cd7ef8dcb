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
//!   counts as attending). It is **missed** for: late after the register closed, off ill, medical
//!   appointment, reduced timetable, excluded. It is **not possible** for: no school.
//! - A missed session is **health-related** when illness (body or mind) or a medical appointment
//!   decided it. Two health-related sessions make one health-related day.
//! - A day is **late** when the day or either session was late (before or after the register closed),
//!   and **partial** when the day or either session was "missed some lessons", "left early" or
//!   "reduced timetable". Each day counts once.
//! - Attendance is present sessions out of possible sessions; there is no percentage when nothing
//!   was possible.
//! - Missing 10% or more of possible sessions is persistent absence, 50% or more severe absence (DfE).
//! - 15 or more health-related days, in a row or added up, is the point at which the council should
//!   arrange suitable education (Education Act 1996 section 19, as applied in DfE guidance).

use std::ops::Add;

use chrono::{Datelike, NaiveDate, Weekday};

use super::day::{DayRecord, DayStatus, WorryCategory};
use super::diary::Child;

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

// ---------------------------------------------------------------------------------------------
// Sessions

/// What one session was, as a register counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SessionOutcome {
    /// The child was there, or at off-site provision the school arranged.
    Present,
    /// The child could have been there and was not.
    Missed,
    /// There was no school that session (weekend, holiday, INSET), so it is not counted.
    NotPossible,
}

/// How a session counts when this status describes it on its own.
pub fn session_outcome(status: DayStatus) -> SessionOutcome {
    match status {
        // In school: on time, late before the register closed, upset, out of some lessons, or
        // there until leaving early.
        DayStatus::Attended
        | DayStatus::LateBeforeRegister
        | DayStatus::MissedLessons
        | DayStatus::LeftEarly
        | DayStatus::AttendedDistressed => SessionOutcome::Present,
        // Source: DfE 2024 register codes K and B: education the school or council arranged
        // elsewhere counts as attending.
        DayStatus::OffSite => SessionOutcome::Present,
        // Source: DfE 2024 register code U: late after the register closed is an absence.
        DayStatus::LateAfterRegister
        | DayStatus::AbsentIll
        | DayStatus::Medical
        | DayStatus::ReducedTimetable
        | DayStatus::Excluded => SessionOutcome::Missed,
        DayStatus::NoSchool => SessionOutcome::NotPossible,
    }
}

/// The day statuses that split a day into a present half and a missed half, as (morning, afternoon).
/// Any other day status counts the same for both sessions.
pub fn split_day(status: DayStatus) -> Option<(SessionOutcome, SessionOutcome)> {
    use SessionOutcome::{Missed, Present};
    match status {
        // Source: DfE 2024 register code U: arriving after the register closed is an absence for
        // that session; the child is there for the afternoon.
        DayStatus::LateAfterRegister => Some((Missed, Present)),
        DayStatus::LeftEarly => Some((Present, Missed)),
        // Source: DfE 2024 register code C2: the part of a reduced timetable not attended is
        // recorded as absence.
        DayStatus::ReducedTimetable => Some((Present, Missed)),
        _ => None,
    }
}

/// One session of a recorded day and the status that decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    pub outcome: SessionOutcome,
    /// The session's own status when the parent gave one, otherwise the day's status.
    pub decided_by: DayStatus,
}

impl Session {
    /// A missed session is health-related when illness (body or mind) or a medical appointment
    /// decided it.
    pub fn is_health_related(self) -> bool {
        self.outcome == SessionOutcome::Missed
            && matches!(self.decided_by, DayStatus::AbsentIll | DayStatus::Medical)
    }
}

/// The morning and afternoon sessions of a recorded day, in that order.
pub fn sessions(record: &DayRecord) -> [Session; 2] {
    // A no-school day has no sessions, whatever else was noted on it.
    if record.status == DayStatus::NoSchool {
        let no_session = Session {
            outcome: SessionOutcome::NotPossible,
            decided_by: DayStatus::NoSchool,
        };
        return [no_session, no_session];
    }
    let (morning_by_day, afternoon_by_day) = split_day(record.status).unwrap_or_else(|| {
        let whole_day = session_outcome(record.status);
        (whole_day, whole_day)
    });
    // The session's own status wins; without one, the day decides.
    let session = |own: Option<DayStatus>, by_day: SessionOutcome| match own {
        Some(status) => Session {
            outcome: session_outcome(status),
            decided_by: status,
        },
        None => Session {
            outcome: by_day,
            decided_by: record.status,
        },
    };
    [
        session(record.morning, morning_by_day),
        session(record.afternoon, afternoon_by_day),
    ]
}

/// True when the day's status, or either session's own status, is one of `wanted`.
/// A no-school day has no sessions, so only its day status is looked at.
fn day_or_session_was(record: &DayRecord, wanted: &[DayStatus]) -> bool {
    if wanted.contains(&record.status) {
        return true;
    }
    record.status != DayStatus::NoSchool
        && [record.morning, record.afternoon]
            .into_iter()
            .flatten()
            .any(|status| wanted.contains(&status))
}

/// A late day: late before or after the register closed, for the day or either session.
pub fn was_late(record: &DayRecord) -> bool {
    day_or_session_was(
        record,
        &[DayStatus::LateBeforeRegister, DayStatus::LateAfterRegister],
    )
}

/// A partial day: missed some lessons, left early, or a reduced-timetable day, for the day or
/// either session.
pub fn was_partial(record: &DayRecord) -> bool {
    day_or_session_was(
        record,
        &[
            DayStatus::MissedLessons,
            DayStatus::LeftEarly,
            DayStatus::ReducedTimetable,
        ],
    )
}

// ---------------------------------------------------------------------------------------------
// Dates

/// The recorded days from `from` to `to`, both included, found by binary search (days are kept
/// sorted by date, one per date). Empty when `from` is after `to`.
pub fn days_in(child: &Child, (from, to): (NaiveDate, NaiveDate)) -> &[DayRecord] {
    let start = child.days.partition_point(|day| day.date < from);
    let end = child.days.partition_point(|day| day.date <= to);
    &child.days[start..end.max(start)]
}

/// An English school term, approximated by the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    /// 1 September to 31 December.
    Autumn,
    /// 1 January to 31 March.
    Spring,
    /// 1 April to 31 August (the summer holiday counts with it).
    Summer,
}

impl Term {
    pub fn label(self) -> &'static str {
        match self {
            Term::Autumn => "Autumn term",
            Term::Spring => "Spring term",
            Term::Summer => "Summer term",
        }
    }
}

/// The term a date falls in. Real term dates vary by school and year (and Easter moves), so this
/// uses whole months that every school's term fits inside.
pub fn term_of(date: NaiveDate) -> Term {
    match date.month() {
        9..=12 => Term::Autumn,
        1..=3 => Term::Spring,
        _ => Term::Summer,
    }
}

/// The first day of a month; only the very ends of the calendar (year ±262,000) lack one, and there
/// `fallback` is the safest start.
fn first_of(year: i32, month: u32, fallback: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(fallback)
}

/// This term so far: from the start of the term `today` falls in, to `today`.
pub fn current_term(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start_month = match term_of(today) {
        Term::Autumn => 9,
        Term::Spring => 1,
        Term::Summer => 4,
    };
    (first_of(today.year(), start_month, today), today)
}

/// This school year so far: from the last 1 September to `today`.
pub fn school_year(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start_year = if today.month() >= 9 {
        today.year()
    } else {
        today.year() - 1
    };
    (first_of(start_year, 9, today), today)
}

// ---------------------------------------------------------------------------------------------
// Figures

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
    /// Missed sessions decided by illness (body or mind) or a medical appointment.
    pub health_missed_sessions: u32,
    /// How many recorded days had each day status, every status listed (zero included), in the
    /// order of `DayStatus::ALL`.
    pub days_by_status: [(DayStatus, u32); 12],
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

// ---------------------------------------------------------------------------------------------
// What the figures mean, in plain words

/// "12", "12.5": a count of days in halves, without a needless ".0".
pub fn days_words(days: f64) -> String {
    let unit = if days == 1.0 { "day" } else { "days" };
    format!("{} {unit}", tenths(days))
}

/// "87.5%", "100%": one decimal place, none when it is zero.
pub fn percent_words(percent: f64) -> String {
    format!("{}%", tenths(percent))
}

/// A number to one decimal place, written without the float formatter (which is large in WebAssembly).
fn tenths(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    match tenths % 10 {
        0 => format!("{}", tenths / 10),
        rest => format!("{}.{}", tenths / 10, rest.abs()),
    }
}

/// What the absence line means and what the parent can ask for.
pub fn explain_absence_line(line: AbsenceLine) -> String {
    match line {
        // Source: DfE, "Working together to improve school attendance" (2024): persistent absence
        // starts at 10% of possible sessions missed.
        AbsenceLine::Below => "Fewer than 1 in 10 sessions were missed in these dates, so no \
             attendance line has been crossed. If things are hard, you can still ask the school for \
             support at any time."
            .to_string(),
        // Source: DfE, "Working together to improve school attendance" (2024): 10% or more is
        // persistent absence, and schools should meet parents to offer support first.
        AbsenceLine::Persistent => "Missing 1 in 10 sessions or more is what schools call \
             persistent absence, and these dates reach that line. It is a sign that more support is \
             needed, and support is what the school should offer first. You can ask the school for a \
             meeting to agree a support plan together, with a named adult and a date to look at it \
             again."
            .to_string(),
        // Source: DfE, "Working together to improve school attendance" (2024): 50% or more is
        // severe absence, and these pupils should be a top priority for support from the school
        // and the local authority.
        AbsenceLine::Severe => "Missing half of sessions or more is what schools call severe \
             absence, and these dates reach that line. It shows how hard school is right now and that \
             more help is needed. You can ask the school for a support meeting soon and a written \
             plan, and ask whether the council, an educational psychologist or health services can \
             join in."
            .to_string(),
    }
}

/// What the 15-day mark means and what the parent can ask for.
pub fn explain_health_mark(figures: &Figures) -> String {
    let days = days_words(figures.health_days_missed());
    if figures.health_mark_reached() {
        // Source: Education Act 1996 s19 and DfE, "Arranging education for children who cannot
        // attend school because of health needs" (2023): at 15 days or more, in a row or added up,
        // the local authority should arrange suitable education, full-time unless less is better
        // for the child's health.
        format!(
            "Health reasons (illness of body or mind, or medical appointments) account for {days} off \
             school in these dates: 15 or more, in a row or added up. When health needs keep a child \
             off this long, the council should arrange suitable education that fits their health. You \
             can ask the school's SENCO or the council's medical education service about it."
        )
    } else {
        // Source: Education Act 1996 s19 and DfE, "Arranging education for children who cannot
        // attend school because of health needs" (2023): 15 days, in a row or added up.
        format!(
            "Health reasons (illness of body or mind, or medical appointments) account for {days} off \
             school in these dates. If health needs keep a child off for 15 days or more, in a row or \
             added up, the council should arrange suitable education. You can ask the school's SENCO \
             about this at any time."
        )
    }
}

/// What the attendance figure means and what the parent can ask for.
pub fn explain_attendance(figures: &Figures) -> String {
    match figures.attendance_percent() {
        None => "No school sessions are recorded for these dates yet, so there is no attendance \
                 figure to show."
            .to_string(),
        // Source: DfE, School attendance (pupil registration) (England) regulations 2024: two
        // sessions a day; Not Fine in School advice: parents can check the school's register.
        Some(attendance) => format!(
            "Your child was there for {present} of the {possible} sessions they could have been in \
             school for ({percent}). Each school day counts as two sessions, morning and afternoon, as \
             on the school register; days you have not recorded are left out. You can ask the school \
             for its attendance figures for the same dates to compare.",
            present = figures.present_sessions,
            possible = figures.possible_sessions,
            percent = percent_words(attendance),
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Register codes

// Source: DfE, "Working together to improve school attendance" (2024), register codes that fit
// each kind of day. / \ present (morning, afternoon); L late before the register closed; P sport,
// V visit, W work experience, K and B education arranged elsewhere (all count as attending);
// D dual registered at another school.
const PRESENT_CODES: &[&str] = &["/", "\\", "L", "P", "V", "W", "K", "B", "D"];
// U: late after the register closed; L if the school counted the child as on time.
const LATE_AFTER_REGISTER_CODES: &[&str] = &["U", "L"];
const ILL_CODES: &[&str] = &["I"];
const MEDICAL_CODES: &[&str] = &["M"];
// C2: part-time timetable; present marks for the part attended.
const REDUCED_TIMETABLE_CODES: &[&str] = &["C2", "/", "\\"];
const OFF_SITE_CODES: &[&str] = &["K", "B", "P", "V", "W", "D"];
const EXCLUDED_CODES: &[&str] = &["E"];
// #: planned whole-school closure; Y: unable to attend (exceptional circumstances); X: not
// required to attend; blank for weekends.
const NO_SCHOOL_CODES: &[&str] = &["#", "Y", "X", ""];

/// The school register codes that fit a day the parent recorded with this status.
pub fn expected_codes(status: DayStatus) -> &'static [&'static str] {
    match status {
        DayStatus::Attended
        | DayStatus::LateBeforeRegister
        | DayStatus::MissedLessons
        | DayStatus::LeftEarly
        | DayStatus::AttendedDistressed => PRESENT_CODES,
        DayStatus::LateAfterRegister => LATE_AFTER_REGISTER_CODES,
        DayStatus::AbsentIll => ILL_CODES,
        DayStatus::Medical => MEDICAL_CODES,
        DayStatus::ReducedTimetable => REDUCED_TIMETABLE_CODES,
        DayStatus::OffSite => OFF_SITE_CODES,
        DayStatus::Excluded => EXCLUDED_CODES,
        DayStatus::NoSchool => NO_SCHOOL_CODES,
    }
}

/// True when the school's code fits the status; spaces around it and letter case do not matter.
pub fn code_fits(status: DayStatus, school_code: &str) -> bool {
    let code = school_code.trim();
    expected_codes(status)
        .iter()
        .any(|fitting| code.eq_ignore_ascii_case(fitting))
}

/// A day where the code the school recorded does not fit what the parent recorded: worth asking
/// the school about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeMismatch {
    pub date: NaiveDate,
    /// The parent's status for the day.
    pub status: DayStatus,
    /// The school's code as the parent entered it, without surrounding spaces.
    pub school_code: String,
    /// The codes that would have fitted.
    pub expected: &'static [&'static str],
}

/// Days in range where the parent entered a school register code that does not fit the day's
/// status. Days with no code entered are left out.
pub fn code_mismatches(child: &Child, range: (NaiveDate, NaiveDate)) -> Vec<CodeMismatch> {
    days_in(child, range)
        .iter()
        .filter(|record| {
            let entered = !record.school_code.trim().is_empty();
            entered && !code_fits(record.status, &record.school_code)
        })
        .map(|record| CodeMismatch {
            date: record.date,
            status: record.status,
            school_code: record.school_code.trim().to_string(),
            expected: expected_codes(record.status),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Patterns

/// Sessions on one weekday across the dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekdayFigures {
    pub weekday: Weekday,
    pub possible_sessions: u32,
    pub present_sessions: u32,
    pub missed_sessions: u32,
}

impl WeekdayFigures {
    /// Missed sessions out of possible ones on this weekday; None when nothing was possible.
    pub fn missed_percent(&self) -> Option<f64> {
        percent(self.missed_sessions, self.possible_sessions)
    }
}

/// Sessions by weekday, Monday to Friday, so a hard day of the week shows up. Weekend days are
/// left out even when recorded.
pub fn by_weekday(child: &Child, range: (NaiveDate, NaiveDate)) -> [WeekdayFigures; 5] {
    let mut week = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ]
    .map(|weekday| WeekdayFigures {
        weekday,
        possible_sessions: 0,
        present_sessions: 0,
        missed_sessions: 0,
    });
    for record in days_in(child, range) {
        let Some(day) = week.get_mut(record.date.weekday().num_days_from_monday() as usize) else {
            continue; // Saturday or Sunday
        };
        for session in sessions(record) {
            match session.outcome {
                SessionOutcome::Present => {
                    day.possible_sessions += 1;
                    day.present_sessions += 1;
                }
                SessionOutcome::Missed => {
                    day.possible_sessions += 1;
                    day.missed_sessions += 1;
                }
                SessionOutcome::NotPossible => {}
            }
        }
    }
    week
}

/// Worries by category: how many, and how big they felt on average (of those given a rating, None
/// if none were). Most frequent first; equal counts keep the order of `WorryCategory::ALL`.
/// Worries without a category are left out; categories with no worries are left out.
pub fn worries_by_category(
    child: &Child,
    range: (NaiveDate, NaiveDate),
) -> Vec<(WorryCategory, u32, Option<f64>)> {
    // (count, sum of ratings, how many were rated) per category, in the order of WorryCategory::ALL.
    let mut tally = [(0u32, 0u32, 0u32); WorryCategory::ALL.len()];
    for record in days_in(child, range) {
        for worry in &record.worries {
            let Some(category) = worry.category else {
                continue;
            };
            let (count, rating_sum, rated) = &mut tally[category as usize];
            *count += 1;
            if let Some(rating) = worry.rating {
                *rating_sum += u32::from(rating);
                *rated += 1;
            }
        }
    }
    let mut worries: Vec<_> = WorryCategory::ALL
        .into_iter()
        .zip(tally)
        .filter(|(_, (count, _, _))| *count > 0)
        .map(|(category, (count, rating_sum, rated))| {
            let average = (rated > 0).then(|| f64::from(rating_sum) / f64::from(rated));
            (category, count, average)
        })
        .collect();
    // A stable sort, so equal counts stay in category order.
    worries.sort_by_key(|(_, count, _)| std::cmp::Reverse(*count));
    worries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::day::Worry;
    use SessionOutcome::{Missed, NotPossible, Present};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Monday 2 November 2026, plus `n` days.
    fn nov(n: u64) -> NaiveDate {
        date(2026, 11, 2) + chrono::Days::new(n)
    }

    fn all_dates() -> (NaiveDate, NaiveDate) {
        (NaiveDate::MIN, NaiveDate::MAX)
    }

    fn child_with(records: impl IntoIterator<Item = DayRecord>) -> Child {
        let mut child = Child::new("c1", "Sam");
        for record in records {
            child.put_day(record);
        }
        child
    }

    /// A child with `count` consecutive days of each status, in the order given.
    fn child_with_runs(runs: &[(DayStatus, u64)]) -> Child {
        let mut n = 0;
        let mut records = Vec::new();
        for &(status, count) in runs {
            for _ in 0..count {
                records.push(DayRecord::new(nov(n), status));
                n += 1;
            }
        }
        child_with(records)
    }

    fn with_sessions(
        status: DayStatus,
        morning: Option<DayStatus>,
        afternoon: Option<DayStatus>,
    ) -> DayRecord {
        let mut record = DayRecord::new(nov(0), status);
        record.morning = morning;
        record.afternoon = afternoon;
        record
    }

    fn figures_of(record: DayRecord) -> Figures {
        figures(&child_with([record]), all_dates())
    }

    fn outcomes(record: &DayRecord) -> [SessionOutcome; 2] {
        sessions(record).map(|s| s.outcome)
    }

    #[test]
    fn status_order_matches_the_list_used_for_counting() {
        for (i, status) in DayStatus::ALL.into_iter().enumerate() {
            assert_eq!(status as usize, i, "{status:?}");
        }
        for (i, category) in WorryCategory::ALL.into_iter().enumerate() {
            assert_eq!(category as usize, i, "{category:?}");
        }
    }

    #[test]
    fn each_status_as_a_single_session() {
        use DayStatus::*;
        let expected = [
            (Attended, Present),
            (LateBeforeRegister, Present),
            (LateAfterRegister, Missed),
            (MissedLessons, Present),
            (LeftEarly, Present),
            (AttendedDistressed, Present),
            (AbsentIll, Missed),
            (Medical, Missed),
            (ReducedTimetable, Missed),
            (OffSite, Present),
            (Excluded, Missed),
            (NoSchool, NotPossible),
        ];
        assert_eq!(expected.len(), DayStatus::ALL.len());
        for (status, outcome) in expected {
            assert_eq!(session_outcome(status), outcome, "{status:?}");
        }
    }

    #[test]
    fn each_status_alone_as_a_whole_day() {
        use DayStatus::*;
        // (status, possible, present, missed, health-related sessions, late, partial)
        let expected = [
            (Attended, 2, 2, 0, 0, 0, 0),
            (LateBeforeRegister, 2, 2, 0, 0, 1, 0),
            (LateAfterRegister, 2, 1, 1, 0, 1, 0),
            (MissedLessons, 2, 2, 0, 0, 0, 1),
            (LeftEarly, 2, 1, 1, 0, 0, 1),
            (AttendedDistressed, 2, 2, 0, 0, 0, 0),
            (AbsentIll, 2, 0, 2, 2, 0, 0),
            (Medical, 2, 0, 2, 2, 0, 0),
            (ReducedTimetable, 2, 1, 1, 0, 0, 1),
            (OffSite, 2, 2, 0, 0, 0, 0),
            (Excluded, 2, 0, 2, 0, 0, 0),
            (NoSchool, 0, 0, 0, 0, 0, 0),
        ];
        assert_eq!(expected.len(), DayStatus::ALL.len());
        for (status, possible, present, missed, health, late, partial) in expected {
            let f = figures_of(DayRecord::new(nov(0), status));
            let got = (
                f.possible_sessions,
                f.present_sessions,
                f.missed_sessions,
                f.health_missed_sessions,
                f.days_late,
                f.days_partial,
            );
            assert_eq!(
                got,
                (possible, present, missed, health, late, partial),
                "{status:?}"
            );
            assert_eq!(f.days_recorded, 1);
            assert_eq!(
                f.school_days_recorded,
                u32::from(possible > 0),
                "{status:?}"
            );
            assert_eq!(f.days_with(status), 1);
        }
    }

    #[test]
    fn split_statuses_split_the_day() {
        use DayStatus::*;
        let late = DayRecord::new(nov(0), LateAfterRegister);
        assert_eq!(outcomes(&late), [Missed, Present]);
        let left = DayRecord::new(nov(0), LeftEarly);
        assert_eq!(outcomes(&left), [Present, Missed]);
        let reduced = DayRecord::new(nov(0), ReducedTimetable);
        assert_eq!(outcomes(&reduced), [Present, Missed]);
        for record in [late, left, reduced] {
            for session in sessions(&record) {
                assert_eq!(session.decided_by, record.status);
                assert!(!session.is_health_related());
            }
        }
        assert_eq!(split_day(Attended), None);
        assert_eq!(split_day(AbsentIll), None);
    }

    #[test]
    fn a_sessions_own_status_decides_it() {
        use DayStatus::*;
        // Off ill in the morning, in for the afternoon.
        let r = with_sessions(Attended, Some(AbsentIll), None);
        assert_eq!(outcomes(&r), [Missed, Present]);
        assert!(sessions(&r)[0].is_health_related());
        let r = with_sessions(AbsentIll, None, Some(Attended));
        assert_eq!(outcomes(&r), [Missed, Present]);
        assert_eq!(sessions(&r)[0].decided_by, AbsentIll);
        // Both sessions given: the day's status decides nothing.
        let r = with_sessions(Excluded, Some(Attended), Some(OffSite));
        assert_eq!(outcomes(&r), [Present, Present]);
        // A split status given for one session counts as that session alone.
        let r = with_sessions(Attended, Some(LateAfterRegister), Some(LeftEarly));
        assert_eq!(outcomes(&r), [Missed, Present]);
        let r = with_sessions(Attended, Some(ReducedTimetable), None);
        assert_eq!(outcomes(&r), [Missed, Present]);
        // A split day with one session given: the other comes from the split.
        let r = with_sessions(LateAfterRegister, Some(Attended), None);
        assert_eq!(outcomes(&r), [Present, Present]);
        let r = with_sessions(LeftEarly, Some(AbsentIll), None);
        assert_eq!(outcomes(&r), [Missed, Missed]);
        let f = figures_of(r);
        assert_eq!(
            f.health_missed_sessions, 1,
            "leaving early is not health-related"
        );
        // Half a day of no school (an INSET afternoon).
        let f = figures_of(with_sessions(Attended, None, Some(NoSchool)));
        assert_eq!((f.possible_sessions, f.present_sessions), (1, 1));
        assert_eq!(f.school_days_recorded, 1);
    }

    #[test]
    fn a_no_school_day_has_no_sessions_whatever_else_is_noted() {
        use DayStatus::*;
        let r = with_sessions(NoSchool, Some(LateBeforeRegister), Some(AbsentIll));
        assert_eq!(outcomes(&r), [NotPossible, NotPossible]);
        let f = figures_of(r);
        assert_eq!(f.possible_sessions, 0);
        assert_eq!(f.days_late, 0);
        assert_eq!(f.days_recorded, 1);
        assert_eq!(f.school_days_recorded, 0);
        assert_eq!(f.days_with(NoSchool), 1);
    }

    #[test]
    fn days_without_a_record_are_not_counted() {
        let child = child_with([
            DayRecord::new(nov(3), DayStatus::Attended),
            DayRecord::new(nov(20), DayStatus::AbsentIll),
        ]);
        let f = figures(&child, (nov(0), nov(9)));
        assert_eq!(f.days_recorded, 1);
        assert_eq!(f.possible_sessions, 2);
        assert_eq!(f.attendance_percent(), Some(100.0));
        // Both ends of the range are included.
        assert_eq!(figures(&child, (nov(3), nov(20))).days_recorded, 2);
        assert_eq!(figures(&child, (nov(4), nov(19))).days_recorded, 0);
        assert_eq!(days_in(&child, (nov(20), nov(3))).len(), 0);
    }

    #[test]
    fn a_late_day_counts_once_from_the_day_or_either_session() {
        use DayStatus::*;
        let child = child_with([
            DayRecord::new(nov(0), LateBeforeRegister),
            DayRecord::new(nov(1), LateAfterRegister),
            {
                let mut r = DayRecord::new(nov(2), Attended);
                r.morning = Some(LateBeforeRegister);
                r
            },
            {
                let mut r = DayRecord::new(nov(3), Attended);
                r.afternoon = Some(LateAfterRegister);
                r
            },
            {
                let mut r = DayRecord::new(nov(4), LateAfterRegister);
                r.morning = Some(LateAfterRegister);
                r.afternoon = Some(LateBeforeRegister);
                r
            },
            DayRecord::new(nov(7), Attended),
            DayRecord::new(nov(8), AbsentIll),
        ]);
        let f = figures(&child, all_dates());
        assert_eq!(f.days_late, 5);
        assert_eq!(
            f.days_with(LateBeforeRegister) + f.days_with(LateAfterRegister),
            3,
            "counts by status follow the day's status only"
        );
    }

    #[test]
    fn a_partial_day_counts_once_from_the_day_or_either_session() {
        use DayStatus::*;
        let child = child_with([
            DayRecord::new(nov(0), MissedLessons),
            DayRecord::new(nov(1), LeftEarly),
            DayRecord::new(nov(2), ReducedTimetable),
            DayRecord {
                date: nov(3),
                ..with_sessions(Attended, Some(MissedLessons), Some(LeftEarly))
            },
            {
                let mut r = DayRecord::new(nov(4), Attended);
                r.afternoon = Some(ReducedTimetable);
                r
            },
            DayRecord::new(nov(7), AttendedDistressed),
            DayRecord::new(nov(8), LateAfterRegister),
        ]);
        assert_eq!(figures(&child, all_dates()).days_partial, 5);
    }

    #[test]
    fn health_related_days_count_in_halves() {
        use DayStatus::*;
        assert_eq!(
            figures_of(DayRecord::new(nov(0), AbsentIll)).health_days_missed(),
            1.0
        );
        assert_eq!(
            figures_of(DayRecord::new(nov(0), Medical)).health_days_missed(),
            1.0
        );
        let appointment_morning = with_sessions(Attended, Some(Medical), None);
        assert_eq!(figures_of(appointment_morning).health_days_missed(), 0.5);
        // Missed, but not for health.
        for status in [LateAfterRegister, LeftEarly, ReducedTimetable, Excluded] {
            let f = figures_of(DayRecord::new(nov(0), status));
            assert_eq!(f.health_days_missed(), 0.0, "{status:?}");
        }
        // An illness status on a session that was present is not a missed session.
        let r = with_sessions(AbsentIll, Some(Attended), Some(Attended));
        assert_eq!(figures_of(r).health_days_missed(), 0.0);
    }

    #[test]
    fn the_absence_lines_start_exactly_at_10_and_50_percent() {
        use DayStatus::*;
        // 2 of 20 sessions missed: exactly 10%.
        let f = figures(
            &child_with_runs(&[(AbsentIll, 1), (Attended, 9)]),
            all_dates(),
        );
        assert_eq!(f.missed_percent(), Some(10.0));
        assert_eq!(f.attendance_percent(), Some(90.0));
        assert_eq!(f.absence_line(), AbsenceLine::Persistent);
        // 2 of 22: just under.
        let f = figures(
            &child_with_runs(&[(AbsentIll, 1), (Attended, 10)]),
            all_dates(),
        );
        assert_eq!(f.absence_line(), AbsenceLine::Below);
        // 1 of 10 (one session, late after the register closed): exactly 10%.
        let f = figures(
            &child_with_runs(&[(LateAfterRegister, 1), (Attended, 4)]),
            all_dates(),
        );
        assert_eq!(f.missed_percent(), Some(10.0));
        assert_eq!(f.absence_line(), AbsenceLine::Persistent);
        // 25 of 50: exactly 50%.
        let f = figures(
            &child_with_runs(&[(AbsentIll, 12), (LateAfterRegister, 1), (Attended, 12)]),
            all_dates(),
        );
        assert_eq!(f.missed_percent(), Some(50.0));
        assert_eq!(f.absence_line(), AbsenceLine::Severe);
        // 49 of 100: just under.
        let f = figures(
            &child_with_runs(&[(AbsentIll, 24), (LateAfterRegister, 1), (Attended, 25)]),
            all_dates(),
        );
        assert_eq!(f.missed_percent(), Some(49.0));
        assert_eq!(f.absence_line(), AbsenceLine::Persistent);
        // Everything missed.
        let f = figures(&child_with_runs(&[(Excluded, 3)]), all_dates());
        assert_eq!(f.absence_line(), AbsenceLine::Severe);
        assert_eq!(f.attendance_percent(), Some(0.0));
    }

    #[test]
    fn the_15_day_mark_is_reached_at_15_not_14_and_a_half() {
        use DayStatus::*;
        let mut records: Vec<DayRecord> = (0..14)
            // Spread out, with school days between: the days add up.
            .map(|i| DayRecord::new(nov(i * 3), AbsentIll))
            .collect();
        records.push(with_sessions(Attended, None, Some(Medical)));
        records.last_mut().unwrap().date = nov(100);
        let mut child = child_with(records);
        let f = figures(&child, all_dates());
        assert_eq!(f.health_days_missed(), 14.5);
        assert!(!f.health_mark_reached());
        child.put_day(DayRecord::new(nov(101), Medical));
        child.put_day({
            let mut r = DayRecord::new(nov(100), Attended);
            r.morning = Some(Medical);
            r.afternoon = Some(AbsentIll);
            r
        });
        let f = figures(&child, all_dates());
        assert_eq!(f.health_days_missed(), 16.0);
        assert!(f.health_mark_reached());
        let f = figures(&child_with_runs(&[(AbsentIll, 15)]), all_dates());
        assert_eq!(f.health_days_missed(), 15.0);
        assert!(f.health_mark_reached());
    }

    #[test]
    fn no_possible_sessions_means_no_percentages() {
        let empty = Child::new("c1", "Sam");
        let f = figures(&empty, all_dates());
        assert_eq!(f, Figures::default());
        assert_eq!(f.attendance_percent(), None);
        assert_eq!(f.missed_percent(), None);
        assert_eq!(f.absence_line(), AbsenceLine::Below);
        assert!(!f.health_mark_reached());
        let holidays = child_with_runs(&[(DayStatus::NoSchool, 5)]);
        let f = figures(&holidays, all_dates());
        assert_eq!(f.days_recorded, 5);
        assert_eq!(f.attendance_percent(), None);
        // A range that ends before it starts is empty.
        let f = figures(
            &child_with_runs(&[(DayStatus::Attended, 5)]),
            (nov(4), nov(0)),
        );
        assert_eq!(f, Figures::default());
    }

    #[test]
    fn every_status_is_listed_in_the_counts_even_at_zero() {
        let f = figures(&child_with_runs(&[(DayStatus::Medical, 2)]), all_dates());
        let listed: Vec<DayStatus> = f.days_by_status.iter().map(|(s, _)| *s).collect();
        assert_eq!(listed, DayStatus::ALL.to_vec());
        for (status, count) in f.days_by_status {
            let expected = if status == DayStatus::Medical { 2 } else { 0 };
            assert_eq!(count, expected, "{status:?}");
        }
    }

    #[test]
    fn codes_that_fit_each_status() {
        use DayStatus::*;
        let present = ["/", "\\", "L", "P", "V", "W", "K", "B", "D"];
        for status in [
            Attended,
            LateBeforeRegister,
            MissedLessons,
            LeftEarly,
            AttendedDistressed,
        ] {
            assert_eq!(expected_codes(status), present, "{status:?}");
        }
        assert_eq!(expected_codes(LateAfterRegister), ["U", "L"]);
        assert_eq!(expected_codes(AbsentIll), ["I"]);
        assert_eq!(expected_codes(Medical), ["M"]);
        assert_eq!(expected_codes(ReducedTimetable), ["C2", "/", "\\"]);
        assert_eq!(expected_codes(OffSite), ["K", "B", "P", "V", "W", "D"]);
        assert_eq!(expected_codes(Excluded), ["E"]);
        assert_eq!(expected_codes(NoSchool), ["#", "Y", "X", ""]);
        assert!(code_fits(AbsentIll, " i "));
        assert!(code_fits(ReducedTimetable, "c2"));
        assert!(!code_fits(AbsentIll, "O"));
        assert!(!code_fits(AbsentIll, "IO"));
    }

    #[test]
    fn code_mismatches_list_only_entered_codes_that_do_not_fit() {
        use DayStatus::*;
        let coded = |n, status, code: &str| {
            let mut r = DayRecord::new(nov(n), status);
            r.school_code = code.to_string();
            r
        };
        let child = child_with([
            coded(0, AbsentIll, "O"),   // anxiety coded unauthorised: a mismatch
            coded(1, AbsentIll, " i "), // fits, whatever the case and spaces
            coded(2, Medical, "n"),     // a mismatch, shown as entered (trimmed)
            coded(3, Attended, ""),     // no code entered
            coded(4, Attended, "   "),  // only spaces: no code entered
            coded(5, ReducedTimetable, "c2"),
            coded(6, NoSchool, "#"),
            coded(7, NoSchool, " / "),        // a mismatch
            coded(8, LateAfterRegister, "G"), // a mismatch
            coded(9, Excluded, "O"),          // outside the range asked for
        ]);
        let found = code_mismatches(&child, (nov(0), nov(8)));
        let summary: Vec<_> = found
            .iter()
            .map(|m| (m.date, m.status, m.school_code.as_str()))
            .collect();
        assert_eq!(
            summary,
            [
                (nov(0), AbsentIll, "O"),
                (nov(2), Medical, "n"),
                (nov(7), NoSchool, "/"),
                (nov(8), LateAfterRegister, "G"),
            ]
        );
        for mismatch in &found {
            assert_eq!(mismatch.expected, expected_codes(mismatch.status));
        }
    }

    #[test]
    fn terms_start_on_1_september_1_january_and_1_april() {
        let cases = [
            (date(2026, 9, 1), date(2026, 9, 1), Term::Autumn),
            (date(2026, 12, 31), date(2026, 9, 1), Term::Autumn),
            (date(2027, 1, 1), date(2027, 1, 1), Term::Spring),
            (date(2027, 3, 31), date(2027, 1, 1), Term::Spring),
            (date(2027, 4, 1), date(2027, 4, 1), Term::Summer),
            (date(2027, 8, 31), date(2027, 4, 1), Term::Summer),
            (date(2028, 2, 29), date(2028, 1, 1), Term::Spring),
        ];
        for (today, start, term) in cases {
            assert_eq!(current_term(today), (start, today), "{today}");
            assert_eq!(term_of(today), term, "{today}");
        }
    }

    #[test]
    fn the_school_year_starts_on_the_last_1_september() {
        let cases = [
            (date(2026, 8, 31), date(2025, 9, 1)),
            (date(2026, 9, 1), date(2026, 9, 1)),
            (date(2026, 12, 31), date(2026, 9, 1)),
            (date(2027, 1, 1), date(2026, 9, 1)),
            (date(2027, 4, 1), date(2026, 9, 1)),
        ];
        for (today, start) in cases {
            assert_eq!(school_year(today), (start, today), "{today}");
        }
    }

    #[test]
    fn weekdays_are_monday_to_friday_and_weekends_are_left_out() {
        use DayStatus::*;
        assert_eq!(nov(0).weekday(), Weekday::Mon);
        let child = child_with([
            DayRecord::new(nov(0), AbsentIll),         // Mon
            DayRecord::new(nov(7), LateAfterRegister), // Mon
            DayRecord::new(nov(4), Attended),          // Fri
            DayRecord::new(nov(5), Attended),          // Sat: a Saturday school day, left out
            DayRecord::new(nov(6), NoSchool),          // Sun
        ]);
        let week = by_weekday(&child, all_dates());
        let days: Vec<_> = week.iter().map(|w| w.weekday).collect();
        assert_eq!(
            days,
            [
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri
            ]
        );
        assert_eq!(
            (
                week[0].possible_sessions,
                week[0].present_sessions,
                week[0].missed_sessions
            ),
            (4, 1, 3)
        );
        assert_eq!(week[0].missed_percent(), Some(75.0));
        assert_eq!(week[1].missed_percent(), None);
        assert_eq!(
            (week[4].possible_sessions, week[4].present_sessions),
            (2, 2)
        );
    }

    #[test]
    fn worries_most_frequent_first_with_average_rating() {
        let worry = |category, rating| Worry {
            category,
            words: String::new(),
            rating,
        };
        let mut a = DayRecord::new(nov(0), DayStatus::AbsentIll);
        a.worries = vec![
            worry(Some(WorryCategory::Toilets), Some(4)),
            worry(Some(WorryCategory::Sensory), None),
            worry(None, Some(10)),
        ];
        let mut b = DayRecord::new(nov(1), DayStatus::Attended);
        b.worries = vec![
            worry(Some(WorryCategory::Toilets), Some(7)),
            worry(Some(WorryCategory::Other), Some(2)),
        ];
        let found = worries_by_category(&child_with([a, b]), all_dates());
        assert_eq!(
            found,
            [
                (WorryCategory::Toilets, 2, Some(5.5)),
                (WorryCategory::Sensory, 1, None),
                (WorryCategory::Other, 1, Some(2.0)),
            ]
        );
        assert!(worries_by_category(&Child::new("c", "S"), all_dates()).is_empty());
    }

    #[test]
    fn figures_for_two_neighbouring_ranges_add_up() {
        let child = child_with_runs(&[
            (DayStatus::AbsentIll, 2),
            (DayStatus::LeftEarly, 3),
            (DayStatus::NoSchool, 2),
        ]);
        let whole = figures(&child, all_dates());
        let parts =
            figures(&child, (NaiveDate::MIN, nov(2))) + figures(&child, (nov(3), NaiveDate::MAX));
        assert_eq!(parts, whole);
    }

    #[test]
    fn the_findings_are_explained_kindly() {
        let forbidden = [
            "fault",
            "blame you",
            "truan",
            "prosecut",
            "fine",
            "refus",
            "lazy",
            "disorder",
        ];
        let attended = figures(
            &child_with_runs(&[(DayStatus::Attended, 9), (DayStatus::AbsentIll, 1)]),
            all_dates(),
        );
        let texts = [
            explain_absence_line(AbsenceLine::Below),
            explain_absence_line(AbsenceLine::Persistent),
            explain_absence_line(AbsenceLine::Severe),
            explain_health_mark(&Figures::default()),
            explain_health_mark(&figures(
                &child_with_runs(&[(DayStatus::AbsentIll, 15)]),
                all_dates(),
            )),
            explain_attendance(&Figures::default()),
            explain_attendance(&attended),
        ];
        for text in &texts {
            let lower = text.to_lowercase();
            for word in forbidden {
                assert!(!lower.contains(word), "{word:?} in {text:?}");
            }
            assert!(!text.contains("  "), "double space in {text:?}");
        }
        assert!(texts[1].contains("persistent absence"));
        assert!(texts[1].contains("support plan"));
        assert!(texts[2].contains("severe absence"));
        assert!(texts[3].contains("0 days"));
        assert!(texts[4].contains("15 days off"));
        assert!(texts[4].contains("SENCO"));
        assert!(texts[4].contains("medical education service"));
        assert!(texts[6].contains("18 of the 20 sessions"));
        assert!(texts[6].contains("(90%)"));
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(days_words(0.5), "0.5 days");
        assert_eq!(days_words(1.0), "1 day");
        assert_eq!(days_words(14.5), "14.5 days");
        assert_eq!(percent_words(55.5555), "55.6%");
        assert_eq!(percent_words(90.0), "90%");
        assert_eq!(percent_words(100.0), "100%");
    }
}
