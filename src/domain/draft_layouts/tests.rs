//! Each form's old draft, written exactly as the released app wrote it (the same types, through
//! serde), read back by name: every value lands under its field's name, nothing in another.

use super::*;
use crate::domain::diary::contacts::{AgreedAction, ContactMethod};
use crate::domain::diary::day::{Sign, SignKind, SignTime, Worry, WorryCategory};
use crate::domain::draft_fields::{read_kept, sort_out, DraftValue, KeptDraft};
use crate::domain::plan::{StepState, Who};
use crate::domain::DayStatus;
use serde::Serialize;

/// A draft as the released app kept it.
#[derive(Serialize)]
struct Stored<T> {
    written: u64,
    value: T,
}

/// What most forms kept: texts, ratings, rows, by position.
type FormText = (Vec<String>, Vec<Option<u8>>, Vec<Vec<Vec<String>>>);

fn old_text<T: Serialize>(value: T) -> String {
    serde_json::to_string(&Stored {
        written: 1_764_600_000_000,
        value,
    })
    .unwrap()
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn text(t: &str) -> DraftValue {
    DraftValue::Text(t.to_string())
}

/// Reads an old draft and checks it names exactly these values, in order.
fn reads_as(text: &str, layout: &OldLayout, expected: &[(&str, DraftValue)]) -> KeptDraft {
    let kept = read_kept(text, layout);
    assert_eq!(kept.version, 0, "an old draft has no version");
    assert_eq!(kept.written, Some(1_764_600_000_000));
    let expected: Vec<(String, DraftValue)> = expected
        .iter()
        .map(|(n, v)| (n.to_string(), v.clone()))
        .collect();
    assert_eq!(kept.fields, expected);
    kept
}

/// Reads an old form-of-texts draft, whose texts are "<name> typed" for each name.
fn texts_read_by_name(layout: &OldLayout, names: &[&str]) {
    let typed: Vec<String> = names.iter().map(|n| format!("{n} typed")).collect();
    let draft: FormText = (typed.clone(), vec![], vec![]);
    let expected: Vec<(&str, DraftValue)> = names
        .iter()
        .zip(&typed)
        .map(|(n, t)| (*n, text(t)))
        .collect();
    reads_as(&old_text(draft), layout, &expected);
}

#[test]
fn an_old_day_draft_reads_by_name_with_its_times_and_the_worry_being_filled_in() {
    /// The day form's draft as released.
    #[derive(Serialize)]
    struct DayDraftText {
        status: Option<DayStatus>,
        split: bool,
        morning: Option<DayStatus>,
        afternoon: Option<DayStatus>,
        worries: Vec<Worry>,
        signs: Vec<Sign>,
        helped: String,
        harder: String,
        times: [String; 4],
        school_code: String,
        private_note: String,
        pending_worry: (Option<WorryCategory>, String, Option<u8>),
    }
    let draft = DayDraftText {
        status: Some(DayStatus::AttendedDistressed),
        split: true,
        morning: Some(DayStatus::Attended),
        afternoon: None,
        worries: vec![Worry {
            category: Some(WorryCategory::Friendships),
            words: "Nobody saved me a seat".into(),
            rating: Some(9),
        }],
        signs: vec![Sign {
            kind: SignKind::StomachAche,
            when: SignTime::Morning,
        }],
        helped: "A hug at the gate".into(),
        harder: "The bus".into(),
        times: ["07:10".into(), "08:20".into(), "".into(), "15:30".into()],
        school_code: "I".into(),
        private_note: "Only for me".into(),
        pending_worry: (Some(WorryCategory::Sensory), "Too loud".into(), Some(6)),
    };
    let text_of = old_text(&draft);
    assert!(text_of.starts_with(
        r#"{"written":1764600000000,"value":{"status":"attended_distressed","split":true"#
    ));
    let kept = reads_as(
        &text_of,
        &DAY,
        &[
            ("status", text("attended_distressed")),
            ("split", DraftValue::Yes(true)),
            ("morning", text("attended")),
            ("afternoon", DraftValue::Empty),
            (
                "worries",
                DraftValue::List(vec![DraftValue::Named(vec![
                    ("category".into(), text("friendships")),
                    ("words".into(), text("Nobody saved me a seat")),
                    ("rating".into(), DraftValue::Number(9)),
                ])]),
            ),
            (
                "signs",
                DraftValue::List(vec![DraftValue::Named(vec![
                    ("kind".into(), text("stomach_ache")),
                    ("when".into(), text("morning")),
                ])]),
            ),
            ("helped", text("A hug at the gate")),
            ("harder", text("The bus")),
            ("times.woke", text("07:10")),
            ("times.left_home", text("08:20")),
            ("times.arrived", text("")),
            ("times.collected", text("15:30")),
            ("school_code", text("I")),
            ("private_note", text("Only for me")),
            ("pending_worry.category", text("sensory")),
            ("pending_worry.words", text("Too loud")),
            ("pending_worry.rating", DraftValue::Number(6)),
        ],
    );
    // A form with a fifth time and without "harder": the four times by name, "harder" offered.
    let form = [
        "status",
        "times.woke",
        "times.left_home",
        "times.lunch",
        "times.arrived",
        "times.collected",
        "helped",
    ];
    let sorted = sort_out(&kept.fields, &form, |_, _| true);
    assert_eq!(
        sorted
            .into
            .iter()
            .map(|(i, _)| form[*i])
            .collect::<Vec<_>>(),
        [
            "status",
            "helped",
            "times.woke",
            "times.left_home",
            "times.arrived",
            "times.collected"
        ]
    );
    assert!(sorted
        .left_over
        .iter()
        .any(|(n, v)| n == "harder" && *v == text("The bus")));
    assert!(!sorted
        .left_over
        .iter()
        .any(|(n, _)| n.starts_with("times.")));
}

#[test]
fn an_old_day_draft_with_more_times_than_four_leaves_the_fifth_over() {
    let text_of = r#"{"written":1764600000000,"value":{"status":"attended","times":["07:00","08:00","09:00","15:00","16:00"],"helped":"x"}}"#;
    let kept = read_kept(text_of, &DAY);
    assert!(kept
        .fields
        .contains(&("times.collected".into(), text("15:00"))));
    assert!(kept.fields.contains(&(String::new(), text("16:00"))));
}

#[test]
fn an_old_stage_1_draft_reads_by_name_with_its_rows() {
    let names = [
        "what_is_hard",
        "what_is_good",
        "ideal_school",
        "parent_view",
        "strengths",
        "trusted_people",
        "worry_1",
        "worry_2",
        "worry_3",
        "best_1",
        "best_2",
        "best_3",
        "tried_what",
        "tried_how",
        "professional_name",
        "professional_role",
        "professional_contact",
    ];
    texts_read_by_name(&UNDERSTANDING, &names);
    // With rows, and from before the rows typed but not added were kept (12 texts).
    let draft: FormText = (
        texts(&["The noise", "Art"]),
        vec![],
        vec![
            vec![texts(&["Reward chart", "A week"])],
            vec![texts(&["Dr Shah", "GP", "Surgery"])],
        ],
    );
    let row = |cells: &[&str]| DraftValue::List(cells.iter().map(|c| text(c)).collect());
    reads_as(
        &old_text(draft),
        &UNDERSTANDING,
        &[
            ("what_is_hard", text("The noise")),
            ("what_is_good", text("Art")),
            (
                "tried",
                DraftValue::List(vec![row(&["Reward chart", "A week"])]),
            ),
            (
                "professionals",
                DraftValue::List(vec![row(&["Dr Shah", "GP", "Surgery"])]),
            ),
        ],
    );
}

#[test]
fn an_old_goal_draft_reads_by_name() {
    texts_read_by_name(&GOAL, &["goal"]);
}

#[test]
fn an_old_arrangements_draft_reads_by_name_with_or_without_the_goal_first() {
    let six = [
        "key_adult",
        "contact_arrangements",
        "celebration",
        "bad_day_plan",
        "questions",
        "requests",
    ];
    texts_read_by_name(&ARRANGEMENTS, &six);
    let mut seven = vec!["goal"];
    seven.extend(six);
    texts_read_by_name(&ARRANGEMENTS, &seven);
}

#[test]
fn an_old_ladder_draft_reads_by_name() {
    texts_read_by_name(&LADDER, &["title"]);
}

#[test]
fn an_old_step_draft_reads_by_name() {
    type StepDraft = ([String; 3], Option<u8>, Vec<Who>, StepState);
    let draft: StepDraft = (
        [
            "Walk to the gate".into(),
            "Monday 8:30".into(),
            "Dad".into(),
        ],
        Some(4),
        vec![Who::Parent, Who::Child],
        StepState::Trying,
    );
    reads_as(
        &old_text(draft),
        &STEP,
        &[
            ("what", text("Walk to the gate")),
            ("when_where", text("Monday 8:30")),
            ("support", text("Dad")),
            ("rating", DraftValue::Number(4)),
            ("who", DraftValue::List(vec![text("parent"), text("child")])),
            ("state", text("trying")),
        ],
    );
}

#[test]
fn an_old_adjustment_draft_reads_by_name() {
    texts_read_by_name(&ADJUSTMENT, &["own"]);
}

#[test]
fn an_old_in_place_draft_reads_by_name() {
    texts_read_by_name(&IN_PLACE, &["since", "how", "note"]);
}

#[test]
fn an_old_try_draft_reads_by_name_with_its_ratings() {
    let draft: FormText = (
        texts(&["2026-11-03", "step-18c2f", "Music on the way"]),
        vec![Some(7), None],
        vec![],
    );
    reads_as(
        &old_text(draft),
        &TRY,
        &[
            ("date", text("2026-11-03")),
            ("step", text("step-18c2f")),
            ("helped", text("Music on the way")),
            ("before", DraftValue::Number(7)),
            ("after", DraftValue::Empty),
        ],
    );
}

#[test]
fn an_old_review_draft_reads_by_name() {
    let names = [
        "date",
        "next_review",
        "went_well",
        "was_hard",
        "changes",
        "next_steps",
    ];
    texts_read_by_name(&REVIEW, &names);
}

#[test]
fn an_old_pack_header_draft_reads_by_name() {
    let names = [
        "full_name",
        "year_group",
        "school",
        "parent_contact",
        "date_of_birth",
    ];
    texts_read_by_name(&PACK_HEADER, &names);
}

#[test]
fn an_old_support_draft_reads_by_name() {
    let names = ["nation", "level", "diagnosis", "awaiting_assessment"];
    texts_read_by_name(&SUPPORT, &names);
}

#[test]
fn an_old_referral_draft_reads_by_name() {
    let names = [
        "editing", "to", "detail", "made_on", "stage", "since", "note",
    ];
    texts_read_by_name(&REFERRAL, &names);
}

#[test]
fn an_old_school_figure_draft_reads_by_name() {
    texts_read_by_name(&SCHOOL_FIGURE, &["from", "to", "percent", "where_from"]);
}

#[test]
fn an_old_child_name_draft_reads_by_name() {
    texts_read_by_name(&CHILD, &["nickname"]);
}

#[test]
fn an_old_contact_draft_reads_by_name_with_its_actions() {
    type Draft = ([String; 6], ContactMethod, Vec<AgreedAction>);
    let draft: Draft = (
        [
            "2026-11-20".into(),
            "Mrs Patel, SENCO".into(),
            "A later start".into(),
            "Send the plan".into(),
            "Mrs Patel".into(),
            "".into(),
        ],
        ContactMethod::Call,
        vec![AgreedAction {
            id: "action-1".into(),
            what: "Ring on Friday".into(),
            who: String::new(),
            by: None,
            done: false,
            done_on: None,
        }],
    );
    reads_as(
        &old_text(draft),
        &CONTACT,
        &[
            ("date", text("2026-11-20")),
            ("with_whom", text("Mrs Patel, SENCO")),
            ("said", text("A later start")),
            ("action_what", text("Send the plan")),
            ("action_who", text("Mrs Patel")),
            ("action_by", text("")),
            ("method", text("call")),
            (
                "actions",
                DraftValue::List(vec![DraftValue::Named(vec![
                    ("id".into(), text("action-1")),
                    ("what".into(), text("Ring on Friday")),
                    ("done".into(), DraftValue::Yes(false)),
                ])]),
            ),
        ],
    );
}

#[test]
fn an_old_draft_with_more_texts_than_its_form_had_leaves_them_over() {
    let draft: FormText = (texts(&["Getting in", "something else"]), vec![], vec![]);
    let kept = read_kept(&old_text(draft), &LADDER);
    let sorted = sort_out(&kept.fields, &["title"], |_, _| true);
    assert_eq!(sorted.into, vec![(0, text("Getting in"))]);
    assert_eq!(
        sorted.left_over,
        vec![(String::new(), text("something else"))]
    );
}
