//! Keeping the keyboard focus in place when a change redraws part of a screen: after the redraw,
//! focus moves to the element with a given id (or a fallback), never back to the top of the page.

use wasm_bindgen::JsCast;

/// After the current redraw, focuses the first of `ids` that exists and is not disabled.
pub fn focus_after_redraw(ids: Vec<String>) {
    focus_first(ids, Vec::new());
}

/// Like [`focus_after_redraw`], for a change that also rebuilds the whole screen (adding a child
/// shows their diary): the new screen may take a moment to arrive, so this waits for it.
pub fn focus_after_screen_rebuild(ids: Vec<String>) {
    // The old screen's elements are still on the page until the new screen replaces them.
    let old = ids.iter().filter_map(|id| by_id(id)).collect();
    focus_first(ids, old);
}

fn by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Focuses the first of `ids` on the page that is not disabled and not one of `skip`, once drawn.
fn focus_first(ids: Vec<String>, skip: Vec<web_sys::Element>) {
    once_on_page(
        move || {
            ids.iter()
                .filter_map(|id| by_id(id))
                .find(|e| !e.has_attribute("disabled") && !skip.contains(e))
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

/// Focuses the element with this id now, if it is on the page.
pub fn focus_now(id: &str) {
    if let Some(element) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Once what `find` finds is drawn, scrolls it into view, moving the page no more than needed
/// (a message below the fold, or under the bottom navigation).
pub fn bring_into_view_once_drawn(find: impl Fn() -> Option<web_sys::Element> + 'static) {
    once_on_page(find, |element| {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    });
}

/// Once the heading with this id is drawn, focuses it and scrolls its whole card (the `<section>`
/// round it) into view from the card's top edge, not just the heading.
pub fn focus_heading_and_show_its_card(heading_id: &'static str) {
    once_on_page(
        move || by_id(heading_id),
        |heading| {
            let card = heading.closest("section").ok().flatten();
            if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
            if let Some(card) = card {
                card.scroll_into_view();
            }
        },
    );
}
