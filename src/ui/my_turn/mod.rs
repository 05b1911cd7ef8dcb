//! The child's own turn on the parent's phone: a calm screen of its own address (`#/my-turn`), for
//! the child shown only. Large targets, short words, nothing of the parent's: no figures, no
//! notes, no records, no contacts, no other child, no navigation. The child leaves only by giving
//! the phone back (a second tap), and the screen says plainly that this is not a lock.
//!
//! The pages: the start, my worry scale, how I feel today, my three houses, my dream school, rate
//! my steps. Every edit is a checked domain method (`domain/diary/own_words`) saved through
//! [`AppState::change_child`] for the child the screen was built for.

mod give_back;
mod houses;
pub mod later;
mod numbers;
mod scale;
mod steps;
mod today;

use std::cell::RefCell;

use leptos::prelude::*;

use crate::domain::checks::limits::SHORT_CHARS;
use crate::domain::diary::own_words::WorryScale;
use crate::ui::state::{shown_child, AppState};
use crate::ui::widgets::field::unique_id;
use crate::ui::widgets::hand_over::OWN_WORDS_SHEET;
use crate::web::address::{Screen, TurnPage};

pub use give_back::TurnExit;

/// The words the child typed and has not kept yet, on any page, so giving the phone back can ask.
#[derive(Clone, Copy)]
pub struct TurnTyping(pub RwSignal<Vec<RwSignal<String>>>);

impl TurnTyping {
    /// Registers a text box of the page being built.
    fn watch(self, words: RwSignal<String>) {
        self.0.update(|all| all.push(words));
    }

    fn any(self) -> bool {
        self.0.with_untracked(|all| {
            all.iter()
                .any(|w| !w.with_untracked(|w| w.trim().is_empty()))
        })
    }
}

thread_local! {
    /// The child the phone was handed to (id and name), from the turn's first page until the phone
    /// is given back: a reload keeps the child shown, but a removal in another tab does not.
    static HANDED_TO: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// The phone is given back: the next turn starts afresh, for whichever child is shown then.
pub(crate) fn turn_over() {
    HANDED_TO.with_borrow_mut(|handed| *handed = None);
}

/// The child's own name and scale, read once when a page is built.
#[derive(Clone)]
struct Child {
    id: String,
    name: String,
    scale: WorryScale,
}

fn child_now(state: AppState) -> Child {
    let id = shown_child();
    state.diary.with_untracked(|d| {
        let c = d.child(&id);
        Child {
            name: c.map(|c| c.nickname.trim().to_string()).unwrap_or_default(),
            scale: c.map(|c| c.own_words.scale.clone()).unwrap_or_default(),
            id,
        }
    })
}

/// The whole of the child's turn at one page.
#[component]
pub fn MyTurn(page: TurnPage) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The turn's look is a style sheet of its own (normally brought ahead, see `later.rs`).
    crate::web::page::bring_style_sheet(OWN_WORDS_SHEET);
    let typing = TurnTyping(RwSignal::new(Vec::new()));
    provide_context(typing);
    let child = child_now(state);
    let exists = state.diary.with_untracked(|d| d.child(&child.id).is_some());
    let (handed_id, handed_name) = HANDED_TO.with_borrow_mut(|handed| {
        handed
            .get_or_insert_with(|| (child.id.clone(), child.name.clone()))
            .clone()
    });
    // The child shown changed under the turn (the child was removed in another tab, or the diary
    // replaced there): nothing of another child is shown, only a way to give the phone back.
    if !exists || handed_id != child.id {
        return view! {
            <div class="my-turn">
                <h1>"Your turn has finished"</h1>
                <p class="turn-lead">"Please give the phone back to a grown-up."</p>
                <give_back::GiveBack name=handed_name/>
            </div>
        }
        .into_any();
    }
    let title = match page {
        TurnPage::Start => format!("Your turn, {}", child.name),
        TurnPage::Scale => "My worry scale".into(),
        TurnPage::Today => "How I feel today".into(),
        TurnPage::Houses => "My three houses".into(),
        TurnPage::IdealSchool => "My dream school".into(),
        TurnPage::Steps => "Rate my steps".into(),
    };
    let body = match page {
        TurnPage::Start => view! { <Start/> }.into_any(),
        TurnPage::Scale => view! { <scale::MyScale/> }.into_any(),
        TurnPage::Today => view! { <today::MyToday/> }.into_any(),
        TurnPage::Houses => view! { <houses::ThreeHouses/> }.into_any(),
        TurnPage::IdealSchool => view! { <houses::DreamSchool/> }.into_any(),
        TurnPage::Steps => view! { <steps::RateSteps/> }.into_any(),
    };
    view! {
        <div class="my-turn">
            {(page != TurnPage::Start)
                .then(|| {
                    view! {
                        <a class="turn-back" href=Screen::MyTurn(TurnPage::Start).hash()>
                            <span aria-hidden="true">"‹ "</span>
                            "Back to my turn"
                        </a>
                    }
                })}
            <h1>{title}</h1>
            {body}
            <give_back::GiveBack name=child.name/>
        </div>
    }
    .into_any()
}

