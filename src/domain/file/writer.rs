//! Writes the whole diary as a document quickly, again and again: each month of day records is
//! turned into JSON once and reused until it changes, so saving one day re-writes one month.
//!
//! The output reads back exactly like [`crate::domain::file::document::write_json`]'s (only the order of
//! a child's fields differs), so the stored format stays one plain document under one key.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::domain::diary::contacts::Contact;
use crate::domain::diary::day::DayRecord;
use crate::domain::diary::own_words::OwnWords;
use crate::domain::diary::school_figures::SchoolFigure;
use crate::domain::diary::support::{Nation, Support};
use crate::domain::diary::Child;
use crate::domain::file::document::FORMAT_NAME;
use crate::domain::file::migrate::CURRENT_VERSION;
use crate::domain::plan::Plan;

/// One month of one child's records, with its JSON.
struct Month {
    key: (i32, u32),
    records: Vec<DayRecord>,
    json: String,
}

/// Remembers the JSON of every month written so far.
#[derive(Default)]
pub struct DiaryWriter {
    /// Per child id: its months in date order.
    children: Vec<(String, Vec<Month>)>,
}

/// A child's fields other than the day records.
#[derive(Serialize)]
struct ChildHead<'a> {
    id: &'a str,
    nickname: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    year_group: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    school: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    key_adult: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    full_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_of_birth: Option<NaiveDate>,
    #[serde(skip_serializing_if = "str::is_empty")]
    parent_contact: &'a str,
    #[serde(skip_serializing_if = "Nation::is_england")]
    nation: Nation,
    #[serde(skip_serializing_if = "is_false")]
    nation_answered: bool,
    #[serde(skip_serializing_if = "Support::is_empty")]
    support: &'a Support,
    #[serde(skip_serializing_if = "<[SchoolFigure]>::is_empty")]
    school_figures: &'a [SchoolFigure],
    #[serde(skip_serializing_if = "<[Contact]>::is_empty")]
    contacts: &'a [Contact],
    #[serde(skip_serializing_if = "Plan::is_empty")]
    plan: &'a Plan,
    #[serde(skip_serializing_if = "OwnWords::is_empty")]
    own_words: &'a OwnWords,
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn month_of(record: &DayRecord) -> (i32, u32) {
    (record.date.year(), record.date.month())
}

impl DiaryWriter {
    /// The whole document for these children, re-using the JSON of every unchanged month.
    pub fn write(&mut self, children: &[Child], exported_at: &str, revision: u64) -> String {
        let mut out = String::with_capacity(self.size_hint() + 1024);
        out.push_str(&format!(
            "{{\"format\":\"{FORMAT_NAME}\",\"version\":{CURRENT_VERSION},\"exported_at\":{},",
            serde_json::to_string(exported_at).expect("a string always serialises")
        ));
        if revision != 0 {
            out.push_str(&format!("\"revision\":{revision},"));
        }
        out.push_str("\"children\":[");
        let mut kept = Vec::with_capacity(children.len());
        for (i, child) in children.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let months = self.take_months(&child.id);
            let months = refresh(months, &child.days);
            write_child(&mut out, child, &months);
            kept.push((child.id.clone(), months));
        }
        out.push_str("]}");
        self.children = kept;
        out
    }

    fn take_months(&mut self, id: &str) -> Vec<Month> {
        self.children
            .iter()
            .position(|(c, _)| c == id)
            .map(|i| self.children.swap_remove(i).1)
            .unwrap_or_default()
    }

    fn size_hint(&self) -> usize {
        self.children
            .iter()
            .flat_map(|(_, months)| months.iter().map(|m| m.json.len() + 1))
            .sum()
    }
}

/// Brings a child's months up to date with its records, re-writing only months that changed.
fn refresh(mut old: Vec<Month>, days: &[DayRecord]) -> Vec<Month> {
    let mut months = Vec::new();
    let mut rest = days;
    while let Some(first) = rest.first() {
        let key = month_of(first);
        let len = rest.iter().take_while(|r| month_of(r) == key).count();
        let (records, tail) = rest.split_at(len);
        rest = tail;
        let reused = old
            .iter()
            .position(|m| m.key == key && m.records == records)
            .map(|i| old.swap_remove(i));
        months.push(reused.unwrap_or_else(|| {
            Month {
                key,
                records: records.to_vec(),
                json: records
                    .iter()
                    .map(|r| serde_json::to_string(r).expect("plain data always serialises"))
                    .collect::<Vec<_>>()
                    .join(","),
            }
        }));
    }
    months
}

