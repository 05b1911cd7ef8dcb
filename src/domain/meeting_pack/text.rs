//! The meeting pack as plain text, for copying into an email or message, or sharing from the phone.

use std::fmt::Write;

use super::{MeetingPack, PackSection, PackStep};
use crate::domain::dates::{long_date, short_date};

/// The whole pack as plain text: a heading, then each section under its own title.
pub fn pack_as_text(pack: &MeetingPack) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Meeting pack: {}", pack.child_name);
    let about: Vec<&str> = [pack.year_group.as_str(), pack.school.as_str()]
        .into_iter()
        .filter(|t| !t.trim().is_empty())
        .collect();
    if !about.is_empty() {
        let _ = writeln!(out, "{}", about.join(", "));
    }
    let (from, to) = pack.range;
    let _ = writeln!(out, "Dates: {} to {}", long_date(from), long_date(to));
    for section in &pack.sections {
        let title = section.title();
        let _ = write!(out, "\n{title}\n{}\n", "-".repeat(title.chars().count()));
        section_text(&mut out, section);
    }
    out
}

/// A labelled piece of text, left out when empty.
fn field(out: &mut String, label: &str, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        let _ = writeln!(out, "{label}: {text}");
    }
}

/// A labelled list of bullet points, left out when empty.
fn list(out: &mut String, label: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    if !label.is_empty() {
        let _ = writeln!(out, "{label}:");
    }
    for item in items {
        let _ = writeln!(out, "- {}", item.trim());
    }
}

fn step_text(out: &mut String, step: &PackStep, indent: &str) {
    let rating = step
        .rating
        .map(|r| format!(" (how hard: {r} out of 10)"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{indent}- {}{rating} [{}]",
        step.what.trim(),
        step.state
    );
    let inner = format!("{indent}  ");
    if !step.who.is_empty() {
        let _ = writeln!(out, "{inner}Who: {}", step.who.join(", "));
    }
    field_at(out, &inner, "When and where", &step.when_where);
    field_at(out, &inner, "Support", &step.support);
    for sub in &step.sub_steps {
        step_text(out, sub, &inner);
    }
}

fn field_at(out: &mut String, indent: &str, label: &str, text: &str) {
    if !text.trim().is_empty() {
        let _ = writeln!(out, "{indent}{label}: {}", text.trim());
    }
}

fn section_text(out: &mut String, section: &PackSection) {
    match section {
        PackSection::Attendance {
            summary,
            absence_line,
            health,
            code_differences,
        } => {
            list(out, "", summary);
            let _ = writeln!(out, "{absence_line}\n{health}");
            list(
                out,
                "Days where the school's register code differs from our record",
                code_differences,
            );
        }
        PackSection::Patterns { weekdays, signs } => {
            list(out, "By day of the week", weekdays);
            list(out, "Signs noticed most", signs);
        }
        PackSection::TopWorries(lines) => {
            for line in lines {
                let times = if line.count == 1 {
                    "once".to_string()
                } else {
                    format!("{} times", line.count)
                };
                let size = line
                    .average
                    .as_ref()
                    .map(|a| format!(", on average {a}"))
                    .unwrap_or_default();
                let _ = writeln!(out, "- {}: {times}{size}", line.category);
                for example in &line.examples {
                    let _ = writeln!(out, "    \u{201c}{}\u{201d}", example.trim());
                }
            }
        }
        PackSection::WhatHelps { helped, harder } => {
            list(out, "What helps", helped);
            list(out, "What makes it harder", harder);
        }
        PackSection::ChildVoice {
            what_is_hard,
            what_is_good,
            worries,
            best_things,
            ideal_school,
        } => {
            field(out, "What is hard", what_is_hard);
            field(out, "What is good", what_is_good);
            list(out, "Worries", worries);
            list(out, "Best things", best_things);
            field(out, "Their ideal school", ideal_school);
        }
        PackSection::Plan(plan) => {
            field(out, "Our shared goal", &plan.goal);
            field(out, "Strengths", &plan.strengths);
            list(out, "Already tried", &plan.tried);
            for ladder in &plan.ladders {
                let _ = writeln!(out, "Ladder: {}", ladder.title.trim());
                for step in &ladder.steps {
                    step_text(out, step, "");
                }
            }
            field(out, "Key adult", &plan.key_adult);
            field(out, "Keeping in touch", &plan.contact_arrangements);
            field(out, "How we celebrate", &plan.celebration);
            field(out, "On a bad day", &plan.bad_day_plan);
        }
        PackSection::Adjustments(list) => {
            for adjustment in list {
                let agreed = if adjustment.agreed {
                    "agreed"
                } else {
                    "asked for"
                };
                let _ = writeln!(out, "- {} ({agreed})", adjustment.what.trim());
            }
        }
        PackSection::Requests {
            questions,
            requests,
        } => {
            list(out, "Questions", questions);
            list(out, "Requests", requests);
        }
        PackSection::Contacts(contacts) => {
            for contact in contacts {
                let _ = writeln!(
                    out,
                    "- {}, {} with {}",
                    short_date(contact.date),
                    contact.method,
                    contact.with_whom.trim()
                );
                if let Some(said) = &contact.said {
                    let _ = writeln!(out, "  Said: {}", said.trim());
                }
                for action in &contact.open_actions {
                    let who = match action.who.trim() {
                        "" => String::new(),
                        who => format!(" ({who})"),
                    };
                    let by = action
                        .by
                        .map(|d| format!(", by {}", short_date(d)))
                        .unwrap_or_default();
                    let _ = writeln!(out, "  Still to do: {}{who}{by}", action.what.trim());
                }
            }
        }
        PackSection::NextReview(date) => {
            let _ = writeln!(out, "{}", long_date(*date));
        }
    }
}
