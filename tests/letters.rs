//! Every letter from a hand-built diary: the figures, dates and sentences each must hold, the gaps
//! left for the parent, "why not yet" when the diary cannot support a letter, and Wales's kinds.

use chrono::NaiveDate;

use small_steps::domain::diary::contacts::{AgreedAction, Contact, ContactMethod};
use small_steps::domain::diary::day::{Sign, SignKind, SignTime};
use small_steps::domain::diary::support::{
    Nation, ReferralInput, ReferralStage, ReferralTo, SupportLevel,
};
use small_steps::domain::letters::{
    write, Evidence, LetterChoices, LetterKind, Outcome, SchoolKind, GAP,
};
use small_steps::domain::plan::{
    Adjustment, Attempt, Ladder, Professional, Step, StepState, Tried,
};
use small_steps::domain::{Child, DayRecord, DayStatus};

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

const PRIVATE: &str = "PRIVATE: I shouted at the gate";

fn day(child: &mut Child, on: NaiveDate, status: DayStatus, code: &str) {
    let mut record = DayRecord::new(on, status);
    record.school_code = code.into();
    record.private_note = PRIVATE.into();
    child.put_day(record);
}

/// Sam Okoro, Year 8: autumn 2026 with 18 days off through health, two codes that differ, a call with actions,
/// a plan with tries, adjustments, professionals, a referral and the child's own words.
fn sam() -> Child {
    let mut child = Child::new("c1", "Sam");
    child.full_name = "Sam Okoro".into();
    child.year_group = "Year 8".into();
    child.school = "Hillside Academy".into();
    child.parent_contact = "07700 900123".into();
    // 7 September to 16 October: 30 school days, every other one off ill (the first coded O).
    let mut on = date(9, 7);
    let mut n = 0;
    while on <= date(10, 16) {
        use chrono::Datelike;
        if on.weekday().num_days_from_monday() < 5 {
            let status = if n % 2 == 0 && n < 32 {
                DayStatus::AbsentIll
            } else {
                DayStatus::Attended
            };
            day(&mut child, on, status, "");
            n += 1;
        }
        on = on.succ_opt().unwrap();
    }
    day(&mut child, date(9, 7), DayStatus::AbsentIll, "O");
    day(&mut child, date(9, 8), DayStatus::Medical, "M");
    day(&mut child, date(10, 14), DayStatus::CouldNotGetOut, "N");
    let mut today = DayRecord::new(date(10, 16), DayStatus::AbsentIll);
    today.signs = vec![
        Sign {
            kind: SignKind::StomachAche,
            when: SignTime::Morning,
        },
        Sign {
            kind: SignKind::Tearful,
            when: SignTime::AfterSchool,
        },
    ];
    today.private_note = PRIVATE.into();
    child.put_day(today);
    child
        .add_contact(Contact {
            id: "k1".into(),
            date: date(10, 13),
            with_whom: "Mrs Patel, SENCO".into(),
            method: ContactMethod::Call,
            said: "Talked about the lunch hall".into(),
            actions: vec![
                AgreedAction {
                    id: "a1".into(),
                    what: "Set up a soft start".into(),
                    who: "Mrs Patel".into(),
                    by: Some(date(10, 20)),
                    done: false,
                    done_on: None,
                },
                AgreedAction {
                    id: "a2".into(),
                    what: "Send the GP letter".into(),
                    who: String::new(),
                    by: None,
                    done: false,
                    done_on: None,
                },
            ],
        })
        .unwrap();
    let plan = &mut child.plan;
    plan.tried = vec![Tried {
        what: "Breakfast club".into(),
        how_it_went: "Too noisy".into(),
    }];
    plan.professionals = vec![Professional {
        name: "Dr Rees".into(),
        role: "GP".into(),
        contact: "01234 PRIVATE-PHONE".into(),
    }];
    let mut step = Step::new("s1", "Walk to the gate");
    step.state = StepState::Trying;
    step.attempts = vec![
        Attempt {
            id: "t1".into(),
            date: date(9, 14),
            worry_before: Some(8),
            worry_highest: None,
            worry_after: Some(5),
            what_helped: String::new(),
        },
        Attempt {
            id: "t2".into(),
            date: date(10, 5),
            worry_before: Some(6),
            worry_highest: None,
            worry_after: Some(4),
            what_helped: String::new(),
        },
    ];
    plan.ladders = vec![Ladder {
        id: "l1".into(),
        title: "Getting in".into(),
        steps: vec![step],
    }];
    plan.adjustments = vec![
        Adjustment {
            what: "Quiet room at lunch".into(),
            agreed: true,
            in_place_since: Some(date(9, 21)),
            ..Adjustment::default()
        },
        Adjustment {
            what: "Exit card".into(),
            agreed: false,
            ..Adjustment::default()
        },
    ];
    plan.voice.what_is_hard = "The noise in the lunch hall".into();
    plan.voice.best_things = vec!["Art".into(), "Miss Ahmed".into()];
    plan.key_adult = "Miss Ahmed".into();
    plan.contact_arrangements = "Miss Ahmed rings on Mondays and sends work home".into();
    plan.next_review = Some(date(11, 9));
    child
        .set_support_details(Some(SupportLevel::School), "Autism, diagnosed 2024", "")
        .unwrap();
    child
        .add_referral(
            "r1".into(),
            ReferralInput {
                to: Some(ReferralTo::Camhs),
                made_on: Some(date(9, 10)),
                stage: ReferralStage::Waiting,
                ..ReferralInput::default()
            },
        )
        .unwrap();
    child
}

