//! Checking a child's own records: their details, each day, and each contact with the school.

use std::collections::HashSet;

use super::Checker;
use crate::domain::checks::{limits, Problem};
use crate::domain::diary::contacts::Contact;
use crate::domain::diary::day::DayRecord;
use crate::domain::diary::school_figures::{SchoolFigure, MOST_SCHOOL_FIGURES};
use crate::domain::diary::support::{Referral, Support, MOST_REFERRALS};
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
            // Any nation read from a file is one the app knows (an unknown one is refused as the
            // wrong shape, in words), and the flag is only true or false.
            nation: _,
            nation_answered: _,
            support,
            school_figures,
            days,
            contacts,
            plan,
            own_words,
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
        self.support(&format!("{p}.support"), support);
        self.school_figures(p, school_figures);
        self.count(
            || format!("{p}.days"),
            days.len(),
            limits::DAYS_PER_CHILD,
            "day records",
        );
        let mut seen = HashSet::with_capacity(days.len());
        for (i, day) in days.iter().enumerate() {
            // The path is written out only for a day with a problem: a save checks every day,
            // and a diary of three school years has over a thousand.
            let dp = || format!("{p}.days[{i}]");
            if !seen.insert(day.date) {
                self.record(Err(Problem::new(
                    dp(),
                    format!("There are two records for {}; keep one.", day.date),
                )));
            }
            self.day(dp, day);
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
        self.own_words(&format!("{p}.own_words"), own_words);
    }

    fn support(&mut self, p: &str, support: &Support) {
        let Support {
            level: _,
            school_kind: _,
            diagnosis,
            awaiting_assessment,
            referrals,
        } = support;
        self.text(|| format!("{p}.diagnosis"), diagnosis, limits::SHORT_CHARS);
        self.text(
            || format!("{p}.awaiting_assessment"),
            awaiting_assessment,
            limits::SHORT_CHARS,
        );
        self.count(
            || format!("{p}.referrals"),
            referrals.len(),
            MOST_REFERRALS,
            "referrals",
        );
        for (i, referral) in referrals.iter().enumerate() {
            let rp = format!("{p}.referrals[{i}]");
            let Referral {
                id,
                to: _,
                detail,
                made_on,
                stage: _,
                stage_since,
                note,
            } = referral;
            self.id(|| format!("{rp}.id"), id);
            self.text(|| format!("{rp}.detail"), detail, limits::NAME_CHARS);
            self.text(|| format!("{rp}.note"), note, limits::SHORT_CHARS);
            for (field, date) in [("made_on", made_on), ("stage_since", stage_since)] {
                if let Some(date) = *date {
                    self.date(|| format!("{rp}.{field}"), date);
                }
            }
        }
    }

    fn school_figures(&mut self, p: &str, figures: &[SchoolFigure]) {
        self.count(
            || format!("{p}.school_figures"),
            figures.len(),
            MOST_SCHOOL_FIGURES,
            "figures from school",
        );
        for (i, figure) in figures.iter().enumerate() {
            let fp = format!("{p}.school_figures[{i}]");
            let SchoolFigure {
                id,
                from,
                to,
                // Always 0 to 100 with two decimals at most: a `Percent` cannot hold anything else.
                percent: _,
                where_from,
            } = figure;
            self.id(|| format!("{fp}.id"), id);
            self.date(|| format!("{fp}.from"), *from);
            self.date(|| format!("{fp}.to"), *to);
            if to < from {
                self.record(Err(Problem::new(
                    format!("{fp}.to"),
                    "The last date comes before the first.",
                )));
            }
            self.text(
                || format!("{fp}.where_from"),
                where_from,
                limits::NAME_CHARS,
            );
        }
    }

    pub(super) fn day(&mut self, p: impl Fn() -> String + Copy, day: &DayRecord) {
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
        self.date(|| format!("{}.date", p()), *date);
        self.count(
            || format!("{}.worries", p()),
            worries.len(),
            limits::WORRIES_PER_DAY,
            "worries",
        );
        for (i, worry) in worries.iter().enumerate() {
            self.text(
                || format!("{}.worries[{i}].words", p()),
                &worry.words,
                limits::SHORT_CHARS,
            );
            self.rating(|| format!("{}.worries[{i}].rating", p()), worry.rating);
        }
        self.count(
            || format!("{}.signs", p()),
            signs.len(),
            limits::SIGNS_PER_DAY,
            "signs",
        );
        self.text(|| format!("{}.helped", p()), helped, limits::SHORT_CHARS);
        self.text(|| format!("{}.harder", p()), harder, limits::SHORT_CHARS);
        self.text(
            || format!("{}.school_code", p()),
            school_code,
            limits::SCHOOL_CODE_CHARS,
        );
        self.text(
            || format!("{}.private_note", p()),
            private_note,
            limits::LONG_CHARS,
        );
        let t = times;
        let mut last = None;
        let in_order = [t.woke, t.left_home, t.arrived, t.collected]
            .into_iter()
            .flatten()
            .all(|time| last.replace(time).is_none_or(|before| before <= time));
        if !in_order {
            self.record(Err(Problem::new(
                format!("{}.times", p()),
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
