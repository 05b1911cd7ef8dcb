//! The meeting pack: a short, printable summary a parent takes to a school meeting.
//!
//! What goes in follows "A school meeting" in DOMAIN.md (Not Fine in School; Devon County Council
//! EBSA guidance): absences and lates, patterns, what the child says and shows, what helps and what
//! makes it harder, the plan, the adjustments, the parent's questions and requests.
//!
//! Rules, whatever the choices:
//! - A day's **private note is never read** here, so it can never reach a pack, its text or a
//!   printout.
//! - A section the parent unticked is left out. A ticked section with nothing in it (no days
//!   recorded in the dates, an empty child's voice...) is left out too, so a printout has no empty
//!   headings.
//! - "For school" additionally leaves out what the parent wrote about each contact ("said"):
//!   dates, who, how, and the actions still open stay. It is the copy to hand over; the parent's
//!   own copy keeps their notes of each conversation.
//! - The next review date comes with the plan section.

mod text;

use chrono::NaiveDate;

use super::diary::Child;
use super::figures::{by_weekday, days_in, worries_by_category};
pub use text::pack_as_text;

mod gather;
mod sections;
use gather::{signs_lines, top_texts, weekday_lines, worry_lines};
use sections::{attendance, contacts, lines_of, plan_section};

/// Which parts the parent ticked, and for which dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PackChoices {
    /// First and last date, both included.
    pub range: (NaiveDate, NaiveDate),
    pub for_school: bool,
    pub attendance: bool,
    pub patterns: bool,
    pub worries: bool,
    pub what_helps: bool,
    pub child_voice: bool,
    pub plan: bool,
    pub adjustments: bool,
    pub requests: bool,
    pub contacts: bool,
}

impl PackChoices {
    /// Every section ticked, as the parent's own copy (not "for school").
    pub fn all(range: (NaiveDate, NaiveDate)) -> Self {
        PackChoices {
            range,
            for_school: false,
            attendance: true,
            patterns: true,
            worries: true,
            what_helps: true,
            child_voice: true,
            plan: true,
            adjustments: true,
            requests: true,
            contacts: true,
        }
    }
}

/// A printable pack: plain owned text, ready to show, print or copy.
#[derive(Clone, Debug, PartialEq)]
pub struct MeetingPack {
    pub child_name: String,
    pub year_group: String,
    pub school: String,
    pub range: (NaiveDate, NaiveDate),
    pub sections: Vec<PackSection>,
}

/// One kind of worry, with the child's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorryLine {
    /// The category in the app's words ("Lunch hall").
    pub category: String,
    pub count: u32,
    /// The average size the worry felt, "6.5 out of 10"; None when none was rated.
    pub average: Option<String>,
    /// Up to 3 different things the child said, most recent first.
    pub examples: Vec<String>,
}

/// A step of the plan, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackStep {
    pub what: String,
    /// The child's rating of how hard it is, 0-10.
    pub rating: Option<u8>,
    /// Who does it ("Child", "School"...).
    pub who: Vec<String>,
    pub when_where: String,
    pub support: String,
    /// "Not started", "Trying", "Done", "Paused".
    pub state: String,
    pub sub_steps: Vec<PackStep>,
}

/// A ladder of steps, easiest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackLadder {
    pub title: String,
    pub steps: Vec<PackStep>,
}

/// The plan in words. Empty text means the parent has not written that part yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackPlan {
    pub goal: String,
    pub strengths: String,
    /// What has been tried, "what: how it went".
    pub tried: Vec<String>,
    pub ladders: Vec<PackLadder>,
    pub key_adult: String,
    pub contact_arrangements: String,
    pub celebration: String,
    pub bad_day_plan: String,
}

/// An adjustment asked for, and whether school has agreed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackAdjustment {
    pub what: String,
    pub agreed: bool,
}

/// An action someone agreed and nobody has ticked done yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackAction {
    pub what: String,
    pub who: String,
    pub by: Option<NaiveDate>,
}

/// A call, email, meeting or letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackContact {
    pub date: NaiveDate,
    pub with_whom: String,
    /// "Phone call", "Email"...
    pub method: String,
    /// What the parent noted was said; None in a pack for school.
    pub said: Option<String>,
    pub open_actions: Vec<PackAction>,
}

/// One part of the pack, in the order the pack shows them.
#[derive(Clone, Debug, PartialEq)]
pub enum PackSection {
    Attendance {
        /// Short lines of figures ("Sessions attended: 35 of 40 (87.5%)").
        summary: Vec<String>,
        /// What the absence line means (from the figures' own explanation).
        absence_line: String,
        /// Health-related days and the 15-day mark.
        health: String,
        /// Days where the school's register code does not fit what the parent recorded.
        code_differences: Vec<String>,
    },
    Patterns {
        /// Missed sessions per weekday, Monday to Friday, where any were possible.
        weekdays: Vec<String>,
        /// The signs noticed most, and when.
        signs: Vec<String>,
    },
    TopWorries(Vec<WorryLine>),
    WhatHelps {
        helped: Vec<String>,
        harder: Vec<String>,
    },
    ChildVoice {
        what_is_hard: String,
        what_is_good: String,
        worries: Vec<String>,
        best_things: Vec<String>,
        ideal_school: String,
    },
    Plan(PackPlan),
    Adjustments(Vec<PackAdjustment>),
    Requests {
        questions: Vec<String>,
        requests: Vec<String>,
    },
    Contacts(Vec<PackContact>),
    NextReview(NaiveDate),
}

