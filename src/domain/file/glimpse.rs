//! A first glimpse of the stored diary: only what the first screen shows (each child's name and
//! days), read before the part of the app that reads everything has come, so the first part of the
//! app carries the reader of day records and nothing else. The glimpse is shown, never saved: the
//! whole diary is read (and checked) as soon as that part is here (`ui/state/save.rs`).

use serde::Deserialize;

use crate::domain::diary::day::DayRecord;
use crate::domain::file::document::{FORMAT_NAME, MAX_FILE_BYTES, MAX_NESTING};
use crate::domain::file::first_look::nesting_depth;
use crate::domain::file::migrate::CURRENT_VERSION;
use crate::domain::{Child, Diary};

/// The stored document, all but what the first screen does not show (fields not named here are
/// passed over unread).
#[derive(Deserialize)]
struct StoredGlimpse {
    format: String,
    version: u64,
    #[serde(default)]
    revision: u64,
    children: Vec<ChildGlimpse>,
}

#[derive(Deserialize)]
struct ChildGlimpse {
    id: String,
    nickname: String,
    #[serde(default)]
    days: Vec<DayRecord>,
}

/// The children's names and days from a stored document of the current version, and its revision;
/// `None` for anything else (an older version, or something that does not read), which waits for
/// the whole reader. Everything else of each child (the plan, the child's own words, contacts,
/// support...) is left empty: a glimpse must never be saved.
pub fn read_glimpse(text: &str) -> Option<(Diary, u64)> {
    let text = text.trim_start_matches('\u{feff}');
    if text.len() > MAX_FILE_BYTES || nesting_depth(text) > MAX_NESTING {
        return None;
    }
    let stored: StoredGlimpse = serde_json::from_str(text).ok()?;
    if stored.format != FORMAT_NAME || stored.version != CURRENT_VERSION {
        return None;
    }
    let children = stored
        .children
        .into_iter()
        .map(|glimpse| Child {
            days: glimpse.days,
            ..Child::new(glimpse.id, glimpse.nickname)
        })
        .collect();
    Some((Diary { children }, stored.revision))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::file::document::{read_current, Document};
    use crate::domain::DayStatus;
    use chrono::NaiveDate;

    fn full_diary() -> Diary {
        let mut sam = Child::new("c1", "Sam");
        sam.school = "Hill Primary".into();
        sam.plan.parent_view = "the noisy hall is hard".into();
        let date = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        sam.days
            .push(DayRecord::new(date, DayStatus::LateBeforeRegister));
        let ali = Child::new("c2", "Ali");
        Diary {
            children: vec![sam, ali],
        }
    }

    #[test]
    fn a_glimpse_holds_each_childs_name_and_days_and_nothing_else() {
        let text = Document::new(full_diary(), "2026-12-01T10:00:00Z".into(), 7).to_json();
        let (glimpse, revision) = read_glimpse(&text).expect("a current document reads");
        assert_eq!(revision, 7);
        let whole = read_current(&text).unwrap().into_diary();
        assert_eq!(glimpse.children.len(), whole.children.len());
        for (seen, child) in glimpse.children.iter().zip(&whole.children) {
            assert_eq!(seen.id, child.id);
            assert_eq!(seen.nickname, child.nickname);
            assert_eq!(seen.days, child.days);
            assert!(seen.plan.is_empty() && seen.school.is_empty());
        }
        assert_ne!(glimpse, whole, "the glimpse leaves the rest out");
    }

    #[test]
    fn only_a_current_small_steps_document_gives_a_glimpse() {
        let current = Document::new(full_diary(), String::new(), 1).to_json();
        let older = current.replacen(
            &format!("\"version\":{CURRENT_VERSION}"),
            "\"version\":2",
            1,
        );
        let other = current.replacen(FORMAT_NAME, "another-app", 1);
        assert!(read_glimpse(&current).is_some());
        for text in [older.as_str(), other.as_str(), "", "[1]", "{\"format\":1}"] {
            assert!(read_glimpse(text).is_none(), "{text:.40}");
        }
        let deep = format!(
            "{}{}",
            "[".repeat(MAX_NESTING + 1),
            "]".repeat(MAX_NESTING + 1)
        );
        assert!(read_glimpse(&deep).is_none());
    }
}
