//! Storage in a real browser (headless Chromium): save and load, unreadable values kept aside,
//! a full store, and another tab's newer save.
#![cfg(target_arch = "wasm32")]

use small_steps::domain::{Child, DayRecord, DayStatus, Diary};
use small_steps::web::storage::{
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
    let revision = storage::save(&diary, 0).expect("first save").revision;
    assert_eq!(revision, 1);
    assert_eq!(stored(REVISION_KEY).as_deref(), Some("1"));
    let loaded = storage::load();
    assert_eq!(loaded.diary, diary);
    assert_eq!(loaded.revision, 1);
    assert!(loaded.notice.is_none() && loaded.may_save);
    assert_eq!(storage::save(&diary, 1).map(|s| s.revision), Ok(2));
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
    // Said in a parent's words: the file-format detail is kept for "More detail", not the notice.
    assert!(reason.contains("damaged"), "{reason}");
    assert!(!reason.contains("JSON"), "{reason}");
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
    let filler = fill_storage();
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
    let _copies = storage::back_up_before_import().unwrap();
    assert_eq!(stored(storage::BEFORE_IMPORT_KEY), current);
}

/// Sets a value from JavaScript text, so it can hold what a Rust `String` cannot (a lone surrogate).
fn set_from_js(key: &str, js_expression: &str) {
    let value = js_sys::eval(js_expression).unwrap();
    let set = js_sys::Reflect::get(&local(), &"setItem".into()).unwrap();
    js_sys::Function::from(set)
        .call2(&local(), &key.into(), &value)
        .unwrap();
}

/// A stored value as JavaScript holds it, never through a Rust `String`.
fn raw(key: &str) -> wasm_bindgen::JsValue {
    let get = js_sys::Reflect::get(&local(), &"getItem".into()).unwrap();
    js_sys::Function::from(get)
        .call1(&local(), &key.into())
        .unwrap()
}

#[wasm_bindgen_test]
fn a_value_cut_inside_an_emoji_is_kept_aside_byte_for_byte() {
    local().clear().unwrap();
    // The diary's text ends half-way through an emoji: a lone high surrogate, as a cut-off write leaves.
    set_from_js(
        DIARY_KEY,
        r#"'{"format":"small-steps","version":1,"children":[{"nickname":"Sam \uD83D'"#,
    );
    let loaded = storage::load();
    let Some(LoadNotice::KeptAside { key, .. }) = loaded.notice else {
        panic!(
            "expected the value to be kept aside, got {:?}",
            loaded.notice
        );
    };
    assert_eq!(
        raw(&key),
        raw(DIARY_KEY),
        "the copy is the same UTF-16, surrogate and all"
    );
    let copy: js_sys::JsString = raw(&key).into();
    assert_eq!(copy.char_code_at(copy.length() - 1), f64::from(0xD83D));
    // Opening again keeps it once, not twice.
    storage::load();
    assert_eq!(storage::kept_aside_keys(), vec![key]);
}

/// Fills the store until nothing more fits; returns how many filler keys were written.
fn fill_storage() -> usize {
    let block = "x".repeat(256 * 1024);
    let small = "y".repeat(1024);
    let mut filler = 0;
    for chunk in [&block, &small] {
        while local().set_item(&format!("filler-{filler}"), chunk).is_ok() {
            filler += 1;
        }
    }
    filler
}

fn every_key_and_value() -> Vec<(String, String)> {
    let store = local();
    let mut all: Vec<_> = (0..store.length().unwrap())
        .filter_map(|i| store.key(i).unwrap())
        .map(|k| {
            let v = store.get_item(&k).unwrap().unwrap_or_default();
            (k, v)
        })
        .collect();
    all.sort();
    all
}

#[wasm_bindgen_test]
fn an_import_refused_for_space_leaves_every_key_as_it_was() {
    local().clear().unwrap();
    // Two earlier imports left both safety copies.
    storage::save(&diary_with("Sam", 40), 0).unwrap();
    local()
        .set_item(storage::BEFORE_IMPORT_KEY, "copy one")
        .unwrap();
    local()
        .set_item(storage::EARLIER_IMPORT_KEY, "copy two")
        .unwrap();
    let filler = fill_storage();
    let before = every_key_and_value();
    // The import: keep the copies, then save a much bigger diary, which does not fit.
    let refused = match storage::back_up_before_import() {
        Err(error) => error,
        Ok(copies) => match storage::save(&diary_with("Sam", 400), 1) {
            Ok(_) => panic!("the bigger diary should not fit"),
            Err(error) => {
                copies.undo();
                error
            }
        },
    };
    let after = every_key_and_value();
    for i in 0..=filler {
        local().remove_item(&format!("filler-{i}")).unwrap();
    }
    assert_eq!(refused, SaveError::Full);
    assert!(before == after, "a refused import changed what is stored");
    assert_eq!(
        stored(storage::EARLIER_IMPORT_KEY).as_deref(),
        Some("copy two")
    );
}

#[wasm_bindgen_test]
fn the_space_used_names_the_diary_and_the_copies_and_a_copy_can_be_removed() {
    local().clear().unwrap();
    storage::save(&diary_with("Sam", 20), 0).unwrap();
    local()
        .set_item(storage::BEFORE_IMPORT_KEY, &"c".repeat(5000))
        .unwrap();
    let used = storage::space_used();
    let diary_units = stored(DIARY_KEY).unwrap().encode_utf16().count() as u64;
    assert_eq!(used.diary, (diary_units + DIARY_KEY.len() as u64) * 2);
    assert_eq!(
        used.copies,
        (5000 + storage::BEFORE_IMPORT_KEY.len() as u64) * 2
    );
    let message = SaveError::Full.message();
    assert!(message.contains("copies kept safe 11 KB"), "{message}");
    // The diary itself can never be removed as a "copy".
    assert!(storage::remove_copy(DIARY_KEY).is_err());
    assert!(stored(DIARY_KEY).is_some());
    storage::remove_copy(storage::BEFORE_IMPORT_KEY).unwrap();
    assert_eq!(storage::space_used().copies, 0);
}
