//! The stepped support plan: understanding (stage 1), the plan and its ladders (stage 2), reviews (stage 3).
//!
//! Stages follow the Devon EBSA guidance; ladders of small steps follow Buckinghamshire's graded approach.

pub mod adjustments;
pub mod child_ratings;
mod edits;
pub mod guidance;
pub mod keep_in_touch;
pub mod ladder;
pub mod progress;
pub mod review;
mod stage;
pub mod texts;
pub mod understanding;

use chrono::NaiveDate;

use serde::{Deserialize, Serialize};
pub use stage::PlanStage;

pub use child_ratings::ChildRating;
pub use keep_in_touch::{KeepInTouch, TouchPeriod};

/// Stage 1: the child's own voice, gathered first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChildVoice {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what_is_hard: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what_is_good: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub worries: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub best_things: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ideal_school: String,
}

/// Something already tried, and how it went.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Tried {
    pub what: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub how_it_went: String,
}

/// A professional involved with the child.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Professional {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
}

/// Who carries out a step or action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    Child,
    Parent,
    School,
    Other,
}

/// Where a step has got to. The app never moves a child up a step by itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    #[default]
    NotStarted,
    Trying,
    Done,
    Paused,
}

/// One try at a step: the worry expected before, the highest during it and felt after (0-10).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub id: String,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worry_before: Option<u8>,
    /// The highest the worry got during the try (version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worry_highest: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worry_after: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what_helped: String,
}

/// One small step on a ladder. A step that is too big holds its own sub-steps (one level deep).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub what: String,
    /// How hard the child thinks it is, 0-10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub who: Vec<Who>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub when_where: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub support: String,
    #[serde(default)]
    pub state: StepState,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_steps: Vec<Step>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attempts: Vec<Attempt>,
    /// The child's own ratings of the step on their worry scale, oldest first, each with its date
    /// (version 3), so a step can be seen getting easier.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub child_ratings: Vec<ChildRating>,
}

impl Step {
    /// A new step with only its words; everything else is filled in later.
    pub fn new(id: impl Into<String>, what: impl Into<String>) -> Self {
        Step {
            id: id.into(),
            what: what.into(),
            rating: None,
            who: Vec::new(),
            when_where: String::new(),
            support: String::new(),
            state: StepState::NotStarted,
            sub_steps: Vec::new(),
            attempts: Vec::new(),
            child_ratings: Vec::new(),
        }
    }
}

/// A ladder of steps from least to most difficult, towards part of the shared goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ladder {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

/// An adjustment the parent asks the school for (DOMAIN.md list, or the parent's own), and once
/// agreed, since when it has been in place and how it is going.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Adjustment {
    pub what: String,
    #[serde(default)]
    pub agreed: bool,
    /// The date school put it in place (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_place_since: Option<NaiveDate>,
    /// How it is going, in one choice (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_it_is_going: Option<HowItIsGoing>,
    /// How it is going, in the parent's words (version 2).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub going_note: String,
}

/// How an adjustment that is in place is going, as the parent sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HowItIsGoing {
    Helping,
    HelpingALittle,
    TooSoonToSay,
    NotHelping,
    /// Agreed, but not happening in practice.
    NotHappening,
}

impl HowItIsGoing {
    pub const ALL: [HowItIsGoing; 5] = [
        HowItIsGoing::Helping,
        HowItIsGoing::HelpingALittle,
        HowItIsGoing::TooSoonToSay,
        HowItIsGoing::NotHelping,
        HowItIsGoing::NotHappening,
    ];

    pub fn label(self) -> &'static str {
        match self {
            HowItIsGoing::Helping => "Helping",
            HowItIsGoing::HelpingALittle => "Helping a little",
            HowItIsGoing::TooSoonToSay => "Too soon to say",
            HowItIsGoing::NotHelping => "Not helping",
            HowItIsGoing::NotHappening => "Agreed, but not happening",
        }
    }
}

/// Stage 3: a review on the review date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub id: String,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub went_well: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub was_hard: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub changes: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub next_steps: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<NaiveDate>,
}

/// The whole plan for one child.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    // Stage 1: understanding.
    #[serde(skip_serializing_if = "is_default")]
    pub voice: ChildVoice,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub parent_view: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub strengths: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub trusted_people: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tried: Vec<Tried>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub professionals: Vec<Professional>,
    // Stage 2: the plan.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub goal: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ladders: Vec<Ladder>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub adjustments: Vec<Adjustment>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub key_adult: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub contact_arrangements: String,
    /// How often school keeps in touch, when agreed (version 3), beside the arrangements in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep_in_touch: Option<KeepInTouch>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub celebration: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub bad_day_plan: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub questions: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub requests: String,
    // Stage 3: reviews.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_review: Option<NaiveDate>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        *self == Plan::default()
    }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
