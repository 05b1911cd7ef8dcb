//! Changing a plan as a whole: adding, removing and restoring ladders and reviews, finding a step on
//! any ladder, and marking a step as being tried when the parent chooses to.
//!
//! Like the changes within a ladder (in [`super::ladder`]), none of these moves a step on by itself:
//! [`Plan::mark_trying`] runs only when the parent asks.

use crate::domain::checks::{check_date, check_text, limits, Problem};
use crate::domain::plan::{Attempt, Ladder, Plan, Review, Step, StepState};

impl Plan {
    /// Marks a step (or sub-step) as being tried, because the parent chose to after recording a try.
    /// Only a step not started yet changes; one done or paused is left as the parent set it.
    pub fn mark_trying(&mut self, step_id: &str) -> Result<(), Problem> {
        let step = self
            .find_step_mut(step_id)
            .ok_or_else(|| Problem::new("steps", "That step is no longer in the plan."))?;
        if step.state == StepState::NotStarted {
            step.state = StepState::Trying;
        }
        Ok(())
    }

    /// Adds a ladder at the end; refused past the most ladders a plan holds.
    pub fn add_ladder(&mut self, ladder: Ladder) -> Result<(), Problem> {
        if self.ladders.len() >= limits::LADDERS {
            return Err(Problem::new(
                "ladders",
                format!(
                    "This plan already has {} ladders, the most it can hold.",
                    limits::LADDERS
                ),
            ));
        }
        check_text("title", &ladder.title, limits::NAME_CHARS)?;
        self.ladders.push(ladder);
        Ok(())
    }

    /// Takes a ladder (and all its steps) out of the plan; keep the answer to undo.
    pub fn remove_ladder(&mut self, id: &str) -> Result<(usize, Ladder), Problem> {
        let index = self
            .ladders
            .iter()
            .position(|l| l.id == id)
            .ok_or_else(|| Problem::new("ladders", "That ladder was already removed."))?;
        Ok((index, self.ladders.remove(index)))
    }

    /// Undo of [`Plan::remove_ladder`]: back where it was (or last). Refused when a ladder with
    /// that id is already here, or the plan holds the most ladders it can.
    pub fn restore_ladder(&mut self, index: usize, ladder: Ladder) -> Result<(), Problem> {
        if self.ladders.iter().any(|l| l.id == ladder.id) {
            return Err(Problem::new("ladders", "That ladder is already back."));
        }
        if self.ladders.len() >= limits::LADDERS {
            return Err(Problem::new(
                "ladders",
                format!("It was not put back: this plan already has {} ladders, the most it can hold. Remove one first.", limits::LADDERS),
            ));
        }
        self.ladders.insert(index.min(self.ladders.len()), ladder);
        Ok(())
    }

    /// Changes the ladder with this id with one of its own checked methods (`edit`); refused in
    /// words when it is no longer in the plan.
    pub fn edit_ladder(
        &mut self,
        id: &str,
        edit: impl FnOnce(&mut Ladder) -> Result<(), Problem>,
    ) -> Result<(), Problem> {
        let ladder = self
            .ladders
            .iter_mut()
            .find(|l| l.id == id)
            .ok_or_else(|| Problem::new("ladders", "That ladder is no longer in the plan."))?;
        edit(ladder)
    }

    /// Undo of [`Ladder::remove_step`] on the ladder `ladder_id` (see [`Ladder::restore_step`]).
    pub fn restore_step(
        &mut self,
        ladder_id: &str,
        index: usize,
        step: Step,
    ) -> Result<(), Problem> {
        if !self.ladders.iter().any(|l| l.id == ladder_id) {
            return Err(Problem::new(
                "ladders",
                "It was not put back: its ladder is no longer in the plan.",
            ));
        }
        self.edit_ladder(ladder_id, |ladder| ladder.restore_step(index, step))
    }

    /// Records one try at the step (or sub-step) `step_id`, on any ladder (see
    /// [`Step::record_attempt`]), and gives the step back to read; it never moves the step on.
    pub fn record_attempt(&mut self, step_id: &str, attempt: Attempt) -> Result<&Step, Problem> {
        let step = self
            .find_step_mut(step_id)
            .ok_or_else(|| Problem::new("step", "That step is no longer in the plan."))?;
        step.record_attempt(attempt)?;
        Ok(step)
    }

