//! A reply to a letter that mentions a penalty notice, a "notice to improve" or an attendance
//! contract: the absences the diary records as illness, the codes asked to be corrected, the
//! support asked for and still awaited, and a request to meet. Calm, and it admits nothing the
//! diary does not show (no count of unauthorised sessions, no reason not recorded).
//!
//! Rests on: DfE national framework for penalty notices (from 19 August 2024): a notice is never
//! automatic and support comes first; a notice to improve may come first; attendance contracts
//! are voluntary, list the support offered and are reviewed after about 4 to 6 weeks (DfE
//! "Working together to improve school attendance", statutory from August 2024).

use super::model::{list_lines, list_of_most, one_line, Letter, NotYet, Outcome, Paragraph, GAP};
use super::{
    day_words, greeting, name, range_words, short_name, sign_off, LetterChoices, LetterKind,
};
use crate::domain::diary::day::DayStatus;
use crate::domain::diary::support::ReferralStage;
use crate::domain::diary::Child;
use crate::domain::figures::{code_mismatches, days_in};
use crate::domain::words::plural;

const RESTS_ON: &str = "DfE national framework for penalty notices (August 2024): never \
automatic, support first; DfE Working together (2024): attendance contracts are voluntary and \
list the support offered.";

/// The most code corrections listed here; the register letter lists them all.
const MOST_CODES: usize = 10;

/// True for an action the parent noted as their own ("Parent", "Me", "Mum"): not support awaited.
fn is_parents_own(who: &str) -> bool {
    let who = who.trim().to_ascii_lowercase();
    ["parent", "me", "i", "mum", "dad", "us", "we", "myself"].contains(&who.as_str())
}

/// Support asked for and not yet in place: adjustments not agreed, referrals waiting, and actions
/// agreed in the chosen dates that are overdue and not the parent's own.
fn waiting_for(child: &Child, choices: &LetterChoices) -> Vec<String> {
    let today = choices.today;
    let (from, to) = choices.range;
    let mut lines: Vec<String> = child
        .plan
        .adjustments
        .iter()
        .filter(|a| !a.agreed && !a.what.trim().is_empty())
        .map(|a| format!("{} (asked for, not yet agreed)", one_line(&a.what)))
        .collect();
    for r in &child.support.referrals {
        if matches!(r.stage, ReferralStage::Asked | ReferralStage::Waiting) {
            let mut line = format!("{}: {}", r.to.label(), r.stage.label().to_ascii_lowercase());
            if let Some(made) = r.made_on {
                line.push_str(&format!(" since {}", crate::domain::dates::long_date(made)));
            }
            lines.push(line);
        }
    }
    for contact in child
        .contacts
        .iter()
        .filter(|c| c.date >= from && c.date <= to)
    {
        for action in contact
            .actions
            .iter()
            .filter(|a| a.is_overdue(today) && !is_parents_own(&a.who))
        {
            let who = one_line(&action.who);
            let by = action
                .by
                .map(crate::domain::dates::long_date)
                .unwrap_or_default();
            lines.push(format!(
                "{}{} (agreed on {}, due by {by}, not done yet)",
                one_line(&action.what),
                if who.is_empty() {
                    String::new()
                } else {
                    format!(", {who}")
                },
                crate::domain::dates::long_date(contact.date),
            ));
        }
    }
    lines
}

pub(super) fn write(child: &Child, choices: &LetterChoices) -> Outcome {
    let days = days_in(child, choices.range);
    if days.is_empty() {
        return Outcome::NotYet(NotYet {
            kind: LetterKind::FinesReply,
            why: format!("The diary holds no day {}.", range_words(choices.range)),
            what_to_record: "Choose the dates the letter you received is about, or record those days first (each day off as “Off ill” where it was illness), so the reply can say what the diary shows.".into(),
        });
    }
    let who = short_name(child);
    let full = name(child);
    let ill: Vec<_> = days
        .iter()
        .filter(|d| matches!(d.status, DayStatus::AbsentIll | DayStatus::CouldNotGetOut))
        .collect();
    let medical = days
        .iter()
        .filter(|d| d.status == DayStatus::Medical)
        .count();
    let mut paragraphs = vec![greeting()];
    paragraphs.push(Paragraph::plain(format!(
        "Thank you for your letter of {GAP} about {full}'s attendance. I want {who} to be in school, and I want to work with you on this."
    )));
    let mut record = String::new();
    if !ill.is_empty() {
        record.push_str(&format!(
            "My diary {} records {} when {who} was too unwell to attend, through illness of body or mind.",
            range_words(choices.range),
            plural(ill.len(), "day", "days")
        ));
    }
    if medical > 0 {
        if !record.is_empty() {
            record.push(' ');
        }
        record.push_str(&format!(
            "It also records {}.",
            plural(medical, "medical appointment", "medical appointments")
        ));
    }
    if !record.is_empty() {
        paragraphs.push(Paragraph::titled("Absence through illness", record));
    }
    let mismatches = code_mismatches(child, choices.range);
    if !mismatches.is_empty() {
        let lines: Vec<String> = mismatches
            .iter()
            .map(|m| {
                format!(
                    "{}: recorded as {}, when my record says “{}”",
                    day_words(m.date),
                    m.school_code,
                    m.status.label()
                )
            })
            .collect();
        paragraphs.push(Paragraph::titled(
            "Codes I am asking you to correct",
            list_of_most(
                &lines,
                MOST_CODES,
                "days, in my separate letter about the register",
            ),
        ));
    }
    let waiting = waiting_for(child, choices);
    if !waiting.is_empty() {
        paragraphs.push(Paragraph::titled(
            "Support we have asked for and are waiting for",
            list_lines(&waiting),
        ));
    }
    paragraphs.push(Paragraph::plain(format!(
        "I would like to meet, before any further step is taken, to agree the support {who} needs. If an attendance contract is suggested, I understand it is voluntary and should set out the support school and the council will give; I would like to talk it through at that meeting."
    )));
    paragraphs.push(sign_off(child));
    let mut for_parent = Vec::new();
    if ill.is_empty() && medical == 0 && mismatches.is_empty() && waiting.is_empty() {
        for_parent.push("The diary shows no day off through illness, no code to correct and no support awaited in these dates: the reply asks to meet. Check the dates match the letter you received.".into());
    }
    Outcome::Letter(Letter {
        kind: LetterKind::FinesReply,
        subject: format!("{full}: reply to your letter about attendance"),
        paragraphs,
        rests_on: RESTS_ON,
        for_parent,
    })
}
