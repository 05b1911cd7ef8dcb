//! All the children and everything recorded about them: the data the app keeps and backs up.

pub mod contacts;
pub mod day;
pub mod day_times;
pub mod filter;
pub mod no_school;
pub mod own_words;
mod pack_header;
pub mod school_figures;
pub mod support;
pub mod time_of_day;
mod worries_and_signs;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::checks::{check_date, check_nickname, limits, Problem};
use crate::domain::diary::contacts::Contact;
use crate::domain::diary::day::{DayRecord, DayStatus};
use crate::domain::diary::own_words::OwnWords;
use crate::domain::diary::school_figures::SchoolFigure;
use crate::domain::diary::support::{Nation, Support};
use crate::domain::plan::Plan;

pub use pack_header::PackHeader;

/// One child. A nickname is enough; the rest is optional.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Child {
    pub id: String,
    pub nickname: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub year_group: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub school: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key_adult: String,
    /// The child's full name, for the top of a meeting pack (the nickname is enough everywhere else).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub full_name: String,
    /// For the top of a meeting pack, so school can match the page to the right child.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<NaiveDate>,
    /// How school can reach the parent (a phone number or email), for the top of a meeting pack.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub parent_contact: String,
    /// Which nation's rules the school follows (version 2; England for older files).
    #[serde(default, skip_serializing_if = "Nation::is_england")]
    pub nation: Nation,
    /// True once the parent has said which nation (version 3), so it is asked only once.
    #[serde(default, skip_serializing_if = "is_false")]
    pub nation_answered: bool,
    /// SEN or ALN support, diagnosis, assessment awaited and referrals (version 2).
    #[serde(default, skip_serializing_if = "Support::is_empty")]
    pub support: Support,
    /// Attendance figures the school reported, in date order (version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub school_figures: Vec<SchoolFigure>,
    /// Day records, kept in date order with at most one per date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<DayRecord>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(default, skip_serializing_if = "Plan::is_empty")]
    pub plan: Plan,
    /// What the child said in their own turn (version 3): only ever this child's.
    #[serde(default, skip_serializing_if = "OwnWords::is_empty")]
    pub own_words: OwnWords,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Child {
    pub fn new(id: impl Into<String>, nickname: impl Into<String>) -> Self {
        Child {
            id: id.into(),
            nickname: nickname.into(),
            year_group: String::new(),
            school: String::new(),
            key_adult: String::new(),
            full_name: String::new(),
            date_of_birth: None,
            parent_contact: String::new(),
            nation: Nation::England,
            nation_answered: false,
            support: Support::default(),
            school_figures: Vec::new(),
            days: Vec::new(),
            contacts: Vec::new(),
            plan: Plan::default(),
            own_words: OwnWords::default(),
        }
    }

    /// The record for a date, if there is one.
    pub fn day(&self, date: NaiveDate) -> Option<&DayRecord> {
        self.days
            .binary_search_by_key(&date, |d| d.date)
            .ok()
            .map(|i| &self.days[i])
    }

    /// Takes the record for a date out (the parent removed it); keep the answer to undo.
    pub fn remove_day(&mut self, date: NaiveDate) -> Result<DayRecord, Problem> {
        let i = self
            .days
            .binary_search_by_key(&date, |d| d.date)
            .map_err(|_| Problem::new("days", "There is no record for this day to remove."))?;
        Ok(self.days.remove(i))
    }

    /// Undo of [`Child::remove_day`]: refused when a record for that date has been made since, so
    /// putting one back never overwrites another.
    pub fn restore_day(&mut self, record: DayRecord) -> Result<(), Problem> {
        if self.day(record.date).is_some() {
            return Err(Problem::new(
                "days",
                "It was not put back: a new record for this day has been saved since.",
            ));
        }
        self.put_day(record);
        Ok(())
    }

    /// Saves a day the parent filled in: adds it, or replaces the one already kept for that date.
    /// Refused in words when its date is out of range, or when a new date would take the diary
    /// past the most days it keeps. (The day's own fields are checked by the form, beside each
    /// field, and by the save.)
    pub fn save_day(&mut self, record: DayRecord) -> Result<(), Problem> {
        check_date("date", record.date)?;
        if self.day(record.date).is_none() && self.days.len() >= limits::DAYS_PER_CHILD {
            return Err(Problem::new(
                "days",
                format!(
                    "Not saved: this diary already holds {} days, the most it can keep. Save a backup, then start a new diary for the next years.",
                    limits::DAYS_PER_CHILD
                ),
            ));
        }
        self.put_day(record);
        Ok(())
    }

    /// Saves one tap on a day's status: the day's other details (worries, signs, times, notes)
    /// are kept as they were, or a new day is made with only its status. Refused as
    /// [`Child::save_day`] refuses.
    pub fn save_status(&mut self, date: NaiveDate, status: DayStatus) -> Result<(), Problem> {
        let record = match self.day(date) {
            Some(kept) => DayRecord {
                status,
                ..kept.clone()
            },
            None => DayRecord::new(date, status),
        };
        self.save_day(record)
    }

    /// Adds the record, or replaces the one already kept for that date; keeps date order. For
    /// building and merging diaries; a parent's save goes through [`Child::save_day`].
    pub fn put_day(&mut self, record: DayRecord) {
        match self.days.binary_search_by_key(&record.date, |d| d.date) {
            Ok(i) => self.days[i] = record,
            Err(i) => self.days.insert(i, record),
        }
    }

    /// Earliest and latest recorded dates.
    pub fn date_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((self.days.first()?.date, self.days.last()?.date))
    }
}

