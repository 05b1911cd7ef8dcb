//! A form's fields, named once: each name bound to the signal that holds the field. From this one
//! table follow the form's draft (kept by name), the "Not saved yet" watch, filling the form afresh
//! and putting a kept draft back (see [`DraftFields::keep_draft`]).

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::sync::Arc;

use crate::domain::draft_fields::{DraftValue, OldLayout};

/// What a form's field may hold: anything kept in a draft as JSON.
pub trait FieldValue: Serialize + DeserializeOwned + Send + Sync + 'static {}
impl<T: Serialize + DeserializeOwned + Send + Sync + 'static> FieldValue for T {}

/// A field's signal, whatever it holds.
trait FieldSignal: Send + Sync {
    /// Its value now (reading it tracks it).
    fn value(&self) -> DraftValue;
    fn track(&self);
    /// Whether a kept value reads as what this field holds.
    fn fits(&self, value: &DraftValue) -> bool;
    /// Puts a kept value in the field; false (and nothing changes) when it does not fit.
    fn put(&self, value: &DraftValue) -> bool;
    /// What the parent typed in a kept value, for the offer's preview.
    fn words(&self, value: &DraftValue) -> Vec<String>;
}

struct Bound<T: 'static> {
    signal: RwSignal<T>,
    words: fn(&T) -> Vec<String>,
}

