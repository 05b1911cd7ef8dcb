//! Patterns over a range of days: sessions missed by weekday, and worries by what they were about.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{days_in, percent, sessions, SessionOutcome};
use crate::domain::diary::day::WorryCategory;
use crate::domain::diary::Child;

/// Sessions on one weekday across the dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekdayFigures {
    pub weekday: Weekday,
    pub possible_sessions: u32,
    pub present_sessions: u32,
    pub missed_sessions: u32,
}

impl WeekdayFigures {
    /// Missed sessions out of possible ones on this weekday; None when nothing was possible.
    pub fn missed_percent(&self) -> Option<f64> {
        percent(self.missed_sessions, self.possible_sessions)
    }
}

/// Sessions by weekday, Monday to Friday, so a hard day of the week shows up. Weekend days are
/// left out even when recorded.
pub fn by_weekday(child: &Child, range: (NaiveDate, NaiveDate)) -> [WeekdayFigures; 5] {
    let mut week = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ]
    .map(|weekday| WeekdayFigures {
        weekday,
        possible_sessions: 0,
        present_sessions: 0,
        missed_sessions: 0,
    });
    for record in days_in(child, range) {
        let Some(day) = week.get_mut(record.date.weekday().num_days_from_monday() as usize) else {
            continue; // Saturday or Sunday
        };
        for session in sessions(record) {
            match session.outcome {
                SessionOutcome::Present => {
                    day.possible_sessions += 1;
                    day.present_sessions += 1;
                }
                SessionOutcome::Missed => {
                    day.possible_sessions += 1;
                    day.missed_sessions += 1;
                }
                SessionOutcome::NotPossible => {}
            }
        }
    }
    week
}

/// Worries by category: how many, and how big they felt on average (of those given a rating, None
/// if none were). Most frequent first; equal counts keep the order of `WorryCategory::ALL`.
/// Worries without a category are left out; categories with no worries are left out.
pub fn worries_by_category(
    child: &Child,
    range: (NaiveDate, NaiveDate),
) -> Vec<(WorryCategory, u32, Option<f64>)> {
    // (count, sum of ratings, how many were rated) per category, in the order of WorryCategory::ALL.
    let mut tally = [(0u32, 0u32, 0u32); WorryCategory::ALL.len()];
    for record in days_in(child, range) {
        for worry in &record.worries {
            let Some(category) = worry.category else {
                continue;
            };
            let (count, rating_sum, rated) = &mut tally[category as usize];
            *count += 1;
            if let Some(rating) = worry.rating {
                *rating_sum += u32::from(rating);
                *rated += 1;
            }
        }
    }
    let mut worries: Vec<_> = WorryCategory::ALL
        .into_iter()
        .zip(tally)
        .filter(|(_, (count, _, _))| *count > 0)
        .map(|(category, (count, rating_sum, rated))| {
            let average = (rated > 0).then(|| f64::from(rating_sum) / f64::from(rated));
            (category, count, average)
        })
        .collect();
    // A stable sort, so equal counts stay in category order.
    worries.sort_by_key(|(_, count, _)| std::cmp::Reverse(*count));
    worries
}
