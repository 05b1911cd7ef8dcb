//! Putting together two versions of the diary that grew from the same one: this tab's changes and
//! another tab's, saved at nearly the same moment. Nothing either side changed is lost; where both
//! changed the very same thing, this tab's version is kept and the place is named so the parent can
//! be told. Something one side removed stays removed: a child, day, contact, ladder, step, try,
//! review or agreed action in the common diary and missing from one side was removed there (not
//! "never there"), and even when the other side changed it, it stays removed until the parent,
//! told in words what was removed, chooses otherwise ([`mine_wins`]).
//!
//! The merge works on the diary's JSON, so a field added to the data model later is merged without
//! anyone remembering to list it here. Lists whose items carry an `id` (children, contacts, ladders,
//! steps, tries, reviews, agreed actions) or a `date` (days) are merged item by item; any other value
//! is one piece.

use serde_json::{Map, Value};

use crate::domain::file::document::{read_document, write_json};
use crate::domain::file::removed_words::removed_words;
use crate::domain::Diary;

/// The diary both sides agree on, and the places where both sides changed the same thing (this
/// side's version kept), as JSON paths such as `children[c-1].plan.key_adult`.
#[derive(Clone, Debug, PartialEq)]
pub struct Together {
    pub diary: Diary,
    pub both_changed: Vec<String>,
    /// What one side removed and the other side had changed: removed in `diary`, until the parent
    /// chooses to keep the changed one.
    pub removed_yet_changed: Vec<Removal>,
    /// Only from [`put_together_same_moment`]: what this side has and the other side's write did
    /// not hold, kept.
    pub missing_there: Vec<Removal>,
}

/// Which of the two versions did something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

/// Something one side removed that the other side changed, in the parent's words ("Sam and all
/// Sam's 590 days").
#[derive(Clone, Debug, PartialEq)]
pub struct Removal {
    pub by: Side,
    pub path: String,
    pub words: String,
}

/// Why two versions could not be put together (the stored data does not match the data model).
#[derive(Clone, Debug, PartialEq)]
pub struct CannotPutTogether(pub String);

/// Who wins where the two sides disagree.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// Mine for a field both changed; a removal for a thing one side removed and the other changed.
    RemovalsStay,
    /// Mine everywhere: my words, my removals, and what I changed that the other side removed.
    MineWins,
    /// As [`Rule::RemovalsStay`], but what mine has and theirs lacks is kept: theirs was written
    /// at the same moment, perhaps before mine's last save had reached it.
    SameMoment,
}

/// Puts `mine` and `theirs`, both grown from `base`, together. Where both changed the same field,
/// mine is kept; whatever either side removed stays removed (see [`Together::removed_yet_changed`]).
///
/// Each diary goes through the JSON text the app already writes and reads (not a direct conversion
/// to a JSON tree, whose code for every type of the data model would add weight to the first
/// download for a rare moment), and the result is read back with every check a stored diary gets.
pub fn put_together(
    base: &Diary,
    mine: &Diary,
    theirs: &Diary,
) -> Result<Together, CannotPutTogether> {
    together(base, mine, theirs, Rule::RemovalsStay)
}

/// Puts together this tab's save and another tab's write of the same revision (made at the same
/// moment). That write may have been made from storage read before this tab's last save reached
/// it, so a thing it lacks is not taken as removed: what `mine` has is kept, and named in
/// [`Together::missing_there`] so the parent can be told. What `mine` removed stays removed.
pub fn put_together_same_moment(
    base: &Diary,
    mine: &Diary,
    theirs: &Diary,
) -> Result<Together, CannotPutTogether> {
    together(base, mine, theirs, Rule::SameMoment)
}

/// The parent's choice after [`put_together`]: every disagreement settled `mine`'s way, so what
/// mine changed and theirs removed comes back, and what mine removed stays removed. Called with the
/// sides the other way round, it gives the other tab's way.
pub fn mine_wins(base: &Diary, mine: &Diary, theirs: &Diary) -> Result<Diary, CannotPutTogether> {
    together(base, mine, theirs, Rule::MineWins).map(|t| t.diary)
}

