//! Checks a whole diary (or one day record) against the rules in [`crate::domain::checks`], naming
//! every problem with its path.
//!
//! The same rules guard a save from a screen and a file being imported, so a backup made by the
//! app always imports back. The checks for a child's records are in `records`, those for the plan
//! in `plan`; both add to the one `Checker` here, which keeps the list and the ids seen.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::domain::checks::{
    check_date, check_rating, check_text, earliest_date, latest_date, limits, Problem,
};
use crate::domain::diary::day::DayRecord;
use crate::domain::diary::Diary;

mod own_words;
mod plan;
mod records;

/// Walks the data, collecting every problem with its path.
struct Checker {
    problems: Vec<Problem>,
    ids: HashSet<String>,
}

/// The most problems reported at once; past that the parent needs a different file, not a longer list.
pub const MAX_PROBLEMS: usize = 20;

impl Checker {
    fn record(&mut self, result: Result<(), Problem>) {
        if let Err(problem) = result {
            if self.problems.len() < MAX_PROBLEMS {
                self.problems.push(problem);
            }
        }
    }

    fn text(&mut self, path: impl FnOnce() -> String, text: &str, max: usize) {
        if text.len() > max
            || text
                .bytes()
                .any(|b| b < 0x20 || matches!(b, b'<' | 0x7f | 0xc2))
        {
            self.record(check_text(&path(), text, max));
        }
    }

    fn count(&mut self, path: impl FnOnce() -> String, len: usize, max: usize, what: &str) {
        if len > max {
            self.record(Err(Problem::new(
                path(),
                format!("There are {len} {what}; the most is {max}."),
            )));
        }
    }

    fn id(&mut self, path: impl Fn() -> String, id: &str) {
        let well_formed = !id.is_empty()
            && id.len() <= limits::ID_CHARS
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !well_formed {
            self.record(Err(Problem::new(
                path(),
                "An id must be 1 to 40 letters, digits, - or _.",
            )));
        } else if !self.ids.insert(id.to_string()) {
            self.record(Err(Problem::new(
                path(),
                format!("The id \"{id}\" is used twice; each must be different."),
            )));
        }
    }

    fn rating(&mut self, path: impl FnOnce() -> String, rating: Option<u8>) {
        if rating.is_some_and(|r| r > limits::RATING_MAX) {
            self.record(check_rating(&path(), rating));
        }
    }

    fn date(&mut self, path: impl FnOnce() -> String, date: NaiveDate) {
        if date < earliest_date() || date > latest_date() {
            self.record(check_date(&path(), date));
        }
    }
}

/// Checks the whole diary; an empty list means it is safe to keep.
pub fn check_diary(diary: &Diary) -> Vec<Problem> {
    let mut checker = Checker {
        problems: Vec::new(),
        ids: HashSet::new(),
    };
    checker.count(
        || "children".to_string(),
        diary.children.len(),
        limits::CHILDREN,
        "children",
    );
    for (i, child) in diary.children.iter().enumerate() {
        checker.child(&format!("children[{i}]"), child);
    }
    checker.problems
}

/// Checks one day record on its own, with paths relative to the record (`helped`, `worries[0].words`),
/// so a form can show each message beside its field.
pub fn check_day(day: &DayRecord) -> Vec<Problem> {
    let mut checker = Checker {
        problems: Vec::new(),
        ids: HashSet::new(),
    };
    checker.day(String::new, day);
    for problem in &mut checker.problems {
        problem.path = problem.path.trim_start_matches('.').to_string();
    }
    checker.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_on_one_day_of_many_names_that_day_and_field() {
        use crate::domain::diary::day::Worry;
        use crate::domain::diary::time_of_day::ClockTime;
        use crate::domain::{Child, DayStatus};

        let mut sam = Child::new("c1", "Sam");
        let first = NaiveDate::from_ymd_opt(2026, 9, 7).unwrap();
        for n in 0..5 {
            let date = first + chrono::Days::new(n);
            sam.days.push(DayRecord::new(date, DayStatus::Attended));
        }
        sam.days[3].worries.push(Worry {
            category: None,
            words: "the hall".into(),
            rating: Some(11),
        });
        sam.days[4].times.woke = ClockTime::new(9, 0);
        sam.days[4].times.arrived = ClockTime::new(8, 30);
        let diary = Diary {
            children: vec![Child::new("c0", "Ali"), sam],
        };
        let paths: Vec<_> = check_diary(&diary).into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "children[1].days[3].worries[0].rating",
                "children[1].days[4].times"
            ]
        );
        let day = check_day(&diary.children[1].days[3]);
        assert_eq!(day[0].path, "worries[0].rating");
        assert!(
            day[0].reason.contains("this one is 11"),
            "{}",
            day[0].reason
        );
        assert!(check_day(&diary.children[1].days[2]).is_empty());
    }

    #[test]
    fn a_problem_names_its_field_in_words() {
        let problem = Problem::new("children[0].plan.voice.what_is_hard", "too long");
        assert_eq!(problem.field_words(), "what is hard");
        assert_eq!(
            Problem::new("children[2].days[3].worries[1]", "x").field_words(),
            "worries"
        );
    }
}
