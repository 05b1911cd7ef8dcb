//! "Is the school in England or Wales?", asked once, the first time a letter or the codes page
//! needs it (England is assumed until then), and changeable from a short line afterwards. Kept
//! with the child's support (`Child::answer_nation`), where the plan's first stage shows it too.

use leptos::prelude::*;

use crate::domain::diary::support::Nation;
use crate::ui::messages::SavedHere;
use crate::ui::state::AppState;

/// Where the question's messages appear.
const PLACE: &str = "letters-nation";

/// The child's nation as the diary holds it now (England when the child is not found).
pub fn nation_of(state: AppState, child: StoredValue<String>) -> Memo<Nation> {
    Memo::new(move |_| {
        state
            .diary
            .with(|d| d.child(&child.get_value()).map(|c| c.nation))
            .unwrap_or_default()
    })
}

/// The question while it is unanswered (or the parent asked to change it); a line saying which
/// rules apply once it is.
#[component]
pub fn NationQuestion(child: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let nation = nation_of(state, child);
    let answered = Memo::new(move |_| {
        state
            .diary
            .with(|d| d.child(&child.get_value()).map(|c| c.nation_is_answered()))
            .unwrap_or(true)
    });
    let changing = RwSignal::new(false);
    let name = state.name_of(&child.get_value());
    let choose = move |chosen: Nation| {
        let id = child.get_value();
        let result = state.change_child(&id, |c| c.answer_nation(chosen));
        match result {
            Ok(()) => {
                changing.set(false);
                state.done_at(
                    PLACE,
                    format!(
                        "Kept: the school is in {}. The letters follow its rules.",
                        chosen.label()
                    ),
                );
            }
            Err(problem) => state.problem_at(PLACE, problem),
        }
    };
    view! {
        <div class="no-print nation-question">
            {move || if !answered.get() || changing.get() {
                view! {
                    <fieldset class="card group">
                        <legend>{format!("Is {name}'s school in England or Wales?")}</legend>
                        <p class="hint">"The rules differ: the register codes, fines, and how to ask for support. Asked once; you can change it here or in the plan (1. Understanding)."</p>
                        <div class="actions">
                            {Nation::ALL.into_iter().map(|n| view! {
                                <button type="button" class=move || if nation.get() == n && answered.get() { "primary" } else { "" }
                                    on:click=move |_| choose(n)>{n.label()}</button>
                            }).collect_view()}
                        </div>
                    </fieldset>
                }.into_any()
            } else {
                view! {
                    <p class="muted small">
                        {move || format!("Rules for a school in {}. ", nation.get().label())}
                        <button type="button" class="link" on:click=move |_| changing.set(true)>"Change"</button>
                    </p>
                }.into_any()
            }}
            <SavedHere place=PLACE/>
        </div>
    }
}
