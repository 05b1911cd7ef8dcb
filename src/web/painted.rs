//! The painted first screen in `index.html` (shown before the WebAssembly arrives) gives way to the
//! app, in the same turn as the app's first screen is drawn, so the browser never shows both.

use wasm_bindgen::JsCast;

/// Removes the painted screen. If the parent had moved focus onto one of its navigation links,
/// focus goes to the app's link for the same place, so the keyboard stays where it was.
pub fn hand_over() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(painted) = document.get_element_by_id("painted") else {
        return;
    };
    let focused_link = document
        .active_element()
        .filter(|e| painted.contains(Some(e)))
        .and_then(|e| e.get_attribute("href"));
    painted.remove();
    if let Some(href) = focused_link {
        let selector = format!("nav.tabs a[href=\"{href}\"]");
        if let Some(link) = document
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = link.focus();
        }
    }
}