fn together(
    base: &Diary,
    mine: &Diary,
    theirs: &Diary,
    rule: Rule,
) -> Result<Together, CannotPutTogether> {
    let as_value = |d: &Diary| {
        serde_json::from_str::<Value>(&write_json(&d.children, WRITTEN_AT, 0))
            .map_err(|e| CannotPutTogether(e.to_string()))
    };
    let (base_value, mine, theirs) = (as_value(base)?, as_value(mine)?, as_value(theirs)?);
    let mut found = Found {
        rule,
        both_changed: Vec::new(),
        removed: Vec::new(),
        missing: Vec::new(),
    };
    let merged = found.value(Some(&base_value), &mine, &theirs, "");
    let diary = read_document(&merged.to_string())
        .map_err(|e| CannotPutTogether(e.message()))?
        .into_diary();
    let in_words = |found: Vec<(Side, String, String, Value)>| {
        found
            .into_iter()
            .map(|(by, path, list, item)| Removal {
                words: removed_words(base, &path, &list, &item),
                by,
                path,
            })
            .collect()
    };
    Ok(Together {
        diary,
        both_changed: found.both_changed,
        removed_yet_changed: in_words(found.removed),
        missing_there: in_words(found.missing),
    })
}

/// Any valid time: the merged document is read back, never stored as it is.
const WRITTEN_AT: &str = "2000-01-01T00:00:00Z";

/// The merge as it goes: the rule, and what it found along the way.
struct Found {
    rule: Rule,
    both_changed: Vec<String>,
    /// Who removed it, where, the name of its list, and the item as it was in the common diary.
    removed: Vec<(Side, String, String, Value)>,
    /// The same, for what mine has and a same-moment write lacked (kept; see [`Rule::SameMoment`]).
    missing: Vec<(Side, String, String, Value)>,
}

impl Found {
    fn value(&mut self, base: Option<&Value>, mine: &Value, theirs: &Value, path: &str) -> Value {
        if mine == theirs {
            return mine.clone();
        }
        // A same-moment write is looked at item by item even where mine changed nothing: what it
        // lacks may simply not have reached it.
        let item_by_item = self.rule == Rule::SameMoment
            && match (mine, theirs) {
                (Value::Object(_), Value::Object(_)) => true,
                (Value::Array(m), Value::Array(t)) => item_key(m, t).is_some(),
                _ => false,
            };
        if base == Some(mine) && !item_by_item {
            return theirs.clone();
        }
        if base == Some(theirs) {
            return mine.clone();
        }
        match (mine, theirs) {
            (Value::Object(m), Value::Object(t)) => {
                let empty = Map::new();
                let b = base.and_then(Value::as_object).unwrap_or(&empty);
                Value::Object(self.objects(b, m, t, path))
            }
            (Value::Array(m), Value::Array(t)) => match item_key(m, t) {
                Some(key) => {
                    let empty = Vec::new();
                    let b = base.and_then(Value::as_array).unwrap_or(&empty);
                    Value::Array(self.lists(key, b, m, t, path))
                }
                None => {
                    self.both_changed.push(path.to_string());
                    mine.clone()
                }
            },
            _ => {
                self.both_changed.push(path.to_string());
                mine.clone()
            }
        }
    }

