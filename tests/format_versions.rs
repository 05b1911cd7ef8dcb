//! The versions of the stored format side by side: the version 3 fixture loads with everything it
//! holds, version 1 and 2 files read as version 3 with nothing changed or lost, and a file from a
//! newer app (version 4) is refused in words with nothing changed.

use serde_json::{json, Value};

use small_steps::domain::file::migrate::CURRENT_VERSION;
use small_steps::domain::file::writer::DiaryWriter;
use small_steps::domain::validate::check_diary;
use small_steps::domain::{read_document, DayStatus, ReadError};

/// The released version 1 file: never edit it.
const V1: &str = include_str!("fixtures/v1.json");
/// The released version 2 file, with every field version 2 added filled in: never edit it.
const V2: &str = include_str!("fixtures/v2.json");
/// The version 3 file: the version 2 file with every field version 3 added filled in.
const V3: &str = include_str!("fixtures/v3.json");

fn value(text: &str) -> Value {
    serde_json::from_str(text).expect("a fixture is JSON")
}

#[test]
fn this_build_writes_version_3() {
    assert_eq!(CURRENT_VERSION, 3);
    for fixture in [V1, V2] {
        let document = read_document(fixture).expect("an older file loads");
        assert_eq!(value(&document.to_json())["version"], 3);
        let mut writer = DiaryWriter::default();
        assert_eq!(
            value(&writer.write(&document.children, "t", 1))["version"],
            3
        );
    }
}

#[test]
fn the_v2_fixture_loads_with_the_new_status() {
    let document = read_document(V2).expect("the v2 file loads");
    assert_eq!(document.version, CURRENT_VERSION);
    let diary = document.into_diary();
    assert!(check_diary(&diary).is_empty());
    let sam = diary.child("c-sam-7f3a").expect("Sam");
    let stuck = sam
        .days
        .iter()
        .find(|d| d.status == DayStatus::CouldNotGetOut)
        .expect("a day Sam could not get out of the door");
    assert_eq!(stuck.school_code, "I");
    let after_lunch = sam
        .days
        .iter()
        .find(|d| d.morning == Some(DayStatus::CouldNotGetOut))
        .expect("a morning Sam could not get out of the door");
    assert_eq!(after_lunch.afternoon, Some(DayStatus::Attended));
    let statuses: Vec<DayStatus> = diary
        .children
        .iter()
        .flat_map(|c| &c.days)
        .map(|d| d.status)
        .collect();
    for status in DayStatus::ALL {
        assert!(statuses.contains(&status), "no day is {status:?}");
    }
}

#[test]
fn the_v3_fixture_is_written_exactly_as_this_version_writes_it() {
    if CURRENT_VERSION != 3 {
        return; // a later version writes a newer form
    }
    let document = read_document(V3).expect("loads");
    assert_eq!(value(&document.to_pretty_json()), value(V3));
    let again = read_document(&document.to_json()).expect("re-reads");
    assert_eq!(again, document);
    let mut writer = DiaryWriter::default();
    let quick = writer.write(&document.children, &document.exported_at, document.revision);
    assert_eq!(value(&quick), value(V3));
}

#[test]
fn a_v2_file_reads_as_version_3_with_nothing_changed_or_lost() {
    let document = read_document(V2).expect("v2 loads");
    assert_eq!(document.version, CURRENT_VERSION);
    // Written again, it is the version 2 file word for word, with only the version raised.
    let mut expected = value(V2);
    expected["version"] = json!(CURRENT_VERSION);
    assert_eq!(value(&document.to_pretty_json()), expected);
    // Nothing of version 3 is made up for it.
    for child in &document.children {
        assert!(child.own_words.is_empty());
        assert!(!child.nation_answered);
        assert_eq!(child.support.school_kind, None);
        assert_eq!(child.plan.keep_in_touch, None);
    }
}

