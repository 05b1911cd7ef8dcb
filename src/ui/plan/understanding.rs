//! Stage 1 of the plan, understanding: the child's voice first, then the parent's view, strengths,
//! trusted people, what has been tried and who is involved.

use leptos::prelude::*;

use crate::domain::checks::limits::{LONG_CHARS, NAME_CHARS, SHORT_CHARS};
use crate::domain::draft_layouts;
use crate::domain::plan::understanding::Understanding;
use crate::domain::plan::PlanStage;
use crate::domain::plan::{ChildVoice, Plan, Professional, Tried};
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::SavedHere;
use crate::ui::plan::hub::{save_plan, GuidanceBox, StageNav};
use crate::ui::plan::own_words::ChildsOwnWords;
use crate::ui::plan::support::SupportCard;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::{saved_and_emptied, UnsavedLine};
use crate::ui::widgets::choose::FormError;
use crate::ui::widgets::field::TextField;
use crate::ui::widgets::rows::{Rows, RowsEditor};
use crate::web::address::Screen;

fn three(items: &[String]) -> [RwSignal<String>; 3] {
    [0, 1, 2].map(|i| RwSignal::new(items.get(i).cloned().unwrap_or_default()))
}

fn kept(items: &[RwSignal<String>]) -> Vec<String> {
    items
        .iter()
        .map(|s| s.get_untracked().trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[component]
pub fn Understanding() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let id = shown_child();
        let plan = state
            .diary
            .with_untracked(|d| d.child(&id).map(|c| c.plan.clone()).unwrap_or_default());
        view! { <UnderstandingForm plan/> }
    }
}

