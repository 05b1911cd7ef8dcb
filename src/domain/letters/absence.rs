//! The absence message: the day's absence reported in writing, as illness where the parent
//! recorded illness ("too unwell to attend", never "refusing"), asking that it be recorded as
//! authorised.
//!
//! Rests on: DfE, "Working together to improve school attendance" (2024), paras 365-366 (the
//! parent's word normally suffices; evidence only on genuine, reasonable doubt); DfE (February
//! 2023) on not routinely asking for medical evidence for short mental-health absences; parents'
//! groups' advice to report each absence in writing as illness (Not Fine in School).

use super::model::{Letter, NotYet, Outcome, Paragraph};
use super::{day_words, greeting, name, short_name, sign_off, LetterChoices, LetterKind};
use crate::domain::diary::day::{DayRecord, DayStatus, SignTime};
use crate::domain::diary::Child;
use crate::domain::figures::{sessions, SessionOutcome};

const RESTS_ON: &str = "DfE, Working together to improve school attendance (2024), paras 365-366: \
your word is normally enough; parents' groups (Not Fine in School): report each absence in writing.";

/// Which part of the day was missed, in words: "today", "this morning", "on Tuesday 3 March 2026
/// (the afternoon)".
fn when_words(record: Option<&DayRecord>, choices: &LetterChoices) -> String {
    let part = record.map(|r| {
        let [am, pm] = sessions(r);
        match (am.outcome, pm.outcome) {
            (SessionOutcome::Missed, SessionOutcome::Missed) => "",
            (SessionOutcome::Missed, _) => "morning",
            (_, SessionOutcome::Missed) => "afternoon",
            _ => "",
        }
    });
    let today = choices.day == choices.today;
    match (today, part.unwrap_or("")) {
        (true, "") => "today".to_string(),
        (true, part) => format!("this {part}"),
        (false, "") => format!("on {}", day_words(choices.day)),
        (false, part) => format!("on {} (the {part})", day_words(choices.day)),
    }
}

/// The signs the parent noted for the morning or the night before, in words, at most four.
fn signs_words(record: &DayRecord) -> Option<String> {
    let mut signs: Vec<String> = record
        .signs
        .iter()
        .filter(|s| matches!(s.when, SignTime::NightBefore | SignTime::Morning))
        .map(|s| s.kind.label().to_ascii_lowercase())
        .collect();
    signs.dedup();
    if signs.is_empty() {
        return None;
    }
    let more = signs.len().saturating_sub(4);
    signs.truncate(4);
    let mut words = signs.join("; ");
    if more > 0 {
        words.push_str(&format!(" and {more} more"));
    }
    Some(words)
}

pub(super) fn write(child: &Child, choices: &LetterChoices) -> Outcome {
    let record = child.day(choices.day);
    let status = record.map(|r| r.status);
    // Which words and which code, from the day's record. A day with no record yet is written as
    // illness: what parents' groups advise, and the parent reads it before sending.
    let medical = match status {
        None | Some(DayStatus::AbsentIll) | Some(DayStatus::CouldNotGetOut) => false,
        Some(DayStatus::Medical) => true,
        Some(other) => {
            let ill_session =
                record.is_some_and(|r| sessions(r).iter().any(|s| s.is_health_related()));
            if !ill_session {
                return Outcome::NotYet(NotYet {
                    kind: LetterKind::Absence,
                    why: format!(
                        "The record for {} says “{}”, so there is no absence for illness to report.",
                        day_words(choices.day),
                        other.label()
                    ),
                    what_to_record: "If your child was too unwell for all or part of the day, change that day's record (a morning or afternoon can be “Off ill”), then come back here.".into(),
                });
            }
            record.is_some_and(|r| {
                sessions(r)
                    .iter()
                    .any(|s| s.is_health_related() && s.decided_by == DayStatus::Medical)
            })
        }
    };
    let who = name(child);
    let short = short_name(child);
    let when = when_words(record, choices);
    // A day already past is told in the past; today and a day ahead as they stand.
    let past = choices.day < choices.today;
    let mut paragraphs = vec![greeting()];
    let (opening, ask, subject_words) = match (medical, past) {
        (true, false) => (
            format!("{who} has a medical appointment {when} and will not be in school for it."),
            "Please record this as a medical appointment (code M).",
            "medical appointment",
        ),
        (true, true) => (
            format!("{who} had a medical appointment {when} and was not in school for it."),
            "Please record this as a medical appointment (code M).",
            "medical appointment",
        ),
        (false, false) => (
            format!("{who} is too unwell to attend school {when}."),
            "Please record this as authorised absence for illness (code I).",
            "absence",
        ),
        (false, true) => (
            format!("{who} was too unwell to attend school {when}."),
            "Please record this as authorised absence for illness (code I).",
            "absence",
        ),
    };
    let mut first = opening;
    if let Some(signs) = record.and_then(signs_words) {
        first.push_str(&format!(" Signs I noticed: {signs}."));
    }
    paragraphs.push(Paragraph::plain(first));
    paragraphs.push(Paragraph::plain(if past || medical {
        format!("{ask} I am happy to talk about how school can help {short}.")
    } else {
        format!("{ask} I will let you know when {short} is well enough to return, and I am happy to talk about how school can help.")
    }));
    paragraphs.push(sign_off(child));
    let mut for_parent = Vec::new();
    if record.is_none() {
        for_parent.push(format!(
            "{} has no record in the diary yet; this message says “too unwell to attend”. Record the day too, so the diary matches what you sent.",
            day_words(choices.day)
        ));
    }
    Outcome::Letter(Letter {
        kind: LetterKind::Absence,
        subject: format!("{who}: {subject_words} {}", when_subject(choices)),
        paragraphs,
        rests_on: RESTS_ON,
        for_parent,
    })
}

fn when_subject(choices: &LetterChoices) -> String {
    if choices.day == choices.today {
        format!("today, {}", day_words(choices.day))
    } else {
        format!("on {}", day_words(choices.day))
    }
}
