//! Brings a file written by any earlier version of the app up to the current format, one step at a time.
//!
//! Each released version N gets a step here turning version N into N+1, and a fixture file in
//! `tests/fixtures/` that must keep loading for ever.
//!
//! The versions:
//! - 1: the first release.
//! - 2: adds the day status `could_not_get_out` and optional fields (see README, "The backup file
//!   format"). Nothing in a version 1 file changes meaning, so the step from 1 to 2 changes nothing:
//!   a version 1 file is read as it is.
//! - 3: adds the child's own turn (`own_words`: their worry scale, "today" entries, three houses
//!   and "my ideal school", each item with the child's choice of sharing), the child's own ratings
//!   of steps (`child_ratings`), the highest worry during a try (`worry_highest`), the kind of
//!   school (`support.school_kind`), how often school keeps in touch (`plan.keep_in_touch`) and
//!   whether the nation has been answered (`nation_answered`). All optional with a default, so
//!   the step from 2 to 3 changes nothing either.

use serde_json::Value;

/// The version this build writes.
pub const CURRENT_VERSION: u64 = 3;

/// One step of the chain: data at version N becomes data at version N+1. `None` when version N+1
/// only added things, so a version N file already reads as version N+1.
type Step = Option<fn(Value) -> Value>;

/// Steps in order: `STEPS[0]` turns version 1 into version 2, and so on.
const STEPS: [Step; (CURRENT_VERSION - 1) as usize] = [
    // 1 to 2: a new day status and new optional fields, each with a default; no meaning changed.
    None, // 2 to 3: new optional fields only, each with a default; no meaning changed.
    None,
];

/// True when a file of version `from` must be changed before it reads as the current version.
/// (While every step is `None` this is a constant, and the JSON-tree code stays out of the app.)
pub fn needs_migrating(from: u64) -> bool {
    STEPS
        .iter()
        .skip(from.saturating_sub(1) as usize)
        .any(Option::is_some)
}

/// Runs every step from `from` up to the current version.
///
/// The caller has already refused versions that are 0 or newer than [`CURRENT_VERSION`].
pub fn migrate(mut value: Value, from: u64) -> Value {
    for step in STEPS.iter().skip((from - 1) as usize).flatten() {
        value = step(value);
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(CURRENT_VERSION));
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_1_or_2_file_needs_no_change_to_read_as_version_3() {
        assert!(!needs_migrating(1));
        assert!(!needs_migrating(2));
        assert!(!needs_migrating(CURRENT_VERSION));
    }

    #[test]
    fn migrating_names_the_current_version_and_keeps_everything_else() {
        let v1 = serde_json::json!({"format": "small-steps", "version": 1, "children": [{"id": "a", "nickname": "Sam"}]});
        let v2 = migrate(v1.clone(), 1);
        assert_eq!(v2["version"], CURRENT_VERSION);
        assert_eq!(v2["children"], v1["children"]);
    }
}
