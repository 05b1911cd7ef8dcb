//! Handing a file to the parent and reading a file they chose. A file goes out by the phone's share
//! sheet where it can take the file, else as a download, else as text on the clipboard; every way
//! ends in words for the parent ([`Delivered::words`]), so no button ever seems to do nothing.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, FilePropertyBag, HtmlAnchorElement, Url};

use crate::web::browser as where_kept;

/// How a file reached the parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivered {
    Shared,
    Downloaded,
    /// Neither sharing nor a download worked, so the text went to the clipboard.
    Copied,
    /// The parent closed the share sheet without choosing anywhere.
    Cancelled,
}

impl Delivered {
    /// What happened, in words: `Ok` to show as done, `Err` as a problem. `thing` names the file
    /// as the parent knows it ("The backup file", "The spreadsheet").
    pub fn words(self, thing: &str, name: &str) -> Result<String, String> {
        match self {
            Delivered::Shared => Ok(format!("{thing} \"{name}\" is on its way to where you chose.")),
            Delivered::Downloaded => Ok(if where_kept::here().is_home_screen_app() {
                format!("{thing} \"{name}\" is saved. If you cannot find it in Files, try again and choose \"Save to Files\".")
            } else {
                format!("{thing} \"{name}\" is saved in your downloads.")
            }),
            Delivered::Copied => Ok(format!("This phone would not save a file, so {} is copied instead: paste it into a note or an email to yourself.", thing.to_ascii_lowercase())),
            Delivered::Cancelled => Err(format!("{thing} was not saved or shared. Try again when you are ready.")),
        }
    }
}

fn parts(text: &str) -> js_sys::Array {
    js_sys::Array::of1(&JsValue::from_str(text))
}

/// The types to offer the share sheet, best first: Android's Chrome refuses `application/json`
/// and `text/csv` files but takes the same file as `text/plain` (the name keeps its ending).
fn candidate_types(mime: &str) -> Vec<&str> {
    if mime == "text/plain" {
        vec![mime]
    } else {
        vec![mime, "text/plain"]
    }
}

/// Whether to try the share sheet first: in the Home Screen app (where a download may go
/// nowhere), or on a touch-first device (a phone or tablet).
fn share_first() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let coarse = window
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    coarse || where_kept::here().is_home_screen_app()
}

/// `navigator[name]` as a function, if the browser has it.
fn navigator_function(name: &str) -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let function = js_sys::Reflect::get(&navigator, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((navigator, function))
}

/// Whether this browser has a share sheet a page can open at all (desktop browsers on Linux, and
/// some others, do not): without one, "share" can only mean a download.
pub fn can_share() -> bool {
    navigator_function("share").is_some()
}

/// The first file, of the candidate types, that the browser says it can share.
fn shareable_file(name: &str, text: &str, mime: &str) -> Option<File> {
    let (navigator, can_share) = navigator_function("canShare")?;
    candidate_types(mime).into_iter().find_map(|kind| {
        let options = FilePropertyBag::new();
        options.set_type(kind);
        let file = File::new_with_str_sequence_and_options(&parts(text), name, &options).ok()?;
        // canShare may throw in some browsers for data it does not know: that is a "no".
        let yes = can_share
            .call1(&navigator, &share_data(&file))
            .ok()?
            .as_bool()?;
        yes.then_some(file)
    })
}

fn share_data(file: &File) -> JsValue {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(file));
    data.into()
}

/// How the share sheet went: `None` when it could not be used at all (then a download follows).
async fn share(file: &File) -> Option<Delivered> {
    let (navigator, share) = navigator_function("share")?;
    let promise = share.call1(&navigator, &share_data(file)).ok()?;
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => Some(Delivered::Shared),
        Err(error) if error_name(&error) == "AbortError" => Some(Delivered::Cancelled),
        // Not allowed (no tap to go with it), or the type refused after all: a download instead.
        Err(_) => None,
    }
}

/// Gives the parent a file: the share sheet first on phones and in the Home Screen app, then a
/// download, then the clipboard. `Err` only when all of them failed.
pub async fn offer_file(name: &str, text: &str, mime: &str) -> Result<Delivered, String> {
    if share_first() {
        if let Some(file) = shareable_file(name, text, mime) {
            if let Some(delivered) = share(&file).await {
                return Ok(delivered);
            }
        }
    }
    if download(name, text, mime).is_ok() {
        return Ok(Delivered::Downloaded);
    }
    copy_text(text)
        .await
        .map(|()| Delivered::Copied)
        .map_err(|_| {
            "This phone would not share, save or copy the file. Try again, or try another browser."
                .to_string()
        })
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
