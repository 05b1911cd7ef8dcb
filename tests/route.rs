//! The app's addresses, natively: every hash reads as a screen without panicking, and every screen's
//! own address reads back as that screen.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use small_steps::domain::plan::PlanStage;
use small_steps::domain::route::{Place, Screen, TurnPage};

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
}