/// How many colours a child's badge can take (see [`Child::badge_colour`]).
pub const BADGE_COLOURS: usize = 6;

impl Child {
    /// The first letter of the child's name, for the round badge by their name: in capitals when
    /// it is an English letter; any other letter is left as typed and the badge's style sheet
    /// (`text-transform`) shows it in capitals (É for élodie), so the app's first part carries no
    /// table of every alphabet's capitals.
    pub fn initial(&self) -> String {
        let name = self.nickname.trim();
        name.chars()
            .find(|c| c.is_alphanumeric())
            .or_else(|| name.chars().next())
            .map(|c| c.to_ascii_uppercase().to_string())
            .unwrap_or_default()
    }

    /// Which of the [`BADGE_COLOURS`] this child's badge takes: worked out from the child's id
    /// alone, so a child keeps their colour across renames, reloads and phones.
    pub fn badge_colour(&self) -> usize {
        // FNV-1a: small, stable between versions and platforms (unlike the std hasher).
        let hash = self.id.bytes().fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
        hash as usize % BADGE_COLOURS
    }
}

/// Every child the parent keeps a diary for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Diary {
    #[serde(default)]
    pub children: Vec<Child>,
}

impl Diary {
    pub fn child(&self, id: &str) -> Option<&Child> {
        self.children.iter().find(|c| c.id == id)
    }

    pub fn child_mut(&mut self, id: &str) -> Option<&mut Child> {
        self.children.iter_mut().find(|c| c.id == id)
    }

    /// Adds a child with a fresh id chosen by the caller. The nickname is checked first, and may
    /// not be one another child already has; refused past the most children a diary keeps.
    pub fn add_child(&mut self, id: String, nickname: &str) -> Result<&Child, Problem> {
        if self.children.len() >= limits::CHILDREN {
            return Err(Problem::new(
                "children",
                format!("Small Steps keeps up to {} children.", limits::CHILDREN),
            ));
        }
        let nickname = check_nickname(nickname)?;
        self.check_name_free(&nickname, None)?;
        self.children.push(Child::new(id, nickname));
        Ok(self.children.last().expect("just pushed"))
    }

    /// Renames a child; the nickname is checked first, and may not be another child's.
    pub fn rename_child(&mut self, id: &str, nickname: &str) -> Result<(), Problem> {
        let nickname = check_nickname(nickname)?;
        self.check_name_free(&nickname, Some(id))?;
        let child = self
            .child_mut(id)
            .ok_or_else(|| Problem::new("children", "That child is no longer here."))?;
        child.nickname = nickname;
        Ok(())
    }

