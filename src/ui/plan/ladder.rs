//! One ladder of the plan: its steps in order (moved by arrows or dragging, changed, broken into
//! smaller steps, removed with Undo), with each save confirmed beside the step or the ladder.

use leptos::prelude::*;

use crate::domain::checks::Problem;
use crate::domain::plan::ladder::Direction;
use crate::domain::plan::{Ladder, Step};
use crate::ui::messages::SavedHere;
use crate::ui::plan::hub::save_plan;
use crate::ui::plan::step_form::StepForm;
use crate::ui::state::{shown_child, AppState};
use crate::ui::widgets::confirm::RemoveQuestion;
use crate::web::focus::focus_after_redraw;

/// Something removed that can still be put back.
#[derive(Clone)]
pub enum Removed {
    Step {
        ladder_id: String,
        index: usize,
        step: Step,
    },
    Ladder {
        index: usize,
        ladder: Ladder,
    },
}

/// Runs a checked change on one ladder of `child`'s plan; a refusal, or a ladder that is no longer
/// there, is reported in words and nothing is saved.
fn change_ladder(
    state: AppState,
    child: &str,
    ladder_id: &str,
    edit: impl FnOnce(&mut Ladder) -> Result<(), Problem>,
) -> Result<(), String> {
    state.change_child(child, |child| {
        let ladder = child
            .plan
            .ladders
            .iter_mut()
            .find(|l| l.id == ladder_id)
            .ok_or_else(|| Problem::new("ladders", "That ladder is no longer in the plan."))?;
        edit(ladder)
    })
}

/// Where a ladder's confirmations appear: under its buttons.
fn ladder_place(ladder_id: &str) -> String {
    format!("ladder-{ladder_id}")
}

/// Where a step's confirmations appear: under that step.
fn step_place(step_id: &str) -> String {
    format!("step-{step_id}")
}

/// What the ladder card shares with each of its step rows.
#[derive(Clone, Copy)]
struct LadderCtx {
    state: AppState,
    child: StoredValue<String>,
    id: StoredValue<String>,
    count: usize,
    editing: RwSignal<Option<String>>,
    breaking: RwSignal<Option<String>>,
    confirm_remove: RwSignal<Option<String>>,
    dragged: RwSignal<Option<usize>>,
    removed: RwSignal<Option<Removed>>,
}

impl LadderCtx {
    /// Runs a change on this ladder; on success says `words` (naming the child) at `place` and
    /// returns `None`, otherwise the problem in words for the form to show.
    fn save(
        self,
        place: String,
        words: &str,
        edit: impl FnOnce(&mut Ladder) -> Result<(), Problem>,
    ) -> Option<String> {
        let child = self.child.get_value();
        match change_ladder(self.state, &child, &self.id.get_value(), edit) {
            Ok(()) => {
                let name = self.state.name_of(&child);
                self.state
                    .done_at(place, format!("{words} Saved in {name}'s plan."));
                None
            }
            Err(message) => Some(message),
        }
    }

    /// Runs a change that needs no confirmation (moving a step); a refusal is shown on the ladder.
    fn quietly(self, edit: impl FnOnce(&mut Ladder)) -> bool {
        let result = change_ladder(
            self.state,
            &self.child.get_value(),
            &self.id.get_value(),
            |l| {
                edit(l);
                Ok(())
            },
        );
        if let Err(message) = &result {
            self.state
                .problem_at(ladder_place(&self.id.get_value()), message.clone());
        }
        result.is_ok()
    }
}

