//! The rolling count of unauthorised sessions (G, N, O, U) in the latest 10 school weeks, checked
//! against counts worked out by hand across a half-term, holidays, weekends and mixed codes, on and
//! off the level of 10; and Wales, where there is no national count.

use chrono::{Days, NaiveDate};

use small_steps::domain::diary::support::Nation;
use small_steps::domain::figures::{fines_words, rolling_unauthorised};
use small_steps::domain::{Child, DayRecord, DayStatus};

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn day(child: &mut Child, on: NaiveDate, status: DayStatus, code: &str) {
    let mut record = DayRecord::new(on, status);
    record.school_code = code.into();
    child.put_day(record);
}

/// Every weekday from `from` to `to` as attended, with no code.
fn attended(child: &mut Child, from: NaiveDate, to: NaiveDate) {
    let mut on = from;
    while on <= to {
        if chrono::Datelike::weekday(&on).num_days_from_monday() < 5 {
            day(child, on, DayStatus::Attended, "");
        }
        on = on + Days::new(1);
    }
}

/// Autumn 2026: school weeks from Monday 7 September; half-term 26-30 October (recorded as no
/// school); weeks after it to Friday 4 December.
fn autumn() -> Child {
    let mut child = Child::new("c1", "Sam");
    attended(&mut child, date(9, 7), date(10, 23));
    for d in 26..=30 {
        day(&mut child, date(10, d), DayStatus::NoSchool, "");
    }
    attended(&mut child, date(11, 2), date(12, 4));
    child
}

#[test]
fn the_window_is_ten_school_weeks_and_skips_the_half_term() {
    let child = autumn();
    // Weeks up to Friday 4 December, newest first: 30 Nov, 23, 16, 9, 2 Nov (5 weeks), then the
    // half-term week (no sessions, so not a school week), then 19, 12, 5 Oct, 28, 21 Sep (5 more).
    let count = rolling_unauthorised(&child, date(12, 4));
    assert_eq!(count.school_weeks, 10);
    assert_eq!(count.from, date(9, 21));
    assert_eq!(count.sessions, 0);
}

#[test]
fn mixed_codes_count_only_g_n_o_u_and_missed_sessions() {
    let mut child = autumn();
    // In the window: O on a day off ill (2 sessions), n in lower case (2), G (2), U on a day late
    // after the register closed (the morning only: 1), I and M (never count), C2 on a reduced day
    // (never counts), and O on a day the parent recorded as attended (the school's mark stands
    // for the day: 2). Total 2 + 2 + 2 + 1 + 2 = 9.
    day(&mut child, date(9, 22), DayStatus::AbsentIll, "O");
    day(&mut child, date(10, 6), DayStatus::CouldNotGetOut, " n ");
    day(&mut child, date(10, 7), DayStatus::AbsentIll, "G");
    day(&mut child, date(11, 3), DayStatus::LateAfterRegister, "U");
    day(&mut child, date(11, 4), DayStatus::AbsentIll, "I");
    day(&mut child, date(11, 5), DayStatus::Medical, "M");
    day(&mut child, date(11, 6), DayStatus::ReducedTimetable, "C2");
    day(&mut child, date(11, 10), DayStatus::Attended, "O");
    // Outside the window (the week of 14 September): not counted.
    day(&mut child, date(9, 15), DayStatus::AbsentIll, "O");
    // A weekend day with a code holds no session.
    day(&mut child, date(11, 7), DayStatus::NoSchool, "O");
    let count = rolling_unauthorised(&child, date(12, 4));
    assert_eq!(count.sessions, 9);
    assert!(!count.at_the_level());
    let counted: Vec<(NaiveDate, &str, u32)> = count
        .days
        .iter()
        .map(|d| (d.date, d.code.as_str(), d.sessions))
        .collect();
    assert_eq!(
        counted,
        vec![
            (date(9, 22), "O", 2),
            (date(10, 6), "N", 2),
            (date(10, 7), "G", 2),
            (date(11, 3), "U", 1),
            (date(11, 10), "O", 2),
        ]
    );
    let words = fines_words(&child, date(12, 4)).unwrap();
    assert_eq!(
        words.count,
        "From the codes you noted: 9 sessions of unauthorised absence (codes G, N, O, U) in the last 10 school weeks (21 September 2026 to 4 December 2026)."
    );
    assert!(
        words.meaning.contains("never automatic"),
        "{}",
        words.meaning
    );
    assert!(
        words.meaning.contains("not a prediction"),
        "{}",
        words.meaning
    );
    assert!(!words.meaning.contains("will"), "{}", words.meaning);

    // One more morning makes 10: at the level, said calmly.
    let mut afternoon = DayRecord::new(date(12, 1), DayStatus::Attended);
    afternoon.morning = Some(DayStatus::AbsentIll);
    afternoon.school_code = "O".into();
    child.put_day(afternoon);
    let count = rolling_unauthorised(&child, date(12, 4));
    assert_eq!(count.sessions, 10);
    assert!(count.at_the_level());
    let words = fines_words(&child, date(12, 4)).unwrap();
    assert!(
        words.meaning.contains("must think about whether"),
        "{}",
        words.meaning
    );
    assert!(words.meaning.contains("not deciding"), "{}", words.meaning);

    // A week later the window moves on past 21 September: the O there (2 sessions) drops out.
    attended(&mut child, date(12, 7), date(12, 11));
    let later = rolling_unauthorised(&child, date(12, 11));
    assert_eq!(later.from, date(9, 28));
    assert_eq!(later.sessions, 8);
}