    /// Two children never share a name, so the header and every message say whose diary it is.
    /// Names are compared ignoring capitals and spaces ("Sam", " sam", "S am"); `except` is the
    /// child being renamed, who may keep their own name.
    fn check_name_free(&self, nickname: &str, except: Option<&str>) -> Result<(), Problem> {
        let key = |name: &str| -> String {
            name.chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let wanted = key(nickname);
        match self
            .children
            .iter()
            .find(|c| Some(c.id.as_str()) != except && key(&c.nickname) == wanted)
        {
            Some(other) => Err(Problem::new(
                "nickname",
                format!(
                    "There is already a child called {}. Use a different name or nickname, e.g. {} B.",
                    other.nickname, nickname
                ),
            )),
            None => Ok(()),
        }
    }

    /// Removes a child and everything recorded about them. Returns the removed child.
    pub fn remove_child(&mut self, id: &str) -> Result<Child, Problem> {
        let index = self
            .children
            .iter()
            .position(|c| c.id == id)
            .ok_or_else(|| Problem::new("children", "That child was already removed."))?;
        Ok(self.children.remove(index))
    }

    /// How many day records there are across all children.
    pub fn day_count(&self) -> usize {
        self.children.iter().map(|c| c.days.len()).sum()
    }

    /// Puts every child's days into date order (used after reading a file that may not be sorted).
    pub fn sort_days(&mut self) {
        for child in &mut self.children {
            child.days.sort_by_key(|d| d.date);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn a_status_tap_keeps_the_days_other_details() {
        let mut child = Child::new("c1", "Sam");
        let mut kept = DayRecord::new(date(5), DayStatus::Attended);
        kept.private_note = "a good walk in".into();
        kept.morning = Some(DayStatus::Attended);
        child.put_day(kept.clone());
        child.save_status(date(5), DayStatus::LeftEarly).unwrap();
        let saved = child.day(date(5)).unwrap();
        assert_eq!(saved.status, DayStatus::LeftEarly);
        assert_eq!(saved.private_note, kept.private_note);
        assert_eq!(saved.morning, kept.morning);
        child.save_status(date(6), DayStatus::AbsentIll).unwrap();
        assert_eq!(
            child.day(date(6)),
            Some(&DayRecord::new(date(6), DayStatus::AbsentIll))
        );
    }

    #[test]
    fn a_status_tap_is_refused_as_a_day_would_be() {
        let mut child = Child::new("c1", "Sam");
        let far = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
        assert!(child.save_status(far, DayStatus::Attended).is_err());
        assert!(child.days.is_empty());
    }

    #[test]
    fn put_day_keeps_one_record_per_date_in_order() {
        let mut child = Child::new("c1", "Sam");
        child.put_day(DayRecord::new(date(5), DayStatus::Attended));
        child.put_day(DayRecord::new(date(3), DayStatus::AbsentIll));
        child.put_day(DayRecord::new(date(5), DayStatus::LeftEarly));
        let dates: Vec<_> = child.days.iter().map(|d| d.date).collect();
        assert_eq!(dates, vec![date(3), date(5)]);
        assert_eq!(child.day(date(5)).unwrap().status, DayStatus::LeftEarly);
        assert_eq!(child.date_range(), Some((date(3), date(5))));
    }

    #[test]
    fn add_rename_and_remove_children() {
        let mut diary = Diary::default();
        diary.add_child("a".into(), "  Sam ").unwrap();
        assert_eq!(diary.child("a").unwrap().nickname, "Sam");
        assert!(diary.add_child("b".into(), "   ").is_err());
        diary.rename_child("a", "Sammy").unwrap();
        assert_eq!(diary.child("a").unwrap().nickname, "Sammy");
        assert!(diary.rename_child("zz", "X").is_err());
        assert_eq!(diary.remove_child("a").unwrap().nickname, "Sammy");
        assert!(diary.children.is_empty());
        assert_eq!(
            diary.remove_child("a").unwrap_err().reason,
            "That child was already removed."
        );
    }

    #[test]
    fn a_diary_keeps_up_to_twenty_children_and_says_so() {
        let mut diary = Diary::default();
        for i in 0..limits::CHILDREN {
            diary
                .add_child(format!("c{i}"), &format!("Child {i}"))
                .unwrap();
        }
        let problem = diary.add_child("one-more".into(), "Alex").unwrap_err();
        assert_eq!(problem.reason, "Small Steps keeps up to 20 children.");
        assert_eq!(diary.children.len(), limits::CHILDREN);
    }

    #[test]
    fn saving_a_day_checks_its_date_and_the_most_days_kept() {
        let mut child = Child::new("c1", "Sam");
        let far = NaiveDate::from_ymd_opt(2199, 1, 1).unwrap();
        let problem = child
            .save_day(DayRecord::new(far, DayStatus::Attended))
            .unwrap_err();
        assert!(
            problem.reason.contains("outside 2000 to 2100"),
            "{}",
            problem.reason
        );
        assert!(child.days.is_empty());
        let first = NaiveDate::from_ymd_opt(2001, 1, 1).unwrap();
        child.days = (0..limits::DAYS_PER_CHILD as u64)
            .map(|n| DayRecord::new(first + chrono::Days::new(n), DayStatus::Attended))
            .collect();
        // A day already kept may still be changed...
        child
            .save_day(DayRecord::new(first, DayStatus::AbsentIll))
            .unwrap();
        assert_eq!(child.day(first).unwrap().status, DayStatus::AbsentIll);
        // ...but a new one past the most days kept is refused in words, and nothing changes.
        let problem = child
            .save_day(DayRecord::new(date(30), DayStatus::Attended))
            .unwrap_err();
        assert!(
            problem
                .reason
                .starts_with("Not saved: this diary already holds 6000 days"),
            "{}",
            problem.reason
        );
        assert_eq!(child.days.len(), limits::DAYS_PER_CHILD);
        assert!(child.day(date(30)).is_none());
    }

    #[test]
    fn removing_a_day_that_is_not_there_says_so() {
        let mut child = Child::new("c1", "Sam");
        assert_eq!(
            child.remove_day(date(3)).unwrap_err().reason,
            "There is no record for this day to remove."
        );
        child.put_day(DayRecord::new(date(3), DayStatus::Attended));
        assert_eq!(child.remove_day(date(3)).unwrap().date, date(3));
    }
}
