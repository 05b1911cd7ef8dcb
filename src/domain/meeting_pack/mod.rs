//! The meeting pack: a short page a parent takes to a school meeting, built once here as one model
//! ([`MeetingPack`]) that the screen, the printout and the shared text all render.
//!
//! What goes in follows "A school meeting" and "What the school wants on the meeting page" in
//! DOMAIN.md (Not Fine in School; Devon County Council EBSA guidance; SEND Code of Practice): who
//! the child is, the child's own words first, attendance for dates the diary covers, the worst
//! worries, what helps, the plan with its tries and latest review, the parent's asks once, and the
//! next review.
//!
//! Rules, whatever the choices:
//! - A day's **private note is never read** here, so it can never reach a pack, its text or a
//!   printout.
//! - What was said in calls and meetings is left out unless the parent chooses to include it.
//! - The page is written for school to read: neutral words about the attendance lines. What the
//!   parent can ask for is kept in [`MeetingPack::for_parent`], shown on screen only.
//! - A section the parent unticked is left out, and so is a ticked one with nothing in it, so a
//!   printout has no empty headings.

mod attendance;
mod furniture;
mod gather;
mod model;
mod plan;
mod support;
mod text;

use chrono::NaiveDate;

use crate::domain::charts::{weekday_chart, weekly_attendance_chart, Chart};
use crate::domain::dates::long_date;
use crate::domain::diary::Child;
use crate::domain::figures::{current_term, days_in};
use crate::domain::questions::{questions, QuestionTicks};
use gather::{first_of, ranked_texts, signs_lines, worry_words};
use model::{bullets_of_more, field, joined};

pub use attendance::{coverage, coverage_words, FEWEST_DAYS_FOR_LINES};
pub use furniture::{page_name, ForTheMeeting};
pub use gather::{main_worries, ranked_worries, usual_worry_kinds, WorryKinds, WorryLine};
pub use model::{
    more_words, Advice, Block, Coverage, Field, Item, MeetingPack, Section, SectionKind, Table,
};
pub use plan::requests;
pub use text::pack_as_text;

/// Which parts the parent ticked, for which dates, and the day the pack is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PackChoices {
    /// First and last date, both included.
    pub range: (NaiveDate, NaiveDate),
    /// The date printed as "prepared on".
    pub made_on: NaiveDate,
    /// Include what the parent noted was said in calls and meetings (off unless chosen).
    pub include_said: bool,
    pub child_voice: bool,
    pub attendance: bool,
    pub worries: bool,
    pub what_helps: bool,
    pub patterns: bool,
    pub plan: bool,
    pub requests: bool,
    pub contacts: bool,
    /// The child's support, referrals, and what school has put in place.
    pub support: bool,
    /// The questions the records point to (`domain::questions`).
    pub questions: bool,
    /// Which questions go in: the first few at first, then as the parent ticks them; those not
    /// ticked are counted on the page.
    pub question_ticks: QuestionTicks,
    /// The kinds of worry the parent chose to show; None for the usual ones
    /// ([`usual_worry_kinds`]). Kinds left out are counted on the page.
    pub worry_kinds: Option<WorryKinds>,
}

impl PackChoices {
    /// Every section ticked, and what was said in calls left out.
    pub fn all(range: (NaiveDate, NaiveDate), made_on: NaiveDate) -> Self {
        PackChoices {
            range,
            made_on,
            include_said: false,
            child_voice: true,
            attendance: true,
            worries: true,
            what_helps: true,
            patterns: true,
            plan: true,
            requests: true,
            contacts: true,
            support: true,
            questions: true,
            question_ticks: QuestionTicks::default(),
            worry_kinds: None,
        }
    }
}

/// The dates a new pack starts with: this term from its first recorded day to today; when
/// nothing is recorded this term yet, the term of the newest record, from its first record to its
/// last (so a pack never starts on 1 September for a diary begun in November).
pub fn default_range(child: &Child, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let (start, end) = current_term(today);
    if let Some(first) = days_in(child, (start, end)).first() {
        return (first.date, end);
    }
    match child.days.iter().rev().find(|d| d.date < start) {
        Some(last) => {
            let term = current_term(last.date);
            let first = days_in(child, term).first().map_or(last.date, |d| d.date);
            (first, last.date)
        }
        None => (start, end),
    }
}

/// The most things listed under "what helped" and "what made it harder"; the rest are counted.
const MOST_HELPS: usize = 5;

/// The section `make` builds, only when the parent ticked it (so unticked parts cost nothing).
fn when(ticked: bool, make: impl FnOnce() -> Option<Section>) -> Option<Section> {
    ticked.then(make).flatten()
}

fn section(kind: SectionKind, blocks: impl IntoIterator<Item = Option<Block>>) -> Option<Section> {
    let blocks: Vec<Block> = blocks.into_iter().flatten().collect();
    (!blocks.is_empty()).then_some(Section { kind, blocks })
}

/// Fewest weeks with an attendance figure for the weekly chart to go in the pack: one bar shows
/// nothing the table does not.
const FEWEST_WEEKS_TO_DRAW: usize = 2;

/// The weekly attendance chart, under the attendance figures: only when enough school days have
/// a record to judge the lines at all (as the figures themselves) and there are weeks to compare.
fn weekly_chart(child: &Child, range: (NaiveDate, NaiveDate)) -> Option<Block> {
    if coverage(child, range).recorded < FEWEST_DAYS_FOR_LINES {
        return None;
    }
    let chart = weekly_attendance_chart(child, range);
    let drawn = chart.series.first().map_or(0, |s| s.points.len());
    (drawn >= FEWEST_WEEKS_TO_DRAW).then(|| Block::Chart(Box::new(chart)))
}

