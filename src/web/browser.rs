//! Reads what the browser says about itself (`navigator.standalone`, `display-mode: standalone`,
//! the user agent and touch points) for [`crate::domain::where_kept`] to decide where the diary is kept.

use crate::domain::where_kept::{BrowserFacts, WhereKept};

/// What this browser says about itself.
fn facts() -> BrowserFacts {
    let Some(window) = web_sys::window() else {
        return BrowserFacts::default();
    };
    let navigator = window.navigator();
    let read = |name: &str| js_sys::Reflect::get(&navigator, &name.into()).ok();
    let display_standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    BrowserFacts {
        user_agent: navigator.user_agent().unwrap_or_default(),
        touch_points: read("maxTouchPoints")
            .and_then(|v| v.as_f64())
            .map_or(0, |n| n as u32),
        standalone: display_standalone
            || read("standalone").and_then(|v| v.as_bool()) == Some(true),
    }
}

/// Where the diary on screen is kept.
pub fn here() -> WhereKept {
    WhereKept::from_facts(&facts())
}

/// What the browser says it uses for this whole site (all kinds of storage, the app's own files
/// kept for use offline included), and the most it would give (`navigator.storage.estimate()`),
/// in bytes. `None` where it does not say.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    use wasm_bindgen::JsCast;
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    let estimate = js_sys::Reflect::get(&manager, &"estimate".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise: js_sys::Promise = estimate.call0(&manager).ok()?.dyn_into().ok()?;
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let read = |name: &str| js_sys::Reflect::get(&answer, &name.into()).ok()?.as_f64();
    Some((read("usage")?, read("quota")?))
}
