//! What the parent is told about a backup brought back: what the file holds, what adding it to the
//! diary here added and kept, and what replacing the diary brought in.

use crate::domain::dates::short_date;
use crate::domain::diary::Diary;
use crate::domain::file::merge::{ChildSummary, MergeReport, Preview};
use crate::domain::words::plural;

/// "2 children and 40 day records, from 1 Sep to 3 Nov." (or "no days recorded").
pub fn holds_words(preview: &Preview) -> String {
    let range = match (preview.first_day, preview.last_day) {
        (Some(first), Some(last)) => format!("from {} to {}", short_date(first), short_date(last)),
        _ => "no days recorded".into(),
    };
    format!(
        "{} and {}, {range}.",
        plural(preview.children.len(), "child", "children"),
        plural(preview.days, "day record", "day records")
    )
}

/// What follows a child's nickname in the preview: ": 12 days, 1 contact, a plan".
pub fn child_holds_words(child: &ChildSummary) -> String {
    let plan = if child.has_plan { ", a plan" } else { "" };
    format!(
        ": {}, {}{plan}",
        plural(child.days, "day", "days"),
        plural(child.contacts, "contact", "contacts")
    )
}

/// "Added from the backup: 1 child, 12 days, 0 contacts, a plan. 2 days already here kept as they
/// were." The plans, the school's figures, support details and the days kept are said only when
/// there are some.
pub fn added_words(report: &MergeReport) -> String {
    format!(
        "Added from the backup: {}, {}, {}{}{}{}{}.{}",
        plural(report.children_added, "child", "children"),
        plural(report.days_added, "day", "days"),
        plural(report.contacts_added, "contact", "contacts"),
        match report.plans_added {
            0 => String::new(),
            1 => ", a plan".into(),
            n => format!(", {n} plans"),
        },
        match report.school_figures_added {
            0 => String::new(),
            n => format!(
                ", {}",
                plural(n, "figure from school", "figures from school")
            ),
        },
        match report.support_added {
            0 => String::new(),
            n => format!(", support details for {}", plural(n, "child", "children")),
        },
        match report.own_words_added {
            0 => String::new(),
            n => format!(
                ", {} the child said in their own turn",
                plural(n, "thing", "things")
            ),
        },
        match report.days_kept_from_device {
            0 => String::new(),
            n => format!(
                " {} already here kept as {}.",
                plural(n, "day", "days"),
                if n == 1 { "it was" } else { "they were" }
            ),
        }
    )
}

