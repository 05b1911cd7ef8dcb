//! The first screen a parent sees: what the app is, that nothing leaves the phone, and a child's
//! nickname. It is the shell's, as it wires in Backup's parts for bringing a diary back.

use leptos::prelude::*;

use crate::domain::checks::{limits, Problem};
use crate::ui::backup::later as backup_later;
use crate::ui::later;
use crate::ui::state::AppState;
use crate::ui::widgets::field::TextField;
use crate::web::ids::new_id;
use crate::web::saving;
use crate::web::storage::SaveError;

/// Shown while there is no child yet.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = expect_context::<AppState>();
    let nickname = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let start_now = move || {
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
    // A tap before the part of the app that writes the diary has come waits for it.
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saving::when_ready(start_now);
    };
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
                <button type="submit" class="primary">"Start"</button>
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
