//! The evidence lines letters share, each from the diary for the chosen dates: attendance and any
//! line crossed, health absence, what has been tried and for how long, the professionals and
//! referrals, SEN or ALN support, and the child's own words.
//!
//! Rests on: SEND Code of Practice 9.14 and IPSEA's model letters (evidence that helps: the child's
//! views, home-school diaries, support tried, professionals, attendance); DfE "Working together"
//! (2024) for the 10% and 50% lines; Education Act 1996 s19 and DfE guidance for the 15 days.

use chrono::NaiveDate;

use super::model::{joined, one_line};
use super::short_name;
use crate::domain::dates::long_date;
use crate::domain::diary::support::{Nation, ReferralStage};
use crate::domain::diary::Child;
use crate::domain::figures::{days_words, figures, percent_words, AbsenceLine};
use crate::domain::meeting_pack::coverage;
use crate::domain::plan::StepState;
use crate::domain::words::plural;

/// Attendance for the dates as the diary counts it, and any line crossed. None with no school day
/// recorded.
pub(super) fn attendance(child: &Child, range: (NaiveDate, NaiveDate)) -> Option<String> {
    let f = figures(child, range);
    let percent = f.attendance_percent()?;
    let covered = coverage(child, range);
    let mut text = format!(
        "From {} to {}, my diary shows {} present for {} of {} possible sessions ({}). It has a record for {} of the {} in these dates (Monday to Friday, less days with no school).",
        long_date(range.0),
        long_date(range.1),
        short_name(child),
        f.present_sessions,
        f.possible_sessions,
        percent_words(percent),
        covered.recorded,
        plural(covered.school_days as usize, "school day", "school days"),
    );
    // The names "persistent" and "severe" absence are England's (DfE); in Wales only the share.
    let england = child.nation == Nation::England;
    match f.absence_line() {
        AbsenceLine::Below => {}
        AbsenceLine::Persistent if england => text.push_str(
            " That is 10% or more of sessions missed, what schools call persistent absence.",
        ),
        AbsenceLine::Severe if england => text
            .push_str(" That is 50% or more of sessions missed, what schools call severe absence."),
        AbsenceLine::Persistent => text.push_str(" That is 10% or more of sessions missed."),
        AbsenceLine::Severe => text.push_str(" That is 50% or more of sessions missed."),
    }
    Some(text)
}

/// Health absence for the dates. None when there was none.
pub(super) fn health(child: &Child, range: (NaiveDate, NaiveDate)) -> Option<String> {
    let f = figures(child, range);
    if f.health_missed_sessions == 0 {
        return None;
    }
    let mut text = format!(
        "In the same dates {} missed {} of school through health: illness of body or mind, mornings too unwell to leave the house, and medical appointments.",
        short_name(child),
        days_words(f.health_days_missed())
    );
    if f.health_mark_reached() {
        text.push_str(" That is 15 school days or more, added up.");
    }
    Some(text)
}

