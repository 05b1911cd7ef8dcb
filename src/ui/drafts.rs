//! Drafts: typing not saved yet, kept on this phone while the parent types, so nothing is lost when
//! a phone discards the tab, the page is closed, or the parent leaves (iPhones never ask before a
//! page goes). A draft is never put into the diary by itself: when the form opens again it is offered
//! (naming the form, the child, when, and its first words), to keep in the form or throw away, and it
//! goes, offer and all, once the form is saved.

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::time::Duration;

use crate::domain::draft_words::{form_words, offer_words, preview, written_words};
use crate::ui::state::AppState;
use crate::web::{clock, storage};

/// How long typing rests before the draft is written (every keystroke would be wasteful).
const REST: Duration = Duration::from_millis(400);

/// A draft as stored: when it was written (milliseconds since 1970) and the form's fields.
#[derive(Serialize, Deserialize)]
struct Stored<T> {
    /// Whole milliseconds: a float here would bring float-writing code into the first download.
    written: u64,
    value: T,
}

/// Where a form's draft is kept: the form, the child, and (for a day) the date, or a step's or a
/// contact's id. Reads as its storage key.
#[derive(Clone)]
pub struct DraftKey {
    key: String,
    form: &'static str,
    child: String,
    place: String,
}

impl std::ops::Deref for DraftKey {
    type Target = str;
    fn deref(&self) -> &str {
        &self.key
    }
}

/// The key of a form's draft: the form, the child, and (for a day) the date.
pub fn draft_key(form: &'static str, child: &str, place: &str) -> DraftKey {
    DraftKey {
        key: format!("{}{form}:{child}:{place}", storage::DRAFT_PREFIX),
        form,
        child: child.to_string(),
        place: place.to_string(),
    }
}

/// What a kept draft shows of itself when it is offered: the texts typed in it, in the form's order.
pub trait Typed {
    fn typed(&self) -> Vec<&str>;
}

/// "today at 18:02", from the moment written (milliseconds since 1970) in the phone's own time.
fn when_words(written: u64) -> String {
    match clock::local_moment(written as f64) {
        Some(moment) => written_words(moment, clock::today()),
        None => "earlier".to_string(),
    }
}

/// What the offer says of a kept draft: the form, the child and when; then its first words that
/// differ from what the form shows now (all of them if the form has changed shape since).
fn offer_of<T: Typed>(key: &DraftKey, written: u64, value: &T, shown: &T) -> (String, String) {
    let child = use_context::<AppState>()
        .map(|state| state.name_of(&key.child))
        .unwrap_or_default();
    let form = form_words(key.form, &key.place, &child);
    let (kept, shown) = (value.typed(), shown.typed());
    let new_words = if kept.len() == shown.len() {
        kept.iter()
            .zip(&shown)
            .filter(|(k, s)| k.trim() != s.trim())
            .map(|(k, _)| *k)
            .collect()
    } else {
        kept
    };
    (offer_words(&form, &when_words(written)), preview(new_words))
}