#[test]
fn unrecorded_holiday_weeks_are_not_school_weeks_and_the_window_spans_terms() {
    let mut child = Child::new("c1", "Sam");
    // Summer term ends Friday 17 July; the holiday is not recorded at all; autumn starts 7 Sep.
    attended(&mut child, date(6, 1), date(7, 17));
    attended(&mut child, date(9, 7), date(9, 25));
    day(&mut child, date(6, 29), DayStatus::AbsentIll, "O"); // week 8 back: counts
    day(&mut child, date(6, 22), DayStatus::AbsentIll, "O"); // week 9 back: counts
    day(&mut child, date(6, 8), DayStatus::AbsentIll, "O"); // week 11 back: does not

    // Back from Friday 25 September, the school weeks are 21, 14, 7 September, then (the holiday
    // holds no record) 13, 6 July, 29, 22, 15, 8 and 1 June: ten, from 1 June.
    let count = rolling_unauthorised(&child, date(9, 25));
    assert_eq!(count.school_weeks, 10);
    assert_eq!(count.from, date(6, 1));
    // 29 June, 22 June and 8 June all fall inside: 6 sessions.
    assert_eq!(count.sessions, 6);
    // A week on, the week of 1 June drops out; 8 June stays (it is the 10th week back now).
    attended(&mut child, date(9, 28), date(10, 2));
    let count = rolling_unauthorised(&child, date(10, 2));
    assert_eq!(count.from, date(6, 8));
    assert_eq!(count.sessions, 6);
    // And the week after, 8 June drops out too.
    attended(&mut child, date(10, 5), date(10, 9));
    let count = rolling_unauthorised(&child, date(10, 9));
    assert_eq!(count.from, date(6, 15));
    assert_eq!(count.sessions, 4);
}

#[test]
fn a_short_diary_says_how_many_school_weeks_it_holds() {
    let mut child = Child::new("c1", "Sam");
    attended(&mut child, date(11, 2), date(11, 13));
    day(&mut child, date(11, 4), DayStatus::AbsentIll, "N");
    let count = rolling_unauthorised(&child, date(11, 13));
    assert_eq!((count.school_weeks, count.sessions), (2, 2));
    let words = fines_words(&child, date(11, 13)).unwrap();
    assert!(
        words
            .count
            .contains("in the 2 school weeks the diary holds so far"),
        "{}",
        words.count
    );
}

#[test]
fn no_unauthorised_code_means_no_line() {
    let mut child = autumn();
    day(&mut child, date(11, 4), DayStatus::AbsentIll, "I");
    assert_eq!(fines_words(&child, date(12, 4)), None);
}

#[test]
fn wales_gives_no_count_only_a_line_that_local_rules_apply() {
    let mut child = autumn();
    child.set_nation(Nation::Wales);
    assert_eq!(fines_words(&child, date(12, 4)), None);
    for d in [1, 2, 3] {
        day(&mut child, date(12, d), DayStatus::AbsentIll, "O");
    }
    let words = fines_words(&child, date(12, 4)).unwrap();
    assert!(words.count.contains("no national count"), "{}", words.count);
    assert!(
        words.count.contains("local code of conduct"),
        "{}",
        words.count
    );
    assert!(!words.count.contains("10"), "{}", words.count);
    assert!(!words.meaning.contains("10"), "{}", words.meaning);
}
