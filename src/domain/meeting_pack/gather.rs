//! Turns the diary's days into the short lists a meeting pack shows: patterns, worries, what helps.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::diary::day::{SignKind, SignTime, Worry, WorryCategory};
use crate::domain::diary::Child;
use crate::domain::figures::{days_in, kind_label, kind_place, worries_by_category};

/// The most signs listed, so the pattern stays readable.
const MOST_SIGNS: usize = 5;
/// The most of the child's own words quoted for each kind of worry.
const MOST_EXAMPLES: usize = 3;
/// The most kinds of worry a pack starts with, unless more were rated as big as
/// `ALWAYS_SHOWN_FROM`; the parent can choose others, and the rest are counted on the page.
const MOST_WORRY_KINDS: usize = 5;
/// A kind of worry rated this big or bigger is always in the pack.
const ALWAYS_SHOWN_FROM: u8 = 8;

/// "Tummy ache: 6 times, most often in the morning", the signs noticed most first; the first
/// few, and how many more kinds of sign there are.
pub(super) fn signs_lines(child: &Child, range: (NaiveDate, NaiveDate)) -> (Vec<String>, u32) {
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
    let more = seen.len().saturating_sub(MOST_SIGNS) as u32;
    let lines = seen
        .into_iter()
        .take(MOST_SIGNS)
        .map(|(kind, (count, by_time))| {
            // The earliest time of day wins a tie: max_by_key keeps the last, so search reversed.
            let (most, _) = SignTime::ALL
                .into_iter()
                .zip(by_time)
                .rev()
                .max_by_key(|(_, n)| *n)
                .expect("four times of day");
            let when = most.in_words();
            match count {
                1 => format!("{}: once, {when}", kind.label()),
                _ => format!("{}: {count} times, most often {when}", kind.label()),
            }
        })
        .collect();
    (lines, more)
}

/// Text compared without case, spacing or a final full stop, so "Music." and "music" are one.
pub(super) fn key_of(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches('.')
        .to_lowercase()
}

/// Every different thing said (each line of each text on its own), with how often: the most
/// often first and, among equals, the most recent first; the newest wording is the one shown.
pub(super) fn ranked_texts<'a>(
    said: impl Iterator<Item = (NaiveDate, &'a str)>,
) -> Vec<(String, u32)> {
    // key -> (count, latest date, wording on that date)
    let mut groups: HashMap<String, (u32, NaiveDate, &str)> = HashMap::new();
    for (date, text) in said {
        for line in text
            .lines()
            .map(str::trim)
            .filter(|l| !key_of(l).is_empty())
        {
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
        .map(|(_, (count, _, text))| (text.to_string(), count))
        .collect()
}

/// The first `most` of a ranked list as lines ("Music in the car (3 times)"), and how many more
/// there are.
pub(super) fn first_of(ranked: Vec<(String, u32)>, most: usize) -> (Vec<String>, u32) {
    let more = ranked.len().saturating_sub(most) as u32;
    let lines = ranked
        .into_iter()
        .take(most)
        .map(|(text, count)| match count {
            1 => text,
            n => format!("{} ({n} times)", text.trim_end_matches('.')),
        })
        .collect();
    (lines, more)
}

/// One kind of worry: how often, how big it felt at most, and the child's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorryLine {
    /// The kind; None for worries noted in words only, with no kind chosen.
    pub category: Option<WorryCategory>,
    pub count: u32,
    /// The highest rating any worry of this kind had (0-10); None when none was rated.
    pub biggest: Option<u8>,
    /// Up to 3 different things the child said, the biggest first, then the newest, each with its
    /// rating.
    pub examples: Vec<(String, Option<u8>)>,
    /// How many more different things the child said of this kind than `examples` quotes.
    pub more_examples: u32,
}

impl WorryLine {
    /// The kind in the parent's words.
    pub fn label(&self) -> &'static str {
        kind_label(self.category)
    }

    /// "3 times, up to 8 out of 10": how often, and how big it felt at most when rated.
    pub fn how_often_and_how_big(&self) -> String {
        let times = match self.count {
            1 => "once".to_string(),
            n => format!("{n} times"),
        };
        let size = self
            .biggest
            .map(|b| format!(", up to {b} out of 10"))
            .unwrap_or_default();
        format!("{times}{size}")
    }
}

