//! Space used: how much of the browser's storage the diary, the copies kept safe and everything else take.

use super::kept_aside::is_copy;
use super::{get_raw, local_storage, DIARY_KEY, DRAFT_PREFIX};
use crate::domain::space::size_words;

/// How much of the browser's storage Small Steps uses, by what uses it, in bytes (browsers count
/// two bytes for each UTF-16 unit of keys and values).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpaceUsed {
    pub diary: u64,
    pub copies: u64,
    /// Typing not saved yet (see `drafts`).
    pub drafts: u64,
    pub other: u64,
}

impl SpaceUsed {
    pub fn total(self) -> u64 {
        self.diary + self.copies + self.drafts + self.other
    }

    /// "the diary takes 1.2 MB, copies kept safe 2.3 MB, drafts 40 KB".
    pub fn words(self) -> String {
        format!(
            "the diary takes {}, copies kept safe {}, drafts of typing not saved {}",
            size_words(self.diary),
            size_words(self.copies),
            size_words(self.drafts)
        )
    }
}

/// Measures what each kind of stored value takes.
pub fn space_used() -> SpaceUsed {
    let mut used = SpaceUsed::default();
    let Some(storage) = local_storage() else {
        return used;
    };
    for i in 0..storage.length().unwrap_or(0) {
        let Some(key) = storage.key(i).ok().flatten() else {
            continue;
        };
        let units =
            get_raw(&storage, &key).map_or(0, |v| v.length()) + key.encode_utf16().count() as u32;
        let bytes = u64::from(units) * 2;
        if key == DIARY_KEY {
            used.diary += bytes;
        } else if is_copy(&key) {
            used.copies += bytes;
        } else if key.starts_with(DRAFT_PREFIX) {
            used.drafts += bytes;
        } else {
            used.other += bytes;
        }
    }
    used
}

/// The size of one stored value, in bytes.
pub fn size_of(key: &str) -> u64 {
    local_storage()
        .and_then(|s| get_raw(&s, key))
        .map_or(0, |v| u64::from(v.length()) * 2)
}
