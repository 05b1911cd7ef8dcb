//! Changing a ladder: adding, reordering, replacing and removing its steps and their sub-steps,
//! recording tries, and undoing a removal. Changes to the plan as a whole (its ladders and reviews)
//! are in `edits.rs`.
//!
//! These are methods on the types in [`crate::domain::plan`], which keep their saved shape. None of them
//! changes a step's state (not started, trying, done, paused): only the parent does that, so the app
//! never moves a child up a step by itself.
//!
//! A ladder's steps are listed from the easiest (index 0, shown first) to the hardest.

use crate::domain::checks::{check_date, check_rating, check_text, limits, Problem};
use crate::domain::plan::{Attempt, Ladder, Step, StepState, Who};

/// Which way to move a step in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards the start of the list: earlier, easier (index − 1).
    Up,
    /// Towards the end of the list: later, harder (index + 1).
    Down,
}

impl Who {
    /// The words a parent sees.
    pub fn label(self) -> &'static str {
        match self {
            Who::Child => "Child",
            Who::Parent => "Parent",
            Who::School => "School",
            Who::Other => "Someone else",
        }
    }
}

impl StepState {
    /// The words a parent sees.
    pub fn label(self) -> &'static str {
        match self {
            StepState::NotStarted => "Not started",
            StepState::Trying => "Trying",
            StepState::Done => "Done",
            StepState::Paused => "Paused",
        }
    }
}

// Shared by steps on a ladder and sub-steps of a step, which are reordered the same way.

/// The step is no longer where the screen showed it (moved or removed, perhaps in another tab).
fn step_gone() -> Problem {
    Problem::new(
        "steps",
        "That step is no longer there (perhaps changed in another tab). Nothing was changed.",
    )
}

fn move_one(list: &mut [Step], index: usize, direction: Direction) -> Result<(), Problem> {
    let other = match direction {
        Direction::Up => index.checked_sub(1),
        Direction::Down => index.checked_add(1),
    };
    match other {
        Some(other) if index < list.len() && other < list.len() => {
            list.swap(index, other);
            Ok(())
        }
        _ if index < list.len() => Err(Problem::new(
            "steps",
            match direction {
                Direction::Up => "That step is already at the top.",
                Direction::Down => "That step is already at the bottom.",
            },
        )),
        _ => Err(step_gone()),
    }
}

fn move_to(list: &mut Vec<Step>, from: usize, to: usize) -> Result<(), Problem> {
    if from >= list.len() {
        return Err(step_gone());
    }
    // A drop past the end means "last".
    let to = to.min(list.len() - 1);
    let step = list.remove(from);
    list.insert(to, step);
    Ok(())
}

fn remove_by_id(list: &mut Vec<Step>, id: &str) -> Result<(usize, Step), Problem> {
    let index = list
        .iter()
        .position(|s| s.id == id)
        .ok_or_else(|| Problem::new("steps", "That step was already removed."))?;
    Ok((index, list.remove(index)))
}

fn restore_at(list: &mut Vec<Step>, index: usize, step: Step, most: usize) -> Result<(), Problem> {
    // Undo pressed twice must not make two copies of the step.
    if list.iter().any(|s| s.id == step.id) {
        return Err(Problem::new("steps", "That step is already back."));
    }
    if list.len() >= most {
        return Err(Problem::new(
            "steps",
            format!("It was not put back: this already holds {most} steps, the most it can keep. Remove one first."),
        ));
    }
    list.insert(index.min(list.len()), step);
    Ok(())
}

/// Checks a step's own words and rating before it joins a plan.
fn check_step_fields(step: &Step) -> Result<(), Problem> {
    check_text("what", &step.what, limits::SHORT_CHARS)?;
    check_rating("rating", step.rating)?;
    check_text("when_where", &step.when_where, limits::SHORT_CHARS)?;
    check_text("support", &step.support, limits::SHORT_CHARS)
}

impl Ladder {
    /// Moves one step up or down by one place. Refused in words when it is already at that end, or
    /// there is no step at `index`.
    pub fn move_step(&mut self, index: usize, direction: Direction) -> Result<(), Problem> {
        move_one(&mut self.steps, index, direction)
    }

