//! Every change to the child's own words, as checked methods on [`Child`] that return `Result`:
//! a refused change leaves everything as it was and says what to put right. The messages are
//! read by the child, so they are short and kind.

use chrono::NaiveDate;

use crate::domain::checks::{check_date, check_rating, check_text, limits, Problem};
use crate::domain::diary::day::WorryCategory;
use crate::domain::diary::own_words::{
    House, HouseItem, IdealAnswer, IdealPrompt, MyDay, Share, WorryScale, SCALE_POINTS,
};
use crate::domain::diary::Child;

/// The most "today, in my words" entries kept for one child (as many as day records).
pub const MOST_MY_DAYS: usize = limits::DAYS_PER_CHILD;
/// The most items kept in one house.
pub const MOST_HOUSE_ITEMS: usize = limits::LIST_ITEMS;
/// The most "my ideal school" answers kept.
pub const MOST_IDEAL_ANSWERS: usize = limits::LIST_ITEMS;

/// The child's words for a point of the scale: one line.
pub const SCALE_WORDS_CHARS: usize = limits::NAME_CHARS;

fn trimmed(path: &str, words: &str, max: usize) -> Result<String, Problem> {
    let words = words.trim();
    check_text(path, words, max)?;
    Ok(words.to_string())
}

fn not_empty(path: &str, words: &str) -> Result<(), Problem> {
    if words.is_empty() {
        return Err(Problem::new(path, "Write or say something first."));
    }
    Ok(())
}

/// Something the child said on a day, for one of their lists (`houses`, `ideal_school`): the words
/// trimmed within the limit and not empty, said on a date the diary can hold.
fn said_words(list: &str, words: &str, said_on: NaiveDate) -> Result<String, Problem> {
    let path = format!("own_words.{list}.words");
    let words = trimmed(&path, words, limits::SHORT_CHARS)?;
    not_empty(&path, &words)?;
    check_date(&format!("own_words.{list}.said_on"), said_on)?;
    Ok(words)
}

impl Child {
    /// Sets (or changes) the child's worry scale: their words for 0, 2, 5, 8 and 10, in that
    /// order. Blanks are fine, but not all five.
    pub fn set_worry_scale(&mut self, words: [&str; 5]) -> Result<(), Problem> {
        let mut kept: [String; 5] = Default::default();
        for ((slot, text), point) in kept.iter_mut().zip(words).zip(SCALE_POINTS) {
            *slot = trimmed(&format!("own_words.scale.{point}"), text, SCALE_WORDS_CHARS)?;
        }
        if kept.iter().all(String::is_empty) {
            return Err(Problem::new(
                "own_words.scale",
                "Write words for at least one number.",
            ));
        }
        let [zero, two, five, eight, ten] = kept;
        self.own_words.scale = WorryScale {
            zero,
            two,
            five,
            eight,
            ten,
        };
        Ok(())
    }

    /// Keeps "today, in my words": how big the worry is (0-10), what it is about (the diary's
    /// choices) and the child's own words; at least one of the three.
    pub fn add_my_day(
        &mut self,
        id: String,
        date: NaiveDate,
        worry: Option<u8>,
        about: &[WorryCategory],
        words: &str,
    ) -> Result<(), Problem> {
        check_rating("own_words.my_days.worry", worry)?;
        check_date("own_words.my_days.date", date)?;
        let words = trimmed("own_words.my_days.words", words, limits::SHORT_CHARS)?;
        let mut kinds: Vec<WorryCategory> = Vec::new();
        for kind in about {
            if !kinds.contains(kind) {
                kinds.push(*kind);
            }
        }
        if kinds.len() > limits::WORRIES_PER_DAY {
            return Err(Problem::new(
                "own_words.my_days.about",
                format!("Choose up to {} things.", limits::WORRIES_PER_DAY),
            ));
        }
        if worry.is_none() && kinds.is_empty() && words.is_empty() {
            return Err(Problem::new(
                "own_words.my_days",
                "Choose a number, or what it is about, first.",
            ));
        }
        if self.own_words.my_days.len() >= MOST_MY_DAYS {
            return Err(Problem::new(
                "own_words.my_days",
                format!("{MOST_MY_DAYS} days are kept already, the most there can be."),
            ));
        }
        self.check_new_id(&id)?;
        let day = MyDay {
            id,
            date,
            worry,
            about: kinds,
            words,
        };
        let at = self.own_words.my_days.partition_point(|d| d.date <= date);
        self.own_words.my_days.insert(at, day);
        Ok(())
    }