/// What has been tried: the plan's list, each ladder step tried with its tries and dates, and each
/// adjustment agreed with since when.
pub(super) fn tried(child: &Child) -> Vec<String> {
    let plan = &child.plan;
    let mut lines: Vec<String> = plan
        .tried
        .iter()
        .filter(|t| !t.what.trim().is_empty())
        .map(|t| {
            let how = one_line(&t.how_it_went);
            if how.is_empty() {
                one_line(&t.what)
            } else {
                format!("{}: {how}", one_line(&t.what))
            }
        })
        .collect();
    for ladder in &plan.ladders {
        for step in &ladder.steps {
            if step.attempts.is_empty() && step.state == StepState::NotStarted {
                continue;
            }
            let first = step.attempts.iter().map(|a| a.date).min();
            let last = step.attempts.iter().map(|a| a.date).max();
            let tries = match (first, last) {
                (Some(f), Some(l)) if f == l => format!("tried once, on {}", long_date(f)),
                (Some(f), Some(l)) => format!(
                    "{} from {} to {}",
                    plural(step.attempts.len(), "try", "tries"),
                    long_date(f),
                    long_date(l)
                ),
                _ => "no try noted yet".to_string(),
            };
            let state = match (step.state, step.attempts.is_empty()) {
                // Done without a try noted: said plainly, not "no try noted yet, now done".
                (StepState::Done, true) => {
                    lines.push(format!("Step “{}”: done", one_line(&step.what)));
                    continue;
                }
                (StepState::Done, false) => ", now done",
                (StepState::Paused, _) => ", paused",
                _ => "",
            };
            lines.push(format!("Step “{}”: {tries}{state}", one_line(&step.what)));
        }
    }
    for adj in plan.adjustments.iter().filter(|a| a.agreed) {
        let mut line = format!("{} (agreed", one_line(&adj.what));
        if let Some(since) = adj.in_place_since {
            line.push_str(&format!(", in place since {}", long_date(since)));
        }
        if let Some(going) = adj.how_it_is_going {
            line.push_str(&format!("; {}", going.label().to_ascii_lowercase()));
        }
        line.push(')');
        lines.push(line);
    }
    lines
}

/// The professionals involved and referrals, with where each stands.
pub(super) fn professionals(child: &Child) -> Vec<String> {
    let mut lines: Vec<String> = child
        .plan
        .professionals
        .iter()
        .filter(|p| !p.name.trim().is_empty())
        .map(|p| {
            let role = one_line(&p.role);
            if role.is_empty() {
                one_line(&p.name)
            } else {
                format!("{}, {role}", one_line(&p.name))
            }
        })
        .collect();
    for r in &child.support.referrals {
        let mut line = r.to.label().to_string();
        if !r.detail.trim().is_empty() {
            line = format!("{line} ({})", one_line(&r.detail));
        }
        if let Some(made) = r.made_on {
            line.push_str(&format!(": referred {}", long_date(made)));
        }
        let stage = r.stage.label().to_ascii_lowercase();
        match r.stage_since {
            Some(since) if r.stage != ReferralStage::Waiting => {
                line.push_str(&format!("; {stage} since {}", long_date(since)))
            }
            _ => line.push_str(&format!("; {stage}")),
        }
        lines.push(line);
    }
    lines
}

/// SEN or ALN support as recorded, any diagnosis, and any assessment awaited.
pub(super) fn support(child: &Child) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(words) = child.support_level_words() {
        lines.push(words.to_string());
    }
    let diagnosis = one_line(&child.support.diagnosis);
    if !diagnosis.is_empty() {
        lines.push(format!("Diagnosis: {diagnosis}"));
    }
    let awaiting = one_line(&child.support.awaiting_assessment);
    if !awaiting.is_empty() {
        lines.push(format!("Assessment awaited: {awaiting}"));
    }
    lines
}

/// The child's own words: first what the child marked "OK to share with school" (read only through
/// [`Child::words_ok_to_share`], so nothing kept "just for home" can reach a letter), unedited and
/// dated; then what was noted for the plan's first stage, which the meeting pack shares the same way.
pub(super) fn child_words(child: &Child) -> Vec<String> {
    let mut lines: Vec<String> = child
        .words_ok_to_share()
        .into_iter()
        .map(|s| {
            format!(
                "{}: “{}” (said on {})",
                s.heading,
                one_line(s.words),
                long_date(s.said_on)
            )
        })
        .collect();
    let voice = &child.plan.voice;
    let mut add = |label: &str, text: String| {
        if !text.is_empty() {
            lines.push(format!("{label}: “{text}”"));
        }
    };
    add("What is hard", one_line(&voice.what_is_hard));
    add("What is good", one_line(&voice.what_is_good));
    add("Worries", joined(&voice.worries));
    add("Best things", joined(&voice.best_things));
    add("My ideal school", one_line(&voice.ideal_school));
    lines
}
