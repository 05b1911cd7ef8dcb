//! On the Backup screen: one child's plan on its own, as a small file to keep or to open on
//! another phone (a partner's, say), without the days, the calls or any private note.

use leptos::prelude::*;

use crate::domain::file::names::plan_file_name;
use crate::domain::file::plan_file::plan_document;
use crate::ui::messages::{hand_file_over_at, SavedHere};
use crate::ui::state::AppState;
use crate::ui::widgets::child_picker::{chosen_child, for_chosen, ChildPicker};
use crate::web::clock::{now_rfc3339, today};

/// Where "Save the plan as a file" says how it went.
const PLAN_FILE_PLACE: &str = "plan-file";

/// The "Just the plan" card.
#[component]
pub fn PlanFile() -> impl IntoView {
    let state = expect_context::<AppState>();
    let who = chosen_child();
    let save = move |_| {
        let chosen = for_chosen(who, |c| {
            (c.nickname.clone(), plan_document(c, now_rfc3339()))
        });
        let Some((nickname, document)) = chosen else {
            return;
        };
        hand_file_over_at(
            state,
            Some(PLAN_FILE_PLACE),
            "The plan",
            plan_file_name(&nickname, today()),
            document.to_json(),
            "application/json",
            "\"Bring back a backup\" (on this screen, on any phone) adds it to a diary.",
        );
    };
    view! {
        <section class="card" aria-labelledby="plan-file-heading">
            <h2 id="plan-file-heading">"Just the plan, as a file"</h2>
            <p class="muted">
                "A small file with the plan and the details for the top of the meeting pack, and nothing else: no days, no calls, no private notes. Keep it, or open it on another phone (a partner's, say) with \"Bring back a backup\"."
            </p>
            <ChildPicker id="plan-file-who" label="Whose plan" who/>
            <button type="button" on:click=save>"Save the plan as a file"</button>
            <SavedHere place=PLAN_FILE_PLACE/>
        </section>
    }
}
