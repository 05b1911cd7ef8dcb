//! The shape of a meeting pack: sections of plain blocks (sentences, labelled lines, lists, tables)
//! holding every word the page shows, so the screen, the printout and the shared text all render
//! this one model and no label is written twice.

use chrono::NaiveDate;

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
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Text(String),
    Field(Field),
    List {
        /// A short heading above the list, if any ("What helps").
        label: Option<String>,
        /// Numbered (steps of a ladder) rather than bulleted.
        ordered: bool,
        items: Vec<Item>,
    },
    Table(Table),
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
}

impl SectionKind {
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
        }
    }
}

/// One part of the pack, in the order the pack shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    (!items.is_empty()).then(|| Block::List {
        label: (!label.is_empty()).then(|| label.to_string()),
        ordered,
        items,
    })
}

pub(super) fn bullets(label: &str, lines: Vec<String>) -> Option<Block> {
    list(label, false, lines.into_iter().map(Item::plain).collect())
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