fn choices() -> LetterChoices {
    let mut c = LetterChoices::new(date(10, 16));
    c.range = (date(9, 1), date(10, 16));
    c
}

fn text(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Letter(letter) => letter.as_text(),
        Outcome::NotYet(n) => panic!("not yet: {} {}", n.why, n.what_to_record),
    }
}

fn not_yet(outcome: &Outcome) -> (String, String) {
    match outcome {
        Outcome::NotYet(n) => (n.why.clone(), n.what_to_record.clone()),
        Outcome::Letter(l) => panic!("a letter: {}", l.as_text()),
    }
}

fn holds(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
}

#[test]
fn the_absence_message_is_worded_from_the_days_record() {
    let child = sam();
    let letter = text(&write(&child, LetterKind::Absence, &choices()));
    holds(
        &letter,
        &[
            "Subject: Sam Okoro: absence today, Friday 16 October 2026",
            "Dear [...],",
            "Sam Okoro is too unwell to attend school today. Signs I noticed: tummy ache.",
            "Please record this as authorised absence for illness (code I). I will let you know when Sam is well enough to return",
            "Kind regards,\n[...]\nParent of Sam Okoro\n07700 900123",
        ],
    );
    assert!(!letter.contains("refus"), "{letter}");
    // A chosen day already past with a medical appointment asks for M, names the day, and is
    // told in the past.
    let mut c = choices();
    c.day = date(9, 8);
    let letter = text(&write(&child, LetterKind::Absence, &c));
    holds(
        &letter,
        &[
            "Sam Okoro had a medical appointment on Tuesday 8 September 2026 and was not in school for it.",
            "(code M). I am happy to talk about how school can help Sam.",
        ],
    );
    assert!(!letter.contains("I will let you know"), "{letter}");
    // A past day off ill: "was too unwell", and no promise about returning.
    c.day = date(9, 7);
    let letter = text(&write(&child, LetterKind::Absence, &c));
    holds(
        &letter,
        &["Sam Okoro was too unwell to attend school on Monday 7 September 2026."],
    );
    assert!(!letter.contains("I will let you know"), "{letter}");
    // A day ahead: a medical appointment that will be.
    let mut ahead = child.clone();
    ahead.put_day(DayRecord::new(date(10, 20), DayStatus::Medical));
    c.day = date(10, 20);
    let letter = text(&write(&ahead, LetterKind::Absence, &c));
    holds(
        &letter,
        &["Sam Okoro has a medical appointment on Tuesday 20 October 2026 and will not be in school for it."],
    );
    // Only the morning missed: "this morning".
    let mut child = child;
    let mut half = DayRecord::new(date(10, 16), DayStatus::Attended);
    half.morning = Some(DayStatus::AbsentIll);
    child.put_day(half);
    let letter = text(&write(&child, LetterKind::Absence, &choices()));
    holds(&letter, &["too unwell to attend school this morning."]);
    // A day the child went in: nothing to report, and what to do.
    child.put_day(DayRecord::new(date(10, 16), DayStatus::Attended));
    let (why, what) = not_yet(&write(&child, LetterKind::Absence, &choices()));
    holds(&why, &["Friday 16 October 2026", "“Went in”"]);
    holds(&what, &["change that day's record"]);
}

