//! Drafts: typing not saved yet, kept on this phone while the parent types, so nothing is lost when
//! a phone discards the tab, the page is closed, or the parent leaves (iPhones never ask before a
//! page goes). A draft is never put into the diary by itself: when the form opens again it is offered
//! ("You were writing this on Tuesday at 18:02"), to keep in the form or throw away, and it goes once
//! the form is saved.

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::time::Duration;

use crate::domain::diary::dates::weekday_name;
use crate::web::storage;

/// How long typing rests before the draft is written (every keystroke would be wasteful).
const REST: Duration = Duration::from_millis(400);

/// A draft as stored: when it was written (milliseconds since 1970) and the form's fields.
#[derive(Serialize, Deserialize)]
struct Stored<T> {
    /// Whole milliseconds: a float here would bring float-writing code into the first download.
    written: u64,
    value: T,
}

/// The storage key of a form's draft: the form, the child, and (for a day) the date.
pub fn draft_key(form: &str, child: &str, place: &str) -> String {
    format!("{}{form}:{child}:{place}", storage::DRAFT_PREFIX)
}

/// "on Tuesday at 18:02", in the phone's own time.
fn when_words(written: u64) -> String {
    let date = js_sys::Date::new(&(written as f64).into());
    let weekday = chrono::Weekday::try_from(((date.get_day() + 6) % 7) as u8)
        .map(weekday_name)
        .unwrap_or("a day");
    format!(
        "on {weekday} at {:02}:{:02}",
        date.get_hours(),
        date.get_minutes()
    )
}

/// Keeps the typing of a form as a draft under `key` while `unsaved` is on, and offers a draft found
/// there when the form opens. `read` gives the form's fields (reading them tracks them); `restore`
/// puts a kept draft back into the form. Returns the offer, to place at the top of the form.
pub fn keep_draft<T, R, W>(
    key: String,
    unsaved: RwSignal<bool>,
    read: R,
    restore: W,
) -> impl IntoView
where
    T: Serialize + DeserializeOwned + Send + Sync + 'static,
    R: Fn() -> T + Send + Sync + 'static,
    W: Fn(T) + Send + Sync + 'static,
{
    let key = StoredValue::new(key);
    let read = StoredValue::new(read);
    let restore = StoredValue::new(restore);
    let found = storage::draft(&key.get_value())
        .and_then(|text| serde_json::from_str::<Stored<T>>(&text).ok());
    let offer = RwSignal::new(found.as_ref().map(|d| when_words(d.written)));
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
            written: js_sys::Date::now() as u64,
            value,
        };
        // A draft that cannot be kept (storage full) changes nothing on screen; the leave
        // question then says the typing would be lost.
        serde_json::to_string(&stored).is_ok_and(|text| storage::put_draft(&key, &text).is_ok())
    };
    let unlist = StoredValue::new_local(Some(crate::ui::unsaved::list_draft_writer(write_now)));
    // Written once the typing rests; and removed once the form is saved.
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
        }
        now_unsaved
    });
    // When the page is hidden or goes away, write at once: a phone may never bring it back.
    let hidden = window_event_listener_untyped("pagehide", move |_| _ = write_now());
    let switched = window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden());
        if hidden {
            write_now();
        }
    });
    on_cleanup(move || {
        if let Some(Some(unlist)) = unlist.try_update_value(Option::take) {
            unlist();
        }
        hidden.remove();
        switched.remove();
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
        offer.get().map(|when| {
            view! {
                <div class="draft-offer" role="group" aria-label="Typing not saved">
                    <p>{format!("You were writing this {when}, and it was not saved.")}</p>
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
type FormText = (Vec<String>, Vec<Option<u8>>, Vec<Vec<Vec<String>>>);

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
    pub fn keep_draft(self, key: String, unsaved: RwSignal<bool>) -> impl IntoView {
        keep_draft(key, unsaved, move || self.text(), move |t| self.restore(t))
    }
}
