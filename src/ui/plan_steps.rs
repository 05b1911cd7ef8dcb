//! Stage 2 of the plan: a shared goal, ladders of small steps from easiest to hardest (reordered by
//! buttons or by dragging, broken into sub-steps when too big), adjustments, and the arrangements
//! around the plan. Removing a step or ladder can be undone while the screen is open.

use leptos::prelude::*;

use crate::domain::ladder::Direction;
use crate::domain::plan::{Ladder, Step};
use crate::domain::validate::limits::NAME_CHARS;
use crate::domain::validate::Problem;
use crate::ui::adjustments::AdjustmentsChecklist;
use crate::ui::drafts::{draft_key, FormFields};
use crate::ui::field::TextField;
use crate::ui::focus::focus_after_redraw;
use crate::ui::plan::{save_plan, GuidanceBox, StageNav};
use crate::ui::plan_arrangements::PlanTexts;
use crate::ui::route::{Screen, Stage};
use crate::ui::state::{new_id, shown_child, AppState};
use crate::ui::step_form::StepForm;
use crate::ui::unsaved::{saved_and_emptied, watch_unsaved, UnsavedLine};

/// Something removed that can still be put back.
#[derive(Clone)]
enum Removed {
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

/// Runs a change on one ladder and reports any problem.
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

#[component]
pub fn PlanSteps() -> impl IntoView {
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
        let not_back = || {
            Problem::new(
                "plan",
                "It could not be put back: the plan has changed since (perhaps in another tab).",
            )
        };
        let result = state.change_child(&child.get_value(), |child| {
            let plan = &mut child.plan;
            let put_back = match item {
                Removed::Step {
                    ladder_id,
                    index,
                    step,
                } => plan
                    .ladders
                    .iter_mut()
                    .find(|l| l.id == ladder_id)
                    .is_some_and(|l| l.restore_step(index, step)),
                Removed::Ladder { index, ladder } => plan.restore_ladder(index, ladder),
            };
            put_back.then_some(()).ok_or_else(not_back)
        });
        match result {
            Ok(()) => {
                removed.set(None);
                state.done("Put back.");
                focus_after_redraw(vec![focus_target]);
            }
            Err(message) => state.problem(message),
        }
    };
    let title = RwSignal::new(String::new());
    let unsaved = watch_unsaved(move || title.track());
    let draft_offer = FormFields {
        texts: [title],
        ratings: [],
        rows: [],
    }
    .keep_draft(draft_key("ladder", &child.get_value(), ""), unsaved);
    let add_ladder = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = title.get_untracked().trim().to_string();
        if text.is_empty() {
            state.problem("Give the ladder a short name, e.g. \"Getting into the building\".");
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
                state.done("Ladder added. Now add its steps, easiest first.");
            }
            Err(message) => state.problem(message),
        }
    };
    view! {
        <section class="screen plan">
            <h1>"Plan"</h1>
            <StageNav current=Screen::PlanStage(Stage::Steps)/>
            <h2>"2. The plan"</h2>
            <GuidanceBox stage=Stage::Steps/>
            {move || removed.get().map(|item| {
                let what = match &item { Removed::Step { step, .. } => step.what.clone(), Removed::Ladder { ladder, .. } => ladder.title.clone() };
                view! {
                    <p class="notice done undo" role="status">
                        {format!("Removed “{what}”. ")}
                        <button type="button" class="link" id="undo-plan" on:click=undo>"Undo"</button>
                    </p>
                }
            })}
            {move || ladders().into_iter().map(|ladder| view! { <LadderCard ladder removed/> }).collect_view()}
            <form class="card" on:submit=add_ladder novalidate>
                <h3>"Add a ladder"</h3>
                {draft_offer}
                <p class="muted">"One ladder for each part of the goal, e.g. getting to the gate, being in class, lunchtime."</p>
                <TextField label="Name of the ladder" value=title max=NAME_CHARS/>
                <UnsavedLine unsaved button="Add ladder" what="this ladder"/>
                <button type="submit">"Add ladder"</button>
            </form>
            <AdjustmentsChecklist/>
            <PlanTexts/>
            <p><a href=Screen::PlanStage(Stage::Review).hash()>"Next: review ›"</a></p>
        </section>
    }
}

