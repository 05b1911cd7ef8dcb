//! The app's addresses, natively: every hash reads as a screen without panicking, and every screen's
//! own address reads back as that screen.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use small_steps::domain::letters::LetterKind;
use small_steps::domain::plan::PlanStage;
use small_steps::domain::route::{LettersPage, Place, Screen, TurnPage};

#[test]
fn the_addresses_that_once_panicked_open_something_safe() {
    assert_eq!(
        Screen::from_hash("#/calendar/262142-12"),
        Screen::Month(None)
    );
    assert_eq!(Screen::from_hash("#/day/+262142-12-31"), Screen::Today);
    assert_eq!(Screen::from_hash("#/day/1999-12-31"), Screen::Today);
    assert_eq!(Screen::from_hash("#/calendar/2101-01"), Screen::Month(None));
    assert_eq!(Screen::from_hash("#/calendar/2026-13"), Screen::Month(None));
    assert_eq!(Screen::from_hash("#/calendar/-1-1"), Screen::Month(None));
}

#[test]
fn known_addresses_open_their_screens() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
    assert_eq!(Screen::from_hash("#/day/2026-11-03"), Screen::Day(day));
    assert_eq!(
        Screen::from_hash("#/calendar/2026-11"),
        Screen::Month(Some((2026, 11)))
    );
    assert_eq!(
        Screen::from_hash("#/plan/review"),
        Screen::PlanStage(PlanStage::Review)
    );
    assert_eq!(Screen::from_hash("#/plan/nonsense"), Screen::Plan);
    assert_eq!(Screen::from_hash("#/backup/move"), Screen::MoveDiary);
    assert_eq!(Screen::from_hash("#/backup/nonsense"), Screen::Backup);
    assert_eq!(Screen::MoveDiary.place(), Place::Backup);
    assert_eq!(Screen::from_hash(""), Screen::Today);
    assert_eq!(Screen::from_hash("#/somewhere-else"), Screen::Today);
    assert_eq!(
        Screen::from_hash("#/my-turn"),
        Screen::MyTurn(TurnPage::Start)
    );
    assert_eq!(
        Screen::from_hash("#/my-turn/houses"),
        Screen::MyTurn(TurnPage::Houses)
    );
    assert_eq!(
        Screen::from_hash("#/my-turn/elsewhere"),
        Screen::MyTurn(TurnPage::Start)
    );
    assert!(Screen::MyTurn(TurnPage::Steps).is_childs_turn());
    assert!(!Screen::Today.is_childs_turn());
}

/// The address each screen has, written down by hand. The match has no `_` arm: a new `Screen`
/// does not compile until its address is written here; `every_address_written_down_reads_back`
/// then reads it back, and `any_screen` below (the next function) should make it too, so the
/// property tests cover it with any date or kind.
fn address_written_down(screen: Screen) -> String {
    match screen {
        Screen::Today => "#/today".into(),
        Screen::Day(date) => format!("#/day/{date}"),
        Screen::Month(None) => "#/calendar".into(),
        Screen::Month(Some((year, month))) => format!("#/calendar/{year:04}-{month:02}"),
        Screen::List => "#/list".into(),
        Screen::Figures => "#/figures".into(),
        Screen::Contacts => "#/contacts".into(),
        Screen::Plan => "#/plan".into(),
        Screen::PlanStage(PlanStage::Understanding) => "#/plan/understanding".into(),
        Screen::PlanStage(PlanStage::Steps) => "#/plan/steps".into(),
        Screen::PlanStage(PlanStage::Review) => "#/plan/review".into(),
        Screen::Pack => "#/pack".into(),
        Screen::Backup => "#/backup".into(),
        Screen::MoveDiary => "#/backup/move".into(),
        Screen::Children => "#/children".into(),
        Screen::Letters(LettersPage::All) => "#/letters".into(),
        Screen::Letters(LettersPage::Codes) => "#/letters/codes".into(),
        Screen::Letters(LettersPage::Kind(kind)) => format!("#/letters/{}", kind.slug()),
        Screen::MyTurn(TurnPage::Start) => "#/my-turn".into(),
        Screen::MyTurn(TurnPage::Scale) => "#/my-turn/scale".into(),
        Screen::MyTurn(TurnPage::Today) => "#/my-turn/today".into(),
        Screen::MyTurn(TurnPage::Houses) => "#/my-turn/houses".into(),
        Screen::MyTurn(TurnPage::IdealSchool) => "#/my-turn/school".into(),
        Screen::MyTurn(TurnPage::Steps) => "#/my-turn/steps".into(),
    }
}

