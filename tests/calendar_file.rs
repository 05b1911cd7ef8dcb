//! The `.ics` file read back by an independent parser (the `ical` crate): every event kind, with
//! commas, semicolons, new lines, emoji and 200-character text; and the RFC 5545 rules checked on
//! the text itself (CRLF, 75-octet lines, UID, DTSTAMP, all-day DTSTART).

use std::io::BufReader;

use chrono::NaiveDate;
use ical::parser::ical::component::IcalEvent;

use small_steps::domain::calendar_file::{
    ics_file_name, ics_text, upcoming_events, CalendarEvent, EventKind, MeetingInput, Stamp,
};
use small_steps::domain::diary::contacts::{AgreedAction, Contact, ContactMethod};
use small_steps::domain::{Child, DayRecord, DayStatus};

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

const STAMP: Stamp = Stamp {
    date: match NaiveDate::from_ymd_opt(2026, 12, 2) {
        Some(d) => d,
        None => panic!(),
    },
    hour: 4,
    minute: 5,
    second: 6,
};

/// Text that is hard for a calendar file: commas, semicolons, a backslash, new lines, emoji and
/// accents, 200 characters long.
fn hard_text() -> String {
    let mut text = String::from("Ring Mrs O'Neil, SENCO; ask re: timetable\\plan\nthen 🌈🐢 café ");
    while text.chars().count() < 200 {
        text.push_str("é🌲,;");
    }
    text.chars().take(200).collect()
}

fn child() -> Child {
    let mut child = Child::new("c1", "Sam");
    child.plan.next_review = Some(date(12, 15));
    let mut worry_day = DayRecord::new(date(12, 1), DayStatus::AbsentIll);
    worry_day.private_note = "PRIVATE-NOTE-never-in-a-calendar".into();
    worry_day.helped = "HELPED-words-never-in-a-calendar".into();
    child.put_day(worry_day);
    child
        .add_contact(Contact {
            id: "k1".into(),
            date: date(11, 20),
            with_whom: "Mrs Patel".into(),
            method: ContactMethod::Meeting,
            said: "SAID-words-never-in-a-calendar".into(),
            actions: vec![
                AgreedAction {
                    id: "a1".into(),
                    what: hard_text(),
                    who: "School".into(),
                    by: Some(date(12, 10)),
                    done: false,
                    done_on: None,
                },
                AgreedAction {
                    id: "a2".into(),
                    what: "Already done".into(),
                    who: String::new(),
                    by: Some(date(12, 11)),
                    done: true,
                    done_on: Some(date(11, 30)),
                },
                AgreedAction {
                    id: "a3".into(),
                    what: "In the past".into(),
                    who: String::new(),
                    by: Some(date(11, 25)),
                    done: false,
                    done_on: None,
                },
            ],
        })
        .unwrap();
    child
}

/// RFC 5545 3.3.11, undone: what a calendar shows for a TEXT value.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn parse(text: &str) -> Vec<IcalEvent> {
    let mut reader = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = reader.next().expect("one calendar").expect("it parses");
    assert!(reader.next().is_none(), "only one calendar");
    calendar.events
}

fn prop<'a>(event: &'a IcalEvent, name: &str) -> &'a ical::property::Property {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} missing"))
}

/// Every line ends CRLF, none is over 75 octets, no bare LF or CR.
fn assert_rfc_lines(text: &str) {
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
    }
}

