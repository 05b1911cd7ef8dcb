//! Tests of the figures built on the sessions: the absence lines, the 15-day mark, codes,
//! terms, weekdays, worries and the kind words that explain them.

use super::tests::*;
use super::*;
use crate::domain::diary::day::{Worry, WorryCategory};
use chrono::{Datelike, Weekday};

#[test]
fn the_absence_lines_start_exactly_at_10_and_50_percent() {
    use DayStatus::*;
    // 2 of 20 sessions missed: exactly 10%.
    let f = figures(
        &child_with_runs(&[(AbsentIll, 1), (Attended, 9)]),
        all_dates(),
    );
    assert_eq!(f.missed_percent(), Some(10.0));
    assert_eq!(f.attendance_percent(), Some(90.0));
    assert_eq!(f.absence_line(), AbsenceLine::Persistent);
    // 2 of 22: just under.
    let f = figures(
        &child_with_runs(&[(AbsentIll, 1), (Attended, 10)]),
        all_dates(),
    );
    assert_eq!(f.absence_line(), AbsenceLine::Below);
    // 1 of 10 (one session, late after the register closed): exactly 10%.
    let f = figures(
        &child_with_runs(&[(LateAfterRegister, 1), (Attended, 4)]),
        all_dates(),
    );
    assert_eq!(f.missed_percent(), Some(10.0));
    assert_eq!(f.absence_line(), AbsenceLine::Persistent);
    // 25 of 50: exactly 50%.
    let f = figures(
        &child_with_runs(&[(AbsentIll, 12), (LateAfterRegister, 1), (Attended, 12)]),
        all_dates(),
    );
    assert_eq!(f.missed_percent(), Some(50.0));
    assert_eq!(f.absence_line(), AbsenceLine::Severe);
    // 49 of 100: just under.
    let f = figures(
        &child_with_runs(&[(AbsentIll, 24), (LateAfterRegister, 1), (Attended, 25)]),
        all_dates(),
    );
    assert_eq!(f.missed_percent(), Some(49.0));
    assert_eq!(f.absence_line(), AbsenceLine::Persistent);
    // Everything missed.
    let f = figures(&child_with_runs(&[(Excluded, 3)]), all_dates());
    assert_eq!(f.absence_line(), AbsenceLine::Severe);
    assert_eq!(f.attendance_percent(), Some(0.0));
}

#[test]
fn the_15_day_mark_is_reached_at_15_not_14_and_a_half() {
    use DayStatus::*;
    let mut records: Vec<DayRecord> = (0..14)
        // Spread out, with school days between: the days add up.
        .map(|i| DayRecord::new(nov(i * 3), AbsentIll))
        .collect();
    records.push(with_sessions(Attended, None, Some(Medical)));
    records.last_mut().unwrap().date = nov(100);
    let mut child = child_with(records);
    let f = figures(&child, all_dates());
    assert_eq!(f.health_days_missed(), 14.5);
    assert!(!f.health_mark_reached());
    child.put_day(DayRecord::new(nov(101), Medical));
    child.put_day({
        let mut r = DayRecord::new(nov(100), Attended);
        r.morning = Some(Medical);
        r.afternoon = Some(AbsentIll);
        r
    });
    let f = figures(&child, all_dates());
    assert_eq!(f.health_days_missed(), 16.0);
    assert!(f.health_mark_reached());
    let f = figures(&child_with_runs(&[(AbsentIll, 15)]), all_dates());
    assert_eq!(f.health_days_missed(), 15.0);
    assert!(f.health_mark_reached());
}