fn write_child(out: &mut String, child: &Child, months: &[Month]) {
    // Every field of `Child` is named here, with no `..`: a field added to the data model does not
    // compile until it is written too, so no field can silently vanish from every save.
    let Child {
        id,
        nickname,
        year_group,
        school,
        key_adult,
        full_name,
        date_of_birth,
        parent_contact,
        nation,
        nation_answered,
        support,
        school_figures,
        days: _written_by_month_below,
        contacts,
        plan,
        own_words,
    } = child;
    let head = serde_json::to_string(&ChildHead {
        id,
        nickname,
        year_group,
        school,
        key_adult,
        full_name,
        date_of_birth: *date_of_birth,
        parent_contact,
        nation: *nation,
        nation_answered: *nation_answered,
        support,
        school_figures,
        contacts,
        plan,
        own_words,
    })
    .expect("plain data always serialises");
    if months.is_empty() {
        out.push_str(&head);
        return;
    }
    out.push_str(&head[..head.len() - 1]);
    out.push_str(",\"days\":[");
    for (i, month) in months.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&month.json);
    }
    out.push_str("]}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::file::document::{read_document, write_json};
    use crate::domain::{DayStatus, Diary};

    fn child_with_days(id: &str, days: u64) -> Child {
        let mut child = Child::new(id, format!("Child {id}"));
        let start = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
        for i in 0..days {
            let mut day = DayRecord::new(start + chrono::Days::new(i), DayStatus::Attended);
            day.helped = format!("note {i}");
            child.put_day(day);
        }
        child
    }

    fn same_document(a: &str, b: &str) {
        let a: serde_json::Value = serde_json::from_str(a).unwrap();
        let b: serde_json::Value = serde_json::from_str(b).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn writes_the_same_document_as_a_plain_write_through_a_series_of_changes() {
        let mut writer = DiaryWriter::default();
        let mut diary = Diary {
            children: vec![child_with_days("a", 90), Child::new("b", "Bea")],
        };
        let check = |writer: &mut DiaryWriter, diary: &Diary, revision| {
            let fast = writer.write(&diary.children, "t", revision);
            same_document(&fast, &write_json(&diary.children, "t", revision));
            assert_eq!(read_document(&fast).unwrap().into_diary(), *diary);
        };
        check(&mut writer, &diary, 1);
        diary.children[0].days[40].status = DayStatus::AbsentIll;
        check(&mut writer, &diary, 2);
        let new_day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        diary.children[0].put_day(DayRecord::new(new_day, DayStatus::LateBeforeRegister));
        check(&mut writer, &diary, 3);
        diary.children[0].days.remove(3);
        check(&mut writer, &diary, 4);
        diary.children[1].put_day(DayRecord::new(new_day, DayStatus::NoSchool));
        diary.children.swap(0, 1);
        check(&mut writer, &diary, 5);
        diary.children.remove(0);
        check(&mut writer, &diary, 0);
    }

    #[test]
    fn only_changed_months_are_written_again() {
        let mut writer = DiaryWriter::default();
        let mut children = vec![child_with_days("a", 120)];
        writer.write(&children, "t", 1);
        let before: Vec<*const u8> = writer.children[0]
            .1
            .iter()
            .map(|m| m.json.as_ptr())
            .collect();
        children[0].days[0].helped = "changed".into();
        writer.write(&children, "t", 2);
        let after: Vec<*const u8> = writer.children[0]
            .1
            .iter()
            .map(|m| m.json.as_ptr())
            .collect();
        assert_ne!(before[0], after[0], "the changed month is written again");
        assert_eq!(
            before[1..],
            after[1..],
            "the other months are reused as they were"
        );
    }
}
