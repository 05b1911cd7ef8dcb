//! Telling the parent when something typed is not saved yet, and asking before anything would
//! throw it away: moving to another screen or day, switching child, or closing or reloading the page.

use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// How many forms on screen hold typing that is not saved yet. The app provides one; forms made
/// with [`watch_unsaved`] keep it up to date.
#[derive(Clone, Copy)]
pub struct UnsavedForms(RwSignal<usize>);

impl UnsavedForms {
    pub fn new() -> Self {
        Self(RwSignal::new(0))
    }

    /// Whether any form holds typing that is not saved yet (not tracked).
    pub fn any(self) -> bool {
        self.0.get_untracked() > 0
    }

    fn count(self, unsaved: bool) {
        self.0
            .update(|n| *n = if unsaved { *n + 1 } else { n.saturating_sub(1) });
    }

    /// True when nothing typed would be lost, or the parent agreed to lose it. The question says
    /// the truth: that the typing stays as a draft, or (storage full) that it would be lost.
    pub fn may_leave(self) -> bool {
        if !self.any() {
            return true;
        }
        let question = if every_draft_kept() {
            LEAVE_QUESTION
        } else {
            LEAVE_AND_LOSE_QUESTION
        };
        crate::web::page::confirm(question)
    }
}

impl Default for UnsavedForms {
    fn default() -> Self {
        Self::new()
    }
}

/// What the browser's own question says before typing is thrown away.
pub const LEAVE_QUESTION: &str =
    "Some of what you typed is not saved yet. Leave without saving it? It stays on this phone as a draft, offered when you come back. (Cancel to stay.)";

/// The question when a draft could not be kept (storage full): leaving loses the typing.
pub const LEAVE_AND_LOSE_QUESTION: &str =
    "Some of what you typed is not saved yet, and this phone's storage is too full to keep it as a draft. If you leave now, it is lost. Cancel to stay: save it, or copy it somewhere safe, or make room on the Backup screen first. Leave and lose it?";

/// Writes a form's draft now and says whether it is kept.
type DraftWriter = Rc<dyn Fn() -> bool>;

thread_local! {
    /// For each form on screen that keeps drafts: writes its draft now and says whether it is kept
    /// (true too when there is nothing to keep).
    static DRAFT_WRITERS: RefCell<Vec<(u64, DraftWriter)>> = const { RefCell::new(Vec::new()) };
}

/// Lists a form's draft writer for the leave question; returns what un-lists it when the form goes.
pub fn list_draft_writer(write_now: impl Fn() -> bool + 'static) -> impl FnOnce() {
    let id = DRAFT_WRITERS.with_borrow_mut(|writers| {
        let id = writers.last().map_or(0, |(id, _)| id + 1);
        writers.push((id, Rc::new(write_now)));
        id
    });
    move || DRAFT_WRITERS.with_borrow_mut(|writers| writers.retain(|(w, _)| *w != id))
}

/// Writes every form's draft now (the last keystrokes may not be written yet) and says whether
/// each one is kept.
fn every_draft_kept() -> bool {
    let writers: Vec<_> = DRAFT_WRITERS.with_borrow(|w| w.iter().map(|(_, f)| f.clone()).collect());
    // Every one is written, even after one that could not be.
    writers
        .iter()
        .map(|write| write())
        .filter(|kept| !kept)
        .count()
        == 0
}

/// A flag that turns on when anything `watch` reads changes after the form first appears; the
/// form turns it off again once it has saved. While it is on, leaving asks first.
pub fn watch_unsaved(watch: impl Fn() + Send + Sync + 'static) -> RwSignal<bool> {
    let unsaved = counted_flag();
    Effect::new(move |first: Option<()>| {
        watch();
        if first.is_some() {
            unsaved.set(true);
        }
    });
    unsaved
}

/// For a form that starts empty and empties itself once saved (a ladder's name, an adjustment of
/// the parent's own): on while anything is typed, and off again when the parent clears it by hand,
/// as there is then nothing to lose.
pub fn watch_typing(is_blank: impl Fn() -> bool + Send + Sync + 'static) -> RwSignal<bool> {
    let unsaved = counted_flag();
    Effect::new(move |first: Option<()>| {
        let blank = is_blank();
        if first.is_some() {
            unsaved.set(!blank);
        }
    });
    unsaved
}

/// A form's "not saved yet" flag, counted in the app's [`UnsavedForms`] while it is on.
fn counted_flag() -> RwSignal<bool> {
    let unsaved = RwSignal::new(false);
    if let Some(forms) = use_context::<UnsavedForms>() {
        // Counted once per form; a form that goes away unsaved (the parent agreed) is uncounted.
        let counted = Arc::new(AtomicBool::new(false));
        let seen = counted.clone();
        Effect::new(move |_| {
            let now = unsaved.get();
            if seen.swap(now, Ordering::Relaxed) != now {
                forms.count(now);
            }
        });
        on_cleanup(move || {
            if counted.swap(false, Ordering::Relaxed) {
                forms.count(false);
            }
        });
    }
    unsaved
}

/// For a form that empties itself once saved: emptying it is not typing, so the flag goes off once
/// that change has been noticed.
pub fn saved_and_emptied(unsaved: RwSignal<bool>) {
    set_timeout(move || unsaved.set(false), std::time::Duration::ZERO);
}

/// When a form last saved and emptied itself, to tell the second tap of a double tap on its save
/// button (on a form emptied a moment ago) from a real tap on an empty form.
#[derive(Clone, Copy)]
pub struct LastSaved(StoredValue<f64>);

impl LastSaved {
    pub fn new() -> Self {
        Self(StoredValue::new(f64::NEG_INFINITY))
    }

    /// Notes that the form has just saved.
    pub fn now(self) {
        self.0.set_value(crate::web::clock::now_millis());
    }

    /// True within a second and a half of the last save: a tap then on an empty form does nothing,
    /// rather than saving a second, empty record or saying the form is empty just after saving it.
    pub fn moments_ago(self) -> bool {
        crate::web::clock::now_millis() - self.0.get_value() < 1500.0
    }
}

impl Default for LastSaved {
    fn default() -> Self {
        Self::new()
    }
}

/// "Not saved yet: tap “…” to keep …", shown while `unsaved` is on, read out politely.
#[component]
pub fn UnsavedLine(
    unsaved: RwSignal<bool>,
    button: &'static str,
    what: &'static str,
) -> impl IntoView {
    view! {
        <p class="unsaved" aria-live="polite">
            {move || unsaved.get().then(|| format!("Not saved yet: tap “{button}” to keep {what}."))}
        </p>
    }
}
