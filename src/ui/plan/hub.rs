//! The Plan screen: the three stages at a glance, the next review date and the meeting pack; and
//! what the stage screens share (saving the plan, the stage tabs, the guidance box).

use leptos::prelude::*;

use crate::ui::plan::guidance;
use crate::ui::widgets::guidance_box;
use crate::ui::widgets::support_near_you::SupportNearYou;

use crate::domain::checks::Problem;
use crate::domain::plan::progress::{next_review_words, progress};
use crate::domain::plan::Plan;
use crate::domain::plan::PlanStage;
use crate::ui::state::{shown_child, AppState};
use crate::web::address::Screen;

/// The plan of the child the screen was built for, as stored now.
pub fn plan_of(state: AppState) -> Plan {
    let id = shown_child();
    state
        .diary
        .with(|d| d.child(&id).map(|c| c.plan.clone()).unwrap_or_default())
}

/// Applies a change to a child's plan and saves it; the message names the field at fault. `child` is
/// the child the screen was built for ([`crate::ui::state::ShownChild`]), captured when the form appeared.
pub fn save_plan(
    state: AppState,
    child: &str,
    edit: impl FnOnce(&mut Plan) -> Result<(), Problem>,
) -> Result<(), String> {
    state.change_child(child, |child| edit(&mut child.plan))
}

/// Links between the three stages and the meeting pack.
#[component]
pub fn StageNav(current: Screen) -> impl IntoView {
    let tabs = [
        (Screen::PlanStage(PlanStage::Understanding), "1 Understand"),
        (Screen::PlanStage(PlanStage::Steps), "2 Steps"),
        (Screen::PlanStage(PlanStage::Review), "3 Review"),
        (Screen::Pack, "Pack"),
    ];
    view! {
        <nav class="subtabs" aria-label="Plan stages">
            {tabs.into_iter().map(|(screen, label)| view! {
                <a href=screen.hash() aria-current=(screen == current).then_some("page")>{label}</a>
            }).collect_view()}
        </nav>
    }
}

/// A few lines of plain guidance for a stage, each with the source it paraphrases.
#[component]
pub fn GuidanceBox(stage: PlanStage) -> impl IntoView {
    view! { <guidance_box::GuidanceBox summary="A few pointers" items=guidance::for_stage(stage) open=true/> }
}

/// The Plan screen.
#[component]
pub fn PlanHub() -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = move || {
        let id = shown_child();
        state
            .diary
            .with(|d| d.child(&id).map(|c| c.plan.clone()).unwrap_or_default())
    };
    view! {
        <section class="screen plan">
            <h1>"Plan"</h1>
            <p>"A plan of small steps, made with your child and the school, from the easiest to the hardest, reviewed every few weeks. Go through the three stages in order; you can leave and come back at any time."</p>
            {move || {
                let plan = plan();
                let stages = [
                    (PlanStage::Understanding, "Your child's voice, your view, strengths, what has been tried."),
                    (PlanStage::Steps, "A shared goal, and ladders of small steps with the support each needs."),
                    (PlanStage::Review, "Record tries, review on the review date, and decide the next steps."),
                ]
                .map(|(stage, what)| (stage, what, progress(&plan, stage)));
                view! {
                    <ul class="cards">
                        {stages.into_iter().map(|(stage, what, status)| view! {
                            <li>
                                <a class="card stage-card" href=Screen::PlanStage(stage).hash()>
                                    <strong>{stage.title()}</strong>
                                    <span>{what}</span>
                                    <span class="tag">{status}</span>
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                    <p class="muted">{next_review_words(&plan)}</p>
                }
            }}
            <a class="card stage-card pack-link" href=Screen::Pack.hash()>
                <strong>"Meeting pack"</strong>
                <span>"A one or two page summary to print, save as PDF or share for a school meeting."</span>
            </a>
            <a class="card stage-card letters-link" href=Screen::Letters(crate::domain::route::LettersPage::All).hash()>
                <strong>"Letters and emails"</strong>
                <span>"A reduced timetable in writing, an EHC request, and more, filled in from the diary; and the plan's dates for your calendar."</span>
            </a>
            <SupportNearYou/>
        </section>
    }
}
