//! The form for one step of a ladder (also used for a sub-step): what, how hard it feels to the
//! child (0-10), who does what, when and where, the support it needs, and where it has got to.

use leptos::prelude::*;

use crate::ui::unsaved::UnsavedLine;
use crate::ui::widgets::choose::{ChoiceSelect, FormError, RatingSelect};

use crate::domain::checks::limits::SHORT_CHARS;
use crate::domain::choice::Choice;
use crate::domain::draft_layouts;
use crate::domain::plan::{Step, Who};
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::state::shown_child;
use crate::ui::widgets::field::TextField;
use crate::web::ids::new_id;
use crate::web::storage;

/// Shows a step form; `on_save` gets the step (with the same id when editing) and returns an error
/// message to show, or `None` when it was saved.
#[component]
pub fn StepForm(
    heading: String,
    /// Which form this is, for its draft: the step's id when changing it, the ladder's or the
    /// parent step's when adding.
    place: String,
    #[prop(optional)] step: Option<Step>,
    on_save: impl Fn(Step) -> Option<String> + Copy + Send + Sync + 'static,
    on_cancel: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let original = StoredValue::new(step.clone());
    let s = step.unwrap_or_else(|| Step::new("", ""));
    let what = RwSignal::new(s.what.clone());
    let rating = RwSignal::new(s.rating);
    let who = RwSignal::new(s.who.clone());
    let when_where = RwSignal::new(s.when_where.clone());
    let support = RwSignal::new(s.support.clone());
    let state = RwSignal::new(s.state);
    let error = RwSignal::new(None::<String>);
    // The form's fields by name, for its draft and its "Not saved yet" watch. Saving or
    // cancelling closes the form; leaving the screen with it open asks first.
    let fields = DraftFields::new(&draft_layouts::STEP)
        .text("what", what)
        .choice("rating", rating)
        .choice("who", who)
        .text("when_where", when_where)
        .text("support", support)
        .choice("state", state);
    let unsaved = fields.watch_unsaved();
    let key = StoredValue::new(draft_key("step", &shown_child(), &place));
    let draft_offer = fields.keep_draft(key.get_value(), unsaved);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if what.with_untracked(|w| w.trim().is_empty()) {
            error.set(Some("Say what the step is.".into()));
            return;
        }
        let base = original.get_value();
        let step = Step {
            id: base
                .as_ref()
                .map_or_else(|| new_id("step"), |b| b.id.clone()),
            what: what.get_untracked().trim().into(),
            rating: rating.get_untracked(),
            who: who.get_untracked(),
            when_where: when_where.get_untracked().trim().into(),
            support: support.get_untracked().trim().into(),
            state: state.get_untracked(),
            sub_steps: base
                .as_ref()
                .map(|b| b.sub_steps.clone())
                .unwrap_or_default(),
            attempts: base
                .as_ref()
                .map(|b| b.attempts.clone())
                .unwrap_or_default(),
            // The child's own ratings are theirs: the parent's form keeps them as they were.
            child_ratings: base
                .as_ref()
                .map(|b| b.child_ratings.clone())
                .unwrap_or_default(),
        };
        let refused = on_save(step);
        if refused.is_none() {
            // Saved: the form closes now, so its draft goes here rather than when it notices.
            storage::remove_draft(&key.get_value());
        }
        error.set(refused);
    };
    view! {
        <form class="card step-form" on:submit=save novalidate>
            <h3>{heading}</h3>
            {draft_offer}
            <TextField label="The step" hint="Small and concrete, e.g. a video call with the key adult." value=what max=SHORT_CHARS/>
            <RatingSelect label="How hard does it feel to your child? (0 easy, 10 hardest)" value=rating none="Not rated yet"/>
            <fieldset class="group">
                <legend>"Who does what"</legend>
                {Who::ALL.iter().copied().map(|w| view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=move || who.with(|v| v.contains(&w))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                who.update(|v| { v.retain(|x| *x != w); if on { v.push(w); } });
                            }/>
                        {w.label()}
                    </label>
                }).collect_view()}
            </fieldset>
            <TextField label="When and where" value=when_where max=SHORT_CHARS/>
            <TextField label="Support or adjustment it needs" value=support max=SHORT_CHARS/>
            <ChoiceSelect label="Where it has got to" value=state/>
            <FormError error/>
            <UnsavedLine unsaved button="Save step" what="this step"/>
            <div class="actions">
                <button type="submit" class="primary">"Save step"</button>
                <button type="button" on:click=move |_| {
                    // Cancel is the parent throwing the typing away.
                    storage::remove_draft(&key.get_value());
                    on_cancel();
                }>"Cancel"</button>
            </div>
        </form>
    }
}
