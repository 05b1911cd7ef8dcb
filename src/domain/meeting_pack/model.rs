//! The shape of a meeting pack: sections of plain blocks (sentences, labelled lines, lists, tables)
//! holding every word the page shows, so the screen, the printout and the shared text all render
//! this one model and no label is written twice.

use chrono::NaiveDate;

use crate::domain::charts::Chart;

/// A whole pack, ready to show, print or share.
#[derive(Clone, Debug, PartialEq)]
pub struct MeetingPack {
    /// "Robin: a summary for our meeting".
    pub title: String,
    /// The optional header the parent filled in (full name, year group, school, date of birth,
    /// the parent's contact): only the parts filled in.
    pub about: Vec<Field>,
    /// The dates covered, how many school days have a record, and who prepared it, one per line.
    pub meta: Vec<String>,
    /// First and last date, both included.
    pub range: (NaiveDate, NaiveDate),
    /// How many school days in the dates have a record.
    pub coverage: Coverage,
    pub sections: Vec<Section>,
    /// Words for the parent about what the figures mean and what they can ask for: shown beside
    /// the preview on screen, never printed or shared (the page itself is written for school).
    pub for_parent: Vec<Advice>,
    /// Who the pack is about, at the top of every printed page ("Robin Okoro").
    pub page_name: String,
    /// What is left blank, to fill in at the meeting itself.
    pub for_the_meeting: super::ForTheMeeting,
}

/// School days in the dates, and how many of them the parent recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// Recorded days with at least one school session.
    pub recorded: u32,
    /// Monday to Friday in the dates, less days recorded as no school (plus any weekend day
    /// recorded as a school day, so `recorded` is never more than this).
    pub school_days: u32,
}

/// A labelled piece of text: "Key adult: Miss Ahmed".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub label: String,
    pub text: String,
}

/// One point in a list, with lines under it (tries at a step) and its own list (sub-steps).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub notes: Vec<String>,
    pub sub_items: Vec<Item>,
}

impl Item {
    pub fn plain(text: impl Into<String>) -> Self {
        Item {
            text: text.into(),
            ..Item::default()
        }
    }
}

/// A small table: column headings, then rows whose first cell names the row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// Read out before the table by screen readers; printed as its caption.
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// One part of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Text(String),
    Field(Field),
    List {
        /// A short heading above the list, if any ("What helps").
        label: Option<String>,
        /// Numbered (steps of a ladder) rather than bulleted.
        ordered: bool,
        items: Vec<Item>,
        /// How many more the diary holds than the list shows (0 for a whole list): the page says
        /// so in [`more_words`], so nothing is left out without a word.
        more: u32,
    },
    Table(Table),
    /// A chart with its one-sentence summary and its numbers as a table (weekly attendance,
    /// weekdays): drawn on the page, written out row by row in the text.
    Chart(Box<Chart>),
}

/// Which part of the pack a section is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    ChildVoice,
    Attendance,
    Worries,
    WhatHelps,
    Patterns,
    Plan,
    Requests,
    Contacts,
    /// SEN or ALN support, diagnosis, referrals, and what school has put in place and how it is
    /// going (`support.rs`).
    Support,
    /// Questions the records point to, less those the parent unticked (`domain::questions`).
    Questions,
}

impl SectionKind {
    /// A short name for the section, for the page's layout ("what-helps").
    pub fn key(self) -> &'static str {
        match self {
            SectionKind::ChildVoice => "child-voice",
            SectionKind::Attendance => "attendance",
            SectionKind::Worries => "worries",
            SectionKind::WhatHelps => "what-helps",
            SectionKind::Patterns => "patterns",
            SectionKind::Plan => "plan",
            SectionKind::Requests => "requests",
            SectionKind::Contacts => "contacts",
            SectionKind::Support => "support",
            SectionKind::Questions => "questions",
        }
    }

    /// The heading shown above the section, on screen, on paper and in the text.
    pub fn title(self) -> &'static str {
        match self {
            SectionKind::ChildVoice => "In my child's words",
            SectionKind::Attendance => "Attendance",
            SectionKind::Worries => "Main worries",
            SectionKind::WhatHelps => "What helps, and what makes it harder",
            SectionKind::Patterns => "Patterns",
            SectionKind::Plan => "The plan as it stands",
            SectionKind::Requests => "Our requests and questions",
            SectionKind::Contacts => "Calls and meetings with school",
            SectionKind::Support => "Support, and what school has put in place",
            SectionKind::Questions => "Questions from the diary",
        }
    }
}

/// One part of the pack, in the order the pack shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub kind: SectionKind,
    pub blocks: Vec<Block>,
}

impl Section {
    pub fn title(&self) -> &'static str {
        self.kind.title()
    }
}

/// A sentence for the parent, with the guidance it paraphrases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub text: String,
    pub source: &'static str,
}

/// Small helpers the section builders share.
pub(super) fn field(label: &str, text: &str) -> Option<Block> {
    let text = text.trim();
    (!text.is_empty()).then(|| {
        Block::Field(Field {
            label: label.to_string(),
            text: text.to_string(),
        })
    })
}

pub(super) fn list(label: &str, ordered: bool, items: Vec<Item>) -> Option<Block> {
    list_of_more(label, ordered, items, 0)
}

/// A list that shows some of what the diary holds, and says how many more there are. Shown even
/// with no items when there are more, so a list the parent emptied still says what is in the diary.
pub(super) fn list_of_more(
    label: &str,
    ordered: bool,
    items: Vec<Item>,
    more: u32,
) -> Option<Block> {
    (!items.is_empty() || more > 0).then(|| Block::List {
        label: (!label.is_empty()).then(|| label.to_string()),
        ordered,
        items,
        more,
    })
}

pub(super) fn bullets(label: &str, lines: Vec<String>) -> Option<Block> {
    list(label, false, lines.into_iter().map(Item::plain).collect())
}

pub(super) fn bullets_of_more(label: &str, lines: Vec<String>, more: u32) -> Option<Block> {
    list_of_more(
        label,
        false,
        lines.into_iter().map(Item::plain).collect(),
        more,
    )
}

/// The line under a shortened list: "And 3 more, in the diary." (None for a whole list.)
pub fn more_words(more: u32) -> Option<String> {
    match more {
        0 => None,
        n => Some(format!("And {n} more, in the diary.")),
    }
}

/// Short items on one line, "Art; The library; Seeing Priya", without a full stop before each
/// semicolon when the parent typed one.
pub(super) fn joined<S: AsRef<str>>(items: &[S]) -> String {
    let items: Vec<&str> = items
        .iter()
        .map(|i| i.as_ref().trim().trim_end_matches('.'))
        .filter(|i| !i.is_empty())
        .collect();
    items.join("; ")
}
