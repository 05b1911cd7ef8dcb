//! The app shell: loads the diary, shows the first-run screen or the chosen screen, and keeps the
//! location hash, other tabs and the parent's messages in step. The screens are grouped by where the
//! parent is (`today`, `calendar`, `plan`, `backup`, `children`), with shared form parts in
//! `widgets`; the shell's own parts (state, saving and other tabs, messages, unsaved typing, drafts) sit
//! beside it.

pub mod backup;
pub mod calendar;
pub mod children;
pub mod drafts;
pub mod later;
pub mod letters;
pub mod messages;
pub mod my_turn;
pub mod plan;
pub mod state;
pub mod today;
pub mod unsaved;
pub mod welcome;
pub mod widgets;

use std::time::Duration;

use leptos::prelude::*;

use crate::web::address::{self as route, Place, Screen};
use crate::web::storage::{LoadNotice, Loaded};
use crate::web::{clock, page, painted, saving, storage, timing};
use state::AppState;

/// Reads the diary and mounts the app on the page. The app opens in three turns, so none of them
/// holds a slow phone up for long: this one reads the diary; the next builds the app's frame,
/// hidden while the painted screen still shows; the one after builds the screen and hands over, in
/// that same turn, so what a parent typed or tapped on the painted screen is taken up by the
/// screen that replaces it. The work of the last two is measured as `small-steps:open` and
/// `small-steps:open:screen`. A diary stored at an older version (once, after an update), or one
/// that does not read in one pass, waits for the part that reads it the long way
/// (`web::saving`), with the painted screen still showing.
pub fn start() {
    let loaded = state::read_at_start();
    if loaded.notice == Some(LoadNotice::NotReadYet) {
        saving::when_ready(move || open_with(state::read_at_start()));
    } else {
        set_timeout(move || open_with(loaded), Duration::ZERO);
    }
}

thread_local! {
    /// The diary as read at start, for the app to take up.
    static LOADED: std::cell::RefCell<Option<Loaded>> = const { std::cell::RefCell::new(None) };
    /// While the app opens: whether its first screen may be built yet.
    static OPENING: std::cell::Cell<Option<RwSignal<bool>>> = const { std::cell::Cell::new(None) };
}

