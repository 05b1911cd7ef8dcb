//! The painted first screen in `index.html` (shown before the WebAssembly arrives) gives way to the
//! app, in the same turn as the app's first screen is drawn, so the browser never shows both: the
//! app's frame, built a turn earlier, is hidden until then (`app_coming`).

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Says the app is being built on the page, behind the painted screen: the style sheet hides
/// everything the app has put on the page so far (`html[data-app-coming]`), until `hand_over`.
pub fn app_coming() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app-coming", "");
    }
}

/// Removes the painted screen, and shows the app built behind it. If the parent had moved focus
/// onto one of its links or buttons (Today's status buttons drawn before the app,
/// `web::early_today`), focus goes to the app's own for the same place or status, so the keyboard
/// stays where it was.
pub fn hand_over() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute("data-app-coming");
    }
    let Some(painted) = document.get_element_by_id("painted") else {
        return;
    };
    let focused = document
        .active_element()
        .filter(|e| painted.contains(Some(e)));
    // The app's element for the one focused: named by the element, or its link's address.
    let same = focused.and_then(|e| {
        e.get_attribute("data-same").or_else(|| {
            e.get_attribute("href")
                .map(|href| format!("nav.tabs a[href=\"{href}\"]"))
        })
    });
    painted.remove();
    if let Some(selector) = same {
        if let Some(same) = document
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = same.focus();
        }
    }
}

/// Whether the painted screen is still up (the app has not taken over yet).
pub fn still_up() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("painted"))
        .is_some()
}

/// Says on the painted screen that the app could not be fetched (no signal, say), and what to do;
/// `waiting` says what the parent did meanwhile that is not saved (a status tapped, a Start).
pub fn could_not_open(waiting: Option<&str>) {
    let waiting = waiting
        .map(|words| format!("<p>{words}</p>"))
        .unwrap_or_default();
    crate::web::page::put_banner(&format!(
        "<h2><span aria-hidden=\"true\">⚠ </span>Small Steps could not finish opening</h2>\
         <p>Part of the app did not arrive, perhaps because the signal dropped. Everything saved \
         before is safe on this phone. Check the signal, then reload the page.</p>{waiting}\
         <p><a href=\"\" class=\"button primary\">Reload</a></p>"
    ));
}

/// An element with a class for drawing into the painted screen (every one drawn there has one).
pub fn element(document: &Document, tag: &str, class: &str) -> Element {
    let made = document
        .create_element(tag)
        .expect("the page makes elements");
    if !class.is_empty() {
        made.set_class_name(class);
    }
    made
}

/// An element with a class and words (set as text, so a name is never read as markup).
pub fn with_words(document: &Document, tag: &str, class: &str, words: &str) -> Element {
    let made = element(document, tag, class);
    made.set_text_content(Some(words));
    made
}
