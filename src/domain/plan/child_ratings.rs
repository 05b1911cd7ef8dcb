//! The child's own ratings of a step, on their own worry scale, each kept with its date: a
//! history, so the parent and the review can see a step getting easier over time. A rating is the
//! child's, given in the child's turn; the parent's own guess stays in [`Step::rating`].
//!
//! Source: DOMAIN.md, stage 2, "The child rates each step (0-10)" (Devon EBSA guidance).

use std::cmp::Ordering;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::checks::{check_date, check_rating, limits, Problem};
use crate::domain::dates::short_date;
use crate::domain::plan::{Plan, Step};

/// One rating the child gave a step, on a day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildRating {
    pub id: String,
    pub date: NaiveDate,
    /// 0 (not worried at all) to 10 (the most worried), on the child's own scale.
    pub rating: u8,
}

/// The most ratings one step keeps (as many as tries).
pub const MOST_CHILD_RATINGS: usize = limits::ATTEMPTS_PER_STEP;

impl Step {
    /// The child's latest rating, if any.
    pub fn latest_child_rating(&self) -> Option<&ChildRating> {
        self.child_ratings.last()
    }

    /// The child's first and latest ratings, when there are at least two on different days: how
    /// the step has moved in the child's eyes.
    pub fn child_rating_change(&self) -> Option<(&ChildRating, &ChildRating)> {
        let (first, last) = (self.child_ratings.first()?, self.child_ratings.last()?);
        (first.date < last.date).then_some((first, last))
    }
}

impl Step {
    /// The child's ratings of the step in words, oldest first, and how it has moved since the first
    /// (a lower number is a smaller worry): "8 on 3 Nov 2026, then 4 on 20 Nov 2026: easier now".
    /// `None` when the child has not rated it.
    pub fn child_ratings_words(&self) -> Option<String> {
        if self.child_ratings.is_empty() {
            return None;
        }
        let history: Vec<String> = self
            .child_ratings
            .iter()
            .map(|r| format!("{} on {}", r.rating, short_date(r.date)))
            .collect();
        let moved = self
            .child_rating_change()
            .map(|(first, last)| match last.rating.cmp(&first.rating) {
                Ordering::Less => ": easier now",
                Ordering::Greater => ": harder now",
                Ordering::Equal => ": the same as at first",
            })
            .unwrap_or_default();
        Some(format!("{}{moved}", history.join(", then ")))
    }
}

impl Plan {
    /// Each step (and sub-step) the child has rated, in the plan's order, as "what: ratings in
    /// words" ([`Step::child_ratings_words`]); steps not rated are left out.
    pub fn child_ratings_lines(&self) -> Vec<String> {
        self.ladders
            .iter()
            .flat_map(|l| &l.steps)
            .flat_map(|s| std::iter::once(s).chain(&s.sub_steps))
            .filter_map(|s| Some(format!("{}: {}", s.what, s.child_ratings_words()?)))
            .collect()
    }

