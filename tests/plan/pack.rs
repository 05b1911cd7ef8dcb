//! The meeting pack: each section comes and goes with its tick, "for school" drops the notes of what
//! was said, and a private note never reaches any pack, for every combination of choices.

use chrono::NaiveDate;

use small_steps::domain::contacts::{AgreedAction, Contact, ContactMethod};
use small_steps::domain::day::{Sign, SignKind, SignTime, Worry, WorryCategory};
use small_steps::domain::meeting_pack::{build_pack, pack_as_text, PackChoices, PackSection};
use small_steps::domain::plan::{Adjustment, Ladder, Who};
use small_steps::domain::{Child, DayRecord, DayStatus};

use super::{attempt, oct, step};

const PRIVATE: &str = "PRIVATE-MARKER-7f3a";
const SAID: &str = "SAID-TEXT-42";

fn worry(category: WorryCategory, words: &str, rating: Option<u8>) -> Worry {
    Worry {
        category: Some(category),
        words: words.into(),
        rating,
    }
}

fn day(n: u64, status: DayStatus, helped: &str, harder: &str, worries: Vec<Worry>) -> DayRecord {
    let mut record = DayRecord::new(oct(n), status);
    record.helped = helped.into();
    record.harder = harder.into();
    record.worries = worries;
    record.private_note = format!("{PRIVATE} nobody else reads this");
    record
}

fn action(id: &str, what: &str, done: bool) -> AgreedAction {
    AgreedAction {
        id: id.into(),
        what: what.into(),
        who: "Mrs Patel".into(),
        by: Some(oct(12)),
        done,
    }
}

fn contact(id: &str, date: NaiveDate, said: &str, actions: Vec<AgreedAction>) -> Contact {
    let method = ContactMethod::Meeting;
    Contact {
        id: id.into(),
        date,
        with_whom: "Mrs Patel, SENCO".into(),
        method,
        said: said.into(),
        actions,
    }
}

/// A child with something to say in every section, between 1 and 31 October 2026.
fn sam() -> Child {
    use WorryCategory::{LunchHall, Sensory};
    let mut child = Child::new("c1", "Sam");
    child.year_group = "Year 7".into();
    child.school = "Oak School".into();
    child.key_adult = "Mr Jones".into();
    let mut first = day(
        0,
        DayStatus::AbsentIll,
        "Music in the car",
        "Rushing",
        vec![worry(Sensory, "Too loud in the hall", Some(8))],
    );
    first.school_code = "O".into();
    first.signs = vec![Sign {
        kind: SignKind::StomachAche,
        when: SignTime::Morning,
    }];
    child.put_day(first);
    let loud = worry(Sensory, "Too loud in the hall.", Some(6));
    child.put_day(day(
        1,
        DayStatus::Attended,
        "music in the car",
        "",
        vec![loud, worry(LunchHall, "Lunch is scary", None)],
    ));
    let mut monday = day(
        4,
        DayStatus::LateAfterRegister,
        "Being met at the gate",
        "Supply teacher",
        vec![
            worry(Sensory, "The bell hurts", None),
            worry(Sensory, "Crowds in the corridor", None),
        ],
    );
    monday.signs = vec![
        Sign {
            kind: SignKind::StomachAche,
            when: SignTime::Morning,
        },
        Sign {
            kind: SignKind::Tearful,
            when: SignTime::NightBefore,
        },
    ];
    child.put_day(monday);
    child.put_day(day(
        40,
        DayStatus::Attended,
        "OUTSIDE-RANGE",
        "",
        Vec::new(),
    ));
    child.contacts = vec![
        contact(
            "k-old",
            NaiveDate::from_ymd_opt(2026, 8, 1).unwrap(),
            "old",
            vec![action("a0", "Done long ago", true)],
        ),
        contact(
            "k-sep",
            NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
            "",
            vec![action("a1", "Arrange a key adult", false)],
        ),
        contact(
            "k-oct",
            oct(5),
            SAID,
            vec![
                action("a2", "Send the timetable", false),
                action("a3", "Call back", true),
            ],
        ),
    ];
    let p = &mut child.plan;
    p.voice.what_is_hard = "The noise".into();
    p.voice.best_things = vec!["Art".into()];
    p.goal = "Mornings in school".into();
    let mut gate = step("s1", Some(3));
    gate.who = vec![Who::Child, Who::School];
    gate.support = "Met by Mr Jones".into();
    gate.add_sub_step(step("s1a", Some(1))).unwrap();
    let mut tried = attempt("t1", 2, Some(6), Some(4));
    tried.what_helped = "Music in the car".into();
    gate.record_attempt(tried).unwrap();
    p.ladders = vec![Ladder {
        id: "l1".into(),
        title: "Getting in".into(),
        steps: vec![gate],
    }];
    p.adjustments = vec![
        Adjustment {
            what: "A safe, quiet place to go".into(),
            agreed: true,
        },
        Adjustment {
            what: "A soft start".into(),
            agreed: false,
        },
    ];
    p.questions = "- Can Sam use the library at lunch?\n\n".into();
    p.requests = "An exit card".into();
    p.next_review = Some(oct(45));
    child
}

const RANGE: (NaiveDate, NaiveDate) = (
    NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
    NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
);