#[test]
fn after_a_call_the_letter_says_who_agreed_what_by_when() {
    let child = sam();
    let letter = text(&write(&child, LetterKind::AfterContact, &choices()));
    holds(
        &letter,
        &[
            "Subject: Sam Okoro: what we agreed on 13 October 2026",
            "Thank you for talking with me on the phone on Tuesday 13 October 2026.",
            "My understanding is that we agreed\n- Set up a soft start: Mrs Patel, by 20 October 2026\n- Send the GP letter: [...], by [...]",
            "Please tell me if your understanding is different",
        ],
    );
    // What was said stays out unless chosen.
    assert!(!letter.contains("lunch hall"), "{letter}");
    let mut c = choices();
    c.include_said = true;
    holds(
        &text(&write(&child, LetterKind::AfterContact, &c)),
        &["What we talked about\nTalked about the lunch hall"],
    );
    let mut empty = Child::new("c2", "Robin");
    empty.put_day(DayRecord::new(date(10, 16), DayStatus::AbsentIll));
    let (why, what) = not_yet(&write(&empty, LetterKind::AfterContact, &choices()));
    holds(&why, &["no call or meeting in the contacts log yet"]);
    holds(&what, &["Calendar, then Contacts"]);
}

#[test]
fn the_register_letter_lists_each_day_that_differs() {
    let child = sam();
    let letter = text(&write(&child, LetterKind::RegisterCorrection, &choices()));
    holds(
        &letter,
        &[
            "Subject: Sam Okoro: asking for the register to be corrected",
            "- Monday 7 September 2026: the register shows O; my record says “Off ill (body or mind)”; please record I (illness).",
            "- Wednesday 14 October 2026: the register shows N; my record says “Couldn't get out of the door”; please record I (illness).",
            "one calendar month",
        ],
    );
    // The medical day coded M fits, so it is not listed.
    assert!(!letter.contains("8 September"), "{letter}");
    let mut c = choices();
    c.range = (date(9, 21), date(10, 9));
    let (why, what) = not_yet(&write(&child, LetterKind::RegisterCorrection, &c));
    holds(&why, &["from 21 September 2026 to 9 October 2026"]);
    holds(&what, &["Code school recorded"]);
}

#[test]
fn the_attendance_record_is_asked_for_as_the_kind_of_school_allows() {
    let child = sam();
    let mut c = choices();
    let sar = write(&child, LetterKind::AttendanceRecord, &c);
    holds(
        &text(&sar),
        &[
            "I am the parent of Sam Okoro (Year 8), a pupil at Hillside Academy.",
            "subject access request",
            "one month",
        ],
    );
    assert!(!sar.letter().unwrap().for_parent.is_empty());
    c.school_kind = Some(SchoolKind::Maintained);
    let record = text(&write(&child, LetterKind::AttendanceRecord, &c));
    holds(&record, &["educational record", "within 15 school days"]);
    assert!(!record.contains("subject access"), "{record}");
    c.school_kind = Some(SchoolKind::AcademyOrFree);
    holds(
        &text(&write(&child, LetterKind::AttendanceRecord, &c)),
        &["subject access request"],
    );
    // In Wales the educational-record route named here is England's, so it asks by subject access.
    let mut welsh = child;
    welsh.set_nation(Nation::Wales);
    c.school_kind = Some(SchoolKind::Maintained);
    holds(
        &text(&write(&welsh, LetterKind::AttendanceRecord, &c)),
        &["subject access request"],
    );
}

