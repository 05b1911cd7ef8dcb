//! "Which questions go in": the questions the records point to in the pack's dates, each with
//! its counts, all ticked as the pack starts; the parent can untick any before the meeting, and
//! those left out are counted on the page.

use leptos::prelude::*;

use crate::domain::meeting_pack::PackChoices;
use crate::domain::questions::questions;
use crate::ui::state::AppState;

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
                    <p class="muted small">"Built from the counts in your diary: questions for the meeting, not answers. Untick any you would rather not bring: those left out are counted on the page (\u{201c}And 1 more, in the diary\u{201d})."</p>
                    {list.into_iter().map(|q| {
                        let id = q.id;
                        view! {
                            <label class="check">
                                <input type="checkbox"
                                    prop:checked=move || choices.with(|c| !c.questions_left_out.has(id))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        choices.update(|c| c.questions_left_out.set(id, !on));
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
