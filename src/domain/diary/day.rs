//! One school day as the parent recorded it: how the day went, the worries, the signs and the times.
//! The kinds of worry and sign a parent chooses from are in `worries_and_signs.rs`, re-exported here.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::diary::time_of_day::ClockTime;

pub use crate::domain::diary::worries_and_signs::{Sign, SignKind, SignTime, Worry, WorryCategory};

/// How a school day (or one session of it) went, in the parent's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayStatus {
    Attended,
    LateBeforeRegister,
    LateAfterRegister,
    MissedLessons,
    LeftEarly,
    AttendedDistressed,
    AbsentIll,
    /// Tried to go but could not get out of the door (reported to school as illness). Added in
    /// version 2 of the file format.
    CouldNotGetOut,
    Medical,
    ReducedTimetable,
    OffSite,
    Excluded,
    NoSchool,
}

impl DayStatus {
    /// Every status, in the order the Today screen offers them.
    pub const ALL: [DayStatus; 13] = [
        DayStatus::Attended,
        DayStatus::LateBeforeRegister,
        DayStatus::LateAfterRegister,
        DayStatus::MissedLessons,
        DayStatus::LeftEarly,
        DayStatus::AttendedDistressed,
        DayStatus::AbsentIll,
        DayStatus::CouldNotGetOut,
        DayStatus::Medical,
        DayStatus::ReducedTimetable,
        DayStatus::OffSite,
        DayStatus::Excluded,
        DayStatus::NoSchool,
    ];

    /// The words a parent sees for this status.
    pub fn label(self) -> &'static str {
        match self {
            DayStatus::Attended => "Went in",
            DayStatus::LateBeforeRegister => "Late, before the register closed",
            DayStatus::LateAfterRegister => "Late, after the register closed",
            DayStatus::MissedLessons => "Went in, missed some lessons",
            DayStatus::LeftEarly => "Left or collected early",
            DayStatus::AttendedDistressed => "Went in, very distressed",
            DayStatus::AbsentIll => "Off ill (body or mind)",
            DayStatus::CouldNotGetOut => "Couldn't get out of the door",
            DayStatus::Medical => "Medical appointment",
            DayStatus::ReducedTimetable => "Reduced-timetable day",
            DayStatus::OffSite => "Off-site provision",
            DayStatus::Excluded => "Excluded",
            DayStatus::NoSchool => "No school (weekend, holiday, INSET)",
        }
    }

    /// A symbol shown beside the words and colour, so status never rests on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            DayStatus::Attended => "✓",
            DayStatus::LateBeforeRegister => "◔",
            DayStatus::LateAfterRegister => "◑",
            DayStatus::MissedLessons => "◐",
            DayStatus::LeftEarly => "◓",
            DayStatus::AttendedDistressed => "!",
            DayStatus::AbsentIll => "✚",
            // Tried and turned back.
            DayStatus::CouldNotGetOut => "↺",
            DayStatus::Medical => "⚕",
            DayStatus::ReducedTimetable => "◧",
            DayStatus::OffSite => "⌂",
            DayStatus::Excluded => "✕",
            DayStatus::NoSchool => "–",
        }
    }

    /// The stable name used in files and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            DayStatus::Attended => "attended",
            DayStatus::LateBeforeRegister => "late_before_register",
            DayStatus::LateAfterRegister => "late_after_register",
            DayStatus::MissedLessons => "missed_lessons",
            DayStatus::LeftEarly => "left_early",
            DayStatus::AttendedDistressed => "attended_distressed",
            DayStatus::AbsentIll => "absent_ill",
            DayStatus::CouldNotGetOut => "could_not_get_out",
            DayStatus::Medical => "medical",
            DayStatus::ReducedTimetable => "reduced_timetable",
            DayStatus::OffSite => "off_site",
            DayStatus::Excluded => "excluded",
            DayStatus::NoSchool => "no_school",
        }
    }
}

/// The times that make a late or partial day concrete.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayTimes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub woke: Option<ClockTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_home: Option<ClockTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrived: Option<ClockTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collected: Option<ClockTime>,
}

impl DayTimes {
    pub fn is_empty(&self) -> bool {
        *self == DayTimes::default()
    }
}

/// Everything recorded for one school day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayRecord {
    /// Read by the first screen (`file::glimpse`), so with the plain reader of the stored form.
    #[serde(deserialize_with = "crate::domain::dates::deserialize_ymd")]
    pub date: NaiveDate,
    pub status: DayStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub morning: Option<DayStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub afternoon: Option<DayStatus>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub worries: Vec<Worry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signs: Vec<Sign>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub helped: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub harder: String,
    #[serde(default, skip_serializing_if = "DayTimes::is_empty")]
    pub times: DayTimes,
    /// The register code the school recorded, if the parent knows it (DfE 2024 codes).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub school_code: String,
    /// Never printed or put in a school pack.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub private_note: String,
}

impl DayRecord {
    /// A fresh record for a day with only its status.
    pub fn new(date: NaiveDate, status: DayStatus) -> Self {
        DayRecord {
            date,
            status,
            morning: None,
            afternoon: None,
            worries: Vec::new(),
            signs: Vec::new(),
            helped: String::new(),
            harder: String::new(),
            times: DayTimes::default(),
            school_code: String::new(),
            private_note: String::new(),
        }
    }
}
