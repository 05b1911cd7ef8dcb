//! Fresh ids for new children, records and steps, from the browser's clock and randomness.

/// A fresh id for a new child, record or step: time plus randomness, so two tabs never collide.
pub fn new_id(prefix: &str) -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("{prefix}-{time:x}{random:x}")
}
