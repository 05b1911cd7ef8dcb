//! The page itself, for the screens: what it tells the app (the address changed, another tab saved
//! the diary, the page is closing or hidden) and what the app asks of it (scroll to the top, print,
//! a yes-or-no question). Each listener is given back as a [`Listening`] to stop it with.

use leptos::prelude::{window_event_listener, window_event_listener_untyped, WindowListenerHandle};

use crate::web::storage::DIARY_KEY;

/// Listeners on the page, stopped together by [`Listening::stop`].
pub struct Listening(Vec<WindowListenerHandle>);

impl Listening {
    /// Stops listening (when the part of the app that listened goes away).
    pub fn stop(self) {
        self.0.into_iter().for_each(WindowListenerHandle::remove);
    }
}

/// Calls `then` each time the address after `#` changes (a link, Back, or typed by hand).
pub fn on_address_change(then: impl Fn() + 'static) -> Listening {
    Listening(vec![window_event_listener_untyped(
        "hashchange",
        move |_| then(),
    )])
}

/// Calls `then` when another tab of the app saved or removed the diary (or all of the site's data
/// was cleared): the browser's `storage` event, which never fires in the tab that saved.
pub fn on_diary_changed_elsewhere(then: impl Fn() + 'static) -> Listening {
    Listening(vec![window_event_listener(
        leptos::ev::storage,
        move |event| {
            if event.key().is_none_or(|k| k == DIARY_KEY) {
                then();
            }
        },
    )])
}

/// Makes the browser ask before the page is closed or reloaded whenever `typing_not_saved` says so.
pub fn ask_before_closing(typing_not_saved: impl Fn() -> bool + 'static) -> Listening {
    Listening(vec![window_event_listener(
        leptos::ev::beforeunload,
        move |event| {
            if typing_not_saved() {
                event.prevent_default();
            }
        },
    )])
}

/// Calls `then` when the page is hidden (another app, the phone locked) or goes away: a phone may
/// never bring it back, so anything worth keeping is written then.
pub fn on_page_hidden(then: impl Fn() + Clone + 'static) -> Listening {
    let on_hide = then.clone();
    let hidden = window_event_listener_untyped("pagehide", move |_| on_hide());
    let switched = window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden());
        if hidden {
            then();
        }
    });
    Listening(vec![hidden, switched])
}

/// Scrolls the page to its top, as opening a new page would.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Adds to the page, once, a style sheet that only later parts use (`style/parts/<file>`, which
/// scripts/split_wasm.sh copies beside the parts and names in a `small-steps-parts` meta tag), so
/// the first load does not carry it. Without that tag (a test build) nothing is added.
pub fn bring_style_sheet(file: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let folder = document
        .query_selector("meta[name=small-steps-parts]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    let Some(folder) = folder else {
        return;
    };
    let href = format!("{folder}{file}");
    let present = document
        .query_selector(&format!("link[href=\"{href}\"]"))
        .ok()
        .flatten()
        .is_some();
    if present {
        return;
    }
    let (Ok(link), Ok(Some(head))) = (
        document.create_element("link"),
        document.query_selector("head"),
    ) else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &href);
    let _ = head.append_child(&link);
}

/// Opens the browser's print dialog for the page as shown.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Asks the browser's own yes-or-no question; true when the parent says yes (or the browser cannot
/// ask, so nothing is held up).
pub fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(true)
}

/// What the parent chose in a file picker (`<input type="file">`) that fired `event`, if anything.
pub fn chosen_file(event: &leptos::ev::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// Shows `value` as chosen again in the `<select>` that fired `event` (the parent chose to stay).
pub fn put_back_choice(event: &leptos::ev::Event, value: &str) {
    use wasm_bindgen::JsCast;
    if let Some(select) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        select.set_value(value);
    }
}

/// Whether the `<details>` that fired a `toggle` event is now open.
pub fn details_opened(event: &leptos::ev::Event) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}

/// Puts a banner (`html`, the app's own fixed words) at the very top of the page with the DOM
/// alone, for when the app has stopped (a panic) and the reactive system may be the part that
/// failed. Shown once; its `data-panic` lets tests see it.
pub fn put_stopped_banner(html: &str) {
    put_banner_once(html, "data-panic");
}

/// Puts a banner at the very top of the page with the DOM alone, for when the app could not be
/// fetched at all (no Leptos to draw it); shown once.
pub fn put_banner(html: &str) {
    put_banner_once(html, "data-not-opened");
}

fn put_banner_once(html: &str, marker: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document
        .query_selector(&format!("[{marker}]"))
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("class", "stopped");
    let _ = banner.set_attribute(marker, "");
    banner.set_inner_html(html);
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}
