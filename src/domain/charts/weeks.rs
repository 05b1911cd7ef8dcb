//! Charts over time, a place per week (Monday to Sunday, cut to the chosen dates): attendance week
//! by week, and how big the worries felt.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{
    tenths, Chart, ChartTable, Fill, Gap, Guide, Layout, Look, Marker, Point, Series, Slot,
};
use crate::domain::dates::short_date;
use crate::domain::diary::Child;
use crate::domain::figures::{
    days_in, figures, percent_words, sessions, AbsenceLine, Figures, SessionOutcome,
    PERSISTENT_ABSENCE_PERCENT, SEVERE_ABSENCE_PERCENT,
};
use crate::domain::words::plural;

/// A week is judged from this many recorded school days, or from every school day it had (a short
/// week, such as one cut by half term or by the chosen dates). With fewer, its attendance is shown
/// as "too few days recorded to judge", never as a figure: one recorded day says little about a
/// week. (Our own rule, in the spirit of the meeting pack's `FEWEST_DAYS_FOR_LINES`.)
pub const FEWEST_DAYS_IN_A_WEEK: u32 = 3;

/// One week of the chosen dates and its attendance figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Week {
    /// First and last date, both inside the chosen dates.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub figures: Figures,
    /// Monday to Friday in the week, less weekdays recorded as no school.
    pub school_days: u32,
    /// Why the week has no figure on the chart, when it has none.
    pub gap: Option<Gap>,
}

impl Week {
    /// The week's attendance percent, only when the week can be judged.
    pub fn percent(&self) -> Option<f64> {
        match self.gap {
            None => self.figures.attendance_percent(),
            Some(_) => None,
        }
    }
}

/// The weeks from the one holding the first recorded day in the dates to the one holding the
/// last, each cut to the dates. Empty when nothing is recorded in them.
fn weeks_spanning(child: &Child, range: (NaiveDate, NaiveDate)) -> Vec<(NaiveDate, NaiveDate)> {
    let (a, b) = range;
    let (from, to) = (a.min(b), a.max(b));
    let days = days_in(child, (from, to));
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return Vec::new();
    };
    let mut weeks = Vec::new();
    let mut start = first.date;
    while start <= last.date {
        let sunday = start + Days::new(u64::from(6 - start.weekday().num_days_from_monday()));
        let end = sunday.min(to);
        weeks.push((start, end));
        match end.checked_add_days(Days::new(1)) {
            Some(next) => start = next,
            None => break,
        }
    }
    weeks
}

/// Attendance week by week over the chosen dates (a range given back to front is turned round).
/// The weeks' figures add up to the figures for the whole dates.
pub fn attendance_by_week(child: &Child, range: (NaiveDate, NaiveDate)) -> Vec<Week> {
    weeks_spanning(child, range)
        .into_iter()
        .map(|(from, to)| {
            let f = figures(child, (from, to));
            let weekdays = from
                .iter_days()
                .take_while(|d| *d <= to)
                .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
                .count() as u32;
            let weekday_no_school = days_in(child, (from, to))
                .iter()
                .filter(|r| !matches!(r.date.weekday(), Weekday::Sat | Weekday::Sun))
                .filter(|r| {
                    sessions(r)
                        .iter()
                        .all(|s| s.outcome == SessionOutcome::NotPossible)
                })
                .count() as u32;
            let school_days = weekdays - weekday_no_school;
            let gap = if f.possible_sessions == 0 {
                Some(if school_days == 0 {
                    Gap::NoSchool
                } else {
                    Gap::TooFew
                })
            } else if f.school_days_recorded < FEWEST_DAYS_IN_A_WEEK
                && f.school_days_recorded < school_days
            {
                Some(Gap::TooFew)
            } else {
                None
            };
            Week {
                from,
                to,
                figures: f,
                school_days,
                gap,
            }
        })
        .collect()
}

/// "2 Nov": a week's label under its column.
fn day_month(date: NaiveDate) -> String {
    let long = short_date(date);
    long.rsplit_once(' ')
        .map_or(long.clone(), |(dm, _)| dm.to_string())
}

fn week_slot(from: NaiveDate, gap: Option<Gap>) -> Slot {
    Slot {
        label: format!("Week of {}", short_date(from)),
        short: day_month(from),
        gap,
    }
}

