//! The shared goal (first on stage 2: its guidance says to agree it before planning steps) and the
//! arrangements around the plan (key adult, contact, celebration, bad day, the parent's questions and
//! requests, last), each a card saved with its own button.

use leptos::prelude::*;

use crate::domain::checks::limits::LONG_CHARS;
use crate::domain::draft_fields::OldLayout;
use crate::domain::draft_layouts;
use crate::domain::plan::texts::{put_all, TextOf, ARRANGEMENTS, GOAL};
use crate::domain::plan::Plan;
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::SavedHere;
use crate::ui::plan::hub::plan_of;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::UnsavedLine;
use crate::ui::widgets::field::TextField;

/// What one card of plan texts is called: its draft (and how it was kept before drafts had
/// names), where its messages go, its button, and what its confirmation says was saved.
struct Card {
    form: &'static str,
    old: &'static OldLayout,
    place: &'static str,
    button: &'static str,
    saved: &'static str,
}

/// The shared goal, for the top of stage 2, and the arrangements, for its foot. A draft of the
/// arrangements kept before the goal had its own card offers its goal as text to copy.
pub fn goal_and_arrangements() -> (impl IntoView, impl IntoView) {
    let goal_card = Card {
        form: "goal",
        old: &draft_layouts::GOAL,
        place: "goal",
        button: "Save the goal",
        saved: "Saved the shared goal.",
    };
    let goal = texts_card(&GOAL, goal_card);
    let arrangements_card = Card {
        form: "arrangements",
        old: &draft_layouts::ARRANGEMENTS,
        place: "arrangements",
        button: "Save arrangements",
        saved: "Saved the arrangements.",
    };
    let arrangements = texts_card(&ARRANGEMENTS, arrangements_card);
    (
        view! { <div class="card goal">{goal}</div> },
        view! { <div class="card">{arrangements}</div> },
    )
}

/// A card of plan texts saved together, each kept in its draft under its name in the table.
fn texts_card<const N: usize>(table: &'static [TextOf<Plan>; N], card: Card) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    // Filled once, from the plan as stored when the form is built.
    let plan = untrack(move || plan_of(state));
    let fields = table.each_ref().map(|text_of| {
        (
            text_of.label,
            text_of.hint,
            RwSignal::new((text_of.read)(&plan).clone()),
        )
    });
    let values = fields.map(|(_, _, s)| s);
    let draft_fields = table
        .iter()
        .zip(values)
        .fold(DraftFields::new(card.old), |fields, (text_of, value)| {
            fields.text(text_of.name, value)
        });
    let unsaved = draft_fields.watch_unsaved();
    let draft_offer =
        draft_fields.keep_draft(draft_key(card.form, &child.get_value(), ""), unsaved);
    let Card {
        place,
        button,
        saved,
        ..
    } = card;
    let save = move |_| {
        let texts = values.map(|s| s.get_untracked());
        match state.change_child(&child.get_value(), |child| {
            put_all(&mut child.plan, table, &texts)
        }) {
            Ok(()) => {
                unsaved.set(false);
                let name = state.name_of(&child.get_value());
                state.done_at(place, format!("{saved} In {name}'s plan."));
            }
            Err(message) => state.problem_at(place, message),
        }
    };
    view! {
        {draft_offer}
        {fields.into_iter().map(|(label, hint, value)| view! {
            <TextField label hint value max=LONG_CHARS multiline=true/>
        }).collect_view()}
        <UnsavedLine unsaved button what="what you typed"/>
        <button type="button" class="primary wide" on:click=save>{button}</button>
        <SavedHere place/>
    }
}
