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

/// One kind of worry over the dates: how often it was noted and how big it felt. A worry noted
/// without a kind (words only) is counted too, under `category: None`, so nothing the parent wrote
/// is left out of the figures or the pack.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorryTally {
    pub category: Option<WorryCategory>,
    /// How many worries of this kind were noted.
    pub count: u32,
    /// How many of them were given a rating.
    pub rated: u32,
    /// The highest rating given (0-10); None when none was rated.
    pub biggest: Option<u8>,
    rating_sum: u32,
}

impl WorryTally {
    /// How big the worries felt on average, of those rated; None when none was.
    pub fn average(&self) -> Option<f64> {
        (self.rated > 0).then(|| f64::from(self.rating_sum) / f64::from(self.rated))
    }

    /// The kind in the parent's words ("Lunch hall"); "No kind chosen" for words alone.
    pub fn label(&self) -> &'static str {
        kind_label(self.category)
    }

    /// "3 times, up to 8 out of 10, about 6 on average". A single rating is said as it was
    /// given ("once, 7 out of 10"), never "about 7 out of 10".
    pub fn words(&self) -> String {
        let times = match self.count {
            1 => "once".to_string(),
            n => format!("{n} times"),
        };
        let (Some(top), Some(average)) = (self.biggest, self.average()) else {
            return times;
        };
        let all_alike = self.rating_sum == u32::from(top) * self.rated;
        match (self.count, self.rated) {
            (1, _) => format!("once, {top} out of 10"),
            (_, 1) => format!("{times}, rated once: {top} out of 10"),
            _ if all_alike => format!("{times}, {top} out of 10 each time rated"),
            _ => format!(
                "{times}, up to {top} out of 10, about {} on average",
                average.round() as u32
            ),
        }
    }
}

/// A kind of worry in the parent's words, or "No kind chosen" for a worry noted in words only.
pub fn kind_label(category: Option<WorryCategory>) -> &'static str {
    category.map_or("No kind chosen", WorryCategory::label)
}

/// Where a kind sits in the app's list of kinds; words alone come last.
pub fn kind_place(category: Option<WorryCategory>) -> usize {
    category.map_or(WorryCategory::ALL.len(), |c| c as usize)
}

/// The one order in which worries are listed, on the figures screen and in the meeting pack:
/// the biggest rating first (what school most needs to hear), then the most often noted, then
/// the app's list of kinds (words alone last).
pub fn rank_worries(tallies: &mut [WorryTally]) {
    tallies.sort_by_key(|t| {
        (
            std::cmp::Reverse(t.biggest),
            std::cmp::Reverse(t.count),
            kind_place(t.category),
        )
    });
}

/// Worries by kind over the dates, ranked by [`rank_worries`]. Kinds with no worries are left out.
pub fn worries_by_category(child: &Child, range: (NaiveDate, NaiveDate)) -> Vec<WorryTally> {
    let mut tally: Vec<WorryTally> = WorryCategory::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(|category| WorryTally {
            category,
            count: 0,
            rated: 0,
            biggest: None,
            rating_sum: 0,
        })
        .collect();
    for record in days_in(child, range) {
        for worry in &record.worries {
            let t = &mut tally[kind_place(worry.category)];
            t.count += 1;
            if let Some(rating) = worry.rating {
                t.rating_sum += u32::from(rating);
                t.rated += 1;
                t.biggest = t.biggest.max(Some(rating));
            }
        }
    }
    tally.retain(|t| t.count > 0);
    rank_worries(&mut tally);
    tally
}
