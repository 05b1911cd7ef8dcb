//! Every chart series worked out by hand on a small diary: a full week, a week with an INSET day
//! and one record, a holiday week, a week with a half day; then a single day and empty dates; and
//! the drawing's numbers.

use chrono::{Days, NaiveDate};

use super::*;
use crate::domain::diary::day::{
    DayRecord, DayStatus, Sign, SignKind, SignTime, Worry, WorryCategory,
};
use crate::domain::diary::Child;
use crate::domain::figures::figures;
use crate::domain::plan::{Attempt, Step};
use DayStatus::*;

/// Monday 2 November 2026, plus `n` days.
fn nov(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Days::new(n)
}

fn worry(category: WorryCategory, rating: u8) -> Worry {
    Worry {
        category: Some(category),
        words: String::new(),
        rating: Some(rating),
    }
}

fn day(n: u64, status: DayStatus) -> DayRecord {
    DayRecord::new(nov(n), status)
}

/// The small diary:
/// - week of 2 Nov: went in, off ill, left early, went in, couldn't get out (5 of 10 sessions);
///   worries rated 8 (Monday) and 6 (Wednesday); signs: Monday morning, Wednesday after school,
///   Friday morning;
/// - week of 9 Nov: an INSET Monday, then one day recorded (2 of 2): too few to judge;
/// - week of 16 Nov: half term, every weekday recorded as no school;
/// - week of 23 Nov: a half day (afternoon no school), two full days (5 of 5); a worry rated 3 on
///   the Tuesday.
fn small_diary() -> Child {
    let mut child = Child::new("c1", "Sam");
    let mut monday = day(0, Attended);
    monday.worries.push(worry(WorryCategory::Sensory, 8));
    monday.signs.push(Sign {
        kind: SignKind::StomachAche,
        when: SignTime::Morning,
    });
    let mut wednesday = day(2, LeftEarly);
    wednesday.worries.push(worry(WorryCategory::LunchHall, 6));
    wednesday.signs.push(Sign {
        kind: SignKind::AfterSchoolMeltdown,
        when: SignTime::AfterSchool,
    });
    let mut friday = day(4, CouldNotGetOut);
    friday.signs.push(Sign {
        kind: SignKind::MorningRefusal,
        when: SignTime::Morning,
    });
    let mut half_day = day(21, Attended);
    half_day.afternoon = Some(NoSchool);
    let mut tuesday = day(22, Attended);
    tuesday.worries.push(worry(WorryCategory::Sensory, 3));
    for record in [
        monday,
        day(1, AbsentIll),
        wednesday,
        day(3, Attended),
        friday,
        day(7, NoSchool),
        day(8, Attended),
        day(14, NoSchool),
        day(15, NoSchool),
        day(16, NoSchool),
        day(17, NoSchool),
        day(18, NoSchool),
        half_day,
        tuesday,
        day(23, Attended),
    ] {
        child.put_day(record);
    }
    child
}

fn whole_range() -> (NaiveDate, NaiveDate) {
    (nov(0), nov(27))
}

