//! Drafts: typing not saved yet, kept per form, child and day until it is saved or thrown away.

use web_sys::Storage;

use super::settings::setting;
use super::{get, local_storage, no_storage, write, SaveError};

/// Typing not saved yet, kept per form, child and day until it is saved or thrown away.
pub const DRAFT_PREFIX: &str = "small-steps:draft:";
/// The most drafts kept; the oldest goes when a newer one needs the room.
pub const MOST_DRAFTS: usize = 20;
/// The longest draft kept, in characters (a form's worth of typing, with room to spare).
pub const LONGEST_DRAFT: usize = 40_000;

/// Keeps a draft (see [`DRAFT_PREFIX`]). A draft longer than [`LONGEST_DRAFT`] is refused; past
/// [`MOST_DRAFTS`], the drafts written longest ago (their text starts with the time) make room.
pub fn put_draft(key: &str, text: &str) -> Result<(), SaveError> {
    if text.chars().count() > LONGEST_DRAFT {
        return Err(SaveError::Refused("that draft is too long to keep.".into()));
    }
    let storage = local_storage().ok_or_else(no_storage)?;
    let others: Vec<(String, String)> = oldest_first(&storage)
        .into_iter()
        .filter(|(_, k)| k != key)
        .collect();
    let extra = (others.len() + 1).saturating_sub(MOST_DRAFTS);
    for (_, oldest) in others.into_iter().take(extra) {
        let _ = storage.remove_item(&oldest);
    }
    write(&storage, key, text)
}

/// A draft kept under `key`, if any.
pub fn draft(key: &str) -> Option<String> {
    setting(key).filter(|_| key.starts_with(DRAFT_PREFIX))
}

/// Removes a draft (saved, or thrown away by the parent).
pub fn remove_draft(key: &str) {
    if let (Some(storage), true) = (local_storage(), key.starts_with(DRAFT_PREFIX)) {
        let _ = storage.remove_item(key);
    }
}

/// The keys of every draft kept.
pub fn draft_keys() -> Vec<String> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(DRAFT_PREFIX))
        .collect()
}

/// Every draft as `(text, key)`, the one written longest ago first (a draft's text starts with the
/// time it was written).
fn oldest_first(storage: &Storage) -> Vec<(String, String)> {
    let mut drafts: Vec<(String, String)> = draft_keys()
        .into_iter()
        .map(|k| (get(storage, &k).unwrap_or_default(), k))
        .collect();
    drafts.sort();
    drafts
}

/// Removes every draft (the parent chose to, on the Backup screen). Returns how many went.
pub fn remove_all_drafts() -> usize {
    let keys = draft_keys();
    keys.iter().for_each(|k| remove_draft(k));
    keys.len()
}

/// Writes the diary, which always comes before a draft: when storage is full, drafts give way, the
/// oldest first, one at a time, until it fits. If it does not fit even with every draft gone, they
/// are put back (the room they took is still free, as nothing else was written) and the write is
/// refused, so no draft is lost for nothing. Returns how many drafts gave way.
pub(super) fn write_before_drafts(
    storage: &Storage,
    key: &str,
    text: &str,
) -> Result<usize, SaveError> {
    match write(storage, key, text) {
        Err(SaveError::Full) => {}
        other => return other.map(|()| 0),
    }
    let mut gone = Vec::new();
    for (draft, draft_key) in oldest_first(storage) {
        let _ = storage.remove_item(&draft_key);
        gone.push((draft_key, draft));
        match write(storage, key, text) {
            Err(SaveError::Full) => {}
            Ok(()) => return Ok(gone.len()),
            Err(other) => {
                put_back(storage, &gone);
                return Err(other);
            }
        }
    }
    put_back(storage, &gone);
    Err(SaveError::Full)
}

fn put_back(storage: &Storage, drafts: &[(String, String)]) {
    for (key, text) in drafts {
        let _ = storage.set_item(key, text);
    }
}
