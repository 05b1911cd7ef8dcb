//! Marking a run of days as no school in one go (holidays, training days), leaving every day that
//! already has a record as the parent recorded it.

use chrono::NaiveDate;

use crate::domain::checks::Problem;
use crate::domain::diary::day::{DayRecord, DayStatus};
use crate::domain::diary::Child;

/// The longest run marked at once: a year, so a mistyped year cannot fill a decade.
pub const LONGEST_RUN_DAYS: i64 = 366;

impl Child {
    /// Records every day from `first` to `last` (both included) that has no record yet as no school,
    /// and says how many were added. Refused when the run goes backwards or is longer than a year.
    pub fn mark_no_school(&mut self, first: NaiveDate, last: NaiveDate) -> Result<usize, Problem> {
        if last < first {
            return Err(Problem::new(
                "days",
                "The last day comes before the first day. Swap them round.",
            ));
        }
        if (last - first).num_days() > LONGEST_RUN_DAYS {
            return Err(Problem::new(
                "days",
                "That is more than a year. Choose a shorter run of days.",
            ));
        }
        let mut added = 0;
        for date in first.iter_days().take_while(|d| *d <= last) {
            if self.day(date).is_none() {
                self.put_day(DayRecord::new(date, DayStatus::NoSchool));
                added += 1;
            }
        }
        Ok(added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn marks_only_days_without_a_record() {
        let mut child = Child::new("c1", "Sam");
        child.put_day(DayRecord::new(date(21), DayStatus::Attended));
        let added = child.mark_no_school(date(19), date(23)).unwrap();
        assert_eq!(added, 4);
        assert_eq!(child.day(date(21)).unwrap().status, DayStatus::Attended);
        assert_eq!(child.day(date(23)).unwrap().status, DayStatus::NoSchool);
    }

    #[test]
    fn backwards_and_overlong_runs_change_nothing() {
        let mut child = Child::new("c1", "Sam");
        assert!(child.mark_no_school(date(23), date(19)).is_err());
        let far = date(1) + chrono::Duration::days(LONGEST_RUN_DAYS + 1);
        let refused = child.mark_no_school(date(1), far).unwrap_err();
        assert!(refused.reason.contains("more than a year"));
        assert!(child.days.is_empty());
    }
}