#[test]
fn no_possible_sessions_means_no_percentages() {
    let empty = Child::new("c1", "Sam");
    let f = figures(&empty, all_dates());
    assert_eq!(f, Figures::default());
    assert_eq!(f.attendance_percent(), None);
    assert_eq!(f.missed_percent(), None);
    assert_eq!(f.absence_line(), AbsenceLine::Below);
    assert!(!f.health_mark_reached());
    let holidays = child_with_runs(&[(DayStatus::NoSchool, 5)]);
    let f = figures(&holidays, all_dates());
    assert_eq!(f.days_recorded, 5);
    assert_eq!(f.attendance_percent(), None);
    // A range that ends before it starts is empty.
    let f = figures(
        &child_with_runs(&[(DayStatus::Attended, 5)]),
        (nov(4), nov(0)),
    );
    assert_eq!(f, Figures::default());
}

#[test]
fn every_status_is_listed_in_the_counts_even_at_zero() {
    let f = figures(&child_with_runs(&[(DayStatus::Medical, 2)]), all_dates());
    let listed: Vec<DayStatus> = f.days_by_status.iter().map(|(s, _)| *s).collect();
    assert_eq!(listed, DayStatus::ALL.to_vec());
    for (status, count) in f.days_by_status {
        let expected = if status == DayStatus::Medical { 2 } else { 0 };
        assert_eq!(count, expected, "{status:?}");
    }
}

#[test]
fn codes_that_fit_each_status() {
    use DayStatus::*;
    let present = ["/", "\\", "L", "P", "V", "W", "K", "B", "D"];
    for status in [
        Attended,
        LateBeforeRegister,
        MissedLessons,
        LeftEarly,
        AttendedDistressed,
    ] {
        assert_eq!(expected_codes(status), present, "{status:?}");
    }
    assert_eq!(expected_codes(LateAfterRegister), ["U", "L"]);
    assert_eq!(expected_codes(AbsentIll), ["I"]);
    // Reported to school as illness: I fits, O does not.
    assert_eq!(expected_codes(CouldNotGetOut), ["I"]);
    assert!(code_fits(CouldNotGetOut, "i"));
    assert!(!code_fits(CouldNotGetOut, "O"));
    assert_eq!(expected_codes(Medical), ["M"]);
    assert_eq!(expected_codes(ReducedTimetable), ["C2", "/", "\\"]);
    assert_eq!(expected_codes(OffSite), ["K", "B", "P", "V", "W", "D"]);
    assert_eq!(expected_codes(Excluded), ["E"]);
    assert_eq!(expected_codes(NoSchool), ["#", "Y", "X", ""]);
    assert!(code_fits(AbsentIll, " i "));
    assert!(code_fits(ReducedTimetable, "c2"));
    assert!(!code_fits(AbsentIll, "O"));
    assert!(!code_fits(AbsentIll, "IO"));
}

#[test]
fn code_mismatches_list_only_entered_codes_that_do_not_fit() {
    use DayStatus::*;
    let coded = |n, status, code: &str| {
        let mut r = DayRecord::new(nov(n), status);
        r.school_code = code.to_string();
        r
    };
    let child = child_with([
        coded(0, AbsentIll, "O"),   // anxiety coded unauthorised: a mismatch
        coded(1, AbsentIll, " i "), // fits, whatever the case and spaces
        coded(2, Medical, "n"),     // a mismatch, shown as entered (trimmed)
        coded(3, Attended, ""),     // no code entered
        coded(4, Attended, "   "),  // only spaces: no code entered
        coded(5, ReducedTimetable, "c2"),
        coded(6, NoSchool, "#"),
        coded(7, NoSchool, " / "),        // a mismatch
        coded(8, LateAfterRegister, "G"), // a mismatch
        coded(9, Excluded, "O"),          // outside the range asked for
    ]);
    let found = code_mismatches(&child, (nov(0), nov(8)));
    let summary: Vec<_> = found
        .iter()
        .map(|m| (m.date, m.status, m.school_code.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (nov(0), AbsentIll, "O"),
            (nov(2), Medical, "n"),
            (nov(7), NoSchool, "/"),
            (nov(8), LateAfterRegister, "G"),
        ]
    );
    for mismatch in &found {
        assert_eq!(mismatch.expected, expected_codes(mismatch.status));
    }
}

