//! The checklist of adjustments to ask the school for (the usual ones, plus the parent's own),
//! each marked when the school has agreed it.

use leptos::prelude::*;

use crate::domain::checks::limits::SHORT_CHARS;
use crate::domain::draft_layouts;
use crate::domain::plan::guidance::ADJUSTMENTS;
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::{saved_and_emptied, watch_typing, UnsavedLine};
use crate::ui::widgets::field::TextField;

/// Where this list's confirmations and problems appear: under "Add to the list".
const PLACE: &str = "adjustments";

#[component]
pub fn AdjustmentsChecklist() -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    let chosen = move || {
        let id = shown_child();
        state.diary.with(|d| {
            d.child(&id)
                .map(|c| c.plan.adjustments.clone())
                .unwrap_or_default()
        })
    };
    // A tick saves at once; a refusal (the list full, or changed in another tab) is said here.
    let set = move |what: String, asked: bool, agreed: bool| {
        let result = state.change_child(&child.get_value(), |child| {
            let plan = &mut child.plan;
            let listed = plan.adjustments.iter().any(|a| a.what == what);
            match (asked, listed) {
                (true, true) => plan.set_agreed(&what, agreed),
                (true, false) => plan.ask_for(&what),
                (false, _) => plan.stop_asking(&what),
            }
        });
        if let Err(message) = result {
            state.problem_at(PLACE, message);
        }
    };
    let own = RwSignal::new(String::new());
    let fields = DraftFields::new(&draft_layouts::ADJUSTMENT).text("own", own);
    let unsaved = watch_typing({
        let fields = fields.clone();
        move || fields.is_blank(&[])
    });
    let draft_offer = fields.keep_draft(draft_key("adjustment", &child.get_value(), ""), unsaved);
    let add_own = move |_| {
        let text = own.get_untracked().trim().to_string();
        let child = child.get_value();
        match state.change_child(&child, |c| c.plan.ask_for(&text)) {
            Ok(()) => {
                own.set(String::new());
                saved_and_emptied(unsaved);
                let name = state.name_of(&child);
                state.done_at(
                    PLACE,
                    format!("Added “{text}” to {name}'s list of adjustments to ask for."),
                );
            }
            Err(message) => state.problem_at(PLACE, message),
        }
    };
    view! {
        <fieldset class="card group adjustments">
            <legend>"Adjustments to ask for"</legend>
            <p class="muted small">"Tick what you want to ask the school for; tick “agreed” once they say yes."</p>
            {move || {
                let chosen = chosen();
                let mut names: Vec<String> = ADJUSTMENTS.iter().map(|a| a.to_string()).collect();
                names.extend(chosen.iter().map(|a| a.what.clone()).filter(|w| !ADJUSTMENTS.contains(&w.as_str())));
                names.into_iter().map(|name| {
                    let current = chosen.iter().find(|a| a.what == name).cloned();
                    let asked = current.is_some();
                    let agreed = current.is_some_and(|a| a.agreed);
                    let (n1, n2) = (name.clone(), name.clone());
                    view! {
                        <div class="adjustment">
                            <label class="check">
                                <input type="checkbox" prop:checked=asked on:change=move |ev| set(n1.clone(), event_target_checked(&ev), false)/>
                                {name.clone()}
                            </label>
                            {asked.then(|| view! {
                                <label class="check agreed">
                                    <input type="checkbox" prop:checked=agreed aria-label=format!("Agreed: {name}") on:change=move |ev| set(n2.clone(), true, event_target_checked(&ev))/>
                                    "Agreed"
                                </label>
                            })}
                        </div>
                    }
                }).collect_view()
            }}
            {draft_offer}
            <TextField label="Another adjustment" value=own max=SHORT_CHARS/>
            <UnsavedLine unsaved button="Add to the list" what="this adjustment"/>
            <button type="button" on:click=add_own>"Add to the list"</button>
            <SavedHere place=PLACE/>
        </fieldset>
    }
}
