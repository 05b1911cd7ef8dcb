//! What version 2 of the diary adds to the meeting pack, from hand-built diaries: mornings the
//! child could not get out of the door (in their own words, counted with illness), the school's
//! own attendance figures beside the diary's, the child's support and referrals, and what school
//! has put in place with how it is going.

use chrono::{Days, NaiveDate};

use small_steps::domain::diary::school_figures::SchoolFigureInput;
use small_steps::domain::diary::support::{
    Nation, ReferralInput, ReferralStage, ReferralTo, SupportLevel,
};
use small_steps::domain::meeting_pack::{build_pack, pack_as_text, PackChoices, SectionKind};
use small_steps::domain::plan::HowItIsGoing;
use small_steps::domain::{Child, DayRecord, DayStatus};

/// Monday 2 November 2026 and the days after it.
fn nov(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Days::new(n)
}

const FOUR_WEEKS: (NaiveDate, NaiveDate) = (
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
);

fn text_of(child: &Child) -> String {
    pack_as_text(&build_pack(child, &PackChoices::all(FOUR_WEEKS, nov(30))))
}

/// Ten school days: six went in, two could not get out of the door (one coded O by school), one
/// off ill, and one where only the morning was lost at the door.
///
/// Sessions by hand: possible 20; missed 2+2+2+1 = 7; health-related the same 7 (3.5 days);
/// days at the door: 3 (two whole days and one morning).
#[test]
fn the_pack_names_the_days_at_the_door_and_counts_them_with_illness() {
    let mut child = Child::new("c1", "Sam");
    for n in [0, 1, 2, 7, 8, 9] {
        child.put_day(DayRecord::new(nov(n), DayStatus::Attended));
    }
    child.put_day(DayRecord::new(nov(3), DayStatus::CouldNotGetOut));
    let mut coded = DayRecord::new(nov(4), DayStatus::CouldNotGetOut);
    coded.school_code = "O".into();
    child.put_day(coded);
    child.put_day(DayRecord::new(nov(10), DayStatus::AbsentIll));
    let mut morning = DayRecord::new(nov(11), DayStatus::LateAfterRegister);
    morning.morning = Some(DayStatus::CouldNotGetOut);
    child.put_day(morning);

    let text = text_of(&child);
    assert!(text.contains("- Sessions possible: 20"), "{text}");
    assert!(text.contains("- Sessions missed: 7 (35%)"), "{text}");
    assert!(
        text.contains("- Missed for health reasons: 7 (35%)"),
        "{text}"
    );
    assert!(
        text.contains("- Days tried but could not get out of the door (counted as illness): 3"),
        "{text}"
    );
    assert!(text.contains("Sessions missed for health reasons come to 3.5 days"));
    // The code difference names the day in its own words, with I as the code that fits.
    assert!(
        text.contains("we recorded \u{201c}Couldn't get out of the door\u{201d}; the school's code was O (codes that fit: I)"),
        "{text}"
    );
}

#[test]
fn with_no_days_at_the_door_the_pack_has_no_such_row() {
    let mut child = Child::new("c1", "Sam");
    for n in 0..12 {
        child.put_day(DayRecord::new(nov(n), DayStatus::AbsentIll));
    }
    assert!(!text_of(&child).contains("could not get out of the door"));
}

/// Two weeks from Monday 2 November: the first week went in every day but Wednesday (off ill),
/// the second week is not recorded. The school's letter says 90% for 2 to 6 November and 85.5%
/// for 2 to 13 November; a third figure, from September, lies outside the pack's dates.
///
/// By hand, 2-6 Nov: 5 school days recorded of 5, 8 of 10 sessions = 80%.
/// 2-13 Nov: the same 5 days recorded of 10 school days, still 80%.
fn child_with_school_figures() -> Child {
    let mut child = Child::new("c1", "Sam");
    for n in 0..5 {
        let status = if n == 2 {
            DayStatus::AbsentIll
        } else {
            DayStatus::Attended
        };
        child.put_day(DayRecord::new(nov(n), status));
    }
    for (id, from, to, percent, where_from) in [
        ("f1", nov(0), nov(4), "90", "Parent portal"),
        ("f2", nov(0), nov(11), "85.5%", "Letter of 16 November"),
        (
            "f3",
            nov(0) - Days::new(60),
            nov(0) - Days::new(40),
            "97",
            "",
        ),
    ] {
        child
            .add_school_figure(
                id.into(),
                SchoolFigureInput {
                    from: Some(from),
                    to: Some(to),
                    percent: percent.into(),
                    where_from: where_from.into(),
                },
            )
            .unwrap();
    }
    child
}