/// The start: what the child can do here.
#[component]
fn Start() -> impl IntoView {
    let state = expect_context::<AppState>();
    let has_steps = state.diary.with_untracked(|d| {
        d.child(&shown_child())
            .is_some_and(|c| c.plan.ladders.iter().any(|l| !l.steps.is_empty()))
    });
    let pages = [
        (
            TurnPage::Scale,
            "My worry scale",
            "What each number feels like to me",
        ),
        (
            TurnPage::Today,
            "How I feel today",
            "How big my worry is now",
        ),
        (
            TurnPage::Houses,
            "My three houses",
            "Worries, good things and dreams",
        ),
        (
            TurnPage::IdealSchool,
            "My dream school",
            "If school was just right for me",
        ),
        (TurnPage::Steps, "Rate my steps", "How big each step feels"),
    ];
    view! {
        <p class="turn-lead">"This is your space. Tap what you want to do."</p>
        <ul class="turn-menu">
            {pages
                .into_iter()
                .filter(|(page, ..)| *page != TurnPage::Steps || has_steps)
                .map(|(page, name, about)| {
                    view! {
                        <li>
                            <a class="turn-choice" href=Screen::MyTurn(page).hash()>
                                <span class="turn-choice-name">{name}</span>
                                <span class="turn-choice-about">{about}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A box for the child's own words, with its question as the label.
#[component]
fn Words(#[prop(into)] label: String, words: RwSignal<String>) -> impl IntoView {
    let id = unique_id("my-words");
    view! {
        <div class="turn-field">
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                rows="2"
                maxlength=SHORT_CHARS.to_string()
                prop:value=move || words.get()
                on:input=move |ev| words.set(event_target_value(&ev))
            ></textarea>
        </div>
    }
}

/// A short line after a save, or what to put right, read out when it changes.
#[component]
fn Said(said: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    view! {
        <p class="turn-said" role="status" aria-live="polite">
            {move || {
                said.get()
                    .map(|(ok, words)| {
                        let symbol = if ok { "✓ " } else { "! " };
                        view! {
                            <span class:turn-oops=!ok>
                                <span aria-hidden="true">{symbol}</span>
                                {words}
                            </span>
                        }
                    })
            }}
        </p>
    }
}

/// Saves a change to the child's own words and says how it went, in the child's words.
fn keep(
    state: AppState,
    child: &str,
    said: RwSignal<Option<(bool, String)>>,
    done: &str,
    edit: impl FnOnce(&mut crate::domain::Child) -> Result<(), crate::domain::checks::Problem>,
) -> bool {
    match state.change_child(child, edit) {
        Ok(()) => {
            said.set(Some((true, done.to_string())));
            true
        }
        Err(why) => {
            said.set(Some((false, why)));
            false
        }
    }
}
