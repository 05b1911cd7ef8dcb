//! Turns the diary's days into the short lists a meeting pack shows: patterns, worries, what helps.

use std::collections::HashMap;

use chrono::{NaiveDate, Weekday};

use super::WorryLine;
use crate::domain::day::{SignKind, SignTime, WorryCategory};
use crate::domain::diary::Child;
use crate::domain::figures::{days_in, percent_words, WeekdayFigures};

/// The most signs listed, so the pattern stays readable.
const MOST_SIGNS: usize = 5;
/// The most of the child's own words quoted for each kind of worry.
const MOST_EXAMPLES: usize = 3;

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// "Monday: 3 of 8 sessions missed (37.5%)", for each weekday with any possible session.
pub(super) fn weekday_lines(week: &[WeekdayFigures]) -> Vec<String> {
    week.iter()
        .filter_map(|day| {
            let percent = day.missed_percent()?;
            Some(format!(
                "{}: {} of {} sessions missed ({})",
                weekday_name(day.weekday),
                day.missed_sessions,
                day.possible_sessions,
                percent_words(percent)
            ))
        })
        .collect()
}

fn when_words(time: SignTime) -> &'static str {
    match time {
        SignTime::NightBefore => "the night before",
        SignTime::Morning => "in the morning",
        SignTime::DuringSchool => "during school",
        SignTime::AfterSchool => "after school",
    }
}

/// "Tummy ache: 6 times, most often in the morning", the signs noticed most first.
pub(super) fn signs_lines(child: &Child, range: (NaiveDate, NaiveDate)) -> Vec<String> {
    // Per sign: how many times in all, and how many at each time of day.
    let mut tally = [(0u32, [0u32; SignTime::ALL.len()]); SignKind::ALL.len()];
    for sign in days_in(child, range).iter().flat_map(|d| &d.signs) {
        let (count, by_time) = &mut tally[sign.kind as usize];
        *count += 1;
        by_time[sign.when as usize] += 1;
    }
    let mut seen: Vec<_> = SignKind::ALL
        .into_iter()
        .zip(tally)
        .filter(|(_, (count, _))| *count > 0)
        .collect();
    // Stable, so equal counts keep the order of SignKind::ALL.
    seen.sort_by_key(|(_, (count, _))| std::cmp::Reverse(*count));
    seen.into_iter()
        .take(MOST_SIGNS)
        .map(|(kind, (count, by_time))| {
            // The earliest time of day wins a tie: max_by_key keeps the last, so search reversed.
            let (most, _) = SignTime::ALL
                .into_iter()
                .zip(by_time)
                .rev()
                .max_by_key(|(_, n)| *n)
                .expect("four times of day");
            let when = when_words(most);
            match count {
                1 => format!("{}: once, {when}", kind.label()),
                _ => format!("{}: {count} times, most often {when}", kind.label()),
            }
        })
        .collect()
}

/// Text compared without case, spacing or a final full stop, so "Music." and "music" are one.
fn key_of(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches('.')
        .to_lowercase()
}

/// The most frequent things said (each line of each text on its own), most frequent first and,
/// among equals, most recent first; the newest wording is the one shown.
pub(super) fn top_texts<'a>(
    said: impl Iterator<Item = (NaiveDate, &'a str)>,
    most: usize,
) -> Vec<String> {
    // key -> (count, latest date, wording on that date)
    let mut groups: HashMap<String, (u32, NaiveDate, &str)> = HashMap::new();
    for (date, text) in said {
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let entry = groups.entry(key_of(line)).or_insert((0, date, line));
            entry.0 += 1;
            if date >= entry.1 {
                (entry.1, entry.2) = (date, line);
            }
        }
    }
    let mut ranked: Vec<_> = groups.into_iter().collect();
    // The key breaks the last ties, so the order never depends on the hash map.
    ranked.sort_by(|(ka, a), (kb, b)| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(ka.cmp(kb)));
    ranked
        .into_iter()
        .take(most)
        .map(|(_, (_, _, text))| text.to_string())
        .collect()
}

/// "6.5", "7": one decimal place, none when it is zero (ratings are never below zero).
fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    match tenths % 10 {
        0 => (tenths / 10).to_string(),
        rest => format!("{}.{rest}", tenths / 10),
    }
}

/// One line per kind of worry, most frequent first, each with up to three of the child's words.
pub(super) fn worry_lines(
    child: &Child,
    range: (NaiveDate, NaiveDate),
    kinds: &[(WorryCategory, u32, Option<f64>)],
    most: usize,
) -> Vec<WorryLine> {
    let days = days_in(child, range);
    kinds
        .iter()
        .take(most)
        .map(|&(category, count, average)| {
            let mut examples: Vec<String> = Vec::new();
            let newest_first = days.iter().rev().flat_map(|d| &d.worries);
            for worry in newest_first.filter(|w| w.category == Some(category)) {
                let words = worry.words.trim();
                if examples.len() == MOST_EXAMPLES {
                    break;
                }
                if !words.is_empty() && !examples.iter().any(|e| key_of(e) == key_of(words)) {
                    examples.push(words.to_string());
                }
            }
            WorryLine {
                category: category.label().to_string(),
                count,
                average: average.map(|a| format!("{} out of 10", one_decimal(a))),
                examples,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_said_comes_first_then_most_recent_in_the_newest_wording() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 10, d).unwrap();
        let said = [
            (day(1), "Music in the car."),
            (day(2), "A hug\nmusic  in the car"),
            (day(3), ""),
            (day(4), "Quiet breakfast"),
        ];
        let top = top_texts(said.into_iter(), 2);
        assert_eq!(top, ["music  in the car", "Quiet breakfast"]);
        assert_eq!(one_decimal(6.25), "6.3");
        assert_eq!(one_decimal(7.0), "7");
    }
}
