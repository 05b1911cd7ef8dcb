//! The pack's page furniture: the name at the top of every printed page, and the part left blank
//! for the meeting itself (what is agreed there, who does it and by when, and the next meeting).

use crate::domain::diary::Child;

/// The blank box at the end of the pack, filled in by hand at the meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForTheMeeting {
    /// "Agreed today".
    pub heading: String,
    /// The columns of the box: who, what, by when.
    pub columns: [String; 3],
    /// How many blank lines the box has.
    pub blank_rows: usize,
    /// "Next meeting:", followed by a blank line.
    pub next_meeting: String,
}

impl ForTheMeeting {
    /// The box as every pack has it: three blank lines, and a blank for the next meeting's date.
    pub fn blank() -> Self {
        ForTheMeeting {
            heading: "Agreed today".into(),
            columns: ["Who".into(), "Will do what".into(), "By when".into()],
            blank_rows: 3,
            next_meeting: "Next meeting:".into(),
        }
    }
}

/// The name at the top of every page: the full name when the parent gave one, otherwise the name
/// the diary uses, so a page that comes loose from the pile still says whose it is.
pub fn page_name(child: &Child) -> String {
    match child.full_name.trim() {
        "" => child.nickname.trim().to_string(),
        full => full.to_string(),
    }
}
