//! A reduced timetable in writing: time-limited, with a review date and how the child stays
//! connected, filled from the plan (review date, key adult, contact arrangements) with gaps for
//! the hours and dates only the parent and school can agree.
//!
//! Rests on: DfE, "Working together to improve school attendance" (2024) and the councils' EBSA
//! guidance in DOMAIN.md: reduced timetables are exceptional, time-limited (often 6 to 8 weeks),
//! agreed in writing, reviewed, with the child kept connected (work sent home, news of clubs and
//! trips); England's code C2 for the sessions not attended (Wales has no C2).

use super::model::{list_lines, one_line, Letter, Outcome, Paragraph, GAP};
use super::{greeting, name, short_name, sign_off, LetterChoices, LetterKind};
use crate::domain::dates::long_date;
use crate::domain::diary::day::DayStatus;
use crate::domain::diary::support::Nation;
use crate::domain::diary::Child;
use crate::domain::figures::days_in;
use crate::domain::words::plural;

const RESTS_ON: &str = "DfE, Working together to improve school attendance (2024): a reduced \
timetable is exceptional, time-limited, agreed in writing and reviewed, with the child kept \
connected; DfE register code C2 (England).";

fn or_gap(text: &str) -> String {
    let text = one_line(text);
    if text.is_empty() {
        GAP.to_string()
    } else {
        text
    }
}

/// How the child stays connected: the plan's contact arrangements as written, or a gap with an
/// example of what to agree.
fn connected_line(who: &str, arrangements: &str) -> String {
    let agreed = one_line(arrangements);
    let agreed = agreed.trim_end_matches('.');
    if agreed.is_empty() {
        format!("How {who} stays connected: {GAP} (for example work sent home, and news of clubs and trips)")
    } else {
        format!("How {who} stays connected: {agreed}")
    }
}

pub(super) fn write(child: &Child, choices: &LetterChoices) -> Outcome {
    let who = short_name(child);
    let full = name(child);
    let plan = &child.plan;
    let review = plan
        .next_review
        .filter(|d| *d >= choices.today)
        .map_or_else(|| GAP.to_string(), long_date);
    let key_adult = if plan.key_adult.trim().is_empty() {
        or_gap(&child.key_adult)
    } else {
        or_gap(&plan.key_adult)
    };
    let mut paragraphs = vec![greeting()];
    paragraphs.push(Paragraph::plain(format!(
        "Thank you for talking with me about a reduced timetable for {full}. So that we all share the same plan, please could we agree it in writing, as below."
    )));
    let mut terms = vec![
        format!("Hours or lessons each day: {GAP}"),
        format!("Starting on: {GAP}"),
        format!("For: {GAP} weeks, as a short-term step"),
        format!("Reviewed on: {review}, with me and {who}"),
        format!("Key adult: {key_adult}"),
        connected_line(&who, &plan.contact_arrangements),
    ];
    if child.nation == Nation::England {
        terms.push("The sessions not attended recorded as C2 (part-time timetable)".into());
    }
    paragraphs.push(Paragraph::titled("What we agree", list_lines(&terms)));
    let recorded = days_in(child, choices.range)
        .iter()
        .filter(|d| d.status == DayStatus::ReducedTimetable)
        .count();
    if recorded > 0 {
        paragraphs.push(Paragraph::plain(format!(
            "My diary already shows {} on a reduced timetable {} , so I would like the plan and its review date in writing.",
            plural(recorded, "day", "days"),
            super::range_words(choices.range)
        ).replace(" ,", ",")));
    }
    paragraphs.push(Paragraph::plain(format!(
        "The aim is to build back up, step by step, at a pace {who} can manage. At the review, could we look at what has helped and what the next step should be?"
    )));
    paragraphs.push(sign_off(child));
    let mut for_parent = Vec::new();
    if review == GAP {
        for_parent.push("The plan has no review date yet: agree one with school and add it to the plan (2. The plan), so it is in your calendar too.".into());
    }
    Outcome::Letter(Letter {
        kind: LetterKind::ReducedTimetable,
        subject: format!("{full}: agreeing the reduced timetable in writing"),
        paragraphs,
        rests_on: RESTS_ON,
        for_parent,
    })
}