    /// Adds a review in date order (after any review on the same date), or replaces the review
    /// with the same id (an edit, which may move it). When it is the latest review and names a next
    /// review date, that becomes the plan's review date; an older review typed in later does not
    /// override the date agreed at a newer one.
    ///
    /// Refused when nothing is written in it (no text and no next review date), or when it breaks a
    /// rule the diary checks (dates, lengths).
    pub fn add_review(&mut self, review: Review) -> Result<(), Problem> {
        let texts = [
            &review.went_well,
            &review.was_hard,
            &review.changes,
            &review.next_steps,
        ];
        if texts.iter().all(|t| t.trim().is_empty()) && review.next_review.is_none() {
            return Err(Problem::new(
                "reviews",
                "Nothing is written in this review yet: write at least one line (what went well, what was hard, what will change or next steps), then save it.",
            ));
        }
        check_date("date", review.date)?;
        if let Some(next) = review.next_review {
            check_date("next_review", next)?;
        }
        for text in texts {
            check_text("review", text, limits::LONG_CHARS)?;
        }
        self.reviews.retain(|r| r.id != review.id);
        let at = self.reviews.partition_point(|r| r.date <= review.date);
        self.insert_review(at, review);
        Ok(())
    }

    /// Takes a review out; keep the answer to undo. If the plan's review date came from this
    /// review (the latest), it falls back to the date the review before it named, if any.
    pub fn remove_review(&mut self, id: &str) -> Result<(usize, Review), Problem> {
        let index = self
            .reviews
            .iter()
            .position(|r| r.id == id)
            .ok_or_else(|| Problem::new("reviews", "That review was already removed."))?;
        let review = self.reviews.remove(index);
        let was_latest = index == self.reviews.len();
        if was_latest && review.next_review.is_some() && self.next_review == review.next_review {
            self.next_review = self.reviews.last().and_then(|r| r.next_review);
        }
        Ok((index, review))
    }

    /// Undo of [`Plan::remove_review`]: back at `index`, or the nearest place that keeps date
    /// order; the plan's review date is set again as [`Plan::add_review`] does (so if the parent
    /// changed the review date in between, undo brings back the review's date). Refused when a
    /// review with that id is already here, or the plan holds the most reviews it can.
    pub fn restore_review(&mut self, index: usize, review: Review) -> Result<(), Problem> {
        if self.reviews.iter().any(|r| r.id == review.id) {
            return Err(Problem::new("reviews", "That review is already back."));
        }
        if self.reviews.len() >= limits::REVIEWS {
            return Err(Problem::new(
                "reviews",
                format!("It was not put back: this plan already holds {} reviews, the most it can keep.", limits::REVIEWS),
            ));
        }
        let first = self.reviews.partition_point(|r| r.date < review.date);
        let last = self.reviews.partition_point(|r| r.date <= review.date);
        self.insert_review(index.clamp(first, last), review);
        Ok(())
    }

    fn insert_review(&mut self, at: usize, review: Review) {
        let is_latest = at == self.reviews.len();
        if is_latest && review.next_review.is_some() {
            self.next_review = review.next_review;
        }
        self.reviews.insert(at, review);
    }

    /// The step or sub-step with this id, on any ladder.
    pub fn find_step(&self, id: &str) -> Option<&Step> {
        self.ladders
            .iter()
            .flat_map(|l| &l.steps)
            .flat_map(|s| std::iter::once(s).chain(&s.sub_steps))
            .find(|s| s.id == id)
    }

    /// The step or sub-step with this id, on any ladder, to change it.
    pub fn find_step_mut(&mut self, id: &str) -> Option<&mut Step> {
        for step in self.ladders.iter_mut().flat_map(|l| &mut l.steps) {
            if step.id == id {
                return Some(step);
            }
            if let Some(sub) = step.sub_steps.iter_mut().find(|s| s.id == id) {
                return Some(sub);
            }
        }
        None
    }
}
