//! How I feel today: how big the worry is now on the child's own scale, and what it is about
//! (a few of the diary's kinds, in a child's words, and/or the child's own words). Kept with
//! today's date as the child's own, never mixed into the parent's record of the day.

use leptos::prelude::*;

use super::numbers::Numbers;
use super::{child_now, keep, Said, TurnTyping, Words};
use crate::domain::diary::day::WorryCategory;
use crate::domain::diary::own_words::words::{child_words, CHILD_CHOICES};
use crate::ui::state::AppState;
use crate::ui::widgets::field::unique_id;
use crate::web::{clock, ids::new_id};

#[component]
pub fn MyToday() -> impl IntoView {
    let state = expect_context::<AppState>();
    let typing = expect_context::<TurnTyping>();
    let child = child_now(state);
    let id = StoredValue::new(child.id.clone());
    let worry = RwSignal::new(None::<u8>);
    let about = RwSignal::new(Vec::<WorryCategory>::new());
    let words = RwSignal::new(String::new());
    typing.watch(words);
    let said = RwSignal::new(None);
    let on_keep = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, kinds, text) = (
            worry.get_untracked(),
            about.get_untracked(),
            words.get_untracked(),
        );
        let done = keep(
            state,
            &id.get_value(),
            said,
            "Kept. Thank you for telling me!",
            |child| child.add_my_day(new_id("my-day"), clock::today(), n, &kinds, &text),
        );
        if done {
            worry.set(None);
            about.set(Vec::new());
            words.set(String::new());
        }
    };
    view! {
        <form class="turn-form" on:submit=on_keep>
            <Numbers question="How big is the worry right now?".into() scale=child.scale chosen=worry/>
            <fieldset class="about">
                <legend>"What is it about? Tap any that fit."</legend>
                <div class="about-grid">
                    {CHILD_CHOICES
                        .into_iter()
                        .map(|kind| {
                            let box_id = unique_id("about");
                            view! {
                                <input
                                    type="checkbox"
                                    class="about-input"
                                    id=box_id.clone()
                                    prop:checked=move || about.with(|a| a.contains(&kind))
                                    on:change=move |_| {
                                        about.update(|a| match a.iter().position(|k| *k == kind) {
                                            Some(i) => {
                                                a.remove(i);
                                            }
                                            None => a.push(kind),
                                        })
                                    }
                                />
                                <label for=box_id class="about-tile">{child_words(kind)}</label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <Words label="Or say it in your own words" words/>
            <button type="submit" class="turn-keep">"Keep it"</button>
            <Said said/>
        </form>
    }
}
