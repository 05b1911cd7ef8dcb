//! The painted first screen made live before the app has come: a small program of its own, with no
//! Leptos in it, fetched before the app (scripts/first_taps.sh builds it; web/opening.js starts
//! it). For a returning parent it reads a glimpse of the diary and draws Today's status buttons
//! into the painted frame (`web::early_today`); on a first visit it makes the welcome's name field
//! and Start live (`web::early_welcome`). Either way it says so on that screen if the app itself
//! then fails to arrive, with what the parent did meanwhile that is not saved yet.

#[cfg(target_arch = "wasm32")]
fn main() {
    use small_steps::domain::file::glimpse::read_glimpse;
    use small_steps::web::{early_today, early_welcome};
    use small_steps::web::{painted, storage};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let Some(window) = web_sys::window() else {
        return;
    };
    // The app's own program failing to arrive (no signal) shows as an error on the page while
    // the painted screen is still up: say so there, and whether a tap is waiting.
    let not_come = Closure::<dyn Fn()>::new(|| {
        if !painted::still_up() {
            return;
        }
        let waiting = if early_today::tap_waiting() {
            Some(
                "The status you tapped is not saved yet: tap it again once Small Steps has opened.",
            )
        } else if early_welcome::start_waiting() {
            Some("Your child's diary is not started yet: tap Start again once Small Steps has opened.")
        } else {
            None
        };
        painted::could_not_open(waiting);
        early_welcome::not_coming();
    });
    for event in ["error", "unhandledrejection"] {
        let _ = window.add_event_listener_with_callback(event, not_come.as_ref().unchecked_ref());
    }
    // Kept for the page's life: the page is the program's whole life.
    not_come.forget();
    if !painted::still_up() {
        // The app came first (a fast phone): it has drawn Today itself.
        return;
    }
    let returning = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-visit"))
        .is_some_and(|visit| visit == "returning");
    if !returning {
        // The painted welcome (web/opening.js chose it: there is no diary on this phone).
        early_welcome::wire();
        return;
    }
    let glimpse = storage::setting(storage::DIARY_KEY).and_then(|text| read_glimpse(&text));
    if let Some((diary, _revision)) = glimpse {
        early_today::draw(&diary);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Small Steps runs in the browser: see README.md for `scripts/run.sh`.");
}
