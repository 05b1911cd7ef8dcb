//! The meeting pack: each section comes and goes with its tick, what was said in calls comes in only
//! when chosen, and a private note never reaches any pack, for every combination of choices.

use chrono::NaiveDate;

use small_steps::domain::diary::contacts::{AgreedAction, Contact, ContactMethod};
use small_steps::domain::diary::day::{Sign, SignKind, SignTime, Worry, WorryCategory};
use small_steps::domain::meeting_pack::{build_pack, pack_as_text, PackChoices, SectionKind};
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
        done_on: None,
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
                AgreedAction {
                    done_on: Some(oct(8)),
                    ..action("a3", "Call back", true)
                },
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
            ..Adjustment::default()
        },
        Adjustment {
            what: "A soft start".into(),
            agreed: false,
            ..Adjustment::default()
        },
    ];
    child.support.diagnosis = "Autism".into();
    let p = &mut child.plan;
    p.questions = "- Can Sam use the library at lunch?\n\n".into();
    p.requests = "An exit card\n- a safe, quiet place to go.".into();
    p.next_review = Some(oct(45));
    child
}

const RANGE: (NaiveDate, NaiveDate) = (
    NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
    NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
);

/// The sections in the order the pack shows them, each with the bit of its tick (see `choices`).
const KINDS: [(SectionKind, u32); 9] = [
    (SectionKind::ChildVoice, 1),
    (SectionKind::Attendance, 2),
    (SectionKind::Worries, 3),
    (SectionKind::WhatHelps, 4),
    (SectionKind::Patterns, 5),
    (SectionKind::Plan, 6),
    (SectionKind::Support, 9),
    (SectionKind::Requests, 7),
    (SectionKind::Contacts, 8),
];

/// Choices from the bits of `n`: bit 0 is "include what was said", bits 1-9 the ticks in order.
fn choices(n: u32) -> PackChoices {
    let bit = |i: u32| n & (1 << i) != 0;
    PackChoices {
        range: RANGE,
        made_on: oct(40),
        include_said: bit(0),
        child_voice: bit(1),
        attendance: bit(2),
        worries: bit(3),
        what_helps: bit(4),
        patterns: bit(5),
        plan: bit(6),
        requests: bit(7),
        contacts: bit(8),
        support: bit(9),
        // Sam's three days point to no question, so this section is never there; the questions
        // in a pack are tested in tests/meeting_pack.rs.
        questions: true,
        question_ticks: Default::default(),
        worry_kinds: None,
    }
}

#[test]
fn sections_follow_the_ticks_and_private_notes_never_appear() {
    let child = sam();
    for n in 0..(1 << 10) {
        let chosen = choices(n);
        let pack = build_pack(&child, &chosen);
        let expected: Vec<SectionKind> = KINDS
            .iter()
            .filter(|(_, bit)| n & (1 << bit) != 0)
            .map(|(kind, _)| *kind)
            .collect();
        let found: Vec<SectionKind> = pack.sections.iter().map(|s| s.kind).collect();
        assert_eq!(found, expected, "choices {chosen:?}");
        let text = pack_as_text(&pack);
        for shown in [text.clone(), format!("{pack:?}")] {
            assert!(
                !shown.contains(PRIVATE),
                "private note in the pack for {chosen:?}"
            );
            assert!(!shown.contains("OUTSIDE-RANGE"));
            assert_eq!(
                shown.contains(SAID),
                chosen.contacts && chosen.include_said,
                "{chosen:?}"
            );
        }
        for kind in expected {
            assert!(text.contains(kind.title()));
        }
    }
}

