//! Stage 3 of the plan: record each try at a step (worry expected before, felt after), hold a
//! review on the review date, and notice steps that have stalled. The app never moves a child up a
//! step by itself: only the people making the plan do.

use leptos::prelude::*;

use crate::ui::unsaved::{saved_and_emptied, watch_unsaved, LastSaved, UnsavedLine};
use crate::ui::widgets::choose::{FormError, RatingSelect};

use crate::domain::checks::limits::{LONG_CHARS, SHORT_CHARS};
use crate::domain::diary::dates::long_date;
use crate::domain::plan::review::stalled_steps;
use crate::domain::plan::{Attempt, Plan, Review, StepState};
use crate::ui::drafts::{draft_key, FormFields};
use crate::ui::messages::SavedHere;
use crate::ui::plan::hub::{save_plan, GuidanceBox, StageNav};
use crate::ui::state::{shown_child, AppState};
use crate::ui::widgets::field::{DateField, TextField};
use crate::web::address::{PlanStage, Screen};
use crate::web::clock::today;
use crate::web::focus::focus_after_redraw;
use crate::web::ids::new_id;

fn plan_of(state: AppState) -> Plan {
    let id = shown_child();
    state
        .diary
        .with(|d| d.child(&id).map(|c| c.plan.clone()).unwrap_or_default())
}

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
            <TriesSoFar/>
            <AddReview/>
            <ReviewList/>
        </section>
    }
}

/// Records one try at a step.
#[component]
fn RecordTry() -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    let step_id = RwSignal::new(String::new());
    let date = RwSignal::new(today().to_string());
    let (before, after) = (RwSignal::new(None::<u8>), RwSignal::new(None::<u8>));
    let helped = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let last_saved = LastSaved::new();
    // After a try at a step still "Not started": offer (never force) to mark it as trying.
    let offer_trying = RwSignal::new(None::<(String, String)>);
    let unsaved = watch_unsaved(move || {
        step_id.track();
        before.track();
        after.track();
        helped.track();
    });
    let draft_offer = FormFields {
        texts: [date, step_id, helped],
        ratings: [before, after],
        rows: [],
    }
    .keep_draft(draft_key("try", &child.get_value(), ""), unsaved);
    let steps = move || {
        plan_of(state)
            .ladders
            .iter()
            .flat_map(|l| {
                l.steps.iter().flat_map(move |s| {
                    std::iter::once((s.id.clone(), format!("{}: {}", l.title, s.what))).chain(
                        s.sub_steps.iter().map(move |sub| {
                            (
                                sub.id.clone(),
                                format!("{}: {} › {}", l.title, s.what, sub.what),
                            )
                        }),
                    )
                })
            })
            .collect::<Vec<_>>()
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let nothing_noted = before.get_untracked().is_none()
            && after.get_untracked().is_none()
            && helped.with_untracked(|h| h.trim().is_empty());
        if nothing_noted && last_saved.moments_ago() {
            return;
        }
        let Ok(day) = date.get_untracked().parse() else {
            error.set(Some("Choose the date of the try.".into()));
            return;
        };
        let id = step_id.get_untracked();
        if id.is_empty() {
            error.set(Some("Choose which step was tried.".into()));
            return;
        }
        let attempt = Attempt {
            id: new_id("try"),
            date: day,
            worry_before: before.get_untracked(),
            worry_after: after.get_untracked(),
            what_helped: helped.get_untracked().trim().into(),
        };
        let mut problem = None;
        let mut not_started = None;
        let result = save_plan(state, &child.get_value(), |plan| {
            match plan.find_step_mut(&id) {
                Some(step) => {
                    problem = step.record_attempt(attempt).err();
                    not_started = (step.state == StepState::NotStarted)
                        .then(|| (step.id.clone(), step.what.clone()));
                }
                None => {
                    problem = Some(crate::domain::checks::Problem::new(
                        "step",
                        "That step is no longer in the plan.",
                    ))
                }
            }
        });
        match (problem, result) {
            (Some(p), _) => error.set(Some(p.reason)),
            (None, Err(m)) => error.set(Some(m)),
            (None, Ok(())) => {
                error.set(None);
                helped.set(String::new());
                before.set(None);
                after.set(None);
                saved_and_emptied(unsaved);
                last_saved.now();
                offer_trying.set(not_started);
                state.done_at(
                    "try",
                    format!(
                        "Try recorded in {}'s plan. Every try counts.",
                        state.name_of(&child.get_value())
                    ),
                );
            }
        }
    };
    view! {
        <form class="card" on:submit=save novalidate>
            <h3>"Record a try"</h3>
            {draft_offer}
            <label for="try-step">"Which step"</label>
            <select id="try-step" prop:value=move || step_id.get() on:change=move |ev| step_id.set(event_target_value(&ev))>
                <option value="">"Choose a step"</option>
                {move || steps().into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
            </select>
            <DateField label="When" id="try-date" value=date/>
            <div class="two">
                <div><RatingSelect label="Worry expected before (0-10)" value=before none="Not said"/></div>
                <div><RatingSelect label="Worry felt after (0-10)" value=after none="Not said"/></div>
            </div>
            <TextField label="What helped" value=helped max=SHORT_CHARS/>
            <FormError error/>
            <UnsavedLine unsaved button="Save this try" what="this try"/>
            <button type="submit" class="primary">"Save this try"</button>
            <SavedHere place="try"/>
            {move || offer_trying.get().map(|(id, what)| view! {
                <div class="offer" role="group" aria-label="Mark the step as trying?">
                    <p>{format!("“{what}” is still marked Not started. Mark it as Trying now? You decide; the app never changes it by itself.")}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| {
                            let mut refused = None;
                            let result = save_plan(state, &child.get_value(), |plan| refused = plan.mark_trying(&id).err());
                            offer_trying.set(None);
                            match refused.map_or(result, |p| Err(p.reason)) {
                                Ok(()) => state.done_at("try", "Marked as Trying."),
                                Err(m) => state.problem_at("try", m),
                            }
                        }>"Yes, mark as Trying"</button>
                        <button type="button" on:click=move |_| offer_trying.set(None)>"Not now"</button>
                    </div>
                </div>
            })}
        </form>
    }
}

