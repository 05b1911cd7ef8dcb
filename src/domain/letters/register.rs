//! Correcting the register: the days where the school's code and the parent's record differ, dates
//! in words, what the parent recorded, and the correction asked for.
//!
//! Rests on: Not Fine in School's advice to check the register codes and ask for corrections
//! (anxiety absence is often coded O where I applies); the right to rectification under UK GDPR
//! (one calendar month; ICO); DfE 2024 register codes. See DOMAIN.md, last two sections.

use super::model::{list_of_most, Letter, NotYet, Outcome, Paragraph};
use super::{day_words, greeting, name, range_words, sign_off, LetterChoices, LetterKind};
use crate::domain::diary::Child;
use crate::domain::figures::{code_mismatches, CodeMismatch};

const RESTS_ON: &str = "Not Fine in School: check the register codes and ask for corrections; \
UK GDPR right to rectification, answered within one calendar month (ICO); DfE register codes 2024.";

/// The most days listed in one letter; more are counted in an "and N more" line.
pub const MOST_DAYS: usize = 40;

/// A code and a few plain words, for the correction asked.
fn short_meaning(code: &str) -> &'static str {
    match code {
        "/" | "\\" => "present",
        "L" => "late, before the register closed",
        "U" => "late, after the register closed",
        "I" => "illness",
        "M" => "medical appointment",
        "C2" => "part-time timetable",
        "K" | "B" | "P" | "V" | "W" | "D" => "education elsewhere, counted as present",
        "E" => "excluded",
        "#" | "Y" | "X" | "" => "no school that day",
        _ => "",
    }
}

/// "I (illness)", "a present mark (/ or \\)".
fn asked_code(m: &CodeMismatch) -> String {
    if m.expected.contains(&"/") && m.expected.contains(&"\\") && m.expected[0] == "/" {
        return "a present mark (/ or \\)".into();
    }
    let first = m.expected.first().copied().unwrap_or("");
    if first.is_empty() {
        return "no mark (there was no school that day)".into();
    }
    format!("{first} ({})", short_meaning(first))
}

fn day_line(m: &CodeMismatch) -> String {
    format!(
        "{}: the register shows {}; my record says “{}”; please record {}.",
        day_words(m.date),
        m.school_code,
        m.status.label(),
        asked_code(m)
    )
}

pub(super) fn write(child: &Child, choices: &LetterChoices) -> Outcome {
    let mismatches = code_mismatches(child, choices.range);
    if mismatches.is_empty() {
        return Outcome::NotYet(NotYet {
            kind: LetterKind::RegisterCorrection,
            why: format!(
                "No day {} has a school code that differs from your record.",
                range_words(choices.range)
            ),
            what_to_record: "When you learn the code school recorded for a day (from the app school uses, or the attendance record), note it on that day under “Code school recorded”. A code that does not fit your record is listed here.".into(),
        });
    }
    let who = name(child);
    let lines: Vec<String> = mismatches.iter().map(day_line).collect();
    let mut for_parent = Vec::new();
    if lines.len() > MOST_DAYS {
        for_parent.push(format!(
            "{} days differ; the letter lists the first {MOST_DAYS}. Choose shorter dates to write about the rest.",
            lines.len()
        ));
    }
    let paragraphs = vec![
        greeting(),
        Paragraph::plain(format!(
            "I keep a diary of {who}'s school days. On the days below, the code on the register does not match what happened, as I recorded it at the time. Please could you check them and correct the register."
        )),
        Paragraph::titled(
            "The days",
            list_of_most(&lines, MOST_DAYS, "days, which I will send separately"),
        ),
        Paragraph::plain(
            "Where a day was illness, of body or mind, the code I is the one that fits. I understand a record that is wrong can be corrected on request, and that a reply is due within one calendar month. Please let me know what you have changed, or why a code stays as it is.",
        ),
        sign_off(child),
    ];
    Outcome::Letter(Letter {
        kind: LetterKind::RegisterCorrection,
        subject: format!("{who}: asking for the register to be corrected"),
        paragraphs,
        rests_on: RESTS_ON,
        for_parent,
    })
}