#[test]
fn attendance_week_by_week_by_hand() {
    let child = small_diary();
    let weeks = attendance_by_week(&child, whole_range());
    let got: Vec<_> = weeks
        .iter()
        .map(|w| {
            (
                w.from,
                w.figures.present_sessions,
                w.figures.possible_sessions,
                w.school_days,
                w.gap,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (nov(0), 5, 10, 5, None),
            (nov(7), 2, 2, 4, Some(Gap::TooFew)),
            (nov(14), 0, 0, 0, Some(Gap::NoSchool)),
            (nov(21), 5, 5, 5, None),
        ]
    );
    assert_eq!(weeks[0].percent(), Some(50.0));
    assert_eq!(weeks[1].percent(), None, "too few is not a figure");
    assert_eq!(weeks[3].percent(), Some(100.0));
    // A week is cut to the chosen dates.
    assert_eq!(weeks[3].to, nov(27));
    let cut = attendance_by_week(&child, (nov(2), nov(23)));
    assert_eq!((cut[0].from, cut[0].to), (nov(2), nov(6)));
    assert_eq!(cut[3].to, nov(23));
}

#[test]
fn the_weekly_chart_marks_gaps_and_never_draws_them_as_zero() {
    let chart = weekly_attendance_chart(&small_diary(), whole_range());
    let gaps: Vec<_> = chart.slots.iter().map(|s| s.gap).collect();
    assert_eq!(
        gaps,
        vec![None, Some(Gap::TooFew), Some(Gap::NoSchool), None]
    );
    let points: Vec<(usize, f64)> = chart.series[0]
        .points
        .iter()
        .map(|p| (p.slot, p.value))
        .collect();
    assert_eq!(points, vec![(0, 50.0), (3, 100.0)]);
    assert_eq!(
        chart.guides.iter().map(|g| g.at).collect::<Vec<_>>(),
        vec![90, 50]
    );
    assert_eq!(
        chart.summary,
        "Attendance was 70.6% over these dates (12 of 17 sessions): of the 2 weeks judged, 1 at \
         90% or less and 1 at 50% or less, and 1 week had too few days recorded to judge."
    );
    assert_eq!(
        chart.table.rows,
        vec![
            vec!["Week of 2 Nov 2026", "5 of 10 sessions (50%)", "5 of 5"],
            vec![
                "Week of 9 Nov 2026",
                "Too few days recorded to judge: 2 of 2 sessions",
                "1 of 4"
            ],
            vec!["Week of 16 Nov 2026", "No school", "0 of 0"],
            vec!["Week of 23 Nov 2026", "5 of 5 sessions (100%)", "3 of 5"],
        ]
    );
    assert_eq!(chart.slots[0].short, "2 Nov");
}

#[test]
fn a_single_day_is_one_judged_week_and_empty_dates_show_nothing() {
    let child = small_diary();
    let one = weekly_attendance_chart(&child, (nov(1), nov(1)));
    assert_eq!(one.slots.len(), 1);
    assert_eq!(
        one.slots[0].gap, None,
        "every school day of that one day is recorded"
    );
    assert_eq!(
        one.series[0].points[0].value, 0.0,
        "off ill all day: a real zero"
    );
    assert_eq!(
        one.summary,
        "Attendance was 0% over these dates (0 of 2 sessions): of the 1 week judged, 1 at 90% or \
         less and 1 at 50% or less."
    );
    let none = weekly_attendance_chart(&child, (nov(40), nov(60)));
    assert!(none.is_empty());
    assert_eq!(
        none.summary,
        "No days are recorded in these dates yet, so there is no week to show."
    );
    assert!(draw(&none).shapes.is_empty());
    let holiday = weekly_attendance_chart(&child, (nov(14), nov(18)));
    assert_eq!(
        holiday.summary,
        "No school sessions are recorded in these dates, so no week has an attendance figure."
    );
}

#[test]
fn a_week_judged_from_three_days_or_all_its_school_days() {
    // Two of five days recorded: too few. Three: judged.
    let mut child = Child::new("c1", "Sam");
    child.put_day(day(0, Attended));
    child.put_day(day(1, Attended));
    let range = (nov(0), nov(4));
    assert_eq!(attendance_by_week(&child, range)[0].gap, Some(Gap::TooFew));
    child.put_day(day(2, AbsentIll));
    assert_eq!(attendance_by_week(&child, range)[0].gap, None);
    // A two-day week (the dates end on Tuesday) with both days recorded is judged.
    assert_eq!(attendance_by_week(&child, (nov(0), nov(1)))[0].gap, None);
    assert_eq!(FEWEST_DAYS_IN_A_WEEK, 3);
}

#[test]
fn the_weeks_add_up_to_the_figures_for_the_dates() {
    let child = small_diary();
    let total = attendance_by_week(&child, whole_range())
        .iter()
        .fold(crate::domain::figures::Figures::default(), |s, w| {
            s + w.figures
        });
    assert_eq!(total, figures(&child, whole_range()));
}

#[test]
fn worries_over_time_by_hand() {
    let chart = worries_over_time_chart(&small_diary(), whole_range());
    assert_eq!(chart.slots.len(), 4);
    let each: Vec<(usize, f64)> = chart.series[0]
        .points
        .iter()
        .map(|p| (p.slot, p.value))
        .collect();
    assert_eq!(each, vec![(0, 8.0), (0, 6.0), (3, 3.0)]);
    // Monday sits early in its week, Wednesday later.
    assert!(chart.series[0].points[0].along < chart.series[0].points[1].along);
    let average: Vec<(usize, f64)> = chart.series[1]
        .points
        .iter()
        .map(|p| (p.slot, p.value))
        .collect();
    assert_eq!(average, vec![(0, 7.0), (3, 3.0)]);
    assert_eq!(
        chart.summary,
        "3 worries were rated over 4 weeks, from 3 to 8 out of 10; the weekly average was 7 in the \
         first week with a rating and 3 in the last."
    );
    assert_eq!(
        chart.table.rows[0],
        vec!["Week of 2 Nov 2026", "2: 8, 6", "7"]
    );
    assert_eq!(
        chart.table.rows[1],
        vec!["Week of 9 Nov 2026", "None rated", "–"]
    );
    let none = worries_over_time_chart(&small_diary(), (nov(7), nov(8)));
    assert!(none.is_empty());
    assert!(none.summary.starts_with("No worry has a rating"));
}

#[test]
fn missed_and_partly_missed_by_weekday_by_hand() {
    let chart = weekday_chart(&small_diary(), whole_range());
    let missed: Vec<f64> = chart.series[0].points.iter().map(|p| p.value).collect();
    assert_eq!(missed, vec![0.0, 2.0, 1.0, 0.0, 2.0]);
    let partial: Vec<f64> = chart.series[1].points.iter().map(|p| p.value).collect();
    assert_eq!(partial, vec![0.0, 0.0, 1.0, 0.0, 0.0]);
    assert_eq!(
        chart.summary,
        "Most missed sessions fell on Tuesday and Friday (2 of the 5 missed on a weekday)."
    );
    assert_eq!(chart.top, 2);
    assert_eq!(chart.table.rows[0], vec!["Monday", "0 of 3", "0"]);
    assert_eq!(chart.table.rows[1], vec!["Tuesday", "2 of 6", "0"]);
    assert_ne!(
        chart.series[0].look, chart.series[1].look,
        "told apart by pattern"
    );
    let holiday = weekday_chart(&small_diary(), (nov(14), nov(18)));
    assert!(holiday.is_empty());
}

#[test]
fn worries_by_kind_and_signs_by_time_by_hand() {
    let kinds = worries_by_kind_chart(&small_diary(), whole_range());
    assert_eq!(
        kinds
            .slots
            .iter()
            .map(|s| s.label.as_str())
            .collect::<Vec<_>>(),
        vec!["Noise, light, smells, crowds", "Lunch hall"]
    );
    assert_eq!(
        kinds.summary,
        "“Noise, light, smells, crowds” came up most often (2 times), and was rated up to 8 out of 10."
    );
    assert_eq!(
        kinds.table.rows[0],
        vec![
            "Noise, light, smells, crowds",
            "2 times, up to 8 out of 10, about 6 on average"
        ]
    );
    let signs = signs_by_time_chart(&small_diary(), whole_range());
    let counts: Vec<f64> = signs.series[0].points.iter().map(|p| p.value).collect();
    assert_eq!(counts, vec![0.0, 2.0, 0.0, 1.0]);
    assert_eq!(
        signs.summary,
        "Most signs were noticed in the morning (2 of 3 signs)."
    );
    let none = signs_by_time_chart(&small_diary(), (nov(21), nov(27)));
    assert!(none.is_empty());
    assert_eq!(none.summary, "No signs are noted in these dates yet.");
}

fn attempt(n: u64, before: Option<u8>, after: Option<u8>) -> Attempt {
    Attempt {
        id: format!("a{n}"),
        date: nov(n),
        worry_before: before,
        worry_highest: None,
        worry_after: after,
        what_helped: String::new(),
    }
}

#[test]
fn a_steps_tries_by_hand() {
    let mut step = Step::new("s1", "Walk to the gate");
    // Kept out of date order on purpose: the chart puts them in order.
    step.attempts = vec![
        attempt(7, Some(6), Some(6)),
        attempt(0, Some(8), Some(5)),
        attempt(14, None, None),
    ];
    let chart = step_tries_chart(&step);
    assert_eq!(chart.slots.len(), 3);
    assert_eq!(chart.slots[0].label, "Try on 2 Nov 2026");
    let before: Vec<(usize, f64)> = chart.series[0]
        .points
        .iter()
        .map(|p| (p.slot, p.value))
        .collect();
    assert_eq!(before, vec![(0, 8.0), (1, 6.0)]);
    assert!(chart.series[1].points.is_empty(), "no highest recorded yet");
    assert_eq!(
        chart.summary,
        "The worry after was lower than the one expected before in 1 of 2."
    );
    assert_eq!(chart.table.rows[2], vec!["16 Nov 2026", "–", "–", "–"]);
    assert_eq!(tries_line(&step), None, "no try has the highest during");
    let untried = step_tries_chart(&Step::new("s2", "Go in"));
    assert!(untried.is_empty());
    assert_eq!(
        untried.summary,
        "No try at this step has a worry rating yet."
    );
}

#[test]
fn smaller_than_expected_is_counted_only_with_both_numbers() {
    let t = |before, highest| TryWorries {
        date: nov(0),
        before,
        highest,
        after: None,
    };
    assert_eq!(t(Some(7), Some(4)).smaller_than_expected(), Some(true));
    assert_eq!(t(Some(7), Some(7)).smaller_than_expected(), Some(false));
    assert_eq!(t(None, Some(4)).smaller_than_expected(), None);
    assert_eq!(t(Some(7), None).smaller_than_expected(), None);
}

// The drawing.

/// A rectangle as (x, y, width, height, class).
type Rect = (i32, i32, i32, i32, String);

fn shapes_of(drawing: &Drawing) -> (Vec<Rect>, Vec<String>) {
    let mut rects = Vec::new();
    let mut texts = Vec::new();
    for shape in &drawing.shapes {
        match shape {
            Shape::Rect {
                x, y, w, h, class, ..
            } => rects.push((*x, *y, *w, *h, class.clone())),
            Shape::Text { text, .. } => texts.push(text.clone()),
            Shape::Path { .. } => {}
        }
    }
    (rects, texts)
}

#[test]
fn bars_stand_in_proportion_and_gaps_are_dashed_boxes() {
    let chart = weekly_attendance_chart(&small_diary(), whole_range());
    let drawing = draw(&chart);
    let (rects, texts) = shapes_of(&drawing);
    let bars: Vec<_> = rects.iter().filter(|r| r.4.starts_with("ch-bar")).collect();
    assert_eq!(bars.len(), 2, "only the judged weeks have bars");
    // 50% is half the plot's height, 100% all of it, both standing on the same baseline.
    assert_eq!(bars[1].3, 2 * bars[0].3);
    assert_eq!(bars[0].1 + bars[0].3, bars[1].1 + bars[1].3);
    let gaps: Vec<_> = rects.iter().filter(|r| r.4.starts_with("ch-gap")).collect();
    assert_eq!(gaps.len(), 2);
    assert_eq!(gaps[0].4, "ch-gap too-few");
    assert_eq!(gaps[1].4, "ch-gap no-school");
    assert!(texts.contains(&"?".to_string()) && texts.contains(&"–".to_string()));
    assert!(texts.contains(&"90%".to_string()) && texts.contains(&"50%".to_string()));
    assert!(texts.contains(&"2 Nov".to_string()));
}

#[test]
fn a_weekly_average_line_breaks_where_a_week_has_no_rating() {
    let drawing = draw(&worries_over_time_chart(&small_diary(), whole_range()));
    let lines: Vec<&String> = drawing
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Path { d, class } if class.starts_with("ch-line") => Some(d),
            _ => None,
        })
        .collect();
    assert_eq!(lines.len(), 1);
    assert!(
        !lines[0].contains('L'),
        "weeks 1 and 4 are not joined: {}",
        lines[0]
    );
    assert_eq!(lines[0].matches('M').count(), 2);
    let marks = drawing
        .shapes
        .iter()
        .filter(|s| matches!(s, Shape::Path { class, .. } if class.starts_with("ch-mark")))
        .count();
    assert_eq!(marks, 5, "three worries and two weekly averages");
}