impl PackSection {
    /// The heading shown above the section.
    pub fn title(&self) -> &'static str {
        match self {
            PackSection::Attendance { .. } => "Attendance",
            PackSection::Patterns { .. } => "Patterns",
            PackSection::TopWorries(_) => "Main worries",
            PackSection::WhatHelps { .. } => "What helps, and what makes it harder",
            PackSection::ChildVoice { .. } => "In my child's words",
            PackSection::Plan(_) => "The plan",
            PackSection::Adjustments(_) => "Adjustments",
            PackSection::Requests { .. } => "Our questions and requests",
            PackSection::Contacts(_) => "Contacts with school",
            PackSection::NextReview(_) => "Next review",
        }
    }
}

/// The most of each list, so the pack stays short enough to read in a meeting.
const MOST_WORRY_KINDS: usize = 5;
const MOST_HELPS: usize = 6;

/// The section `make` builds, only when the parent ticked it (so unticked parts cost nothing).
fn when(ticked: bool, make: impl FnOnce() -> Option<PackSection>) -> Option<PackSection> {
    if ticked {
        make()
    } else {
        None
    }
}

/// Builds the pack for the dates and sections chosen. A range given back to front is turned round.
pub fn build_pack(child: &Child, choices: &PackChoices) -> MeetingPack {
    let (a, b) = choices.range;
    let range = (a.min(b), a.max(b));
    let plan = &child.plan;
    let sections = [
        when(choices.attendance, || attendance(child, range)),
        when(choices.patterns, || {
            let weekdays = weekday_lines(&by_weekday(child, range));
            let signs = signs_lines(child, range);
            (!weekdays.is_empty() || !signs.is_empty())
                .then_some(PackSection::Patterns { weekdays, signs })
        }),
        when(choices.worries, || {
            let kinds = worries_by_category(child, range);
            let lines = worry_lines(child, range, &kinds, MOST_WORRY_KINDS);
            (!lines.is_empty()).then_some(PackSection::TopWorries(lines))
        }),
        when(choices.what_helps, || {
            let days = days_in(child, range);
            // What helped on a try at a step counts as much as what helped on a day.
            let tries = plan
                .ladders
                .iter()
                .flat_map(|l| &l.steps)
                .flat_map(|s| std::iter::once(s).chain(&s.sub_steps))
                .flat_map(|s| &s.attempts)
                .filter(|a| range.0 <= a.date && a.date <= range.1)
                .map(|a| (a.date, a.what_helped.as_str()));
            let on_days = days.iter().map(|d| (d.date, d.helped.as_str()));
            let helped = top_texts(on_days.chain(tries), MOST_HELPS);
            let harder = top_texts(days.iter().map(|d| (d.date, d.harder.as_str())), MOST_HELPS);
            (!helped.is_empty() || !harder.is_empty())
                .then_some(PackSection::WhatHelps { helped, harder })
        }),
        when(choices.child_voice, || {
            let v = &plan.voice;
            (*v != Default::default()).then(|| PackSection::ChildVoice {
                what_is_hard: v.what_is_hard.clone(),
                what_is_good: v.what_is_good.clone(),
                worries: v.worries.clone(),
                best_things: v.best_things.clone(),
                ideal_school: v.ideal_school.clone(),
            })
        }),
        when(choices.plan, || plan_section(child)),
        when(choices.adjustments, || {
            let list: Vec<PackAdjustment> = plan
                .adjustments
                .iter()
                .map(|a| PackAdjustment {
                    what: a.what.clone(),
                    agreed: a.agreed,
                })
                .collect();
            (!list.is_empty()).then_some(PackSection::Adjustments(list))
        }),
        when(choices.requests, || {
            let (questions, requests) = (lines_of(&plan.questions), lines_of(&plan.requests));
            (!questions.is_empty() || !requests.is_empty()).then_some(PackSection::Requests {
                questions,
                requests,
            })
        }),
        when(choices.contacts, || {
            let list = contacts(&child.contacts, range, choices.for_school);
            (!list.is_empty()).then_some(PackSection::Contacts(list))
        }),
        when(choices.plan, || {
            plan.next_review.map(PackSection::NextReview)
        }),
    ];
    MeetingPack {
        child_name: child.nickname.clone(),
        year_group: child.year_group.clone(),
        school: child.school.clone(),
        range,
        sections: sections.into_iter().flatten().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::day::{DayRecord, DayStatus};

    #[test]
    fn a_day_with_only_a_private_note_adds_nothing_but_attendance() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let mut child = Child::new("c1", "Sam");
        let mut day = DayRecord::new(date, DayStatus::Attended);
        day.private_note = "just for me".into();
        child.put_day(day);
        let choices = PackChoices::all((date, date));
        assert!(!choices.for_school);
        let pack = build_pack(&child, &choices);
        let titles: Vec<_> = pack.sections.iter().map(PackSection::title).collect();
        assert_eq!(titles, ["Attendance", "Patterns"]);
        assert!(!pack_as_text(&pack).contains("just for me"));
    }
}