/// One ladder: its steps in order, with reorder, edit, break down and remove.
#[component]
fn LadderCard(ladder: Ladder, removed: RwSignal<Option<Removed>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    let id = StoredValue::new(ladder.id.clone());
    let adding = RwSignal::new(false);
    let editing = RwSignal::new(None::<String>);
    let breaking = RwSignal::new(None::<String>);
    let confirm_remove = RwSignal::new(None::<String>);
    let dragged = RwSignal::new(None::<usize>);
    let confirm_ladder = RwSignal::new(false);
    let count = ladder.steps.len();
    let report = move |result: Result<(), String>, words: &str| match result {
        Ok(()) => {
            state.done(words.to_string());
            None
        }
        Err(message) => Some(message),
    };
    let move_step = move |index: usize, direction: Direction, step_id: String| {
        match change_ladder(state, &child.get_value(), &id.get_value(), |l| {
            l.move_step(index, direction);
            Ok(())
        }) {
            // Keep the focus on the same arrow of the same step, so pressing again moves it again.
            Ok(()) => {
                let (same, other) = match direction {
                    Direction::Up => ("up", "down"),
                    Direction::Down => ("down", "up"),
                };
                focus_after_redraw(vec![
                    format!("{same}-{step_id}"),
                    format!("{other}-{step_id}"),
                ]);
            }
            Err(m) => state.problem(m),
        }
    };
    let remove_step = move |step_id: String| {
        let ladder_id = id.get_value();
        let mut taken = None;
        let result = change_ladder(state, &child.get_value(), &ladder_id, |l| {
            taken = l.remove_step(&step_id);
            Ok(())
        });
        match (result, taken) {
            (Ok(()), Some((index, step))) => {
                removed.set(Some(Removed::Step {
                    ladder_id,
                    index,
                    step,
                }));
                focus_after_redraw(vec!["undo-plan".into()]);
            }
            (Err(m), _) => state.problem(m),
            _ => {}
        }
        confirm_remove.set(None);
    };
    let remove_ladder = move |_| {
        let mut taken = None;
        match save_plan(state, &child.get_value(), |plan| {
            taken = plan.remove_ladder(&id.get_value())
        }) {
            Ok(()) => {
                if let Some((index, ladder)) = taken {
                    removed.set(Some(Removed::Ladder { index, ladder }));
                    focus_after_redraw(vec!["undo-plan".into()]);
                }
            }
            Err(m) => state.problem(m),
        }
    };
    let order = move |_| {
        if let Err(m) = change_ladder(state, &child.get_value(), &id.get_value(), |l| {
            l.order_by_rating();
            Ok(())
        }) {
            state.problem(m);
        } else {
            state.done("Steps put in order of your child's ratings, easiest first.");
        }
    };
    view! {
        <article class="card ladder" id=format!("ladder-{}", ladder.id) tabindex="-1" aria-label=format!("Ladder: {}", ladder.title)>
            <h3>{ladder.title.clone()}</h3>
            <p class="muted small">"Easiest at the top. Move a step with the arrows or by dragging it."</p>
            <ol class="steps">
                {ladder.steps.iter().cloned().enumerate().map(|(index, step)| {
                    let sid = StoredValue::new(step.id.clone());
                    let what = step.what.clone();
                    let who = step.who.iter().map(|w| w.label()).collect::<Vec<_>>().join(", ");
                    let details = [
                        step.rating.map(|r| format!("feels {r}/10")),
                        (!who.is_empty()).then(|| who.clone()),
                        (!step.when_where.is_empty()).then(|| step.when_where.clone()),
                        (!step.support.is_empty()).then(|| format!("support: {}", step.support)),
                        Some(step.state.label().to_string()),
                    ].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                    let editing_this = move || editing.get().as_deref() == Some(sid.get_value().as_str());
                    let breaking_this = move || breaking.get().as_deref() == Some(sid.get_value().as_str());
                    let confirming_this = move || confirm_remove.get().as_deref() == Some(sid.get_value().as_str());
                    let step_for_edit = step.clone();
                    view! {
                        <li draggable="true" class="step"
                            on:dragstart=move |_| dragged.set(Some(index))
                            on:dragover=move |ev| ev.prevent_default()
                            on:drop=move |ev| {
                                ev.prevent_default();
                                if let Some(from) = dragged.get_untracked() {
                                    if let Err(m) = change_ladder(state, &child.get_value(), &id.get_value(), |l| { l.move_step_to(from, index); Ok(()) }) { state.problem(m); }
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
                                <button type="button" class="icon" id=format!("up-{}", sid.get_value()) aria-label=format!("Move up: {what}") disabled=index == 0 on:click=move |_| move_step(index, Direction::Up, sid.get_value())>"↑"</button>
                                <button type="button" class="icon" id=format!("down-{}", sid.get_value()) aria-label=format!("Move down: {what}") disabled=index + 1 == count on:click=move |_| move_step(index, Direction::Down, sid.get_value())>"↓"</button>
                                <button type="button" class="link" aria-label=format!("Change: {what}") on:click=move |_| editing.set(Some(sid.get_value()))>"Change"</button>
                                <button type="button" class="link" aria-label=format!("Break into smaller steps: {what}") on:click=move |_| breaking.set(Some(sid.get_value()))>"Smaller steps"</button>
                                <button type="button" class="link" id=format!("remove-{}", sid.get_value()) aria-label=format!("Remove: {what}") on:click=move |_| {
                                    confirm_remove.set(Some(sid.get_value()));
                                    focus_after_redraw(vec![format!("yes-remove-{}", sid.get_value())]);
                                }>"Remove"</button>
                            </div>
                            <Show when=confirming_this>
                                <div class="confirm" role="alertdialog" aria-label="Remove this step?">
                                    <p>{format!("Remove the step “{what}”?")}</p>
                                    <div class="actions">
                                        <button type="button" class="danger" id=format!("yes-remove-{}", sid.get_value()) on:click=move |_| remove_step(sid.get_value())>"Yes, remove"</button>
                                        <button type="button" on:click=move |_| {
                                            confirm_remove.set(None);
                                            focus_after_redraw(vec![format!("remove-{}", sid.get_value())]);
                                        }>"Keep"</button>
                                    </div>
                                </div>
                            </Show>
                            <Show when=editing_this>
                                <StepForm heading="Change this step".into() place=sid.get_value() step=step_for_edit.clone()
                                    on_save=move |new_step| {
                                        let r = change_ladder(state, &child.get_value(), &id.get_value(), |l| l.replace_step(new_step));
                                        let e = report(r, "Step saved.");
                                        if e.is_none() { editing.set(None); }
                                        e
                                    }
                                    on_cancel=move || editing.set(None)/>
                            </Show>
                            <Show when=breaking_this>
                                <StepForm heading="Add a smaller step".into() place=format!("under-{}", sid.get_value())
                                    on_save=move |sub| {
                                        let r = change_ladder(state, &child.get_value(), &id.get_value(), |l| l.add_sub_step(&sid.get_value(), sub));
                                        let e = report(r, "Smaller step added.");
                                        if e.is_none() { breaking.set(None); }
                                        e
                                    }
                                    on_cancel=move || breaking.set(None)/>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <Show when=move || adding.get() fallback=move || view! {
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| adding.set(true)>"Add a step"</button>
                    <button type="button" on:click=order>"Order by ratings"</button>
                    <button type="button" class="link" id=format!("remove-ladder-{}", id.get_value()) on:click=move |_| {
                        confirm_ladder.set(true);
                        focus_after_redraw(vec![format!("keep-ladder-{}", id.get_value())]);
                    }>"Remove ladder…"</button>
                </div>
                <Show when=move || confirm_ladder.get()>
                    <div class="confirm" role="alertdialog" aria-label="Remove this ladder?">
                        <p>"Remove this ladder and all its steps? You can undo it while this screen is open."</p>
                        <div class="actions">
                            <button type="button" class="danger" on:click=remove_ladder>"Yes, remove the ladder"</button>
                            <button type="button" id=format!("keep-ladder-{}", id.get_value()) on:click=move |_| {
                                confirm_ladder.set(false);
                                focus_after_redraw(vec![format!("remove-ladder-{}", id.get_value())]);
                            }>"Keep"</button>
                        </div>
                    </div>
                </Show>
            }>
                <StepForm heading="New step".into() place=format!("new-in-{}", id.get_value())
                    on_save=move |step| {
                        let r = change_ladder(state, &child.get_value(), &id.get_value(), |l| l.add_step(step));
                        let e = report(r, "Step added.");
                        if e.is_none() { adding.set(false); }
                        e
                    }
                    on_cancel=move || adding.set(false)/>
            </Show>
        </article>
    }
}
