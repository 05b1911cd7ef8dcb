//! The names of the files the app saves: backups, moving files, spreadsheets, plans and meeting
//! packs. A child's nickname goes into a name only made safe, and never into a locked backup's.

use chrono::NaiveDate;

use crate::domain::file::backup::EVERYONE;
use crate::domain::file::document::Document;

/// A name made safe for a file name: lower-case letters and digits, other characters as "-", at
/// most 30 characters, "child" when nothing is left.
pub fn file_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let safe: String = safe.trim_matches('-').chars().take(30).collect();
    if safe.is_empty() {
        "child".into()
    } else {
        safe
    }
}

/// "small-steps-small-steps-diary-old.json": a copy kept aside in this browser (under `key`), saved
/// as a file so someone can help recover it.
pub fn kept_copy_file_name(key: &str) -> String {
    format!("small-steps-{}.json", file_safe(key))
}

/// "small-steps-backup-2026-11-02.json" for everyone, "small-steps-backup-sam-2026-11-02.json"
/// for one child, "small-steps-backup-locked-2026-11-02.json" when locked with a passphrase (a
/// locked file's name never gives away a child's name). `who` is what was chosen ([`EVERYONE`] or
/// a child's id), `document` the backup built for it.
pub fn backup_file_name(document: &Document, who: &str, locked: bool, on: NaiveDate) -> String {
    let label = match document.children.as_slice() {
        _ if locked => "-locked".to_string(),
        [only] if who != EVERYONE => format!("-{}", file_safe(&only.nickname)),
        _ => String::new(),
    };
    format!("small-steps-backup{label}-{on}.json")
}

/// "small-steps-moving-file-2026-11-02.json".
pub fn moving_file_name(on: NaiveDate) -> String {
    format!("small-steps-moving-file-{on}.json")
}

/// "small-steps-days-sam-2026-11-02.csv": a child's days as a spreadsheet.
pub fn days_file_name(nickname: &str, on: NaiveDate) -> String {
    format!("small-steps-days-{}-{on}.csv", file_safe(nickname))
}

/// "small-steps-plan-sam-2026-11-02.json": a child's plan on its own.
pub fn plan_file_name(nickname: &str, on: NaiveDate) -> String {
    format!("small-steps-plan-{}-{on}.json", file_safe(nickname))
}

/// "meeting-pack-sam.txt": the meeting pack as text (no date in the name).
pub fn meeting_pack_file_name(nickname: &str) -> String {
    format!("meeting-pack-{}.txt", file_safe(nickname))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::{Child, Diary};
    use crate::domain::file::backup::{backup_document, PrivateNotes};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
    }

    fn diary(nicknames: &[&str]) -> Diary {
        Diary {
            children: nicknames
                .iter()
                .enumerate()
                .map(|(i, n)| Child::new(format!("c{i}"), *n))
                .collect(),
        }
    }

    #[test]
    fn a_safe_name_keeps_letters_and_digits_in_lower_case() {
        assert_eq!(file_safe("Sam"), "sam");
        assert_eq!(file_safe("Mia 2"), "mia-2");
        assert_eq!(file_safe("Amy-Lou O'Neil"), "amy-lou-o-neil");
    }

    #[test]
    fn a_safe_name_turns_odd_characters_into_dashes_and_trims_them() {
        assert_eq!(file_safe("  Zoë & Jo!  "), "zo----jo");
        assert_eq!(file_safe("../etc/passwd"), "etc-passwd");
        assert_eq!(file_safe("-Sam-"), "sam");
    }

    #[test]
    fn a_safe_name_with_nothing_left_is_child() {
        assert_eq!(file_safe(""), "child");
        assert_eq!(file_safe("   "), "child");
        assert_eq!(file_safe("李小龙"), "child");
    }

    #[test]
    fn a_safe_name_is_at_most_30_characters() {
        let long = "a".repeat(40);
        assert_eq!(file_safe(&long), "a".repeat(30));
        assert_eq!(file_safe(&format!("-{long}")).len(), 30);
    }

    #[test]
    fn a_backup_of_everyone_has_no_child_in_its_name() {
        for nicknames in [&[][..], &["Sam"][..], &["Sam", "Alex"][..]] {
            let document = backup_document(
                &diary(nicknames),
                EVERYONE,
                String::new(),
                PrivateNotes::Kept,
            );
            assert_eq!(
                backup_file_name(&document, EVERYONE, false, day()),
                "small-steps-backup-2026-11-02.json"
            );
        }
    }

    #[test]
    fn a_backup_of_one_child_names_them_made_safe() {
        let diary = diary(&["Sam", "Amy Lou!"]);
        let name = |who: &str| {
            backup_file_name(
                &backup_document(&diary, who, String::new(), PrivateNotes::Kept),
                who,
                false,
                day(),
            )
        };
        assert_eq!(name("c0"), "small-steps-backup-sam-2026-11-02.json");
        assert_eq!(name("c1"), "small-steps-backup-amy-lou-2026-11-02.json");
    }

    #[test]
    fn a_backup_of_an_unknown_child_has_no_child_in_its_name() {
        let document = backup_document(&diary(&["Sam"]), "gone", String::new(), PrivateNotes::Kept);
        assert_eq!(
            backup_file_name(&document, "gone", false, day()),
            "small-steps-backup-2026-11-02.json"
        );
    }

    #[test]
    fn a_locked_backup_never_names_a_child() {
        let diary = diary(&["Sam", "Alex"]);
        for who in [EVERYONE, "c0", "gone"] {
            let document = backup_document(&diary, who, String::new(), PrivateNotes::Kept);
            assert_eq!(
                backup_file_name(&document, who, true, day()),
                "small-steps-backup-locked-2026-11-02.json"
            );
        }
    }

    #[test]
    fn the_other_files_name_the_child_made_safe_and_the_date() {
        assert_eq!(
            moving_file_name(day()),
            "small-steps-moving-file-2026-11-02.json"
        );
        assert_eq!(
            days_file_name("Amy Lou", day()),
            "small-steps-days-amy-lou-2026-11-02.csv"
        );
        assert_eq!(
            plan_file_name("Sam/../x", day()),
            "small-steps-plan-sam----x-2026-11-02.json"
        );
        assert_eq!(meeting_pack_file_name("Sam"), "meeting-pack-sam.txt");
        assert_eq!(meeting_pack_file_name(""), "meeting-pack-child.txt");
        assert_eq!(
            days_file_name("", day()),
            "small-steps-days-child-2026-11-02.csv"
        );
    }

    #[test]
    fn a_kept_copy_is_named_by_its_key_made_safe() {
        assert_eq!(
            kept_copy_file_name("small-steps:diary:kept-1732"),
            "small-steps-small-steps-diary-kept-1732.json"
        );
    }
}
