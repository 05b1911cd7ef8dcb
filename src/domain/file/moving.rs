//! Moving the diary between Safari and the Home Screen app, or to a new phone: what a moving file
//! holds, and whether all of it arrived once it is brought in on the other side.

use crate::domain::diary::Diary;
use crate::domain::words::plural;

/// Children, days and plans: the numbers a parent can check after a move.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub children: usize,
    pub days: usize,
    pub plans: usize,
}

impl Counts {
    pub fn of(diary: &Diary) -> Counts {
        Counts {
            children: diary.children.len(),
            days: diary.day_count(),
            plans: diary.children.iter().filter(|c| !c.plan.is_empty()).count(),
        }
    }

    /// "2 children, 134 days and 2 plans" (plans left out when there are none).
    pub fn words(self) -> String {
        let children = plural(self.children, "child", "children");
        let days = plural(self.days, "day", "days");
        match self.plans {
            0 => format!("{children} and {days}"),
            n => format!("{children}, {days} and {}", plural(n, "plan", "plans")),
        }
    }
}

/// What a check after a move found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// Every child, day and plan in the file is here.
    All(Counts),
    /// Some of it is not here: one line per child that is short.
    Missing(Vec<String>),
}

impl Arrival {
    /// Compares what the moving file held with the diary here now. A child is found by its id; a
    /// day by its date (when the diary here already had that day, its own record was kept, which
    /// still counts as arrived); a plan is here when the child here has one.
    pub fn check(moved: &Diary, here: &Diary) -> Arrival {
        let mut missing = Vec::new();
        for child in &moved.children {
            let Some(mine) = here.child(&child.id) else {
                missing.push(format!("{} is not here.", child.nickname));
                continue;
            };
            let absent = child
                .days
                .iter()
                .filter(|d| mine.day(d.date).is_none())
                .count();
            if absent > 0 {
                missing.push(format!(
                    "{}: {} of {} are not here.",
                    child.nickname,
                    absent,
                    plural(child.days.len(), "day", "days")
                ));
            }
            if !child.plan.is_empty() && mine.plan.is_empty() {
                missing.push(format!("{}'s plan is not here.", child.nickname));
            }
        }
        if missing.is_empty() {
            Arrival::All(Counts::of(moved))
        } else {
            Arrival::Missing(missing)
        }
    }

    /// The result in a sentence or two.
    pub fn words(&self) -> String {
        match self {
            Arrival::All(counts) if counts.children == 0 => {
                "The moving file held no children, so there was nothing to bring.".into()
            }
            Arrival::All(counts) => format!("Everything arrived: {}.", counts.words()),
            Arrival::Missing(lines) => format!(
                "Not everything arrived. {} The moving file is unchanged, so nothing is lost: try bringing it in again, or keep using the other side.",
                lines.join(" ")
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::day::{DayRecord, DayStatus};
    use crate::domain::diary::Child;
    use chrono::NaiveDate;

    fn child(id: &str, name: &str, days: u32, plan: bool) -> Child {
        let mut child = Child::new(id, name);
        for d in 1..=days {
            child.put_day(DayRecord::new(
                NaiveDate::from_ymd_opt(2026, 1, d).unwrap(),
                DayStatus::Attended,
            ));
        }
        if plan {
            child.plan.goal = "Walk to the gate.".into();
        }
        child
    }

    fn diary(children: Vec<Child>) -> Diary {
        Diary { children }
    }

    #[test]
    fn counts_in_words() {
        let moved = diary(vec![
            child("a", "Sam", 3, true),
            child("b", "Alex", 1, false),
        ]);
        let counts = Counts::of(&moved);
        assert_eq!(
            counts,
            Counts {
                children: 2,
                days: 4,
                plans: 1
            }
        );
        assert_eq!(counts.words(), "2 children, 4 days and 1 plan");
        assert_eq!(
            Counts::of(&diary(vec![child("a", "Sam", 1, false)])).words(),
            "1 child and 1 day"
        );
    }

    #[test]
    fn everything_arrived() {
        let moved = diary(vec![
            child("a", "Sam", 3, true),
            child("b", "Alex", 2, true),
        ]);
        let arrival = Arrival::check(&moved, &moved.clone());
        assert_eq!(
            arrival.words(),
            "Everything arrived: 2 children, 5 days and 2 plans."
        );
    }

    #[test]
    fn says_what_did_not_arrive() {
        let moved = diary(vec![
            child("a", "Sam", 3, true),
            child("b", "Alex", 2, false),
        ]);
        let here = diary(vec![child("a", "Sam", 1, false)]);
        let Arrival::Missing(lines) = Arrival::check(&moved, &here) else {
            panic!("should miss some");
        };
        assert_eq!(
            lines,
            vec![
                "Sam: 2 of 3 days are not here.".to_string(),
                "Sam's plan is not here.".into(),
                "Alex is not here.".into()
            ]
        );
    }
}
