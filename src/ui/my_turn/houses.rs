//! My three houses (worries, good things, dreams) and my dream school ("if school was just right
//! for you"): the child says something, chooses who may see it ("OK to share with school" or
//! "just for home"), and can change that choice later. Nothing is shared without the child's yes.

use leptos::prelude::*;

use super::{child_now, keep, Said, TurnTyping, Words};
use crate::domain::diary::own_words::{House, IdealPrompt, Share};
use crate::ui::state::AppState;
use crate::ui::widgets::field::unique_id;
use crate::web::{clock, ids::new_id};

/// Where something the child says goes.
#[derive(Clone, Copy, PartialEq)]
enum Goes {
    House(House),
    School(IdealPrompt),
}

/// What the child has said in one house, or to one dream-school question: (id, words, share).
fn said_in(state: AppState, child: &str, into: Goes) -> Vec<(String, String, Share)> {
    state.diary.with(|d| {
        let Some(child) = d.child(child) else {
            return Vec::new();
        };
        let own = &child.own_words;
        match into {
            Goes::House(house) => own
                .houses
                .iter()
                .filter(|i| i.house == house)
                .map(|i| (i.id.clone(), i.words.clone(), i.share))
                .collect(),
            Goes::School(prompt) => own
                .ideal_school
                .iter()
                .filter(|a| a.prompt == prompt)
                .map(|a| (a.id.clone(), a.words.clone(), a.share))
                .collect(),
        }
    })
}

fn share_words(share: Share) -> (&'static str, &'static str) {
    match share {
        Share::OkToShare => ("✉", Share::OkToShare.child_label()),
        Share::JustForHome => ("⌂", Share::JustForHome.child_label()),
    }
}

#[component]
pub fn ThreeHouses() -> impl IntoView {
    view! {
        <p class="turn-lead">"Put things in each house. You choose who can see them."</p>
        {House::ALL
            .into_iter()
            .map(|house| {
                view! {
                    <SayIt
                        heading=house.child_label()
                        question=house.child_question()
                        into=Goes::House(house)
                        class="house"
                    />
                }
            })
            .collect_view()}
    }
}

#[component]
pub fn DreamSchool() -> impl IntoView {
    view! {
        <p class="turn-lead">"Imagine school was just right for you."</p>
        {IdealPrompt::ALL
            .into_iter()
            .map(|prompt| {
                view! {
                    <SayIt heading="" question=prompt.child_question() into=Goes::School(prompt) class="dream"/>
                }
            })
            .collect_view()}
    }
}

/// One house or one question: what is in it, and a box to add more with the child's choice.
#[component]
fn SayIt(
    heading: &'static str,
    question: &'static str,
    into: Goes,
    class: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let typing = expect_context::<TurnTyping>();
    let id = StoredValue::new(child_now(state).id);
    let words = RwSignal::new(String::new());
    typing.watch(words);
    let share = RwSignal::new(None::<Share>);
    let said = RwSignal::new(None);
    let group = unique_id("share");
    let items = move || id.with_value(|child| said_in(state, child, into));
    let on_keep = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(choice) = share.get_untracked() else {
            said.set(Some((false, "Choose who can see it first.".to_string())));
            return;
        };
        let text = words.get_untracked();
        let done = keep(state, &id.get_value(), said, "Kept!", |child| match into {
            Goes::House(house) => {
                child.add_house_item(new_id("house"), house, &text, choice, clock::today())
            }
            Goes::School(prompt) => {
                child.add_ideal_answer(new_id("dream"), prompt, &text, choice, clock::today())
            }
        });
        if done {
            words.set(String::new());
            share.set(None);
        }
    };
    let title = if heading.is_empty() {
        question
    } else {
        heading
    };
    view! {
        <section class=format!("turn-box {class}") aria-label=title>
            {(!heading.is_empty()).then(|| view! { <h2>{heading}</h2> })}
            <ul class="said-list">
                {move || {
                    items()
                        .into_iter()
                        .map(|(item, text, now)| {
                            let (symbol, label) = share_words(now);
                            let other = match now {
                                Share::OkToShare => Share::JustForHome,
                                Share::JustForHome => Share::OkToShare,
                            };
                            let change = move |_| {
                                keep(state, &id.get_value(), said, "Changed!", |c| c.choose_share(&item, other));
                            };
                            view! {
                                <li>
                                    <span class="said-words">{text}</span>
                                    <span class="said-share">
                                        <span aria-hidden="true">{symbol}" "</span>
                                        {label}
                                    </span>
                                    <button type="button" class="said-change" on:click=change>
                                        {format!("Change to “{}”", other.child_label())}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <form class="turn-form" on:submit=on_keep>
                <Words label=question words/>
                <fieldset class="share-choice">
                    <legend>"Who can see it?"</legend>
                    {Share::ALL
                        .into_iter()
                        .map(|choice| {
                            let input = unique_id("share-choice");
                            let (symbol, label) = share_words(choice);
                            view! {
                                <input
                                    type="radio"
                                    class="share-input"
                                    id=input.clone()
                                    name=group.clone()
                                    prop:checked=move || share.get() == Some(choice)
                                    on:change=move |_| share.set(Some(choice))
                                />
                                <label for=input class="share-tile">
                                    <span aria-hidden="true">{symbol}" "</span>
                                    {label}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <button type="submit" class="turn-keep">"Keep"</button>
                <Said said/>
            </form>
        </section>
    }
}