#[test]
fn the_ehc_request_holds_the_ticked_evidence() {
    let child = sam();
    let letter = text(&write(&child, LetterKind::NeedsAssessment, &choices()));
    // 30 school days (60 sessions), worked out by hand: 15 days off ill (every other day from 7
    // September), then 8 September medical, 14 October couldn't get out, 16 October off ill: 18
    // days missed, all through health (36 sessions, 60%: severe absence); 12 days in (24 sessions).
    holds(
        &letter,
        &[
            "Subject: Sam Okoro: request for an EHC needs assessment (section 36)",
            "section 36(1) of the Children and Families Act 2014",
            "section 36(8)",
            "From 1 September 2026 to 16 October 2026, my diary shows Sam present for 24 of 60 possible sessions (40%). It has a record for 30 of the 34 school days in these dates",
            "severe absence",
            "Absence through health\nIn the same dates Sam missed 18 days of school through health",
            "15 school days or more",
            "- Breakfast club: Too noisy",
            "- Step “Walk to the gate”: 2 tries from 14 September 2026 to 5 October 2026",
            "- Quiet room at lunch (agreed, in place since 21 September 2026)",
            "- Dr Rees, GP",
            "- CAMHS (children's mental health service): referred 10 September 2026; referred, waiting",
            "- SEN support (from school)",
            "- Diagnosis: Autism, diagnosed 2024",
            "In Sam's own words",
            "What is hard: “The noise in the lunch hall”",
            "Best things: “Art; Miss Ahmed”",
            "within 6 weeks",
        ],
    );
    // A step done with no try noted says so plainly.
    let mut done = sam();
    let mut drive = Step::new("s2", "Drive past school");
    drive.state = StepState::Done;
    done.plan.ladders[0].steps.push(drive);
    let letter = text(&write(&done, LetterKind::NeedsAssessment, &choices()));
    holds(&letter, &["- Step “Drive past school”: done\n"]);
    assert!(!letter.contains("no try noted yet, now done"), "{letter}");
    // A professional's phone number is not evidence and stays out.
    assert!(!letter.contains("PRIVATE-PHONE"), "{letter}");
    // Unticked evidence is left out.
    let mut c = choices();
    c.evidence = Evidence {
        child_words: false,
        professionals: false,
        ..Evidence::ALL_TICKED
    };
    let letter = text(&write(&child, LetterKind::NeedsAssessment, &c));
    assert!(!letter.contains("lunch hall"), "{letter}");
    assert!(!letter.contains("Dr Rees"), "{letter}");
    assert!(letter.contains("Breakfast club"), "{letter}");
    // Ticked but empty evidence is named beside the letter, not left out without a word.
    let mut bare = Child::new("c2", "Robin");
    bare.put_day(DayRecord::new(date(10, 16), DayStatus::Attended));
    let outcome = write(&bare, LetterKind::NeedsAssessment, &choices());
    let for_parent = outcome.letter().unwrap().for_parent.join("\n");
    holds(
        &for_parent,
        &[
            "“What has been tried” is ticked",
            "“The child's words” is ticked",
        ],
    );
}

