//! After a call or meeting: who, when, what was agreed by whom and by when, and "please tell me if
//! your understanding is different", from one entry in the contacts log.
//!
//! Rests on: parents' groups' advice to follow every call and meeting with an email saying what was
//! agreed ("my understanding is ...") and to keep copies (Not Fine in School); "A school meeting"
//! in DOMAIN.md: leave with named actions, check the minutes.

use super::model::{list_lines, one_line, Letter, NotYet, Outcome, Paragraph, GAP};
use super::{day_words, greeting, name, sign_off, LetterChoices, LetterKind};
use crate::domain::dates::long_date;
use crate::domain::diary::contacts::{Contact, ContactMethod};
use crate::domain::diary::Child;

const RESTS_ON: &str = "Parents' groups (Not Fine in School): follow every call and meeting with \
an email saying what you understood was agreed, and keep a copy.";

fn thanks(contact: &Contact) -> String {
    let when = day_words(contact.date);
    match contact.method {
        ContactMethod::Call => format!("Thank you for talking with me on the phone on {when}."),
        ContactMethod::Meeting => format!("Thank you for meeting with me on {when}."),
        ContactMethod::Email | ContactMethod::Letter | ContactMethod::Message => {
            format!("Thank you for your message of {when}.")
        }
        ContactMethod::Other => format!("Thank you for speaking with me on {when}."),
    }
}

/// "Mrs Patel will arrange a soft start, by 10 March 2026" — who and when as the parent noted
/// them, gaps where they did not.
fn action_line(what: &str, who: &str, by: Option<chrono::NaiveDate>, done: bool) -> String {
    let who = if who.trim().is_empty() {
        GAP
    } else {
        who.trim()
    };
    let by = by.map_or_else(|| GAP.to_string(), long_date);
    let mut line = format!("{}: {who}, by {by}", one_line(what));
    if done {
        line.push_str(" (done)");
    }
    line
}

pub(super) fn write(child: &Child, choices: &LetterChoices) -> Outcome {
    let contact = match &choices.contact {
        Some(id) => child.contact(id),
        None => child.contacts.iter().max_by_key(|c| c.date),
    };
    let Some(contact) = contact else {
        return Outcome::NotYet(NotYet {
            kind: LetterKind::AfterContact,
            why: match &choices.contact {
                Some(_) => "That call or meeting is no longer in the contacts log (removed, perhaps in another tab).".into(),
                None => "There is no call or meeting in the contacts log yet.".into(),
            },
            what_to_record: "Add it under Calendar, then Contacts: who it was with, when, and what each person agreed to do by when. Then this letter fills itself in.".into(),
        });
    };
    let who = name(child);
    let mut paragraphs = vec![greeting()];
    paragraphs.push(Paragraph::plain(format!(
        "{} I am writing to check that we share the same understanding of what we agreed about {who}.",
        thanks(contact)
    )));
    let mut for_parent = Vec::new();
    let said = contact.said.trim();
    if choices.include_said && !said.is_empty() {
        paragraphs.push(Paragraph::titled("What we talked about", said));
    }
    let agreed: Vec<String> = contact
        .actions
        .iter()
        .map(|a| action_line(&a.what, &a.who, a.by, a.done))
        .collect();
    if agreed.is_empty() {
        paragraphs.push(Paragraph::titled(
            "My understanding is that we agreed",
            list_lines(&[format!("{GAP}: {GAP}, by {GAP}")]),
        ));
        for_parent.push("No action agreed is noted for this contact: fill in the gaps, or add the actions to the contact in the log so the next letter has them.".into());
    } else {
        paragraphs.push(Paragraph::titled(
            "My understanding is that we agreed",
            list_lines(&agreed),
        ));
    }
    paragraphs.push(Paragraph::plain(
        "Please tell me if your understanding is different, so that we can put it right while it is fresh. Thank you for your help.",
    ));
    paragraphs.push(sign_off(child));
    Outcome::Letter(Letter {
        kind: LetterKind::AfterContact,
        subject: format!("{who}: what we agreed on {}", long_date(contact.date)),
        paragraphs,
        rests_on: RESTS_ON,
        for_parent,
    })
}
