#![cfg(not(target_arch = "wasm32"))]
//! The attendance figures checked against a fortnight counted by hand, and properties that must
//! hold for any diary: percentages stay in range, sessions add up, and ranges can be split.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use proptest::collection::btree_map;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

use small_steps::domain::diary::day::{Worry, WorryCategory};
use small_steps::domain::figures::{
    by_weekday, code_mismatches, days_in, explain_absence_line, explain_attendance,
    explain_health_mark, figures, worries_by_category, AbsenceLine, Figures,
};
use small_steps::domain::{Child, DayRecord, DayStatus};

// ---------------------------------------------------------------------------------------------
// A realistic fortnight, counted by hand.

/// Monday 2 November 2026, plus `n` days.
fn nov(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Days::new(n)
}

fn worry(category: Option<WorryCategory>, rating: Option<u8>) -> Worry {
    Worry {
        category,
        words: String::new(),
        rating,
    }
}

/// | date    | day status            | sessions  | code | notes                                   |
/// |---------|-----------------------|-----------|------|-----------------------------------------|
/// | Mon  2  | attended              | P P       |      |                                         |
/// | Tue  3  | late_before_register  | P P       | L    | late                                    |
/// | Wed  4  | absent_ill            | M* M*     | O    | mismatch; worries: sensory 8, friends 5 |
/// | Thu  5  | late_after_register   | M P       | U    | late; worry: sensory 6                  |
/// | Fri  6  | left_early            | P M       |      | partial                                 |
/// | Sat  7  | no_school             | - -       |      |                                         |
/// | Sun  8  | (not recorded)        |           |      |                                         |
/// | Mon  9  | attended_distressed   | P P       |      | worries: sensory (no rating), work 3    |
/// | Tue 10  | medical, pm attended  | M* P      | M    |                                         |
/// | Wed 11  | reduced_timetable     | P M       | C2   | partial                                 |
/// | Thu 12  | (not recorded)        |           |      |                                         |
/// | Fri 13  | absent_ill            | M* M*     | " i "| fits (case, spaces); worry without a category, 9 |
/// | Sat 14  | no_school             | - -       |      |                                         |
/// | Sun 15  | no_school             | - -       |      |                                         |
///
/// P present, M missed, M* missed and health-related, - not possible.
///
/// | figure                 | by hand                                                |
/// |------------------------|--------------------------------------------------------|
/// | possible sessions      | 9 school days × 2 = 18                                 |
/// | present sessions       | 2+2+0+1+1+2+1+1+0 = 10                                 |
/// | missed sessions        | 0+0+2+1+1+0+1+1+2 = 8                                  |
/// | attendance             | 10/18 = 55.6%                                          |
/// | missed                 | 8/18 = 44.4% → persistent (10% to under 50%)           |
/// | health-related         | Wed 4 (2) + Tue 10 (1) + Fri 13 (2) = 5 sessions = 2.5 days |
/// | 15-day mark            | not reached                                            |
/// | days recorded          | 12 (9 school days + 3 no-school days)                  |
/// | days late              | Tue 3, Thu 5 = 2                                       |
/// | days partial           | Fri 6, Wed 11 = 2                                      |
/// | by status              | attended 1, late before 1, late after 1, left early 1, distressed 1, ill 2, medical 1, reduced 1, no school 3; others 0 |
/// | code mismatches        | Wed 4 only ("O" where "I" fits)                        |
/// | Mon / Tue / Wed / Thu / Fri | possible 4/4/4/2/4, present 4/3/1/1/1, missed 0/1/3/1/3 |
/// | worries (biggest first) | no kind chosen 1 (9), sensory 3 (up to 8, average 7), friendships 1 (5), schoolwork 1 (3) |
fn fortnight() -> Child {
    use DayStatus::*;
    let day = |n: u64, status, code: &str| {
        let mut record = DayRecord::new(nov(n), status);
        record.school_code = code.to_string();
        record
    };
    let mut wed_4 = day(2, AbsentIll, "O");
    wed_4.worries = vec![
        worry(Some(WorryCategory::Sensory), Some(8)),
        worry(Some(WorryCategory::Friendships), Some(5)),
    ];
    let mut thu_5 = day(3, LateAfterRegister, "U");
    thu_5.worries = vec![worry(Some(WorryCategory::Sensory), Some(6))];
    let mut mon_9 = day(7, AttendedDistressed, "");
    mon_9.worries = vec![
        worry(Some(WorryCategory::Sensory), None),
        worry(Some(WorryCategory::Schoolwork), Some(3)),
    ];
    let mut tue_10 = day(8, Medical, "M");
    tue_10.afternoon = Some(Attended);
    let mut fri_13 = day(11, AbsentIll, " i ");
    fri_13.worries = vec![worry(None, Some(9))];

    let mut child = Child::new("c1", "Sam");
    for record in [
        day(0, Attended, ""),
        day(1, LateBeforeRegister, "L"),
        wed_4,
        thu_5,
        day(4, LeftEarly, ""),
        day(5, NoSchool, ""),
        mon_9,
        tue_10,
        day(9, ReducedTimetable, "C2"),
        fri_13,
        day(12, NoSchool, ""),
        day(13, NoSchool, ""),
    ] {
        child.put_day(record);
    }
    child
}