/// One ladder: its steps in order, with reorder, edit, break down and remove.
#[component]
pub fn LadderCard(ladder: Ladder, removed: RwSignal<Option<Removed>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ctx = LadderCtx {
        state,
        child: StoredValue::new(shown_child()),
        id: StoredValue::new(ladder.id.clone()),
        count: ladder.steps.len(),
        editing: RwSignal::new(None),
        breaking: RwSignal::new(None),
        confirm_remove: RwSignal::new(None),
        dragged: RwSignal::new(None),
        removed,
    };
    let id = ctx.id;
    let here = ladder_place(&ladder.id);
    let adding = RwSignal::new(false);
    let confirm_ladder = RwSignal::new(false);
    let remove_ladder = move || {
        let mut taken = None;
        match save_plan(state, &ctx.child.get_value(), |plan| {
            taken = plan.remove_ladder(&id.get_value())
        }) {
            Ok(()) => {
                if let Some((index, ladder)) = taken {
                    removed.set(Some(Removed::Ladder { index, ladder }));
                    focus_after_redraw(vec!["undo-plan".into()]);
                }
            }
            Err(m) => state.problem_at(ladder_place(&id.get_value()), m),
        }
    };
    let order = move |_| {
        let words = "Steps put in order of your child's ratings, easiest first.";
        if let Some(problem) = ctx.save(ladder_place(&id.get_value()), words, |l| {
            l.order_by_rating();
            Ok(())
        }) {
            state.problem_at(ladder_place(&id.get_value()), problem);
        }
    };
    view! {
        <article class="card ladder" id=format!("ladder-{}", ladder.id) tabindex="-1" aria-label=format!("Ladder: {}", ladder.title)>
            <h3>{ladder.title.clone()}</h3>
            <p class="muted small">"Easiest at the top. Move a step with the arrows or by dragging it."</p>
            <ol class="steps">
                {ladder.steps.iter().cloned().enumerate().map(|(index, step)| view! { <StepRow ctx index step/> }).collect_view()}
            </ol>
            <Show when=move || adding.get() fallback=move || view! {
                <div class="actions">
                    <button type="button" class="primary" id=format!("add-step-{}", id.get_value()) on:click=move |_| adding.set(true)>"Add a step"</button>
                    <button type="button" on:click=order>"Order by ratings"</button>
                    <button type="button" class="link" id=format!("remove-ladder-{}", id.get_value()) on:click=move |_| {
                        confirm_ladder.set(true);
                        focus_after_redraw(vec![format!("keep-ladder-{}", id.get_value())]);
                    }>"Remove ladder…"</button>
                </div>
                <Show when=move || confirm_ladder.get()>
                    <RemoveQuestion
                        question="Remove this ladder and all its steps? You can undo it while this screen is open."
                        name="Remove this ladder?"
                        yes="Yes, remove the ladder"
                        keep="Keep"
                        keep_id=format!("keep-ladder-{}", id.get_value())
                        on_yes=remove_ladder
                        on_no=move || {
                            confirm_ladder.set(false);
                            focus_after_redraw(vec![format!("remove-ladder-{}", id.get_value())]);
                        }
                    />
                </Show>
            }>
                <StepForm heading="New step".into() place=format!("new-in-{}", id.get_value())
                    on_save=move |step| {
                        let problem = ctx.save(ladder_place(&id.get_value()), "Step added.", |l| l.add_step(step));
                        if problem.is_none() {
                            adding.set(false);
                            focus_after_redraw(vec![format!("add-step-{}", id.get_value())]);
                        }
                        problem
                    }
                    on_cancel=move || adding.set(false)/>
            </Show>
            <SavedHere place=here/>
        </article>
    }
}

