//! The first screen a parent sees: what the app is, that nothing leaves the phone, and a child's
//! nickname. It is the shell's, as it wires in Backup's parts for bringing a diary back. It takes up
//! what a parent typed and tapped on the painted welcome before the app came (`web::early_welcome`).

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::checks::{limits, Problem};
use crate::ui::backup::later as backup_later;
use crate::ui::later;
use crate::ui::state::AppState;
use crate::ui::widgets::field::TextField;
use crate::web::early_welcome;
use crate::web::ids::new_id;
use crate::web::saving;
use crate::web::storage::SaveError;

/// Shown while there is no child yet.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = expect_context::<AppState>();
    // What the painted welcome held, when the small program made it live before the app came.
    let early = early_welcome::take().unwrap_or_default();
    let nickname = RwSignal::new(early.typed);
    let error = RwSignal::new(early.problem);
    // A Start waiting for the part of the app that writes the diary.
    let starting = RwSignal::new(early.started);
    let start_now = move || {
        starting.set(false);
        let id = new_id("child");
        let typed = nickname.get_untracked();
        match state.change(|diary| {
            // `change` runs this only once the saving part has come, so `None` cannot happen.
            saving::add_child_now(diary, id.clone(), &typed)
                .unwrap_or_else(|| Err(Problem::new("nickname", SaveError::Opening.message())))
        }) {
            Ok(()) => {
                state.choose_child(&id);
                state.done(format!("Welcome. {}'s diary is ready.", typed.trim()));
            }
            Err(message) => error.set(Some(message)),
        }
    };
    // A tap before the part of the app that writes the diary has come waits for it, and says so.
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if starting.get_untracked() {
            return;
        }
        starting.set(!saving::ready());
        saving::when_ready(start_now);
    };
    if early.started {
        // The Start tapped on the painted welcome, once this screen is on the page.
        set_timeout(move || saving::when_ready(start_now), Duration::ZERO);
    }
    view! {
        <main id="main" class="welcome">
            <h1>"Small Steps"</h1>
            <p class="lead">
                "A calm place to note how each school day went, see what helps, and take a clear plan to school."
            </p>
            <p class="private-note">
                "Everything you write stays on this phone. Nothing is sent anywhere, and there is no account. Save a backup now and then from the Backup screen."
            </p>
            <form on:submit=start novalidate>
                <TextField
                    label="Your child's name or nickname"
                    hint="A nickname is fine. You can add more children later."
                    value=nickname
                    max=limits::NAME_CHARS
                    error=error
                    autocomplete="off"
                />
                <button
                    type="submit"
                    class="primary"
                    aria-disabled=move || starting.get().then_some("true")
                >
                    "Start"
                </button>
                {move || {
                    starting
                        .get()
                        .then(|| {
                            view! {
                                <p class="starting" role="status">
                                    {early_welcome::opening_line(&nickname.get())}
                                </p>
                            }
                        })
                }}
            </form>
            // Bringing a backup back comes in a later part, fetched when this is first opened.
            <later::FetchedWhenOpened
                class="card restore"
                summary="Already have a backup file? Bring it back"
                fetch=backup_later::import_part
            />
            // The Home Screen app starts with a diary of its own, empty: a diary started in Safari
            // (or on another phone) is brought in here, and checked to have all arrived.
            <later::FetchedWhenOpened
                class="card restore"
                summary="Moving your diary from Safari or another phone? Bring it in"
                fetch=backup_later::move_in_part
            />
        </main>
    }
}