    /// Moves a step to a new place (drag and drop): it ends up at index `to`; a `to` past the end
    /// means last. Refused, and nothing changes, when there is no step at `from`.
    pub fn move_step_to(&mut self, from: usize, to: usize) -> Result<(), Problem> {
        move_to(&mut self.steps, from, to)
    }

    /// Puts the steps in the order of the child's ratings, easiest first. Steps with equal ratings
    /// keep their order; steps the child has not rated go to the end, in the order they were.
    /// Refused, with nothing changed, when no step has a rating yet (there is no order to follow).
    pub fn order_by_rating(&mut self) -> Result<(), Problem> {
        if self.steps.is_empty() {
            return Err(Problem::new("steps", "This ladder has no steps yet."));
        }
        if self.steps.iter().all(|s| s.rating.is_none()) {
            return Err(Problem::new(
                "steps",
                "None of these steps has a rating yet: rate them first (0 to 10, how hard each feels).",
            ));
        }
        // A stable sort; u16 so "unrated" sorts after every rating from 0 to 255.
        self.steps
            .sort_by_key(|s| s.rating.map_or(u16::MAX, u16::from));
        Ok(())
    }

    /// Adds a step at the end (the hardest so far); refused past the most steps a ladder holds.
    pub fn add_step(&mut self, mut step: Step) -> Result<(), Problem> {
        if self.steps.len() >= limits::STEPS_PER_LADDER {
            return Err(Problem::new(
                "steps",
                format!(
                    "This ladder already has {} steps, the most it can hold. A second ladder may help.",
                    limits::STEPS_PER_LADDER
                ),
            ));
        }
        check_step_fields(&step)?;
        // Re-adding any sub-steps one by one applies the same checks as adding them later.
        for sub_step in std::mem::take(&mut step.sub_steps) {
            step.add_sub_step(sub_step)?;
        }
        self.steps.push(step);
        Ok(())
    }

    /// Replaces a step after the parent changed it, checked as a new step is; refused when the step
    /// is no longer on this ladder (removed meanwhile, perhaps in another tab).
    pub fn replace_step(&mut self, step: Step) -> Result<(), Problem> {
        check_step_fields(&step)?;
        let kept = self
            .steps
            .iter_mut()
            .find(|s| s.id == step.id)
            .ok_or_else(|| Problem::new("steps", "That step is no longer on this ladder."))?;
        *kept = step;
        Ok(())
    }

    /// Takes a step (with its sub-steps and tries) off the ladder; keep the answer to undo.
    pub fn remove_step(&mut self, id: &str) -> Result<(usize, Step), Problem> {
        remove_by_id(&mut self.steps, id)
    }

    /// Undo of [`Ladder::remove_step`]: puts the step back where it was (or last, if the ladder has
    /// since got shorter). Refused, and nothing changes, when a step with that id is already here
    /// or the ladder is full.
    pub fn restore_step(&mut self, index: usize, step: Step) -> Result<(), Problem> {
        restore_at(&mut self.steps, index, step, limits::STEPS_PER_LADDER)
    }

    /// Adds a sub-step to the step with id `step_id` on this ladder. Only steps on the ladder itself
    /// are looked at, so a sub-step never gets sub-steps of its own.
    pub fn add_sub_step(&mut self, step_id: &str, sub_step: Step) -> Result<(), Problem> {
        let step = self
            .steps
            .iter_mut()
            .find(|s| s.id == step_id)
            .ok_or_else(|| Problem::new("steps", "That step is no longer on this ladder."))?;
        step.add_sub_step(sub_step)
    }
}

fn check_sub_step(sub_step: &Step) -> Result<(), Problem> {
    if !sub_step.sub_steps.is_empty() {
        return Err(Problem::new(
            "sub_steps",
            "A sub-step cannot have sub-steps of its own.",
        ));
    }
    check_step_fields(sub_step)
}

impl Step {
    /// Adds a smaller step inside this one, at the end. Sub-steps go one level deep only: refused
    /// when the new sub-step has sub-steps of its own, when this step is full, or when its words or
    /// rating are out of bounds. (Call it on a step that sits on a ladder, or use
    /// [`Ladder::add_sub_step`], which makes sure of that.)
    pub fn add_sub_step(&mut self, sub_step: Step) -> Result<(), Problem> {
        if self.sub_steps.len() >= limits::SUB_STEPS {
            return Err(Problem::new(
                "sub_steps",
                format!(
                    "This step already has {} smaller steps, the most it can hold.",
                    limits::SUB_STEPS
                ),
            ));
        }
        check_sub_step(&sub_step)?;
        if sub_step.id == self.id || self.sub_steps.iter().any(|s| s.id == sub_step.id) {
            return Err(Problem::new(
                "sub_steps",
                "This smaller step is already here.",
            ));
        }
        self.sub_steps.push(sub_step);
        Ok(())
    }

