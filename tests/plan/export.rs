//! The plan-only file: it leaves the diary behind, reads back as it was written, and merges onto a
//! device that knows the child but has no plan yet.

use small_steps::domain::file::merge::merge;
use small_steps::domain::file::plan_file::plan_document;
use small_steps::domain::plan::StepState;
use small_steps::domain::{read_document, Child, DayRecord, DayStatus, Diary};

use super::{attempt, oct, stalling};

#[test]
fn the_plan_file_reads_back_and_merges_onto_a_device_without_a_plan() {
    let mut child = Child::new("c1", "Sam");
    child.year_group = "Year 7".into();
    child.school = "Oak School".into();
    child.key_adult = "Mrs Patel".into();
    child.plan = stalling(
        StepState::Trying,
        vec![attempt("t1", 3, Some(5), Some(2))],
        &[2, 30],
    );
    child.plan.goal = "Mornings in school".into();
    let mut day = DayRecord::new(oct(3), DayStatus::AbsentIll);
    day.private_note = "PRIVATE-7f3a".into();
    child.put_day(day);

    let document = plan_document(&child, "2026-10-31T09:00:00Z".into());
    for text in [document.to_json(), document.to_pretty_json()] {
        assert!(!text.contains("PRIVATE-7f3a"));
        let back = read_document(&text).expect("the plan file reads back");
        assert_eq!(back, document);
        let shared = &back.children[0];
        assert_eq!(shared.plan, child.plan);
        assert_eq!(
            (shared.year_group.as_str(), shared.key_adult.as_str()),
            ("Year 7", "Mrs Patel")
        );
        assert!(shared.days.is_empty() && shared.contacts.is_empty());
    }

    // The other device knows the child, with days of its own but no plan yet.
    let mut there = Child::new("c1", "Sam");
    there.put_day(DayRecord::new(oct(10), DayStatus::Attended));
    let device = Diary {
        children: vec![there],
    };
    let incoming = read_document(&document.to_json()).unwrap().into_diary();
    let (merged, report) = merge(&device, incoming.clone());
    assert_eq!(report.plans_added, 1);
    assert_eq!(merged.children.len(), 1);
    assert_eq!(merged.children[0].plan, child.plan);
    assert_eq!(merged.children[0].days, device.children[0].days);
    // A device that already has a plan keeps its own.
    let (again, report) = merge(&merged, incoming);
    assert_eq!((report.plans_added, again), (0, merged));
}