#[test]
fn a_fortnight_counted_by_hand() {
    use DayStatus::*;
    assert_eq!(nov(0).weekday(), Weekday::Mon);
    let child = fortnight();
    let range = (nov(0), nov(13));
    let f = figures(&child, range);
    assert_eq!(f.possible_sessions, 18);
    assert_eq!(f.present_sessions, 10);
    assert_eq!(f.missed_sessions, 8);
    assert_eq!(f.attendance_percent(), Some(1000.0 / 18.0));
    assert_eq!(f.missed_percent(), Some(800.0 / 18.0));
    assert_eq!(f.absence_line(), AbsenceLine::Persistent);
    assert_eq!(f.health_missed_sessions, 5);
    assert_eq!(f.health_days_missed(), 2.5);
    assert!(!f.health_mark_reached());
    assert_eq!(f.days_recorded, 12);
    assert_eq!(f.school_days_recorded, 9);
    assert_eq!(f.days_late, 2);
    assert_eq!(f.days_partial, 2);
    assert_eq!(
        f.days_by_status,
        [
            (Attended, 1),
            (LateBeforeRegister, 1),
            (LateAfterRegister, 1),
            (MissedLessons, 0),
            (LeftEarly, 1),
            (AttendedDistressed, 1),
            (AbsentIll, 2),
            (CouldNotGetOut, 0),
            (Medical, 1),
            (ReducedTimetable, 1),
            (OffSite, 0),
            (Excluded, 0),
            (NoSchool, 3),
        ]
    );

    let mismatches = code_mismatches(&child, range);
    assert_eq!(mismatches.len(), 1);
    assert_eq!(mismatches[0].date, nov(2));
    assert_eq!(mismatches[0].status, AbsentIll);
    assert_eq!(mismatches[0].school_code, "O");
    assert_eq!(mismatches[0].expected, ["I"]);

    let week = by_weekday(&child, range);
    let table: Vec<_> = week
        .iter()
        .map(|w| {
            (
                w.weekday,
                w.possible_sessions,
                w.present_sessions,
                w.missed_sessions,
            )
        })
        .collect();
    assert_eq!(
        table,
        [
            (Weekday::Mon, 4, 4, 0),
            (Weekday::Tue, 4, 3, 1),
            (Weekday::Wed, 4, 1, 3),
            (Weekday::Thu, 2, 1, 1),
            (Weekday::Fri, 4, 1, 3),
        ]
    );

    let worries: Vec<_> = worries_by_category(&child, range)
        .iter()
        .map(|w| (w.category, w.count, w.average()))
        .collect();
    assert_eq!(
        worries,
        [
            // Words alone are counted too: nothing the parent wrote is left out.
            (None, 1, Some(9.0)),
            (Some(WorryCategory::Sensory), 3, Some(7.0)),
            (Some(WorryCategory::Friendships), 1, Some(5.0)),
            (Some(WorryCategory::Schoolwork), 1, Some(3.0)),
        ]
    );

    assert!(explain_attendance(&f).contains("10 of the 18 sessions"));
    assert!(explain_attendance(&f).contains("(55.6%)"));
    assert!(explain_health_mark(&f).contains("2.5 days off"));
    assert!(explain_absence_line(f.absence_line()).contains("persistent absence"));
}

#[test]
fn the_first_week_alone_and_the_second_week_alone() {
    let child = fortnight();
    let first = figures(&child, (nov(0), nov(6)));
    // Mon 2 to Fri 6: 10 possible, present 2+2+0+1+1 = 6, missed 4, health 2.
    assert_eq!(
        (
            first.possible_sessions,
            first.present_sessions,
            first.missed_sessions
        ),
        (10, 6, 4)
    );
    assert_eq!(first.health_days_missed(), 1.0);
    assert_eq!(first.absence_line(), AbsenceLine::Persistent);
    let second = figures(&child, (nov(7), nov(13)));
    // Mon 9, Tue 10, Wed 11, Fri 13: 8 possible, present 2+1+1+0 = 4, missed 4: exactly 50%.
    assert_eq!(
        (
            second.possible_sessions,
            second.present_sessions,
            second.missed_sessions
        ),
        (8, 4, 4)
    );
    assert_eq!(second.missed_percent(), Some(50.0));
    assert_eq!(second.absence_line(), AbsenceLine::Severe);
    assert_eq!(first + second, figures(&child, (nov(0), nov(13))));
}

