//! Web Locks (`navigator.locks`): one tab at a time runs a piece of work, across every tab of the
//! app. Not to be confused with `passphrase_lock.rs`, which locks a backup file with a passphrase.

use wasm_bindgen::JsCast;

/// Runs `work` while holding the lock called `name`, shared by every tab (`navigator.locks`,
/// Safari 15.4+, Chrome, Firefox), so two tabs never run it at once; where the browser has no Web
/// Locks, at once.
pub fn with_lock(name: &str, work: impl FnOnce() + 'static) {
    let locks = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"locks".into()).ok())
        .filter(|l| !l.is_undefined() && !l.is_null());
    let request = locks.as_ref().and_then(|l| {
        js_sys::Reflect::get(l, &"request".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    });
    let (Some(locks), Some(request)) = (locks, request) else {
        work();
        return;
    };
    let callback =
        wasm_bindgen::closure::Closure::once_into_js(move |_lock: wasm_bindgen::JsValue| {
            work();
        });
    match request.call2(&locks, &name.into(), &callback) {
        Ok(promise) => {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                // Waited on, so a refusal never shows as an unhandled error.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                });
            }
        }
        Err(_) => {
            // The browser refused the request itself; the work was not run. For a save, nothing
            // is mended now, and the next save puts the tabs together anyway (see `ui::state`).
        }
    }
}
