//! The one question dialog: a yes-or-no question asked before something that cannot be taken
//! back lightly (removing, replacing, saving a day still to come), as an alert dialog named by its
//! question so screen readers read it out. Removing has its own words ([`RemoveQuestion`]).

use leptos::prelude::*;

use crate::ui::widgets::field::unique_id;

/// Asks a yes-or-no question: `yes` does it (a `danger` button where it takes something away,
/// `primary` otherwise), `no` leaves things as they are.
#[component]
pub fn Question(
    #[prop(into)] question: String,
    #[prop(into)] yes: String,
    #[prop(into)] no: String,
    /// The yes button's look: "danger" or "primary".
    yes_class: &'static str,
    /// A short name for the dialog, where the question is long; otherwise the question names it.
    #[prop(optional_no_strip)]
    name: Option<&'static str>,
    /// Ids for the buttons, where focus is moved to them.
    #[prop(optional_no_strip)]
    yes_id: Option<String>,
    #[prop(optional_no_strip)] no_id: Option<String>,
    on_yes: impl Fn() + Send + Sync + 'static,
    on_no: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let id = unique_id("question");
    let labelled_by = name.is_none().then(|| id.clone());
    view! {
        <div class="confirm" role="alertdialog" aria-labelledby=labelled_by aria-label=name>
            <p id=id>{question}</p>
            <div class="actions">
                <button type="button" class=yes_class id=yes_id on:click=move |_| on_yes()>{yes}</button>
                <button type="button" id=no_id on:click=move |_| on_no()>{no}</button>
            </div>
        </div>
    }
}

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
    view! {
        <Question question yes no=keep yes_class="danger" name=name yes_id=yes_id no_id=keep_id on_yes on_no/>
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