/// A chart as a block, unless it has nothing to draw.
fn chart_block(chart: Chart) -> Option<Block> {
    (!chart.is_empty()).then(|| Block::Chart(Box::new(chart)))
}

/// The questions the records point to that are ticked; the others are counted ("And 4 more, in
/// the diary.") so nothing is left out without a word.
fn questions_section(
    child: &Child,
    range: (NaiveDate, NaiveDate),
    ticks: QuestionTicks,
) -> Option<Section> {
    let all = questions(child, range);
    let asked: Vec<String> = all
        .iter()
        .enumerate()
        .filter(|(place, q)| ticks.goes_in(q.id, *place))
        .map(|(_, q)| q.text())
        .collect();
    let more = (all.len() - asked.len()) as u32;
    section(SectionKind::Questions, [bullets_of_more("", asked, more)])
}

/// The filled-in parts of the child's header, for the top of the page.
fn about(child: &Child) -> Vec<Field> {
    let born = child.date_of_birth.map(long_date).unwrap_or_default();
    [
        ("Full name", child.full_name.as_str()),
        ("Year group", child.year_group.as_str()),
        ("School", child.school.as_str()),
        ("Date of birth", born.as_str()),
        ("Parent's contact", child.parent_contact.as_str()),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(label, text)| Field {
        label: label.to_string(),
        text: text.trim().to_string(),
    })
    .collect()
}

/// The child's own words that they marked "OK to share with school", first in the child's voice:
/// unedited, each with what it is and the date it was said. Only
/// [`Child::words_ok_to_share`] is read, so nothing kept "just for home" can reach the pack.
fn own_words_block(child: &Child) -> Option<Block> {
    let shared = child.words_ok_to_share();
    if shared.is_empty() {
        return None;
    }
    let items = shared
        .into_iter()
        .map(|s| Item {
            text: format!("“{}”", s.words),
            notes: vec![format!("{}, said on {}", s.heading, long_date(s.said_on))],
            sub_items: Vec::new(),
        })
        .collect();
    Some(Block::List {
        label: Some(format!(
            "In {}'s own words, shared by {} for school",
            child.nickname.trim(),
            child.nickname.trim()
        )),
        ordered: false,
        items,
        more: 0,
    })
}

/// Builds the pack for the dates and sections chosen. A range given back to front is turned round.
pub fn build_pack(child: &Child, choices: &PackChoices) -> MeetingPack {
    let (a, b) = choices.range;
    let range = (a.min(b), a.max(b));
    let plan = &child.plan;
    let (attendance, for_parent) = match choices.attendance {
        true => attendance::attendance(child, range),
        false => (None, Vec::new()),
    };
    let attendance = attendance.map(|mut section| {
        section.blocks.extend(weekly_chart(child, range));
        section
    });
    let voice = when(choices.child_voice, || {
        let v = &plan.voice;
        section(
            SectionKind::ChildVoice,
            [
                // First, what the child said in their own turn and agreed school may see.
                own_words_block(child),
                field("What is hard", &v.what_is_hard),
                field("What is good", &v.what_is_good),
                field("Three worries", &joined(&v.worries)),
                field("Three best things", &joined(&v.best_things)),
                field("My ideal school", &v.ideal_school),
            ],
        )
    });
    let worries = when(choices.worries, || {
        let lines = ranked_worries(child, range);
        let kinds = choices
            .worry_kinds
            .unwrap_or_else(|| usual_worry_kinds(&lines));
        let (shown, left): (Vec<WorryLine>, Vec<WorryLine>) =
            lines.into_iter().partition(|l| kinds.has(l.category));
        let shown = shown.iter().map(worry_words).collect();
        section(
            SectionKind::Worries,
            [bullets_of_more("", shown, left.len() as u32)],
        )
    });
    let helps = when(choices.what_helps, || {
        // Only the days: what helped on a try at a step stays with that step, in the plan.
        let days = days_in(child, range);
        let (helped, more_helped) = first_of(
            ranked_texts(days.iter().map(|d| (d.date, d.helped.as_str()))),
            MOST_HELPS,
        );
        let (harder, more_harder) = first_of(
            ranked_texts(days.iter().map(|d| (d.date, d.harder.as_str()))),
            MOST_HELPS,
        );
        section(
            SectionKind::WhatHelps,
            [
                bullets_of_more("What helped, most often first", helped, more_helped),
                bullets_of_more("What made it harder, most often first", harder, more_harder),
            ],
        )
    });
    let patterns = when(choices.patterns, || {
        let (signs, more_signs) = signs_lines(child, range);
        section(
            SectionKind::Patterns,
            [
                chart_block(weekday_chart(child, range)),
                bullets_of_more("Signs noticed most", signs, more_signs),
            ],
        )
    });
    let sections = [
        voice,
        attendance,
        worries,
        helps,
        patterns,
        when(choices.plan, || plan::plan_section(child, range)),
        when(choices.support, || support::support_section(child)),
        when(choices.questions, || {
            questions_section(child, range, choices.question_ticks)
        }),
        when(choices.requests, || plan::requests_section(plan)),
        when(choices.contacts, || {
            plan::contacts_section(&child.contacts, range, choices.include_said)
        }),
    ];
    let coverage = coverage(child, range);
    MeetingPack {
        title: format!("{}: a summary for our meeting", child.nickname.trim()),
        about: about(child),
        meta: vec![
            format!(
                "Dates: {} to {}. {}.",
                long_date(range.0),
                long_date(range.1),
                coverage_words(coverage)
            ),
            format!(
                "Prepared by a parent with Small Steps on {}.",
                long_date(choices.made_on)
            ),
        ],
        range,
        coverage,
        sections: sections.into_iter().flatten().collect(),
        for_parent,
        page_name: page_name(child),
        for_the_meeting: ForTheMeeting::blank(),
    }
}