    /// Puts something in one of the three houses, with the child's choice of who may see it.
    pub fn add_house_item(
        &mut self,
        id: String,
        house: House,
        words: &str,
        share: Share,
        said_on: NaiveDate,
    ) -> Result<(), Problem> {
        let words = said_words("houses", words, said_on)?;
        let in_house = self
            .own_words
            .houses
            .iter()
            .filter(|i| i.house == house)
            .count();
        if in_house >= MOST_HOUSE_ITEMS {
            return Err(Problem::new(
                "own_words.houses",
                format!("This house is full ({MOST_HOUSE_ITEMS} things). Take one out first."),
            ));
        }
        self.check_new_id(&id)?;
        self.own_words.houses.push(HouseItem {
            id,
            house,
            words,
            share,
            said_on,
        });
        Ok(())
    }

    /// Keeps an answer to a "my ideal school" question, with the child's choice.
    pub fn add_ideal_answer(
        &mut self,
        id: String,
        prompt: IdealPrompt,
        words: &str,
        share: Share,
        said_on: NaiveDate,
    ) -> Result<(), Problem> {
        let words = said_words("ideal_school", words, said_on)?;
        if self.own_words.ideal_school.len() >= MOST_IDEAL_ANSWERS {
            return Err(Problem::new(
                "own_words.ideal_school",
                format!("{MOST_IDEAL_ANSWERS} answers are kept already. Take one out first."),
            ));
        }
        self.check_new_id(&id)?;
        self.own_words.ideal_school.push(IdealAnswer {
            id,
            prompt,
            words,
            share,
            said_on,
        });
        Ok(())
    }

    /// The child changes their mind about who may see a house item or an ideal-school answer.
    pub fn choose_share(&mut self, id: &str, share: Share) -> Result<(), Problem> {
        let own = &mut self.own_words;
        let slot = own
            .houses
            .iter_mut()
            .find(|i| i.id == id)
            .map(|i| &mut i.share)
            .or_else(|| {
                own.ideal_school
                    .iter_mut()
                    .find(|a| a.id == id)
                    .map(|a| &mut a.share)
            })
            .ok_or_else(gone)?;
        *slot = share;
        Ok(())
    }

    /// Takes out a house item, an ideal-school answer or a "today" entry, giving back what it
    /// was in words (for the message beside the button).
    pub fn remove_own_words(&mut self, id: &str) -> Result<String, Problem> {
        let own = &mut self.own_words;
        if let Some(i) = own.houses.iter().position(|x| x.id == id) {
            return Ok(own.houses.remove(i).words);
        }
        if let Some(i) = own.ideal_school.iter().position(|x| x.id == id) {
            return Ok(own.ideal_school.remove(i).words);
        }
        if let Some(i) = own.my_days.iter().position(|x| x.id == id) {
            let day = own.my_days.remove(i);
            return Ok(day.words);
        }
        Err(gone())
    }

    /// A fresh id must not already name another of the child's own words.
    fn check_new_id(&self, id: &str) -> Result<(), Problem> {
        let own = &self.own_words;
        let used = own.my_days.iter().any(|d| d.id == id)
            || own.houses.iter().any(|i| i.id == id)
            || own.ideal_school.iter().any(|a| a.id == id);
        if used {
            return Err(Problem::new("own_words", "This is kept already."));
        }
        Ok(())
    }
}

