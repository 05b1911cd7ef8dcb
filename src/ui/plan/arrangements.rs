//! The shared goal and the arrangements around the plan (key adult, contact, celebration, bad
//! day, the parent's questions and requests), saved together with one button.

use leptos::prelude::*;

use crate::domain::checks::limits::LONG_CHARS;
use crate::domain::plan::texts::{put_all, ARRANGEMENTS};
use crate::ui::drafts::{draft_key, FormFields};
use crate::ui::messages::SavedHere;
use crate::ui::plan::hub::plan_of;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::{watch_unsaved, UnsavedLine};
use crate::ui::widgets::field::TextField;

/// The goal and the arrangements around the plan, saved together.
#[component]
pub fn PlanTexts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    // Filled once, from the plan as stored when the form is built.
    let plan = untrack(move || plan_of(state));
    let fields = ARRANGEMENTS.each_ref().map(|text_of| {
        (
            text_of.label,
            text_of.hint,
            RwSignal::new((text_of.read)(&plan).clone()),
        )
    });
    let unsaved = watch_unsaved(move || fields.iter().for_each(|(_, _, s)| s.track()));
    let draft_offer = FormFields {
        texts: fields.map(|(_, _, s)| s),
        ratings: [],
        rows: [],
    }
    .keep_draft(draft_key("arrangements", &child.get_value(), ""), unsaved);
    let save = move |_| {
        let texts = fields.map(|(_, _, s)| s.get_untracked());
        match state.change_child(&child.get_value(), |child| {
            put_all(&mut child.plan, &ARRANGEMENTS, &texts)
        }) {
            Ok(()) => {
                unsaved.set(false);
                state.done_at(
                    "arrangements",
                    format!(
                        "Saved the goal and arrangements. In {}'s plan.",
                        state.name_of(&child.get_value())
                    ),
                );
            }
            Err(message) => state.problem_at("arrangements", message),
        }
    };
    view! {
        <div class="card">
            {draft_offer}
            {fields.into_iter().map(|(label, hint, value)| view! {
                <TextField label hint value max=LONG_CHARS multiline=true/>
            }).collect_view()}
            <UnsavedLine unsaved button="Save goal and arrangements" what="what you typed"/>
            <button type="button" class="primary wide" on:click=save>"Save goal and arrangements"</button>
            <SavedHere place="arrangements"/>
        </div>
    }
}