    /// Keeps the child's rating of a step (or sub-step) on a day, in date order after any rating
    /// of the same day. Refused when the step is gone, the rating is past 10, the date out of
    /// range, the id already used, or the step holds the most ratings it can.
    pub fn rate_step_as_child(
        &mut self,
        step_id: &str,
        rating: ChildRating,
    ) -> Result<(), Problem> {
        check_rating("child_ratings.rating", Some(rating.rating))?;
        check_date("child_ratings.date", rating.date)?;
        let step = self
            .find_step_mut(step_id)
            .ok_or_else(|| Problem::new("child_ratings", "That step is no longer in the plan."))?;
        if step.child_ratings.len() >= MOST_CHILD_RATINGS {
            return Err(Problem::new(
                "child_ratings",
                format!(
                    "This step already holds {MOST_CHILD_RATINGS} ratings, the most it can keep."
                ),
            ));
        }
        if step.child_ratings.iter().any(|r| r.id == rating.id) {
            return Err(Problem::new(
                "child_ratings",
                "This rating is already kept.",
            ));
        }
        let at = step
            .child_ratings
            .partition_point(|r| r.date <= rating.date);
        step.child_ratings.insert(at, rating);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::Ladder;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn plan() -> Plan {
        let mut step = Step::new("s1", "Walk to the gate");
        step.sub_steps.push(Step::new("s1a", "Walk to the corner"));
        Plan {
            ladders: vec![Ladder {
                id: "l1".into(),
                title: "Mornings".into(),
                steps: vec![step],
            }],
            ..Plan::default()
        }
    }

    fn rating(id: &str, d: u32, r: u8) -> ChildRating {
        ChildRating {
            id: id.into(),
            date: date(d),
            rating: r,
        }
    }

    #[test]
    fn ratings_are_kept_in_date_order_and_show_the_change() {
        let mut plan = plan();
        plan.rate_step_as_child("s1", rating("r2", 20, 4)).unwrap();
        plan.rate_step_as_child("s1", rating("r1", 3, 8)).unwrap();
        plan.rate_step_as_child("s1a", rating("r3", 3, 2)).unwrap();
        let step = plan.find_step("s1").unwrap();
        let dates: Vec<_> = step.child_ratings.iter().map(|r| r.date).collect();
        assert_eq!(dates, [date(3), date(20)]);
        let (first, last) = step.child_rating_change().unwrap();
        assert_eq!((first.rating, last.rating), (8, 4));
        assert_eq!(step.latest_child_rating().unwrap().rating, 4);
        assert!(plan
            .find_step("s1a")
            .unwrap()
            .child_rating_change()
            .is_none());
    }

    #[test]
    fn the_ratings_in_words_say_whether_the_step_got_easier() {
        let mut plan = plan();
        assert_eq!(plan.find_step("s1").unwrap().child_ratings_words(), None);
        plan.rate_step_as_child("s1", rating("r1", 3, 8)).unwrap();
        let once = plan.find_step("s1").unwrap().child_ratings_words().unwrap();
        assert_eq!(once, format!("8 on {}", short_date(date(3))));
        plan.rate_step_as_child("s1", rating("r2", 20, 4)).unwrap();
        let step = plan.find_step("s1").unwrap();
        assert_eq!(
            step.child_ratings_words().unwrap(),
            format!(
                "8 on {}, then 4 on {}: easier now",
                short_date(date(3)),
                short_date(date(20))
            )
        );
        plan.rate_step_as_child("s1a", rating("r3", 3, 2)).unwrap();
        plan.rate_step_as_child("s1a", rating("r4", 9, 5)).unwrap();
        let smaller = plan
            .find_step("s1a")
            .unwrap()
            .child_ratings_words()
            .unwrap();
        assert!(smaller.ends_with(": harder now"), "{smaller}");
        // Two ratings on one day are not a change over time.
        let mut plan = super::tests::plan();
        plan.rate_step_as_child("s1", rating("r1", 3, 8)).unwrap();
        plan.rate_step_as_child("s1", rating("r2", 3, 2)).unwrap();
        let same_day = plan.find_step("s1").unwrap().child_ratings_words().unwrap();
        assert!(!same_day.contains("now"), "{same_day}");
    }

    #[test]
    fn the_plans_lines_name_each_rated_step_and_sub_step_only() {
        let mut plan = plan();
        assert!(plan.child_ratings_lines().is_empty());
        plan.rate_step_as_child("s1a", rating("r1", 3, 6)).unwrap();
        assert_eq!(
            plan.child_ratings_lines(),
            [format!("Walk to the corner: 6 on {}", short_date(date(3)))]
        );
    }

    #[test]
    fn a_bad_rating_a_gone_step_or_a_twice_kept_rating_is_refused() {
        let mut plan = plan();
        let refused = plan
            .rate_step_as_child("s1", rating("r1", 3, 11))
            .unwrap_err();
        assert!(refused.reason.contains("from 0 to 10"));
        let refused = plan
            .rate_step_as_child("gone", rating("r1", 3, 1))
            .unwrap_err();
        assert!(refused.reason.contains("no longer in the plan"));
        let old = ChildRating {
            date: NaiveDate::from_ymd_opt(1999, 1, 1).unwrap(),
            ..rating("r1", 3, 1)
        };
        assert!(plan.rate_step_as_child("s1", old).is_err());
        plan.rate_step_as_child("s1", rating("r1", 3, 1)).unwrap();
        let refused = plan
            .rate_step_as_child("s1", rating("r1", 4, 1))
            .unwrap_err();
        assert!(refused.reason.contains("already kept"));
        assert_eq!(plan.find_step("s1").unwrap().child_ratings.len(), 1);
        for n in 1..MOST_CHILD_RATINGS {
            plan.rate_step_as_child("s1", rating(&format!("more{n}"), 5, 2))
                .unwrap();
        }
        let refused = plan
            .rate_step_as_child("s1", rating("one-too-many", 6, 2))
            .unwrap_err();
        assert!(refused.reason.contains("the most it can keep"));
        assert_eq!(
            plan.find_step("s1").unwrap().child_ratings.len(),
            MOST_CHILD_RATINGS
        );
    }
}
