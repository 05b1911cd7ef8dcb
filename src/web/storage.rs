//! The only code that touches localStorage: loading, saving whole or not at all, keeping unreadable
//! data aside, and noticing changes made in another tab.
//!
//! The diary lives under one key as a versioned [`Document`]; a single `setItem` either stores the
//! whole new value or throws and leaves the old one, so a save is never half done. A small second key
//! mirrors the revision so a save can cheaply check that no other tab has saved something newer.

use wasm_bindgen::JsCast;
use web_sys::Storage;

use crate::domain::checks::Problem;
use crate::domain::file::document::{read_document, ReadError};
use crate::domain::file::writer::DiaryWriter;
use crate::domain::validate::check_diary;
use crate::domain::Diary;
use crate::web::clock::now_rfc3339;
use crate::web::timing;

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
/// Typing not saved yet, kept per form, child and day until it is saved or thrown away.
pub const DRAFT_PREFIX: &str = "small-steps:draft:";
/// The most drafts kept; the oldest goes when a newer one needs the room.
pub const MOST_DRAFTS: usize = 20;
/// The longest draft kept, in characters (a form's worth of typing, with room to spare).
pub const LONGEST_DRAFT: usize = 40_000;
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
            SaveError::Full => format!("Not saved: this browser's storage for Small Steps is full ({}). What you typed is still on screen. On the Backup screen, save a backup file first, then remove copies kept safe that you no longer need.", space_used().words()),
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

/// A stored value exactly as the browser holds it, as a JavaScript string. Unlike [`get`], it never
/// passes through a Rust `String`, so a value cut inside an emoji (a lone UTF-16 surrogate) is kept
/// byte for byte.
fn get_raw(storage: &Storage, key: &str) -> Option<js_sys::JsString> {
    let get_item = js_sys::Reflect::get(storage, &"getItem".into()).ok()?;
    let get_item: &js_sys::Function = get_item.dyn_ref()?;
    get_item
        .call1(storage, &key.into())
        .ok()?
        .dyn_into::<js_sys::JsString>()
        .ok()
}

/// Stores a JavaScript string untouched (see [`get_raw`]).
fn set_raw(storage: &Storage, key: &str, value: &js_sys::JsString) -> Result<(), SaveError> {
    let set_item = js_sys::Reflect::get(storage, &"setItem".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| SaveError::Refused("the browser would not store it.".into()))?;
    set_item
        .call2(storage, &key.into(), value)
        .map(|_| ())
        .map_err(|error| refusal(&error))
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
        Err(error) => keep_aside(&storage, &error),
    }
}

/// Copies an unreadable stored value, byte for byte, to a key of its own, leaving the original untouched.
fn keep_aside(storage: &Storage, error: &ReadError) -> Loaded {
    let revision = revision_in(storage);
    let copied = match get_raw(storage, DIARY_KEY) {
        Some(raw) => copy_aside(storage, &raw),
        None => None,
    };
    let (notice, may_save) = match copied {
        Some(key) => (
            LoadNotice::KeptAside {
                key,
                reason: error.message(),
            },
            true,
        ),
        None => (
            LoadNotice::CouldNotKeepAside {
                reason: error.message(),
            },
            false,
        ),
    };
    Loaded {
        diary: Diary::default(),
        revision,
        notice: Some(notice),
        may_save,
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

fn no_storage() -> SaveError {
    SaveError::Refused(
        "this browser is not letting Small Steps keep anything (it may be in private mode).".into(),
    )
}

/// Whether a diary (readable or not) is stored at all.
pub fn diary_is_stored() -> bool {
    local_storage().is_some_and(|s| get_raw(&s, DIARY_KEY).is_some())
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
    storage.set_item(key, text).map_err(|error| refusal(&error))
}

/// The browser's refusal to store something, in the app's terms.
fn refusal(error: &wasm_bindgen::JsValue) -> SaveError {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        SaveError::Full
    } else {
        SaveError::Refused("the browser would not store it.".into())
    }
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

/// Remembers a setting that matters to the parent (such as the date of the last backup), saying
/// when it could not be kept.
pub fn remember_checked(key: &str, value: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or_else(no_storage)?;
    write(&storage, key, value)
}

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

/// How much of the browser's storage Small Steps uses, by what uses it, in bytes (browsers count
/// two bytes for each UTF-16 unit of keys and values).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpaceUsed {
    pub diary: u64,
    pub copies: u64,
    pub other: u64,
}

impl SpaceUsed {
    pub fn total(self) -> u64 {
        self.diary + self.copies + self.other
    }

    /// "the diary takes 1.2 MB, copies kept safe 2.3 MB".
    pub fn words(self) -> String {
        format!(
            "the diary takes {}, copies kept safe {}",
            size_words(self.diary),
            size_words(self.copies)
        )
    }
}

/// "850 KB", "2.3 MB".
pub fn size_words(bytes: u64) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        // Whole numbers only: formatting a float would add its code to the first download.
        let tenths = (bytes + 50_000) / 100_000;
        format!("{}.{} MB", tenths / 10, tenths % 10)
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
        } else {
            used.other += bytes;
        }
    }
    used
}

/// Whether a key holds a copy kept safe (before an import, or a value that could not be read).
fn is_copy(key: &str) -> bool {
    key.starts_with(KEPT_ASIDE_PREFIX) || key.starts_with(BEFORE_IMPORT_KEY)
}

/// The size of one stored value, in bytes.
pub fn size_of(key: &str) -> u64 {
    local_storage()
        .and_then(|s| get_raw(&s, key))
        .map_or(0, |v| u64::from(v.length()) * 2)
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
