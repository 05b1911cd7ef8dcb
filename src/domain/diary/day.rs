//! One school day as the parent recorded it: how the day went, the worries, the signs and the times.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::diary::time_of_day::ClockTime;

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
    Medical,
    ReducedTimetable,
    OffSite,
    Excluded,
    NoSchool,
}

impl DayStatus {
    /// Every status, in the order the Today screen offers them.
    pub const ALL: [DayStatus; 12] = [
        DayStatus::Attended,
        DayStatus::LateBeforeRegister,
        DayStatus::LateAfterRegister,
        DayStatus::MissedLessons,
        DayStatus::LeftEarly,
        DayStatus::AttendedDistressed,
        DayStatus::AbsentIll,
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
            DayStatus::Medical => "medical",
            DayStatus::ReducedTimetable => "reduced_timetable",
            DayStatus::OffSite => "off_site",
            DayStatus::Excluded => "excluded",
            DayStatus::NoSchool => "no_school",
        }
    }
}

/// Worry and barrier categories (Not Fine in School, Define Fine, Learn Without Limits, council guidance).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorryCategory {
    Sensory,
    Toilets,
    Uniform,
    LunchHall,
    Journey,
    PeChanging,
    Transitions,
    Friendships,
    Bullying,
    TeacherOrLesson,
    Schoolwork,
    BehaviourPolicy,
    UnmetNeeds,
    Separation,
    PhysicalHealth,
    MentalHealth,
    FamilyChange,
    YoungCarer,
    Belonging,
    MaskingBurnout,
    Other,
}

impl WorryCategory {
    pub const ALL: [WorryCategory; 21] = [
        WorryCategory::Sensory,
        WorryCategory::Toilets,
        WorryCategory::Uniform,
        WorryCategory::LunchHall,
        WorryCategory::Journey,
        WorryCategory::PeChanging,
        WorryCategory::Transitions,
        WorryCategory::Friendships,
        WorryCategory::Bullying,
        WorryCategory::TeacherOrLesson,
        WorryCategory::Schoolwork,
        WorryCategory::BehaviourPolicy,
        WorryCategory::UnmetNeeds,
        WorryCategory::Separation,
        WorryCategory::PhysicalHealth,
        WorryCategory::MentalHealth,
        WorryCategory::FamilyChange,
        WorryCategory::YoungCarer,
        WorryCategory::Belonging,
        WorryCategory::MaskingBurnout,
        WorryCategory::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            WorryCategory::Sensory => "Noise, light, smells, crowds",
            WorryCategory::Toilets => "Toilets",
            WorryCategory::Uniform => "Uniform",
            WorryCategory::LunchHall => "Lunch hall",
            WorryCategory::Journey => "Getting to school",
            WorryCategory::PeChanging => "PE and changing",
            WorryCategory::Transitions => "Changes and new starts",
            WorryCategory::Friendships => "Friends, feeling left out",
            WorryCategory::Bullying => "Bullying (also online)",
            WorryCategory::TeacherOrLesson => "A teacher or lesson",
            WorryCategory::Schoolwork => "Work, tests, pressure",
            WorryCategory::BehaviourPolicy => "Rules and sanctions",
            WorryCategory::UnmetNeeds => "Needs not met (SEN)",
            WorryCategory::Separation => "Being apart from home or a parent",
            WorryCategory::PhysicalHealth => "Physical health",
            WorryCategory::MentalHealth => "Anxiety, low mood",
            WorryCategory::FamilyChange => "Changes in the family",
            WorryCategory::YoungCarer => "Caring for someone",
            WorryCategory::Belonging => "Belonging, staff relationships",
            WorryCategory::MaskingBurnout => "Masking, exhaustion",
            WorryCategory::Other => "Something else",
        }
    }
}

/// Signs a parent may notice (DOMAIN.md "A day record").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignKind {
    StomachAche,
    Headache,
    FeelingSick,
    SoreThroat,
    RacingHeart,
    PinsAndNeedles,
    ToiletOften,
    PoorSleep,
    NotEating,
    VeryTired,
    Tearful,
    Irritable,
    Clingy,
    MorningRefusal,
    AfterSchoolMeltdown,
    Withdrawn,
    SundayWorry,
    FearLeavingHouse,
}

impl SignKind {
    pub const ALL: [SignKind; 18] = [
        SignKind::StomachAche,
        SignKind::Headache,
        SignKind::FeelingSick,
        SignKind::SoreThroat,
        SignKind::RacingHeart,
        SignKind::PinsAndNeedles,
        SignKind::ToiletOften,
        SignKind::PoorSleep,
        SignKind::NotEating,
        SignKind::VeryTired,
        SignKind::Tearful,
        SignKind::Irritable,
        SignKind::Clingy,
        SignKind::MorningRefusal,
        SignKind::AfterSchoolMeltdown,
        SignKind::Withdrawn,
        SignKind::SundayWorry,
        SignKind::FearLeavingHouse,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SignKind::StomachAche => "Tummy ache",
            SignKind::Headache => "Headache",
            SignKind::FeelingSick => "Feeling sick",
            SignKind::SoreThroat => "Sore throat",
            SignKind::RacingHeart => "Racing heart, fast breathing",
            SignKind::PinsAndNeedles => "Pins and needles",
            SignKind::ToiletOften => "Needing the toilet a lot",
            SignKind::PoorSleep => "Poor sleep, nightmares",
            SignKind::NotEating => "Not eating",
            SignKind::VeryTired => "Very tired",
            SignKind::Tearful => "Tearful",
            SignKind::Irritable => "Irritable or angry",
            SignKind::Clingy => "Clingy",
            SignKind::MorningRefusal => "Refusing in the morning",
            SignKind::AfterSchoolMeltdown => "Meltdown after school",
            SignKind::Withdrawn => "Shut down, withdrawn",
            SignKind::SundayWorry => "Sunday-evening worry",
            SignKind::FearLeavingHouse => "Scared to leave the house",
        }
    }
}

/// When a sign was noticed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignTime {
    NightBefore,
    Morning,
    DuringSchool,
    AfterSchool,
}

impl SignTime {
    pub const ALL: [SignTime; 4] = [
        SignTime::NightBefore,
        SignTime::Morning,
        SignTime::DuringSchool,
        SignTime::AfterSchool,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SignTime::NightBefore => "Night before",
            SignTime::Morning => "Morning",
            SignTime::DuringSchool => "During school",
            SignTime::AfterSchool => "After school",
        }
    }
}

/// One worry: what it was about, the child's own words, and how big it felt (0-10).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Worry {
    pub category: Option<WorryCategory>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub words: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
}

/// A sign the parent noticed and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sign {
    pub kind: SignKind,
    pub when: SignTime,
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
