//! Stage 3, reviewing the plan: how each step is going, and which steps might be broken down.
//!
//! The guidance (Buckinghamshire EBSA graded approach; Devon County Council EBSA guidance) is to
//! break a stalled step into smaller ones rather than push harder. This module only *suggests*
//! that. **The app never moves a child up a step by itself: no function here changes a step's
//! state.** Marking a step done, or trying the next one, is always the parent's and child's call.

use chrono::NaiveDate;

use crate::domain::plan::{Attempt, Plan, Step, StepState};

/// How a step is going, from its tries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// How many tries are recorded.
    pub attempts: usize,
    /// How many of them eased the worry (see [`eased_the_worry`]).
    pub eased: usize,
    /// The worry after the most recent try that has one (the latest date; on the same date, the
    /// one recorded last).
    pub last_worry_after: Option<u8>,
}

/// A try "eased the worry" when the worry after was lower than the worry before, both given.
pub fn eased_the_worry(attempt: &Attempt) -> bool {
    matches!((attempt.worry_before, attempt.worry_after), (Some(before), Some(after)) if after < before)
}

/// How a step is going. Only this step's own tries count, not its sub-steps'.
pub fn step_progress(step: &Step) -> Progress {
    // Tries are kept in date order by `Step::record_attempt`, but a file may hold them in any
    // order, so the latest is found by date; `max_by_key` keeps the last of equal dates.
    let last_worry_after = step
        .attempts
        .iter()
        .filter(|a| a.worry_after.is_some())
        .max_by_key(|a| a.date)
        .and_then(|a| a.worry_after);
    Progress {
        attempts: step.attempts.len(),
        eased: step.attempts.iter().filter(|a| eased_the_worry(a)).count(),
        last_worry_after,
    }
}

/// A step that might be too big for now: the plan can suggest breaking it into smaller steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StalledStep {
    pub ladder_id: String,
    pub step_id: String,
    /// The step in the parent's words.
    pub what: String,
    /// How many tries fall in the window the rule looks at (0 when it has not been tried).
    pub tries_in_window: usize,
}

impl StalledStep {
    /// The suggestion in plain words: never blame, never an instruction.
    pub fn suggestion(&self) -> String {
        if self.tries_in_window == 0 {
            format!(
                "\u{201c}{}\u{201d} has not been tried across the last two reviews. It may be too big \
                 a step for now. You could break it into smaller steps together.",
                self.what
            )
        } else {
            format!(
                "\u{201c}{}\u{201d} has not felt easier across the last two reviews. It may be too big \
                 a step for now. You could break it into smaller steps together.",
                self.what
            )
        }
    }
}

/// The dates the stalled-step rule looks at: after the review before the last two (`None` when
/// there are exactly two reviews, meaning from the beginning) up to and including the latest
/// review. `None` when there are fewer than two reviews. Reviews may be in any order.
pub fn review_window(plan: &Plan) -> Option<(Option<NaiveDate>, NaiveDate)> {
    let mut dates: Vec<NaiveDate> = plan.reviews.iter().map(|r| r.date).collect();
    if dates.len() < 2 {
        return None;
    }
    dates.sort_unstable();
    let latest = dates[dates.len() - 1];
    let start = dates.len().checked_sub(3).map(|i| dates[i]);
    Some((start, latest))
}

