//! The school's register codes: which fit each day as the parent recorded it, and which do not.

use chrono::NaiveDate;

use super::days_in;
use crate::domain::diary::day::DayStatus;
use crate::domain::diary::Child;

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
        // Reported to school as illness, so I fits as it does for "off ill".
        DayStatus::AbsentIll | DayStatus::CouldNotGetOut => ILL_CODES,
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
