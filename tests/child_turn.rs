//! The child's own turn, from hand-built diaries: what the child said and agreed school may see
//! comes first in the meeting pack, unedited and dated; what they kept "just for home" is nowhere
//! in it; and each child's words stay their own.

use chrono::NaiveDate;

use small_steps::domain::diary::own_words::{House, IdealPrompt, Share};
use small_steps::domain::meeting_pack::{
    build_pack, pack_as_text, Block, PackChoices, SectionKind,
};
use small_steps::domain::{Child, DayRecord, DayStatus};

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn sam() -> Child {
    let mut sam = Child::new("c-sam", "Sam");
    sam.put_day(DayRecord::new(date(11, 2), DayStatus::Attended));
    sam.plan.voice.what_is_hard = "Typed by Mum: the noise".into();
    sam.add_house_item(
        "h1".into(),
        House::Worries,
        "the hall is SO loud!!",
        Share::OkToShare,
        date(11, 3),
    )
    .unwrap();
    sam.add_house_item(
        "h2".into(),
        House::Dreams,
        "Mum not being sad",
        Share::JustForHome,
        date(11, 3),
    )
    .unwrap();
    sam.add_ideal_answer(
        "i1".into(),
        IdealPrompt::Grownups,
        "talk quietly",
        Share::OkToShare,
        date(11, 2),
    )
    .unwrap();
    sam
}

#[test]
fn the_childs_shared_words_come_first_in_the_pack_unedited_and_dated() {
    let sam = sam();
    let pack = build_pack(
        &sam,
        &PackChoices::all((date(9, 1), date(12, 1)), date(12, 1)),
    );
    let first = &pack.sections[0];
    assert_eq!(first.kind, SectionKind::ChildVoice);
    let Block::List {
        label, items, more, ..
    } = &first.blocks[0]
    else {
        panic!("the child's own words come first: {:?}", first.blocks[0]);
    };
    assert_eq!(
        label.as_deref(),
        Some("In Sam's own words, shared by Sam for school")
    );
    assert_eq!(*more, 0);
    let said: Vec<(&str, &str)> = items
        .iter()
        .map(|i| (i.text.as_str(), i.notes[0].as_str()))
        .collect();
    assert_eq!(
        said,
        [
            (
                "“talk quietly”",
                "My ideal school: the grown-ups, said on 2 November 2026"
            ),
            (
                "“the hall is SO loud!!”",
                "A worry, said on 3 November 2026"
            ),
        ]
    );
    // The parent's typing of the child's voice follows.
    assert!(matches!(&first.blocks[1], Block::Field(f) if f.text == "Typed by Mum: the noise"));
    let text = pack_as_text(&pack);
    assert!(text.contains("the hall is SO loud!!"));
    assert!(!text.contains("Mum not being sad"));
    assert!(!format!("{pack:?}").contains("Mum not being sad"));
}

#[test]
fn a_child_who_shared_nothing_adds_nothing_to_the_pack() {
    let mut sam = sam();
    sam.choose_share("h1", Share::JustForHome).unwrap();
    sam.choose_share("i1", Share::JustForHome).unwrap();
    let pack = build_pack(
        &sam,
        &PackChoices::all((date(9, 1), date(12, 1)), date(12, 1)),
    );
    assert!(matches!(&pack.sections[0].blocks[0], Block::Field(_)));
    let text = pack_as_text(&pack);
    for home in ["the hall is SO loud", "talk quietly", "Mum not being sad"] {
        assert!(!text.contains(home), "{home}");
    }
}

#[test]
fn each_childs_words_stay_their_own() {
    let sam = sam();
    let mut alex = Child::new("c-alex", "Alex");
    alex.add_house_item(
        "a1".into(),
        House::GoodThings,
        "Football",
        Share::OkToShare,
        date(11, 4),
    )
    .unwrap();
    let pack = build_pack(
        &alex,
        &PackChoices::all((date(9, 1), date(12, 1)), date(12, 1)),
    );
    let text = pack_as_text(&pack);
    assert!(text.contains("Football"));
    assert!(!text.contains("the hall is SO loud"));
    assert_eq!(sam.words_ok_to_share().len(), 2);
    assert_eq!(alex.words_ok_to_share().len(), 1);
}
