//! Rate my steps: the child rates each step of their ladders on their own scale. Each rating is
//! kept with today's date beside the earlier ones, so a step can be seen getting easier. Only the
//! step's own words are shown: none of the parent's notes about it.

use leptos::prelude::*;

use super::numbers::{number_words, Numbers};
use super::{child_now, keep, Said};
use crate::domain::diary::own_words::WorryScale;
use crate::domain::plan::ChildRating;
use crate::ui::state::AppState;
use crate::web::{clock, ids::new_id};

/// A step to rate: its id, its words, whether it is a smaller step inside another, and the
/// child's latest rating with its date.
struct ToRate {
    id: String,
    what: String,
    smaller: bool,
    last: Option<(u8, chrono::NaiveDate)>,
}

#[component]
pub fn RateSteps() -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = child_now(state);
    let steps: Vec<ToRate> = state.diary.with_untracked(|d| {
        let Some(c) = d.child(&child.id) else {
            return Vec::new();
        };
        let last =
            |s: &crate::domain::plan::Step| s.latest_child_rating().map(|r| (r.rating, r.date));
        c.plan
            .ladders
            .iter()
            .flat_map(|l| &l.steps)
            .flat_map(|s| {
                std::iter::once(ToRate {
                    id: s.id.clone(),
                    what: s.what.clone(),
                    smaller: false,
                    last: last(s),
                })
                .chain(s.sub_steps.iter().map(move |sub| ToRate {
                    id: sub.id.clone(),
                    what: sub.what.clone(),
                    smaller: true,
                    last: last(sub),
                }))
            })
            .collect()
    });
    if steps.is_empty() {
        return view! { <p class="turn-lead">"There are no steps to rate yet."</p> }.into_any();
    }
    view! {
        <p class="turn-lead">"How big does the worry feel for each step? Tap a number, then “Keep”."</p>
        {steps
            .into_iter()
            .map(|step| view! { <RateOne step scale=child.scale.clone() child=child.id.clone()/> })
            .collect_view()}
    }
    .into_any()
}

#[component]
fn RateOne(step: ToRate, scale: WorryScale, child: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new(None::<u8>);
    let said = RwSignal::new(None);
    let last = RwSignal::new(step.last);
    let (id, child) = (StoredValue::new(step.id), StoredValue::new(child));
    let words = StoredValue::new(scale.clone());
    let on_keep = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(n) = chosen.get_untracked() else {
            said.set(Some((false, "Tap a number first.".to_string())));
            return;
        };
        let today = clock::today();
        let rating = ChildRating {
            id: new_id("rating"),
            date: today,
            rating: n,
        };
        if keep(state, &child.get_value(), said, "Kept!", |c| {
            c.plan.rate_step_as_child(&id.get_value(), rating)
        }) {
            last.set(Some((n, today)));
            chosen.set(None);
        }
    };
    let question = "How big is the worry for this step?".to_string();
    let what = step.what.clone();
    view! {
        <section class="turn-box step-box" class:smaller=step.smaller aria-label=what>
            <h2 class="step-what">{step.what}</h2>
            <p class="turn-hint">
                {move || {
                    last.get()
                        // The date is kept with the rating; the child reads it as "last time".
                        .map(|(n, _)| {
                            format!("Last time you said {}", words.with_value(|s| number_words(s, n)))
                        })
                        .unwrap_or_else(|| "Not rated yet.".into())
                }}
            </p>
            <form class="turn-form" on:submit=on_keep>
                <Numbers question scale chosen/>
                <button type="submit" class="turn-keep">"Keep"</button>
                <Said said/>
            </form>
        </section>
    }
}