/// A field's value as a draft keeps it, through its JSON.
fn to_draft<T: Serialize>(value: &T) -> DraftValue {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// A kept value as the field's own kind, if it reads as one.
fn from_draft<T: DeserializeOwned>(value: &DraftValue) -> Option<T> {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
}

impl<T: FieldValue> FieldSignal for Bound<T> {
    fn value(&self) -> DraftValue {
        self.signal.with(to_draft)
    }
    fn track(&self) {
        self.signal.track();
    }
    fn fits(&self, value: &DraftValue) -> bool {
        from_draft::<T>(value).is_some()
    }
    fn put(&self, value: &DraftValue) -> bool {
        from_draft::<T>(value).map(|v| self.signal.set(v)).is_some()
    }
    fn words(&self, value: &DraftValue) -> Vec<String> {
        from_draft::<T>(value)
            .map(|v| (self.words)(&v))
            .unwrap_or_default()
    }
}

/// A form's fields by name: declare them once, with [`DraftFields::text`] for words the parent
/// types, [`DraftFields::choice`] for what is picked (a choice's key, a date, a rating, a tick) and
/// [`DraftFields::listed`] for a list of things added; then use the table for the watch
/// ([`DraftFields::watch_unsaved`]), the draft ([`DraftFields::keep_draft`]) and filling
/// ([`DraftFields::fill_from`]).
///
/// ```ignore
/// let fields = DraftFields::new(&NO_OLD_LAYOUT)
///     .choice("date", date)
///     .text("helped", helped)
///     .choice("before", before);
/// let unsaved = fields.watch_unsaved();
/// let offer = fields.keep_draft(draft_key("try", &child, ""), unsaved);
/// ```
///
/// A name keeps its meaning for good: a draft typed in an older version of the form goes back
/// field by field where the names match, and the rest is offered as plain text to copy. So rename
/// a field only with a new name, never reuse an old one for something else. `old` says how the
/// form kept drafts before they had names (`domain::draft_layouts`; a new form has
/// `NO_OLD_LAYOUT`).
#[derive(Clone)]
pub struct DraftFields {
    pub(super) old: &'static OldLayout,
    fields: Vec<(String, Arc<dyn FieldSignal>)>,
}

impl DraftFields {
    pub fn new(old: &'static OldLayout) -> Self {
        DraftFields {
            old,
            fields: Vec::new(),
        }
    }

    fn bind<T: FieldValue>(
        mut self,
        name: impl Into<String>,
        signal: RwSignal<T>,
        words: fn(&T) -> Vec<String>,
    ) -> Self {
        self.fields
            .push((name.into(), Arc::new(Bound { signal, words })));
        self
    }

    /// Words the parent types: shown in the offer of a kept draft.
    pub fn text(self, name: impl Into<String>, signal: RwSignal<String>) -> Self {
        self.bind(name, signal, |t| vec![t.clone()])
    }

    /// Something picked rather than typed (a choice, a date, a rating, a tick, an id): kept and
    /// put back, but not quoted in the offer.
    pub fn choice<T: FieldValue>(self, name: impl Into<String>, signal: RwSignal<T>) -> Self {
        self.bind(name, signal, |_| Vec::new())
    }

    /// A list of things added (worries, actions, rows), with the words of each for the offer.
    pub fn listed<T: FieldValue>(
        self,
        name: impl Into<String>,
        signal: RwSignal<T>,
        words: fn(&T) -> Vec<String>,
    ) -> Self {
        self.bind(name, signal, words)
    }

    /// The fields' names, in the form's order.
    pub fn names(&self) -> Vec<&str> {
        self.fields.iter().map(|(n, _)| n.as_str()).collect()
    }

    /// Every field's value by name (reading them tracks them).
    pub fn values(&self) -> Vec<(String, DraftValue)> {
        self.fields
            .iter()
            .map(|(n, f)| (n.clone(), f.value()))
            .collect()
    }

    /// Tracks every field, for an effect that must run when any of them changes.
    pub fn track(&self) {
        self.fields.iter().for_each(|(_, f)| f.track());
    }

    /// The "Not saved yet" flag of a form that keeps its typing until saved: on once any field
    /// changes (see [`crate::ui::unsaved::watch_unsaved`]).
    pub fn watch_unsaved(&self) -> RwSignal<bool> {
        self.watch_unsaved_except(&[])
    }

    /// The same, leaving out fields that save themselves the moment they change (the day's
    /// status buttons), so a tap that saves does not say "Not saved yet".
    pub fn watch_unsaved_except(&self, saved_at_once: &'static [&'static str]) -> RwSignal<bool> {
        let fields = self.clone();
        crate::ui::unsaved::watch_unsaved(move || {
            fields
                .fields
                .iter()
                .filter(|(n, _)| !saved_at_once.contains(&n.as_str()))
                .for_each(|(_, f)| f.track());
        })
    }

    /// True when no field holds anything but what is left `blank` (a form that starts empty and
    /// empties itself once saved: see [`crate::ui::unsaved::watch_typing`]). Reading tracks.
    pub fn is_blank(&self, except: &[&str]) -> bool {
        self.fields
            .iter()
            .filter(|(n, _)| !except.contains(&n.as_str()))
            .all(|(_, f)| f.value().is_blank())
    }

    /// Fills each field with the value of the field of the same name in `fresh` (the form as if
    /// just opened on a record), without tracking.
    pub fn fill_from(&self, fresh: &DraftFields) {
        let values = untrack(|| fresh.values());
        for (name, value) in values {
            if let Some((_, field)) = self.fields.iter().find(|(n, _)| *n == name) {
                field.put(&value);
            }
        }
    }

    /// Whether field `i` can take a kept value.
    pub(super) fn fits(&self, i: usize, value: &DraftValue) -> bool {
        self.fields.get(i).is_some_and(|(_, f)| f.fits(value))
    }

    /// Puts a kept value in field `i`.
    pub(super) fn put(&self, i: usize, value: &DraftValue) {
        if let Some((_, field)) = self.fields.get(i) {
            field.put(value);
        }
    }

    /// The words of a kept value for field `i` that differ from what it shows now.
    pub(super) fn new_words(&self, i: usize, kept: &DraftValue) -> Vec<String> {
        let Some((_, field)) = self.fields.get(i) else {
            return Vec::new();
        };
        let now = untrack(|| field.value());
        let same = match (kept, &now) {
            (DraftValue::Text(a), DraftValue::Text(b)) => a.trim() == b.trim(),
            (a, b) => a == b,
        };
        if same {
            Vec::new()
        } else {
            field.words(kept)
        }
    }
}
