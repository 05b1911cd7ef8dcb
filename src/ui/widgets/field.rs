//! One text field for every form: a label, the limit shown as a counter, and a message beside it.

use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use leptos::prelude::*;

/// A page-unique id, so each label and message is tied to its field.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A labelled text box (or text area) with a character counter and a place for a message.
#[component]
pub fn TextField(
    /// The question, in the parent's words.
    label: &'static str,
    /// What is typed; it stays here when a save is refused.
    value: RwSignal<String>,
    /// The most characters allowed (from `domain::validate::limits`).
    max: usize,
    /// A line of help under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Several lines rather than one.
    #[prop(optional)]
    multiline: bool,
    /// A message about what is wrong with this field, if anything.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    /// The browser's autocomplete hint.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let id = unique_id("field");
    let hint_id = format!("{id}-hint");
    let count_id = format!("{id}-count");
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let length = move || value.with(|v| v.chars().count());
    let over = move || length() > max;
    let described_by = {
        let (hint_id, count_id, error_id) = (hint_id.clone(), count_id.clone(), error_id.clone());
        move || {
            let mut ids = vec![count_id.clone()];
            if hint.is_some() {
                ids.insert(0, hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    let invalid = move || (over() || error.get().is_some()).then_some("true");
    let on_input = move |ev| value.set(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="3"
                prop:value=move || value.get()
                on:input=on_input
                aria-describedby=described_by
                aria-invalid=invalid
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                autocomplete=autocomplete.unwrap_or("off")
                prop:value=move || value.get()
                on:input=on_input
                aria-describedby=described_by
                aria-invalid=invalid
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {control}
            <p class="counter" id=count_id class:over=over>
                {move || format!("{} of {max} characters", length())}
            </p>
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-error" id=error_id.clone()>
                                <span aria-hidden="true">"⚠ "</span>
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// A labelled date picker; the value is "YYYY-MM-DD", or empty.
#[component]
pub fn DateField(
    label: &'static str,
    /// The element id, kept stable so a label elsewhere can point at it.
    id: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="date" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

/// What is wrong with the two dates of a [`DateRange`]; each screen says it in its own words.
pub enum RangeProblem {
    /// One date (or both) is missing.
    NotBoth,
    /// The last date comes before the first.
    Backwards,
}

/// Reads the two dates of a [`DateRange`]: both are needed, and the last may not come first.
pub fn read_range(from: &str, to: &str) -> Result<(NaiveDate, NaiveDate), RangeProblem> {
    let (Ok(first), Ok(last)) = (from.parse::<NaiveDate>(), to.parse::<NaiveDate>()) else {
        return Err(RangeProblem::NotBoth);
    };
    if last < first {
        return Err(RangeProblem::Backwards);
    }
    Ok((first, last))
}

/// Two date pickers side by side, for a run of days.
#[component]
pub fn DateRange(
    from_label: &'static str,
    from_id: &'static str,
    from: RwSignal<String>,
    to_label: &'static str,
    to_id: &'static str,
    to: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="two">
            <DateField label=from_label id=from_id value=from/>
            <DateField label=to_label id=to_id value=to/>
        </div>
    }
}
