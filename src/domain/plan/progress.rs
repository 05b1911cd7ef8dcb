//! How far each stage of the plan has got, in the words on the Plan screen's cards.

use crate::domain::dates::long_date;
use crate::domain::plan::Plan;
use crate::domain::plan::PlanStage;
use crate::domain::words::plural;

/// A stage's progress: "Started" or "Not started yet" for understanding; "No steps yet", "1 step",
/// "4 steps" for the steps on every ladder (smaller steps not counted); "No reviews yet",
/// "1 review", "3 reviews" for reviews.
pub fn progress(plan: &Plan, stage: PlanStage) -> String {
    match stage {
        PlanStage::Understanding => {
            let started = !plan.voice.what_is_hard.is_empty()
                || !plan.parent_view.is_empty()
                || !plan.voice.worries.is_empty();
            if started {
                "Started"
            } else {
                "Not started yet"
            }
            .into()
        }
        PlanStage::Steps => match plan.ladders.iter().map(|l| l.steps.len()).sum::<usize>() {
            0 => "No steps yet".into(),
            n => plural(n, "step", "steps"),
        },
        PlanStage::Review => match plan.reviews.len() {
            0 => "No reviews yet".into(),
            n => plural(n, "review", "reviews"),
        },
    }
}

/// "Next review: 30 November 2026." or "No review date set yet."
pub fn next_review_words(plan: &Plan) -> String {
    plan.next_review
        .map_or("No review date set yet.".to_string(), |d| {
            format!("Next review: {}.", long_date(d))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Ladder, Review, Step};
    use chrono::NaiveDate;

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    fn ladder(id: &str, steps: usize) -> Ladder {
        Ladder {
            id: id.into(),
            title: "Mornings".into(),
            steps: (0..steps)
                .map(|i| Step::new(format!("{id}-{i}"), "Walk to the gate"))
                .collect(),
        }
    }

    fn review(id: &str) -> Review {
        Review {
            id: id.into(),
            date: date(2),
            went_well: String::new(),
            was_hard: String::new(),
            changes: String::new(),
            next_steps: String::new(),
            next_review: None,
        }
    }

    #[test]
    fn an_empty_plan_has_not_started_anything() {
        let plan = Plan::default();
        assert_eq!(progress(&plan, PlanStage::Understanding), "Not started yet");
        assert_eq!(progress(&plan, PlanStage::Steps), "No steps yet");
        assert_eq!(progress(&plan, PlanStage::Review), "No reviews yet");
        assert_eq!(next_review_words(&plan), "No review date set yet.");
    }

    #[test]
    fn understanding_is_started_by_what_is_hard_the_parents_view_or_a_worry() {
        let mut hard = Plan::default();
        hard.voice.what_is_hard = "The noise".into();
        let view = Plan {
            parent_view: "Mornings are hard".into(),
            ..Plan::default()
        };
        let mut worry = Plan::default();
        worry.voice.worries.push("Lunchtime".into());
        for plan in [hard, view, worry] {
            assert_eq!(progress(&plan, PlanStage::Understanding), "Started");
        }
    }

    #[test]
    fn understanding_is_not_started_by_other_answers() {
        let mut plan = Plan {
            strengths: "Kind".into(),
            ..Plan::default()
        };
        plan.voice.what_is_good = "Art".into();
        assert_eq!(progress(&plan, PlanStage::Understanding), "Not started yet");
    }

    #[test]
    fn steps_count_every_ladder_but_not_smaller_steps() {
        let mut plan = Plan::default();
        plan.ladders.push(ladder("a", 0));
        assert_eq!(progress(&plan, PlanStage::Steps), "No steps yet");
        plan.ladders.push(ladder("b", 1));
        assert_eq!(progress(&plan, PlanStage::Steps), "1 step");
        plan.ladders[1].steps[0]
            .sub_steps
            .push(Step::new("b-0-a", "Put on the uniform"));
        assert_eq!(progress(&plan, PlanStage::Steps), "1 step");
        plan.ladders.push(ladder("c", 3));
        assert_eq!(progress(&plan, PlanStage::Steps), "4 steps");
    }

    #[test]
    fn reviews_are_counted() {
        let mut plan = Plan::default();
        plan.reviews.push(review("r1"));
        assert_eq!(progress(&plan, PlanStage::Review), "1 review");
        plan.reviews.push(review("r2"));
        plan.reviews.push(review("r3"));
        assert_eq!(progress(&plan, PlanStage::Review), "3 reviews");
    }

    #[test]
    fn the_next_review_is_a_long_date() {
        let plan = Plan {
            next_review: Some(date(30)),
            ..Plan::default()
        };
        assert_eq!(next_review_words(&plan), "Next review: 30 November 2026.");
    }
}