    fn objects(
        &mut self,
        base: &Map<String, Value>,
        mine: &Map<String, Value>,
        theirs: &Map<String, Value>,
        path: &str,
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
            let merged = match (mine.get(key), theirs.get(key), b) {
                (Some(m), Some(t), _) => Some(self.value(b, m, t, &at)),
                // New on one side: kept.
                (Some(one), None, None) | (None, Some(one), None) => Some(one.clone()),
                // A field the other side emptied (an empty field or list is not written): merged
                // as emptied, so the days of a list emptied on one side are removals too.
                (Some(m), None, Some(_)) => Some(self.value(b, m, &emptied(m), &at)),
                (None, Some(t), Some(_)) => Some(self.value(b, &emptied(t), t, &at)),
                (None, None, _) => None,
            };
            if let Some(value) = merged {
                out.insert(key.clone(), value);
            }
        }
        out
    }

    /// An item one side has and the other does not: new on that side (kept), or removed by the
    /// other side. A removal stays, even of an item the side that kept it changed (noted, so the
    /// parent can choose), unless the rule lets mine win.
    fn one_side_only(
        &mut self,
        base: Option<&Value>,
        present: &Value,
        kept_by: Side,
        path: &str,
        list: &str,
    ) -> Option<Value> {
        let Some(base) = base else {
            return Some(present.clone());
        };
        if self.rule == Rule::SameMoment && kept_by == Side::Mine {
            self.missing.push((
                Side::Theirs,
                path.to_string(),
                list.to_string(),
                base.clone(),
            ));
            return Some(present.clone());
        }
        if base == present {
            return None;
        }
        let by = match kept_by {
            Side::Mine => Side::Theirs,
            Side::Theirs => Side::Mine,
        };
        self.removed
            .push((by, path.to_string(), list.to_string(), base.clone()));
        match self.rule {
            Rule::MineWins if kept_by == Side::Mine => Some(present.clone()),
            _ => None,
        }
    }

    fn lists(
        &mut self,
        key: &str,
        base: &[Value],
        mine: &[Value],
        theirs: &[Value],
        path: &str,
    ) -> Vec<Value> {
        let find = |list: &[Value], k: &str| list.iter().find(|v| key_of(v, key) == k).cloned();
        let order_of = |list: &[Value]| list.iter().map(|v| key_of(v, key)).collect::<Vec<_>>();
        // Whoever reordered the list decides the order.
        let (first, second) = if order_of(mine) != order_of(base) {
            (mine, theirs)
        } else {
            (theirs, mine)
        };
        let mut keys = order_of(first);
        let (in_base, second) = (order_of(base), order_of(second));
        for (i, k) in second.iter().enumerate() {
            if keys.contains(k) {
                continue;
            }
            // An item of the common diary (one the first side removed) keeps its place, after the
            // item before it; a new one follows the rest.
            let at = if in_base.contains(k) {
                second[..i]
                    .iter()
                    .rev()
                    .find_map(|p| keys.iter().position(|q| q == p))
                    .map_or(0, |p| p + 1)
            } else {
                keys.len()
            };
            keys.insert(at, k.clone());
        }
        let list = path.rsplit('.').next().unwrap_or(path);
        let list = list.split('[').next().unwrap_or(list);
        let mut out = Vec::new();
        for k in keys {
            let at = format!("{path}[{}]", k.trim_matches('"'));
            let b = find(base, &k);
            let merged = match (find(mine, &k), find(theirs, &k)) {
                (Some(m), Some(t)) => Some(self.value(b.as_ref(), &m, &t, &at)),
                (Some(m), None) => self.one_side_only(b.as_ref(), &m, Side::Mine, &at, list),
                (None, Some(t)) => self.one_side_only(b.as_ref(), &t, Side::Theirs, &at, list),
                (None, None) => None,
            };
            out.extend(merged);
        }
        out
    }
}

