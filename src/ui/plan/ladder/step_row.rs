//! One step on a ladder: what it is and how it feels, its smaller steps, and its buttons (move,
//! change, break into smaller steps, remove after a question).

use leptos::prelude::*;

use super::{step_place, LadderCtx, Removed};
use crate::domain::plan::ladder::Direction;
use crate::domain::plan::Step;
use crate::ui::messages::SavedHere;
use crate::ui::plan::step_form::StepForm;
use crate::ui::widgets::confirm::RemoveQuestion;
use crate::web::focus::focus_after_redraw;

/// One step of a ladder: what it is and how it feels, its smaller steps, and its buttons.
#[component]
pub(super) fn StepRow(ctx: LadderCtx, index: usize, step: Step) -> impl IntoView {
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
        if ctx.quietly(|l| l.move_step(index, direction)) {
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
        let removing = ctx.quietly(|l| {
            taken = Some(l.remove_step(&sid.get_value())?);
            Ok(())
        });
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
