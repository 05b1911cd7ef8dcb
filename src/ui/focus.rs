//! Keeping the keyboard focus in place when a change redraws part of a screen: after the redraw,
//! focus moves to the element with a given id (or a fallback), never back to the top of the page.

use wasm_bindgen::JsCast;

/// After the current redraw, focuses the first of `ids` that exists and is not disabled.
pub fn focus_after_redraw(ids: Vec<String>) {
    leptos::prelude::set_timeout(
        move || {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let target = ids.iter().find_map(|id| {
                let element = document.get_element_by_id(id)?;
                let disabled = element.has_attribute("disabled");
                (!disabled).then_some(element)
            });
            if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = element.focus();
            }
        },
        std::time::Duration::from_millis(0),
    );
}