/// "8 of 10 sessions (80%)".
fn sessions_words(f: &Figures) -> String {
    let percent = f
        .attendance_percent()
        .map(percent_words)
        .unwrap_or_default();
    format!(
        "{} of {} sessions ({percent})",
        f.present_sessions, f.possible_sessions
    )
}

/// Attendance week by week, with the 90% and 50% lines; a week with too few days recorded is
/// marked as such, not drawn as zero.
pub fn weekly_attendance_chart(child: &Child, range: (NaiveDate, NaiveDate)) -> Chart {
    let weeks = attendance_by_week(child, range);
    let total = weeks
        .iter()
        .fold(Figures::default(), |sum, w| sum + w.figures);
    let points = weeks
        .iter()
        .enumerate()
        .filter_map(|(slot, w)| {
            w.percent().map(|value| Point {
                slot,
                along: 0.5,
                value,
            })
        })
        .collect();
    let rows = weeks
        .iter()
        .map(|w| {
            let attendance = match w.gap {
                None => sessions_words(&w.figures),
                Some(Gap::NoSchool) => Gap::NoSchool.words().to_string(),
                Some(Gap::TooFew) if w.figures.possible_sessions == 0 => {
                    Gap::TooFew.words().to_string()
                }
                Some(Gap::TooFew) => format!(
                    "{}: {} of {} sessions",
                    Gap::TooFew.words(),
                    w.figures.present_sessions,
                    w.figures.possible_sessions
                ),
            };
            vec![
                week_slot(w.from, w.gap).label,
                attendance,
                format!("{} of {}", w.figures.school_days_recorded, w.school_days),
            ]
        })
        .collect();
    let attendance_line = 100 - PERSISTENT_ABSENCE_PERCENT;
    let severe_line = 100 - SEVERE_ABSENCE_PERCENT;
    Chart {
        key: "weekly-attendance".into(),
        title: "Attendance week by week".into(),
        summary: weekly_summary(&weeks, &total),
        layout: Layout::Columns,
        top: 100,
        unit: "%",
        slots: weeks.iter().map(|w| week_slot(w.from, w.gap)).collect(),
        series: vec![Series {
            name: "Attendance that week".into(),
            look: Look::Bars(Fill::Solid),
            points,
        }],
        // Source: DfE, "Working together to improve school attendance" (2024): missing 10% or
        // more of sessions is persistent absence, 50% or more severe absence.
        guides: vec![
            Guide {
                at: attendance_line,
                label: format!("{attendance_line}%"),
            },
            Guide {
                at: severe_line,
                label: format!("{severe_line}%"),
            },
        ],
        table: ChartTable {
            caption: "Attendance for each week".into(),
            head: vec![
                "Week".into(),
                "Attendance".into(),
                "School days recorded".into(),
            ],
            rows,
        },
    }
}

fn weekly_summary(weeks: &[Week], total: &Figures) -> String {
    if weeks.is_empty() {
        return "No days are recorded in these dates yet, so there is no week to show.".into();
    }
    let Some(percent) = total.attendance_percent() else {
        return "No school sessions are recorded in these dates, so no week has an attendance \
                figure."
            .into();
    };
    let judged: Vec<&Week> = weeks.iter().filter(|w| w.gap.is_none()).collect();
    let too_few = weeks.iter().filter(|w| w.gap == Some(Gap::TooFew)).count();
    let overall = format!(
        "Attendance was {} over these dates ({} of {} sessions)",
        percent_words(percent),
        total.present_sessions,
        total.possible_sessions
    );
    // Counted with the figures' own whole-number rule, so a week exactly on a line reaches it.
    let reaching = |lines: &[AbsenceLine]| {
        judged
            .iter()
            .filter(|w| lines.contains(&w.figures.absence_line()))
            .count()
    };
    let judged_words = match judged.len() {
        0 => "no week has enough days recorded to judge on its own".to_string(),
        n => format!(
            "of the {} judged, {} at 90% or less and {} at 50% or less",
            plural(n, "week", "weeks"),
            reaching(&[AbsenceLine::Persistent, AbsenceLine::Severe]),
            reaching(&[AbsenceLine::Severe])
        ),
    };
    let too_few_words = match (too_few, judged.is_empty()) {
        (0, _) | (_, true) => String::new(),
        (n, false) => format!(
            ", and {} too few days recorded to judge",
            plural(n, "week had", "weeks had")
        ),
    };
    format!("{overall}: {judged_words}{too_few_words}.")
}

