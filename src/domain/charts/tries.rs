//! One step of a ladder, try by try: the worry expected before, the highest during, and after
//! (each 0-10 and optional), and the step's line "the worry was smaller than expected in 4 of 5
//! tries". Seeing that gap close is what keeps a child and parent going (graded steps, as in the
//! Buckinghamshire EBSA ladder).

use super::{Chart, ChartTable, Layout, Look, Marker, Point, Series, Slot};
use crate::domain::dates::short_date;
use crate::domain::plan::{Attempt, Step};

/// The worries of one try.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TryWorries {
    pub date: chrono::NaiveDate,
    /// How big the worry was expected to be, before.
    pub before: Option<u8>,
    /// The highest it got during the try.
    pub highest: Option<u8>,
    pub after: Option<u8>,
}

impl TryWorries {
    pub fn of(attempt: &Attempt) -> Self {
        TryWorries {
            date: attempt.date,
            before: attempt.worry_before.map(|r| r.min(10)),
            highest: attempt.worry_highest.map(|r| r.min(10)),
            after: attempt.worry_after.map(|r| r.min(10)),
        }
    }

    /// True when the highest worry during the try was below the one expected (both given).
    pub fn smaller_than_expected(&self) -> Option<bool> {
        match (self.before, self.highest) {
            (Some(before), Some(highest)) => Some(highest < before),
            _ => None,
        }
    }
}

/// The step's tries in date order (a file may hold them in any order).
fn tries(step: &Step) -> Vec<TryWorries> {
    let mut tries: Vec<TryWorries> = step.attempts.iter().map(TryWorries::of).collect();
    tries.sort_by_key(|t| t.date);
    tries
}

/// "The worry was smaller than expected in 4 of 5 tries", counting the tries with both the worry
/// expected and the highest during; None when no try has both.
pub fn tries_line(step: &Step) -> Option<String> {
    let judged: Vec<bool> = tries(step)
        .iter()
        .filter_map(TryWorries::smaller_than_expected)
        .collect();
    if judged.is_empty() {
        return None;
    }
    let smaller = judged.iter().filter(|s| **s).count();
    Some(match judged.len() {
        1 if smaller == 1 => "The worry was smaller than expected in the one try with both \
                              numbers."
            .to_string(),
        1 => "The worry was not smaller than expected in the one try with both numbers.".into(),
        n => format!("The worry was smaller than expected in {smaller} of {n} tries."),
    })
}

fn number(value: Option<u8>) -> String {
    value.map_or("–".to_string(), |v| v.to_string())
}

/// The worry before, the highest during and after, for each try at a step.
pub fn step_tries_chart(step: &Step) -> Chart {
    let tries = tries(step);
    let series =
        |name: &str, marker: Marker, along: f64, pick: fn(&TryWorries) -> Option<u8>| Series {
            name: name.to_string(),
            look: Look::Marks(marker),
            points: tries
                .iter()
                .enumerate()
                .filter_map(|(slot, t)| {
                    pick(t).map(|v| Point {
                        slot,
                        along,
                        value: f64::from(v),
                    })
                })
                .collect(),
        };
    let rated = tries
        .iter()
        .filter(|t| t.before.is_some() || t.highest.is_some() || t.after.is_some())
        .count();
    let eased = tries
        .iter()
        .filter(|t| matches!((t.before, t.after), (Some(b), Some(a)) if a < b))
        .count();
    let with_both = tries
        .iter()
        .filter(|t| t.before.is_some() && t.after.is_some())
        .count();
    let summary = if rated == 0 {
        "No try at this step has a worry rating yet.".to_string()
    } else {
        let mut parts = Vec::new();
        if let Some(line) = tries_line(step) {
            parts.push(line.trim_end_matches('.').to_string());
        }
        if with_both > 0 {
            parts.push(format!(
                "the worry after was lower than the one expected before in {eased} of {with_both}"
            ));
        }
        if parts.is_empty() {
            parts.push(format!("{rated} of {} tries have a rating", tries.len()));
        }
        let mut sentence = parts.join("; ");
        if let Some(first) = sentence.get(..1) {
            sentence = first.to_ascii_uppercase() + &sentence[1..];
        }
        sentence + "."
    };
    Chart {
        key: format!("step-{}", step.id),
        title: format!("Tries at “{}”", step.what.trim()),
        summary,
        layout: Layout::Columns,
        top: 10,
        unit: "out of 10",
        slots: if rated == 0 {
            Vec::new()
        } else {
            tries
                .iter()
                .map(|t| Slot {
                    label: format!("Try on {}", short_date(t.date)),
                    short: short_date(t.date)
                        .rsplit_once(' ')
                        .map_or(String::new(), |(dm, _)| dm.to_string()),
                    gap: None,
                })
                .collect()
        },
        series: vec![
            series("Expected before", Marker::Circle, 0.25, |t| t.before),
            series("Highest during", Marker::Triangle, 0.5, |t| t.highest),
            series("After", Marker::Square, 0.75, |t| t.after),
        ],
        guides: Vec::new(),
        table: ChartTable {
            caption: "The worry at each try, out of 10".into(),
            head: vec![
                "Try".into(),
                "Expected before".into(),
                "Highest during".into(),
                "After".into(),
            ],
            rows: tries
                .iter()
                .map(|t| {
                    vec![
                        short_date(t.date),
                        number(t.before),
                        number(t.highest),
                        number(t.after),
                    ]
                })
                .collect(),
        },
    }
}
