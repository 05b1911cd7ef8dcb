//! The one question asked before something is removed: what will go, a button to remove it and a
//! way to keep it, as an alert dialog named by its question so screen readers read it out.

use leptos::prelude::*;

use crate::ui::widgets::field::unique_id;

/// Asks before removing: `question` says what goes and whether it can be undone; `on_yes` removes,
/// `on_no` keeps.
#[component]
pub fn RemoveQuestion(
    #[prop(into)] question: String,
    /// The remove button's words.
    #[prop(default = "Yes, remove it".to_string(), into)]
    yes: String,
    /// The keep button's words.
    #[prop(default = "Keep it")]
    keep: &'static str,
    /// A short name for the dialog, where the question is long; otherwise the question names it.
    #[prop(optional)]
    name: Option<&'static str>,
    /// Ids for the buttons, where focus is moved to them.
    #[prop(optional, into)]
    yes_id: Option<String>,
    #[prop(optional, into)] keep_id: Option<String>,
    on_yes: impl Fn() + Send + Sync + 'static,
    on_no: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let id = unique_id("remove-q");
    let labelled_by = name.is_none().then(|| id.clone());
    view! {
        <div class="confirm" role="alertdialog" aria-labelledby=labelled_by aria-label=name>
            <p id=id>{question}</p>
            <div class="actions">
                <button type="button" class="danger" id=yes_id on:click=move |_| on_yes()>{yes}</button>
                <button type="button" id=keep_id on:click=move |_| on_no()>{keep}</button>
            </div>
        </div>
    }
}
