//! The adjustments a parent asks the school for: asking, marking one agreed, and no longer asking,
//! each checked so the list stays within what a saved plan may hold and never repeats an item.

use chrono::NaiveDate;

use crate::domain::checks::{check_date, check_text, limits, Problem};
use crate::domain::plan::{Adjustment, HowItIsGoing, Plan};

/// The most adjustments one plan holds (the usual list plus the parent's own).
pub const MOST_ADJUSTMENTS: usize = limits::LIST_ITEMS * 2;

impl Plan {
    /// The adjustment on the list with these words, or why it cannot be changed: it is gone.
    fn adjustment_on_list(&mut self, what: &str) -> Result<&mut Adjustment, Problem> {
        self.adjustments
            .iter_mut()
            .find(|a| a.what == what)
            .ok_or_else(|| {
                Problem::new(
                    "adjustments",
                    format!("“{what}” is no longer on the list (perhaps changed in another tab)."),
                )
            })
    }

    /// Adds `what` to the adjustments asked for, not yet agreed. Refused when it is empty, too long,
    /// already on the list (whatever its case), or the list is full.
    pub fn ask_for(&mut self, what: &str) -> Result<(), Problem> {
        let what = what.trim();
        if what.is_empty() {
            return Err(Problem::new(
                "adjustments",
                "Type the adjustment first, e.g. \"A quiet place to go at break\".",
            ));
        }
        check_text("adjustments", what, limits::SHORT_CHARS)?;
        if let Some(there) = self.find_adjustment(what) {
            return Err(Problem::new(
                "adjustments",
                format!("“{}” is already on the list.", there.what),
            ));
        }
        if self.adjustments.len() >= MOST_ADJUSTMENTS {
            return Err(Problem::new(
                "adjustments",
                format!("The list already holds {MOST_ADJUSTMENTS} adjustments, the most a plan can keep. Untick one you no longer need first."),
            ));
        }
        self.adjustments.push(Adjustment {
            what: what.to_string(),
            ..Adjustment::default()
        });
        Ok(())
    }

    /// Marks an adjustment on the list as agreed by the school, or not.
    pub fn set_agreed(&mut self, what: &str, agreed: bool) -> Result<(), Problem> {
        let found = self.adjustment_on_list(what)?;
        found.agreed = agreed;
        Ok(())
    }

    /// Notes, for an agreed adjustment, since when it has been in place and how it is going (any
    /// of the three may be empty). Refused, with nothing changed, when it is no longer on the list
    /// or not agreed yet, the date is outside the years the app accepts, or the note is too long.
    pub fn set_how_it_is_going(
        &mut self,
        what: &str,
        in_place_since: Option<NaiveDate>,
        how: Option<HowItIsGoing>,
        note: &str,
    ) -> Result<(), Problem> {
        let note = note.trim();
        check_text("adjustments.going_note", note, limits::SHORT_CHARS)?;
        if let Some(since) = in_place_since {
            check_date("adjustments.in_place_since", since)?;
        }
        let found = self.adjustment_on_list(what)?;
        if !found.agreed {
            return Err(Problem::new(
                "adjustments",
                format!("Tick “Agreed” for “{what}” first: only what school has agreed can be in place."),
            ));
        }
        found.in_place_since = in_place_since;
        found.how_it_is_going = how;
        found.going_note = note.to_string();
        Ok(())
    }

    /// Takes an adjustment off the list. Refused, with nothing changed, when it is no longer there
    /// (taken off in another tab), so the parent is told rather than nothing happening.
    pub fn stop_asking(&mut self, what: &str) -> Result<(), Problem> {
        self.adjustment_on_list(what)?;
        self.adjustments.retain(|a| a.what != what);
        Ok(())
    }

