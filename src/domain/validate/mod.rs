//! Checks a whole diary (or one day record) against the rules in [`crate::domain::checks`], naming
//! every problem with its path.
//!
//! The same rules guard a save from a screen and a file being imported, so a backup made by the
//! app always imports back.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::domain::checks::{
    check_date, check_rating, check_text, earliest_date, latest_date, limits, Problem,
};
use crate::domain::diary::contacts::Contact;
use crate::domain::diary::day::DayRecord;
use crate::domain::diary::{Child, Diary};
use crate::domain::plan::{Plan, Step};

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

    fn date(&mut self, path: impl FnOnce() -> String, date: NaiveDate) {
        if date < earliest_date() || date > latest_date() {
            self.record(check_date(&path(), date));
        }
    }

    fn child(&mut self, p: &str, child: &Child) {
        // Every field is named, with no `..`: a field added to `Child` does not compile until it
        // is checked here too (or marked as needing no check).
        let Child {
            id,
            nickname,
            year_group,
            school,
            key_adult,
            full_name,
            date_of_birth,
            parent_contact,
            days,
            contacts,
            plan,
        } = child;
        self.id(|| format!("{p}.id"), id);
        if nickname.trim().is_empty() {
            self.record(Err(Problem::new(
                format!("{p}.nickname"),
                "Every child needs a name or nickname.",
            )));
        }
        self.text(|| format!("{p}.nickname"), nickname, limits::NAME_CHARS);
        self.text(|| format!("{p}.year_group"), year_group, limits::NAME_CHARS);
        self.text(|| format!("{p}.school"), school, limits::NAME_CHARS);
        self.text(|| format!("{p}.key_adult"), key_adult, limits::NAME_CHARS);
        self.text(|| format!("{p}.full_name"), full_name, limits::NAME_CHARS);
        if let Some(born) = *date_of_birth {
            self.date(|| format!("{p}.date_of_birth"), born);
        }
        self.text(
            || format!("{p}.parent_contact"),
            parent_contact,
            limits::NAME_CHARS,
        );
        self.count(
            || format!("{p}.days"),
            days.len(),
            limits::DAYS_PER_CHILD,
            "day records",
        );
        let mut seen = HashSet::with_capacity(days.len());
        for (i, day) in days.iter().enumerate() {
            let dp = format!("{p}.days[{i}]");
            if !seen.insert(day.date) {
                self.record(Err(Problem::new(
                    &dp,
                    format!("There are two records for {}; keep one.", day.date),
                )));
            }
            self.day(&dp, day);
        }
        self.count(
            || format!("{p}.contacts"),
            contacts.len(),
            limits::CONTACTS_PER_CHILD,
            "contacts",
        );
        for (i, contact) in contacts.iter().enumerate() {
            self.contact(&format!("{p}.contacts[{i}]"), contact);
        }
        self.plan(&format!("{p}.plan"), plan);
    }

    fn day(&mut self, p: &str, day: &DayRecord) {
        // Every field is named (see `child`); the statuses need no check beyond their type.
        let DayRecord {
            date,
            status: _,
            morning: _,
            afternoon: _,
            worries,
            signs,
            helped,
            harder,
            times,
            school_code,
            private_note,
        } = day;
        self.date(|| format!("{p}.date"), *date);
        self.count(
            || format!("{p}.worries"),
            worries.len(),
            limits::WORRIES_PER_DAY,
            "worries",
        );
        for (i, worry) in worries.iter().enumerate() {
            self.text(
                || format!("{p}.worries[{i}].words"),
                &worry.words,
                limits::SHORT_CHARS,
            );
            self.record(check_rating(
                &format!("{p}.worries[{i}].rating"),
                worry.rating,
            ));
        }
        self.count(
            || format!("{p}.signs"),
            signs.len(),
            limits::SIGNS_PER_DAY,
            "signs",
        );
        self.text(|| format!("{p}.helped"), helped, limits::SHORT_CHARS);
        self.text(|| format!("{p}.harder"), harder, limits::SHORT_CHARS);
        self.text(
            || format!("{p}.school_code"),
            school_code,
            limits::SCHOOL_CODE_CHARS,
        );
        self.text(
            || format!("{p}.private_note"),
            private_note,
            limits::LONG_CHARS,
        );
        let t = times;
        let in_order = [t.woke, t.left_home, t.arrived, t.collected]
            .iter()
            .flatten()
            .collect::<Vec<_>>()
            .windows(2)
            .all(|w| w[0] <= w[1]);
        if !in_order {
            self.record(Err(Problem::new(
                format!("{p}.times"),
                "The times are out of order: woke, left home, arrived, collected should come one after another.",
            )));
        }
    }

    fn contact(&mut self, p: &str, contact: &Contact) {
        self.id(|| format!("{p}.id"), &contact.id);
        self.date(|| format!("{p}.date"), contact.date);
        self.text(
            || format!("{p}.with_whom"),
            &contact.with_whom,
            limits::NAME_CHARS,
        );
        self.text(|| format!("{p}.said"), &contact.said, limits::LONG_CHARS);
        self.count(
            || format!("{p}.actions"),
            contact.actions.len(),
            limits::ACTIONS_PER_CONTACT,
            "actions",
        );
        for (i, action) in contact.actions.iter().enumerate() {
            let ap = format!("{p}.actions[{i}]");
            self.id(|| format!("{ap}.id"), &action.id);
            self.text(|| format!("{ap}.what"), &action.what, limits::SHORT_CHARS);
            self.text(|| format!("{ap}.who"), &action.who, limits::NAME_CHARS);
            if let Some(by) = action.by {
                self.date(|| format!("{ap}.by"), by);
            }
        }
    }

    fn list(&mut self, p: &str, items: &[String], max_chars: usize) {
        self.count(|| p.to_string(), items.len(), limits::LIST_ITEMS, "items");
        for (i, item) in items.iter().enumerate() {
            self.text(|| format!("{p}[{i}]"), item, max_chars);
        }
    }

    fn plan(&mut self, p: &str, plan: &Plan) {
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
            self.text(
                || format!("{p}.adjustments[{i}].what"),
                &adj.what,
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
    }

    fn step(&mut self, p: &str, step: &Step, may_have_sub_steps: bool) {
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
                &format!("{ap}.worry_after"),
                attempt.worry_after,
            ));
            self.text(
                || format!("{ap}.what_helped"),
                &attempt.what_helped,
                limits::SHORT_CHARS,
            );
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
    checker.day("", day);
    for problem in &mut checker.problems {
        problem.path = problem.path.trim_start_matches('.').to_string();
    }
    checker.problems
}

#[cfg(test)]
mod tests {
    use super::*;

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