#[test]
fn wales_asks_about_additional_learning_needs_and_section_19a() {
    let mut child = sam();
    child.set_nation(Nation::Wales);
    assert_eq!(
        LetterKind::NeedsAssessment.title(Nation::Wales),
        "Asking whether my child has additional learning needs"
    );
    let letter = text(&write(&child, LetterKind::NeedsAssessment, &choices()));
    holds(
        &letter,
        &[
            "Additional Learning Needs and Education Tribunal (Wales) Act 2018",
            "individual development plan",
            "35 school days",
            "12 weeks",
            "Support in school (ALN)",
            "ALN, with an IDP from school",
        ],
    );
    assert!(!letter.contains("EHC"), "{letter}");
    assert!(!letter.contains("36(8)"), "{letter}");
    // England's names for the attendance lines are not used in Wales; the share is.
    holds(&letter, &["That is 50% or more of sessions missed."]);
    assert!(!letter.contains("severe absence"), "{letter}");
    let outcome = write(&child, LetterKind::CannotAttend, &choices());
    let letter = text(&outcome);
    holds(
        &letter,
        &[
            "Subject: Sam Okoro: education while unable to attend school (section 19A)",
            "under section 19A of the Education Act 1996 the council should arrange suitable education for a child who cannot attend school because of their health. I ask the council to consider whether Sam needs education arranged in this way",
        ],
    );
    // The DfE's 15 days are England's guidance: not quoted to a Welsh council.
    assert!(!letter.contains("Government guidance"), "{letter}");
    assert!(outcome
        .letter()
        .unwrap()
        .rests_on
        .contains("section 19A (Wales)"));
    // The record is asked for by subject access, whatever the kind of school, and said so.
    let mut c = choices();
    c.school_kind = Some(SchoolKind::Maintained);
    let outcome = write(&child, LetterKind::AttendanceRecord, &c);
    holds(&text(&outcome), &["I am making a subject access request"]);
    assert_eq!(
        outcome.letter().unwrap().for_parent,
        vec!["In Wales this asks as a subject access request, which every school must answer within a month.".to_string()]
    );
    // No C2 in Wales's codes.
    let letter = text(&write(&child, LetterKind::ReducedTimetable, &choices()));
    assert!(!letter.contains("C2"), "{letter}");
}

#[test]
fn the_letters_that_ask_which_nation_are_the_ones_whose_words_differ() {
    // The letter page asks "England or Wales?" only for these kinds; every other kind reads the
    // same in both nations, so asking there would be a question for nothing.
    let england = sam();
    let mut wales = sam();
    wales.set_nation(Nation::Wales);
    let mut c = choices();
    c.school_kind = Some(SchoolKind::Maintained);
    for kind in LetterKind::ALL {
        let differs = write(&england, kind, &c) != write(&wales, kind, &c);
        assert_eq!(differs, kind.differs_by_nation(), "{kind:?}");
    }
}

#[test]
fn section_19_waits_for_15_health_days_and_draws_no_conclusion() {
    let child = sam();
    let letter = text(&write(&child, LetterKind::CannotAttend, &choices()));
    holds(
        &letter,
        &[
            "Subject: Sam Okoro: education while unable to attend school (section 19)",
            "has missed 18 days of school through health from 1 September 2026 to 16 October 2026",
            "I ask the council to consider whether Sam needs education arranged under section 19",
        ],
    );
    for never in [
        "must arrange",
        "is entitled",
        "you are required",
        "unlawful",
    ] {
        assert!(!letter.contains(never), "{never}: {letter}");
    }
    let mut c = choices();
    c.range = (date(9, 1), date(9, 30));
    let (why, what) = not_yet(&write(&child, LetterKind::CannotAttend, &c));
    holds(
        &why,
        &[
            "The diary shows 10 days missed through health",
            "15 school days or more",
        ],
    );
    holds(&what, &["Off ill (body or mind)"]);
}

#[test]
fn the_reduced_timetable_is_time_limited_reviewed_and_keeps_the_child_connected() {
    let child = sam();
    let letter = text(&write(&child, LetterKind::ReducedTimetable, &choices()));
    holds(
        &letter,
        &[
            "- Hours or lessons each day: [...]",
            "- For: [...] weeks, as a short-term step",
            "- Reviewed on: 9 November 2026, with me and Sam",
            "- Key adult: Miss Ahmed",
            "- How Sam stays connected: Miss Ahmed rings on Mondays and sends work home",
            "- The sessions not attended recorded as C2 (part-time timetable)",
        ],
    );
    // The example of what to agree is only there when the plan says nothing yet.
    assert!(!letter.contains("for example"), "{letter}");
    let mut unsaid = child.clone();
    unsaid.plan.contact_arrangements.clear();
    let letter = text(&write(&unsaid, LetterKind::ReducedTimetable, &choices()));
    holds(
        &letter,
        &["- How Sam stays connected: [...] (for example work sent home, and news of clubs and trips)"],
    );
}

