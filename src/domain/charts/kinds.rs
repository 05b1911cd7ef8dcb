//! Charts by kind: missed sessions and partly missed days by weekday, worries by what they were
//! about, and signs by when they were noticed.

use chrono::{Datelike, NaiveDate};

use super::{round_top, Chart, ChartTable, Fill, Layout, Look, Point, Series, Slot};
use crate::domain::dates::weekday_name;
use crate::domain::diary::day::SignTime;
use crate::domain::diary::Child;
use crate::domain::figures::{by_weekday, days_in, was_partial, worries_by_category};
use crate::domain::words::plural;

/// Bars for a list of counts, one per place.
fn count_points(counts: &[u32]) -> Vec<Point> {
    counts
        .iter()
        .enumerate()
        .map(|(slot, n)| Point {
            slot,
            along: 0.5,
            value: f64::from(*n),
        })
        .collect()
}

fn plain_slot(label: &str, short: &str) -> Slot {
    Slot {
        label: label.to_string(),
        short: short.to_string(),
        gap: None,
    }
}

/// Missed sessions and partly missed days (missed lessons, left early, reduced timetable) on each
/// weekday, Monday to Friday.
pub fn weekday_chart(child: &Child, range: (NaiveDate, NaiveDate)) -> Chart {
    let week = by_weekday(child, range);
    let mut partial = [0u32; 5];
    for record in days_in(child, range) {
        let day = record.date.weekday().num_days_from_monday() as usize;
        if day < 5 && was_partial(record) {
            partial[day] += 1;
        }
    }
    let missed: Vec<u32> = week.iter().map(|d| d.missed_sessions).collect();
    let possible: u32 = week.iter().map(|d| d.possible_sessions).sum();
    let most = missed.iter().chain(&partial).copied().max().unwrap_or(0);
    let total_missed: u32 = missed.iter().sum();
    let summary = if possible == 0 {
        "No school sessions on a weekday are recorded in these dates yet.".to_string()
    } else if total_missed == 0 {
        "No sessions were missed on any weekday in these dates.".to_string()
    } else {
        // The first weekday with the most, so equal counts name the earlier day.
        let top = missed.iter().copied().max().unwrap_or(0);
        let days: Vec<&str> = week
            .iter()
            .filter(|d| d.missed_sessions == top)
            .map(|d| weekday_name(d.weekday))
            .collect();
        format!(
            "Most missed sessions fell on {} ({top} of the {total_missed} missed on a weekday).",
            days.join(" and ")
        )
    };
    let rows = week
        .iter()
        .zip(partial)
        .map(|(d, p)| {
            vec![
                weekday_name(d.weekday).to_string(),
                format!("{} of {}", d.missed_sessions, d.possible_sessions),
                p.to_string(),
            ]
        })
        .collect();
    Chart {
        key: "weekdays".into(),
        title: "Missed and partly missed, by weekday".into(),
        summary,
        layout: Layout::Columns,
        top: round_top(most),
        unit: "",
        slots: if possible == 0 {
            Vec::new()
        } else {
            week.iter()
                .map(|d| plain_slot(weekday_name(d.weekday), &weekday_name(d.weekday)[..3]))
                .collect()
        },
        series: vec![
            Series {
                name: "Sessions missed".into(),
                look: Look::Bars(Fill::Solid),
                points: if possible == 0 {
                    Vec::new()
                } else {
                    count_points(&missed)
                },
            },
            Series {
                name: "Days partly missed (lessons missed, left early, reduced timetable)".into(),
                look: Look::Bars(Fill::Striped),
                points: if possible == 0 {
                    Vec::new()
                } else {
                    count_points(&partial)
                },
            },
        ],
        guides: Vec::new(),
        table: ChartTable {
            caption: "Missed sessions and partly missed days on each weekday".into(),
            head: vec![
                "Weekday".into(),
                "Sessions missed".into(),
                "Days partly missed".into(),
            ],
            rows,
        },
    }
}

