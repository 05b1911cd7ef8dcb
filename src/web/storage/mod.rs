//! The diary in localStorage: loading it, saving it whole or not at all, and noticing saves made in
//! another tab.
//!
//! The diary lives under one key as a versioned [`Document`]; a single `setItem` either stores the
//! whole new value or throws and leaves the old one, so a save is never half done. A small second key
//! mirrors the revision so a save can cheaply check that no other tab has saved something newer.
//!
//! This folder is the only code that touches localStorage. Beside the diary it keeps copies kept
//! safe (`kept_aside`), drafts (`drafts`) and small settings (`settings`), and measures the space
//! used (`space`); all are reached through the names this module re-exports.

use wasm_bindgen::JsCast;
use web_sys::Storage;

use crate::domain::checks::Problem;
use crate::domain::file::writer::DiaryWriter;
use crate::domain::Diary;
use crate::web::clock::now_rfc3339;
use crate::web::saving::{self, Read, Unread};
use crate::web::timing;

mod drafts;
mod kept_aside;
mod settings;
mod space;

pub use drafts::{
    draft, draft_keys, put_draft, remove_all_drafts, remove_draft, DRAFT_PREFIX, LONGEST_DRAFT,
    MOST_DRAFTS,
};
pub use kept_aside::{
    back_up_before_import, keep_stored_aside, kept_aside_keys, remove_copy, CopiesBeforeImport,
    BEFORE_IMPORT_KEY, EARLIER_IMPORT_KEY, KEPT_ASIDE_PREFIX,
};
pub use settings::{
    ask_for_persistence, child_at_start, date_setting, remember, remember_checked, setting,
    CHILD_KEY, LAST_BACKUP_KEY, PERSIST_KEY, REMINDER_NOT_NOW_KEY, SPACE_WARNED_KEY,
};
pub use space::{size_of, space_used, SpaceUsed};

/// Where the diary is kept.
pub const DIARY_KEY: &str = "small-steps";
/// The revision of the last save, kept beside the diary so a save can check it cheaply.
pub const REVISION_KEY: &str = "small-steps:revision";

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
    /// The diary is stored at an older version, or does not read in one pass, and the part of the
    /// app that reads it the long way could not be fetched: nothing is shown or saved until it is.
    NotReadYet,
    /// Not found by loading but by a save: storage was full, and `count` drafts (the oldest first)
    /// were removed so the diary could be saved.
    DraftsGaveWay { count: usize },
}

/// The diary as loaded, with its revision and anything the parent must be told.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub diary: Diary,
    pub revision: u64,
    pub notice: Option<LoadNotice>,
    /// False when saving could overwrite something the parent has not yet rescued.
    pub may_save: bool,
    /// False while the diary is only a glimpse (each child's name and days, read before the saving
    /// part came: `web::saving::Read::Glimpse`), which is shown but never saved; it is read whole
    /// and checked when the part comes (`AppState::saving_came`).
    pub checked: bool,
}

/// A save that was made: its revision, and how many drafts gave way to make room for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Saved {
    pub revision: u64,
    pub drafts_removed: usize,
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
    /// The part of the app that checks and writes the diary has not come yet (`web::saving`).
    Opening,
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
            SaveError::Full => format!("Not saved: this browser's storage for Small Steps is full ({}). What you typed is still on screen. On the Backup screen, save a backup file first, then remove copies kept safe that you no longer need, and drafts.", space_used().words()),
            SaveError::Refused(why) => format!("Not saved: {why} What you typed is still on screen."),
            SaveError::Opening if saving::failed() => "Not saved yet: the part of Small Steps that saves could not be fetched from the website. Check that the phone is online, then try again; what you chose and typed is still on screen, and everything saved before is safe.".into(),
            SaveError::Opening => "Not saved yet: Small Steps is still opening (part of it is still on its way). Try again in a moment; what you typed is still on screen.".into(),
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
        checked: true,
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
    // Before the saving part has come, a glimpse of what the first screen shows; whole after.
    let Some(read) = saving::read(&text) else {
        // Only when the part could not be fetched: nothing is shown, so nothing can be saved over it.
        return Loaded {
            revision: revision_in(&storage),
            ..empty(Some(LoadNotice::NotReadYet), false)
        };
    };
    // A glimpse is shown unchecked, never saved; the whole diary is checked as it is read.
    let (mut diary, revision, checked) = match read {
        Ok(Read::Glimpse(diary, revision)) => (diary, revision, false),
        Ok(Read::Whole(document)) => {
            let revision = document.revision;
            let diary = document.into_diary();
            if let Some(Some(reason)) = saving::rules_broken_in(&diary) {
                return kept_aside::keep_aside(&storage, reason);
            }
            if revision_in(&storage) != revision {
                // The mirror is only a hint; the diary's own revision is the truth.
                let _ = storage.set_item(REVISION_KEY, &revision.to_string());
            }
            (diary, revision, true)
        }
        Err(Unread {
            newer: true,
            reason,
        }) => return empty(Some(LoadNotice::NewerVersion { reason }), false),
        Err(Unread { reason, .. }) => return kept_aside::keep_aside(&storage, reason),
    };
    diary.sort_days();
    Loaded {
        diary,
        revision,
        notice: None,
        may_save: true,
        checked,
    }
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
/// only re-writes the month that changed. Run when the app is idle after opening, once the saving
/// part has come.
pub fn prepare_for_saving(diary: &Diary) {
    WRITER.with_borrow_mut(|w| {
        saving::write(w, &diary.children, "", 0);
    });
}

/// Saves the whole diary if it is valid and nothing newer has been saved since `based_on`, letting
/// drafts give way when storage is full (see [`drafts::write_before_drafts`]).
pub fn save(diary: &Diary, based_on: u64) -> Result<Saved, SaveError> {
    let problems = timing::measure("small-steps:save:check", || saving::check(diary))
        .ok_or(SaveError::Opening)?;
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
        WRITER.with_borrow_mut(|w| saving::write(w, &diary.children, &now_rfc3339(), revision))
    })
    .ok_or(SaveError::Opening)?;
    let drafts_removed = timing::measure("small-steps:save:write", || {
        drafts::write_before_drafts(&storage, DIARY_KEY, &text)
    })?;
    // The diary itself is saved; a failure here only costs the cheap check, which load() repairs.
    let _ = storage.set_item(REVISION_KEY, &revision.to_string());
    Ok(Saved {
        revision,
        drafts_removed,
    })
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
