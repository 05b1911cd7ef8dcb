//! Storage in a real browser (headless Chromium): save and load, unreadable values kept aside,
//! a full store, and another tab's newer save.
#![cfg(target_arch = "wasm32")]

use small_steps::domain::{Child, DayRecord, DayStatus, Diary};
use small_steps::storage::{
    self, LoadNotice, SaveError, DIARY_KEY, KEPT_ASIDE_PREFIX, REVISION_KEY,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    storage::local_storage().expect("the test browser has localStorage")
}

fn stored(key: &str) -> Option<String> {
    local().get_item(key).unwrap()
}

fn diary_with(nickname: &str, days: usize) -> Diary {
    let mut child = Child::new(format!("child-{nickname}"), nickname);
    let start = chrono::NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
    for i in 0..days {
        let mut day = DayRecord::new(start + chrono::Days::new(i as u64), DayStatus::Attended);
        day.helped = "A calm walk in with a friend, and the key adult at the gate.".repeat(4);
        child.put_day(day);
    }
    Diary {
        children: vec![child],
    }
}

#[wasm_bindgen_test]
fn a_saved_diary_loads_back_with_its_revision() {
    local().clear().unwrap();
    let diary = diary_with("Sam", 3);
    let revision = storage::save(&diary, 0).expect("first save");
    assert_eq!(revision, 1);
    assert_eq!(stored(REVISION_KEY).as_deref(), Some("1"));
    let loaded = storage::load();
    assert_eq!(loaded.diary, diary);
    assert_eq!(loaded.revision, 1);
    assert!(loaded.notice.is_none() && loaded.may_save);
    assert_eq!(storage::save(&diary, 1), Ok(2));
}

#[wasm_bindgen_test]
fn an_invalid_diary_is_not_written() {
    local().clear().unwrap();
    storage::save(&diary_with("Sam", 1), 0).unwrap();
    let before = stored(DIARY_KEY);
    let mut bad = diary_with("Sam", 1);
    bad.children[0].nickname = "x".repeat(500);
    assert!(matches!(storage::save(&bad, 1), Err(SaveError::Invalid(_))));
    assert_eq!(stored(DIARY_KEY), before);
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_kept_aside_untouched_and_the_app_still_opens() {
    local().clear().unwrap();
    let damaged = "{\"format\": \"small-steps\", \"version\": 1, \"children\": [ oops";
    local().set_item(DIARY_KEY, damaged).unwrap();
    let loaded = storage::load();
    let Some(LoadNotice::KeptAside { key, reason }) = loaded.notice else {
        panic!(
            "expected the value to be kept aside, got {:?}",
            loaded.notice
        );
    };
    assert!(key.starts_with(KEPT_ASIDE_PREFIX));
    assert!(reason.contains("JSON"), "{reason}");
    assert_eq!(stored(&key).as_deref(), Some(damaged));
    assert_eq!(
        stored(DIARY_KEY).as_deref(),
        Some(damaged),
        "the original stays until the parent saves"
    );
    assert!(loaded.diary.children.is_empty() && loaded.may_save);
    assert_eq!(storage::kept_aside_keys(), vec![key]);
}

#[wasm_bindgen_test]
fn a_diary_from_a_newer_app_is_never_overwritten() {
    local().clear().unwrap();
    let newer = r#"{"format":"small-steps","version":99,"exported_at":"2030-01-01T00:00:00Z","children":[]}"#;
    local().set_item(DIARY_KEY, newer).unwrap();
    let loaded = storage::load();
    assert!(matches!(
        loaded.notice,
        Some(LoadNotice::NewerVersion { .. })
    ));
    assert!(!loaded.may_save);
    assert_eq!(stored(DIARY_KEY).as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn a_save_that_does_not_fit_says_so_and_leaves_the_stored_diary_as_it_was() {
    local().clear().unwrap();
    storage::save(&diary_with("Sam", 2), 0).unwrap();
    let before = stored(DIARY_KEY).unwrap();
    // Fill the rest of the quota with 256 KB blocks, then 1 KB blocks.
    let block = "x".repeat(256 * 1024);
    let small = "y".repeat(1024);
    let mut filler = 0;
    for chunk in [&block, &small] {
        while local().set_item(&format!("filler-{filler}"), chunk).is_ok() {
            filler += 1;
        }
    }
    let result = storage::save(&diary_with("Sam", 400), 1);
    for i in 0..=filler {
        local().remove_item(&format!("filler-{i}")).unwrap();
    }
    assert_eq!(result, Err(SaveError::Full));
    assert!(SaveError::Full.message().contains("full"));
    assert_eq!(stored(DIARY_KEY).as_deref(), Some(before.as_str()));
    assert_eq!(stored(REVISION_KEY).as_deref(), Some("1"));
}

#[wasm_bindgen_test]
fn a_newer_save_from_another_tab_is_never_overwritten() {
    local().clear().unwrap();
    storage::save(&diary_with("Sam", 1), 0).unwrap();
    // Another tab, which loaded revision 1 too, saves first.
    storage::save(&diary_with("Alex", 1), 1).unwrap();
    let theirs = stored(DIARY_KEY);
    // This tab still thinks revision 1 is the newest.
    assert_eq!(
        storage::save(&diary_with("Sam", 2), 1),
        Err(SaveError::NewerElsewhere)
    );
    assert_eq!(stored(DIARY_KEY), theirs);
    assert_eq!(storage::load().diary.children[0].nickname, "Alex");
}

#[wasm_bindgen_test]
fn a_backup_is_kept_before_an_import() {
    local().clear().unwrap();
    storage::save(&diary_with("Sam", 1), 0).unwrap();
    let current = stored(DIARY_KEY);
    storage::back_up_before_import().unwrap();
    assert_eq!(stored(storage::BEFORE_IMPORT_KEY), current);
}
