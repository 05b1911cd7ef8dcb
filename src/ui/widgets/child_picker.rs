//! "Whose plan", "Whose days": choosing the child a file is made for, asked only when the diary
//! has more than one child. It starts at the child shown.

use leptos::prelude::*;

use crate::domain::Child;
use crate::ui::state::AppState;

/// The chosen child's id, starting at the child shown.
pub fn chosen_child() -> RwSignal<String> {
    let state = expect_context::<AppState>();
    RwSignal::new(state.child_id.get_untracked().unwrap_or_default())
}

/// What `make` gives for the child chosen in `who` (the first child, if that one was removed
/// meanwhile), or `None` when there is no child at all.
pub fn for_chosen<T>(who: RwSignal<String>, make: impl FnOnce(&Child) -> T) -> Option<T> {
    let state = expect_context::<AppState>();
    state.diary.with_untracked(|d| {
        d.child(&who.get_untracked())
            .or(d.children.first())
            .map(make)
    })
}

/// A labelled select of the children's names, shown only when there are several.
#[component]
pub fn ChildPicker(id: &'static str, label: &'static str, who: RwSignal<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let several = move || state.diary.with(|d| d.children.len() > 1);
    view! {
        <Show when=several>
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| who.set(event_target_value(&ev))>
                {move || {
                    let chosen = who.get_untracked();
                    state.diary.with(|d| {
                        d.children
                            .iter()
                            .map(|c| view! {
                                <option value=c.id.clone() selected=c.id == chosen>{c.nickname.clone()}</option>
                            })
                            .collect_view()
                    })
                }}
            </select>
        </Show>
    }
}
