//! The child's own words, given in the child's turn on the parent's phone (version 3): their worry
//! scale, how big the worry is today, three houses (worries, good things, dreams), "my ideal
//! school", each house item and answer with the child's choice of whether school may see it. Kept
//! with the child it belongs to, never mixed with another child's. (The child's ratings of steps
//! live on the steps: [`crate::domain::plan::ChildRating`].) The stage 1 `ChildVoice`, typed by the
//! parent, stays as it is.
//!
//! Sources (DOMAIN.md, "the child's voice"): a 0-10 worry thermometer the child defines in their
//! own words; "three houses" (worries, good things, dreams), where the child chooses what is
//! shared; "my ideal school" (Williams and Hanke 2007). No faces scale is used: faces scales
//! measure pain and are licensed.

mod edits;
mod shared;
pub mod words;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::diary::day::WorryCategory;

pub use edits::{MOST_HOUSE_ITEMS, MOST_IDEAL_ANSWERS, MOST_MY_DAYS, SCALE_WORDS_CHARS};
pub use shared::SharedWords;

/// Everything the child has said in their turn.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnWords {
    #[serde(skip_serializing_if = "WorryScale::is_empty")]
    pub scale: WorryScale,
    /// "Today, in my words", oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub my_days: Vec<MyDay>,
    /// The three houses' items, in the order they were said.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub houses: Vec<HouseItem>,
    /// Answers to the "my ideal school" questions, in the order they were said.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ideal_school: Vec<IdealAnswer>,
}

impl OwnWords {
    pub fn is_empty(&self) -> bool {
        *self == OwnWords::default()
    }
}

/// The child's own words for five points of their 0-10 worry scale. Any may be left blank.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorryScale {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub zero: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub two: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub five: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub eight: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ten: String,
}

/// The points of the scale the child puts words to.
pub const SCALE_POINTS: [u8; 5] = [0, 2, 5, 8, 10];

impl WorryScale {
    pub fn is_empty(&self) -> bool {
        *self == WorryScale::default()
    }

    /// The child's words for one of [`SCALE_POINTS`] (empty for any other number, or a blank).
    pub fn words_at(&self, point: u8) -> &str {
        match point {
            0 => &self.zero,
            2 => &self.two,
            5 => &self.five,
            8 => &self.eight,
            10 => &self.ten,
            _ => "",
        }
    }

    /// The words to show beside any number from 0 to 10: the child's words for the nearest point
    /// they described (the lower one when two are as near), with that point, or `None` when the
    /// scale has no words yet.
    pub fn nearest_words(&self, number: u8) -> Option<(u8, &str)> {
        SCALE_POINTS
            .iter()
            .filter(|p| !self.words_at(**p).is_empty())
            .min_by_key(|p| (p.abs_diff(number), **p))
            .map(|p| (*p, self.words_at(*p)))
    }
}

/// "Today, in my words": how big the worry is now and what it is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyDay {
    pub id: String,
    pub date: NaiveDate,
    /// 0 to 10 on the child's own scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worry: Option<u8>,
    /// What it is about, from the diary's own choices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<WorryCategory>,
    /// What it is about, in the child's own words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub words: String,
}

/// Which of the three houses an item is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum House {
    Worries,
    GoodThings,
    Dreams,
}

impl House {
    pub const ALL: [House; 3] = [House::Worries, House::GoodThings, House::Dreams];
}

/// The child's choice for something they said.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Share {
    /// OK to share with school: it may go into the meeting pack, a letter and the plan file.
    OkToShare,
    /// Just for home: it stays on this phone and in the family's own backup.
    #[default]
    JustForHome,
}

impl Share {
    pub const ALL: [Share; 2] = [Share::OkToShare, Share::JustForHome];

    pub fn is_shared(self) -> bool {
        self == Share::OkToShare
    }
}

/// One thing in one of the three houses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HouseItem {
    pub id: String,
    pub house: House,
    pub words: String,
    /// Left out of a file, it reads as "just for home": nothing is shared without the child's yes.
    #[serde(default)]
    pub share: Share,
    pub said_on: NaiveDate,
}

/// The "if school was just right for you" questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdealPrompt {
    GettingThere,
    Classroom,
    Grownups,
    BreakAndLunch,
    TooMuch,
    Learning,
}

impl IdealPrompt {
    pub const ALL: [IdealPrompt; 6] = [
        IdealPrompt::GettingThere,
        IdealPrompt::Classroom,
        IdealPrompt::Grownups,
        IdealPrompt::BreakAndLunch,
        IdealPrompt::TooMuch,
        IdealPrompt::Learning,
    ];
}

/// One answer to a "my ideal school" question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdealAnswer {
    pub id: String,
    pub prompt: IdealPrompt,
    pub words: String,
    /// As for [`HouseItem::share`]: "just for home" unless the child said yes.
    #[serde(default)]
    pub share: Share,
    pub said_on: NaiveDate,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_words_are_shown_beside_any_number() {
        let scale = WorryScale {
            zero: "Chilled".into(),
            five: "Wobbly tummy".into(),
            ten: "I can't do it".into(),
            ..WorryScale::default()
        };
        assert_eq!(scale.nearest_words(0), Some((0, "Chilled")));
        assert_eq!(scale.nearest_words(2), Some((0, "Chilled")));
        assert_eq!(scale.nearest_words(3), Some((5, "Wobbly tummy")));
        assert_eq!(scale.nearest_words(8), Some((10, "I can't do it")));
        assert_eq!(scale.words_at(7), "");
        assert_eq!(WorryScale::default().nearest_words(4), None);
    }

    #[test]
    fn a_missing_choice_reads_as_just_for_home() {
        let item: HouseItem = serde_json::from_str(
            r#"{"id":"h1","house":"dreams","words":"A dog","said_on":"2026-11-02"}"#,
        )
        .unwrap();
        assert_eq!(item.share, Share::JustForHome);
        assert!(!item.share.is_shared());
    }
}
