//! Each counting rule of the figures, case by case.

use super::*;
use crate::domain::diary::day::WorryCategory;
use SessionOutcome::{Missed, NotPossible, Present};

pub(super) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Monday 2 November 2026, plus `n` days.
pub(super) fn nov(n: u64) -> NaiveDate {
    date(2026, 11, 2) + chrono::Days::new(n)
}

pub(super) fn all_dates() -> (NaiveDate, NaiveDate) {
    (NaiveDate::MIN, NaiveDate::MAX)
}

pub(super) fn child_with(records: impl IntoIterator<Item = DayRecord>) -> Child {
    let mut child = Child::new("c1", "Sam");
    for record in records {
        child.put_day(record);
    }
    child
}

/// A child with `count` consecutive days of each status, in the order given.
pub(super) fn child_with_runs(runs: &[(DayStatus, u64)]) -> Child {
    let mut n = 0;
    let mut records = Vec::new();
    for &(status, count) in runs {
        for _ in 0..count {
            records.push(DayRecord::new(nov(n), status));
            n += 1;
        }
    }
    child_with(records)
}

pub(super) fn with_sessions(
    status: DayStatus,
    morning: Option<DayStatus>,
    afternoon: Option<DayStatus>,
) -> DayRecord {
    let mut record = DayRecord::new(nov(0), status);
    record.morning = morning;
    record.afternoon = afternoon;
    record
}

pub(super) fn figures_of(record: DayRecord) -> Figures {
    figures(&child_with([record]), all_dates())
}

pub(super) fn outcomes(record: &DayRecord) -> [SessionOutcome; 2] {
    sessions(record).map(|s| s.outcome)
}

#[test]
fn status_order_matches_the_list_used_for_counting() {
    for (i, status) in DayStatus::ALL.into_iter().enumerate() {
        assert_eq!(status as usize, i, "{status:?}");
    }
    for (i, category) in WorryCategory::ALL.into_iter().enumerate() {
        assert_eq!(category as usize, i, "{category:?}");
    }
}

#[test]
fn each_status_as_a_single_session() {
    use DayStatus::*;
    let expected = [
        (Attended, Present),
        (LateBeforeRegister, Present),
        (LateAfterRegister, Missed),
        (MissedLessons, Present),
        (LeftEarly, Present),
        (AttendedDistressed, Present),
        (AbsentIll, Missed),
        (CouldNotGetOut, Missed),
        (Medical, Missed),
        (ReducedTimetable, Missed),
        (OffSite, Present),
        (Excluded, Missed),
        (NoSchool, NotPossible),
    ];
    assert_eq!(expected.len(), DayStatus::ALL.len());
    for (status, outcome) in expected {
        assert_eq!(session_outcome(status), outcome, "{status:?}");
    }
}

#[test]
fn each_status_alone_as_a_whole_day() {
    use DayStatus::*;
    // (status, possible, present, missed, health-related sessions, late, partial)
    let expected = [
        (Attended, 2, 2, 0, 0, 0, 0),
        (LateBeforeRegister, 2, 2, 0, 0, 1, 0),
        (LateAfterRegister, 2, 1, 1, 0, 1, 0),
        (MissedLessons, 2, 2, 0, 0, 0, 1),
        (LeftEarly, 2, 1, 1, 0, 0, 1),
        (AttendedDistressed, 2, 2, 0, 0, 0, 0),
        (AbsentIll, 2, 0, 2, 2, 0, 0),
        (CouldNotGetOut, 2, 0, 2, 2, 0, 0),
        (Medical, 2, 0, 2, 2, 0, 0),
        (ReducedTimetable, 2, 1, 1, 0, 0, 1),
        (OffSite, 2, 2, 0, 0, 0, 0),
        (Excluded, 2, 0, 2, 0, 0, 0),
        (NoSchool, 0, 0, 0, 0, 0, 0),
    ];
    assert_eq!(expected.len(), DayStatus::ALL.len());
    for (status, possible, present, missed, health, late, partial) in expected {
        let f = figures_of(DayRecord::new(nov(0), status));
        let got = (
            f.possible_sessions,
            f.present_sessions,
            f.missed_sessions,
            f.health_missed_sessions,
            f.days_late,
            f.days_partial,
        );
        assert_eq!(
            got,
            (possible, present, missed, health, late, partial),
            "{status:?}"
        );
        assert_eq!(f.days_recorded, 1);
        assert_eq!(
            f.school_days_recorded,
            u32::from(possible > 0),
            "{status:?}"
        );
        assert_eq!(f.days_with(status), 1);
    }
}

#[test]
fn split_statuses_split_the_day() {
    use DayStatus::*;
    let late = DayRecord::new(nov(0), LateAfterRegister);
    assert_eq!(outcomes(&late), [Missed, Present]);
    let left = DayRecord::new(nov(0), LeftEarly);
    assert_eq!(outcomes(&left), [Present, Missed]);
    let reduced = DayRecord::new(nov(0), ReducedTimetable);
    assert_eq!(outcomes(&reduced), [Present, Missed]);
    for record in [late, left, reduced] {
        for session in sessions(&record) {
            assert_eq!(session.decided_by, record.status);
            assert!(!session.is_health_related());
        }
    }
    assert_eq!(split_day(Attended), None);
    assert_eq!(split_day(AbsentIll), None);
}

