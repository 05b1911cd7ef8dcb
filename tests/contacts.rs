#![cfg(not(target_arch = "wasm32"))]
//! The contacts and meetings log: a contact is changed, ticked off, removed and put back only
//! through checked methods, and a refused change leaves the log as it was.

use chrono::NaiveDate;

use small_steps::domain::diary::contacts::{AgreedAction, Contact, ContactMethod};
use small_steps::domain::Child;

fn date(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn contact(id: &str, with_whom: &str, day: u32) -> Contact {
    Contact {
        id: id.into(),
        date: date(day),
        with_whom: with_whom.into(),
        method: ContactMethod::Meeting,
        said: String::new(),
        actions: vec![AgreedAction {
            id: format!("{id}-a1"),
            what: "A quiet room at lunch".into(),
            who: "Mrs Patel".into(),
            by: Some(date(20)),
            done: false,
            done_on: None,
        }],
    }
}

fn child_with_two_contacts() -> Child {
    let mut child = Child::new("sam", "Sam");
    child
        .add_contact(contact("c1", "Mrs Patel, SENCO", 3))
        .unwrap();
    child
        .add_contact(contact("c2", "Mr Brown, head of year", 5))
        .unwrap();
    child
}

#[test]
fn a_new_contact_is_trimmed_and_needs_to_say_who_it_was_with() {
    let mut child = Child::new("sam", "Sam");
    let mut typed = contact("c1", "  Mrs Patel  ", 3);
    typed.actions.push(AgreedAction {
        id: "empty".into(),
        what: "   ".into(),
        who: String::new(),
        by: None,
        done: false,
        done_on: None,
    });
    child.add_contact(typed).unwrap();
    assert_eq!(child.contacts[0].with_whom, "Mrs Patel");
    assert_eq!(
        child.contacts[0].actions.len(),
        1,
        "an empty action is left out"
    );
    let nobody = child.add_contact(contact("c2", "  ", 4)).unwrap_err();
    assert_eq!(nobody.path, "with_whom");
    assert_eq!(
        child
            .add_contact(contact("c1", "Again", 4))
            .unwrap_err()
            .reason,
        "That contact is already saved."
    );
    assert_eq!(child.contacts.len(), 1);
}

#[test]
fn every_part_of_a_contact_can_be_changed() {
    let mut child = child_with_two_contacts();
    let mut changed = child.contact("c1").unwrap().clone();
    changed.date = date(4);
    changed.with_whom = "Mrs Patel, SENCO (by phone)".into();
    changed.method = ContactMethod::Call;
    changed.said = "A quiet room from Monday".into();
    changed.actions[0].what = "A quiet room at lunch and break".into();
    changed.actions[0].done = true;
    changed.actions.push(AgreedAction {
        id: "c1-a2".into(),
        what: "Meet again".into(),
        who: String::new(),
        by: Some(date(27)),
        done: false,
        done_on: None,
    });
    child.replace_contact(changed.clone()).unwrap();
    assert_eq!(child.contact("c1"), Some(&changed));
    assert_eq!(child.contacts.len(), 2);
    assert_eq!(
        child.contacts[1].with_whom, "Mr Brown, head of year",
        "the other untouched"
    );
}

#[test]
fn a_refused_change_leaves_the_contact_as_it_was() {
    let mut child = child_with_two_contacts();
    let before = child.clone();
    let mut emptied = child.contact("c1").unwrap().clone();
    emptied.with_whom = " ".into();
    assert_eq!(
        child.replace_contact(emptied).unwrap_err().path,
        "with_whom"
    );
    let mut too_long = child.contact("c1").unwrap().clone();
    too_long.said = "x".repeat(4001);
    assert_eq!(child.replace_contact(too_long).unwrap_err().path, "said");
    let mut far = child.contact("c1").unwrap().clone();
    far.date = NaiveDate::from_ymd_opt(1999, 1, 1).unwrap();
    assert_eq!(child.replace_contact(far).unwrap_err().path, "date");
    let gone = contact("gone", "Someone", 1);
    assert!(child
        .replace_contact(gone)
        .unwrap_err()
        .reason
        .contains("no longer here"));
    assert_eq!(child, before);
}

#[test]
fn an_action_is_ticked_done_on_a_day_and_back() {
    let mut child = child_with_two_contacts();
    child.tick_action("c2", "c2-a1", true, date(18)).unwrap();
    let action = &child.contact("c2").unwrap().actions[0];
    assert!(action.done);
    assert_eq!(
        action.done_on,
        Some(date(18)),
        "the day it was ticked is kept"
    );
    child.tick_action("c2", "c2-a1", false, date(19)).unwrap();
    let action = &child.contact("c2").unwrap().actions[0];
    assert!(!action.done);
    assert_eq!(action.done_on, None, "unticked, the day goes too");
    assert!(child.tick_action("c2", "nope", true, date(18)).is_err());
    assert!(child.tick_action("nope", "c2-a1", true, date(18)).is_err());
}

#[test]
fn a_day_ticked_stays_only_with_a_tick_and_is_checked() {
    let mut child = child_with_two_contacts();
    let mut changed = child.contact("c1").unwrap().clone();
    changed.actions[0].done_on = Some(date(10));
    child.replace_contact(changed.clone()).unwrap();
    assert_eq!(
        child.contact("c1").unwrap().actions[0].done_on,
        None,
        "not done, so no day ticked"
    );
    changed.actions[0].done = true;
    changed.actions[0].done_on = Some(NaiveDate::from_ymd_opt(1999, 1, 1).unwrap());
    assert_eq!(
        child.replace_contact(changed).unwrap_err().path,
        "actions.done_on"
    );
}

#[test]
fn a_removed_contact_is_put_back_where_it_was() {
    let mut child = child_with_two_contacts();
    child.add_contact(contact("c3", "Dr Shah", 9)).unwrap();
    let before = child.clone();
    let removed = child.remove_contact("c2").unwrap();
    assert_eq!(removed.contact.with_whom, "Mr Brown, head of year");
    assert!(child.contact("c2").is_none());
    assert!(child.remove_contact("c2").is_err(), "already removed");
    child.restore_contact(removed.clone()).unwrap();
    assert_eq!(child, before, "back in its place, with its actions");
    assert_eq!(
        child.restore_contact(removed).unwrap_err().reason,
        "That contact is already back.",
        "never kept twice"
    );
    assert_eq!(child.contacts.len(), 3);
}

#[test]
fn a_contact_is_put_back_even_when_the_log_has_shrunk_since() {
    let mut child = child_with_two_contacts();
    let second = child.remove_contact("c2").unwrap();
    let first = child.remove_contact("c1").unwrap();
    child.restore_contact(second).unwrap();
    child.restore_contact(first).unwrap();
    let ids: Vec<_> = child.contacts.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c1", "c2"]);
}

#[test]
fn the_log_says_how_long_since_the_last_contact() {
    use small_steps::domain::diary::contacts::last_contact_words;
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let mut child = small_steps::domain::Child::new("c1", "Sam");
    assert_eq!(last_contact_words(&child, day(30)), None);
    for (id, d, who) in [
        ("k1", 20, "Mrs Patel"),
        ("k2", 27, " Miss Ahmed "),
        ("k3", 29, "Later"),
    ] {
        child
            .add_contact(small_steps::domain::diary::contacts::Contact {
                id: id.into(),
                date: day(d),
                with_whom: who.into(),
                method: small_steps::domain::diary::contacts::ContactMethod::Call,
                said: String::new(),
                actions: Vec::new(),
            })
            .unwrap();
    }
    // A contact dated after "today" (planned, or typed ahead) is not the last one logged.
    assert_eq!(
        last_contact_words(&child, day(28)).unwrap(),
        "Last contact logged: yesterday, with Miss Ahmed."
    );
    assert_eq!(
        last_contact_words(&child, day(27)).unwrap(),
        "Last contact logged: today, with Miss Ahmed."
    );
    assert_eq!(
        last_contact_words(&child, day(26)).unwrap(),
        "Last contact logged: 6 days ago (20 November 2026), with Mrs Patel."
    );
    // The plan says school keeps in touch twice a week (4 days at most): after 4 days, a gentle line.
    use small_steps::domain::plan::{KeepInTouch, TouchPeriod};
    child
        .plan
        .set_keep_in_touch(Some(KeepInTouch::new(2, TouchPeriod::Week).unwrap()))
        .unwrap();
    let four = last_contact_words(&child, day(24)).unwrap();
    assert!(!four.contains("longer than agreed"), "{four}");
    let six = last_contact_words(&child, day(26)).unwrap();
    assert!(
        six.ends_with("The plan says school keeps in touch twice a week, so it has been longer than agreed. A short, friendly message to the key adult may help."),
        "{six}"
    );
}