/// Keeps the typing of a form as a draft under `key` while `unsaved` is on, and offers a draft found
/// there when the form opens. `read` gives the form's fields (reading them tracks them); `restore`
/// puts a kept draft back into the form. Returns the offer, to place at the top of the form.
pub fn keep_draft<T, R, W>(
    key: DraftKey,
    unsaved: RwSignal<bool>,
    read: R,
    restore: W,
) -> impl IntoView
where
    T: Serialize + DeserializeOwned + Typed + Send + Sync + 'static,
    R: Fn() -> T + Send + Sync + 'static,
    W: Fn(T) + Send + Sync + 'static,
{
    let found = storage::draft(&key).and_then(|text| serde_json::from_str::<Stored<T>>(&text).ok());
    let offer = RwSignal::new(
        found
            .as_ref()
            .map(|d| offer_of(&key, d.written, &d.value, &untrack(&read))),
    );
    let key = StoredValue::new(key);
    let read = StoredValue::new(read);
    let restore = StoredValue::new(restore);
    let kept = StoredValue::new(found.map(|d| d.value));
    // Also called from a timer, from page events and before the leave question: once the form is
    // gone, it does nothing. Says whether the typing is kept (true when there is none to keep).
    let write_now = move || {
        if unsaved.try_get_untracked() != Some(true) {
            return true;
        }
        let Some(value) = read.try_with_value(|r| untrack(r)) else {
            return true;
        };
        let Some(key) = key.try_get_value() else {
            return true;
        };
        let stored = Stored {
            written: clock::now_millis() as u64,
            value,
        };
        // A draft that cannot be kept (storage full) changes nothing on screen; the leave
        // question then says the typing would be lost.
        serde_json::to_string(&stored).is_ok_and(|text| storage::put_draft(&key, &text).is_ok())
    };
    let unlist = StoredValue::new_local(Some(crate::ui::unsaved::list_draft_writer(write_now)));
    // Written once the typing rests; and removed once the form is saved, with any offer of an
    // older draft (what the parent saved is what counts now).
    let resting = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |was_unsaved: Option<bool>| {
        read.with_value(|r| {
            r();
        });
        let now_unsaved = unsaved.get();
        if now_unsaved {
            if let Some(handle) = resting.get_value() {
                handle.clear();
            }
            resting.set_value(set_timeout_with_handle(move || _ = write_now(), REST).ok());
        } else if was_unsaved == Some(true) {
            if let Some(handle) = resting.get_value() {
                handle.clear();
            }
            storage::remove_draft(&key.get_value());
            kept.set_value(None);
            offer.set(None);
        }
        now_unsaved
    });
    // When the page is hidden or goes away, write at once: a phone may never bring it back.
    let hidden = crate::web::page::on_page_hidden(move || _ = write_now());
    on_cleanup(move || {
        if let Some(Some(unlist)) = unlist.try_update_value(Option::take) {
            unlist();
        }
        hidden.stop();
        if let Some(Some(handle)) = resting.try_get_value() {
            handle.clear();
        }
    });
    let keep = move |_| {
        if let Some(value) = kept.try_update_value(Option::take).flatten() {
            restore.with_value(|r| r(value));
        }
        offer.set(None);
    };
    let throw_away = move |_| {
        storage::remove_draft(&key.get_value());
        kept.set_value(None);
        offer.set(None);
    };
    move || {
        offer.get().map(|(words, first_words)| {
            view! {
                <div class="draft-offer" role="group" aria-label="Typing not saved">
                    <p>{words}</p>
                    {(!first_words.is_empty()).then(|| view! { <p class="draft-preview">{format!("“{first_words}”")}</p> })}
                    <div class="actions">
                        <button type="button" class="primary" on:click=keep>"Keep it"</button>
                        <button type="button" on:click=throw_away>"Throw it away"</button>
                    </div>
                </div>
            }
        })
    }
}

/// The fields of a form made of texts, 0-10 ratings and rows of texts (most forms but the day's).
#[derive(Clone, Copy)]
pub struct FormFields<const T: usize, const R: usize, const W: usize> {
    pub texts: [RwSignal<String>; T],
    pub ratings: [RwSignal<Option<u8>>; R],
    pub rows: [RwSignal<Vec<Vec<String>>>; W],
}

/// What such a form holds, as a draft.
pub type FormText = (Vec<String>, Vec<Option<u8>>, Vec<Vec<Vec<String>>>);

impl Typed for FormText {
    /// The texts and rows, leaving out what no parent typed as words: a choice's key, an id or a
    /// date kept in a text ("sen_support", "referral-18c2f…", "2026-11-03").
    fn typed(&self) -> Vec<&str> {
        let rows = self.2.iter().flatten().flatten();
        let is_code = |t: &str| {
            t.contains(['-', '_'])
                && t.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        };
        self.0
            .iter()
            .chain(rows)
            .map(String::as_str)
            .map(|t| if is_code(t) { "" } else { t })
            .collect()
    }
}

impl<const T: usize, const R: usize, const W: usize> FormFields<T, R, W> {
    fn text(self) -> FormText {
        (
            self.texts.iter().map(|t| t.get()).collect(),
            self.ratings.iter().map(|r| r.get()).collect(),
            self.rows.iter().map(|r| r.get()).collect(),
        )
    }

    fn restore(self, (texts, ratings, rows): FormText) {
        self.texts.iter().zip(texts).for_each(|(s, v)| s.set(v));
        self.ratings.iter().zip(ratings).for_each(|(s, v)| s.set(v));
        self.rows.iter().zip(rows).for_each(|(s, v)| s.set(v));
    }

    /// Keeps this form's typing as a draft (see [`keep_draft`]).
    pub fn keep_draft(self, key: DraftKey, unsaved: RwSignal<bool>) -> impl IntoView {
        keep_draft(key, unsaved, move || self.text(), move |t| self.restore(t))
    }
}