/// Worries by what they were about: how often each kind was noted, ranked as the figures rank
/// them (the biggest rating first, then the most often).
pub fn worries_by_kind_chart(child: &Child, range: (NaiveDate, NaiveDate)) -> Chart {
    let tallies = worries_by_category(child, range);
    let counts: Vec<u32> = tallies.iter().map(|t| t.count).collect();
    let most_often = tallies.iter().max_by_key(|t| t.count);
    let summary = match (tallies.first(), most_often) {
        (Some(biggest), Some(often)) => {
            let often_words = format!(
                "“{}” came up most often ({})",
                often.label(),
                plural(often.count as usize, "time", "times")
            );
            match biggest.biggest {
                Some(top) if biggest.category != often.category => format!(
                    "{often_words}, and “{}” was rated the biggest ({top} out of 10).",
                    biggest.label()
                ),
                Some(top) => format!("{often_words}, and was rated up to {top} out of 10."),
                None => format!("{often_words}."),
            }
        }
        _ => "No worries are noted in these dates yet.".to_string(),
    };
    Chart {
        key: "worry-kinds".into(),
        title: "What the worries were about".into(),
        summary,
        layout: Layout::Rows,
        top: round_top(counts.iter().copied().max().unwrap_or(0)),
        unit: "",
        slots: tallies
            .iter()
            .map(|t| plain_slot(t.label(), t.label()))
            .collect(),
        series: vec![Series {
            name: "Times noted".into(),
            look: Look::Bars(Fill::Solid),
            points: count_points(&counts),
        }],
        guides: Vec::new(),
        table: ChartTable {
            caption: "Worries by what they were about, the biggest first".into(),
            head: vec!["About".into(), "How often, how big".into()],
            rows: tallies
                .iter()
                .map(|t| vec![t.label().to_string(), t.words()])
                .collect(),
        },
    }
}

/// Signs by when they were noticed: the night before, the morning, during school, after school.
pub fn signs_by_time_chart(child: &Child, range: (NaiveDate, NaiveDate)) -> Chart {
    let mut counts = [0u32; SignTime::ALL.len()];
    for sign in days_in(child, range).iter().flat_map(|d| &d.signs) {
        counts[sign.when as usize] += 1;
    }
    let total: u32 = counts.iter().sum();
    let summary = if total == 0 {
        "No signs are noted in these dates yet.".to_string()
    } else {
        let top = counts.iter().copied().max().unwrap_or(0);
        let when: Vec<&str> = SignTime::ALL
            .into_iter()
            .zip(counts)
            .filter(|(_, n)| *n == top)
            .map(|(t, _)| t.in_words())
            .collect();
        format!(
            "Most signs were noticed {} ({top} of {}).",
            when.join(" and "),
            plural(total as usize, "sign", "signs")
        )
    };
    Chart {
        key: "sign-times".into(),
        title: "When signs were noticed".into(),
        summary,
        layout: Layout::Columns,
        top: round_top(counts.iter().copied().max().unwrap_or(0)),
        unit: "",
        slots: if total == 0 {
            Vec::new()
        } else {
            SignTime::ALL
                .into_iter()
                .map(|t| plain_slot(t.label(), short_time(t)))
                .collect()
        },
        series: vec![Series {
            name: "Signs noticed".into(),
            look: Look::Bars(Fill::Dotted),
            points: if total == 0 {
                Vec::new()
            } else {
                count_points(&counts)
            },
        }],
        guides: Vec::new(),
        table: ChartTable {
            caption: "Signs by when they were noticed".into(),
            head: vec!["When".into(), "Signs noticed".into()],
            rows: SignTime::ALL
                .into_iter()
                .zip(counts)
                .map(|(t, n)| vec![t.label().to_string(), n.to_string()])
                .collect(),
        },
    }
}

/// A label short enough to sit under a column at 320 px.
fn short_time(time: SignTime) -> &'static str {
    match time {
        SignTime::NightBefore => "Night",
        SignTime::Morning => "Morning",
        SignTime::DuringSchool => "School",
        SignTime::AfterSchool => "After",
    }
}
