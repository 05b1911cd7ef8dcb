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

/// A listed thing's "Remove…" button, which becomes the [`RemoveQuestion`] in its place. `asking`
/// holds the one thing of the list being asked about (opening another closes this question);
/// `beside` are buttons shown next to "Remove…", such as "Change".
#[component]
pub fn RemoveAsked(
    asking: RwSignal<Option<String>>,
    /// The thing's id.
    #[prop(into)]
    id: String,
    #[prop(into)] question: String,
    on_yes: impl Fn(String) + Clone + Send + Sync + 'static,
    #[prop(optional, into)] beside: Option<ViewFn>,
) -> impl IntoView {
    let id = StoredValue::new(id);
    let asked = move || asking.with(|a| a.as_deref() == Some(id.get_value().as_str()));
    let beside = StoredValue::new(beside);
    view! {
        <Show
            when=asked
            fallback=move || view! {
                <div class="actions">
                    {beside.with_value(|b| b.as_ref().map(ViewFn::run))}
                    <button type="button" class="small" on:click=move |_| asking.set(Some(id.get_value()))>"Remove…"</button>
                </div>
            }
        >
            {
                let on_yes = on_yes.clone();
                view! {
                    <RemoveQuestion
                        question=question.clone()
                        on_yes=move || on_yes(id.get_value())
                        on_no=move || asking.set(None)
                    />
                }
            }
        </Show>
    }
}
