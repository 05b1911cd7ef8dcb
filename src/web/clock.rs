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

/// Milliseconds since 1970 on this phone's clock, to note when something happened.
pub fn now_millis() -> f64 {
    js_sys::Date::now()
}

/// A moment noted with [`now_millis`], as a date and time (to the minute) in this phone's own time.
pub fn local_moment(millis: f64) -> Option<chrono::NaiveDateTime> {
    let date = js_sys::Date::new(&millis.into());
    NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )?
    .and_hms_opt(date.get_hours(), date.get_minutes(), 0)
}