    /// Moves a sub-step up or down by one place; refused at the ends or with no sub-step there.
    pub fn move_sub_step(&mut self, index: usize, direction: Direction) -> Result<(), Problem> {
        move_one(&mut self.sub_steps, index, direction)
    }

    /// Takes a sub-step out; keep the answer to undo.
    pub fn remove_sub_step(&mut self, id: &str) -> Result<(usize, Step), Problem> {
        remove_by_id(&mut self.sub_steps, id)
    }

    /// Undo of [`Step::remove_sub_step`]; refused when a sub-step with that id is already here or
    /// the step holds the most sub-steps it can.
    pub fn restore_sub_step(&mut self, index: usize, sub_step: Step) -> Result<(), Problem> {
        restore_at(&mut self.sub_steps, index, sub_step, limits::SUB_STEPS)
    }

    /// Records one try at this step, kept in date order (tries on the same date keep the order
    /// they were recorded in). The step's state is left as it is: the parent decides when a step is
    /// done. Refused when a worry rating is above 10, the date is out of range, the note is too
    /// long, the id is already used here, the step holds the most tries it can, or nothing at all
    /// was noted (no worry rating and nothing about what helped).
    pub fn record_attempt(&mut self, attempt: Attempt) -> Result<(), Problem> {
        if attempt.worry_before.is_none()
            && attempt.worry_highest.is_none()
            && attempt.worry_after.is_none()
            && attempt.what_helped.trim().is_empty()
        {
            return Err(Problem::new(
                "attempts",
                "Nothing is noted about this try yet: choose a worry rating (before, the highest during, or after) or write what helped, then save it.",
            ));
        }
        if self.attempts.len() >= limits::ATTEMPTS_PER_STEP {
            return Err(Problem::new(
                "attempts",
                format!(
                    "This step already holds {} tries, the most it can keep.",
                    limits::ATTEMPTS_PER_STEP
                ),
            ));
        }
        check_rating("worry_before", attempt.worry_before)?;
        check_rating("worry_highest", attempt.worry_highest)?;
        check_rating("worry_after", attempt.worry_after)?;
        check_date("date", attempt.date)?;
        check_text("what_helped", &attempt.what_helped, limits::SHORT_CHARS)?;
        if self.attempts.iter().any(|a| a.id == attempt.id) {
            return Err(Problem::new("attempts", "This try is already recorded."));
        }
        let at = self.attempts.partition_point(|a| a.date <= attempt.date);
        self.attempts.insert(at, attempt);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(id: &str, rating: Option<u8>) -> Step {
        Step {
            rating,
            ..Step::new(id, format!("step {id}"))
        }
    }

    fn ids(steps: &[Step]) -> Vec<&str> {
        steps.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn order_by_rating_keeps_ties_and_unrated_in_place() {
        let mut ladder = Ladder {
            id: "l".into(),
            title: "Going in".into(),
            steps: vec![
                step("u1", None),
                step("a", Some(5)),
                step("b", Some(2)),
                step("u2", None),
                step("c", Some(5)),
            ],
        };
        ladder.order_by_rating().unwrap();
        assert_eq!(ids(&ladder.steps), ["b", "a", "c", "u1", "u2"]);
    }

    #[test]
    fn ordering_with_no_rating_yet_is_refused_and_changes_nothing() {
        let mut ladder = Ladder {
            id: "l".into(),
            title: "Going in".into(),
            steps: vec![step("u1", None), step("u2", None)],
        };
        let before = ladder.clone();
        let refused = ladder.order_by_rating().unwrap_err();
        assert!(
            refused.reason.contains("rate them first"),
            "{}",
            refused.reason
        );
        assert_eq!(ladder, before);
        ladder.steps.clear();
        assert!(
            ladder.order_by_rating().is_err(),
            "an empty ladder has nothing to order"
        );
    }
}
