//! The only code that touches localStorage: loading, saving whole or not at all, keeping unreadable
//! data aside, and noticing changes made in another tab.
//!
//! The diary lives under one key as a versioned [`Document`]; a single `setItem` either stores the
//! whole new value or throws and leaves the old one, so a save is never half done. A small second key
//! mirrors the revision so a save can cheaply check that no other tab has saved something newer.

use wasm_bindgen::JsCast;
use web_sys::Storage;

use crate::domain::document::{read_document, ReadError};
use crate::domain::validate::{check_diary, Problem};
use crate::domain::writer::DiaryWriter;
use crate::domain::Diary;
use crate::ui::clock::now_rfc3339;
use crate::ui::timing;

/// Where the diary is kept.
pub const DIARY_KEY: &str = "small-steps";
/// The revision of the last save, kept beside the diary so a save can check it cheaply.
pub const REVISION_KEY: &str = "small-steps:revision";
/// Unreadable values are copied under this prefix (plus the time) and never deleted by the app.
pub const KEPT_ASIDE_PREFIX: &str = "small-steps:kept-aside:";
/// The diary as it was just before the last import was applied.
pub const BEFORE_IMPORT_KEY: &str = "small-steps:before-import";
/// The diary as it was before the import before that, so two wrong imports in a row lose nothing.
pub const EARLIER_IMPORT_KEY: &str = "small-steps:before-import:earlier";
/// The browser's answer to the request for persistent storage.
pub const PERSIST_KEY: &str = "small-steps:persist";
/// The date of the last backup file the parent saved.
pub const LAST_BACKUP_KEY: &str = "small-steps:last-backup";
/// The first day the backup reminder may show again after "Not now".
pub const REMINDER_NOT_NOW_KEY: &str = "small-steps:backup-reminder-not-now";

/// What loading found, for the app to show.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadNotice {
    /// The stored value could not be read; it was copied to `key` untouched.
    KeptAside { key: String, reason: String },
    /// The stored value could not be read and could not be copied aside, so saving is switched off
    /// until the parent has dealt with it.
    CouldNotKeepAside { reason: String },
    /// The diary was saved by a newer version of the app; nothing is overwritten.
    NewerVersion { reason: String },
    /// This browser does not let the page keep data (private mode or blocked storage).
    NoStorage,
}

/// The diary as loaded, with its revision and anything the parent must be told.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub diary: Diary,
    pub revision: u64,
    pub notice: Option<LoadNotice>,
    /// False when saving could overwrite something the parent has not yet rescued.
    pub may_save: bool,
}

/// Why a save did not happen. In every case the stored diary is exactly as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The data broke a rule; nothing was written.
    Invalid(Vec<Problem>),
    /// Another tab saved a newer diary since this one was loaded.
    NewerElsewhere,
    /// The browser's storage is full.
    Full,
    /// Saving is switched off (see [`LoadNotice`]) or the browser refused for another reason.
    Refused(String),
}

impl SaveError {
    /// Plain words for the parent.
    pub fn message(&self) -> String {
        match self {
            SaveError::Invalid(problems) => match problems.first() {
                Some(p) => format!("Not saved ({}): {}", p.field_words(), p.reason),
                None => "Not saved: something in it is not allowed.".into(),
            },
            SaveError::NewerElsewhere => "Not saved: Small Steps is open in another tab or window, and that one saved newer changes. Choose which to keep below.".into(),
            SaveError::Full => "Not saved: this browser's storage for Small Steps is full. What you typed is still on screen. Save a backup from the Backup screen, then remove old records or another child.".into(),
            SaveError::Refused(why) => format!("Not saved: {why} What you typed is still on screen."),
        }
    }
}

thread_local! {
    /// Keeps each month's JSON between saves, so saving a day re-writes only its month.
    static WRITER: std::cell::RefCell<DiaryWriter> = std::cell::RefCell::new(DiaryWriter::default());
}

/// The browser's localStorage, or `None` where the page may not keep data.
pub fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn get(storage: &Storage, key: &str) -> Option<String> {
    storage.get_item(key).ok().flatten()
}

/// Reads the diary at start. Never fails: whatever happens, the app opens and says what it found.
pub fn load() -> Loaded {
    let empty = |notice, may_save| Loaded {
        diary: Diary::default(),
        revision: 0,
        notice,
        may_save,
    };
    let Some(storage) = local_storage() else {
        return empty(Some(LoadNotice::NoStorage), false);
    };
    let Some(text) = get(&storage, DIARY_KEY) else {
        return Loaded {
            revision: revision_in(&storage),
            ..empty(None, true)
        };
    };
    match read_document(&text) {
        Ok(document) => {
            let revision = document.revision;
            if revision_in(&storage) != revision {
                // The mirror is only a hint; the diary's own revision is the truth.
                let _ = storage.set_item(REVISION_KEY, &revision.to_string());
            }
            Loaded {
                diary: document.into_diary(),
                revision,
                notice: None,
                may_save: true,
            }
        }
        Err(error @ ReadError::NewerVersion { .. }) => empty(
            Some(LoadNotice::NewerVersion {
                reason: error.message(),
            }),
            false,
        ),
        Err(error) => keep_aside(&storage, &text, &error),
    }
}