#[component]
fn UnderstandingForm(plan: Plan) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    let v = &plan.voice;
    let (hard, good, ideal) = (
        RwSignal::new(v.what_is_hard.clone()),
        RwSignal::new(v.what_is_good.clone()),
        RwSignal::new(v.ideal_school.clone()),
    );
    let worries = three(&v.worries);
    let best = three(&v.best_things);
    let parent_view = RwSignal::new(plan.parent_view.clone());
    let strengths = RwSignal::new(plan.strengths.clone());
    let trusted = RwSignal::new(plan.trusted_people.clone());
    let tried = Rows::new(
        "What has been tried, and how it went",
        &[
            ("What was tried", SHORT_CHARS),
            ("How it went", SHORT_CHARS),
        ],
        plan.tried
            .iter()
            .map(|t| vec![t.what.clone(), t.how_it_went.clone()])
            .collect(),
    );
    let pros = Rows::new(
        "Professionals involved",
        &[
            ("Name", NAME_CHARS),
            ("Role", NAME_CHARS),
            ("How to contact them", SHORT_CHARS),
        ],
        plan.professionals
            .iter()
            .map(|p| vec![p.name.clone(), p.role.clone(), p.contact.clone()])
            .collect(),
    );
    let error = RwSignal::new(None::<String>);
    let ([worry_1, worry_2, worry_3], [best_1, best_2, best_3]) = (worries, best);
    let ([tried_what, tried_how], [pro_name, pro_role, pro_contact]) = (tried.typed, pros.typed);
    let rows_words = |rows: &Vec<Vec<String>>| rows.iter().flatten().cloned().collect();
    // The form's fields by name, for its draft and its "Not saved yet" watch; the rows typed
    // but not added yet are kept with the rest.
    let fields = DraftFields::new(&draft_layouts::UNDERSTANDING)
        .text("what_is_hard", hard)
        .text("what_is_good", good)
        .text("ideal_school", ideal)
        .text("parent_view", parent_view)
        .text("strengths", strengths)
        .text("trusted_people", trusted)
        .text("worry_1", worry_1)
        .text("worry_2", worry_2)
        .text("worry_3", worry_3)
        .text("best_1", best_1)
        .text("best_2", best_2)
        .text("best_3", best_3)
        .listed("tried", tried.list, rows_words)
        .text("tried_what", tried_what)
        .text("tried_how", tried_how)
        .listed("professionals", pros.list, rows_words)
        .text("professional_name", pro_name)
        .text("professional_role", pro_role)
        .text("professional_contact", pro_contact);
    let unsaved = fields.watch_unsaved();
    let draft_offer =
        fields.keep_draft(draft_key("understanding", &child.get_value(), ""), unsaved);
    let save = move |_| {
        // A row typed but not added is saved with the others, never dropped.
        let (tried_rows, pro_rows) = match (tried.to_save(), pros.to_save()) {
            (Ok(t), Ok(p)) => (t, p),
            (Err(message), _) | (_, Err(message)) => return error.set(Some(message)),
        };
        let understanding = Understanding {
            voice: ChildVoice {
                what_is_hard: hard.get_untracked(),
                what_is_good: good.get_untracked(),
                worries: kept(&worries),
                best_things: kept(&best),
                ideal_school: ideal.get_untracked(),
            },
            parent_view: parent_view.get_untracked(),
            strengths: strengths.get_untracked(),
            trusted_people: trusted.get_untracked(),
            tried: tried_rows
                .into_iter()
                .filter_map(|row| match <[String; 2]>::try_from(row) {
                    Ok([what, how_it_went]) => Some(Tried { what, how_it_went }),
                    Err(_) => None,
                })
                .collect(),
            professionals: pro_rows
                .into_iter()
                .filter_map(|row| match <[String; 3]>::try_from(row) {
                    Ok([name, role, contact]) => Some(Professional {
                        name,
                        role,
                        contact,
                    }),
                    Err(_) => None,
                })
                .collect(),
        };
        let result = save_plan(state, &child.get_value(), |plan| {
            plan.set_understanding(understanding)
        });
        match result {
            Ok(()) => {
                error.set(None);
                // The rows saved from the boxes now show in their lists; moving them is not typing.
                let _ = (tried.add_typed(), pros.add_typed());
                saved_and_emptied(unsaved);
                state.done_at(
                    "stage-1",
                    format!(
                        "Saved stage 1, understanding. In {}'s plan.",
                        state.name_of(&child.get_value())
                    ),
                );
            }
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <section class="screen plan">
            <h1>"Plan"</h1>
            <StageNav current=Screen::PlanStage(PlanStage::Understanding)/>
            <h2>"1. Understanding"</h2>
            <GuidanceBox stage=PlanStage::Understanding/>
            {draft_offer}
            <ChildsOwnWords/>
            <fieldset class="group">
                <legend>"In your child's own words"</legend>
                <TextField label="What is hard about school?" value=hard max=LONG_CHARS multiline=true/>
                <TextField label="What is good about school?" value=good max=LONG_CHARS multiline=true/>
                <p class="hint">"Three worries"</p>
                {worries.map(|w| view! { <TextField label="A worry" value=w max=SHORT_CHARS/> }).collect_view()}
                <p class="hint">"Three best things"</p>
                {best.map(|b| view! { <TextField label="A best thing" value=b max=SHORT_CHARS/> }).collect_view()}
                <TextField label="What would their ideal school be like?" value=ideal max=LONG_CHARS multiline=true/>
            </fieldset>
            <fieldset class="group">
                <legend>"Your view and what you know"</legend>
                <TextField label="How you see it, as their parent or carer" value=parent_view max=LONG_CHARS multiline=true/>
                <TextField label="Strengths and interests" value=strengths max=LONG_CHARS multiline=true/>
                <TextField label="People your child trusts" value=trusted max=LONG_CHARS multiline=true/>
            </fieldset>
            <RowsEditor rows=tried add_label="Add this"/>
            <RowsEditor rows=pros add_label="Add this person"/>
            <FormError error/>
            <UnsavedLine unsaved button="Save stage 1" what="what you typed"/>
            <button type="button" class="primary wide" on:click=save>"Save stage 1"</button>
            <SavedHere place="stage-1"/>
            <SupportCard/>
            <p><a href=Screen::PlanStage(PlanStage::Steps).hash()>"Next: the plan ›"</a></p>
        </section>
    }
}