/// Adds a review.
#[component]
fn AddReview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown_child());
    let date = RwSignal::new(today().to_string());
    let next = RwSignal::new(String::new());
    let texts = [
        ("What went well", RwSignal::new(String::new())),
        ("What was hard", RwSignal::new(String::new())),
        ("What will change", RwSignal::new(String::new())),
        ("Next steps", RwSignal::new(String::new())),
    ];
    let error = RwSignal::new(None::<String>);
    let last_saved = LastSaved::new();
    let unsaved = watch_unsaved(move || {
        texts.iter().for_each(|(_, s)| s.track());
        next.track();
    });
    let draft_offer = FormFields {
        texts: [date, next, texts[0].1, texts[1].1, texts[2].1, texts[3].1],
        ratings: [],
        rows: [],
    }
    .keep_draft(draft_key("review", &child.get_value(), ""), unsaved);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let nothing_written = texts
            .iter()
            .all(|(_, s)| s.with_untracked(|t| t.trim().is_empty()))
            && next.with_untracked(String::is_empty);
        if nothing_written && last_saved.moments_ago() {
            return;
        }
        let Ok(day) = date.get_untracked().parse() else {
            error.set(Some("Choose the date of the review.".into()));
            return;
        };
        let t: Vec<String> = texts
            .iter()
            .map(|(_, s)| s.get_untracked().trim().to_string())
            .collect();
        let review = Review {
            id: new_id("review"),
            date: day,
            went_well: t[0].clone(),
            was_hard: t[1].clone(),
            changes: t[2].clone(),
            next_steps: t[3].clone(),
            next_review: next.get_untracked().parse().ok(),
        };
        let mut refused = None;
        let result = save_plan(state, &child.get_value(), |plan| {
            refused = plan.add_review(review).err();
        });
        match refused.map_or(result, |p| Err(p.reason)) {
            Ok(()) => {
                error.set(None);
                texts.iter().for_each(|(_, s)| s.set(String::new()));
                next.set(String::new());
                saved_and_emptied(unsaved);
                last_saved.now();
                state.done_at(
                    "review",
                    format!(
                        "Review saved in {}'s plan. Well done for keeping going.",
                        state.name_of(&child.get_value())
                    ),
                );
            }
            Err(m) => error.set(Some(m)),
        }
    };
    view! {
        <form class="card" on:submit=save novalidate>
            <h3>"Add a review"</h3>
            {draft_offer}
            <DateField label="Date of the review" id="review-date" value=date/>
            {texts.into_iter().map(|(label, value)| view! { <TextField label value max=LONG_CHARS multiline=true/> }).collect_view()}
            <DateField label="Next review date" id="review-next" value=next/>
            <FormError error/>
            <UnsavedLine unsaved button="Save review" what="this review"/>
            <button type="submit" class="primary">"Save review"</button>
            <SavedHere place="review"/>
        </form>
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
            taken = plan.remove_review(&id)
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
                plan.restore_review(index, review);
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
                                <div class="confirm" role="alertdialog" aria-label="Remove this review?">
                                    <p>"Remove this review?"</p>
                                    <div class="actions">
                                        <button type="button" class="danger" on:click=move |_| remove(rid.get_value())>"Yes, remove"</button>
                                        <button type="button" id=format!("keep-{}", rid.get_value()) on:click=move |_| {
                                            confirm.set(None);
                                            focus_after_redraw(vec![format!("remove-{}", rid.get_value())]);
                                        }>"Keep"</button>
                                    </div>
                                </div>
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
                        rows.push((s.what.clone(), s.attempts.clone()));
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
                    {rows.into_iter().map(|(what, attempts)| view! {
                        <h4>{what}</h4>
                        <ul class="tries">
                            {attempts.into_iter().rev().map(|a| view! {
                                <li>{format!("{}: worry before {}, after {}{}", long_date(a.date), worry(a.worry_before), worry(a.worry_after), if a.what_helped.is_empty() { String::new() } else { format!(". Helped: {}", a.what_helped) })}</li>
                            }).collect_view()}
                        </ul>
                    }).collect_view()}
                </section>
            })
        }}
    }
}