/// How big the worries felt over time: each rated worry on its day, and the weekly average joined
/// by a line (broken where a week has no rating).
pub fn worries_over_time_chart(child: &Child, range: (NaiveDate, NaiveDate)) -> Chart {
    let weeks = weeks_spanning(child, range);
    // Per week: the ratings, with the weekday each was given on.
    let rated: Vec<Vec<(u32, u8)>> = weeks
        .iter()
        .map(|&week| {
            days_in(child, week)
                .iter()
                .flat_map(|d| {
                    let weekday = d.date.weekday().num_days_from_monday();
                    d.worries
                        .iter()
                        .filter_map(move |w| w.rating.map(|r| (weekday, r.min(10))))
                })
                .collect()
        })
        .collect();
    let count: usize = rated.iter().map(Vec::len).sum();
    let mut chart = Chart {
        key: "worries-over-time".into(),
        title: "How big the worries felt".into(),
        summary: String::new(),
        layout: Layout::Columns,
        top: 10,
        unit: "out of 10",
        slots: Vec::new(),
        series: Vec::new(),
        guides: Vec::new(),
        table: ChartTable {
            caption: "Worries rated each week, out of 10".into(),
            head: vec![
                "Week".into(),
                "Worries rated".into(),
                "Average that week".into(),
            ],
            rows: Vec::new(),
        },
    };
    if count == 0 {
        chart.summary = "No worry has a rating in these dates yet, so there is nothing to show \
                         over time."
            .into();
        return chart;
    }
    let averages: Vec<Option<f64>> = rated
        .iter()
        .map(|week| {
            (!week.is_empty()).then(|| {
                let sum: u32 = week.iter().map(|(_, r)| u32::from(*r)).sum();
                f64::from(sum) / week.len() as f64
            })
        })
        .collect();
    let each = rated
        .iter()
        .enumerate()
        .flat_map(|(slot, week)| {
            week.iter().map(move |&(weekday, rating)| Point {
                slot,
                along: (f64::from(weekday) + 0.5) / 7.0,
                value: f64::from(rating),
            })
        })
        .collect();
    let average_points = averages
        .iter()
        .enumerate()
        .filter_map(|(slot, a)| {
            a.map(|value| Point {
                slot,
                along: 0.5,
                value,
            })
        })
        .collect();
    chart.slots = weeks
        .iter()
        .map(|&(from, _)| week_slot(from, None))
        .collect();
    chart.series = vec![
        Series {
            name: "Each worry".into(),
            look: Look::Marks(Marker::Circle),
            points: each,
        },
        Series {
            name: "Weekly average".into(),
            look: Look::Line(Marker::Square),
            points: average_points,
        },
    ];
    chart.table.rows = weeks
        .iter()
        .zip(&rated)
        .zip(&averages)
        .map(|((&(from, _), week), average)| {
            let ratings: Vec<String> = week.iter().map(|(_, r)| r.to_string()).collect();
            vec![
                week_slot(from, None).label,
                match week.len() {
                    0 => "None rated".to_string(),
                    n => format!("{n}: {}", ratings.join(", ")),
                },
                average.map_or("–".to_string(), tenths),
            ]
        })
        .collect();
    let all = rated.iter().flatten().map(|(_, r)| *r);
    let (least, most) = (all.clone().min().unwrap_or(0), all.max().unwrap_or(0));
    let known: Vec<f64> = averages.iter().flatten().copied().collect();
    let averages_words = match known.as_slice() {
        [only] => format!("the average was {}", tenths(*only)),
        [first, .., last] => format!(
            "the weekly average was {} in the first week with a rating and {} in the last",
            tenths(*first),
            tenths(*last)
        ),
        [] => String::new(),
    };
    chart.summary = format!(
        "{} rated over {}, from {least} to {most} out of 10; {averages_words}.",
        plural(count, "worry was", "worries were"),
        plural(weeks.len(), "week", "weeks"),
    );
    chart
}
