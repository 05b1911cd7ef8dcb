//! When to remind the parent to save a backup. The diary lives only in this browser, so a lost
//! phone or a cleared browser would take it all; a gentle reminder on Today guards against that.

use chrono::NaiveDate;

/// Days recorded with no backup at all before the reminder first appears.
pub const DAYS_BEFORE_FIRST_REMINDER: usize = 5;
/// Days since the last backup before the reminder appears again.
pub const DAYS_BETWEEN_BACKUPS: i64 = 30;
/// How long "Not now" hides the reminder.
pub const NOT_NOW_DAYS: u64 = 7;

/// Why a backup is worth saving now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupReminder {
    /// Days are recorded and no backup has been saved from this phone.
    NeverSaved { days_recorded: usize },
    /// The last backup is this many days old.
    LastSaved { days_ago: i64 },
}

impl BackupReminder {
    /// The reminder in the parent's words.
    pub fn words(self) -> String {
        match self {
            BackupReminder::NeverSaved { days_recorded } => format!(
                "{days_recorded} days are recorded, and there is no backup yet. The diary lives only in this browser: a backup file keeps it safe if the phone is lost or the browser is cleared."
            ),
            BackupReminder::LastSaved { days_ago } => format!(
                "The last backup was {days_ago} days ago. A new one keeps everything recorded since then safe too."
            ),
        }
    }
}

/// Whether Today should remind the parent to save a backup.
///
/// `last_backup` is the day a backup file was last saved from this phone; `not_now_until` is the
/// first day the reminder may show again after the parent tapped "Not now".
pub fn backup_reminder(
    today: NaiveDate,
    days_recorded: usize,
    last_backup: Option<NaiveDate>,
    not_now_until: Option<NaiveDate>,
) -> Option<BackupReminder> {
    if not_now_until.is_some_and(|until| today < until) || days_recorded == 0 {
        return None;
    }
    match last_backup {
        None => (days_recorded >= DAYS_BEFORE_FIRST_REMINDER)
            .then_some(BackupReminder::NeverSaved { days_recorded }),
        Some(saved) => {
            let days_ago = (today - saved).num_days();
            (days_ago >= DAYS_BETWEEN_BACKUPS).then_some(BackupReminder::LastSaved { days_ago })
        }
    }
}

/// The first day the reminder may show again after "Not now" on `today`.
pub fn not_now_until(today: NaiveDate) -> NaiveDate {
    today
        .checked_add_days(chrono::Days::new(NOT_NOW_DAYS))
        .unwrap_or(today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn nothing_recorded_means_no_reminder() {
        assert_eq!(backup_reminder(day("2026-11-25"), 0, None, None), None);
    }

    #[test]
    fn a_first_reminder_comes_once_five_days_are_recorded() {
        let today = day("2026-11-25");
        assert_eq!(backup_reminder(today, 4, None, None), None);
        assert_eq!(
            backup_reminder(today, 5, None, None),
            Some(BackupReminder::NeverSaved { days_recorded: 5 })
        );
    }

    #[test]
    fn a_backup_quiets_the_reminder_for_thirty_days() {
        let today = day("2026-11-25");
        assert_eq!(
            backup_reminder(today, 200, Some(day("2026-10-27")), None),
            None
        );
        assert_eq!(
            backup_reminder(today, 200, Some(day("2026-10-26")), None),
            Some(BackupReminder::LastSaved { days_ago: 30 })
        );
    }

    #[test]
    fn a_backup_dated_after_today_never_reminds() {
        // The phone's clock was changed: no nagging with a negative number of days.
        assert_eq!(
            backup_reminder(day("2026-11-25"), 200, Some(day("2027-01-01")), None),
            None
        );
    }

    #[test]
    fn not_now_hides_it_for_a_week() {
        let tapped = day("2026-11-25");
        let until = not_now_until(tapped);
        assert_eq!(until, day("2026-12-02"));
        assert_eq!(
            backup_reminder(day("2026-12-01"), 9, None, Some(until)),
            None
        );
        assert!(backup_reminder(day("2026-12-02"), 9, None, Some(until)).is_some());
    }

    #[test]
    fn the_words_name_the_numbers() {
        let never = BackupReminder::NeverSaved { days_recorded: 12 }.words();
        assert!(never.starts_with("12 days are recorded, and there is no backup yet."));
        let since = BackupReminder::LastSaved { days_ago: 41 }.words();
        assert!(since.starts_with("The last backup was 41 days ago."));
    }
}