fn gone() -> Problem {
    Problem::new(
        "own_words",
        "That is not here any more (perhaps taken out on another screen).",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn the_scale_is_set_trimmed_and_changed_but_never_all_blank() {
        let mut sam = Child::new("c1", "Sam");
        sam.set_worry_scale([" Calm ", "", "Wobbly", "Shaky", "Too much"])
            .unwrap();
        assert_eq!(sam.own_words.scale.words_at(0), "Calm");
        assert_eq!(sam.own_words.scale.words_at(2), "");
        let refused = sam.set_worry_scale(["", " ", "", "", ""]).unwrap_err();
        assert!(refused.reason.contains("at least one"));
        let long = "x".repeat(SCALE_WORDS_CHARS + 1);
        let refused = sam
            .set_worry_scale(["a", "b", &long, "d", "e"])
            .unwrap_err();
        assert_eq!(refused.path, "own_words.scale.5");
        assert_eq!(sam.own_words.scale.words_at(10), "Too much", "unchanged");
        sam.set_worry_scale(["Fine", "", "", "", ""]).unwrap();
        assert_eq!(sam.own_words.scale.words_at(10), "");
    }

    #[test]
    fn today_in_my_words_needs_something_and_keeps_date_order() {
        let mut sam = Child::new("c1", "Sam");
        let refused = sam
            .add_my_day("d1".into(), date(3), None, &[], "  ")
            .unwrap_err();
        assert!(refused.reason.contains("Choose a number"));
        assert!(sam
            .add_my_day("d1".into(), date(3), Some(11), &[], "")
            .is_err());
        sam.add_my_day("d2".into(), date(5), Some(6), &[], "")
            .unwrap();
        let about = [
            WorryCategory::Sensory,
            WorryCategory::Sensory,
            WorryCategory::Friendships,
        ];
        sam.add_my_day("d1".into(), date(3), None, &about, " The hall ")
            .unwrap();
        let days = &sam.own_words.my_days;
        assert_eq!((days[0].id.as_str(), days[1].id.as_str()), ("d1", "d2"));
        assert_eq!(
            days[0].about,
            [WorryCategory::Sensory, WorryCategory::Friendships]
        );
        assert_eq!(days[0].words, "The hall");
        assert!(sam
            .add_my_day("d1".into(), date(9), Some(1), &[], "")
            .is_err());
    }

    #[test]
    fn house_items_and_answers_keep_the_childs_choice_which_can_change() {
        let mut sam = Child::new("c1", "Sam");
        sam.add_house_item(
            "h1".into(),
            House::Worries,
            "The loud hall",
            Share::OkToShare,
            date(2),
        )
        .unwrap();
        sam.add_ideal_answer(
            "i1".into(),
            IdealPrompt::Classroom,
            "Quiet",
            Share::JustForHome,
            date(2),
        )
        .unwrap();
        assert!(sam
            .add_house_item("h2".into(), House::Dreams, "  ", Share::OkToShare, date(2))
            .unwrap_err()
            .reason
            .contains("Write or say"));
        sam.choose_share("h1", Share::JustForHome).unwrap();
        sam.choose_share("i1", Share::OkToShare).unwrap();
        assert_eq!(sam.own_words.houses[0].share, Share::JustForHome);
        assert_eq!(sam.own_words.ideal_school[0].share, Share::OkToShare);
        assert!(sam.choose_share("gone", Share::OkToShare).is_err());
        assert_eq!(sam.remove_own_words("h1").unwrap(), "The loud hall");
        assert!(sam.remove_own_words("h1").is_err());
    }

    #[test]
    fn every_other_refusal_says_what_to_put_right_and_changes_nothing() {
        let mut sam = Child::new("c1", "Sam");
        let long = "x".repeat(limits::SHORT_CHARS + 1);
        let too_early = NaiveDate::from_ymd_opt(1999, 12, 31).unwrap();
        sam.add_house_item(
            "h1".into(),
            House::Worries,
            "Maths",
            Share::OkToShare,
            date(2),
        )
        .unwrap();
        let before = sam.clone();
        let refusals = [
            // Today, in my words: a date out of range, words too long, too many kinds, an id in use.
            sam.clone()
                .add_my_day("d1".into(), too_early, Some(3), &[], "")
                .unwrap_err(),
            sam.clone()
                .add_my_day("d1".into(), date(3), None, &[], &long)
                .unwrap_err(),
            sam.clone()
                .add_my_day("d1".into(), date(3), None, &WorryCategory::ALL, "")
                .unwrap_err(),
            sam.clone()
                .add_my_day("h1".into(), date(3), Some(3), &[], "")
                .unwrap_err(),
            // A house item: too long, a date out of range, an id in use.
            sam.clone()
                .add_house_item("h2".into(), House::Dreams, &long, Share::OkToShare, date(2))
                .unwrap_err(),
            sam.clone()
                .add_house_item(
                    "h2".into(),
                    House::Dreams,
                    "A dog",
                    Share::OkToShare,
                    too_early,
                )
                .unwrap_err(),
            sam.clone()
                .add_house_item(
                    "h1".into(),
                    House::Dreams,
                    "A dog",
                    Share::OkToShare,
                    date(2),
                )
                .unwrap_err(),
            // A dream-school answer: blank, too long, a date out of range, an id in use.
            sam.clone()
                .add_ideal_answer(
                    "i1".into(),
                    IdealPrompt::Learning,
                    " ",
                    Share::OkToShare,
                    date(2),
                )
                .unwrap_err(),
            sam.clone()
                .add_ideal_answer(
                    "i1".into(),
                    IdealPrompt::Learning,
                    &long,
                    Share::OkToShare,
                    date(2),
                )
                .unwrap_err(),
            sam.clone()
                .add_ideal_answer(
                    "i1".into(),
                    IdealPrompt::Learning,
                    "Owls",
                    Share::OkToShare,
                    too_early,
                )
                .unwrap_err(),
            sam.clone()
                .add_ideal_answer(
                    "h1".into(),
                    IdealPrompt::Learning,
                    "Owls",
                    Share::OkToShare,
                    date(2),
                )
                .unwrap_err(),
        ];
        let reasons: Vec<&str> = refusals.iter().map(|p| p.reason.as_str()).collect();
        assert!(reasons[0].contains("Please check the year"), "{reasons:?}");
        assert!(reasons[2].contains("Choose up to 12 things"), "{reasons:?}");
        assert!(reasons[3].contains("kept already"), "{reasons:?}");
        assert!(reasons[7].contains("Write or say"), "{reasons:?}");
        assert!(reasons.iter().all(|r| !r.is_empty()));
        // Each was tried on a copy; the child itself was never touched by a refusal either.
        assert_eq!(sam, before);
        let mut full = sam.clone();
        for n in 0..MOST_IDEAL_ANSWERS {
            full.add_ideal_answer(
                format!("i{n}"),
                IdealPrompt::Classroom,
                "Quiet",
                Share::JustForHome,
                date(2),
            )
            .unwrap();
        }
        let kept = full.clone();
        let refused = full
            .add_ideal_answer(
                "more".into(),
                IdealPrompt::Classroom,
                "Calm",
                Share::JustForHome,
                date(2),
            )
            .unwrap_err();
        assert!(refused.reason.contains("Take one out first"));
        assert_eq!(full, kept, "a refused answer changes nothing");
    }

    #[test]
    fn the_most_days_in_my_words_are_kept_and_no_more() {
        let mut sam = Child::new("c1", "Sam");
        for n in 0..MOST_MY_DAYS {
            sam.add_my_day(format!("d{n}"), date(3), Some(1), &[], "")
                .unwrap();
        }
        let refused = sam
            .add_my_day("more".into(), date(4), Some(1), &[], "")
            .unwrap_err();
        assert!(refused.reason.contains("the most there can be"));
        assert_eq!(sam.own_words.my_days.len(), MOST_MY_DAYS);
    }

    #[test]
    fn a_full_house_refuses_one_more_but_another_house_has_room() {
        let mut sam = Child::new("c1", "Sam");
        for n in 0..MOST_HOUSE_ITEMS {
            sam.add_house_item(
                format!("h{n}"),
                House::Dreams,
                "A dog",
                Share::JustForHome,
                date(2),
            )
            .unwrap();
        }
        let refused = sam
            .add_house_item(
                "more".into(),
                House::Dreams,
                "A cat",
                Share::JustForHome,
                date(2),
            )
            .unwrap_err();
        assert!(refused.reason.contains("full"));
        sam.add_house_item(
            "w".into(),
            House::Worries,
            "Maths",
            Share::JustForHome,
            date(2),
        )
        .unwrap();
    }
}