/// One step of a ladder: what it is and how it feels, its smaller steps, and its buttons.
#[component]
fn StepRow(ctx: LadderCtx, index: usize, step: Step) -> impl IntoView {
    let LadderCtx {
        editing,
        breaking,
        confirm_remove,
        dragged,
        removed,
        ..
    } = ctx;
    let sid = StoredValue::new(step.id.clone());
    let what = step.what.clone();
    let details = step_details(&step);
    let editing_this = move || editing.get().as_deref() == Some(sid.get_value().as_str());
    let breaking_this = move || breaking.get().as_deref() == Some(sid.get_value().as_str());
    let confirming_this = move || confirm_remove.get().as_deref() == Some(sid.get_value().as_str());
    let move_step = move |direction: Direction| {
        // Keep the focus on the same arrow of the same step, so pressing again moves it again.
        if ctx.quietly(|l| {
            l.move_step(index, direction);
        }) {
            let (same, other) = match direction {
                Direction::Up => ("up", "down"),
                Direction::Down => ("down", "up"),
            };
            let step_id = sid.get_value();
            focus_after_redraw(vec![
                format!("{same}-{step_id}"),
                format!("{other}-{step_id}"),
            ]);
        }
    };
    let remove_step = move || {
        let mut taken = None;
        let removing = ctx.quietly(|l| taken = l.remove_step(&sid.get_value()));
        if let (true, Some((index, step))) = (removing, taken) {
            removed.set(Some(Removed::Step {
                ladder_id: ctx.id.get_value(),
                index,
                step,
            }));
            focus_after_redraw(vec!["undo-plan".into()]);
        }
        confirm_remove.set(None);
    };
    let step_for_edit = step.clone();
    view! {
        <li draggable="true" class="step"
            on:dragstart=move |_| dragged.set(Some(index))
            on:dragover=move |ev| ev.prevent_default()
            on:drop=move |ev| {
                ev.prevent_default();
                if let Some(from) = dragged.get_untracked() {
                    ctx.quietly(|l| l.move_step_to(from, index));
                }
                dragged.set(None);
            }>
            <div class="step-main">
                <strong>{what.clone()}</strong>
                <span class="muted small">{details}</span>
                {(!step.sub_steps.is_empty()).then(|| view! {
                    <ol class="sub-steps">{step.sub_steps.iter().map(|s| view! { <li>{s.what.clone()}<span class="muted small">{format!(" · {}", s.state.label())}</span></li> }).collect_view()}</ol>
                })}
            </div>
            <div class="step-buttons">
                <button type="button" class="icon" id=format!("up-{}", sid.get_value()) aria-label=format!("Move up: {what}") disabled=index == 0 on:click=move |_| move_step(Direction::Up)>"↑"</button>
                <button type="button" class="icon" id=format!("down-{}", sid.get_value()) aria-label=format!("Move down: {what}") disabled=index + 1 == ctx.count on:click=move |_| move_step(Direction::Down)>"↓"</button>
                <button type="button" class="link" id=format!("change-{}", sid.get_value()) aria-label=format!("Change: {what}") on:click=move |_| editing.set(Some(sid.get_value()))>"Change"</button>
                <button type="button" class="link" id=format!("smaller-{}", sid.get_value()) aria-label=format!("Break into smaller steps: {what}") on:click=move |_| breaking.set(Some(sid.get_value()))>"Smaller steps"</button>
                <button type="button" class="link" id=format!("remove-{}", sid.get_value()) aria-label=format!("Remove: {what}") on:click=move |_| {
                    confirm_remove.set(Some(sid.get_value()));
                    focus_after_redraw(vec![format!("yes-remove-{}", sid.get_value())]);
                }>"Remove"</button>
            </div>
            <Show when=confirming_this>
                <RemoveQuestion
                    question=format!("Remove the step “{what}”?")
                    name="Remove this step?"
                    yes="Yes, remove"
                    keep="Keep"
                    yes_id=format!("yes-remove-{}", sid.get_value())
                    on_yes=remove_step
                    on_no=move || {
                        confirm_remove.set(None);
                        focus_after_redraw(vec![format!("remove-{}", sid.get_value())]);
                    }
                />
            </Show>
            <Show when=editing_this>
                <StepForm heading="Change this step".into() place=sid.get_value() step=step_for_edit.clone()
                    on_save=move |new_step| {
                        let problem = ctx.save(step_place(&sid.get_value()), "Step saved.", |l| l.replace_step(new_step));
                        if problem.is_none() {
                            editing.set(None);
                            focus_after_redraw(vec![format!("change-{}", sid.get_value())]);
                        }
                        problem
                    }
                    on_cancel=move || editing.set(None)/>
            </Show>
            <Show when=breaking_this>
                <StepForm heading="Add a smaller step".into() place=format!("under-{}", sid.get_value())
                    on_save=move |sub| {
                        let problem = ctx.save(step_place(&sid.get_value()), "Smaller step added.", |l| l.add_sub_step(&sid.get_value(), sub));
                        if problem.is_none() {
                            breaking.set(None);
                            focus_after_redraw(vec![format!("smaller-{}", sid.get_value())]);
                        }
                        problem
                    }
                    on_cancel=move || breaking.set(None)/>
            </Show>
            <SavedHere place=step_place(&step.id)/>
        </li>
    }
}

/// The short line under a step: how it feels, who, when and where, support, and its state.
fn step_details(step: &Step) -> String {
    let who = step
        .who
        .iter()
        .map(|w| w.label())
        .collect::<Vec<_>>()
        .join(", ");
    [
        step.rating.map(|r| format!("feels {r}/10")),
        (!who.is_empty()).then_some(who),
        (!step.when_where.is_empty()).then(|| step.when_where.clone()),
        (!step.support.is_empty()).then(|| format!("support: {}", step.support)),
        Some(step.state.label().to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}