#[test]
fn the_pack_says_what_matters_in_the_parents_words() {
    let pack = build_pack(&sam(), &PackChoices::all(RANGE, oct(40)));
    assert_eq!(pack.title, "Sam: a summary for our meeting");
    let text = pack_as_text(&pack);
    for line in [
        "Sam: a summary for our meeting\nYear group: Year 7\nSchool: Oak School\n\
         Dates: 1 October 2026 to 31 October 2026. 3 of 22 school days recorded",
        "Prepared by a parent with Small Steps on 10 November 2026.",
        // Attendance: a table, and too few days for a line.
        "- Sessions possible: 6\n- Sessions attended: 3\n- Sessions missed: 3\n\
         - Missed for health reasons: 2\n- Days late: 1\n",
        "Only 3 school days have a record in these dates",
        "1 Oct 2026: we recorded \u{201c}Off ill (body or mind)\u{201d}; the school's code was O",
        // Worries: the biggest first, quotes biggest first.
        "- Noise, light, smells, crowds (4 times, up to 8 out of 10): \u{201c}Too loud in the \
         hall\u{201d} (8), \u{201c}The bell hurts\u{201d}, \u{201c}Crowds in the corridor\u{201d}\n\
         - Lunch hall (once): \u{201c}Lunch is scary\u{201d}",
        // What helped on the days, most often first with how often; the try's own "what
        // helped" stays with its step.
        "What helped, most often first:\n- music in the car (2 times)\n- Being met at the gate\n\
         What made it harder, most often first:\n- Supply teacher\n- Rushing\n",
        "Signs noticed most:\n- Tummy ache: 2 times, most often in the morning",
        // The plan: the step's real state and its try, the child's key adult.
        "Steps, easiest first: Getting in:\n1. Step s1 (Tried once · how hard: 3 out of 10 · \
         Child, School · support: Met by Mr Jones)\n   1 try. 3 Oct 2026: worry 6 before, 4 \
         after, out of 10; what helped: Music in the car\n   1. Step s1a (Not started · how \
         hard: 1 out of 10)",
        "Key adult: Mr Jones",
        "Next review: 15 November 2026",
        // One list of requests: the ticked adjustments, then the typed asks not already there.
        "What we are asking for:\n- A safe, quiet place to go (already agreed)\n- A soft start\n\
         - An exit card\nOur questions:\n- Can Sam use the library at lunch?",
        // Done actions show as done, with the day they were ticked.
        "- 6 Oct 2026, Meeting with Mrs Patel, SENCO\n  Still to do: Send the timetable (Mrs \
         Patel), by 13 Oct 2026\n  \u{2713} Done: Call back (Mrs Patel), by 13 Oct 2026 \
         (ticked 9 Oct 2026)\n- 1 Sep 2026, Meeting",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    assert!(!text.contains("(out of 10)"), "each number says what it is");
    assert!(
        !text.contains("Done long ago"),
        "an old contact with nothing open is left out"
    );
}

#[test]
fn empty_sections_are_left_out_and_dates_can_come_back_to_front() {
    let empty = Child::new("c2", "Alex");
    let pack = build_pack(&empty, &PackChoices::all(RANGE, oct(40)));
    assert!(pack.sections.is_empty());
    assert_eq!(
        pack_as_text(&pack),
        "Alex: a summary for our meeting\nDates: 1 October 2026 to 31 October 2026. 0 of 22 \
         school days recorded (Monday to Friday, less days recorded as no school).\n\
         Prepared by a parent with Small Steps on 10 November 2026.\n"
    );
    let back_to_front = PackChoices {
        range: (RANGE.1, RANGE.0),
        ..PackChoices::all(RANGE, oct(40))
    };
    assert_eq!(
        build_pack(&sam(), &back_to_front),
        build_pack(&sam(), &PackChoices::all(RANGE, oct(40)))
    );
}

#[test]
fn each_try_says_the_highest_worry_and_the_step_how_often_it_was_smaller_than_expected() {
    let mut child = sam();
    let gate = &mut child.plan.ladders[0].steps[0];
    // Four more tries: (before, highest during, after). With the first try (6 before, no highest)
    // four tries have both numbers, and in three of them the worry stayed below what was expected.
    for (n, (before, highest, after)) in [(8, 6, 3), (7, 7, 5), (7, 5, 2), (6, 3, 1)]
        .into_iter()
        .enumerate()
    {
        let mut a = attempt(
            &format!("t{}", n + 2),
            3 + n as u64,
            Some(before),
            Some(after),
        );
        a.worry_highest = Some(highest);
        gate.record_attempt(a).unwrap();
    }
    let text = pack_as_text(&build_pack(&child, &PackChoices::all(RANGE, oct(40))));
    assert!(
        text.contains(
            "5 tries, the latest 3 here (and 2 more, in the diary). 5 Oct 2026: worry 7 \
             before, highest 7, 5 after, out of 10. 6 Oct 2026: worry 7 before, highest 5, 2 \
             after, out of 10. 7 Oct 2026: worry 6 before, highest 3, 1 after, out of 10. The \
             worry was smaller than expected in 3 of 4 tries."
        ),
        "{text}"
    );
}
