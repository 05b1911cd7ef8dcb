//! The texts a form writes straight into the plan (the goal and the arrangements around it) or into a
//! review, each named with its label, its hint and the field it fills: a form goes through these
//! tables, never through positions, and saving them is checked.

use crate::domain::checks::{check_text, limits, Problem};
use crate::domain::plan::{Plan, Review};

/// One text of a record: its name in a form's draft, what the form calls it, a line of help, and
/// the field it is kept in.
pub struct TextOf<T: 'static> {
    pub name: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub read: fn(&T) -> &String,
    pub write: fn(&mut T) -> &mut String,
}

impl<T> TextOf<T> {
    /// Checks `text` (trimmed) and puts it in its field of `record`.
    pub fn put(&self, record: &mut T, text: &str) -> Result<(), Problem> {
        let text = text.trim();
        check_text(self.label, text, limits::LONG_CHARS)?;
        *(self.write)(record) = text.to_string();
        Ok(())
    }
}

/// The shared goal, asked first on stage 2 (agreed before the steps are planned).
pub const GOAL: [TextOf<Plan>; 1] = [TextOf {
    name: "goal",
    label: "The shared goal",
    hint: "What everyone is working towards, in words your child agrees with.",
    read: |p| &p.goal,
    write: |p| &mut p.goal,
}];

/// The arrangements around the plan, in the order the form shows them.
pub const ARRANGEMENTS: [TextOf<Plan>; 6] = [
    TextOf {
        name: "key_adult",
        label: "Key adult",
        hint: "The trusted member of staff your child can go to.",
        read: |p| &p.key_adult,
        write: |p| &mut p.key_adult,
    },
    TextOf {
        name: "contact_arrangements",
        label: "Contact arrangements",
        hint: "Who contacts whom, how and how often.",
        read: |p| &p.contact_arrangements,
        write: |p| &mut p.contact_arrangements,
    },
    TextOf {
        name: "celebration",
        label: "How small successes will be celebrated",
        hint: "Praise, a treat, time together: whatever your child would like.",
        read: |p| &p.celebration,
        write: |p| &mut p.celebration,
    },
    TextOf {
        name: "bad_day_plan",
        label: "What happens on a bad day",
        hint: "What everyone does when a step is too much today, so nobody has to decide in the moment.",
        read: |p| &p.bad_day_plan,
        write: |p| &mut p.bad_day_plan,
    },
    TextOf {
        name: "questions",
        label: "Your questions for the school",
        hint: "One per line; they go in the meeting pack.",
        read: |p| &p.questions,
        write: |p| &mut p.questions,
    },
    TextOf {
        name: "requests",
        label: "What you are asking for",
        hint: "One per line; they go in the meeting pack.",
        read: |p| &p.requests,
        write: |p| &mut p.requests,
    },
];

/// What a review says, in the order the form shows it.
pub const REVIEW_TEXTS: [TextOf<Review>; 4] = [
    TextOf {
        name: "went_well",
        label: "What went well",
        hint: "",
        read: |r| &r.went_well,
        write: |r| &mut r.went_well,
    },
    TextOf {
        name: "was_hard",
        label: "What was hard",
        hint: "",
        read: |r| &r.was_hard,
        write: |r| &mut r.was_hard,
    },
    TextOf {
        name: "changes",
        label: "What will change",
        hint: "",
        read: |r| &r.changes,
        write: |r| &mut r.changes,
    },
    TextOf {
        name: "next_steps",
        label: "Next steps",
        hint: "",
        read: |r| &r.next_steps,
        write: |r| &mut r.next_steps,
    },
];

/// Puts each of `texts` in its field, in table order; nothing changes when any is refused.
pub fn put_all<T: Clone, const N: usize>(
    record: &mut T,
    table: &[TextOf<T>; N],
    texts: &[String; N],
) -> Result<(), Problem> {
    let mut changed = record.clone();
    for (text_of, text) in table.iter().zip(texts) {
        text_of.put(&mut changed, text)?;
    }
    *record = changed;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_arrangement_lands_in_its_own_field() {
        let mut plan = Plan::default();
        let texts = ARRANGEMENTS.map(|t| format!(" {} ", t.label));
        put_all(&mut plan, &ARRANGEMENTS, &texts).unwrap();
        for text_of in &ARRANGEMENTS {
            assert_eq!(
                (text_of.read)(&plan),
                text_of.label,
                "trimmed, in its field"
            );
        }
        assert_eq!(plan.key_adult, "Key adult");
        assert_eq!(plan.requests, "What you are asking for");
    }

    #[test]
    fn the_goal_lands_in_the_goal_and_nothing_else() {
        let mut plan = Plan {
            key_adult: "Miss Ahmed".into(),
            ..Plan::default()
        };
        put_all(&mut plan, &GOAL, &[" Mornings in school ".to_string()]).unwrap();
        assert_eq!(plan.goal, "Mornings in school");
        assert_eq!(plan.key_adult, "Miss Ahmed");
        assert!(ARRANGEMENTS.iter().all(|t| t.label != GOAL[0].label));
    }

    #[test]
    fn a_text_too_long_changes_nothing() {
        let mut plan = Plan {
            goal: "Back in for mornings".into(),
            ..Plan::default()
        };
        let mut texts = ARRANGEMENTS.map(|_| String::new());
        texts[0] = "x".repeat(limits::LONG_CHARS + 1);
        let refused = put_all(&mut plan, &ARRANGEMENTS, &texts).unwrap_err();
        assert_eq!(refused.path, "Key adult");
        assert_eq!(plan.goal, "Back in for mornings");
    }

    #[test]
    fn each_review_text_lands_in_its_own_field() {
        let mut review = Review {
            id: "r1".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            went_well: String::new(),
            was_hard: String::new(),
            changes: String::new(),
            next_steps: String::new(),
            next_review: None,
        };
        let texts = REVIEW_TEXTS.map(|t| t.label.to_string());
        put_all(&mut review, &REVIEW_TEXTS, &texts).unwrap();
        assert_eq!(review.went_well, "What went well");
        assert_eq!(review.was_hard, "What was hard");
        assert_eq!(review.changes, "What will change");
        assert_eq!(review.next_steps, "Next steps");
    }
}