/// Every address written down whole in [`address_written_down`] (not made with `format!`) opens
/// the screen whose own address it is. So the arm the compiler asks for, once written, names
/// `Screen::from_hash` (`domain/route.rs`) if the new address is not read there yet, even before
/// `any_screen` is taught the new screen.
#[test]
fn every_address_written_down_reads_back() {
    let source = include_str!("route.rs");
    let body = source
        .split("fn address_written_down(")
        .nth(1)
        .and_then(|rest| rest.split("\n}\n").next())
        .expect("address_written_down is in this file");
    let written: Vec<&str> = body
        .lines()
        .filter_map(|line| line.split("=> \"").nth(1))
        .filter_map(|rest| rest.strip_suffix("\".into(),"))
        .collect();
    assert!(written.len() >= 15, "the addresses were read: {written:?}");
    for address in written {
        assert_eq!(
            Screen::from_hash(address).hash(),
            address,
            "{address} is written down but does not open its own screen: read it in Screen::from_hash"
        );
    }
}

#[test]
fn every_letter_has_an_address_of_its_own() {
    assert_eq!(
        Screen::from_hash("#/letters"),
        Screen::Letters(LettersPage::All)
    );
    assert_eq!(
        Screen::from_hash("#/letters/absence"),
        Screen::Letters(LettersPage::Kind(LetterKind::Absence))
    );
    assert_eq!(
        Screen::from_hash("#/letters/codes"),
        Screen::Letters(LettersPage::Codes)
    );
    // An unknown kind opens the list of letters, not Today.
    assert_eq!(
        Screen::from_hash("#/letters/nonsense"),
        Screen::Letters(LettersPage::All)
    );
    for kind in LetterKind::ALL {
        let screen = Screen::Letters(LettersPage::Kind(kind));
        assert_eq!(screen.hash(), format!("#/letters/{}", kind.slug()));
        assert_eq!(Screen::from_hash(&screen.hash()), screen);
        assert_eq!(screen.place(), Place::Today);
    }
}

/// Every kind of screen, with any date or month the diary can hold.
fn any_screen() -> impl Strategy<Value = Screen> {
    let day = (2000i32..=2100, 1u32..=12, 1u32..=31)
        .prop_filter_map("a real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    let month = (2000i32..=2100, 1u32..=12);
    prop_oneof![
        Just(Screen::Today),
        day.prop_map(Screen::Day),
        Just(Screen::Month(None)),
        month.prop_map(|m| Screen::Month(Some(m))),
        Just(Screen::List),
        Just(Screen::Figures),
        Just(Screen::Contacts),
        Just(Screen::Plan),
        prop::sample::select(PlanStage::ALL.to_vec()).prop_map(Screen::PlanStage),
        Just(Screen::Pack),
        Just(Screen::Backup),
        Just(Screen::MoveDiary),
        Just(Screen::Children),
        Just(Screen::Letters(LettersPage::All)),
        Just(Screen::Letters(LettersPage::Codes)),
        prop::sample::select(LetterKind::ALL.to_vec())
            .prop_map(|k| Screen::Letters(LettersPage::Kind(k))),
        prop::sample::select(TurnPage::ALL.to_vec()).prop_map(Screen::MyTurn),
    ]
}

proptest! {
    #[test]
    fn any_text_at_all_reads_as_a_screen(hash in ".{0,40}") {
        let _ = Screen::from_hash(&hash);
    }

    #[test]
    fn address_like_text_reads_as_a_screen(
        first in prop::sample::select(vec!["day", "calendar", "plan", "list", "x"]),
        rest in "[-+0-9]{0,14}",
    ) {
        let screen = Screen::from_hash(&format!("#/{first}/{rest}"));
        // Whatever it reads as, its own address reads back the same.
        prop_assert_eq!(Screen::from_hash(&screen.hash()), screen);
    }

    #[test]
    fn every_screen_reads_back_from_its_own_address(screen in any_screen()) {
        prop_assert_eq!(Screen::from_hash(&screen.hash()), screen);
    }

    #[test]
    fn every_screen_has_the_address_written_down(screen in any_screen()) {
        prop_assert_eq!(screen.hash(), address_written_down(screen));
    }
}
