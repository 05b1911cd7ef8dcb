//! Sharing just the plan: a small file in the usual backup format holding one child and their plan.
//!
//! The file leaves out the diary days and the contacts log, so it can go to school or to another
//! parent's phone without the private record. It is an ordinary Small Steps file: it reads back
//! with [`read_document`](crate::domain::file::document::read_document), and importing it by merge onto a device
//! that has the same child but no plan yet adds the plan (see [`merge`](crate::domain::file::merge::merge)).

use crate::domain::diary::{Child, Diary};
use crate::domain::file::document::Document;

/// The current file format holding this child's id, nickname, year group, school, key adult, the
/// details for the top of a meeting pack (full name, date of birth, parent's contact), the nation,
/// the plan and the child's own words that the child said school may see; no days, no contacts
/// (and so no private notes), nothing the child kept "just for home" (nor their scale or "today"
/// entries), and neither the support details (diagnosis, referrals) nor the school's figures,
/// which stay in the full backup. `exported_at` is an RFC 3339 time.
pub fn plan_document(child: &Child, exported_at: String) -> Document {
    let only_the_plan = Child {
        id: child.id.clone(),
        nickname: child.nickname.clone(),
        year_group: child.year_group.clone(),
        school: child.school.clone(),
        key_adult: child.key_adult.clone(),
        full_name: child.full_name.clone(),
        date_of_birth: child.date_of_birth,
        parent_contact: child.parent_contact.clone(),
        nation: child.nation,
        nation_answered: child.nation_answered,
        support: Default::default(),
        school_figures: Vec::new(),
        days: Vec::new(),
        contacts: Vec::new(),
        plan: child.plan.clone(),
        // Only what the child said school may see: never anything "just for home".
        own_words: child.own_words.shared_only(),
    };
    let diary = Diary {
        children: vec![only_the_plan],
    };
    // Revision 0: a revision only counts saves on one device, and this file is for elsewhere.
    Document::new(diary, exported_at, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::day::{DayRecord, DayStatus};
    use crate::domain::read_document;

    #[test]
    fn leaves_out_days_and_reads_back() {
        let mut child = Child::new("c1", "Sam");
        child.plan.goal = "Back in for mornings".into();
        let mut day = DayRecord::new(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            DayStatus::Attended,
        );
        day.private_note = "only for me".into();
        child.put_day(day);
        let document = plan_document(&child, "2026-11-02T10:00:00Z".into());
        let json = document.to_json();
        assert!(!json.contains("only for me"));
        let back = read_document(&json).unwrap();
        assert_eq!(back, document);
        assert!(back.children[0].days.is_empty());
    }

    #[test]
    fn keeps_the_nation_and_leaves_out_support_and_the_schools_figures() {
        use crate::domain::diary::school_figures::SchoolFigureInput;
        use crate::domain::diary::support::Nation;
        let mut child = Child::new("c1", "Sam");
        child.set_nation(Nation::Wales);
        child
            .set_support_details(None, "DIAGNOSIS-MARKER", "")
            .unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 2);
        let figure = SchoolFigureInput {
            from: date,
            to: date,
            percent: "90".into(),
            where_from: "FIGURE-MARKER".into(),
        };
        child.add_school_figure("f1".into(), figure).unwrap();
        let json = plan_document(&child, "2026-11-02T10:00:00Z".into()).to_json();
        assert!(!json.contains("DIAGNOSIS-MARKER"));
        assert!(!json.contains("FIGURE-MARKER"));
        let back = read_document(&json).unwrap();
        assert_eq!(back.children[0].nation, Nation::Wales);
    }

    #[test]
    fn holds_only_the_childs_words_they_said_school_may_see() {
        use crate::domain::diary::own_words::{House, Share};
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let mut child = Child::new("c1", "Sam");
        child
            .set_worry_scale(["SCALE-MARKER", "", "", "", ""])
            .unwrap();
        child
            .add_my_day("d1".into(), date, Some(3), &[], "TODAY-MARKER")
            .unwrap();
        child
            .add_house_item(
                "h1".into(),
                House::Worries,
                "HOME-MARKER",
                Share::JustForHome,
                date,
            )
            .unwrap();
        child
            .add_house_item("h2".into(), House::Dreams, "A dog", Share::OkToShare, date)
            .unwrap();
        let json = plan_document(&child, "2026-11-02T10:00:00Z".into()).to_json();
        for private in ["SCALE-MARKER", "TODAY-MARKER", "HOME-MARKER"] {
            assert!(!json.contains(private), "{private}");
        }
        let back = read_document(&json).unwrap();
        assert_eq!(back.children[0].own_words.houses[0].words, "A dog");
    }
}
