//! Copies kept safe: an unreadable stored diary kept aside byte for byte, and the diary as it was
//! before the last two imports, so a wrong import (or two) loses nothing.

use web_sys::Storage;

use super::{
    get_raw, local_storage, no_storage, revision_in, set_raw, LoadNotice, Loaded, SaveError,
    DIARY_KEY,
};
use crate::domain::Diary;
use crate::web::clock::now_rfc3339;

/// Unreadable values are copied under this prefix (plus the time) and never deleted by the app.
pub const KEPT_ASIDE_PREFIX: &str = "small-steps:kept-aside:";
/// The diary as it was just before the last import was applied.
pub const BEFORE_IMPORT_KEY: &str = "small-steps:before-import";
/// The diary as it was before the import before that, so two wrong imports in a row lose nothing.
pub const EARLIER_IMPORT_KEY: &str = "small-steps:before-import:earlier";

/// Copies an unreadable stored value, byte for byte, to a key of its own, leaving the original untouched.
pub(super) fn keep_aside(storage: &Storage, reason: String) -> Loaded {
    let revision = revision_in(storage);
    let copied = match get_raw(storage, DIARY_KEY) {
        Some(raw) => copy_aside(storage, &raw),
        None => None,
    };
    let (notice, may_save) = match copied {
        Some(key) => (LoadNotice::KeptAside { key, reason }, true),
        None => (LoadNotice::CouldNotKeepAside { reason }, false),
    };
    Loaded {
        diary: Diary::default(),
        revision,
        notice: Some(notice),
        may_save,
        checked: true,
    }
}

/// Keeps `raw` under a kept-aside key of its own (once: the same value is never kept twice), checks
/// it reads back identical, and returns the key.
fn copy_aside(storage: &Storage, raw: &js_sys::JsString) -> Option<String> {
    let already = kept_aside_keys()
        .into_iter()
        .find(|k| k.starts_with(KEPT_ASIDE_PREFIX) && get_raw(storage, k).as_ref() == Some(raw));
    if already.is_some() {
        return already;
    }
    let key = format!("{KEPT_ASIDE_PREFIX}{}", now_rfc3339());
    let copied =
        set_raw(storage, &key, raw).is_ok() && get_raw(storage, &key).as_ref() == Some(raw);
    copied.then_some(key)
}

/// Keeps the stored diary aside (byte for byte) because this tab is about to save its own good copy
/// over a value that could not be read. Returns the key, or why not.
pub fn keep_stored_aside() -> Result<Option<String>, SaveError> {
    let storage = local_storage().ok_or_else(no_storage)?;
    let Some(raw) = get_raw(&storage, DIARY_KEY) else {
        return Ok(None);
    };
    copy_aside(&storage, &raw).map(Some).ok_or(SaveError::Full)
}

/// The safety copies as they were before an import began, so an import that is refused can put
/// them back exactly: a refused import changes nothing at all.
#[must_use = "a refused import must put the copies back with `undo`"]
pub struct CopiesBeforeImport {
    values: Vec<(&'static str, Option<js_sys::JsString>)>,
}

impl CopiesBeforeImport {
    /// Puts both copies back as they were. Both are removed first, so the space they take never
    /// grows beyond what it was, and putting the old values back always fits.
    pub fn undo(self) {
        let Some(storage) = local_storage() else {
            return;
        };
        for (key, _) in &self.values {
            let _ = storage.remove_item(key);
        }
        for (key, value) in &self.values {
            if let Some(value) = value {
                let _ = set_raw(&storage, key, value);
            }
        }
    }
}

/// Keeps a copy of the diary exactly as stored now (byte for byte), before an import replaces or
/// joins it; the copy before that moves to the earlier slot. If either copy cannot be written,
/// both are put back and the import must not go ahead.
pub fn back_up_before_import() -> Result<CopiesBeforeImport, SaveError> {
    let storage = local_storage().ok_or_else(no_storage)?;
    let copies = CopiesBeforeImport {
        values: [BEFORE_IMPORT_KEY, EARLIER_IMPORT_KEY]
            .into_iter()
            .map(|key| (key, get_raw(&storage, key)))
            .collect(),
    };
    let Some(current) = get_raw(&storage, DIARY_KEY) else {
        return Ok(copies);
    };
    let rotate = || -> Result<(), SaveError> {
        match get_raw(&storage, BEFORE_IMPORT_KEY) {
            Some(previous) if previous != current => {
                set_raw(&storage, EARLIER_IMPORT_KEY, &previous)?
            }
            _ => {}
        }
        set_raw(&storage, BEFORE_IMPORT_KEY, &current)
    };
    match rotate() {
        Ok(()) => Ok(copies),
        Err(error) => {
            copies.undo();
            Err(error)
        }
    }
}

/// The keys of every value kept aside, oldest first.
pub fn kept_aside_keys() -> Vec<String> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| is_copy(k))
        .collect();
    keys.sort();
    keys
}

/// Whether a key holds a copy kept safe (before an import, or a value that could not be read).
pub(super) fn is_copy(key: &str) -> bool {
    key.starts_with(KEPT_ASIDE_PREFIX) || key.starts_with(BEFORE_IMPORT_KEY)
}

/// Removes a copy kept safe, because the parent asked to (after confirming). Only copies can be
/// removed this way, never the diary itself.
pub fn remove_copy(key: &str) -> Result<(), SaveError> {
    if !is_copy(key) {
        return Err(SaveError::Refused(
            "only copies kept safe can be removed here.".into(),
        ));
    }
    let storage = local_storage().ok_or_else(no_storage)?;
    storage
        .remove_item(key)
        .map_err(|_| SaveError::Refused("the browser would not remove it.".into()))
}
