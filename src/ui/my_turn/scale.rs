//! My worry scale: the child's own words for 0, 2, 5, 8 and 10, set once and changed any time.

use leptos::prelude::*;

use super::{child_now, keep, Said, TurnTyping};
use crate::domain::diary::own_words::{SCALE_POINTS, SCALE_WORDS_CHARS};
use crate::ui::state::AppState;
use crate::ui::widgets::field::unique_id;

/// A hint beside each point, so the child knows which end is which.
fn hint(point: u8) -> &'static str {
    match point {
        0 => "Not worried at all",
        10 => "The most worried ever",
        _ => "",
    }
}

#[component]
pub fn MyScale() -> impl IntoView {
    let state = expect_context::<AppState>();
    let typing = expect_context::<TurnTyping>();
    let child = child_now(state);
    let words = SCALE_POINTS.map(|p| RwSignal::new(child.scale.words_at(p).to_string()));
    let said = RwSignal::new(None);
    let id = StoredValue::new(child.id.clone());
    // The scale is kept whole on "Keep": words changed since count as typing not kept yet.
    let kept = RwSignal::new(SCALE_POINTS.map(|p| child.scale.words_at(p).to_string()));
    let changed = RwSignal::new(String::new());
    Effect::new(move || {
        let differs = kept.with(|kept| {
            words
                .iter()
                .zip(kept)
                .any(|(now, was)| now.with(|n| n.trim() != was.trim()))
        });
        changed.set(if differs {
            "changed".into()
        } else {
            String::new()
        });
    });
    typing.watch(changed);
    let on_keep = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let texts = words.map(|w| w.get_untracked());
        let [a, b, c, d, e] = &texts;
        let done = keep(
            state,
            &id.get_value(),
            said,
            "Kept. This is your scale now.",
            |child| child.set_worry_scale([a, b, c, d, e]),
        );
        if done {
            kept.set(texts.clone());
        }
    };
    view! {
        <p class="turn-lead">"What does each number feel like to you? Use your own words."</p>
        <form class="turn-form" on:submit=on_keep>
            {SCALE_POINTS
                .into_iter()
                .zip(words)
                .map(|(point, value)| {
                    let id = unique_id("scale");
                    let hint_id = format!("{id}-hint");
                    let hint = hint(point);
                    view! {
                        <div class="scale-row">
                            <label for=id.clone() class="scale-number">{point}</label>
                            <div class="scale-words">
                                {(!hint.is_empty()).then(|| view! { <p class="turn-hint" id=hint_id.clone()>{hint}</p> })}
                                <input
                                    id=id
                                    type="text"
                                    maxlength=SCALE_WORDS_CHARS.to_string()
                                    autocomplete="off"
                                    aria-describedby=(!hint.is_empty()).then_some(hint_id)
                                    prop:value=move || value.get()
                                    on:input=move |ev| value.set(event_target_value(&ev))
                                />
                            </div>
                        </div>
                    }
                })
                .collect_view()}
            <button type="submit" class="turn-keep">"Keep my scale"</button>
            <Said said/>
        </form>
    }
}
