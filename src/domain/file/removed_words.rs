//! What a tab removed, in the parent's words and with counts ("Sam and all Sam's 590 days", "the
//! ladder “Mornings” with its 4 steps"), for the banner that lets the parent choose.

use chrono::NaiveDate;
use serde_json::Value;

use crate::domain::dates::long_date;
use crate::domain::words::plural;
use crate::domain::Diary;

/// Words for `item`, an entry of the list `list` at `path` in `base`, the common diary.
pub fn removed_words(base: &Diary, path: &str, list: &str, item: &Value) -> String {
    let child = path
        .strip_prefix("children[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|id| base.child(id))
        .map(|c| c.nickname.clone())
        .unwrap_or_else(|| "a child".into());
    let text = |field: &str| quoted(item.get(field).and_then(Value::as_str).unwrap_or(""));
    let date = || {
        item.get("date")
            .and_then(Value::as_str)
            .and_then(|d| d.parse::<NaiveDate>().ok())
            .map(long_date)
            .unwrap_or_else(|| "a day".into())
    };
    let count = |field: &str| {
        item.get(field)
            .and_then(Value::as_array)
            .map_or(0, Vec::len)
    };
    match list {
        "children" => {
            let mut parts = Vec::new();
            if count("days") > 0 {
                parts.push(plural(count("days"), "day", "days"));
            }
            if count("contacts") > 0 {
                parts.push(plural(count("contacts"), "contact", "contacts"));
            }
            if item.get("plan").is_some() {
                parts.push("the plan".into());
            }
            if parts.is_empty() {
                child
            } else {
                format!("{child} and all {child}'s records ({})", and_list(&parts))
            }
        }
        "days" => format!("{child}'s day on {}", date()),
        "contacts" => format!("{child}'s contact on {} with {}", date(), text("with_whom")),
        "actions" => format!("an agreed action for {child}, {}", text("what")),
        "ladders" => {
            let steps = count("steps");
            let ladder = format!("the ladder {} in {child}'s plan", text("title"));
            if steps == 0 {
                ladder
            } else {
                format!("{ladder}, with its {}", plural(steps, "step", "steps"))
            }
        }
        "steps" | "sub_steps" => format!("the step {} in {child}'s plan", text("what")),
        "attempts" => format!("a try on {} in {child}'s plan", date()),
        "reviews" => format!("the review of {} in {child}'s plan", date()),
        "child_ratings" => format!("{child}'s own rating of a step on {}", date()),
        "my_days" => format!("what {child} said about {}", date()),
        "houses" | "ideal_school" => format!("{child}'s own words {}", text("words")),
        _ => format!("something in {child}'s diary"),
    }
}

/// A short quotation: long text is cut at a word, with "…".
fn quoted(text: &str) -> String {
    const MOST: usize = 40;
    let text = text.trim();
    if text.chars().count() <= MOST {
        return format!("“{text}”");
    }
    let cut: String = text.chars().take(MOST).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("“{cut}…”")
}

/// "a, b and c".
fn and_list(parts: &[String]) -> String {
    match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Child, DayRecord, DayStatus};

    #[test]
    fn a_child_is_named_with_what_went_with_them() {
        let mut sam = Child::new("c-sam", "Sam");
        for d in 2..5 {
            sam.put_day(DayRecord::new(
                NaiveDate::from_ymd_opt(2026, 11, d).unwrap(),
                DayStatus::Attended,
            ));
        }
        let diary = Diary {
            children: vec![sam.clone()],
        };
        let item = serde_json::to_value(&sam).unwrap();
        assert_eq!(
            removed_words(&diary, "children[c-sam]", "children", &item),
            "Sam and all Sam's records (3 days)"
        );
        let day = serde_json::to_value(&sam.days[0]).unwrap();
        assert_eq!(
            removed_words(&diary, "children[c-sam].days[2026-11-02]", "days", &day),
            "Sam's day on 2 November 2026"
        );
    }

    #[test]
    fn long_words_are_cut_at_a_word() {
        assert_eq!(quoted("Walk to the gate"), "“Walk to the gate”");
        assert_eq!(
            quoted("Walk to the school gate with Mum and then go in through the side door"),
            "“Walk to the school gate with Mum and…”"
        );
    }
}
