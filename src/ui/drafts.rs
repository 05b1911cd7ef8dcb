//! Drafts: typing not saved yet, kept on this phone while the parent types, so nothing is lost when
//! a phone discards the tab, the page is closed, or the parent leaves (iPhones never ask before a
//! page goes). A draft is never put into the diary by itself: when the form opens again it is offered
//! (naming the form, the child, when, and its first words), to keep in the form or throw away, and it
//! goes, offer and all, once the form is saved. Drafts are kept by field name (see
//! [`DraftFields`]): a draft from another version of the form goes back field by field where the
//! names match, and the rest is shown as plain text to copy, never put in another box.

mod fields;

use leptos::prelude::*;
use std::time::Duration;

use crate::domain::draft_fields::{draft_text, left_over_text, read_kept, sort_out};
use crate::domain::draft_words::{form_words, offer_words, preview, written_words};
use crate::ui::state::AppState;
use crate::web::{clock, storage};
pub use fields::{DraftFields, FieldValue};

/// How long typing rests before the draft is written (every keystroke would be wasteful).
const REST: Duration = Duration::from_millis(400);

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

/// "today at 18:02", from the moment written (milliseconds since 1970) in the phone's own time.
fn when_words(written: u64) -> String {
    match clock::local_moment(written as f64) {
        Some(moment) => written_words(moment, clock::today()),
        None => "earlier".to_string(),
    }
}

/// What the offer of a kept draft says: the form, the child and when; and the first words that
/// differ from what the form shows now.
#[derive(Clone)]
struct Offer {
    words: String,
    first_words: String,
}

impl DraftFields {
    /// Keeps this form's typing as a draft under `key` while `unsaved` is on, and offers a draft
    /// found there when the form opens. Returns the offer, to place at the top of the form.
    pub fn keep_draft(self, key: DraftKey, unsaved: RwSignal<bool>) -> impl IntoView {
        self.keep_draft_and(key, unsaved, || {})
    }

    /// As [`DraftFields::keep_draft`]; `on_keep` runs once a kept draft is back in the form (to
    /// show a form that is folded away).
    pub fn keep_draft_and(
        self,
        key: DraftKey,
        unsaved: RwSignal<bool>,
        on_keep: impl Fn() + Send + Sync + 'static,
    ) -> impl IntoView {
        let found = storage::draft(&key).map(|text| read_kept(&text, self.old));
        // Each kept value goes into the field of its name, or is left over as text to copy.
        let (going_back, offer, left_over) = match found {
            Some(kept) => {
                let names = self.names();
                let sorted = sort_out(&kept.fields, &names, |i, v| self.fits(i, v));
                let child = use_context::<AppState>()
                    .map(|state| state.name_of(&key.child))
                    .unwrap_or_default();
                let form = form_words(key.form, &key.place, &child);
                let when = kept.written.map_or("earlier".to_string(), when_words);
                let new_words: Vec<String> = sorted
                    .into
                    .iter()
                    .flat_map(|(i, v)| self.new_words(*i, v))
                    .collect();
                let offer = Offer {
                    words: offer_words(&form, &when),
                    first_words: preview(new_words.iter().map(String::as_str)),
                };
                let left_over = left_over_text(&kept.leftover, &sorted.left_over);
                (Some(sorted.into), Some(offer), left_over)
            }
            None => (None, None, String::new()),
        };
        let offer = RwSignal::new(offer);
        // Shown until the parent says it is copied; kept in the draft meanwhile.
        let left_over = RwSignal::new(left_over);
        let going_back = StoredValue::new(going_back);
        let key = StoredValue::new(key);
        let fields = StoredValue::new(self);
        let on_keep = StoredValue::new(on_keep);
        // Also called from a timer, from page events and before the leave question: once the form
        // is gone, it does nothing. Says whether the typing is kept (true when there is none).
        let write_now = move || {
            if unsaved.try_get_untracked() != Some(true) {
                return true;
            }
            let Some(values) = fields.try_with_value(|f| untrack(|| f.values())) else {
                return true;
            };
            let (Some(key), Some(left_over)) = (key.try_get_value(), left_over.try_get_untracked())
            else {
                return true;
            };
            let text = draft_text(clock::now_millis() as u64, values, &left_over);
            // A draft that cannot be kept (storage full) changes nothing on screen; the leave
            // question then says the typing would be lost.
            storage::put_draft(&key, &text).is_ok()
        };
        let unlist = StoredValue::new_local(Some(crate::ui::unsaved::list_draft_writer(write_now)));
        // Written once the typing rests; and removed once the form is saved, with any offer of an
        // older draft (what the parent saved is what counts now).
        let resting = StoredValue::new(None::<TimeoutHandle>);
        Effect::new(move |was_unsaved: Option<bool>| {
            fields.with_value(DraftFields::track);
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
                going_back.set_value(None);
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
            if let Some(values) = going_back.try_update_value(Option::take).flatten() {
                fields.with_value(|f| values.iter().for_each(|(i, v)| f.put(*i, v)));
            }
            offer.set(None);
            on_keep.with_value(|f| f());
        };
        let throw_away = move |_| {
            storage::remove_draft(&key.get_value());
            going_back.set_value(None);
            offer.set(None);
            left_over.set(String::new());
        };
        let copied = move |_| {
            left_over.set(String::new());
            // The draft no longer needs to carry it; with nothing else typed, it goes.
            if unsaved.get_untracked() {
                write_now();
            } else if offer.with_untracked(Option::is_none) {
                storage::remove_draft(&key.get_value());
            }
        };
        view! {
            {move || offer.get().map(|Offer { words, first_words }| view! {
                <div class="draft-offer" role="group" aria-label="Typing not saved">
                    <p>{words}</p>
                    {(!first_words.is_empty()).then(|| view! { <p class="draft-preview">{format!("“{first_words}”")}</p> })}
                    <div class="actions">
                        <button type="button" class="primary" on:click=keep>"Keep it"</button>
                        <button type="button" on:click=throw_away>"Throw it away"</button>
                    </div>
                </div>
            })}
            {move || left_over.with(|text| !text.is_empty()).then(|| view! {
                <div class="draft-offer draft-left-over" role="group" aria-label="Typing with no box here">
                    <p>"Some of what you typed has no box in this form now (the app has changed since). Here it is, to copy into the right box:"</p>
                    <textarea readonly aria-label="Typing with no box here" rows="4" prop:value=move || left_over.get()></textarea>
                    <button type="button" on:click=copied>"I have copied it"</button>
                </div>
            })}
        }
    }
}
