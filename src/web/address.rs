//! The browser's side of the app's addresses: reading, changing and putting back the location hash.
//! What each address means is pure and lives in [`crate::domain::route`].

pub use crate::domain::route::{Place, Screen, TurnPage};

/// The screen named in the page's current hash.
pub fn current() -> Screen {
    Screen::from_hash(&current_hash())
}

/// The part of the address after `#`, with the `#`.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Puts the address back to `hash` without opening anything (the parent chose to stay).
pub fn put_back_hash(hash: &str) {
    if let Some(window) = web_sys::window() {
        let url = if hash.is_empty() { "#" } else { hash };
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
        }
    }
}

/// Opens a screen (adds a history entry, so Back returns).
pub fn go(screen: Screen) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&screen.hash());
    }
}