/// Choices from the bits of `n`: bit 0 is "for school", bits 1-10 the sections in pack order.
fn choices(n: u32) -> PackChoices {
    let bit = |i: u32| n & (1 << i) != 0;
    PackChoices {
        range: RANGE,
        for_school: bit(0),
        attendance: bit(1),
        patterns: bit(2),
        worries: bit(3),
        what_helps: bit(4),
        child_voice: bit(5),
        plan: bit(6),
        adjustments: bit(7),
        requests: bit(8),
        contacts: bit(9),
    }
}

#[test]
fn sections_follow_the_ticks_and_private_notes_never_appear() {
    let child = sam();
    let titles = [
        "Attendance",
        "Patterns",
        "Main worries",
        "What helps, and what makes it harder",
        "In my child's words",
        "The plan",
        "Adjustments",
        "Our questions and requests",
        "Contacts with school",
    ];
    for n in 0..(1 << 10) {
        let chosen = choices(n);
        let pack = build_pack(&child, &chosen);
        let mut expected: Vec<&str> = (0..9)
            .filter(|i| n & (1 << (i + 1)) != 0)
            .map(|i| titles[i])
            .collect();
        if chosen.plan {
            expected.push("Next review");
        }
        let found: Vec<&str> = pack.sections.iter().map(PackSection::title).collect();
        assert_eq!(found, expected, "choices {chosen:?}");
        let text = pack_as_text(&pack);
        for shown in [text.clone(), format!("{pack:?}"), format!("{pack:#?}")] {
            assert!(
                !shown.contains(PRIVATE),
                "private note in the pack for {chosen:?}"
            );
            assert!(!shown.contains("OUTSIDE-RANGE"));
            assert_eq!(
                shown.contains(SAID),
                chosen.contacts && !chosen.for_school,
                "{chosen:?}"
            );
        }
        for title in expected {
            assert!(text.contains(title));
        }
    }
}

#[test]
fn the_pack_says_what_matters_in_the_parents_words() {
    let pack = build_pack(&sam(), &PackChoices::all(RANGE));
    assert_eq!(
        (pack.child_name.as_str(), pack.school.as_str()),
        ("Sam", "Oak School")
    );
    for section in &pack.sections {
        match section {
            PackSection::Attendance {
                code_differences,
                summary,
                ..
            } => {
                assert_eq!(code_differences.len(), 1);
                assert!(code_differences[0].contains("code was O"));
                assert!(summary.iter().any(|l| l == "Days late: 1"));
            }
            PackSection::Patterns { weekdays, signs } => {
                assert!(weekdays.iter().any(|l| l.starts_with("Monday: 1 of 2")));
                assert_eq!(signs[0], "Tummy ache: 2 times, most often in the morning");
            }
            PackSection::TopWorries(lines) => {
                assert_eq!(
                    (lines[0].category.as_str(), lines[0].count),
                    ("Noise, light, smells, crowds", 4)
                );
                assert_eq!(lines[0].average.as_deref(), Some("7 out of 10"));
                assert_eq!(
                    lines[0].examples,
                    [
                        "The bell hurts",
                        "Crowds in the corridor",
                        "Too loud in the hall."
                    ]
                );
            }
            PackSection::WhatHelps { helped, harder } => {
                assert_eq!(helped, &["Music in the car", "Being met at the gate"]);
                assert_eq!(harder, &["Supply teacher", "Rushing"]);
            }
            PackSection::Plan(plan) => {
                assert_eq!(
                    plan.key_adult, "Mr Jones",
                    "the child's key adult when the plan names none"
                );
                let gate = &plan.ladders[0].steps[0];
                assert_eq!(
                    (gate.who.join(", "), gate.state.as_str()),
                    ("Child, School".into(), "Not started")
                );
                assert_eq!(gate.sub_steps.len(), 1);
            }
            PackSection::Requests {
                questions,
                requests,
            } => {
                assert_eq!(questions, &["Can Sam use the library at lunch?"]);
                assert_eq!(requests, &["An exit card"]);
            }
            PackSection::Contacts(contacts) => {
                let whens: Vec<_> = contacts.iter().map(|c| c.date).collect();
                assert_eq!(
                    whens,
                    [oct(5), NaiveDate::from_ymd_opt(2026, 9, 1).unwrap()],
                    "old done contact left out"
                );
                assert_eq!(contacts[0].open_actions.len(), 1);
            }
            PackSection::NextReview(date) => assert_eq!(*date, oct(45)),
            _ => {}
        }
    }
    let text = pack_as_text(&pack);
    assert!(text.starts_with(
        "Meeting pack: Sam\nYear 7, Oak School\nDates: 1 October 2026 to 31 October 2026\n"
    ));
    assert!(text.contains("- A safe, quiet place to go (agreed)"));
    assert!(text.contains("\u{201c}The bell hurts\u{201d}"));
    assert!(text.contains("Still to do: Send the timetable (Mrs Patel), by 13 Oct 2026"));
}

#[test]
fn empty_sections_are_left_out_and_dates_can_come_back_to_front() {
    let empty = Child::new("c2", "Alex");
    let pack = build_pack(&empty, &PackChoices::all(RANGE));
    assert!(pack.sections.is_empty());
    assert_eq!(
        pack_as_text(&pack),
        "Meeting pack: Alex\nDates: 1 October 2026 to 31 October 2026\n"
    );
    let back_to_front = PackChoices {
        range: (RANGE.1, RANGE.0),
        ..PackChoices::all(RANGE)
    };
    assert_eq!(
        build_pack(&sam(), &back_to_front),
        build_pack(&sam(), &PackChoices::all(RANGE))
    );
}
