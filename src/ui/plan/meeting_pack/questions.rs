//! "Which questions go in": the questions the records point to in the pack's dates, each with
//! its counts; the first few are ticked as the pack starts, and the parent can tick any in or out
//! before the meeting. Those not ticked are counted on the page.

use leptos::prelude::*;

use crate::domain::meeting_pack::PackChoices;
use crate::domain::questions::{questions, QUESTIONS_TICKED_AT_FIRST};
use crate::ui::state::AppState;

/// What the ticks start as, and what happens to those left out.
fn start_words(count: usize) -> String {
    let start = if count > QUESTIONS_TICKED_AT_FIRST {
        format!("The first {QUESTIONS_TICKED_AT_FIRST} are ticked to start with, so the pack stays short.")
    } else {
        "All are ticked to start with.".to_string()
    };
    format!(
        "Built from the counts in your diary: questions for the meeting, not answers. {start} \
         Tick any you want to bring, untick any you would rather not; those left out are counted \
         on the page (\u{201c}And 1 more, in the diary\u{201d})."
    )
}

/// The ticks, one per question; nothing when the records point to none.
#[component]
pub fn QuestionsChoice(
    shown: StoredValue<String>,
    choices: RwSignal<PackChoices>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let asked = Memo::new(move |_| {
        let (a, b) = choices.with(|c| c.range);
        let id = shown.get_value();
        state.diary.with(|d| {
            d.child(&id)
                .map(|c| questions(c, (a.min(b), a.max(b))))
                .unwrap_or_default()
        })
    });
    move || {
        let list = asked.get();
        let ticked = choices.with(|c| c.questions);
        (ticked && !list.is_empty()).then(|| {
            view! {
                <fieldset class="card group pack-choices questions-choice">
                    <legend>"Which questions go in"</legend>
                    <p class="muted small">{start_words(list.len())}</p>
                    {list.into_iter().enumerate().map(|(place, q)| {
                        let id = q.id;
                        view! {
                            <label class="check">
                                <input type="checkbox"
                                    prop:checked=move || choices.with(|c| c.question_ticks.goes_in(id, place))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        choices.update(|c| c.question_ticks.set(id, on));
                                    }/>
                                {q.text()}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            }
        })
    }
}
