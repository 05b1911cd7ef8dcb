//! The guidance box: a few pointers beside a form, each with the source it paraphrases.

use leptos::prelude::*;

/// A `<details>` box of pointers, each `(text, source)`; `open` starts it open.
#[component]
pub fn GuidanceBox(
    summary: &'static str,
    items: Vec<(&'static str, &'static str)>,
    #[prop(optional)] open: bool,
) -> impl IntoView {
    view! {
        <details class="guidance card" open=open>
            <summary>{summary}</summary>
            <ul>
                {items.into_iter().map(|(text, source)| view! {
                    <li>{text}<span class="source">{format!(" ({source})")}</span></li>
                }).collect_view()}
            </ul>
        </details>
    }
}
