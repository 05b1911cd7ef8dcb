//! Checking the child's own words as read from a file: the scale, "today" entries, the three
//! houses and "my ideal school", against the same limits the child's screens keep.

use super::Checker;
use crate::domain::checks::{check_rating, limits, Problem};
use crate::domain::diary::own_words::{
    House, HouseItem, IdealAnswer, MyDay, OwnWords, WorryScale, MOST_HOUSE_ITEMS,
    MOST_IDEAL_ANSWERS, MOST_MY_DAYS, SCALE_WORDS_CHARS,
};

impl Checker {
    pub(super) fn own_words(&mut self, p: &str, own: &OwnWords) {
        // Every field is named, so a new one does not compile until it is checked here.
        let OwnWords {
            scale,
            my_days,
            houses,
            ideal_school,
        } = own;
        let WorryScale {
            zero,
            two,
            five,
            eight,
            ten,
        } = scale;
        for (name, words) in [
            ("zero", zero),
            ("two", two),
            ("five", five),
            ("eight", eight),
            ("ten", ten),
        ] {
            self.text(|| format!("{p}.scale.{name}"), words, SCALE_WORDS_CHARS);
        }
        self.count(
            || format!("{p}.my_days"),
            my_days.len(),
            MOST_MY_DAYS,
            "days in the child's words",
        );
        for (i, day) in my_days.iter().enumerate() {
            let dp = format!("{p}.my_days[{i}]");
            let MyDay {
                id,
                date,
                worry,
                about,
                words,
            } = day;
            self.id(|| format!("{dp}.id"), id);
            self.date(|| format!("{dp}.date"), *date);
            self.record(check_rating(&format!("{dp}.worry"), *worry));
            self.count(
                || format!("{dp}.about"),
                about.len(),
                limits::WORRIES_PER_DAY,
                "worry kinds",
            );
            self.text(|| format!("{dp}.words"), words, limits::SHORT_CHARS);
            if worry.is_none() && about.is_empty() && words.trim().is_empty() {
                self.record(Err(Problem::new(dp, "This entry holds nothing.")));
            }
        }
        for house in House::ALL {
            let n = houses.iter().filter(|i| i.house == house).count();
            self.count(
                || format!("{p}.houses"),
                n,
                MOST_HOUSE_ITEMS,
                "items in one house",
            );
        }
        for (i, item) in houses.iter().enumerate() {
            let HouseItem {
                id,
                house: _,
                words,
                share: _,
                said_on,
            } = item;
            self.said(&format!("{p}.houses[{i}]"), id, words, *said_on);
        }
        self.count(
            || format!("{p}.ideal_school"),
            ideal_school.len(),
            MOST_IDEAL_ANSWERS,
            "ideal school answers",
        );
        for (i, answer) in ideal_school.iter().enumerate() {
            let IdealAnswer {
                id,
                prompt: _,
                words,
                share: _,
                said_on,
            } = answer;
            self.said(&format!("{p}.ideal_school[{i}]"), id, words, *said_on);
        }
    }

    /// Something the child said: an id, words that are there, and the date.
    fn said(&mut self, p: &str, id: &str, words: &str, said_on: chrono::NaiveDate) {
        self.id(|| format!("{p}.id"), id);
        self.text(|| format!("{p}.words"), words, limits::SHORT_CHARS);
        if words.trim().is_empty() {
            self.record(Err(Problem::new(
                format!("{p}.words"),
                "The words are missing.",
            )));
        }
        self.date(|| format!("{p}.said_on"), said_on);
    }
}
