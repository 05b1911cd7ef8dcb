//! How often school agreed to keep in touch ("twice a week", "once a fortnight"), kept as a count
//! and a period beside the contact arrangements in words, so the contacts log can say how many
//! days it has been since the last contact and whether that is longer than agreed (issue 18.6).
//!
//! Source: DOMAIN.md, "Every plan also names a key adult and contact arrangements (who contacts
//! whom, how, how often)" (Devon EBSA guidance).

use serde::{Deserialize, Serialize};

use crate::domain::checks::Problem;
use crate::domain::plan::Plan;

/// The period school's contacts are counted over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TouchPeriod {
    Week,
    Fortnight,
    Month,
}

impl TouchPeriod {
    pub const ALL: [TouchPeriod; 3] = [
        TouchPeriod::Week,
        TouchPeriod::Fortnight,
        TouchPeriod::Month,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TouchPeriod::Week => "week",
            TouchPeriod::Fortnight => "fortnight",
            TouchPeriod::Month => "month",
        }
    }

    /// The period in calendar days (a month counted as 31, so a line never comes a day early).
    pub fn days(self) -> u32 {
        match self {
            TouchPeriod::Week => 7,
            TouchPeriod::Fortnight => 14,
            TouchPeriod::Month => 31,
        }
    }
}

/// "School keeps in touch `times` a `per`".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeepInTouch {
    pub times: u8,
    pub per: TouchPeriod,
}

/// The most contacts in one period the app keeps (more than once a day is not an arrangement).
pub const MOST_TIMES: u8 = 7;

impl KeepInTouch {
    /// Checked: from once to [`MOST_TIMES`] a period.
    pub fn new(times: u8, per: TouchPeriod) -> Result<Self, Problem> {
        if times == 0 || times > MOST_TIMES {
            return Err(Problem::new(
                "keep_in_touch.times",
                format!(
                    "Choose how many times a {}: from 1 to {MOST_TIMES}.",
                    per.label()
                ),
            ));
        }
        Ok(KeepInTouch { times, per })
    }

    /// The longest gap between contacts the arrangement allows, in whole days, rounded up
    /// ("twice a week" allows 4 days).
    pub fn longest_gap_days(self) -> u32 {
        self.per.days().div_ceil(u32::from(self.times.max(1)))
    }

    /// In words: "once a week", "twice a fortnight", "3 times a month".
    pub fn words(self) -> String {
        let times = match self.times {
            1 => "once".to_string(),
            2 => "twice".to_string(),
            n => format!("{n} times"),
        };
        format!("{times} a {}", self.per.label())
    }
}

impl Plan {
    /// Keeps how often school keeps in touch, or forgets it (`None`); checked again here so a
    /// value built by hand cannot slip past the limits.
    pub fn set_keep_in_touch(&mut self, every: Option<KeepInTouch>) -> Result<(), Problem> {
        if let Some(every) = every {
            KeepInTouch::new(every.times, every.per)?;
        }
        self.keep_in_touch = every;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_gap_is_rounded_up_and_said_in_words() {
        let twice_a_week = KeepInTouch::new(2, TouchPeriod::Week).unwrap();
        assert_eq!(twice_a_week.longest_gap_days(), 4);
        assert_eq!(twice_a_week.words(), "twice a week");
        let monthly = KeepInTouch::new(1, TouchPeriod::Month).unwrap();
        assert_eq!(
            (monthly.longest_gap_days(), monthly.words()),
            (31, "once a month".into())
        );
        let three = KeepInTouch::new(3, TouchPeriod::Fortnight).unwrap();
        assert_eq!(
            (three.longest_gap_days(), three.words()),
            (5, "3 times a fortnight".into())
        );
    }

    #[test]
    fn none_or_too_many_times_are_refused_and_change_nothing() {
        let mut plan = Plan::default();
        plan.set_keep_in_touch(Some(KeepInTouch::new(1, TouchPeriod::Week).unwrap()))
            .unwrap();
        for times in [0, MOST_TIMES + 1] {
            let refused = plan
                .set_keep_in_touch(Some(KeepInTouch {
                    times,
                    per: TouchPeriod::Week,
                }))
                .unwrap_err();
            assert_eq!(refused.path, "keep_in_touch.times");
            assert!(refused.reason.contains("from 1 to 7"), "{}", refused.reason);
        }
        assert_eq!(plan.keep_in_touch.unwrap().times, 1);
        plan.set_keep_in_touch(None).unwrap();
        assert!(plan.is_empty());
    }
}