/// Steps that might be broken down into smaller ones. A step is suggested when all of these hold:
///
/// 1. the plan has at least two reviews (before that there is too little to go on);
/// 2. the step sits on a ladder (sub-steps are not looked at: the app keeps sub-steps one level
///    deep, so one cannot be broken down further; the parent can add another sub-step instead);
/// 3. it is not done and not paused (a pause is the parent's own decision; the rule respects it);
/// 4. it has no sub-steps yet (it has already been broken down);
/// 5. the child is on it: it is marked "trying", or it has tries recorded, or it is the first step
///    on its ladder that is not done. (Harder steps further up that nobody has reached yet are not
///    stalled, they are simply waiting.)
/// 6. no try in the window (see [`review_window`]) eased the worry; a try after the latest review
///    that eased the worry also counts, since it is progress the next review will see. A step
///    with no tries at all in the window is suggested too: not getting to try is a sign it is big.
///
/// Steps carry no date they were added, so a step added since the last review may be suggested
/// early; it is only a suggestion, worded without blame.
pub fn stalled_steps(plan: &Plan) -> Vec<StalledStep> {
    let Some((start, latest)) = review_window(plan) else {
        return Vec::new();
    };
    let after_start = |a: &&Attempt| start.is_none_or(|s| a.date > s);
    let mut stalled = Vec::new();
    for ladder in &plan.ladders {
        let first_not_done = ladder.steps.iter().position(|s| s.state != StepState::Done);
        for (index, step) in ladder.steps.iter().enumerate() {
            let open = !matches!(step.state, StepState::Done | StepState::Paused);
            let on_it = step.state == StepState::Trying
                || !step.attempts.is_empty()
                || Some(index) == first_not_done;
            if !open || !step.sub_steps.is_empty() || !on_it {
                continue;
            }
            let since_start = || step.attempts.iter().filter(after_start);
            if since_start().any(eased_the_worry) {
                continue;
            }
            stalled.push(StalledStep {
                ladder_id: ladder.id.clone(),
                step_id: step.id.clone(),
                what: step.what.clone(),
                tries_in_window: since_start().filter(|a| a.date <= latest).count(),
            });
        }
    }
    stalled
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Ladder, Review};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 10, d).unwrap()
    }

    fn attempt(d: u32, before: Option<u8>, after: Option<u8>) -> Attempt {
        Attempt {
            id: format!("a{d}"),
            date: day(d),
            worry_before: before,
            worry_highest: None,
            worry_after: after,
            what_helped: String::new(),
        }
    }

    fn review(d: u32) -> Review {
        Review {
            id: format!("r{d}"),
            date: day(d),
            went_well: String::new(),
            was_hard: String::new(),
            changes: String::new(),
            next_steps: String::new(),
            next_review: None,
        }
    }

    fn plan_with(state: StepState, attempts: Vec<Attempt>, reviews: &[u32]) -> Plan {
        let step = Step {
            id: "s1".into(),
            what: "Walk to the gate".into(),
            rating: Some(3),
            who: Vec::new(),
            when_where: String::new(),
            support: String::new(),
            state,
            sub_steps: Vec::new(),
            attempts,
            child_ratings: Vec::new(),
        };
        Plan {
            ladders: vec![Ladder {
                id: "l1".into(),
                title: "Getting there".into(),
                steps: vec![step],
            }],
            reviews: reviews.iter().map(|&d| review(d)).collect(),
            ..Plan::default()
        }
    }

    #[test]
    fn progress_counts_tries_and_easing() {
        let plan = plan_with(
            StepState::Trying,
            vec![
                attempt(2, Some(8), Some(5)),
                attempt(9, Some(6), Some(6)),
                attempt(5, Some(5), None),
            ],
            &[],
        );
        let progress = step_progress(&plan.ladders[0].steps[0]);
        assert_eq!(
            progress,
            Progress {
                attempts: 3,
                eased: 1,
                last_worry_after: Some(6)
            }
        );
    }

    #[test]
    fn only_tries_after_the_review_before_the_last_two_count() {
        // Reviews on 1st, 10th, 20th: the window is after the 1st, up to the 20th.
        let eased_on_review_day = vec![attempt(1, Some(8), Some(2))];
        let plan = plan_with(StepState::Trying, eased_on_review_day, &[20, 1, 10]);
        assert_eq!(review_window(&plan), Some((Some(day(1)), day(20))));
        assert_eq!(stalled_steps(&plan).len(), 1);
        let eased_after = vec![attempt(2, Some(8), Some(2))];
        assert!(stalled_steps(&plan_with(StepState::Trying, eased_after, &[1, 10, 20])).is_empty());
    }

    #[test]
    fn easing_after_the_latest_review_stops_the_suggestion() {
        let plan = plan_with(
            StepState::Trying,
            vec![attempt(25, Some(7), Some(4))],
            &[10, 20],
        );
        assert!(stalled_steps(&plan).is_empty());
    }

    #[test]
    fn paused_steps_and_steps_not_reached_are_left_alone() {
        let mut plan = plan_with(StepState::Paused, Vec::new(), &[10, 20]);
        assert!(stalled_steps(&plan).is_empty());
        plan.ladders[0].steps[0].state = StepState::NotStarted;
        let mut later = plan.ladders[0].steps[0].clone();
        later.id = "s2".into();
        plan.ladders[0].steps.push(later);
        let found: Vec<_> = stalled_steps(&plan)
            .into_iter()
            .map(|s| s.step_id)
            .collect();
        assert_eq!(found, ["s1"]);
    }
}