/// A week with mornings the child could not get out of the door, counted by hand. Such a morning
/// is reported to school as illness, so it counts as "off ill" does: a missed session, health-related.
///
/// | date   | day status (session)                          | sessions | code | notes            |
/// |--------|-----------------------------------------------|----------|------|------------------|
/// | Mon 2  | attended                                      | P P      | /    |                  |
/// | Tue 3  | could_not_get_out                             | M* M*    | I    | fits             |
/// | Wed 4  | could_not_get_out                             | M* M*    | O    | mismatch (I fits)|
/// | Thu 5  | late_after_register, morning could_not_get_out| M* P     |      | late             |
/// | Fri 6  | absent_ill                                    | M* M*    |      |                  |
///
/// possible 10; present 2+0+0+1+0 = 3; missed 0+2+2+1+2 = 7 (70%: severe);
/// health-related 2+2+1+2 = 7 sessions = 3.5 days; late 1 (Thu); by status: attended 1,
/// could_not_get_out 2, late after register 1, absent ill 1.
#[test]
fn mornings_that_could_not_get_out_of_the_door_count_with_illness_by_hand() {
    use DayStatus::*;
    let day = |n: u64, status, code: &str| {
        let mut record = DayRecord::new(nov(n), status);
        record.school_code = code.to_string();
        record
    };
    let mut thu = day(3, LateAfterRegister, "");
    thu.morning = Some(CouldNotGetOut);
    let mut child = Child::new("c1", "Sam");
    for record in [
        day(0, Attended, "/"),
        day(1, CouldNotGetOut, "I"),
        day(2, CouldNotGetOut, "O"),
        thu,
        day(4, AbsentIll, ""),
    ] {
        child.put_day(record);
    }
    let range = (nov(0), nov(4));
    let f = figures(&child, range);
    assert_eq!(
        (f.possible_sessions, f.present_sessions, f.missed_sessions),
        (10, 3, 7)
    );
    assert_eq!(f.attendance_percent(), Some(30.0));
    assert_eq!(f.absence_line(), AbsenceLine::Severe);
    assert_eq!(f.health_missed_sessions, 7);
    assert_eq!(f.health_days_missed(), 3.5);
    assert_eq!(f.days_late, 1);
    assert_eq!(f.days_with(CouldNotGetOut), 2);
    assert_eq!(f.days_with(AbsentIll), 1);
    assert!(explain_health_mark(&f).contains("3.5 days off"));

    let mismatches = code_mismatches(&child, range);
    assert_eq!(mismatches.len(), 1, "{mismatches:?}");
    assert_eq!(mismatches[0].date, nov(2));
    assert_eq!(mismatches[0].status, CouldNotGetOut);
    assert_eq!(mismatches[0].expected, ["I"]);
}

/// Fourteen school days the child could not get out of the door, then one off ill: the fifteenth
/// health day reaches the 15-day mark, as fifteen days off ill would.
#[test]
fn mornings_that_could_not_get_out_count_towards_the_15_day_mark() {
    let mut child = Child::new("c1", "Sam");
    let mut school_days = (0..)
        .map(nov)
        .filter(|d| d.weekday().num_days_from_monday() < 5);
    for date in school_days.by_ref().take(14) {
        child.put_day(DayRecord::new(date, DayStatus::CouldNotGetOut));
    }
    let fourteen = figures(&child, (nov(0), nov(60)));
    assert_eq!(fourteen.health_days_missed(), 14.0);
    assert!(!fourteen.health_mark_reached());
    let fifteenth = school_days.next().unwrap();
    child.put_day(DayRecord::new(fifteenth, DayStatus::AbsentIll));
    let fifteen = figures(&child, (nov(0), nov(60)));
    assert_eq!(fifteen.health_days_missed(), 15.0);
    assert!(fifteen.health_mark_reached());
}

// ---------------------------------------------------------------------------------------------
// Properties for any diary.

/// The first day of the dates the properties use; everything falls within 120 days of it.
fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 9, 1).unwrap()
}

fn on(offset: u64) -> NaiveDate {
    start() + Days::new(offset)
}

fn status() -> impl Strategy<Value = DayStatus> {
    select(DayStatus::ALL.to_vec())
}

/// A child with up to 80 days recorded among 120, any status, sometimes with session statuses.
fn any_child() -> impl Strategy<Value = Child> {
    btree_map(
        0u64..120,
        (
            status(),
            option::weighted(0.3, status()),
            option::weighted(0.3, status()),
        ),
        0..80,
    )
    .prop_map(|days| {
        let mut child = Child::new("c1", "Sam");
        for (offset, (status, morning, afternoon)) in days {
            let mut record = DayRecord::new(on(offset), status);
            record.morning = morning;
            record.afternoon = afternoon;
            child.put_day(record);
        }
        child
    })
}

