//! The one question asked before something is removed: what will go, "Yes, remove it" and a way
//! to keep it, as an alert dialog named by its question so screen readers read it out.

use leptos::prelude::*;

use crate::ui::widgets::field::unique_id;

/// Asks before removing: `question` says what goes and whether it can be undone; `on_yes` removes,
/// `on_no` keeps (its button reads `keep`).
#[component]
pub fn RemoveQuestion(
    question: String,
    #[prop(default = "Keep it")] keep: &'static str,
    on_yes: impl Fn() + Send + Sync + 'static,
    on_no: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let id = unique_id("remove-q");
    let label = id.clone();
    view! {
        <div class="confirm" role="alertdialog" aria-labelledby=label>
            <p id=id>{question}</p>
            <div class="actions">
                <button type="button" class="danger" on:click=move |_| on_yes()>"Yes, remove it"</button>
                <button type="button" on:click=move |_| on_no()>{keep}</button>
            </div>
        </div>
    }
}
