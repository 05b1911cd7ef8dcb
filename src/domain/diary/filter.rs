//! Finding days in a child's diary: the list on the Calendar, filtered by how the day went (the
//! whole day or either half of it) and by what a worry was about, newest first.

use crate::domain::diary::day::{DayRecord, DayStatus, WorryCategory};
use crate::domain::diary::Child;

impl Child {
    /// The recorded days, newest first, that went as `status` (all day, the morning or the
    /// afternoon) and hold a worry about `worry`; `None` matches any.
    pub fn days_matching(
        &self,
        status: Option<DayStatus>,
        worry: Option<WorryCategory>,
    ) -> Vec<&DayRecord> {
        self.days
            .iter()
            .rev()
            .filter(|day| {
                status.is_none_or(|s| {
                    day.status == s || day.morning == Some(s) || day.afternoon == Some(s)
                })
            })
            .filter(|day| worry.is_none_or(|w| day.worries.iter().any(|x| x.category == Some(w))))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::day::Worry;
    use chrono::NaiveDate;

    fn on(day: u32, status: DayStatus) -> DayRecord {
        DayRecord::new(NaiveDate::from_ymd_opt(2026, 11, day).unwrap(), status)
    }

    fn sam() -> Child {
        let mut child = Child::new("c1", "Sam");
        child.put_day(on(2, DayStatus::Attended));
        let mut split = on(3, DayStatus::Attended);
        split.morning = Some(DayStatus::LateAfterRegister);
        child.put_day(split);
        let mut worried = on(4, DayStatus::AbsentIll);
        worried.worries.push(Worry {
            category: Some(WorryCategory::Toilets),
            ..Worry::default()
        });
        child.put_day(worried);
        child
    }

    fn dates(days: Vec<&DayRecord>) -> Vec<u32> {
        use chrono::Datelike;
        days.into_iter().map(|d| d.date.day()).collect()
    }

    #[test]
    fn no_filter_lists_every_day_newest_first() {
        assert_eq!(dates(sam().days_matching(None, None)), vec![4, 3, 2]);
    }

    #[test]
    fn a_status_matches_the_whole_day_or_either_half() {
        let child = sam();
        assert_eq!(
            dates(child.days_matching(Some(DayStatus::LateAfterRegister), None)),
            vec![3]
        );
        assert_eq!(
            dates(child.days_matching(Some(DayStatus::Attended), None)),
            vec![3, 2]
        );
    }

    #[test]
    fn a_worry_kind_and_a_status_must_both_match() {
        let child = sam();
        assert_eq!(
            dates(child.days_matching(None, Some(WorryCategory::Toilets))),
            vec![4]
        );
        assert!(child
            .days_matching(Some(DayStatus::Attended), Some(WorryCategory::Toilets))
            .is_empty());
    }
}
