//! One ladder of the plan: its steps in order (moved by arrows or dragging, changed, broken into
//! smaller steps, removed with Undo), with each save confirmed beside the step or the ladder.

use leptos::prelude::*;

mod step_row;

use crate::domain::checks::Problem;
use crate::domain::plan::{Ladder, Step};
use crate::ui::messages::SavedHere;
use crate::ui::plan::hub::save_plan;
use crate::ui::plan::step_form::StepForm;
use crate::ui::state::{shown_child, AppState};
use crate::ui::widgets::confirm::RemoveQuestion;
use crate::web::focus::focus_after_redraw;
use step_row::StepRow;

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
    state.change_child(child, |child| child.plan.edit_ladder(ladder_id, edit))
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
    fn quietly(self, edit: impl FnOnce(&mut Ladder) -> Result<(), Problem>) -> bool {
        let result = change_ladder(
            self.state,
            &self.child.get_value(),
            &self.id.get_value(),
            edit,
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
            taken = Some(plan.remove_ladder(&id.get_value())?);
            Ok(())
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
            l.order_by_rating()
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
