//! Checking a child's plan: the child's voice, what was tried, the ladders and their steps,
//! adjustments and reviews.

use super::Checker;
use crate::domain::checks::{check_rating, limits, Problem};
use crate::domain::plan::child_ratings::MOST_CHILD_RATINGS;
use crate::domain::plan::{KeepInTouch, Plan, Step};

impl Checker {
    pub(super) fn list(&mut self, p: &str, items: &[String], max_chars: usize) {
        self.count(|| p.to_string(), items.len(), limits::LIST_ITEMS, "items");
        for (i, item) in items.iter().enumerate() {
            self.text(|| format!("{p}[{i}]"), item, max_chars);
        }
    }

    pub(super) fn plan(&mut self, p: &str, plan: &Plan) {
        let v = &plan.voice;
        self.text(
            || format!("{p}.voice.what_is_hard"),
            &v.what_is_hard,
            limits::LONG_CHARS,
        );
        self.text(
            || format!("{p}.voice.what_is_good"),
            &v.what_is_good,
            limits::LONG_CHARS,
        );
        self.list(
            &format!("{p}.voice.worries"),
            &v.worries,
            limits::SHORT_CHARS,
        );
        self.list(
            &format!("{p}.voice.best_things"),
            &v.best_things,
            limits::SHORT_CHARS,
        );
        self.text(
            || format!("{p}.voice.ideal_school"),
            &v.ideal_school,
            limits::LONG_CHARS,
        );
        for (name, text) in [
            ("parent_view", &plan.parent_view),
            ("strengths", &plan.strengths),
            ("trusted_people", &plan.trusted_people),
            ("goal", &plan.goal),
            ("key_adult", &plan.key_adult),
            ("contact_arrangements", &plan.contact_arrangements),
            ("celebration", &plan.celebration),
            ("bad_day_plan", &plan.bad_day_plan),
            ("questions", &plan.questions),
            ("requests", &plan.requests),
        ] {
            self.text(|| format!("{p}.{name}"), text, limits::LONG_CHARS);
        }
        self.count(
            || format!("{p}.tried"),
            plan.tried.len(),
            limits::LIST_ITEMS,
            "things tried",
        );
        for (i, tried) in plan.tried.iter().enumerate() {
            self.text(
                || format!("{p}.tried[{i}].what"),
                &tried.what,
                limits::SHORT_CHARS,
            );
            self.text(
                || format!("{p}.tried[{i}].how_it_went"),
                &tried.how_it_went,
                limits::SHORT_CHARS,
            );
        }
        self.count(
            || format!("{p}.professionals"),
            plan.professionals.len(),
            limits::LIST_ITEMS,
            "professionals",
        );
        for (i, pro) in plan.professionals.iter().enumerate() {
            self.text(
                || format!("{p}.professionals[{i}].name"),
                &pro.name,
                limits::NAME_CHARS,
            );
            self.text(
                || format!("{p}.professionals[{i}].role"),
                &pro.role,
                limits::NAME_CHARS,
            );
            self.text(
                || format!("{p}.professionals[{i}].contact"),
                &pro.contact,
                limits::SHORT_CHARS,
            );
        }
        self.count(
            || format!("{p}.ladders"),
            plan.ladders.len(),
            limits::LADDERS,
            "ladders",
        );
        for (i, ladder) in plan.ladders.iter().enumerate() {
            let lp = format!("{p}.ladders[{i}]");
            self.id(|| format!("{lp}.id"), &ladder.id);
            self.text(|| format!("{lp}.title"), &ladder.title, limits::NAME_CHARS);
            self.count(
                || format!("{lp}.steps"),
                ladder.steps.len(),
                limits::STEPS_PER_LADDER,
                "steps",
            );
            for (j, step) in ladder.steps.iter().enumerate() {
                self.step(&format!("{lp}.steps[{j}]"), step, true);
            }
        }
        self.count(
            || format!("{p}.adjustments"),
            plan.adjustments.len(),
            crate::domain::plan::adjustments::MOST_ADJUSTMENTS,
            "adjustments",
        );
        for (i, adj) in plan.adjustments.iter().enumerate() {
            // Every field is named, so a new one does not compile until it is checked here.
            let crate::domain::plan::Adjustment {
                what,
                agreed: _,
                in_place_since,
                how_it_is_going: _,
                going_note,
            } = adj;
            self.text(
                || format!("{p}.adjustments[{i}].what"),
                what,
                limits::SHORT_CHARS,
            );
            if let Some(since) = *in_place_since {
                self.date(|| format!("{p}.adjustments[{i}].in_place_since"), since);
            }
            self.text(
                || format!("{p}.adjustments[{i}].going_note"),
                going_note,
                limits::SHORT_CHARS,
            );
        }
        self.count(
            || format!("{p}.reviews"),
            plan.reviews.len(),
            limits::REVIEWS,
            "reviews",
        );
        for (i, review) in plan.reviews.iter().enumerate() {
            let rp = format!("{p}.reviews[{i}]");
            self.id(|| format!("{rp}.id"), &review.id);
            self.date(|| format!("{rp}.date"), review.date);
            for (name, text) in [
                ("went_well", &review.went_well),
                ("was_hard", &review.was_hard),
                ("changes", &review.changes),
                ("next_steps", &review.next_steps),
            ] {
                self.text(|| format!("{rp}.{name}"), text, limits::LONG_CHARS);
            }
            if let Some(next) = review.next_review {
                self.date(|| format!("{rp}.next_review"), next);
            }
        }
        if let Some(next) = plan.next_review {
            self.date(|| format!("{p}.next_review"), next);
        }
        if let Some(every) = plan.keep_in_touch {
            if let Err(problem) = KeepInTouch::new(every.times, every.per) {
                self.record(Err(Problem::new(
                    format!("{p}.keep_in_touch.times"),
                    problem.reason,
                )));
            }
        }
    }

