//! Today's status buttons for a returning parent before the app has come: a small program of its
//! own, with no Leptos in it, fetched beside the app (scripts/first_taps.sh builds it; web/opening.js
//! starts it only when the page shows the app's frame). It reads a glimpse
//! of the diary and draws the buttons into the painted screen (`web::early_today`), and says
//! so on that screen if the app itself then fails to arrive.

#[cfg(target_arch = "wasm32")]
fn main() {
    use small_steps::domain::file::glimpse::read_glimpse;
    use small_steps::web::early_today;
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
        if painted::still_up() {
            painted::could_not_open(early_today::tap_waiting());
        }
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
    let glimpse = storage::setting(storage::DIARY_KEY).and_then(|text| read_glimpse(&text));
    if let Some((diary, _revision)) = glimpse {
        early_today::draw(&diary);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Small Steps runs in the browser: see README.md for `scripts/run.sh`.");
}
