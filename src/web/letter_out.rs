//! A letter leaving the app the parent's way: the phone's share sheet with the text (else the
//! clipboard); and the moment for a calendar file's stamp. Nothing is ever sent by the app itself.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::calendar_file::Stamp;
use crate::web::files::copy_text;

/// How a letter's text reached the parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextShared {
    Shared,
    /// No share sheet here, so the text went to the clipboard.
    Copied,
    /// The parent closed the share sheet.
    Cancelled,
}

/// Opens the share sheet with the letter's subject and text; where there is none, copies it.
pub async fn share_text(title: &str, text: &str) -> Result<TextShared, String> {
    let share = web_sys::window().and_then(|w| {
        let navigator = w.navigator();
        let share = js_sys::Reflect::get(&navigator, &"share".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        Some((navigator, share))
    });
    if let Some((navigator, share)) = share {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &JsValue::from_str(title));
        let _ = js_sys::Reflect::set(&data, &"text".into(), &JsValue::from_str(text));
        if let Ok(promise) = share.call1(&navigator, &data) {
            match JsFuture::from(js_sys::Promise::from(promise)).await {
                Ok(_) => return Ok(TextShared::Shared),
                Err(e) if error_name(&e) == "AbortError" => return Ok(TextShared::Cancelled),
                // Not allowed here: the clipboard instead.
                Err(_) => {}
            }
        }
    }
    copy_text(text).await.map(|()| TextShared::Copied)
}

fn error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// This moment in UTC, for a calendar file's DTSTAMP.
pub fn stamp_now() -> Stamp {
    let now = js_sys::Date::new_0();
    let date = chrono::NaiveDate::from_ymd_opt(
        now.get_utc_full_year() as i32,
        now.get_utc_month() + 1,
        now.get_utc_date(),
    )
    .unwrap_or_default();
    Stamp {
        date,
        hour: now.get_utc_hours(),
        minute: now.get_utc_minutes(),
        second: now.get_utc_seconds(),
    }
}