/// A value of the same kind with nothing in it: what a field the writer leaves out stands for.
fn emptied(like: &Value) -> Value {
    match like {
        Value::Array(_) => Value::Array(Vec::new()),
        Value::Object(_) => Value::Object(Map::new()),
        Value::String(_) => Value::String(String::new()),
        Value::Number(_) => Value::from(0),
        Value::Bool(_) => Value::Bool(false),
        Value::Null => Value::Null,
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

    /// The common diary changed in two tabs (`mine`, `theirs`), put together.
    fn changed_in_both(mine: impl FnOnce(&mut Diary), theirs: impl FnOnce(&mut Diary)) -> Together {
        let base = diary();
        let (mut in_mine, mut in_theirs) = (base.clone(), base.clone());
        mine(&mut in_mine);
        theirs(&mut in_theirs);
        put_together(&base, &in_mine, &in_theirs).unwrap()
    }

    #[test]
    fn a_day_from_each_tab_both_stay() {
        let together = changed_in_both(
            |mine| {
                mine.children[0].put_day(DayRecord::new(date(3), DayStatus::LateBeforeRegister));
            },
            |theirs| {
                theirs.children[0].put_day(DayRecord::new(date(4), DayStatus::AbsentIll));
            },
        );
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
        let together = changed_in_both(
            |mine| {
                mine.children[0].plan.celebration = "Pizza".into();
            },
            |theirs| {
                theirs.children[0].plan.key_adult = "Mr Jones".into();
            },
        );
        assert_eq!(together.diary.children[0].plan.celebration, "Pizza");
        assert_eq!(together.diary.children[0].plan.key_adult, "Mr Jones");
    }

    #[test]
    fn the_same_field_changed_on_both_keeps_mine_and_says_where() {
        let together = changed_in_both(
            |mine| {
                mine.children[0].plan.key_adult = "Mrs Patel".into();
            },
            |theirs| {
                theirs.children[0].plan.key_adult = "Mr Jones".into();
            },
        );
        assert_eq!(together.diary.children[0].plan.key_adult, "Mrs Patel");
        assert_eq!(
            together.both_changed,
            vec!["children[c-sam].plan.key_adult".to_string()]
        );
    }

    #[test]
    fn a_child_added_in_each_tab_both_stay() {
        let together = changed_in_both(
            |mine| {
                mine.children.push(Child::new("c-kim", "Kim"));
                mine.children.retain(|c| c.id != "c-alex");
            },
            |theirs| {
                theirs.children.push(Child::new("c-lee", "Lee"));
                theirs.children[0].nickname = "Sammy".into();
            },
        );
        let names: Vec<_> = together
            .diary
            .children
            .iter()
            .map(|c| c.nickname.as_str())
            .collect();
        assert_eq!(names, vec!["Sammy", "Kim", "Lee"]);
    }

    #[test]
    fn a_child_removed_in_one_tab_stays_removed_even_if_the_other_changed_them() {
        let base = diary();
        let mut removed = base.clone();
        removed.children.retain(|c| c.id != "c-sam");
        let mut typed = base.clone();
        typed.children[0].plan.celebration = "Pizza".into();
        // This tab typed for Sam; the other tab had removed Sam.
        let together = put_together(&base, &typed, &removed).unwrap();
        assert!(together.diary.child("c-sam").is_none());
        assert!(together.diary.child("c-alex").is_some());
        assert_eq!(
            together.removed_yet_changed,
            vec![Removal {
                by: Side::Theirs,
                path: "children[c-sam]".into(),
                words: "Sam and all Sam's records (1 day and the plan)".into(),
            }]
        );
        // The parent keeps this tab's: Sam comes back with the typing.
        let kept = mine_wins(&base, &typed, &removed).unwrap();
        assert_eq!(kept.child("c-sam").unwrap().plan.celebration, "Pizza");
        // In its old place.
        assert_eq!(kept.children[0].id, "c-sam");
        // Or takes the other tab's: Sam stays removed.
        let theirs = mine_wins(&base, &removed, &typed).unwrap();
        assert!(theirs.child("c-sam").is_none());
        // The same the other way round: this tab removed Sam, the other tab typed.
        let together = put_together(&base, &removed, &typed).unwrap();
        assert!(together.diary.child("c-sam").is_none());
        assert_eq!(together.removed_yet_changed[0].by, Side::Mine);
    }

    #[test]
    fn a_removal_nobody_else_touched_stays_removed_without_a_question() {
        let together = changed_in_both(
            |mine| {
                mine.children[0].days.clear();
            },
            |theirs| {
                theirs.children[1].plan.goal = "Mornings".into();
            },
        );
        assert!(together.diary.children[0].days.is_empty());
        assert_eq!(together.diary.children[1].plan.goal, "Mornings");
        assert!(together.removed_yet_changed.is_empty());
        assert!(together.both_changed.is_empty());
    }

    #[test]
    fn the_last_day_removed_while_the_other_tab_changed_it_stays_removed_until_chosen() {
        let base = diary();
        let mut mine = base.clone();
        mine.children[0].days.clear();
        let mut theirs = base.clone();
        theirs.children[0].days[0].helped = "A quiet start".into();
        theirs.children[0].put_day(DayRecord::new(date(5), DayStatus::AbsentIll));
        let together = put_together(&base, &mine, &theirs).unwrap();
        let days: Vec<_> = together.diary.children[0]
            .days
            .iter()
            .map(|d| d.date)
            .collect();
        // Their new day stays; the day this tab removed stays removed.
        assert_eq!(days, vec![date(5)]);
        assert_eq!(
            together.removed_yet_changed[0].words,
            "Sam's day on 2 November 2026"
        );
        let theirs_way = mine_wins(&base, &theirs, &mine).unwrap();
        assert_eq!(theirs_way.children[0].days.len(), 2);
    }

    #[test]
    fn a_replace_import_in_the_other_tab_wins_over_a_stale_tab() {
        let base = diary();
        // The other tab replaced everything with a backup that holds only Alex, with a day.
        let mut alex = Child::new("c-alex", "Alex");
        alex.put_day(DayRecord::new(date(9), DayStatus::AbsentIll));
        let replaced = Diary {
            children: vec![alex],
        };
        // This tab, stale, changes Alex's key adult.
        let mut stale = base.clone();
        stale.children[1].plan.key_adult = "Mr Jones".into();
        let together = put_together(&base, &stale, &replaced).unwrap();
        assert!(together.diary.child("c-sam").is_none());
        let alex = together.diary.child("c-alex").unwrap();
        assert_eq!(alex.plan.key_adult, "Mr Jones");
        assert_eq!(alex.days.len(), 1);
        assert!(together.removed_yet_changed.is_empty());
        // Had this tab changed Sam, Sam would stay removed, and the parent would be told.
        let mut stale = base.clone();
        stale.children[0].plan.goal = "Mornings".into();
        let together = put_together(&base, &stale, &replaced).unwrap();
        assert!(together.diary.child("c-sam").is_none());
        assert_eq!(together.removed_yet_changed[0].by, Side::Theirs);
    }

    #[test]
    fn a_same_moment_write_that_lacks_a_day_this_tab_has_keeps_the_day() {
        let base = diary();
        let mine = base.clone();
        // The other tab wrote from storage read before this tab's day of 2 November reached it.
        let mut theirs = base.clone();
        theirs.children[0].days.clear();
        theirs.children[0].put_day(DayRecord::new(date(6), DayStatus::AbsentIll));
        let together = put_together_same_moment(&base, &mine, &theirs).unwrap();
        let days: Vec<_> = together.diary.children[0]
            .days
            .iter()
            .map(|d| d.date)
            .collect();
        assert_eq!(days, vec![date(2), date(6)]);
        assert_eq!(
            together.missing_there[0].words,
            "Sam's day on 2 November 2026"
        );
        // What this tab removed stays removed.
        let mut mine = base.clone();
        mine.children.retain(|c| c.id != "c-alex");
        let together = put_together_same_moment(&base, &mine, &base).unwrap();
        assert!(together.diary.child("c-alex").is_none());
    }

    fn date_of(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    /// Sam with a ladder of one step and a few things said in the child's turn.
    fn diary_with_own_words() -> Diary {
        use crate::domain::diary::own_words::{House, Share};
        use crate::domain::plan::{Ladder, Step};
        let mut base = diary();
        let sam = &mut base.children[0];
        sam.plan.ladders.push(Ladder {
            id: "l1".into(),
            title: "Mornings".into(),
            steps: vec![Step::new("s1", "Walk to the gate")],
        });
        sam.set_worry_scale(["Calm", "", "Wobbly", "", "Too much"])
            .unwrap();
        sam.add_house_item(
            "h1".into(),
            House::Worries,
            "The hall",
            Share::OkToShare,
            date_of(2),
        )
        .unwrap();
        base
    }

    #[test]
    fn the_childs_words_from_two_tabs_are_put_together_and_never_cross_children() {
        use crate::domain::diary::own_words::{House, IdealPrompt, Share};
        use crate::domain::plan::ChildRating;
        let base = diary_with_own_words();
        let mut mine = base.clone();
        let sam = &mut mine.children[0];
        sam.add_house_item(
            "h2".into(),
            House::Dreams,
            "A dog",
            Share::JustForHome,
            date_of(3),
        )
        .unwrap();
        sam.set_worry_scale(["Calm", "Fizzy", "Wobbly", "", "Too much"])
            .unwrap();
        let mut theirs = base.clone();
        let sam = &mut theirs.children[0];
        sam.add_ideal_answer(
            "i1".into(),
            IdealPrompt::Classroom,
            "Quiet",
            Share::OkToShare,
            date_of(3),
        )
        .unwrap();
        sam.add_my_day("d1".into(), date_of(3), Some(4), &[], "")
            .unwrap();
        sam.set_worry_scale(["Calm", "", "Wobbly", "Shaky", "Too much"])
            .unwrap();
        sam.plan
            .rate_step_as_child(
                "s1",
                ChildRating {
                    id: "cr1".into(),
                    date: date_of(3),
                    rating: 6,
                },
            )
            .unwrap();
        theirs.children[1]
            .add_my_day("d9".into(), date_of(3), Some(1), &[], "")
            .unwrap();
        let together = put_together(&base, &mine, &theirs).unwrap();
        assert!(
            together.both_changed.is_empty(),
            "{:?}",
            together.both_changed
        );
        let sam = &together.diary.children[0].own_words;
        let houses: Vec<&str> = sam.houses.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(houses, ["h1", "h2"]);
        assert_eq!(sam.ideal_school[0].words, "Quiet");
        assert_eq!(sam.my_days.len(), 1);
        // Each tab's new words for a different number of the scale both stay.
        assert_eq!(
            (sam.scale.two.as_str(), sam.scale.eight.as_str()),
            ("Fizzy", "Shaky")
        );
        let step = together.diary.children[0].plan.find_step("s1").unwrap();
        assert_eq!(step.child_ratings[0].rating, 6);
        // Alex's entry stays Alex's.
        let alex = &together.diary.children[1].own_words;
        assert_eq!(alex.my_days[0].id, "d9");
        assert!(alex.houses.is_empty());
    }

    #[test]
    fn a_house_item_removed_in_one_tab_stays_removed_even_if_the_other_changed_the_choice() {
        use crate::domain::diary::own_words::Share;
        let base = diary_with_own_words();
        let mut removed = base.clone();
        removed.children[0].remove_own_words("h1").unwrap();
        let mut changed = base.clone();
        changed.children[0]
            .choose_share("h1", Share::JustForHome)
            .unwrap();
        let together = put_together(&base, &changed, &removed).unwrap();
        assert!(together.diary.children[0].own_words.houses.is_empty());
        assert_eq!(together.removed_yet_changed.len(), 1);
        assert_eq!(
            together.removed_yet_changed[0].words,
            "Sam's own words “The hall”"
        );
        // The parent may choose this tab's way: the item comes back with the new choice.
        let kept = mine_wins(&base, &changed, &removed).unwrap();
        assert_eq!(
            kept.children[0].own_words.houses[0].share,
            Share::JustForHome
        );
    }
}
