//! Choosing a number from 0 to 10 on the child's own scale: eleven big buttons, the child's words
//! for the points they described beside them, and the words for the chosen number said again.
//! No faces: the numbers and the child's words are the scale (DOMAIN.md).

use leptos::prelude::*;

use crate::domain::diary::own_words::{WorryScale, SCALE_POINTS};
use crate::ui::widgets::field::unique_id;

/// The child's words for a number, for the line under the buttons: "5: Wobbly tummy", or beside
/// the nearest point's words ("6: a bit more than “Wobbly tummy”").
pub fn number_words(scale: &WorryScale, n: u8) -> String {
    match scale.nearest_words(n) {
        Some((point, words)) if point == n => format!("{n}: {words}"),
        Some((point, words)) if point < n => format!("{n}: a bit more than “{words}”"),
        Some((_, words)) => format!("{n}: a bit less than “{words}”"),
        None => n.to_string(),
    }
}

/// Eleven radio buttons in a group named by `question`.
#[component]
pub fn Numbers(question: String, scale: WorryScale, chosen: RwSignal<Option<u8>>) -> impl IntoView {
    let name = unique_id("numbers");
    let legend_id = format!("{name}-legend");
    let scale = StoredValue::new(scale);
    let has_words = scale.with_value(|s| !s.is_empty());
    view! {
        <fieldset class="numbers">
            <legend id=legend_id>{question}</legend>
            {has_words
                .then(|| {
                    view! {
                        <ul class="my-scale-key" aria-label="My scale">
                            {SCALE_POINTS
                                .into_iter()
                                .filter(|p| scale.with_value(|s| !s.words_at(*p).is_empty()))
                                .map(|p| {
                                    view! {
                                        <li>
                                            <span class="key-number">{p}</span>
                                            {scale.with_value(|s| s.words_at(p).to_string())}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <div class="number-grid">
                {(0..=10u8)
                    .map(|n| {
                        let id = format!("{name}-{n}");
                        // The number shows; its words are read out with it.
                        let words = scale
                            .with_value(|s| number_words(s, n))
                            .trim_start_matches(&n.to_string())
                            .to_string();
                        view! {
                            <input
                                type="radio"
                                class="number-input"
                                id=id.clone()
                                name=name.clone()
                                prop:checked=move || chosen.get() == Some(n)
                                on:change=move |_| chosen.set(Some(n))
                            />
                            <label for=id class="number-tile">
                                {n}
                                <span class="visually-hidden">{words}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="number-said" aria-live="polite">
                {move || {
                    chosen
                        .get()
                        .map(|n| scale.with_value(|s| number_words(s, n)))
                        .unwrap_or_else(|| "Tap a number.".into())
                }}
            </p>
        </fieldset>
    }
}
