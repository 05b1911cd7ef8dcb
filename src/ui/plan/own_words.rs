//! Stage 1 shows what the child said in their own turn, beside the parent's view, labelled as the
//! child's words: their scale, the three houses and their dream school (with whether each is OK to
//! share with school or just for home), how today felt, and how they rated the steps.

use leptos::prelude::*;

use crate::domain::dates::short_date;
use crate::domain::diary::own_words::{Share, SCALE_POINTS};
use crate::domain::words::plural;
use crate::ui::state::{shown_child, AppState};
use crate::ui::widgets::hand_over::{HandOver, OWN_WORDS_SHEET};

fn share_words(share: Share) -> &'static str {
    match share {
        Share::OkToShare => "✉ OK to share with school",
        Share::JustForHome => "⌂ Just for home",
    }
}

/// The child's own words, read only (the child changes them in their turn).
#[component]
pub fn ChildsOwnWords() -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = shown_child();
    // The child's words keep the look of the child's turn (its style sheet comes with it).
    crate::web::page::bring_style_sheet(OWN_WORDS_SHEET);
    move || {
        let Some(child) = state.diary.with(|d| d.child(&id).cloned()) else {
            return ().into_any();
        };
        let name = child.nickname.trim().to_string();
        let own = &child.own_words;
        let scale: Vec<String> = SCALE_POINTS
            .into_iter()
            .filter(|p| !own.scale.words_at(*p).is_empty())
            .map(|p| format!("{p}: “{}”", own.scale.words_at(p)))
            .collect();
        let said: Vec<(String, String)> = own
            .houses
            .iter()
            .map(|i| {
                (
                    i.house.label().to_string(),
                    i.words.clone(),
                    i.share,
                    i.said_on,
                )
            })
            .chain(own.ideal_school.iter().map(|a| {
                (
                    format!("My dream school: {}", a.prompt.label().to_ascii_lowercase()),
                    a.words.clone(),
                    a.share,
                    a.said_on,
                )
            }))
            .map(|(what, words, share, on)| {
                (
                    format!("“{words}”"),
                    format!("{what}, said on {}. {}", short_date(on), share_words(share)),
                )
            })
            .collect();
        let ratings = child.plan.child_ratings_lines();
        let days = own.my_days.len();
        let empty = scale.is_empty() && said.is_empty() && ratings.is_empty() && days == 0;
        view! {
            <section class="group childs-own" aria-label=format!("In {name}'s own words")>
                <h3>{format!("In {name}'s own words, from {name}'s turn")}</h3>
                {empty.then(|| view! { <p class="hint">{format!("Nothing yet. Hand the phone to {name} and they can add their own.")}</p> })}
                {(!scale.is_empty()).then(|| view! { <p>{format!("{name}'s worry scale: {}", scale.join(" · "))}</p> })}
                {(!said.is_empty()).then(|| view! {
                    <ul class="said-list said-by-child">
                        {said.into_iter().map(|(words, about)| view! { <li><span class="said-words">{words}</span><span class="hint">{about}</span></li> }).collect_view()}
                    </ul>
                })}
                {(!ratings.is_empty()).then(|| view! {
                    <p class="hint">{format!("{name}'s own ratings of the steps (0 to 10 on {name}'s scale):")}</p>
                    <ul>{ratings.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                })}
                {(days > 0).then(|| view! { <p class="hint">{format!("{name} also said how {} felt; each is shown on its day.", plural(days, "day", "days"))}</p> })}
            </section>
            <HandOver/>
        }
        .into_any()
    }
}
