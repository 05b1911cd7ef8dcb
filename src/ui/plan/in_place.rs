//! What school has put in place, under the adjustments on stage 2: for each adjustment school
//! agreed, since when it has been in place and how it is going (a small choice and the parent's
//! words), saved one at a time for the child shown and listed in the meeting pack.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::checks::limits::SHORT_CHARS;
use crate::domain::choice::Choice;
use crate::domain::draft_layouts;
use crate::domain::plan::{Adjustment, HowItIsGoing};
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::UnsavedLine;
use crate::ui::widgets::field::{unique_id, TextField};

/// The agreed adjustments of the child shown, each with its own small form. A form stays as it
/// is while another one saves (each is kept by the adjustment's words).
#[component]
pub fn InPlace() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let child_id = shown_child();
        let id = child_id.clone();
        let agreed = move || {
            state.diary.with(|d| {
                d.child(&id)
                    .map(|c| {
                        c.plan
                            .adjustments
                            .iter()
                            .filter(|a| a.agreed)
                            .cloned()
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        };
        let any = {
            let agreed = agreed.clone();
            move || !agreed().is_empty()
        };
        let child_id = StoredValue::new(child_id);
        view! {
            <Show when=any>
                <fieldset class="card group in-place">
                    <legend>"What is in place, and how it is going"</legend>
                    <p class="muted small">"For each adjustment school agreed: since when, and how it is going. It goes in the meeting pack."</p>
                    <For
                        each=agreed.clone()
                        key=|a: &Adjustment| a.what.clone()
                        children=move |a: Adjustment| view! { <InPlaceRow child_id=child_id.get_value() adjustment=a/> }
                    />
                </fieldset>
            </Show>
        }
    }
}

#[component]
fn InPlaceRow(child_id: String, adjustment: Adjustment) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(child_id);
    let what = StoredValue::new(adjustment.what.clone());
    let since = RwSignal::new(
        adjustment
            .in_place_since
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let how = RwSignal::new(
        adjustment
            .how_it_is_going
            .map(|h| h.key())
            .unwrap_or_default(),
    );
    let note = RwSignal::new(adjustment.going_note.clone());
    let fields = DraftFields::new(&draft_layouts::IN_PLACE)
        .choice("since", since)
        .choice("how", how)
        .text("note", note);
    let unsaved = fields.watch_unsaved();
    let draft_offer = fields.keep_draft(
        draft_key("in-place", &child.get_value(), &what.get_value()),
        unsaved,
    );
    // Each row's confirmation sits under its own button.
    let place = format!("in-place-{}", unique_id("row"));
    let here = place.clone();
    let save = move |_| {
        let id = child.get_value();
        let what = what.get_value();
        let typed_since = since.get_untracked();
        let date = match typed_since.trim() {
            "" => None,
            text => match text.parse::<NaiveDate>() {
                Ok(date) => Some(date),
                Err(_) => {
                    state.problem_at(
                        here.clone(),
                        "That date could not be read. Choose it again with the date picker.",
                    );
                    return;
                }
            },
        };
        let chosen = HowItIsGoing::from_key(&how.get_untracked());
        let result = state.change_child(&id, |c| {
            c.plan
                .set_how_it_is_going(&what, date, chosen, &note.get_untracked())
        });
        match result {
            Ok(()) => {
                unsaved.set(false);
                state.done_at(
                    here.clone(),
                    format!(
                        "Saved how “{what}” is going, in {}'s plan.",
                        state.name_of(&id)
                    ),
                );
            }
            Err(message) => state.problem_at(here.clone(), message),
        }
    };
    let (date_id, how_id) = (unique_id("since"), unique_id("how"));
    let name = adjustment.what.clone();
    view! {
        <div class="in-place-row" role="group" aria-label=format!("How it is going: {name}")>
            <h4>{adjustment.what.clone()}</h4>
            {draft_offer}
            <div class="field">
                <label for=date_id.clone()>"In place since"</label>
                <input id=date_id type="date" prop:value=move || since.get() on:input=move |ev| since.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for=how_id.clone()>"How it is going"</label>
                <select id=how_id on:change=move |ev| how.set(event_target_value(&ev))>
                    <option value="" selected=move || how.with(String::is_empty)>"Not said"</option>
                    {HowItIsGoing::ALL.into_iter().map(|h| {
                        let key = h.key();
                        let here = key.clone();
                        view! { <option value=key selected=move || how.with(|v| *v == here)>{h.label()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <TextField label="In your words (optional)" value=note max=SHORT_CHARS/>
            <UnsavedLine unsaved button="Save how it is going" what="what you typed"/>
            <button type="button" on:click=save>"Save how it is going"</button>
            <SavedHere place=place/>
        </div>
    }
}