#[test]
fn terms_start_on_1_september_1_january_and_1_april() {
    let cases = [
        (date(2026, 9, 1), date(2026, 9, 1), Term::Autumn),
        (date(2026, 12, 31), date(2026, 9, 1), Term::Autumn),
        (date(2027, 1, 1), date(2027, 1, 1), Term::Spring),
        (date(2027, 3, 31), date(2027, 1, 1), Term::Spring),
        (date(2027, 4, 1), date(2027, 4, 1), Term::Summer),
        (date(2027, 8, 31), date(2027, 4, 1), Term::Summer),
        (date(2028, 2, 29), date(2028, 1, 1), Term::Spring),
    ];
    for (today, start, term) in cases {
        assert_eq!(current_term(today), (start, today), "{today}");
        assert_eq!(term_of(today), term, "{today}");
    }
}

#[test]
fn the_school_year_starts_on_the_last_1_september() {
    let cases = [
        (date(2026, 8, 31), date(2025, 9, 1)),
        (date(2026, 9, 1), date(2026, 9, 1)),
        (date(2026, 12, 31), date(2026, 9, 1)),
        (date(2027, 1, 1), date(2026, 9, 1)),
        (date(2027, 4, 1), date(2026, 9, 1)),
    ];
    for (today, start) in cases {
        assert_eq!(school_year(today), (start, today), "{today}");
    }
}

#[test]
fn weekdays_are_monday_to_friday_and_weekends_are_left_out() {
    use DayStatus::*;
    assert_eq!(nov(0).weekday(), Weekday::Mon);
    let child = child_with([
        DayRecord::new(nov(0), AbsentIll),         // Mon
        DayRecord::new(nov(7), LateAfterRegister), // Mon
        DayRecord::new(nov(4), Attended),          // Fri
        DayRecord::new(nov(5), Attended),          // Sat: a Saturday school day, left out
        DayRecord::new(nov(6), NoSchool),          // Sun
    ]);
    let week = by_weekday(&child, all_dates());
    let days: Vec<_> = week.iter().map(|w| w.weekday).collect();
    assert_eq!(
        days,
        [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri
        ]
    );
    assert_eq!(
        (
            week[0].possible_sessions,
            week[0].present_sessions,
            week[0].missed_sessions
        ),
        (4, 1, 3)
    );
    assert_eq!(week[0].missed_percent(), Some(75.0));
    assert_eq!(week[1].missed_percent(), None);
    assert_eq!(
        (week[4].possible_sessions, week[4].present_sessions),
        (2, 2)
    );
}

#[test]
fn worries_rank_biggest_first_then_most_often_with_words_alone_counted() {
    let worry = |category, rating| Worry {
        category,
        words: String::new(),
        rating,
    };
    let mut a = DayRecord::new(nov(0), DayStatus::AbsentIll);
    a.worries = vec![
        worry(Some(WorryCategory::Toilets), Some(4)),
        worry(Some(WorryCategory::Sensory), None),
        worry(None, Some(10)),
    ];
    let mut b = DayRecord::new(nov(1), DayStatus::Attended);
    b.worries = vec![
        worry(Some(WorryCategory::Toilets), Some(7)),
        worry(Some(WorryCategory::Other), Some(2)),
        worry(Some(WorryCategory::Friendships), Some(7)),
        worry(Some(WorryCategory::Sensory), None),
    ];
    let found = worries_by_category(&child_with([a, b]), all_dates());
    let order: Vec<(Option<WorryCategory>, u32, Option<u8>)> = found
        .iter()
        .map(|t| (t.category, t.count, t.biggest))
        .collect();
    assert_eq!(
        order,
        [
            // Words alone are counted, and a 10 is the biggest.
            (None, 1, Some(10)),
            // Two 7s: the one noted twice first.
            (Some(WorryCategory::Toilets), 2, Some(7)),
            (Some(WorryCategory::Friendships), 1, Some(7)),
            (Some(WorryCategory::Other), 1, Some(2)),
            // Never rated: after every rated kind, however often noted.
            (Some(WorryCategory::Sensory), 2, None),
        ]
    );
    assert_eq!(found[1].average(), Some(5.5));
    let words: Vec<String> = found.iter().map(|t| t.words()).collect();
    assert_eq!(
        words,
        [
            "once, 10 out of 10",
            "2 times, up to 7 out of 10, about 6 on average",
            "once, 7 out of 10",
            "once, 2 out of 10",
            "2 times",
        ]
    );
    assert_eq!(found[0].label(), "No kind chosen");
    assert!(worries_by_category(&Child::new("c", "S"), all_dates()).is_empty());
}

