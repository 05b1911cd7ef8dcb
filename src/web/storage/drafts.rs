//! Drafts: typing not saved yet, kept per form, child and day until it is saved or thrown away.

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
    let mut others: Vec<(String, String)> = draft_keys()
        .into_iter()
        .filter(|k| k != key)
        .map(|k| {
            let written = get(&storage, &k).unwrap_or_default();
            (written, k)
        })
        .collect();
    others.sort();
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
