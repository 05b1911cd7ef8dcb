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

/// Like [`focus_after_redraw`], for a change that also rebuilds the whole screen (adding a child
/// shows their diary): the new screen may take a moment to arrive, so this waits for it.
pub fn focus_after_screen_rebuild(ids: Vec<String>) {
    let by_id = |id: &String| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
    };
    // The old screen's elements are still on the page until the new screen replaces them.
    let old: Vec<_> = ids.iter().filter_map(by_id).collect();
    once_on_page(
        move || {
            ids.iter()
                .filter_map(by_id)
                .find(|element| !old.contains(element))
        },
        |element| {
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        },
    );
}

/// Runs `act` on what `find` finds once it is on the page, looking again every few milliseconds
/// for up to about a second (a screen fetched or rebuilt may not be drawn yet); gives up quietly.
pub fn once_on_page(
    find: impl Fn() -> Option<web_sys::Element> + 'static,
    act: impl FnOnce(web_sys::Element) + 'static,
) {
    fn look(
        find: Box<dyn Fn() -> Option<web_sys::Element>>,
        act: Box<dyn FnOnce(web_sys::Element)>,
        tries_left: u32,
    ) {
        leptos::prelude::set_timeout(
            move || match find().filter(|e| e.is_connected()) {
                Some(element) => act(element),
                None if tries_left > 0 => look(find, act, tries_left - 1),
                None => {}
            },
            std::time::Duration::from_millis(if tries_left == TRIES { 0 } else { 40 }),
        );
    }
    const TRIES: u32 = 25;
    look(Box::new(find), Box::new(act), TRIES);
}