#[test]
fn a_sessions_own_status_decides_it() {
    use DayStatus::*;
    // Off ill in the morning, in for the afternoon.
    let r = with_sessions(Attended, Some(AbsentIll), None);
    assert_eq!(outcomes(&r), [Missed, Present]);
    assert!(sessions(&r)[0].is_health_related());
    let r = with_sessions(AbsentIll, None, Some(Attended));
    assert_eq!(outcomes(&r), [Missed, Present]);
    assert_eq!(sessions(&r)[0].decided_by, AbsentIll);
    // Both sessions given: the day's status decides nothing.
    let r = with_sessions(Excluded, Some(Attended), Some(OffSite));
    assert_eq!(outcomes(&r), [Present, Present]);
    // A split status given for one session counts as that session alone.
    let r = with_sessions(Attended, Some(LateAfterRegister), Some(LeftEarly));
    assert_eq!(outcomes(&r), [Missed, Present]);
    let r = with_sessions(Attended, Some(ReducedTimetable), None);
    assert_eq!(outcomes(&r), [Missed, Present]);
    // A split day with one session given: the other comes from the split.
    let r = with_sessions(LateAfterRegister, Some(Attended), None);
    assert_eq!(outcomes(&r), [Present, Present]);
    let r = with_sessions(LeftEarly, Some(AbsentIll), None);
    assert_eq!(outcomes(&r), [Missed, Missed]);
    let f = figures_of(r);
    assert_eq!(
        f.health_missed_sessions, 1,
        "leaving early is not health-related"
    );
    // Half a day of no school (an INSET afternoon).
    let f = figures_of(with_sessions(Attended, None, Some(NoSchool)));
    assert_eq!((f.possible_sessions, f.present_sessions), (1, 1));
    assert_eq!(f.school_days_recorded, 1);
}

#[test]
fn a_no_school_day_has_no_sessions_whatever_else_is_noted() {
    use DayStatus::*;
    let r = with_sessions(NoSchool, Some(LateBeforeRegister), Some(AbsentIll));
    assert_eq!(outcomes(&r), [NotPossible, NotPossible]);
    let f = figures_of(r);
    assert_eq!(f.possible_sessions, 0);
    assert_eq!(f.days_late, 0);
    assert_eq!(f.days_recorded, 1);
    assert_eq!(f.school_days_recorded, 0);
    assert_eq!(f.days_with(NoSchool), 1);
}

#[test]
fn days_without_a_record_are_not_counted() {
    let child = child_with([
        DayRecord::new(nov(3), DayStatus::Attended),
        DayRecord::new(nov(20), DayStatus::AbsentIll),
    ]);
    let f = figures(&child, (nov(0), nov(9)));
    assert_eq!(f.days_recorded, 1);
    assert_eq!(f.possible_sessions, 2);
    assert_eq!(f.attendance_percent(), Some(100.0));
    // Both ends of the range are included.
    assert_eq!(figures(&child, (nov(3), nov(20))).days_recorded, 2);
    assert_eq!(figures(&child, (nov(4), nov(19))).days_recorded, 0);
    assert_eq!(days_in(&child, (nov(20), nov(3))).len(), 0);
}

#[test]
fn a_late_day_counts_once_from_the_day_or_either_session() {
    use DayStatus::*;
    let child = child_with([
        DayRecord::new(nov(0), LateBeforeRegister),
        DayRecord::new(nov(1), LateAfterRegister),
        {
            let mut r = DayRecord::new(nov(2), Attended);
            r.morning = Some(LateBeforeRegister);
            r
        },
        {
            let mut r = DayRecord::new(nov(3), Attended);
            r.afternoon = Some(LateAfterRegister);
            r
        },
        {
            let mut r = DayRecord::new(nov(4), LateAfterRegister);
            r.morning = Some(LateAfterRegister);
            r.afternoon = Some(LateBeforeRegister);
            r
        },
        DayRecord::new(nov(7), Attended),
        DayRecord::new(nov(8), AbsentIll),
    ]);
    let f = figures(&child, all_dates());
    assert_eq!(f.days_late, 5);
    assert_eq!(
        f.days_with(LateBeforeRegister) + f.days_with(LateAfterRegister),
        3,
        "counts by status follow the day's status only"
    );
}

#[test]
fn a_partial_day_counts_once_from_the_day_or_either_session() {
    use DayStatus::*;
    let child = child_with([
        DayRecord::new(nov(0), MissedLessons),
        DayRecord::new(nov(1), LeftEarly),
        DayRecord::new(nov(2), ReducedTimetable),
        DayRecord {
            date: nov(3),
            ..with_sessions(Attended, Some(MissedLessons), Some(LeftEarly))
        },
        {
            let mut r = DayRecord::new(nov(4), Attended);
            r.afternoon = Some(ReducedTimetable);
            r
        },
        DayRecord::new(nov(7), AttendedDistressed),
        DayRecord::new(nov(8), LateAfterRegister),
    ]);
    assert_eq!(figures(&child, all_dates()).days_partial, 5);
}

#[test]
fn health_related_days_count_in_halves() {
    use DayStatus::*;
    assert_eq!(
        figures_of(DayRecord::new(nov(0), AbsentIll)).health_days_missed(),
        1.0
    );
    assert_eq!(
        figures_of(DayRecord::new(nov(0), Medical)).health_days_missed(),
        1.0
    );
    let appointment_morning = with_sessions(Attended, Some(Medical), None);
    assert_eq!(figures_of(appointment_morning).health_days_missed(), 0.5);
    // Missed, but not for health.
    for status in [LateAfterRegister, LeftEarly, ReducedTimetable, Excluded] {
        let f = figures_of(DayRecord::new(nov(0), status));
        assert_eq!(f.health_days_missed(), 0.0, "{status:?}");
    }
    // An illness status on a session that was present is not a missed session.
    let r = with_sessions(AbsentIll, Some(Attended), Some(Attended));
    assert_eq!(figures_of(r).health_days_missed(), 0.0);
}
