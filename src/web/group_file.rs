//! Asking for the support group's settings file once per visit, and quietly: a site without one is
//! normal, and the browser logs any missing file it is asked for as an error. So the app asks through
//! its service worker, which answers "no content" (204) for a file the site does not have; before the
//! worker is in charge (the first visit), the app waits for it rather than ask the site directly.
//! Only where there is no worker at all (or it could not be started) is the site asked directly.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The answer for this visit, once asked: the file's text, or `None` when the site has none.
    static ANSWER: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

/// How long to wait, after the service worker is ready, for it to take charge of this page.
const CLAIM_WAIT_MS: i32 = 3_000;

/// The text of the file at `path` (relative to the page), or `None` when the site has none or the
/// phone cannot reach it. Asked once per visit; later calls get the same answer.
pub async fn group_file_text(path: &str) -> Option<String> {
    if let Some(answer) = ANSWER.with(|a| a.borrow().clone()) {
        return answer;
    }
    wait_for_service_worker().await;
    let text = fetch_text(path).await;
    ANSWER.with(|a| *a.borrow_mut() = Some(text.clone()));
    text
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Set on the page (by `index.html`) when the service worker could not be started, with the
/// event of the same name: then the site is asked directly.
const NO_WORKER: &str = "smallStepsNoServiceWorker";
const NO_WORKER_EVENT: &str = "small-steps-no-service-worker";

/// A promise settled by `event` on `target`, or after `ms` milliseconds when `ms` is given.
fn settled_by(target: &web_sys::EventTarget, event: &str, ms: Option<i32>) -> Promise {
    Promise::new(&mut |resolve: Function, _reject: Function| {
        // Whichever comes first settles it; later calls do nothing.
        let _ = target.add_event_listener_with_callback(event, &resolve);
        if let (Some(ms), Some(window)) = (ms, web_sys::window()) {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    })
}

/// Returns once the service worker answers this page's requests, or once it is clear there will be
/// none (the browser has none, or it could not be started); at once in either case if already so.
/// Before the worker is registered (on a first visit, a moment after the app is up) it waits.
async fn wait_for_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(workers) = get(&window.navigator(), "serviceWorker") else {
        return;
    };
    let settled = || get(&workers, "controller").is_some() || get(&window, NO_WORKER).is_some();
    if settled() {
        return;
    }
    let ready = get(&workers, "ready").and_then(|r| r.dyn_into::<Promise>().ok());
    let no_worker = settled_by(&window, NO_WORKER_EVENT, None);
    let first = match ready {
        Some(ready) => Promise::race(&js_sys::Array::of2(&ready, &no_worker)),
        None => no_worker,
    };
    let _ = JsFuture::from(first).await;
    if settled() {
        return;
    }
    // Once ready, the worker takes charge of open pages (clients.claim) a moment later. A page
    // loaded past it (a reload that skips it) never is: then the site is asked directly.
    let _ = JsFuture::from(settled_by(
        workers.unchecked_ref(),
        "controllerchange",
        Some(CLAIM_WAIT_MS),
    ))
    .await;
}

/// The file's text; `None` for "no content" (the worker's word for a file the site lacks), any
/// other answer that is not a success, or no signal.
async fn fetch_text(path: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() || response.status() == 204 {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
