//! The contacts and meetings log: who the parent spoke to, how, what was said and what was agreed,
//! and the checked ways a contact is added, changed, ticked off, removed and put back.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::checks::{check_date, check_text, limits, Problem};
use crate::domain::diary::Child;

/// How the contact happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactMethod {
    Call,
    Email,
    Meeting,
    Letter,
    Message,
    Other,
}

impl ContactMethod {
    pub const ALL: [ContactMethod; 6] = [
        ContactMethod::Call,
        ContactMethod::Email,
        ContactMethod::Meeting,
        ContactMethod::Letter,
        ContactMethod::Message,
        ContactMethod::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ContactMethod::Call => "Phone call",
            ContactMethod::Email => "Email",
            ContactMethod::Meeting => "Meeting",
            ContactMethod::Letter => "Letter",
            ContactMethod::Message => "Message or app",
            ContactMethod::Other => "Other",
        }
    }
}

/// Something someone agreed to do, by when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgreedAction {
    pub id: String,
    pub what: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<NaiveDate>,
    #[serde(default)]
    pub done: bool,
    /// The day it was ticked done, so the meeting pack can say when. Ticks made before this was
    /// kept have none, and say "done" without a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<NaiveDate>,
}

impl AgreedAction {
    /// An action is overdue when its date has passed and nobody has ticked it done.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.done && self.by.is_some_and(|by| by < today)
    }
}

/// One call, email, meeting or letter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: String,
    pub date: NaiveDate,
    /// Who it was with, in the parent's words ("Mrs Patel, SENCO").
    pub with_whom: String,
    pub method: ContactMethod,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub said: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<AgreedAction>,
}

impl Contact {
    /// The contact as it will be kept: words trimmed, actions with nothing in them left out, and
    /// every part checked (who it was with is needed; lengths and dates within the limits).
    pub fn checked(mut self) -> Result<Contact, Problem> {
        self.with_whom = self.with_whom.trim().to_string();
        self.said = self.said.trim().to_string();
        if self.with_whom.is_empty() {
            return Err(Problem::new(
                "with_whom",
                "Say who it was with (a name or a role is enough).",
            ));
        }
        check_date("date", self.date)?;
        check_text("with_whom", &self.with_whom, limits::NAME_CHARS)?;
        check_text("said", &self.said, limits::LONG_CHARS)?;
        for action in &mut self.actions {
            action.what = action.what.trim().to_string();
            action.who = action.who.trim().to_string();
            // A date ticked belongs only to a tick that is still there.
            if !action.done {
                action.done_on = None;
            }
        }
        self.actions.retain(|a| !a.what.is_empty());
        if self.actions.len() > limits::ACTIONS_PER_CONTACT {
            return Err(Problem::new(
                "actions",
                format!(
                    "A contact keeps up to {} actions agreed.",
                    limits::ACTIONS_PER_CONTACT
                ),
            ));
        }
        for action in &self.actions {
            check_text("actions.what", &action.what, limits::SHORT_CHARS)?;
            check_text("actions.who", &action.who, limits::NAME_CHARS)?;
            if let Some(by) = action.by {
                check_date("actions.by", by)?;
            }
            if let Some(on) = action.done_on {
                check_date("actions.done_on", on)?;
            }
        }
        Ok(self)
    }
}

/// "Last contact logged: 3 days ago (Friday 27 November 2026), with Mrs Patel." for the contacts
/// log, from the latest contact on or before `today`; None when none is logged.
pub fn last_contact_words(child: &Child, today: NaiveDate) -> Option<String> {
    let last = child
        .contacts
        .iter()
        .filter(|c| c.date <= today)
        .max_by_key(|c| c.date)?;
    let days = (today - last.date).num_days();
    let when = match days {
        0 => "today".to_string(),
        1 => "yesterday".to_string(),
        n => format!(
            "{n} days ago ({})",
            crate::domain::dates::long_date(last.date)
        ),
    };
    let mut words = format!(
        "Last contact logged: {when}, with {}.",
        last.with_whom.trim()
    );
    // Source: DOMAIN.md (the stepped plan): every plan names contact arrangements, who contacts
    // whom and how often. Said gently, as a prompt, never as blame.
    if let Some(every) = child.plan.keep_in_touch {
        if days > i64::from(every.longest_gap_days()) {
            words.push_str(&format!(
                " The plan says school keeps in touch {}, so it has been longer than agreed. A short, friendly message to the key adult may help.",
                every.words()
            ));
        }
    }
    Some(words)
}

/// A contact taken out of the log, and where it stood, so Undo can put it back as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedContact {
    pub contact: Contact,
    place: usize,
}

/// What to say when a contact has gone (removed here, or in another tab).
fn gone() -> Problem {
    Problem::new(
        "contacts",
        "That contact is no longer here (removed, perhaps in another tab).",
    )
}

impl Child {
    /// The contact with this id, if it is still in the log.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// Adds a new contact to the log, once checked.
    pub fn add_contact(&mut self, contact: Contact) -> Result<(), Problem> {
        if self.contacts.len() >= limits::CONTACTS_PER_CHILD {
            return Err(Problem::new(
                "contacts",
                format!(
                    "The log keeps up to {} contacts for each child.",
                    limits::CONTACTS_PER_CHILD
                ),
            ));
        }
        if self.contact(&contact.id).is_some() {
            return Err(Problem::new("contacts", "That contact is already saved."));
        }
        let contact = contact.checked()?;
        self.contacts.push(contact);
        Ok(())
    }

    /// Puts a changed contact in place of the one with the same id, once checked; nothing changes
    /// if it is refused or that contact has gone.
    pub fn replace_contact(&mut self, contact: Contact) -> Result<(), Problem> {
        let contact = contact.checked()?;
        let kept = self
            .contacts
            .iter_mut()
            .find(|c| c.id == contact.id)
            .ok_or_else(gone)?;
        *kept = contact;
        Ok(())
    }

    /// Ticks an agreed action done on the day given (or not done, which forgets the day).
    pub fn tick_action(
        &mut self,
        contact: &str,
        action: &str,
        done: bool,
        on: NaiveDate,
    ) -> Result<(), Problem> {
        let action = self
            .contacts
            .iter_mut()
            .find(|c| c.id == contact)
            .ok_or_else(gone)?
            .actions
            .iter_mut()
            .find(|a| a.id == action)
            .ok_or_else(|| Problem::new("contacts", "That action is no longer here."))?;
        action.done = done;
        action.done_on = done.then_some(on);
        Ok(())
    }

    /// Takes a contact out of the log; keep the answer to put it back with
    /// [`Child::restore_contact`].
    pub fn remove_contact(&mut self, id: &str) -> Result<RemovedContact, Problem> {
        let place = self
            .contacts
            .iter()
            .position(|c| c.id == id)
            .ok_or_else(gone)?;
        Ok(RemovedContact {
            contact: self.contacts.remove(place),
            place,
        })
    }

    /// Undo of [`Child::remove_contact`]: puts the contact back where it was. Refused when it is
    /// already back (Undo tapped twice, or in another tab), so nothing is ever kept twice.
    pub fn restore_contact(&mut self, removed: RemovedContact) -> Result<(), Problem> {
        if self.contact(&removed.contact.id).is_some() {
            return Err(Problem::new("contacts", "That contact is already back."));
        }
        if self.contacts.len() >= limits::CONTACTS_PER_CHILD {
            return Err(Problem::new(
                "contacts",
                "It was not put back: the log is full.",
            ));
        }
        let place = removed.place.min(self.contacts.len());
        self.contacts.insert(place, removed.contact);
        Ok(())
    }
}
