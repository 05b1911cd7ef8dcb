//! The attendance, plan and contacts parts of a meeting pack, from the child's records and plan.

use chrono::NaiveDate;

use super::{PackAction, PackContact, PackLadder, PackPlan, PackSection, PackStep};
use crate::domain::contacts::Contact;
use crate::domain::dates::short_date;
use crate::domain::diary::Child;
use crate::domain::figures::{
    code_mismatches, days_words, explain_absence_line, explain_health_mark, figures, percent_words,
};
use crate::domain::plan::Step;

/// The most contacts listed, so the pack stays short enough to read in a meeting.
const MOST_CONTACTS: usize = 12;

pub(super) fn attendance(child: &Child, range: (NaiveDate, NaiveDate)) -> Option<PackSection> {
    let f = figures(child, range);
    if f.days_recorded == 0 {
        return None;
    }
    let of = |part: u32| match f.possible_sessions {
        0 => String::new(),
        whole => format!(
            " ({})",
            percent_words(f64::from(part) * 100.0 / f64::from(whole))
        ),
    };
    let mut summary = vec![
        format!("School days recorded: {}", f.school_days_recorded),
        format!(
            "Sessions attended: {} of {}{}",
            f.present_sessions,
            f.possible_sessions,
            of(f.present_sessions)
        ),
        format!(
            "Sessions missed: {}{}",
            f.missed_sessions,
            of(f.missed_sessions)
        ),
        format!(
            "Off for health reasons: {}",
            days_words(f.health_days_missed())
        ),
        format!("Days late: {}", f.days_late),
        format!(
            "Days with missed lessons, leaving early or a reduced timetable: {}",
            f.days_partial
        ),
    ];
    summary.extend(
        f.days_by_status
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(status, n)| format!("{}: {}", status.label(), days_words(f64::from(*n)))),
    );
    summary.push(format!("Attendance line: {}", f.absence_line().label()));
    let code_differences =
        code_mismatches(child, range)
            .into_iter()
            .map(|m| {
                format!(
                "{}: we recorded \u{201c}{}\u{201d}; the school's code was {} (codes that fit: {})",
                short_date(m.date),
                m.status.label(),
                m.school_code,
                m.expected.iter().filter(|c| !c.is_empty()).copied().collect::<Vec<_>>().join(" ")
            )
            })
            .collect();
    Some(PackSection::Attendance {
        summary,
        absence_line: explain_absence_line(f.absence_line()),
        health: explain_health_mark(&f),
        code_differences,
    })
}

fn pack_step(step: &Step) -> PackStep {
    PackStep {
        what: step.what.clone(),
        rating: step.rating,
        who: step.who.iter().map(|w| w.label().to_string()).collect(),
        when_where: step.when_where.clone(),
        support: step.support.clone(),
        state: step.state.label().to_string(),
        sub_steps: step.sub_steps.iter().map(pack_step).collect(),
    }
}

pub(super) fn plan_section(child: &Child) -> Option<PackSection> {
    let p = &child.plan;
    // The plan's key adult, or the one named on the child's details.
    let key_adult = if p.key_adult.trim().is_empty() {
        &child.key_adult
    } else {
        &p.key_adult
    };
    let summary = PackPlan {
        goal: p.goal.clone(),
        strengths: p.strengths.clone(),
        tried: p
            .tried
            .iter()
            .map(|t| match t.how_it_went.trim() {
                "" => t.what.clone(),
                how => format!("{}: {how}", t.what),
            })
            .collect(),
        ladders: p
            .ladders
            .iter()
            .map(|l| PackLadder {
                title: l.title.clone(),
                steps: l.steps.iter().map(pack_step).collect(),
            })
            .collect(),
        key_adult: key_adult.clone(),
        contact_arrangements: p.contact_arrangements.clone(),
        celebration: p.celebration.clone(),
        bad_day_plan: p.bad_day_plan.clone(),
    };
    let texts = [
        &summary.goal,
        &summary.strengths,
        &summary.key_adult,
        &summary.contact_arrangements,
        &summary.celebration,
        &summary.bad_day_plan,
    ];
    let empty = texts.iter().all(|t| t.trim().is_empty())
        && summary.tried.is_empty()
        && summary.ladders.is_empty();
    (!empty).then_some(PackSection::Plan(summary))
}

/// The non-empty lines of a piece of text, without list marks the parent may have typed.
pub(super) fn lines_of(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim().trim_start_matches(['-', '*', '\u{2022}']).trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Contacts in the dates, and older ones whose actions are still open; newest first.
pub(super) fn contacts(
    all: &[Contact],
    range: (NaiveDate, NaiveDate),
    for_school: bool,
) -> Vec<PackContact> {
    let mut chosen: Vec<&Contact> = all
        .iter()
        .filter(|c| {
            let in_range = range.0 <= c.date && c.date <= range.1;
            let still_open = c.date <= range.1 && c.actions.iter().any(|a| !a.done);
            in_range || still_open
        })
        .collect();
    chosen.sort_by_key(|c| std::cmp::Reverse(c.date));
    chosen
        .into_iter()
        .take(MOST_CONTACTS)
        .map(|c| PackContact {
            date: c.date,
            with_whom: c.with_whom.clone(),
            method: c.method.label().to_string(),
            said: (!for_school && !c.said.trim().is_empty()).then(|| c.said.clone()),
            open_actions: c
                .actions
                .iter()
                .filter(|a| !a.done)
                .map(|a| PackAction {
                    what: a.what.clone(),
                    who: a.who.clone(),
                    by: a.by,
                })
                .collect(),
        })
        .collect()
}
