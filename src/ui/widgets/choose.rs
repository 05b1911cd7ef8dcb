//! The pick-one lists every form shares: a labelled select over any [`Choice`] (read back by its
//! key, never by its words), the same with a "none" line first, and the 0-10 rating select; plus
//! the one line that says why a form was not saved.

use leptos::prelude::*;

use crate::domain::choice::Choice;
use crate::ui::widgets::field::unique_id;

/// A labelled select of every choice of a kind; one is always chosen.
#[component]
pub fn ChoiceSelect<C: Choice>(
    /// The question, in the parent's words.
    label: &'static str,
    value: RwSignal<C>,
) -> impl IntoView {
    let id = unique_id("choice");
    view! {
        <label for=id.clone()>{label}</label>
        <select id=id on:change=move |ev| {
            if let Some(choice) = C::from_key(&event_target_value(&ev)) {
                value.set(choice);
            }
        }>
            {C::ALL.iter().map(|&choice| view! {
                <option value=choice.key() selected=move || value.get() == choice>{choice.label()}</option>
            }).collect_view()}
        </select>
    }
}

/// A labelled select of every choice of a kind, with a first line (`none`) for no choice.
#[component]
pub fn MaybeChoiceSelect<C: Choice>(
    /// The question, in the parent's words.
    label: &'static str,
    value: RwSignal<Option<C>>,
    /// The words for no choice, e.g. "Any" or "Same as the day".
    none: &'static str,
    /// A fixed id, where another part of the page points at this select.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let id = id.map_or_else(|| unique_id("choice"), String::from);
    view! {
        <label for=id.clone()>{label}</label>
        <select id=id on:change=move |ev| value.set(C::from_key(&event_target_value(&ev)))>
            <option value="" selected=move || value.get().is_none()>{none}</option>
            {C::ALL.iter().map(|&choice| view! {
                <option value=choice.key() selected=move || value.get() == Some(choice)>{choice.label()}</option>
            }).collect_view()}
        </select>
    }
}

/// A labelled 0-10 select (how big a worry felt, how hard a step feels), with a first line for
/// "not said".
#[component]
pub fn RatingSelect(
    /// The question, saying which end is which.
    label: &'static str,
    value: RwSignal<Option<u8>>,
    /// The words for no rating, e.g. "Not said".
    none: &'static str,
) -> impl IntoView {
    let id = unique_id("rating");
    view! {
        <label for=id.clone()>{label}</label>
        <select id=id on:change=move |ev| value.set(event_target_value(&ev).parse().ok().filter(|n| *n <= 10))>
            <option value="" selected=move || value.get().is_none()>{none}</option>
            {(0..=10u8).map(|n| view! {
                <option value=n.to_string() selected=move || value.get() == Some(n)>{n.to_string()}</option>
            }).collect_view()}
        </select>
    }
}

/// Why the form was not saved (or what is wrong with what was chosen), read out at once, under
/// the form's fields. With an `id` a field can point at it (`aria-describedby`) and focus can be
/// moved to it.
#[component]
pub fn FormError(
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    move || {
        error.get().map(|e| {
            view! { <p class="field-error" role="alert" id=id tabindex=id.map(|_| "-1")>{e}</p> }
        })
    }
}