#[test]
fn every_event_kind_reads_back_through_an_independent_parser() {
    let child = child();
    let mut events = upcoming_events(&child, date(12, 2), false);
    let meeting = MeetingInput {
        date: Some(date(12, 20)),
        what: hard_text(),
    }
    .checked(&child, true)
    .unwrap();
    events.push(meeting);
    let kinds: Vec<EventKind> = events.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        vec![EventKind::ActionDue, EventKind::Review, EventKind::Meeting]
    );
    let text = ics_text(&events, STAMP);
    assert_rfc_lines(&text);
    // The 200-character texts really were folded.
    assert!(text.contains("\r\n "), "{text}");
    let parsed = parse(&text);
    assert_eq!(parsed.len(), 3);
    for (event, back) in events.iter().zip(&parsed) {
        assert_eq!(prop(back, "UID").value.as_deref(), Some(event.uid.as_str()));
        assert_eq!(
            prop(back, "DTSTAMP").value.as_deref(),
            Some("20261202T040506Z")
        );
        let start = prop(back, "DTSTART");
        assert_eq!(
            start.params,
            Some(vec![("VALUE".to_string(), vec!["DATE".to_string()])])
        );
        assert_eq!(
            start.value.as_deref(),
            Some(event.date.format("%Y%m%d").to_string().as_str())
        );
        let summary = unescape(prop(back, "SUMMARY").value.as_deref().unwrap());
        assert_eq!(summary, event.summary);
    }
    assert_eq!(
        unescape(prop(&parsed[0], "SUMMARY").value.as_deref().unwrap()),
        format!(
            "Due: {} (School)",
            hard_text().split_whitespace().collect::<Vec<_>>().join(" ")
        )
    );
    assert_eq!(
        unescape(prop(&parsed[1], "SUMMARY").value.as_deref().unwrap()),
        "Support plan review"
    );
    // The meeting keeps its new line and every emoji; the child's name was ticked for it.
    assert_eq!(
        unescape(prop(&parsed[2], "SUMMARY").value.as_deref().unwrap()),
        format!("{} (Sam)", hard_text().trim())
    );
    assert_eq!(
        prop(&parsed[1], "DTSTART").value.as_deref(),
        Some("20261215")
    );
}

#[test]
fn nothing_private_or_said_and_no_name_unless_ticked() {
    let child = child();
    let text = ics_text(&upcoming_events(&child, date(12, 2), false), STAMP);
    for never in [
        "PRIVATE-NOTE",
        "HELPED-words",
        "SAID-words",
        "Already done",
        "In the past",
        "Sam",
    ] {
        assert!(!text.contains(never), "{never} in {text}");
    }
    let named = ics_text(&upcoming_events(&child, date(12, 2), true), STAMP);
    assert!(
        named.contains("SUMMARY:Support plan review (Sam)"),
        "{named}"
    );
}

#[test]
fn one_event_or_all_and_their_file_names() {
    let child = child();
    let events = upcoming_events(&child, date(12, 2), false);
    let review: Vec<CalendarEvent> = events
        .iter()
        .filter(|e| e.kind == EventKind::Review)
        .cloned()
        .collect();
    assert_eq!(ics_file_name(&review), "small-steps-2026-12-15.ics");
    assert_eq!(ics_file_name(&events), "small-steps-dates.ics");
    let text = ics_text(&review, STAMP);
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
    assert!(text.contains("DTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216\r\n"));
    // The same review gives the same UID in every file, so a phone updates it, not doubles it.
    assert_eq!(
        upcoming_events(&child, date(12, 3), false)
            .iter()
            .find(|e| e.kind == EventKind::Review)
            .unwrap()
            .uid,
        review[0].uid
    );
    // After the review date has passed it is no longer upcoming.
    assert!(upcoming_events(&child, date(12, 16), false)
        .iter()
        .all(|e| e.kind != EventKind::Review));
}

#[test]
fn a_meeting_needs_a_day_and_words() {
    let child = child();
    let no_day = MeetingInput {
        date: None,
        what: "Review".into(),
    };
    assert_eq!(
        no_day.checked(&child, false).unwrap_err().path,
        "meeting.date"
    );
    let no_words = MeetingInput {
        date: Some(date(12, 20)),
        what: "  ".into(),
    };
    assert_eq!(
        no_words.checked(&child, false).unwrap_err().path,
        "meeting.what"
    );
}

#[test]
fn a_fold_never_splits_a_character_or_ends_a_part_in_a_space() {
    let line = format!("SUMMARY:{}", "a 🌈 é ".repeat(40));
    let folded = small_steps::domain::calendar_file::fold_line(&line);
    let parts: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
    assert!(parts.len() > 3);
    for part in &parts {
        assert!(part.len() <= 75);
    }
    // The last part is the line's own end; every other part ends in a letter or an emoji.
    for part in &parts[..parts.len() - 1] {
        assert!(!part.ends_with(' '), "{part:?}");
    }
    // Unfolded (CRLF and one space removed), it is the line again.
    assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line);
}
