//! Small remembered settings kept beside the diary (not part of it): the last backup, the backup
//! reminder, and the browser's answer to the request for persistent storage.

use wasm_bindgen::JsCast;

use super::{get, local_storage, no_storage, write, SaveError};

/// The browser's answer to the request for persistent storage.
pub const PERSIST_KEY: &str = "small-steps:persist";
/// Which child the parent last chose to see.
pub const CHILD_KEY: &str = "small-steps:child";
/// The date of the last backup file the parent saved.
pub const LAST_BACKUP_KEY: &str = "small-steps:last-backup";
/// The first day the backup reminder may show again after "Not now".
pub const REMINDER_NOT_NOW_KEY: &str = "small-steps:backup-reminder-not-now";
/// The level of fullness (percent) Today last warned about (see `domain::space::fill_level`).
pub const SPACE_WARNED_KEY: &str = "small-steps:space-warned";

/// Reads a small remembered setting (not part of the diary).
pub fn setting(key: &str) -> Option<String> {
    get(&local_storage()?, key)
}

/// The child shown as the diary opens: the one the parent chose last, while still in the diary,
/// else the first. The same for Today's buttons before the app (`web::quick_day`) and the app.
pub fn child_at_start(diary: &crate::domain::Diary) -> Option<String> {
    setting(CHILD_KEY)
        .filter(|id| diary.child(id).is_some())
        .or_else(|| diary.children.first().map(|c| c.id.clone()))
}

/// A remembered date (`YYYY-MM-DD`), such as the day of the last backup; anything else reads as none.
pub fn date_setting(key: &str) -> Option<chrono::NaiveDate> {
    crate::domain::dates::read_ymd(&setting(key)?)
}

/// Remembers a small setting; losing one is harmless, so failures are ignored.
pub fn remember(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Remembers a setting that matters to the parent (such as the date of the last backup), saying
/// when it could not be kept.
pub fn remember_checked(key: &str, value: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or_else(no_storage)?;
    write(&storage, key, value)
}

/// Asks the browser to keep this site's data even when space runs low, once, and remembers the answer.
pub fn ask_for_persistence() {
    if setting(PERSIST_KEY).is_some() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(manager) = js_sys::Reflect::get(&window.navigator(), &"storage".into()) else {
        return;
    };
    if manager.is_undefined() {
        remember(PERSIST_KEY, "unsupported");
        return;
    }
    let manager: web_sys::StorageManager = manager.unchecked_into();
    let Ok(promise) = manager.persist() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let answer = wasm_bindgen_futures::JsFuture::from(promise).await;
        let granted = answer.ok().and_then(|v| v.as_bool()).unwrap_or(false);
        remember(PERSIST_KEY, if granted { "granted" } else { "denied" });
    });
}
