//! Today's date and the current time, read from the browser's clock.

use chrono::NaiveDate;

/// Today's date on this phone (local time).
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The current moment in UTC, as RFC 3339 text ("2026-11-25T08:15:00.000Z").
pub fn now_rfc3339() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}