fn open_with(loaded: Loaded) {
    let started = timing::start("small-steps:open");
    LOADED.set(Some(loaded));
    let screen_on = RwSignal::new(false);
    OPENING.set(Some(screen_on));
    painted::app_coming();
    leptos::mount::mount_to_body(App);
    timing::finish("small-steps:open", started);
    set_timeout(
        move || {
            let started = timing::start("small-steps:open:screen");
            screen_on.set(true);
            // Once the screen is on the page: later in this same turn, after the screen's build.
            leptos::task::spawn_local(async move {
                painted::hand_over();
                timing::finish("small-steps:open:screen", started);
                storage::ask_for_persistence();
            });
        },
        Duration::ZERO,
    );
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::from_loaded(LOADED.take().unwrap_or_else(state::read_at_start));
    // Whether the screen may be built: at once, but for the turn the app opens in (`start`).
    let screen_on = OPENING.take().unwrap_or_else(|| RwSignal::new(true));
    provide_context(state);
    let unsaved = state.unsaved;
    provide_context(unsaved);
    let screen = RwSignal::new(route::current());
    let shown_hash = StoredValue::new(route::current_hash());
    // Set only by "Give the phone back": the one way out of the child's turn.
    let turn_exit = my_turn::TurnExit(StoredValue::new(false));
    provide_context(turn_exit);
    let address_listener = page::on_address_change(move || {
        // The child's turn is left only by giving the phone back: Back or a typed address that
        // leads elsewhere puts the child's page back, so a child does not fall out by accident.
        let next = Screen::from_hash(&route::current_hash());
        let leaving_turn = screen.get_untracked().is_childs_turn() && !next.is_childs_turn();
        if leaving_turn && !turn_exit.0.get_value() {
            route::put_back_hash(&shown_hash.get_value());
            return;
        }
        turn_exit.0.set_value(false);
        // Typing not saved yet goes with the screen it is on: ask first, and stay if asked to.
        if !unsaved.may_leave() {
            route::put_back_hash(&shown_hash.get_value());
            return;
        }
        let hash = route::current_hash();
        // A message belongs to the screen it was said on.
        state.notice.set(None);
        screen.set(Screen::from_hash(&hash));
        shown_hash.set_value(hash);
        // A new screen starts at its top, as a new page would.
        page::scroll_to_top();
    });
    let other_tabs =
        page::on_diary_changed_elsewhere(move || state::another_tab_saved(state, unsaved));
    // Closing or reloading the page with typing not saved yet: the browser asks first.
    let closing = page::ask_before_closing(move || unsaved.any());
    on_cleanup(move || {
        address_listener.stop();
        other_tabs.stop();
        closing.stop();
    });
    // Whether the diary has a child decides between the welcome screen and the app. It follows the
    // diary one tick later, never inside the handler that saved the first child: that handler (on
    // the welcome screen) must finish before the welcome screen and everything in it is dropped.
    let has_children = RwSignal::new(state.diary.with_untracked(|d| !d.children.is_empty()));
    Effect::new(move |_| {
        let now = state.diary.with(|d| !d.children.is_empty());
        if has_children.get_untracked() != now {
            has_children.set(now);
        }
    });
    // What the screen was built for: the child shown and the version of the stored data. It follows
    // them one tick later, never in the same turn as the change itself. A change of child or data
    // also re-runs parts of the old screen; were the screen rebuilt in that same turn, those parts
    // could run after their screen was dropped (a panic), or the handler that made the change could
    // still be using its dropped form.
    let shown = RwSignal::new((state.child_id.get_untracked(), 0_u64));
    Effect::new(move |_| {
        let now = (state.child_id.get(), state.screen_version.get());
        set_timeout(
            move || {
                if shown.get_untracked() != now {
                    shown.set(now);
                }
            },
            Duration::ZERO,
        );
    });
    // Once the first screen is up (a turn later, so after the screen has taken up what was tapped
    // before the app came): a status tapped then, left over because the screen opened is not its
    // day's, is saved; and the part that checks and writes the diary is fetched (a tap that saves
    // before it has come waits for it), then checks the diary read without it and gets the writer
    // warm while the parent reads the screen.
    Effect::new(move |was_up: Option<bool>| {
        let up = screen_on.get();
        if up && was_up != Some(true) {
            set_timeout(
                move || today::early_tap::save_left_over_tap(state),
                Duration::ZERO,
            );
            set_timeout(
                move || saving::when_ready(move || _ = state.saving_came()),
                Duration::ZERO,
            );
        }
        up
    });
    // And fetch the other screens while the parent reads this one. On a first visit nothing but
    // the saving part can be needed before a diary is started (the welcome is in the first part),
    // so they follow Start, and the welcome's page stays quiet while a new parent reads it.
    let fetching = StoredValue::new(false);
    Effect::new(move |_| {
        if has_children.get() && !fetching.get_value() {
            fetching.set_value(true);
            set_timeout(fetch_in_background, Duration::from_secs(1));
        }
    });

    view! {
        // The parent's banners wait while the child has the phone: they show again once it is given back.
        <Show when=move || !screen.get().is_childs_turn()>
            <messages::LoadMessage/>
            <messages::ConflictMessage/>
            <state::OverlapMessage/>
        </Show>
        <Show
            when=move || has_children.get()
            fallback=move || move || screen_on.get().then(|| view! { <welcome::Welcome/> })
        >
            // The child's turn shows none of the parent's frame: no other child, no navigation.
            <Show when=move || !screen.get().is_childs_turn()>
                <header class="top">
                    <span class="brand" aria-hidden="true">"Small Steps"</span>
                    <children::list::ChildSwitcher/>
                </header>
                <messages::NoticeLine/>
            </Show>
            <main id="main" tabindex="-1">
                // The screen is built for one child and one set of stored data: when the child shown
                // changes, or another tab's data replaces what its forms were filled from, it is
                // built afresh, so no form ever shows or saves one child's words under another.
                {move || {
                    if !screen_on.get() {
                        return ().into_any();
                    }
                    let (child, _) = shown.get();
                    provide_context(state::ShownChild(child.unwrap_or_default()));
                    match screen.get() {
                    Screen::Today => view! { <today::day_form::DayScreen date=clock::today() is_today=true/> }.into_any(),
                    Screen::Day(date) => view! { <today::day_form::DayScreen date is_today=false/> }.into_any(),
                    Screen::Month(month) => later::when_fetched(move || calendar::later::month_screen(month)).into_any(),
                    Screen::List => later::when_fetched(calendar::later::day_list_screen).into_any(),
                    Screen::Figures => later::when_fetched(calendar::later::figures_screen).into_any(),
                    Screen::Contacts => later::when_fetched(calendar::later::contacts_screen).into_any(),
                    Screen::Plan => later::when_fetched(plan::later::plan_screen).into_any(),
                    Screen::PlanStage(stage) => later::when_fetched(move || plan::later::stage_screen(stage)).into_any(),
                    Screen::Pack => later::when_fetched(plan::later::pack_screen).into_any(),
                    Screen::Backup => later::when_fetched(|| backup::later::backup_screen(false)).into_any(),
                    Screen::MoveDiary => later::when_fetched(|| backup::later::backup_screen(true)).into_any(),
                    Screen::Children => later::when_fetched(children::later::children_screen).into_any(),
                    Screen::Letters(page) => later::when_fetched(move || letters::later::letters_screen(page)).into_any(),
                    Screen::MyTurn(page) => later::when_fetched(move || my_turn::later::my_turn_screen(page)).into_any(),
                }}}
            </main>
            <Show when=move || !screen.get().is_childs_turn()>
                <Navigation screen/>
            </Show>
        </Show>
    }
}

/// Fetches every later part in the background, once the first screen is up, so the other screens
/// open at once and still open if the signal drops later. A part that cannot be fetched now is
/// simply tried again when its screen is opened. Today's details come first.
fn fetch_in_background() {
    leptos::task::spawn_local(async {
        today::later::fetch_ahead().await;
        calendar::later::fetch_ahead().await;
        plan::later::fetch_ahead().await;
        backup::later::fetch_ahead().await;
        children::later::fetch_ahead().await;
        my_turn::later::fetch_ahead().await;
    });
}

/// The main navigation, at the bottom of the screen where a thumb reaches.
#[component]
fn Navigation(screen: RwSignal<Screen>) -> impl IntoView {
    view! {
        <nav class="tabs" aria-label="Main">
            <ul>
                {Place::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <li>
                                <a
                                    href=s.hash()
                                    aria-current=move || (screen.get().place() == s).then_some("page")
                                >
                                    <span class="tab-symbol" aria-hidden="true">{s.symbol()}</span>
                                    <span>{s.label()}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
