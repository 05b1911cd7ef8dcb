//! Stage 2 of the plan: the shared goal first, ladders of small steps from easiest to hardest (each a
//! [`LadderCard`]), adjustments, and the arrangements around the plan. Removing a step or ladder
//! can be undone while the screen is open.

use leptos::prelude::*;

use crate::domain::checks::limits::NAME_CHARS;
use crate::domain::draft_layouts;
use crate::domain::plan::Ladder;
use crate::domain::plan::PlanStage;
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::SavedHere;
use crate::ui::plan::arrangements::goal_and_arrangements;
use crate::ui::plan::hub::{save_plan, GuidanceBox, StageNav};
use crate::ui::plan::ladder::{LadderCard, Removed};
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::{saved_and_emptied, watch_typing, UnsavedLine};
use crate::ui::widgets::field::TextField;
use crate::web::address::Screen;
use crate::web::focus::focus_after_redraw;
use crate::web::ids::new_id;

/// Where "Put back." appears: beside the Undo line.
const UNDO_PLACE: &str = "plan-undo";
/// Where adding a ladder is confirmed: under its button.
const ADD_LADDER_PLACE: &str = "add-ladder";

#[component]
pub fn PlanSteps(
    /// Stage 2's adjustments (the checklist and how each agreed one is going), which come in a
    /// later part of their own.
    adjustments: fn() -> AnyView,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    let removed = RwSignal::new(None::<Removed>);
    let ladders = move || {
        let id = shown_child();
        state.diary.with(|d| {
            d.child(&id)
                .map(|c| c.plan.ladders.clone())
                .unwrap_or_default()
        })
    };
    let undo = move |_| {
        let Some(item) = removed.get_untracked() else {
            return;
        };
        let focus_target = match &item {
            Removed::Step { step, .. } => format!("remove-{}", step.id),
            Removed::Ladder { ladder, .. } => format!("ladder-{}", ladder.id),
        };
        let result = save_plan(state, &child.get_value(), |plan| match item {
            Removed::Step {
                ladder_id,
                index,
                step,
            } => plan.restore_step(&ladder_id, index, step),
            Removed::Ladder { index, ladder } => plan.restore_ladder(index, ladder),
        });
        match result {
            Ok(()) => {
                removed.set(None);
                let name = state.name_of(&child.get_value());
                state.done_at(UNDO_PLACE, format!("Put back. Saved in {name}'s plan."));
                focus_after_redraw(vec![focus_target]);
            }
            Err(message) => state.problem_at(UNDO_PLACE, message),
        }
    };
    let title = RwSignal::new(String::new());
    let fields = DraftFields::new(&draft_layouts::LADDER).text("title", title);
    let unsaved = watch_typing({
        let fields = fields.clone();
        move || fields.is_blank(&[])
    });
    let draft_offer = fields.keep_draft(draft_key("ladder", &child.get_value(), ""), unsaved);
    let add_ladder = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = title.get_untracked().trim().to_string();
        if text.is_empty() {
            state.problem_at(
                ADD_LADDER_PLACE,
                "Give the ladder a short name, e.g. \"Getting into the building\".",
            );
            return;
        }
        match state.change_child(&child.get_value(), |child| {
            child.plan.add_ladder(Ladder {
                id: new_id("ladder"),
                title: text,
                steps: Vec::new(),
            })
        }) {
            Ok(()) => {
                title.set(String::new());
                saved_and_emptied(unsaved);
                let name = state.name_of(&child.get_value());
                state.done_at(
                    ADD_LADDER_PLACE,
                    format!("Ladder added to {name}'s plan. Now add its steps, easiest first."),
                );
            }
            Err(message) => state.problem_at(ADD_LADDER_PLACE, message),
        }
    };
    // The goal first, as the guidance says to agree it before the steps; the arrangements last.
    let (goal_card, arrangements_card) = goal_and_arrangements();
    view! {
        <section class="screen plan">
            <h1>"Plan"</h1>
            <StageNav current=Screen::PlanStage(PlanStage::Steps)/>
            <h2>"2. The plan"</h2>
            <GuidanceBox stage=PlanStage::Steps/>
            {goal_card}
            {move || removed.get().map(|item| {
                let what = match &item { Removed::Step { step, .. } => step.what.clone(), Removed::Ladder { ladder, .. } => ladder.title.clone() };
                view! {
                    <p class="notice done undo" role="status">
                        {format!("Removed “{what}”. ")}
                        <button type="button" class="link" id="undo-plan" on:click=undo>"Undo"</button>
                    </p>
                }
            })}
            <SavedHere place=UNDO_PLACE/>
            {move || ladders().into_iter().map(|ladder| view! { <LadderCard ladder removed/> }).collect_view()}
            <form class="card" on:submit=add_ladder novalidate>
                <h3>"Add a ladder"</h3>
                {draft_offer}
                <p class="muted">"One ladder for each part of the goal, e.g. getting to the gate, being in class, lunchtime."</p>
                <TextField label="Name of the ladder" value=title max=NAME_CHARS/>
                <UnsavedLine unsaved button="Add ladder" what="this ladder"/>
                <button type="submit">"Add ladder"</button>
                <SavedHere place=ADD_LADDER_PLACE/>
            </form>
            {adjustments()}
            {arrangements_card}
            <p><a href=Screen::PlanStage(PlanStage::Review).hash()>"Next: review ›"</a></p>
        </section>
    }
}
