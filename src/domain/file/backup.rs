//! A backup file's contents: the whole diary, or only one child's part of it, with the days'
//! private notes kept or (at the parent's choice, for a file not locked) left out.

use crate::domain::diary::Diary;
use crate::domain::file::document::Document;

/// "Everyone": the choice that backs up every child, in place of one child's id.
pub const EVERYONE: &str = "";

/// Whether a backup holds the days' private notes. A plain (unlocked) file can be read by anyone
/// who opens it, so the parent may choose to leave them out; the notes on the phone stay as they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PrivateNotes {
    /// Every private note goes in the file, as written.
    #[default]
    Kept,
    /// No private note's text is in the file.
    LeftOut,
}

/// The children a backup for `who` holds: everyone ([`EVERYONE`]) or the child with that id.
fn chosen(diary: &Diary, who: &str) -> Diary {
    if who == EVERYONE {
        diary.clone()
    } else {
        Diary {
            children: diary
                .children
                .iter()
                .filter(|c| c.id == who)
                .cloned()
                .collect(),
        }
    }
}

/// The backup document for everyone ([`EVERYONE`]) or for the child with the id `who`, written at
/// `exported_at` (RFC 3339), with the private notes kept or left out. An id that is not in the
/// diary gives a backup with no children.
pub fn backup_document(
    diary: &Diary,
    who: &str,
    exported_at: String,
    notes: PrivateNotes,
) -> Document {
    let mut chosen = chosen(diary, who);
    if notes == PrivateNotes::LeftOut {
        for day in chosen.children.iter_mut().flat_map(|c| c.days.iter_mut()) {
            day.private_note.clear();
        }
    }
    Document::new(chosen, exported_at, 0)
}

/// How many days in a backup for `who` have a private note: the ones a plain file would show.
pub fn days_with_private_notes(diary: &Diary, who: &str) -> usize {
    diary
        .children
        .iter()
        .filter(|c| who == EVERYONE || c.id == who)
        .flat_map(|c| &c.days)
        .filter(|d| !d.private_note.trim().is_empty())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::day::{DayRecord, DayStatus};
    use crate::domain::diary::Child;
    use crate::domain::read_document;

    const AT: &str = "2026-11-02T10:00:00Z";

    fn two_children() -> Diary {
        let mut sam = Child::new("c1", "Sam");
        sam.put_day(DayRecord::new(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            DayStatus::Attended,
        ));
        sam.plan.goal = "Back in for mornings".into();
        let alex = Child::new("c2", "Alex");
        Diary {
            children: vec![sam, alex],
        }
    }

    #[test]
    fn everyone_backs_up_the_whole_diary() {
        let diary = two_children();
        let document = backup_document(&diary, EVERYONE, AT.into(), PrivateNotes::Kept);
        assert_eq!(document.children, diary.children);
        assert_eq!(document.exported_at, AT);
        assert_eq!(
            document.revision, 0,
            "an export never carries this device's revision"
        );
        assert_eq!(read_document(&document.to_json()).unwrap(), document);
    }

    #[test]
    fn one_child_backs_up_only_that_child_whole() {
        let diary = two_children();
        let document = backup_document(&diary, "c1", AT.into(), PrivateNotes::Kept);
        assert_eq!(document.children, vec![diary.children[0].clone()]);
        assert_eq!(document.children[0].days.len(), 1);
        assert!(!document.children[0].plan.is_empty());
        assert_eq!(
            backup_document(&diary, "c2", AT.into(), PrivateNotes::Kept).children,
            vec![diary.children[1].clone()]
        );
    }

    fn with_a_private_note() -> Diary {
        let mut diary = two_children();
        diary.children[0].days[0].private_note = "Cried at the gate; I shouted".into();
        diary
    }

    #[test]
    fn private_notes_kept_are_in_the_file_as_written() {
        let diary = with_a_private_note();
        let text = backup_document(&diary, EVERYONE, AT.into(), PrivateNotes::Kept).to_json();
        assert!(text.contains("Cried at the gate; I shouted"));
        assert_eq!(days_with_private_notes(&diary, EVERYONE), 1);
        assert_eq!(days_with_private_notes(&diary, "c1"), 1);
        assert_eq!(days_with_private_notes(&diary, "c2"), 0);
    }

    #[test]
    fn private_notes_left_out_are_nowhere_in_the_file_and_the_rest_is_whole() {
        let diary = with_a_private_note();
        for who in [EVERYONE, "c1"] {
            let document = backup_document(&diary, who, AT.into(), PrivateNotes::LeftOut);
            for text in [document.to_json(), document.to_pretty_json()] {
                assert!(!text.contains("Cried at the gate"), "{text}");
                assert!(!text.contains("private_note"), "{text}");
            }
            let day = &document.children[0].days[0];
            assert_eq!(day.status, diary.children[0].days[0].status);
            assert_eq!(document.children[0].plan, diary.children[0].plan);
        }
        assert_eq!(
            diary.children[0].days[0].private_note, "Cried at the gate; I shouted",
            "the diary itself keeps its note"
        );
    }

    #[test]
    fn an_unknown_child_backs_up_nobody() {
        let document = backup_document(&two_children(), "gone", AT.into(), PrivateNotes::Kept);
        assert!(document.children.is_empty());
    }

    #[test]
    fn an_empty_diary_backs_up_nobody() {
        let document = backup_document(&Diary::default(), EVERYONE, AT.into(), PrivateNotes::Kept);
        assert!(document.children.is_empty());
    }
}