    fn find_adjustment(&self, what: &str) -> Option<&Adjustment> {
        let wanted = what.trim().to_lowercase();
        self.adjustments
            .iter()
            .find(|a| a.what.trim().to_lowercase() == wanted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asking_adds_one_not_yet_agreed() {
        let mut plan = Plan::default();
        plan.ask_for("  Time-out card ").unwrap();
        assert_eq!(plan.adjustments.len(), 1);
        assert_eq!(plan.adjustments[0].what, "Time-out card");
        assert!(!plan.adjustments[0].agreed);
    }

    #[test]
    fn asking_again_does_not_undo_an_agreement() {
        let mut plan = Plan::default();
        plan.ask_for("Time-out card").unwrap();
        plan.set_agreed("Time-out card", true).unwrap();
        let refused = plan.ask_for("time-out CARD").unwrap_err();
        assert!(refused.reason.contains("already on the list"));
        assert!(plan.adjustments[0].agreed);
        assert_eq!(plan.adjustments.len(), 1);
    }

    #[test]
    fn empty_and_too_long_are_refused() {
        let mut plan = Plan::default();
        assert!(plan.ask_for("   ").is_err());
        assert!(plan.ask_for(&"x".repeat(limits::SHORT_CHARS + 1)).is_err());
        assert!(plan.adjustments.is_empty());
    }

    #[test]
    fn a_full_list_refuses_more() {
        let mut plan = Plan::default();
        for n in 0..MOST_ADJUSTMENTS {
            plan.ask_for(&format!("Adjustment {n}")).unwrap();
        }
        let refused = plan.ask_for("One more").unwrap_err();
        assert!(refused.reason.contains("the most a plan can keep"));
        assert_eq!(plan.adjustments.len(), MOST_ADJUSTMENTS);
    }

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn an_agreed_adjustment_notes_since_when_and_how_it_is_going() {
        let mut plan = Plan::default();
        plan.ask_for("Soft start").unwrap();
        plan.set_agreed("Soft start", true).unwrap();
        plan.set_how_it_is_going(
            "Soft start",
            Some(date(9, 15)),
            Some(HowItIsGoing::Helping),
            "  Calmer mornings ",
        )
        .unwrap();
        let soft = &plan.adjustments[0];
        assert_eq!(soft.in_place_since, Some(date(9, 15)));
        assert_eq!(soft.how_it_is_going, Some(HowItIsGoing::Helping));
        assert_eq!(soft.going_note, "Calmer mornings");
        // Unticking "agreed" keeps what was noted, so ticking it again loses nothing.
        plan.set_agreed("Soft start", false).unwrap();
        assert_eq!(plan.adjustments[0].going_note, "Calmer mornings");
    }

    #[test]
    fn how_it_is_going_is_refused_when_not_agreed_not_there_or_out_of_range() {
        let mut plan = Plan::default();
        plan.ask_for("Exit card").unwrap();
        let not_agreed = plan
            .set_how_it_is_going("Exit card", Some(date(9, 1)), None, "")
            .unwrap_err();
        assert!(not_agreed
            .reason
            .contains("Tick “Agreed” for “Exit card” first"));
        let gone = plan
            .set_how_it_is_going("Lift pass", None, None, "")
            .unwrap_err();
        assert!(gone.reason.contains("no longer on the list"));
        plan.set_agreed("Exit card", true).unwrap();
        let long = plan
            .set_how_it_is_going(
                "Exit card",
                None,
                None,
                &"x".repeat(limits::SHORT_CHARS + 1),
            )
            .unwrap_err();
        assert_eq!(long.path, "adjustments.going_note");
        let old = plan
            .set_how_it_is_going("Exit card", NaiveDate::from_ymd_opt(1999, 1, 1), None, "")
            .unwrap_err();
        assert_eq!(old.path, "adjustments.in_place_since");
        let card = &plan.adjustments[0];
        assert_eq!((card.in_place_since, card.how_it_is_going), (None, None));
        assert!(card.going_note.is_empty());
    }

    #[test]
    fn agreeing_to_one_not_there_is_refused() {
        let mut plan = Plan::default();
        assert!(plan.set_agreed("Lift pass", true).is_err());
        assert!(plan.stop_asking("Lift pass").is_err());
        assert!(plan.adjustments.is_empty());
    }

    #[test]
    fn taking_one_off_the_list_leaves_the_others() {
        let mut plan = Plan::default();
        plan.ask_for("Lift pass").unwrap();
        plan.ask_for("Quiet room").unwrap();
        plan.stop_asking("Lift pass").unwrap();
        let left: Vec<_> = plan.adjustments.iter().map(|a| a.what.as_str()).collect();
        assert_eq!(left, ["Quiet room"]);
        let again = plan.stop_asking("Lift pass").unwrap_err();
        assert!(
            again.reason.contains("no longer on the list"),
            "{}",
            again.reason
        );
    }
}