    pub(super) fn step(&mut self, p: &str, step: &Step, may_have_sub_steps: bool) {
        self.id(|| format!("{p}.id"), &step.id);
        self.text(|| format!("{p}.what"), &step.what, limits::SHORT_CHARS);
        self.record(check_rating(&format!("{p}.rating"), step.rating));
        self.text(
            || format!("{p}.when_where"),
            &step.when_where,
            limits::SHORT_CHARS,
        );
        self.text(
            || format!("{p}.support"),
            &step.support,
            limits::SHORT_CHARS,
        );
        if !may_have_sub_steps && !step.sub_steps.is_empty() {
            self.record(Err(Problem::new(
                format!("{p}.sub_steps"),
                "A sub-step cannot have sub-steps of its own.",
            )));
        }
        self.count(
            || format!("{p}.sub_steps"),
            step.sub_steps.len(),
            limits::SUB_STEPS,
            "sub-steps",
        );
        for (i, sub) in step.sub_steps.iter().enumerate() {
            self.step(&format!("{p}.sub_steps[{i}]"), sub, false);
        }
        self.count(
            || format!("{p}.attempts"),
            step.attempts.len(),
            limits::ATTEMPTS_PER_STEP,
            "attempts",
        );
        for (i, attempt) in step.attempts.iter().enumerate() {
            let ap = format!("{p}.attempts[{i}]");
            self.id(|| format!("{ap}.id"), &attempt.id);
            self.date(|| format!("{ap}.date"), attempt.date);
            self.record(check_rating(
                &format!("{ap}.worry_before"),
                attempt.worry_before,
            ));
            self.record(check_rating(
                &format!("{ap}.worry_highest"),
                attempt.worry_highest,
            ));
            self.record(check_rating(
                &format!("{ap}.worry_after"),
                attempt.worry_after,
            ));
            self.text(
                || format!("{ap}.what_helped"),
                &attempt.what_helped,
                limits::SHORT_CHARS,
            );
        }
        self.count(
            || format!("{p}.child_ratings"),
            step.child_ratings.len(),
            MOST_CHILD_RATINGS,
            "ratings by the child",
        );
        for (i, rating) in step.child_ratings.iter().enumerate() {
            let rp = format!("{p}.child_ratings[{i}]");
            self.id(|| format!("{rp}.id"), &rating.id);
            self.date(|| format!("{rp}.date"), rating.date);
            self.record(check_rating(&format!("{rp}.rating"), Some(rating.rating)));
        }
    }
}