/// Which kinds of worry go in the pack: one mark per kind (and one for words alone), so the
/// choice is as small and plain to copy as the other ticks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WorryKinds(u32);

impl WorryKinds {
    pub fn has(self, category: Option<WorryCategory>) -> bool {
        self.0 & (1 << kind_place(category)) != 0
    }

    /// The same choice with this kind in (`on`) or out.
    pub fn with(self, category: Option<WorryCategory>, on: bool) -> Self {
        let bit = 1 << kind_place(category);
        WorryKinds(if on { self.0 | bit } else { self.0 & !bit })
    }
}

/// Every kind of worry noted in the dates, in the one order the figures use too
/// ([`rank_worries`]: the biggest rating first, then the most often), with the child's words.
pub fn ranked_worries(child: &Child, range: (NaiveDate, NaiveDate)) -> Vec<WorryLine> {
    let days = days_in(child, range);
    worries_by_category(child, range)
        .into_iter()
        .map(|tally| {
            // Newest first, so among equal ratings the newest words come first.
            let mut said: Vec<&Worry> = days
                .iter()
                .rev()
                .flat_map(|d| &d.worries)
                .filter(|w| w.category == tally.category)
                .collect();
            said.sort_by_key(|w| std::cmp::Reverse(w.rating));
            let mut examples: Vec<(String, Option<u8>)> = Vec::new();
            let mut different: Vec<String> = Vec::new();
            for worry in said {
                let words = worry.words.trim();
                let key = key_of(words);
                if key.is_empty() || different.contains(&key) {
                    continue;
                }
                different.push(key);
                if examples.len() < MOST_EXAMPLES {
                    examples.push((words.to_string(), worry.rating));
                }
            }
            WorryLine {
                category: tally.category,
                count: tally.count,
                biggest: tally.biggest,
                more_examples: (different.len() - examples.len()) as u32,
                examples,
            }
        })
        .collect()
}

/// The kinds a new pack starts with: the first five in the ranking, and always every kind rated
/// 8 or more. The parent can tick others in, or these out; the rest are counted on the page.
pub fn usual_worry_kinds(lines: &[WorryLine]) -> WorryKinds {
    lines
        .iter()
        .enumerate()
        .filter(|(i, l)| *i < MOST_WORRY_KINDS || l.biggest >= Some(ALWAYS_SHOWN_FROM))
        .fold(WorryKinds::default(), |kinds, (_, l)| {
            kinds.with(l.category, true)
        })
}

/// The worries a pack shows unless the parent chooses others: [`usual_worry_kinds`] of
/// [`ranked_worries`], in that order.
pub fn main_worries(child: &Child, range: (NaiveDate, NaiveDate)) -> Vec<WorryLine> {
    let lines = ranked_worries(child, range);
    let usual = usual_worry_kinds(&lines);
    lines
        .into_iter()
        .filter(|l| usual.has(l.category))
        .collect()
}

/// "Lunch hall (3 times, up to 8 out of 10): “Everyone stares at me.” (8), “Nowhere to sit.” (7)".
pub(super) fn worry_words(line: &WorryLine) -> String {
    let mut quotes: Vec<String> = line
        .examples
        .iter()
        .map(|(words, rating)| {
            let rating = rating.map(|r| format!(" ({r})")).unwrap_or_default();
            format!("\u{201c}{words}\u{201d}{rating}")
        })
        .collect();
    if line.more_examples > 0 {
        quotes.push(format!("and {} more in the diary", line.more_examples));
    }
    let quotes = if quotes.is_empty() {
        String::new()
    } else {
        format!(": {}", quotes.join(", "))
    };
    format!(
        "{} ({}){quotes}",
        line.label(),
        line.how_often_and_how_big()
    )
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
        let (top, more) = first_of(ranked_texts(said.into_iter()), 2);
        assert_eq!(top, ["music  in the car (2 times)", "Quiet breakfast"]);
        assert_eq!(more, 1, "the hug is counted");
    }
}
