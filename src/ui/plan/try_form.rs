//! Stage 3: recording one try at a step (the worry expected before, the highest during it and the
//! worry after, each optional and 0-10, and what helped),
//! and offering, never forcing, to mark a step not started yet as Trying.

use leptos::prelude::*;

use crate::ui::unsaved::{saved_and_emptied, LastSaved, UnsavedLine};
use crate::ui::widgets::choose::{FormError, RatingSelect};

use crate::domain::checks::limits::SHORT_CHARS;
use crate::domain::draft_layouts;
use crate::domain::plan::{Attempt, StepState};
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::SavedHere;
use crate::ui::plan::hub::plan_of;
use crate::ui::state::{shown_child, AppState};
use crate::ui::widgets::field::{DateField, TextField};
use crate::web::clock::today;
use crate::web::ids::new_id;

/// Records one try at a step.
#[component]
pub fn RecordTry() -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    let step_id = RwSignal::new(String::new());
    let date = RwSignal::new(today().to_string());
    let (before, highest, after) = (
        RwSignal::new(None::<u8>),
        RwSignal::new(None::<u8>),
        RwSignal::new(None::<u8>),
    );
    let helped = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let last_saved = LastSaved::new();
    // After a try at a step still "Not started": offer (never force) to mark it as trying.
    let offer_trying = RwSignal::new(None::<(String, String)>);
    // The form's fields by name. A date alone is not typing (it starts as today).
    let fields = DraftFields::new(&draft_layouts::TRY)
        .choice("date", date)
        .choice("step", step_id)
        .choice("before", before)
        .choice("highest", highest)
        .choice("after", after)
        .text("helped", helped);
    let unsaved = fields.watch_unsaved_except(&["date"]);
    let draft_offer = fields.keep_draft(draft_key("try", &child.get_value(), ""), unsaved);
    let steps = move || {
        plan_of(state)
            .ladders
            .iter()
            .flat_map(|l| {
                l.steps.iter().flat_map(move |s| {
                    std::iter::once((s.id.clone(), format!("{}: {}", l.title, s.what))).chain(
                        s.sub_steps.iter().map(move |sub| {
                            (
                                sub.id.clone(),
                                format!("{}: {} › {}", l.title, s.what, sub.what),
                            )
                        }),
                    )
                })
            })
            .collect::<Vec<_>>()
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let nothing_noted = before.get_untracked().is_none()
            && highest.get_untracked().is_none()
            && after.get_untracked().is_none()
            && helped.with_untracked(|h| h.trim().is_empty());
        if nothing_noted && last_saved.moments_ago() {
            return;
        }
        let Ok(day) = date.get_untracked().parse() else {
            error.set(Some("Choose the date of the try.".into()));
            return;
        };
        let id = step_id.get_untracked();
        if id.is_empty() {
            error.set(Some("Choose which step was tried.".into()));
            return;
        }
        let attempt = Attempt {
            id: new_id("try"),
            date: day,
            worry_before: before.get_untracked(),
            worry_highest: highest.get_untracked(),
            worry_after: after.get_untracked(),
            what_helped: helped.get_untracked().trim().into(),
        };
        let mut not_started = None;
        let result = state.change_child(&child.get_value(), |child| {
            let step = child.plan.record_attempt(&id, attempt)?;
            not_started =
                (step.state == StepState::NotStarted).then(|| (step.id.clone(), step.what.clone()));
            Ok(())
        });
        match result {
            Err(m) => error.set(Some(m)),
            Ok(()) => {
                error.set(None);
                helped.set(String::new());
                before.set(None);
                highest.set(None);
                after.set(None);
                saved_and_emptied(unsaved);
                last_saved.now();
                offer_trying.set(not_started);
                state.done_at(
                    "try",
                    format!(
                        "Try recorded in {}'s plan. Every try counts.",
                        state.name_of(&child.get_value())
                    ),
                );
            }
        }
    };
    view! {
        <form class="card" on:submit=save novalidate>
            <h3>"Record a try"</h3>
            {draft_offer}
            <label for="try-step">"Which step"</label>
            <select id="try-step" prop:value=move || step_id.get() on:change=move |ev| step_id.set(event_target_value(&ev))>
                <option value="">"Choose a step"</option>
                {move || steps().into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
            </select>
            <DateField label="When" id="try-date" value=date/>
            <div class="two">
                <div><RatingSelect label="Worry expected before (0-10)" value=before none="Not said"/></div>
                <div><RatingSelect label="Highest worry during it (0-10)" value=highest none="Not said"/></div>
                <div><RatingSelect label="Worry felt after (0-10)" value=after none="Not said"/></div>
            </div>
            <TextField label="What helped" value=helped max=SHORT_CHARS/>
            <FormError error/>
            <UnsavedLine unsaved button="Save this try" what="this try"/>
            <button type="submit" class="primary">"Save this try"</button>
            <SavedHere place="try"/>
            {move || offer_trying.get().map(|(id, what)| view! {
                <div class="offer" role="group" aria-label="Mark the step as trying?">
                    <p>{format!("“{what}” is still marked Not started. Mark it as Trying now? You decide; the app never changes it by itself.")}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| {
                            let result = state.change_child(&child.get_value(), |child| child.plan.mark_trying(&id));
                            offer_trying.set(None);
                            match result {
                                Ok(()) => state.done_at("try", "Marked as Trying."),
                                Err(m) => state.problem_at("try", m),
                            }
                        }>"Yes, mark as Trying"</button>
                        <button type="button" on:click=move |_| offer_trying.set(None)>"Not now"</button>
                    </div>
                </div>
            })}
        </form>
    }
}