#[test]
fn the_full_name_comes_first_and_a_pet_name_never_reaches_school() {
    // "Sam" for "Sam Okoro" after the first mention.
    let child = sam();
    let letter = text(&write(&child, LetterKind::FinesReply, &choices()));
    holds(
        &letter,
        &["about Sam Okoro's attendance. I want Sam to be in school"],
    );
    // A name used only at home is never written: the full name throughout.
    let mut bear = sam();
    bear.nickname = "Bear".into();
    bear.full_name = "Samuel Okoro".into();
    let mut c = choices();
    c.contact = None;
    for kind in LetterKind::ALL {
        let all = write(&bear, kind, &c).all_text();
        assert!(!all.contains("Bear"), "{kind:?}:\n{all}");
    }
    let letter = text(&write(&bear, LetterKind::FinesReply, &c));
    holds(
        &letter,
        &["about Samuel Okoro's attendance. I want Samuel Okoro to be in school"],
    );
    // No full name given: the name in the app is all there is.
    let mut short = sam();
    short.full_name.clear();
    let letter = text(&write(&short, LetterKind::FinesReply, &c));
    holds(
        &letter,
        &["about Sam's attendance. I want Sam to be in school"],
    );
}

#[test]
fn the_fines_reply_says_what_the_diary_shows_and_asks_to_meet() {
    let child = sam();
    let mut c = choices();
    c.today = date(10, 21);
    let letter = text(&write(&child, LetterKind::FinesReply, &c));
    holds(
        &letter,
        &[
            "Thank you for your letter of [...] about Sam Okoro's attendance.",
            "records 17 days when Sam was too unwell to attend",
            "It also records 1 medical appointment.",
            "- Monday 7 September 2026: recorded as O, when my record says “Off ill (body or mind)”",
            "- Exit card (asked for, not yet agreed)",
            "- CAMHS (children's mental health service): referred, waiting since 10 September 2026",
            "- Set up a soft start, Mrs Patel (agreed on 13 October 2026, due by 20 October 2026, not done yet)",
            "I would like to meet, before any further step is taken",
            "voluntary",
        ],
    );
    // It admits nothing: no count of unauthorised sessions, no word of refusing.
    for never in ["unauthorised", "refus", "penalty notice"] {
        assert!(!letter.to_lowercase().contains(never), "{never}: {letter}");
    }
}

#[test]
fn no_letter_holds_a_private_note_and_every_gap_is_marked() {
    let child = sam();
    for kind in LetterKind::ALL {
        let outcome = write(&child, kind, &choices());
        let all = outcome.all_text();
        assert!(!all.contains("PRIVATE"), "{kind:?}: {all}");
        let letter = outcome.letter().expect("Sam's diary supports every kind");
        assert!(letter.as_text().contains(GAP), "{kind:?} has no gap");
        assert!(!letter.rests_on.is_empty());
        assert_eq!(LetterKind::from_slug(kind.slug()), Some(kind));
    }
}

#[test]
fn the_kind_of_school_once_said_fills_the_attendance_record_letter() {
    let mut child = sam();
    child.set_school_kind(Some(SchoolKind::Maintained)).unwrap();
    let c = LetterChoices::for_child(&child, date(10, 16));
    assert_eq!(c.school_kind, Some(SchoolKind::Maintained));
    holds(
        &text(&write(&child, LetterKind::AttendanceRecord, &c)),
        &["within 15 school days"],
    );
    // Not said yet: the letter asks in the way every school must answer.
    let fresh = LetterChoices::for_child(&sam(), date(10, 16));
    assert_eq!(fresh.school_kind, None);
}
