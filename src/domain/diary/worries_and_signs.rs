//! What a parent can note about worries and signs on a day: the worry categories, the signs they may
//! notice and when, each with the words a parent sees; and one worry or sign as recorded.

use serde::{Deserialize, Serialize};

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

    /// When, inside a sentence: "the night before", "in the morning".
    pub fn in_words(self) -> &'static str {
        match self {
            SignTime::NightBefore => "the night before",
            SignTime::Morning => "in the morning",
            SignTime::DuringSchool => "during school",
            SignTime::AfterSchool => "after school",
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
