//! Stage 1, understanding: the child's voice, how the parent sees it, strengths, trusted people,
//! what was tried and the professionals involved, kept together by one checked method.

use crate::domain::checks::{check_text, limits, Problem};
use crate::domain::plan::{ChildVoice, Plan, Professional, Tried};

/// Everything Stage 1's form saves, as typed (it is trimmed when kept).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Understanding {
    pub voice: ChildVoice,
    pub parent_view: String,
    pub strengths: String,
    pub trusted_people: String,
    pub tried: Vec<Tried>,
    pub professionals: Vec<Professional>,
}

/// Checks one text, naming the box it was typed in when it is refused.
fn check(label: &str, path: &str, text: &str, max_chars: usize) -> Result<(), Problem> {
    check_text(path, text, max_chars)
        .map_err(|p| Problem::new(p.path, format!("{label}: {}", p.reason)))
}

/// Checks a list's length, naming it in words when it holds too many.
fn check_count(what: &str, path: &str, len: usize) -> Result<(), Problem> {
    if len > limits::LIST_ITEMS {
        return Err(Problem::new(
            path,
            format!(
                "There are {len} {what}; the most kept is {}. Please remove some.",
                limits::LIST_ITEMS
            ),
        ));
    }
    Ok(())
}

fn trimmed(items: Vec<String>) -> Vec<String> {
    items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

impl Understanding {
    /// Trims every text, leaves out empty list items, and checks each against the rules the saved
    /// diary keeps; the first refused box is named in the message.
    fn checked(self) -> Result<Understanding, Problem> {
        let v = self.voice;
        let voice = ChildVoice {
            what_is_hard: v.what_is_hard.trim().into(),
            what_is_good: v.what_is_good.trim().into(),
            worries: trimmed(v.worries),
            best_things: trimmed(v.best_things),
            ideal_school: v.ideal_school.trim().into(),
        };
        let long = limits::LONG_CHARS;
        let short = limits::SHORT_CHARS;
        check(
            "What is hard about school",
            "voice.what_is_hard",
            &voice.what_is_hard,
            long,
        )?;
        check(
            "What is good about school",
            "voice.what_is_good",
            &voice.what_is_good,
            long,
        )?;
        check_count("worries", "voice.worries", voice.worries.len())?;
        for worry in &voice.worries {
            check("A worry", "voice.worries", worry, short)?;
        }
        check_count("best things", "voice.best_things", voice.best_things.len())?;
        for best in &voice.best_things {
            check("A best thing", "voice.best_things", best, short)?;
        }
        check(
            "Their ideal school",
            "voice.ideal_school",
            &voice.ideal_school,
            long,
        )?;
        let parent_view = self.parent_view.trim().to_string();
        let strengths = self.strengths.trim().to_string();
        let trusted_people = self.trusted_people.trim().to_string();
        check("How you see it", "parent_view", &parent_view, long)?;
        check("Strengths and interests", "strengths", &strengths, long)?;
        check(
            "People your child trusts",
            "trusted_people",
            &trusted_people,
            long,
        )?;
        check_count("things tried", "tried", self.tried.len())?;
        for tried in &self.tried {
            check("What was tried", "tried.what", &tried.what, short)?;
            check(
                "How it went",
                "tried.how_it_went",
                &tried.how_it_went,
                short,
            )?;
        }
        check_count("professionals", "professionals", self.professionals.len())?;
        for pro in &self.professionals {
            check(
                "A professional's name",
                "professionals.name",
                &pro.name,
                limits::NAME_CHARS,
            )?;
            check(
                "Their role",
                "professionals.role",
                &pro.role,
                limits::NAME_CHARS,
            )?;
            check(
                "How to contact them",
                "professionals.contact",
                &pro.contact,
                short,
            )?;
        }
        Ok(Understanding {
            voice,
            parent_view,
            strengths,
            trusted_people,
            tried: self.tried,
            professionals: self.professionals,
        })
    }
}

impl Plan {
    /// Keeps Stage 1 as the parent typed it (trimmed), after checking every box; nothing changes
    /// if one is refused, and the message names that box.
    pub fn set_understanding(&mut self, understanding: Understanding) -> Result<(), Problem> {
        let u = understanding.checked()?;
        self.voice = u.voice;
        self.parent_view = u.parent_view;
        self.strengths = u.strengths;
        self.trusted_people = u.trusted_people;
        self.tried = u.tried;
        self.professionals = u.professionals;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_one_is_kept_trimmed_and_empty_items_left_out() {
        let mut plan = Plan::default();
        plan.set_understanding(Understanding {
            voice: ChildVoice {
                what_is_hard: "  Mornings \n".into(),
                worries: vec!["Noise".into(), "  ".into()],
                ..ChildVoice::default()
            },
            strengths: " Drawing ".into(),
            ..Understanding::default()
        })
        .unwrap();
        assert_eq!(plan.voice.what_is_hard, "Mornings");
        assert_eq!(plan.voice.worries, vec!["Noise".to_string()]);
        assert_eq!(plan.strengths, "Drawing");
    }

    #[test]
    fn a_box_too_long_is_refused_by_name_and_nothing_changes() {
        let mut plan = Plan {
            strengths: "Drawing".into(),
            ..Plan::default()
        };
        let before = plan.clone();
        let problem = plan
            .set_understanding(Understanding {
                strengths: "Lego".into(),
                trusted_people: "x".repeat(limits::LONG_CHARS + 1),
                ..Understanding::default()
            })
            .unwrap_err();
        assert!(
            problem
                .reason
                .starts_with("People your child trusts: This is 4001 characters long"),
            "{}",
            problem.reason
        );
        assert_eq!(plan, before);
    }

    #[test]
    fn too_many_things_tried_are_refused_in_words() {
        let mut plan = Plan::default();
        let tried = vec![
            Tried {
                what: "A".into(),
                how_it_went: String::new()
            };
            limits::LIST_ITEMS + 1
        ];
        let problem = plan
            .set_understanding(Understanding {
                tried,
                ..Understanding::default()
            })
            .unwrap_err();
        assert_eq!(
            problem.reason,
            "There are 31 things tried; the most kept is 30. Please remove some."
        );
        assert!(plan.tried.is_empty());
    }
}
