//! Brings a file written by any earlier version of the app up to the current format, one step at a time.
//!
//! Each released version N gets a function here turning version N into N+1, and a fixture file in
//! `tests/fixtures/` that must keep loading for ever.

use serde_json::Value;

/// The version this build writes.
pub const CURRENT_VERSION: u64 = 1;

/// One step of the chain: data at version N becomes data at version N+1.
type Step = fn(Value) -> Value;

/// Steps in order: `STEPS[0]` turns version 1 into version 2, and so on.
const STEPS: [Step; (CURRENT_VERSION - 1) as usize] = [];

/// Runs every step from `from` up to the current version.
///
/// The caller has already refused versions that are 0 or newer than [`CURRENT_VERSION`].
pub fn migrate(mut value: Value, from: u64) -> Value {
    for step in STEPS.iter().skip((from - 1) as usize) {
        value = step(value);
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(CURRENT_VERSION));
    }
    value
}
