//! The one way out of the house for the child's own words: only what the child marked "OK to
//! share with school", unedited, with the date it was said. The meeting pack, letters and the plan
//! file read the child's words through here and nowhere else, so "just for home" stays at home.

use chrono::NaiveDate;

use crate::domain::diary::own_words::{OwnWords, WorryScale};
use crate::domain::diary::Child;

/// One thing the child said and agreed school may see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedWords<'a> {
    pub said_on: NaiveDate,
    /// What it is: "A worry", "A good thing", "A dream", or "My ideal school: the room".
    pub heading: String,
    /// The child's words, exactly as they were kept.
    pub words: &'a str,
}

impl Child {
    /// Everything the child marked "OK to share with school", oldest first (houses before ideal
    /// school on the same day); nothing marked "just for home" is ever in it.
    pub fn words_ok_to_share(&self) -> Vec<SharedWords<'_>> {
        let own = &self.own_words;
        let houses = own
            .houses
            .iter()
            .filter(|i| i.share.is_shared())
            .map(|i| SharedWords {
                said_on: i.said_on,
                heading: i.house.label().to_string(),
                words: &i.words,
            });
        let ideal = own
            .ideal_school
            .iter()
            .filter(|a| a.share.is_shared())
            .map(|a| SharedWords {
                said_on: a.said_on,
                heading: format!("My ideal school: {}", a.prompt.label().to_ascii_lowercase()),
                words: &a.words,
            });
        let mut all: Vec<SharedWords> = houses.chain(ideal).collect();
        // A stable sort: the same day keeps the order things were said in.
        all.sort_by_key(|s| s.said_on);
        all
    }
}

impl OwnWords {
    /// A copy holding only what the child marked "OK to share with school", for a file that
    /// leaves the family (the plan file): no scale, no "today" entries, nothing "just for home".
    pub fn shared_only(&self) -> OwnWords {
        OwnWords {
            scale: WorryScale::default(),
            my_days: Vec::new(),
            houses: self
                .houses
                .iter()
                .filter(|i| i.share.is_shared())
                .cloned()
                .collect(),
            ideal_school: self
                .ideal_school
                .iter()
                .filter(|a| a.share.is_shared())
                .cloned()
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::diary::own_words::{House, IdealPrompt, Share};
    use crate::domain::diary::Child;
    use chrono::NaiveDate;

    #[test]
    fn only_what_the_child_said_yes_to_is_shared_oldest_first() {
        let date = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let mut sam = Child::new("c1", "Sam");
        sam.add_house_item(
            "h1".into(),
            House::Dreams,
            "A dog",
            Share::OkToShare,
            date(9),
        )
        .unwrap();
        sam.add_house_item(
            "h2".into(),
            House::Worries,
            "HOME-ONLY",
            Share::JustForHome,
            date(2),
        )
        .unwrap();
        sam.add_ideal_answer(
            "i1".into(),
            IdealPrompt::Classroom,
            "Quiet",
            Share::OkToShare,
            date(2),
        )
        .unwrap();
        let shared = sam.words_ok_to_share();
        let seen: Vec<(&str, &str)> = shared
            .iter()
            .map(|s| (s.heading.as_str(), s.words))
            .collect();
        assert_eq!(
            seen,
            [("My ideal school: the room", "Quiet"), ("A dream", "A dog")]
        );
        let copy = sam.own_words.shared_only();
        assert_eq!(copy.houses.len(), 1);
        assert!(!format!("{copy:?}").contains("HOME-ONLY"));
    }
}