#[test]
fn striped_and_dotted_bars_have_their_pattern() {
    let chart = weekday_chart(&small_diary(), whole_range());
    let drawing = draw(&chart);
    assert_eq!(drawing.patterns.len(), 1);
    assert_eq!(drawing.patterns[0].id, "weekdays-p1");
    let striped = drawing
        .shapes
        .iter()
        .any(|s| matches!(s, Shape::Rect { fill: Some(f), .. } if f == "url(#weekdays-p1)"));
    assert!(striped);
    let swatch = swatch(&chart, 1);
    assert!(
        swatch.patterns.is_empty(),
        "the chart's pattern is not defined twice"
    );
}

#[test]
fn rows_grow_in_proportion_to_their_counts() {
    let chart = worries_by_kind_chart(&small_diary(), whole_range());
    let (rects, texts) = shapes_of(&draw(&chart));
    // 2 times and 1 time, on a scale whose top is 2.
    assert_eq!(rects[0].2, 2 * rects[1].2);
    assert!(texts.contains(&"Lunch hall".to_string()));
}

#[test]
fn every_shape_stays_inside_the_drawing_even_for_odd_values() {
    let mut chart = weekday_chart(&small_diary(), whole_range());
    chart.series[0].points[0].value = f64::NAN;
    chart.series[0].points[1].value = f64::INFINITY;
    chart.series[0].points[2].value = -4.0;
    chart.series[0].points[3].value = 1e9;
    let drawing = draw(&chart);
    for shape in &drawing.shapes {
        if let Shape::Rect { x, y, w, h, .. } = shape {
            assert!(*x >= 0 && *y >= 0 && *w >= 0 && *h >= 0, "{shape:?}");
            assert!(
                x + w <= drawing.width && y + h <= drawing.height,
                "{shape:?}"
            );
        }
    }
}

