//! "Which worries go in": every kind of worry noted in the pack's dates, the biggest first (the
//! same order as the figures), ticked as the pack starts (the top ones); the parent can tick any in
//! or out, and those left out are counted on the page.

use leptos::prelude::*;

use crate::domain::diary::day::WorryCategory;
use crate::domain::meeting_pack::{ranked_worries, usual_worry_kinds, PackChoices, WorryLine};
use crate::domain::words::plural;
use crate::ui::state::AppState;

/// "Lunch hall: 3 times, up to 8 out of 10", for a tick.
fn tick_words(line: &WorryLine) -> String {
    format!("{}: {}", line.label(), line.how_often_and_how_big())
}

/// The ticks, one per kind of worry in the dates; nothing when none was noted.
#[component]
pub fn WorryKindsChoice(
    shown: StoredValue<String>,
    choices: RwSignal<PackChoices>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lines = Memo::new(move |_| {
        let range = choices.with(|c| c.range);
        let (a, b) = range;
        let id = shown.get_value();
        state.diary.with(|d| {
            d.child(&id)
                .map(|c| ranked_worries(c, (a.min(b), a.max(b))))
                .unwrap_or_default()
        })
    });
    let chosen = move || {
        let usual = lines.with(|l| usual_worry_kinds(l));
        choices.with(|c| c.worry_kinds.unwrap_or(usual))
    };
    let tick = move |category: Option<WorryCategory>, words: String| {
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=move || chosen().has(category)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let kinds = chosen().with(category, on);
                        choices.update(|c| c.worry_kinds = Some(kinds));
                    }/>
                {words}
            </label>
        }
    };
    move || {
        let shown_lines = lines.get();
        let ticked = choices.with(|c| c.worries);
        (ticked && !shown_lines.is_empty()).then(|| {
            let count = shown_lines.len();
            view! {
                <fieldset class="card group pack-choices worry-kinds">
                    <legend>"Which worries go in"</legend>
                    <p class="muted small">{format!(
                        "All {count} kinds noted in these dates, the biggest first, then the most often. \
                         Any left out are counted on the page (\u{201c}And 2 more, in the diary\u{201d})."
                    )}</p>
                    {shown_lines.iter().map(|l| tick(l.category, tick_words(l))).collect_view()}
                    <p class="muted small">{move || {
                        let left = lines.with(|l| l.iter().filter(|w| !chosen().has(w.category)).count());
                        match left {
                            0 => "Every kind is on the page.".to_string(),
                            n => format!("{} left out, and counted on the page.", plural(n, "kind is", "kinds are")),
                        }
                    }}</p>
                </fieldset>
            }
        })
    }
}
