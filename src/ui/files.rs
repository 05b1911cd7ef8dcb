//! Handing a file to the parent (the phone's share sheet where it can take files, else a download)
//! and reading a file they chose.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, FilePropertyBag, HtmlAnchorElement, Url};

/// How a file reached the parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivered {
    Shared,
    Downloaded,
    /// The parent closed the share sheet without choosing anywhere.
    Cancelled,
}

fn parts(text: &str) -> js_sys::Array {
    js_sys::Array::of1(&JsValue::from_str(text))
}

/// True on a touch-first device whose browser can share files (the phone share sheet).
fn can_share(file: &File) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let coarse = window
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let navigator = window.navigator();
    let Ok(can_share) = js_sys::Reflect::get(&navigator, &"canShare".into()) else {
        return false;
    };
    let Some(can_share) = can_share.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    coarse
        && can_share
            .call1(&navigator, &share_data(file))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
}

fn share_data(file: &File) -> JsValue {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(file));
    data.into()
}

/// Gives the parent a file: the share sheet on phones that support it, otherwise a download.
pub async fn offer_file(name: &str, text: &str, mime: &str) -> Result<Delivered, String> {
    let file_options = FilePropertyBag::new();
    file_options.set_type(mime);
    let file = File::new_with_str_sequence_and_options(&parts(text), name, &file_options)
        .map_err(|_| "The browser could not make the file.".to_string())?;
    if can_share(&file) {
        let navigator = web_sys::window().expect("checked by can_share").navigator();
        let share = js_sys::Reflect::get(&navigator, &"share".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(share) = share {
            if let Ok(promise) = share.call1(&navigator, &share_data(&file)) {
                match JsFuture::from(js_sys::Promise::from(promise)).await {
                    Ok(_) => return Ok(Delivered::Shared),
                    Err(error) if error_name(&error) == "AbortError" => {
                        return Ok(Delivered::Cancelled)
                    }
                    Err(_) => {} // Fall back to a download below.
                }
            }
        }
    }
    download(name, text, mime).map(|()| Delivered::Downloaded)
}

fn error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// Starts a download of `text` as a file called `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let failed = |_| "The browser would not start the download.".to_string();
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts(text), &options).map_err(failed)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("The page is not ready.")?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(failed)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Give the browser a moment to start the download before letting go of the data.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Reads the text of a file the parent picked.
pub async fn read_text(file: &File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| "The file could not be opened. Try choosing it again.".to_string())?;
    text.as_string()
        .ok_or_else(|| "The file could not be read as text.".to_string())
}

/// Copies text to the clipboard, the last way to share when files cannot be shared or saved.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let failed = || "Sharing did not work on this phone. Try printing to PDF instead.".to_string();
    let navigator = web_sys::window().ok_or_else(failed)?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| failed())?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(failed)?;
    let promise = write
        .call1(&clipboard, &JsValue::from_str(text))
        .map_err(|_| failed())?;
    JsFuture::from(js_sys::Promise::from(promise))
        .await
        .map(|_| ())
        .map_err(|_| failed())
}

/// A name made safe for a file name: lower-case letters and digits, other characters as "-".
pub fn file_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let safe: String = safe.trim_matches('-').chars().take(30).collect();
    if safe.is_empty() {
        "child".into()
    } else {
        safe
    }
}