#[test]
fn round_tops_and_tenths() {
    assert_eq!(
        [0, 1, 2, 3, 6, 11, 49, 51].map(round_top),
        [1, 1, 2, 5, 10, 20, 50, 100]
    );
    assert_eq!(tenths(6.666), "6.7");
    assert_eq!(tenths(7.0), "7");
}

#[test]
fn the_step_says_how_often_the_worry_was_smaller_than_expected() {
    let mut step = Step::new("s1", "Walk to the gate");
    // (before, highest during): smaller in 4 of the 5 tries with both; one try has no highest.
    for (n, (before, highest)) in [(8, 6), (7, 7), (7, 5), (6, 3), (5, 2)]
        .into_iter()
        .enumerate()
    {
        let mut a = attempt(n as u64 * 7, Some(before), None);
        a.worry_highest = Some(highest);
        step.attempts.push(a);
    }
    step.attempts.push(attempt(40, Some(6), Some(2)));
    assert_eq!(
        tries_line(&step).as_deref(),
        Some("The worry was smaller than expected in 4 of 5 tries.")
    );
    let chart = step_tries_chart(&step);
    let highest: Vec<f64> = chart.series[1].points.iter().map(|p| p.value).collect();
    assert_eq!(highest, vec![6.0, 7.0, 5.0, 3.0, 2.0]);
    assert!(chart
        .summary
        .starts_with("The worry was smaller than expected in 4 of 5 tries; "));
    assert_eq!(chart.table.rows[0], vec!["2 Nov 2026", "8", "6", "–"]);
}