#[test]
fn the_v3_fixture_holds_the_v2_fixture_and_more() {
    // The v3 fixture was made from the v2 one: taking out what version 3 added gives it back.
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                for added in [
                    "own_words",
                    "nation_answered",
                    "school_kind",
                    "keep_in_touch",
                    "child_ratings",
                    "worry_highest",
                ] {
                    map.remove(added);
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(list) => list.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v3 = value(V3);
    strip(&mut v3);
    v3["version"] = json!(2);
    assert_eq!(v3, value(V2));
}

#[test]
fn the_v3_fixture_holds_every_new_field_and_every_new_choice() {
    use small_steps::domain::diary::own_words::{House, IdealPrompt, Share};
    use small_steps::domain::diary::support::SchoolKind;
    use small_steps::domain::plan::TouchPeriod;
    let diary = read_document(V3).expect("v3").into_diary();
    assert!(check_diary(&diary).is_empty());
    let (sam, alex) = (&diary.children[0], &diary.children[1]);
    assert!(sam.nation_answered && sam.nation_is_answered());
    assert_eq!(sam.support.school_kind, Some(SchoolKind::AcademyOrFree));
    assert_eq!(alex.support.school_kind, Some(SchoolKind::Maintained));
    let touch = sam.plan.keep_in_touch.expect("Sam's school keeps in touch");
    assert_eq!(
        (touch.times, touch.per, touch.words()),
        (2, TouchPeriod::Week, "twice a week".into())
    );
    assert_eq!(
        alex.plan.keep_in_touch.map(|t| t.per),
        Some(TouchPeriod::Month)
    );
    let first = sam.plan.find_step("s-sam-01").unwrap();
    assert_eq!(first.attempts[0].worry_highest, Some(6));
    let (was, now) = first.child_rating_change().expect("rated twice");
    assert_eq!((was.rating, now.rating), (5, 2));
    assert_eq!(
        sam.plan.find_step("s-sam-02a").unwrap().child_ratings[0].rating,
        3
    );
    let own = &sam.own_words;
    assert_eq!(own.scale.words_at(5), "Wobbly tummy");
    assert!(own.scale.words_at(10).starts_with("I can't"));
    assert_eq!(own.my_days.len(), 3);
    let houses: Vec<House> = own.houses.iter().map(|i| i.house).collect();
    for house in House::ALL {
        assert!(houses.contains(&house), "no item in {house:?}");
    }
    let prompts: Vec<IdealPrompt> = own.ideal_school.iter().map(|a| a.prompt).collect();
    assert_eq!(prompts, IdealPrompt::ALL);
    let shares: Vec<Share> = own.houses.iter().map(|i| i.share).collect();
    assert!(shares.contains(&Share::OkToShare) && shares.contains(&Share::JustForHome));
    // Each child's words are their own.
    assert_eq!(alex.own_words.houses[0].words, "Football at break");
    assert!(alex.own_words.my_days.is_empty());
}

#[test]
fn a_version_4_file_is_refused_in_words_and_changes_nothing() {
    for fixture in [V1, V2, V3] {
        let mut file = value(fixture);
        file["version"] = json!(4);
        let words = refused_as_newer(&file.to_string(), 4);
        assert!(
            words.starts_with("This backup was made by a newer Small Steps."),
            "{words}"
        );
        assert!(words.contains("It is version 4"), "{words}");
        assert!(words.contains("versions up to 3"), "{words}");
        assert!(words.contains("Reload the page"), "{words}");
        assert!(words.contains("Nothing here has changed"), "{words}");
    }
    // Even with a field or choice this app does not know: the version says so first.
    let mut file = value(V3);
    file["version"] = json!(4);
    file["children"][0]["own_words"]["houses"][0]["house"] = json!("treehouse");
    file["children"][0]["own_words"]["some_new_list"] = json!([1]);
    refused_as_newer(&file.to_string(), 4);
}

#[test]
fn a_file_naming_a_nation_the_app_does_not_know_is_refused_in_words() {
    for fixture in [V2, V3] {
        let mut file = value(fixture);
        file["children"][1]["nation"] = json!("scotland");
        let error = read_document(&file.to_string()).expect_err("refused");
        assert_eq!(
            error,
            ReadError::UnknownNation {
                path: "children[1].nation".into(),
                found: "scotland".into()
            }
        );
        assert_eq!(
            error.title(),
            "This backup names a country Small Steps does not know"
        );
        let words = error.full_message();
        assert!(words.contains("England and Wales"), "{words}");
        assert!(words.contains("“scotland”"), "{words}");
        assert!(words.contains("Nothing here has changed"), "{words}");
    }
    // Another unknown choice is still the general refusal.
    let mut file = value(V3);
    file["children"][0]["support"]["school_kind"] = json!("grammar");
    assert!(matches!(
        read_document(&file.to_string()),
        Err(ReadError::WrongShape { path, .. }) if path == "children[0].support.school_kind"
    ));
}

#[test]
fn a_v1_file_reads_as_version_2_with_nothing_changed_or_lost() {
    let document = read_document(V1).expect("v1 loads");
    assert_eq!(document.version, CURRENT_VERSION);
    // Written again, it is the version 1 file word for word, with only the version raised.
    let mut expected = value(V1);
    expected["version"] = json!(CURRENT_VERSION);
    assert_eq!(value(&document.to_pretty_json()), expected);
}

#[test]
fn the_v2_fixture_holds_the_v1_fixture_and_more() {
    // The v2 fixture was made from the v1 one: what v1 held reads the same in both.
    let v1 = read_document(V1).expect("v1").into_diary();
    let v2 = read_document(V2).expect("v2").into_diary();
    for (old, new) in v1.children.iter().zip(&v2.children) {
        assert_eq!(old.nickname, new.nickname);
        for day in &old.days {
            assert_eq!(
                new.day(day.date),
                Some(day),
                "{} {}",
                old.nickname,
                day.date
            );
        }
        // Version 2 adds the day a done action was ticked, and nothing else to the contacts.
        let mut contacts = new.contacts.clone();
        for action in contacts.iter_mut().flat_map(|c| &mut c.actions) {
            action.done_on = None;
        }
        assert_eq!(old.contacts, contacts);
    }
}

/// Reads text that must be refused as from a newer app, and returns its words.
fn refused_as_newer(text: &str, found: u64) -> String {
    let error = read_document(text).expect_err("a newer file is refused");
    assert_eq!(error, ReadError::NewerVersion { found });
    error.full_message()
}

#[test]
fn a_v1_app_file_with_the_new_status_but_version_1_is_refused_where_it_is_wrong() {
    // Version 1 never held this status; a hand-edited file claiming version 1 with it still reads,
    // as version 2 is a superset, and it is checked like any other day.
    let mut file = value(V1);
    file["children"][0]["days"][0]["status"] = json!("could_not_get_out");
    let diary = read_document(&file.to_string())
        .expect("reads")
        .into_diary();
    assert_eq!(diary.children[0].days[0].status, DayStatus::CouldNotGetOut);
}

#[test]
fn a_v1_file_gets_the_version_2_defaults() {
    use small_steps::domain::diary::support::Nation;
    let diary = read_document(V1).expect("v1").into_diary();
    for child in &diary.children {
        assert_eq!(child.nation, Nation::England, "England for older files");
        assert!(child.support.is_empty());
        assert!(child.school_figures.is_empty());
        for adjustment in &child.plan.adjustments {
            assert_eq!(
                (adjustment.in_place_since, adjustment.how_it_is_going),
                (None, None)
            );
            assert!(adjustment.going_note.is_empty());
        }
    }
}

#[test]
fn the_v2_fixture_holds_every_new_field_and_every_new_choice() {
    use small_steps::domain::diary::support::{Nation, ReferralStage, ReferralTo, SupportLevel};
    use small_steps::domain::plan::HowItIsGoing;
    let diary = read_document(V2).expect("v2").into_diary();
    let (sam, alex) = (&diary.children[0], &diary.children[1]);
    let ticked = &sam.contacts[0].actions[0];
    assert!(ticked.done);
    assert_eq!(
        ticked.done_on.map(|d| d.to_string()).as_deref(),
        Some("2025-09-16")
    );
    assert_eq!((sam.nation, alex.nation), (Nation::England, Nation::Wales));
    assert_eq!(sam.support.level, Some(SupportLevel::School));
    assert_eq!(
        alex.support_level_words(),
        Some("ALN, with an IDP from the council")
    );
    assert!(sam.support.diagnosis.starts_with("Autism"));
    assert!(sam.support.awaiting_assessment.starts_with("ADHD"));
    let to: Vec<ReferralTo> = sam.support.referrals.iter().map(|r| r.to).collect();
    assert_eq!(to, ReferralTo::ALL);
    let stages: Vec<ReferralStage> = sam.support.referrals.iter().map(|r| r.stage).collect();
    for stage in ReferralStage::ALL {
        assert!(stages.contains(&stage), "no referral is {stage:?}");
    }
    assert_eq!(
        sam.support.referrals[5].detail,
        "Speech and language therapy"
    );
    let percents: Vec<u16> = sam
        .school_figures
        .iter()
        .map(|f| f.percent.hundredths())
        .collect();
    assert_eq!(percents, [8000, 7245]);
    assert_eq!(sam.school_figures[1].where_from, "Letter of 20 October");
    let going: Vec<HowItIsGoing> = sam
        .plan
        .adjustments
        .iter()
        .filter_map(|a| a.how_it_is_going)
        .collect();
    assert_eq!(going, HowItIsGoing::ALL);
    let first = &sam.plan.adjustments[0];
    assert!(first.in_place_since.is_some() && !first.going_note.is_empty());
}

#[test]
fn a_file_with_a_school_figure_out_of_range_or_backwards_is_refused_where_it_is() {
    let with = |change: Value| {
        let mut file = value(V2);
        let figure = file["children"][0]["school_figures"][0]
            .as_object_mut()
            .unwrap();
        for (key, new) in change.as_object().unwrap() {
            figure.insert(key.clone(), new.clone());
        }
        read_document(&file.to_string())
    };
    // A percentage that is not one from 0 to 100 with two decimals is the wrong shape, named.
    for bad in [json!("100.5"), json!("91.125"), json!("-3"), json!(91.5)] {
        match with(json!({ "percent": bad })) {
            Err(ReadError::WrongShape { path, detail }) => {
                assert_eq!(path, "children[0].school_figures[0].percent", "{bad}");
                assert!(!detail.is_empty());
            }
            other => panic!("{bad}: expected a refusal, got {other:?}"),
        }
    }
    match with(json!({"from": "2025-10-01", "to": "2025-09-01"})) {
        Err(ReadError::Invalid(problems)) => assert!(
            problems
                .iter()
                .any(|p| p.path == "children[0].school_figures[0].to"),
            "{problems:?}"
        ),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn adding_a_v2_backup_to_a_diary_brings_the_schools_figures_and_support_it_lacks() {
    use small_steps::domain::diary::support::Nation;
    use small_steps::domain::file::merge::merge;
    let file = read_document(V2).expect("v2").into_diary();
    // This phone has Sam and Alex from the version 1 file: no figures, no support.
    let here = read_document(V1).expect("v1").into_diary();
    let (merged, report) = merge(&here, file.clone());
    assert_eq!(report.school_figures_added, 2);
    assert_eq!(report.support_added, 2);
    let (sam, alex) = (&merged.children[0], &merged.children[1]);
    assert_eq!(sam.school_figures, file.children[0].school_figures);
    assert_eq!(sam.support, file.children[0].support);
    assert_eq!(alex.nation, Nation::Wales);
    // Again: nothing more is added, and what is here now is kept.
    let (again, report) = merge(&merged, file);
    assert_eq!((report.school_figures_added, report.support_added), (0, 0));
    assert_eq!(again, merged);
}

#[test]
fn support_already_on_this_phone_is_kept_when_a_backup_is_added() {
    use small_steps::domain::file::merge::merge;
    let file = read_document(V2).expect("v2").into_diary();
    let mut here = read_document(V1).expect("v1").into_diary();
    here.children[0]
        .set_support_details(None, "Noted on this phone", "")
        .unwrap();
    let (merged, report) = merge(&here, file);
    assert_eq!(merged.children[0].support.diagnosis, "Noted on this phone");
    assert_eq!(report.support_added, 1, "Alex's only");
}
