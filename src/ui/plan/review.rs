//! Stage 3 of the plan: record each try at a step (worry expected before, felt after), hold a
//! review on the review date, and notice steps that have stalled. The app never moves a child up a
//! step by itself: only the people making the plan do.

use leptos::prelude::*;

use crate::ui::widgets::confirm::RemoveQuestion;

use crate::ui::plan::review_form::AddReview;
use crate::ui::plan::try_form::RecordTry;

use crate::domain::charts::tries_line;
use crate::domain::dates::long_date;
use crate::domain::plan::review::stalled_steps;
use crate::domain::plan::PlanStage;
use crate::domain::plan::Review;
use crate::ui::plan::hub::{plan_of, save_plan, GuidanceBox, StageNav};
use crate::ui::state::{shown_child, AppState};
use crate::web::address::Screen;
use crate::web::focus::focus_after_redraw;

#[component]
pub fn PlanReview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stalled = move || stalled_steps(&plan_of(state));
    view! {
        <section class="screen plan">
            <h1>"Plan"</h1>
            <StageNav current=Screen::PlanStage(PlanStage::Review)/>
            <h2>"3. Review"</h2>
            <GuidanceBox stage=PlanStage::Review/>
            <p class="private-note">"Small Steps never moves your child up a step by itself. Together, you decide when a step is done."</p>
            {move || stalled().into_iter().map(|s| view! {
                <p class="notice problem stalled">
                    <span aria-hidden="true">"⚠ "</span>
                    {format!("{} ", s.suggestion())}
                    <a href=Screen::PlanStage(PlanStage::Steps).hash()>"Go to the steps"</a>
                </p>
            }).collect_view()}
            <RecordTry/>
            <ChildsRatings/>
            <TriesSoFar/>
            <AddReview/>
            <ReviewList/>
        </section>
    }
}

/// How the child rated each step in their own turn, over time, for the review: a step getting
/// easier in the child's own eyes. Shown only once the child has rated a step.
#[component]
fn ChildsRatings() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let name = state.name_of(&shown_child()).trim().to_string();
        let rows = plan_of(state).child_ratings_lines();
        (!rows.is_empty()).then(|| {
            view! {
                <section class="card childs-own" aria-label=format!("{name}'s own ratings of the steps")>
                    <h3>{format!("How {name} rates the steps, in {name}'s own turn")}</h3>
                    <p class="hint">{format!("0 to 10 on {name}'s own worry scale; a lower number is a smaller worry.")}</p>
                    <ul>{rows.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                </section>
            }
        })
    }
}

/// Past reviews, newest first; a removed review can be put back while the screen is open.
#[component]
fn ReviewList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    let removed = RwSignal::new(None::<(usize, Review)>);
    let confirm = RwSignal::new(None::<String>);
    let remove = move |id: String| {
        let mut taken = None;
        match save_plan(state, &child.get_value(), |plan| {
            taken = Some(plan.remove_review(&id)?);
            Ok(())
        }) {
            Ok(()) => {
                removed.set(taken);
                focus_after_redraw(vec!["undo-review".into()]);
            }
            Err(m) => state.problem(m),
        }
        confirm.set(None);
    };
    let undo = move |_| {
        if let Some((index, review)) = removed.get_untracked() {
            let target = format!("remove-{}", review.id);
            match save_plan(state, &child.get_value(), |plan| {
                plan.restore_review(index, review)
            }) {
                Ok(()) => {
                    removed.set(None);
                    focus_after_redraw(vec![target]);
                }
                Err(m) => state.problem(m),
            }
        }
    };
    view! {
        {move || removed.get().map(|(_, r)| view! {
            <p class="notice done undo" role="status">{format!("Removed the review of {}. ", long_date(r.date))}<button type="button" class="link" id="undo-review" on:click=undo>"Undo"</button></p>
        })}
        <ul class="cards">
            {move || plan_of(state).reviews.into_iter().rev().map(|r| {
                let rid = StoredValue::new(r.id.clone());
                let title = format!("Review, {}", long_date(r.date));
                let lines = [("Went well", r.went_well), ("Was hard", r.was_hard), ("Will change", r.changes), ("Next steps", r.next_steps)];
                view! {
                    <li>
                        <article class="card">
                            <h3>{title.clone()}</h3>
                            {lines.into_iter().filter(|(_, t)| !t.is_empty()).map(|(l, t)| view! { <p><strong>{format!("{l}: ")}</strong>{t}</p> }).collect_view()}
                            {r.next_review.map(|d| view! { <p class="muted">{format!("Next review: {}", long_date(d))}</p> })}
                            <Show when=move || confirm.get().as_deref() == Some(rid.get_value().as_str()) fallback=move || view! {
                                <button type="button" class="link" id=format!("remove-{}", rid.get_value()) aria-label=format!("Remove: {title}") on:click=move |_| {
                                    confirm.set(Some(rid.get_value()));
                                    focus_after_redraw(vec![format!("keep-{}", rid.get_value())]);
                                }>"Remove"</button>
                            }>
                                <RemoveQuestion
                                    question="Remove this review?"
                                    yes="Yes, remove"
                                    keep="Keep"
                                    keep_id=format!("keep-{}", rid.get_value())
                                    on_yes=move || remove(rid.get_value())
                                    on_no=move || {
                                        confirm.set(None);
                                        focus_after_redraw(vec![format!("remove-{}", rid.get_value())]);
                                    }
                                />
                            </Show>
                        </article>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Every try recorded so far, step by step, so a parent can look back at them.
#[component]
fn TriesSoFar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        let plan = plan_of(state);
        let mut rows = Vec::new();
        for ladder in &plan.ladders {
            for step in &ladder.steps {
                for s in std::iter::once(step).chain(step.sub_steps.iter()) {
                    if !s.attempts.is_empty() {
                        rows.push((s.what.clone(), s.attempts.clone(), tries_line(s)));
                    }
                }
            }
        }
        rows
    };
    let worry = |w: Option<u8>| w.map_or("not said".to_string(), |w| format!("{w}/10"));
    view! {
        {move || {
            let rows = rows();
            (!rows.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="tries-heading">
                    <h3 id="tries-heading">"Tries so far"</h3>
                    {rows.into_iter().map(|(what, attempts, line)| view! {
                        <h4>{what}</h4>
                        {line.map(|l| view! { <p class="tries-line">{l}</p> })}
                        <ul class="tries">
                            {attempts.into_iter().rev().map(|a| view! {
                                <li>{format!("{}: worry before {}, highest {}, after {}{}", long_date(a.date), worry(a.worry_before), worry(a.worry_highest), worry(a.worry_after), if a.what_helped.is_empty() { String::new() } else { format!(". Helped: {}", a.what_helped) })}</li>
                            }).collect_view()}
                        </ul>
                    }).collect_view()}
                </section>
            })
        }}
    }
}
