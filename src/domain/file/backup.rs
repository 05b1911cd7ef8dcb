//! A backup file's contents: the whole diary, or only one child's part of it.

use crate::domain::diary::Diary;
use crate::domain::file::document::Document;

/// "Everyone": the choice that backs up every child, in place of one child's id.
pub const EVERYONE: &str = "";

/// The backup document for everyone ([`EVERYONE`]) or for the child with the id `who`, written at
/// `exported_at` (RFC 3339). An id that is not in the diary gives a backup with no children.
pub fn backup_document(diary: &Diary, who: &str, exported_at: String) -> Document {
    let chosen = if who == EVERYONE {
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
    };
    Document::new(chosen, exported_at, 0)
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
        let document = backup_document(&diary, EVERYONE, AT.into());
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
        let document = backup_document(&diary, "c1", AT.into());
        assert_eq!(document.children, vec![diary.children[0].clone()]);
        assert_eq!(document.children[0].days.len(), 1);
        assert!(!document.children[0].plan.is_empty());
        assert_eq!(
            backup_document(&diary, "c2", AT.into()).children,
            vec![diary.children[1].clone()]
        );
    }

    #[test]
    fn an_unknown_child_backs_up_nobody() {
        let document = backup_document(&two_children(), "gone", AT.into());
        assert!(document.children.is_empty());
    }

    #[test]
    fn an_empty_diary_backs_up_nobody() {
        let document = backup_document(&Diary::default(), EVERYONE, AT.into());
        assert!(document.children.is_empty());
    }
}
