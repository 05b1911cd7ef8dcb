//! Putting together two versions of the diary that grew from the same one: this tab's changes and
//! another tab's, saved at nearly the same moment. Nothing either side changed is lost; where both
//! changed the very same thing, this tab's version is kept and the place is named so the parent can
//! be told.
//!
//! The merge works on the diary's JSON, so a field added to the data model later is merged without
//! anyone remembering to list it here. Lists whose items carry an `id` (children, contacts, ladders,
//! steps, tries, reviews, agreed actions) or a `date` (days) are merged item by item; any other value
//! is one piece.

use serde_json::{Map, Value};

use crate::domain::file::document::{read_document, write_json};
use crate::domain::Diary;

/// The diary both sides agree on, and the places where both sides changed the same thing (this
/// side's version kept), as JSON paths such as `children[c-1].plan.key_adult`.
#[derive(Clone, Debug, PartialEq)]
pub struct Together {
    pub diary: Diary,
    pub both_changed: Vec<String>,
}

/// Why two versions could not be put together (the stored data does not match the data model).
#[derive(Clone, Debug, PartialEq)]
pub struct CannotPutTogether(pub String);

/// Puts `mine` and `theirs`, both grown from `base`, together.
///
/// Each diary goes through the JSON text the app already writes and reads (not a direct conversion
/// to a JSON tree, whose code for every type of the data model would add weight to the first
/// download for a rare moment), and the result is read back with every check a stored diary gets.
pub fn put_together(
    base: &Diary,
    mine: &Diary,
    theirs: &Diary,
) -> Result<Together, CannotPutTogether> {
    let as_value = |d: &Diary| {
        serde_json::from_str::<Value>(&write_json(&d.children, WRITTEN_AT, 0))
            .map_err(|e| CannotPutTogether(e.to_string()))
    };
    let (base, mine, theirs) = (as_value(base)?, as_value(mine)?, as_value(theirs)?);
    let mut both_changed = Vec::new();
    let merged = merge_value(Some(&base), &mine, &theirs, "", &mut both_changed);
    let diary = read_document(&merged.to_string())
        .map_err(|e| CannotPutTogether(e.message()))?
        .into_diary();
    Ok(Together {
        diary,
        both_changed,
    })
}

/// Any valid time: the merged document is read back, never stored as it is.
const WRITTEN_AT: &str = "2000-01-01T00:00:00Z";

fn merge_value(
    base: Option<&Value>,
    mine: &Value,
    theirs: &Value,
    path: &str,
    both_changed: &mut Vec<String>,
) -> Value {
    if mine == theirs {
        return mine.clone();
    }
    if base == Some(mine) {
        return theirs.clone();
    }
    if base == Some(theirs) {
        return mine.clone();
    }
    match (mine, theirs) {
        (Value::Object(m), Value::Object(t)) => {
            let empty = Map::new();
            let b = base.and_then(Value::as_object).unwrap_or(&empty);
            Value::Object(merge_objects(b, m, t, path, both_changed))
        }
        (Value::Array(m), Value::Array(t)) => match item_key(m, t) {
            Some(key) => {
                let empty = Vec::new();
                let b = base.and_then(Value::as_array).unwrap_or(&empty);
                Value::Array(merge_lists(key, b, m, t, path, both_changed))
            }
            None => {
                both_changed.push(path.to_string());
                mine.clone()
            }
        },
        _ => {
            both_changed.push(path.to_string());
            mine.clone()
        }
    }
}

fn merge_objects(
    base: &Map<String, Value>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
    path: &str,
    both_changed: &mut Vec<String>,
) -> Map<String, Value> {
    let mut out = Map::new();
    let keys = mine
        .keys()
        .chain(theirs.keys().filter(|k| !mine.contains_key(*k)));
    for key in keys {
        let at = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        let b = base.get(key);
        let merged = match (mine.get(key), theirs.get(key)) {
            (Some(m), Some(t)) => Some(merge_value(b, m, t, &at, both_changed)),
            (Some(m), None) => kept_unless_removed(b, m, &at, both_changed),
            (None, Some(t)) => kept_unless_removed(b, t, &at, both_changed),
            (None, None) => None,
        };
        if let Some(value) = merged {
            out.insert(key.clone(), value);
        }
    }
    out
}

/// A value one side has and the other does not: new on that side (kept), or removed by the other
/// side. A removal wins only over a value nobody changed; a change is never lost to a removal.
fn kept_unless_removed(
    base: Option<&Value>,
    present: &Value,
    path: &str,
    both_changed: &mut Vec<String>,
) -> Option<Value> {
    match base {
        None => Some(present.clone()),
        Some(b) if b == present => None,
        Some(_) => {
            both_changed.push(path.to_string());
            Some(present.clone())
        }
    }
}

