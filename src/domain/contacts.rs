//! The contacts and meetings log: who the parent spoke to, how, what was said and what was agreed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