/// Copies an unreadable stored value to a key of its own, leaving the original untouched.
fn keep_aside(storage: &Storage, text: &str, error: &ReadError) -> Loaded {
    // The same unreadable value is kept once, however often the app is reopened.
    let already = kept_aside_keys()
        .into_iter()
        .find(|k| k.starts_with(KEPT_ASIDE_PREFIX) && get(storage, k).as_deref() == Some(text));
    let key = already.unwrap_or_else(|| format!("{KEPT_ASIDE_PREFIX}{}", now_rfc3339()));
    let revision = revision_in(storage);
    let copied =
        storage.set_item(&key, text).is_ok() && get(storage, &key).as_deref() == Some(text);
    let (notice, may_save) = if copied {
        (
            LoadNotice::KeptAside {
                key,
                reason: error.message(),
            },
            true,
        )
    } else {
        (
            LoadNotice::CouldNotKeepAside {
                reason: error.message(),
            },
            false,
        )
    };
    Loaded {
        diary: Diary::default(),
        revision,
        notice: Some(notice),
        may_save,
    }
}

/// The revision most recently saved by any tab.
pub fn stored_revision() -> u64 {
    local_storage().map_or(0, |s| revision_in(&s))
}

/// The revision mirrored beside the diary, or 0 when there is none.
fn revision_in(storage: &Storage) -> u64 {
    get(storage, REVISION_KEY)
        .and_then(|r| r.parse().ok())
        .unwrap_or(0)
}

/// Writes the diary's JSON into the writer's memory without storing it, so the first real save
/// only re-writes the month that changed. Run when the app is idle after opening.
pub fn prepare_for_saving(diary: &Diary) {
    WRITER.with_borrow_mut(|w| {
        w.write(&diary.children, "", 0);
    });
}

/// Saves the whole diary if it is valid and nothing newer has been saved since `based_on`.
/// Returns the new revision.
pub fn save(diary: &Diary, based_on: u64) -> Result<u64, SaveError> {
    let problems = timing::measure("small-steps:save:check", || check_diary(diary));
    if !problems.is_empty() {
        return Err(SaveError::Invalid(problems));
    }
    let storage = local_storage().ok_or_else(|| {
        SaveError::Refused(
            "this browser is not letting Small Steps keep anything (it may be in private mode)."
                .into(),
        )
    })?;
    if revision_in(&storage) > based_on {
        return Err(SaveError::NewerElsewhere);
    }
    let revision = based_on + 1;
    let text = timing::measure("small-steps:save:serialise", || {
        WRITER.with_borrow_mut(|w| w.write(&diary.children, &now_rfc3339(), revision))
    });
    timing::measure("small-steps:save:write", || {
        write(&storage, DIARY_KEY, &text)
    })?;
    // The diary itself is saved; a failure here only costs the cheap check, which load() repairs.
    let _ = storage.set_item(REVISION_KEY, &revision.to_string());
    Ok(revision)
}

/// Writes one value, turning the browser's refusal into words.
pub fn write(storage: &Storage, key: &str, text: &str) -> Result<(), SaveError> {
    storage.set_item(key, text).map_err(|error| {
        let name = error
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name())
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            SaveError::Full
        } else {
            SaveError::Refused("the browser would not store it.".into())
        }
    })
}

/// Keeps a copy of the diary exactly as stored now, before an import replaces or joins it.
pub fn back_up_before_import() -> Result<(), SaveError> {
    let storage = local_storage().ok_or_else(|| {
        SaveError::Refused("this browser is not letting Small Steps keep anything.".into())
    })?;
    let Some(current) = get(&storage, DIARY_KEY) else {
        return Ok(());
    };
    match get(&storage, BEFORE_IMPORT_KEY) {
        Some(previous) if previous != current => write(&storage, EARLIER_IMPORT_KEY, &previous)?,
        _ => {}
    }
    write(&storage, BEFORE_IMPORT_KEY, &current)
}

/// Reads a small remembered setting (not part of the diary).
pub fn setting(key: &str) -> Option<String> {
    get(&local_storage()?, key)
}

/// A remembered date (`YYYY-MM-DD`), such as the day of the last backup; anything else reads as none.
pub fn date_setting(key: &str) -> Option<chrono::NaiveDate> {
    setting(key)?.parse().ok()
}

/// Remembers a small setting; losing one is harmless, so failures are ignored.
pub fn remember(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
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
        .filter(|k| k.starts_with(KEPT_ASIDE_PREFIX) || k.starts_with(BEFORE_IMPORT_KEY))
        .collect();
    keys.sort();
    keys
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
