//! The saving part: reading the whole diary, checking it against its rules, writing it as JSON and
//! putting two tabs' changes together. Nothing on the first screen needs it before a tap, so in
//! the built app (the `split` feature) it is a later part of its own (`saving`), fetched the moment
//! the app is up. Until it has come, the first screen shows a glimpse of the stored diary (each
//! child's name and days, `domain::file::glimpse`), a tap that saves waits for it ([`when_ready`])
//! and any other save says to try again in a moment. When it comes, the diary is read whole and
//! checked (`AppState::saving_came`); an older version, or one that does not read, waits for it
//! before anything is shown.

use std::cell::{Cell, RefCell};

use crate::domain::checks::Problem;
use crate::domain::diary::Child;
use crate::domain::file::document::{read_current, read_unchecked, Document, ReadError};
use crate::domain::file::glimpse::read_glimpse;
use crate::domain::file::three_way::{self, CannotPutTogether, Together};
use crate::domain::file::writer::DiaryWriter;
use crate::domain::validate::check_diary;
use crate::domain::Diary;
use crate::web::later_part::{later_fn, now};

thread_local! {
    /// True once the part has come.
    static READY: Cell<bool> = const { Cell::new(cfg!(not(feature = "split"))) };
    /// What waits for it: taps made before it came, and the check of the stored diary.
    static WAITING: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
    /// True while it is being fetched.
    static FETCHING: Cell<bool> = const { Cell::new(false) };
    /// True when the last try to fetch it failed (no signal, say).
    static FAILED: Cell<bool> = const { Cell::new(false) };
}

later_fn!(
    saving,
    /// Every rule of every field of the diary (`domain::validate`).
    fn check_all(diary: &Diary) -> Vec<Problem> {
        check_diary(diary)
    }
);

later_fn!(
    saving,
    /// Whether the diary breaks a rule: the words for the parent if it does (as an imported file
    /// that breaks one is refused), `None` if it keeps them all.
    fn rules_broken(diary: &Diary) -> Option<String> {
        let problems = check_diary(diary);
        (!problems.is_empty()).then(|| ReadError::Invalid(problems).message())
    }
);

later_fn!(
    saving,
    /// The stored diary read whole: in one pass when it is at the current version and reads
    /// cleanly (nearly always), else migrated from an older version or refused with words for the
    /// parent. Its rules are not checked here (see [`rules_broken_in`]).
    fn read_whole(text: &str) -> Result<Document, Unread> {
        read_current(text).map_or_else(
            || {
                read_unchecked(text).map_err(|error| Unread {
                    newer: matches!(error, ReadError::NewerVersion { .. }),
                    reason: error.message(),
                })
            },
            Ok,
        )
    }
);

later_fn!(
    saving,
    /// The diary as the stored JSON document, re-writing only the months that changed.
    fn write_all(
        writer: &mut DiaryWriter,
        children: &[Child],
        written_at: &str,
        revision: u64,
    ) -> String {
        writer.write(children, written_at, revision)
    }
);

later_fn!(
    saving,
    /// `Diary::add_child`, for the welcome's Start: its check that two children never share a
    /// name compares names ignoring capitals in every alphabet, with tables only this part
    /// carries (the welcome's Start waits for this part anyway, to save the new diary).
    fn add_child(diary: &mut Diary, id: String, nickname: &str) -> Result<(), Problem> {
        diary.add_child(id, nickname).map(|_| ())
    }
);

later_fn!(
    saving,
    /// `domain::file::three_way::put_together`.
    fn put_together(
        base: &Diary,
        mine: &Diary,
        theirs: &Diary,
    ) -> Result<Together, CannotPutTogether> {
        three_way::put_together(base, mine, theirs)
    }
);

later_fn!(
    saving,
    /// `domain::file::three_way::put_together_same_moment`.
    fn put_together_same_moment(
        base: &Diary,
        mine: &Diary,
        theirs: &Diary,
    ) -> Result<Together, CannotPutTogether> {
        three_way::put_together_same_moment(base, mine, theirs)
    }
);

later_fn!(
    saving,
    /// `domain::file::three_way::mine_wins`.
    fn mine_wins(base: &Diary, mine: &Diary, theirs: &Diary) -> Result<Diary, CannotPutTogether> {
        three_way::mine_wins(base, mine, theirs)
    }
);