/// The field that names the items of a list, when every item on both sides has it.
fn item_key(mine: &[Value], theirs: &[Value]) -> Option<&'static str> {
    ["id", "date"].into_iter().find(|key| {
        mine.iter()
            .chain(theirs)
            .all(|item| item.get(key).is_some_and(|v| !v.is_null()))
            && !(mine.is_empty() && theirs.is_empty())
    })
}

fn key_of(item: &Value, key: &str) -> String {
    item.get(key).map(Value::to_string).unwrap_or_default()
}

fn merge_lists(
    key: &str,
    base: &[Value],
    mine: &[Value],
    theirs: &[Value],
    path: &str,
    both_changed: &mut Vec<String>,
) -> Vec<Value> {
    let find = |list: &[Value], k: &str| list.iter().find(|v| key_of(v, key) == k).cloned();
    let order_of = |list: &[Value]| list.iter().map(|v| key_of(v, key)).collect::<Vec<_>>();
    // Whoever reordered the list decides the order; items only the other side has follow.
    let (first, second) = if order_of(mine) != order_of(base) {
        (mine, theirs)
    } else {
        (theirs, mine)
    };
    let mut keys = order_of(first);
    for k in order_of(second) {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let mut out = Vec::new();
    for k in keys {
        let at = format!("{path}[{}]", k.trim_matches('"'));
        let b = find(base, &k);
        let merged = match (find(mine, &k), find(theirs, &k)) {
            (Some(m), Some(t)) => Some(merge_value(b.as_ref(), &m, &t, &at, both_changed)),
            (Some(m), None) => kept_unless_removed(b.as_ref(), &m, &at, both_changed),
            (None, Some(t)) => kept_unless_removed(b.as_ref(), &t, &at, both_changed),
            (None, None) => None,
        };
        out.extend(merged);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Child, DayRecord, DayStatus};
    use chrono::NaiveDate;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn diary() -> Diary {
        let mut sam = Child::new("c-sam", "Sam");
        sam.put_day(DayRecord::new(date(2), DayStatus::Attended));
        sam.plan.key_adult = "Miss Ahmed".into();
        Diary {
            children: vec![sam, Child::new("c-alex", "Alex")],
        }
    }

    #[test]
    fn a_day_from_each_tab_both_stay() {
        let base = diary();
        let mut mine = base.clone();
        mine.children[0].put_day(DayRecord::new(date(3), DayStatus::LateBeforeRegister));
        let mut theirs = base.clone();
        theirs.children[0].put_day(DayRecord::new(date(4), DayStatus::AbsentIll));
        let together = put_together(&base, &mine, &theirs).unwrap();
        let days: Vec<_> = together.diary.children[0]
            .days
            .iter()
            .map(|d| d.date)
            .collect();
        assert_eq!(days, vec![date(2), date(3), date(4)]);
        assert!(together.both_changed.is_empty());
    }

    #[test]
    fn different_fields_of_the_plan_both_stay() {
        let base = diary();
        let mut mine = base.clone();
        mine.children[0].plan.celebration = "Pizza".into();
        let mut theirs = base.clone();
        theirs.children[0].plan.key_adult = "Mr Jones".into();
        let together = put_together(&base, &mine, &theirs).unwrap();
        assert_eq!(together.diary.children[0].plan.celebration, "Pizza");
        assert_eq!(together.diary.children[0].plan.key_adult, "Mr Jones");
    }

    #[test]
    fn the_same_field_changed_on_both_keeps_mine_and_says_where() {
        let base = diary();
        let mut mine = base.clone();
        mine.children[0].plan.key_adult = "Mrs Patel".into();
        let mut theirs = base.clone();
        theirs.children[0].plan.key_adult = "Mr Jones".into();
        let together = put_together(&base, &mine, &theirs).unwrap();
        assert_eq!(together.diary.children[0].plan.key_adult, "Mrs Patel");
        assert_eq!(
            together.both_changed,
            vec!["children[c-sam].plan.key_adult".to_string()]
        );
    }

    #[test]
    fn a_child_added_in_each_tab_both_stay_and_a_removal_yields_to_a_change() {
        let base = diary();
        let mut mine = base.clone();
        mine.children.push(Child::new("c-kim", "Kim"));
        mine.children.retain(|c| c.id != "c-alex");
        let mut theirs = base.clone();
        theirs.children.push(Child::new("c-lee", "Lee"));
        theirs.children[0].nickname = "Sammy".into();
        let together = put_together(&base, &mine, &theirs).unwrap();
        let names: Vec<_> = together
            .diary
            .children
            .iter()
            .map(|c| c.nickname.as_str())
            .collect();
        assert_eq!(names, vec!["Sammy", "Kim", "Lee"]);
        // Removing a child the other side changed keeps the child.
        let mut removed = base.clone();
        removed.children.retain(|c| c.id != "c-sam");
        let together = put_together(&base, &removed, &theirs).unwrap();
        assert!(together.diary.child("c-sam").is_some());
        assert_eq!(together.both_changed, vec!["children[c-sam]".to_string()]);
    }
}