/// "Replaced with the backup: 2 children, 40 days."
pub fn replaced_words(diary: &Diary) -> String {
    format!(
        "Replaced with the backup: {}, {}.",
        plural(diary.children.len(), "child", "children"),
        plural(diary.day_count(), "day", "days")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::day::{DayRecord, DayStatus};
    use crate::domain::diary::Child;
    use crate::domain::file::merge::{merge, preview};
    use chrono::NaiveDate;

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    fn child(id: &str, nickname: &str, days: &[u32]) -> Child {
        let mut child = Child::new(id, nickname);
        for &d in days {
            child.put_day(DayRecord::new(date(d), DayStatus::Attended));
        }
        child
    }

    fn report(
        children: usize,
        days: usize,
        contacts: usize,
        plans: usize,
        kept: usize,
    ) -> MergeReport {
        MergeReport {
            children_added: children,
            days_added: days,
            days_kept_from_device: kept,
            contacts_added: contacts,
            plans_added: plans,
            ..MergeReport::default()
        }
    }

    #[test]
    fn adding_nothing_says_zero_of_each_and_no_plans_or_days_kept() {
        assert_eq!(
            added_words(&report(0, 0, 0, 0, 0)),
            "Added from the backup: 0 children, 0 days, 0 contacts."
        );
    }

    #[test]
    fn adding_one_of_each_says_one_and_it_was() {
        assert_eq!(
            added_words(&report(1, 1, 1, 1, 1)),
            "Added from the backup: 1 child, 1 day, 1 contact, a plan. 1 day already here kept as it was."
        );
    }

    #[test]
    fn figures_from_school_and_support_are_said_when_there_are_some() {
        let report = MergeReport {
            school_figures_added: 2,
            support_added: 1,
            ..report(0, 0, 0, 0, 0)
        };
        assert_eq!(
            added_words(&report),
            "Added from the backup: 0 children, 0 days, 0 contacts, 2 figures from school, support details for 1 child."
        );
    }

    #[test]
    fn the_childs_own_words_are_said_when_some_came_in() {
        let report = MergeReport {
            own_words_added: 3,
            ..report(0, 0, 0, 0, 0)
        };
        assert_eq!(
            added_words(&report),
            "Added from the backup: 0 children, 0 days, 0 contacts, 3 things the child said in their own turn."
        );
    }

    #[test]
    fn adding_many_says_how_many_and_they_were() {
        assert_eq!(
            added_words(&report(2, 40, 3, 2, 5)),
            "Added from the backup: 2 children, 40 days, 3 contacts, 2 plans. 5 days already here kept as they were."
        );
    }

    #[test]
    fn adding_a_shared_child_counts_what_merge_did() {
        let here = Diary {
            children: vec![child("c1", "Sam", &[2])],
        };
        let file = Diary {
            children: vec![child("c1", "Sam", &[2, 3, 4])],
        };
        let (_, report) = merge(&here, file);
        assert_eq!(
            added_words(&report),
            "Added from the backup: 0 children, 2 days, 0 contacts. 1 day already here kept as it was."
        );
    }

    #[test]
    fn replacing_says_what_the_backup_brought() {
        assert_eq!(
            replaced_words(&Diary::default()),
            "Replaced with the backup: 0 children, 0 days."
        );
        let one = Diary {
            children: vec![child("c1", "Sam", &[2])],
        };
        assert_eq!(
            replaced_words(&one),
            "Replaced with the backup: 1 child, 1 day."
        );
        let many = Diary {
            children: vec![child("c1", "Sam", &[2, 3]), child("c2", "Alex", &[4])],
        };
        assert_eq!(
            replaced_words(&many),
            "Replaced with the backup: 2 children, 3 days."
        );
    }

    #[test]
    fn an_empty_file_holds_no_days() {
        assert_eq!(
            holds_words(&preview(&Diary::default())),
            "0 children and 0 day records, no days recorded."
        );
    }

    #[test]
    fn a_file_says_what_it_holds_and_from_when_to_when() {
        let one = Diary {
            children: vec![child("c1", "Sam", &[2])],
        };
        assert_eq!(
            holds_words(&preview(&one)),
            "1 child and 1 day record, from 2 Nov 2026 to 2 Nov 2026."
        );
        let many = Diary {
            children: vec![child("c1", "Sam", &[3, 4]), child("c2", "Alex", &[2])],
        };
        assert_eq!(
            holds_words(&preview(&many)),
            "2 children and 3 day records, from 2 Nov 2026 to 4 Nov 2026."
        );
    }

    #[test]
    fn each_child_in_a_file_says_days_contacts_and_a_plan() {
        let mut sam = child("c1", "Sam", &[2, 3]);
        sam.plan.goal = "Mornings".into();
        let diary = Diary {
            children: vec![sam, child("c2", "Alex", &[4]), child("c3", "Jo", &[])],
        };
        let words: Vec<String> = preview(&diary)
            .children
            .iter()
            .map(child_holds_words)
            .collect();
        assert_eq!(
            words,
            [
                ": 2 days, 0 contacts, a plan",
                ": 1 day, 0 contacts",
                ": 0 days, 0 contacts"
            ]
        );
        let contacts = |contacts| ChildSummary {
            nickname: "Sam".into(),
            days: 0,
            contacts,
            has_plan: false,
            first_day: None,
            last_day: None,
        };
        assert_eq!(child_holds_words(&contacts(1)), ": 0 days, 1 contact");
        assert_eq!(child_holds_words(&contacts(3)), ": 0 days, 3 contacts");
    }
}
