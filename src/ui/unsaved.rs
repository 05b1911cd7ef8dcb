//! Telling the parent when something typed is not saved yet, so leaving a form never loses it silently.

use leptos::prelude::*;

/// A flag that turns on when anything `watch` reads changes after the form first appears; the
/// form turns it off again once it has saved.
pub fn watch_unsaved(watch: impl Fn() + Send + Sync + 'static) -> RwSignal<bool> {
    let unsaved = RwSignal::new(false);
    Effect::new(move |first: Option<()>| {
        watch();
        if first.is_some() {
            unsaved.set(true);
        }
    });
    unsaved
}

/// "Not saved yet: tap “…” to keep …", shown while `unsaved` is on, read out politely.
#[component]
pub fn UnsavedLine(
    unsaved: RwSignal<bool>,
    button: &'static str,
    what: &'static str,
) -> impl IntoView {
    view! {
        <p class="unsaved" aria-live="polite">
            {move || unsaved.get().then(|| format!("Not saved yet: tap “{button}” to keep {what}."))}
        </p>
    }
}