#[test]
fn a_single_rating_is_never_about_n_out_of_10() {
    let worry = |rating| Worry {
        category: Some(WorryCategory::Toilets),
        words: String::new(),
        rating,
    };
    let mut a = DayRecord::new(nov(0), DayStatus::Attended);
    a.worries = vec![worry(Some(10)), worry(None), worry(None)];
    let once = worries_by_category(&child_with([a.clone()]), all_dates());
    assert_eq!(once[0].words(), "3 times, rated once: 10 out of 10");
    a.worries = vec![worry(Some(6)), worry(Some(6))];
    let alike = worries_by_category(&child_with([a]), all_dates());
    assert_eq!(alike[0].words(), "2 times, 6 out of 10 each time rated");
}

#[test]
fn figures_for_two_neighbouring_ranges_add_up() {
    let child = child_with_runs(&[
        (DayStatus::AbsentIll, 2),
        (DayStatus::LeftEarly, 3),
        (DayStatus::NoSchool, 2),
    ]);
    let whole = figures(&child, all_dates());
    let parts =
        figures(&child, (NaiveDate::MIN, nov(2))) + figures(&child, (nov(3), NaiveDate::MAX));
    assert_eq!(parts, whole);
}

#[test]
fn the_findings_are_explained_kindly() {
    let forbidden = [
        "fault",
        "blame you",
        "truan",
        "prosecut",
        "fine",
        "refus",
        "lazy",
        "disorder",
    ];
    let attended = figures(
        &child_with_runs(&[(DayStatus::Attended, 9), (DayStatus::AbsentIll, 1)]),
        all_dates(),
    );
    let texts = [
        explain_absence_line(AbsenceLine::Below),
        explain_absence_line(AbsenceLine::Persistent),
        explain_absence_line(AbsenceLine::Severe),
        explain_health_mark(&Figures::default()),
        explain_health_mark(&figures(
            &child_with_runs(&[(DayStatus::AbsentIll, 15)]),
            all_dates(),
        )),
        explain_attendance(&Figures::default()),
        explain_attendance(&attended),
    ];
    for text in &texts {
        let lower = text.to_lowercase();
        for word in forbidden {
            assert!(!lower.contains(word), "{word:?} in {text:?}");
        }
        assert!(!text.contains("  "), "double space in {text:?}");
    }
    assert!(texts[1].contains("persistent absence"));
    assert!(texts[1].contains("support plan"));
    assert!(texts[2].contains("severe absence"));
    assert!(texts[3].contains("0 days"));
    assert!(texts[4].contains("15 days off"));
    assert!(texts[4].contains("SENCO"));
    assert!(texts[4].contains("medical education service"));
    assert!(texts[6].contains("18 of the 20 sessions"));
    assert!(texts[6].contains("(90%)"));
}

#[test]
fn numbers_in_words() {
    assert_eq!(days_words(0.5), "0.5 days");
    assert_eq!(days_words(1.0), "1 day");
    assert_eq!(days_words(14.5), "14.5 days");
    assert_eq!(percent_words(55.5555), "55.6%");
    assert_eq!(percent_words(90.0), "90%");
    assert_eq!(percent_words(100.0), "100%");
}
