#![cfg(not(target_arch = "wasm32"))]
//! Two children never share a name: adding and renaming refuse a name another child has, ignoring
//! capitals and spaces, and say what to do instead.

use small_steps::domain::Diary;

const SAM_TAKEN: &str =
    "There is already a child called Sam. Use a different name or nickname, e.g. Sam B.";

fn diary_with_sam_and_alex() -> Diary {
    let mut diary = Diary::default();
    diary.add_child("sam".into(), "Sam").unwrap();
    diary.add_child("alex".into(), "Alex").unwrap();
    diary
}

#[test]
fn adding_a_child_with_a_name_already_used_is_refused() {
    let mut diary = diary_with_sam_and_alex();
    let problem = diary.add_child("second".into(), "Sam").unwrap_err();
    assert_eq!(problem.path, "nickname");
    assert_eq!(problem.reason, SAM_TAKEN);
    for same in ["sam", "  SAM ", "S am"] {
        assert!(diary.add_child("second".into(), same).is_err(), "{same:?}");
    }
    assert_eq!(diary.children.len(), 2, "nothing added");
    diary.add_child("second".into(), "Sam B").unwrap();
    assert_eq!(diary.children.len(), 3);
}

#[test]
fn renaming_to_another_childs_name_is_refused() {
    let mut diary = diary_with_sam_and_alex();
    let problem = diary.rename_child("alex", " sam").unwrap_err();
    assert_eq!(problem.path, "nickname");
    assert_eq!(
        problem.reason,
        "There is already a child called Sam. Use a different name or nickname, e.g. sam B."
    );
    assert_eq!(
        diary.child("alex").unwrap().nickname,
        "Alex",
        "nothing changed"
    );
}

#[test]
fn a_child_may_keep_or_recase_their_own_name() {
    let mut diary = diary_with_sam_and_alex();
    diary.rename_child("sam", "Sam").unwrap();
    diary.rename_child("sam", "SAM").unwrap();
    assert_eq!(diary.child("sam").unwrap().nickname, "SAM");
}

#[test]
fn the_first_child_is_never_refused_for_its_name() {
    let mut diary = Diary::default();
    diary.add_child("only".into(), "Sam").unwrap();
    assert_eq!(diary.children[0].nickname, "Sam");
}

#[test]
fn a_childs_badge_shows_their_initial_in_a_colour_kept_from_their_id() {
    use small_steps::domain::diary::BADGE_COLOURS;
    use small_steps::domain::Child;
    assert_eq!(Child::new("a", "sam").initial(), "S");
    // The badge's style sheet puts a letter beyond A to Z in capitals (É); the browser tests see it.
    assert_eq!(Child::new("a", "  élodie ").initial(), "é");
    assert_eq!(Child::new("a", "(Jo)").initial(), "J");
    assert_eq!(Child::new("a", "🙂").initial(), "🙂");
    let sam = Child::new("child-19a2b3c4d5e6f", "Sam");
    let mut renamed = sam.clone();
    renamed.nickname = "Sammy".into();
    assert_eq!(
        sam.badge_colour(),
        renamed.badge_colour(),
        "kept across a rename"
    );
    assert_eq!(
        sam.badge_colour(),
        Child::new("child-19a2b3c4d5e6f", "X").badge_colour()
    );
    // The same colour on every phone and version: pinned for a few ids.
    let colours: Vec<usize> = ["sam", "alex", "child-1", "child-2", "child-3", "child-4"]
        .iter()
        .map(|id| Child::new(*id, "x").badge_colour())
        .collect();
    assert_eq!(colours, [2, 3, 1, 0, 5, 4]);
    assert!(colours.iter().all(|c| *c < BADGE_COLOURS));
}