/// Why the stored diary could not be read, in words for the parent.
pub struct Unread {
    /// It was saved by a newer version of the app (and is left alone).
    pub newer: bool,
    pub reason: String,
}

/// What reading the stored diary gave.
pub enum Read {
    /// The whole diary (the saving part had come).
    Whole(Document),
    /// Before the saving part has come: a glimpse of a current-version diary, only the children's
    /// names and days, and its revision (`domain::file::glimpse`). Shown, never saved.
    Glimpse(Diary, u64),
}

/// Reads the stored diary: whole once the saving part has come; before that, a glimpse of what the
/// first screen shows, or `None` when even that needs the part (an older version, or something
/// that does not read).
pub fn read(text: &str) -> Option<Result<Read, Unread>> {
    if !ready() {
        return read_glimpse(text).map(|(diary, revision)| Ok(Read::Glimpse(diary, revision)));
    }
    at_once(read_whole(text)).map(|read| read.map(Read::Whole))
}

/// Whether a diary breaks a rule (the words if so); `None` until the part has come.
pub fn rules_broken_in(diary: &Diary) -> Option<Option<String>> {
    at_once(rules_broken(diary))
}

/// Adds a child (`Diary::add_child`); `None` until the part has come.
pub fn add_child_now(diary: &mut Diary, id: String, nickname: &str) -> Option<Result<(), Problem>> {
    at_once(add_child(diary, id, nickname))
}

/// Whether the last try to fetch the saving part failed (it is tried again on the next save).
pub fn failed() -> bool {
    FAILED.get()
}

/// Whether the saving part has come.
pub fn ready() -> bool {
    READY.get()
}

/// Checks the whole diary; `None` until the part has come.
pub fn check(diary: &Diary) -> Option<Vec<Problem>> {
    ready().then(|| now(check_all(diary))).flatten()
}

/// Writes the whole diary as JSON; `None` until the part has come.
pub fn write(
    writer: &mut DiaryWriter,
    children: &[Child],
    written_at: &str,
    revision: u64,
) -> Option<String> {
    ready()
        .then(|| now(write_all(writer, children, written_at, revision)))
        .flatten()
}

/// The answer of one of the putting-together functions above; `None` until the part has come.
pub fn at_once<T>(
    call: impl std::future::Future<Output = Result<T, leptos::wasm_split::SplitLoaderError>>,
) -> Option<T> {
    if ready() {
        now(call)
    } else {
        None
    }
}

/// Runs `then` now if the part is here, else once it has come (fetching it if need be). If it
/// cannot be fetched, `then` still runs, and the save it makes says to try again.
pub fn when_ready(then: impl FnOnce() + 'static) {
    if ready() {
        then();
        return;
    }
    WAITING.with_borrow_mut(|waiting| waiting.push(Box::new(then)));
    fetch();
}

/// Waits until the part has come, or until a try to fetch it has failed (fetching it if need be).
pub async fn tried() {
    if ready() {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        when_ready(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Fetches the part (once at a time), then runs everything waiting for it.
pub fn fetch() {
    if ready() || FETCHING.replace(true) {
        return;
    }
    // Not Leptos' own spawner: the app may not be mounted yet (a diary read the long way waits
    // for this part before the app starts).
    wasm_bindgen_futures::spawn_local(async {
        // Each later function has a loader of its own (the file itself is fetched once): every
        // one is made ready here, so each then answers at once.
        #[cfg(feature = "split")]
        let came = __wasm_split_preload_check_all().await.is_ok()
            && __wasm_split_preload_rules_broken().await.is_ok()
            && __wasm_split_preload_read_whole().await.is_ok()
            && __wasm_split_preload_write_all().await.is_ok()
            && __wasm_split_preload_put_together().await.is_ok()
            && __wasm_split_preload_put_together_same_moment()
                .await
                .is_ok()
            && __wasm_split_preload_mine_wins().await.is_ok()
            && __wasm_split_preload_add_child().await.is_ok();
        #[cfg(not(feature = "split"))]
        let came = true;
        FETCHING.set(false);
        READY.set(came);
        FAILED.set(!came);
        if came {
            crate::web::timing::mark("small-steps:saving-came");
        }
        let waiting = WAITING.with_borrow_mut(std::mem::take);
        waiting.into_iter().for_each(|then| then());
    });
}
