//! Stage 3: adding a review of the plan (what went well, what was hard, what will change, next
//! steps and the next review date).

use leptos::prelude::*;

use crate::ui::unsaved::{saved_and_emptied, LastSaved, UnsavedLine};
use crate::ui::widgets::choose::FormError;

use crate::domain::checks::limits::LONG_CHARS;
use crate::domain::draft_layouts;
use crate::domain::plan::texts::{put_all, REVIEW_TEXTS};
use crate::domain::plan::Review;
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::ui::widgets::field::{DateField, TextField};
use crate::web::clock::today;
use crate::web::ids::new_id;

/// Adds a review.
#[component]
pub fn AddReview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    let date = RwSignal::new(today().to_string());
    let next = RwSignal::new(String::new());
    let texts = REVIEW_TEXTS
        .each_ref()
        .map(|t| (t.label, RwSignal::new(String::new())));
    let error = RwSignal::new(None::<String>);
    let last_saved = LastSaved::new();
    // The form's fields by name. A date alone is not typing (it starts as today).
    let fields = REVIEW_TEXTS.iter().zip(texts.map(|(_, s)| s)).fold(
        DraftFields::new(&draft_layouts::REVIEW)
            .choice("date", date)
            .choice("next_review", next),
        |fields, (text_of, text)| fields.text(text_of.name, text),
    );
    let unsaved = fields.watch_unsaved_except(&["date"]);
    let draft_offer = fields.keep_draft(draft_key("review", &child.get_value(), ""), unsaved);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let nothing_written = texts
            .iter()
            .all(|(_, s)| s.with_untracked(|t| t.trim().is_empty()))
            && next.with_untracked(String::is_empty);
        if nothing_written && last_saved.moments_ago() {
            return;
        }
        let Ok(day) = date.get_untracked().parse() else {
            error.set(Some("Choose the date of the review.".into()));
            return;
        };
        let mut review = Review {
            id: new_id("review"),
            date: day,
            went_well: String::new(),
            was_hard: String::new(),
            changes: String::new(),
            next_steps: String::new(),
            next_review: next.get_untracked().parse().ok(),
        };
        if let Err(problem) = put_all(
            &mut review,
            &REVIEW_TEXTS,
            &texts.map(|(_, s)| s.get_untracked()),
        ) {
            error.set(Some(problem.reason));
            return;
        }
        match state.change_child(&child.get_value(), |child| child.plan.add_review(review)) {
            Ok(()) => {
                error.set(None);
                texts.iter().for_each(|(_, s)| s.set(String::new()));
                next.set(String::new());
                saved_and_emptied(unsaved);
                last_saved.now();
                state.done_at(
                    "review",
                    format!(
                        "Review saved in {}'s plan. Well done for keeping going.",
                        state.name_of(&child.get_value())
                    ),
                );
            }
            Err(m) => error.set(Some(m)),
        }
    };
    view! {
        <form class="card" on:submit=save novalidate>
            <h3>"Add a review"</h3>
            {draft_offer}
            <DateField label="Date of the review" id="review-date" value=date/>
            {texts.into_iter().map(|(label, value)| view! { <TextField label value max=LONG_CHARS multiline=true/> }).collect_view()}
            <DateField label="Next review date" id="review-next" value=next/>
            <FormError error/>
            <UnsavedLine unsaved button="Save review" what="this review"/>
            <button type="submit" class="primary">"Save review"</button>
            <SavedHere place="review"/>
        </form>
    }
}
