//! Checking a child's own records: their details, each day, and each contact with the school.

use std::collections::HashSet;

use super::Checker;
use crate::domain::checks::{check_rating, limits, Problem};
use crate::domain::diary::contacts::Contact;
use crate::domain::diary::day::DayRecord;
use crate::domain::diary::Child;

impl Checker {
    pub(super) fn child(&mut self, p: &str, child: &Child) {
        // Every field is named, with no `..`: a field added to `Child` does not compile until it
        // is checked here too (or marked as needing no check).
        let Child {
            id,
            nickname,
            year_group,
            school,
            key_adult,
            full_name,
            date_of_birth,
            parent_contact,
            days,
            contacts,
            plan,
        } = child;
        self.id(|| format!("{p}.id"), id);
        if nickname.trim().is_empty() {
            self.record(Err(Problem::new(
                format!("{p}.nickname"),
                "Every child needs a name or nickname.",
            )));
        }
        self.text(|| format!("{p}.nickname"), nickname, limits::NAME_CHARS);
        self.text(|| format!("{p}.year_group"), year_group, limits::NAME_CHARS);
        self.text(|| format!("{p}.school"), school, limits::NAME_CHARS);
        self.text(|| format!("{p}.key_adult"), key_adult, limits::NAME_CHARS);
        self.text(|| format!("{p}.full_name"), full_name, limits::NAME_CHARS);
        if let Some(born) = *date_of_birth {
            self.date(|| format!("{p}.date_of_birth"), born);
        }
        self.text(
            || format!("{p}.parent_contact"),
            parent_contact,
            limits::NAME_CHARS,
        );
        self.count(
            || format!("{p}.days"),
            days.len(),
            limits::DAYS_PER_CHILD,
            "day records",
        );
        let mut seen = HashSet::with_capacity(days.len());
        for (i, day) in days.iter().enumerate() {
            let dp = format!("{p}.days[{i}]");
            if !seen.insert(day.date) {
                self.record(Err(Problem::new(
                    &dp,
                    format!("There are two records for {}; keep one.", day.date),
                )));
            }
            self.day(&dp, day);
        }
        self.count(
            || format!("{p}.contacts"),
            contacts.len(),
            limits::CONTACTS_PER_CHILD,
            "contacts",
        );
        for (i, contact) in contacts.iter().enumerate() {
            self.contact(&format!("{p}.contacts[{i}]"), contact);
        }
        self.plan(&format!("{p}.plan"), plan);
    }

    pub(super) fn day(&mut self, p: &str, day: &DayRecord) {
        // Every field is named (see `child`); the statuses need no check beyond their type.
        let DayRecord {
            date,
            status: _,
            morning: _,
            afternoon: _,
            worries,
            signs,
            helped,
            harder,
            times,
            school_code,
            private_note,
        } = day;
        self.date(|| format!("{p}.date"), *date);
        self.count(
            || format!("{p}.worries"),
            worries.len(),
            limits::WORRIES_PER_DAY,
            "worries",
        );
        for (i, worry) in worries.iter().enumerate() {
            self.text(
                || format!("{p}.worries[{i}].words"),
                &worry.words,
                limits::SHORT_CHARS,
            );
            self.record(check_rating(
                &format!("{p}.worries[{i}].rating"),
                worry.rating,
            ));
        }
        self.count(
            || format!("{p}.signs"),
            signs.len(),
            limits::SIGNS_PER_DAY,
            "signs",
        );
        self.text(|| format!("{p}.helped"), helped, limits::SHORT_CHARS);
        self.text(|| format!("{p}.harder"), harder, limits::SHORT_CHARS);
        self.text(
            || format!("{p}.school_code"),
            school_code,
            limits::SCHOOL_CODE_CHARS,
        );
        self.text(
            || format!("{p}.private_note"),
            private_note,
            limits::LONG_CHARS,
        );
        let t = times;
        let in_order = [t.woke, t.left_home, t.arrived, t.collected]
            .iter()
            .flatten()
            .collect::<Vec<_>>()
            .windows(2)
            .all(|w| w[0] <= w[1]);
        if !in_order {
            self.record(Err(Problem::new(
                format!("{p}.times"),
                "The times are out of order: woke, left home, arrived, collected should come one after another.",
            )));
        }
    }

    pub(super) fn contact(&mut self, p: &str, contact: &Contact) {
        self.id(|| format!("{p}.id"), &contact.id);
        self.date(|| format!("{p}.date"), contact.date);
        self.text(
            || format!("{p}.with_whom"),
            &contact.with_whom,
            limits::NAME_CHARS,
        );
        self.text(|| format!("{p}.said"), &contact.said, limits::LONG_CHARS);
        self.count(
            || format!("{p}.actions"),
            contact.actions.len(),
            limits::ACTIONS_PER_CONTACT,
            "actions",
        );
        for (i, action) in contact.actions.iter().enumerate() {
            let ap = format!("{p}.actions[{i}]");
            self.id(|| format!("{ap}.id"), &action.id);
            self.text(|| format!("{ap}.what"), &action.what, limits::SHORT_CHARS);
            self.text(|| format!("{ap}.who"), &action.who, limits::NAME_CHARS);
            if let Some(by) = action.by {
                self.date(|| format!("{ap}.by"), by);
            }
        }
    }
}
