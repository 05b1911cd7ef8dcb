//! The shared goal and the arrangements around the plan (key adult, contact, celebration, bad
//! day, the parent's questions and requests), saved together with one button.

use leptos::prelude::*;

use crate::domain::checks::limits::LONG_CHARS;
use crate::domain::plan::Plan;
use crate::ui::drafts::{draft_key, FormFields};
use crate::ui::messages::SavedHere;
use crate::ui::plan::hub::save_plan;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::{watch_unsaved, UnsavedLine};
use crate::ui::widgets::field::TextField;

/// The plan of the child the screen was built for, as stored now (read without tracking).
fn current_plan(state: AppState) -> Plan {
    let id = shown_child();
    state
        .diary
        .with_untracked(|d| d.child(&id).map(|c| c.plan.clone()).unwrap_or_default())
}

/// The goal and the arrangements around the plan, saved together.
#[component]
pub fn PlanTexts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    let plan = current_plan(state);
    let fields = [
        (
            "The shared goal",
            "What everyone is working towards, in words your child agrees with.",
            plan.goal.clone(),
        ),
        (
            "Key adult",
            "The trusted member of staff your child can go to.",
            plan.key_adult.clone(),
        ),
        (
            "Contact arrangements",
            "Who contacts whom, how and how often.",
            plan.contact_arrangements.clone(),
        ),
        (
            "How small successes will be celebrated",
            "Praise, a treat, time together: whatever your child would like.",
            plan.celebration.clone(),
        ),
        (
            "What happens on a bad day",
            "What everyone does when a step is too much today, so nobody has to decide in the moment.",
            plan.bad_day_plan.clone(),
        ),
        (
            "Your questions for the school",
            "One per line; they go in the meeting pack.",
            plan.questions.clone(),
        ),
        (
            "What you are asking for",
            "One per line; they go in the meeting pack.",
            plan.requests.clone(),
        ),
    ]
    .map(|(label, hint, value)| (label, hint, RwSignal::new(value)));
    let unsaved = watch_unsaved(move || fields.iter().for_each(|(_, _, s)| s.track()));
    let draft_offer = FormFields {
        texts: fields.map(|(_, _, s)| s),
        ratings: [],
        rows: [],
    }
    .keep_draft(draft_key("arrangements", &child.get_value(), ""), unsaved);
    let save = move |_| {
        let v: Vec<String> = fields
            .iter()
            .map(|(_, _, s)| s.get_untracked().trim().to_string())
            .collect();
        match save_plan(state, &child.get_value(), |plan| {
            plan.goal = v[0].clone();
            plan.key_adult = v[1].clone();
            plan.contact_arrangements = v[2].clone();
            plan.celebration = v[3].clone();
            plan.bad_day_plan = v[4].clone();
            plan.questions = v[5].clone();
            plan.requests = v[6].clone();
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