/// A range within the 120 days (sometimes ending before it starts, which is empty).
fn any_range() -> impl Strategy<Value = (NaiveDate, NaiveDate)> {
    (0u64..125, 0u64..125).prop_map(|(a, b)| (on(a), on(b)))
}

fn within_0_to_100(percent: Option<f64>) -> bool {
    percent.is_none_or(|p| (0.0..=100.0).contains(&p))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn percentages_are_between_0_and_100(child in any_child(), range in any_range()) {
        let f = figures(&child, range);
        prop_assert!(within_0_to_100(f.attendance_percent()));
        prop_assert!(within_0_to_100(f.missed_percent()));
        for day in by_weekday(&child, range) {
            prop_assert!(within_0_to_100(day.missed_percent()));
        }
    }

    #[test]
    fn present_and_missed_make_up_the_possible_sessions(child in any_child(), range in any_range()) {
        let f = figures(&child, range);
        prop_assert_eq!(f.present_sessions + f.missed_sessions, f.possible_sessions);
        prop_assert!(f.health_missed_sessions <= f.missed_sessions);
        prop_assert!(f.possible_sessions <= 2 * f.school_days_recorded);
        prop_assert!(f.school_days_recorded <= f.days_recorded);
        for day in by_weekday(&child, range) {
            prop_assert_eq!(day.present_sessions + day.missed_sessions, day.possible_sessions);
        }
    }

    #[test]
    fn counts_by_status_add_up_to_the_days_recorded(child in any_child(), range in any_range()) {
        let f = figures(&child, range);
        let total: u32 = f.days_by_status.iter().map(|(_, count)| count).sum();
        prop_assert_eq!(total, f.days_recorded);
        prop_assert_eq!(f.days_recorded as usize, days_in(&child, range).len());
    }

    #[test]
    fn a_no_school_day_never_changes_the_percentages(
        child in any_child(),
        from in 0u64..120,
        length in 0u64..120,
        at in 0u64..120,
    ) {
        let range = (on(from), on(from + length));
        let date = on(from + at % (length + 1));
        // The day must be one the parent had not recorded.
        let mut child = child;
        child.days.retain(|day| day.date != date);
        let before = figures(&child, range);
        let mut with_holiday = child.clone();
        with_holiday.put_day(DayRecord::new(date, DayStatus::NoSchool));
        let after = figures(&with_holiday, range);
        prop_assert_eq!(after.attendance_percent(), before.attendance_percent());
        prop_assert_eq!(after.missed_percent(), before.missed_percent());
        prop_assert_eq!(after.absence_line(), before.absence_line());
        prop_assert_eq!(after.days_recorded, before.days_recorded + 1);
    }

    #[test]
    fn splitting_the_dates_in_two_gives_the_same_totals(
        child in any_child(),
        from in 0u64..120,
        length in 0u64..120,
        cut in 0u64..120,
    ) {
        let to = from + length;
        let cut = from + cut % (length + 1);
        let whole = figures(&child, (on(from), on(to)));
        let first = figures(&child, (on(from), on(cut)));
        let second = figures(&child, (on(cut + 1), on(to)));
        prop_assert_eq!(first + second, whole);
    }

    #[test]
    fn there_is_a_percentage_exactly_when_something_was_possible(
        child in any_child(),
        range in any_range(),
    ) {
        let f = figures(&child, range);
        prop_assert_eq!(f.attendance_percent().is_none(), f.possible_sessions == 0);
        prop_assert_eq!(f.missed_percent().is_none(), f.possible_sessions == 0);
    }

    #[test]
    fn the_absence_line_agrees_with_the_missed_percent(child in any_child(), range in any_range()) {
        let f = figures(&child, range);
        let expected = match f.missed_percent() {
            Some(p) if p >= 50.0 => AbsenceLine::Severe,
            Some(p) if p >= 10.0 => AbsenceLine::Persistent,
            _ => AbsenceLine::Below,
        };
        prop_assert_eq!(f.absence_line(), expected);
        prop_assert_eq!(f.health_mark_reached(), f.health_days_missed() >= 15.0);
    }

    #[test]
    fn weekday_figures_never_exceed_the_totals(child in any_child(), range in any_range()) {
        let f = figures(&child, range);
        let week = by_weekday(&child, range);
        let possible: u32 = week.iter().map(|d| d.possible_sessions).sum();
        let missed: u32 = week.iter().map(|d| d.missed_sessions).sum();
        prop_assert!(possible <= f.possible_sessions);
        prop_assert!(missed <= f.missed_sessions);
    }
}

#[test]
fn figures_start_at_zero_with_every_status_listed() {
    let f = Figures::default();
    assert_eq!(f.days_by_status.len(), DayStatus::ALL.len());
    assert!(f.days_by_status.iter().all(|(_, count)| *count == 0));
}