#[test]
fn the_schools_figure_sits_beside_the_diarys_for_the_same_dates() {
    let text = text_of(&child_with_school_figures());
    assert!(
        text.contains(
            "The school's own attendance figures, beside this diary's for the same dates:"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "- 2 Nov 2026 to 6 Nov 2026: the school's figure 90% (Parent portal); this diary 80%, from 5 of 5 school days recorded"
        ),
        "{text}"
    );
    assert!(
        text.contains("- 2 Nov 2026 to 13 Nov 2026: the school's figure 85.5% (Letter of 16 November); this diary 80%, from 5 of 10 school days recorded"),
        "{text}"
    );
    // Neutral words, and the figure for other dates is not dropped without a word.
    assert!(text.contains("The two are shown side by side for the same dates."));
    assert!(text.contains("One more figure from school, for other dates, is kept in the diary."));
    for judging in ["wrong", "correct", "should", "inaccurate"] {
        let part = &text[text.find("The school's own").unwrap()..];
        let part = &part[..part.find("kept in the diary").unwrap()];
        assert!(!part.contains(judging), "judges with {judging:?}: {part}");
    }
}

#[test]
fn the_schools_figure_is_in_the_pack_even_with_no_days_recorded() {
    let mut child = child_with_school_figures();
    child.days.clear();
    let pack = build_pack(&child, &PackChoices::all(FOUR_WEEKS, nov(30)));
    let attendance = pack
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Attendance)
        .expect("an attendance section for the school's figure alone");
    let text = format!("{attendance:?}");
    assert!(
        text.contains("the school's figure 90%")
            && text.contains("this diary has no school days recorded for these dates"),
        "{text}"
    );
}

fn child_with_support(nation: Nation) -> Child {
    let mut child = Child::new("c1", "Sam");
    child.set_nation(nation);
    child
        .set_support_details(
            Some(SupportLevel::School),
            "Autism (2024)",
            "ADHD, waiting since May",
        )
        .unwrap();
    let referrals = [
        (
            ReferralTo::Camhs,
            "",
            ReferralStage::Waiting,
            Some(nov(3)),
            "",
        ),
        (
            ReferralTo::SchoolNurse,
            "Mrs Lee",
            ReferralStage::Seen,
            None,
            "Sleep advice",
        ),
        (
            ReferralTo::Other,
            "Speech and language therapy",
            ReferralStage::NotAccepted,
            None,
            "",
        ),
    ];
    for (n, (to, detail, stage, since, note)) in referrals.into_iter().enumerate() {
        let input = ReferralInput {
            to: Some(to),
            detail: detail.into(),
            made_on: Some(nov(0)),
            stage,
            stage_since: since,
            note: note.into(),
        };
        child.add_referral(format!("r{n}"), input).unwrap();
    }
    let plan = &mut child.plan;
    for what in ["Soft start", "Exit card", "Seat by the door"] {
        plan.ask_for(what).unwrap();
    }
    plan.set_agreed("Soft start", true).unwrap();
    plan.set_agreed("Exit card", true).unwrap();
    plan.set_how_it_is_going(
        "Soft start",
        Some(nov(7)),
        Some(HowItIsGoing::Helping),
        "Calmer mornings",
    )
    .unwrap();
    child
}

#[test]
fn the_pack_lists_support_every_referral_and_what_is_in_place() {
    let text = text_of(&child_with_support(Nation::England));
    for line in [
        "Support, and what school has put in place",
        "Special educational needs (England): SEN support (from school)",
        "Diagnosis: Autism (2024)",
        "Waiting for an assessment: ADHD, waiting since May",
        "- CAMHS (children's mental health service), referred 2 Nov 2026: Referred, waiting since 5 Nov 2026",
        "- School nurse (Mrs Lee), referred 2 Nov 2026: Seen or assessed\n  Sleep advice",
        "- Speech and language therapy, referred 2 Nov 2026: Not accepted",
        "Put in place by school, and how it is going:",
        "- Soft start (in place since 9 Nov 2026): helping. Calmer mornings",
    ] {
        assert!(text.contains(line), "no {line:?} in:\n{text}");
    }
    // Only what school agreed is "in place"; agreed with nothing more said, it is among the
    // requests once, as already agreed.
    assert!(text.contains("- Exit card (already agreed)"));
    assert_eq!(text.matches("Exit card").count(), 1, "{text}");
    let in_place = &text[text.find("Put in place by school").unwrap()..];
    let in_place = &in_place[..in_place.find("Our requests").unwrap()];
    assert!(!in_place.contains("Seat by the door"), "{in_place}");
}

#[test]
fn in_wales_the_pack_speaks_of_aln_and_an_idp() {
    let text = text_of(&child_with_support(Nation::Wales));
    assert!(
        text.contains("Additional learning needs (Wales): ALN, with an IDP from school"),
        "{text}"
    );
    assert!(!text.contains("SEN support"));
}

#[test]
fn the_support_tick_leaves_the_section_out() {
    let child = child_with_support(Nation::England);
    let mut choices = PackChoices::all(FOUR_WEEKS, nov(30));
    choices.support = false;
    let text = pack_as_text(&build_pack(&child, &choices));
    assert!(!text.contains("Support, and what school has put in place"));
    assert!(!text.contains("Autism"));
    assert!(!text.contains("Put in place by school"));
}
