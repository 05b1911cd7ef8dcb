use super::*;
use proptest::collection::vec;
use proptest::prelude::*;

fn text(t: &str) -> DraftValue {
    DraftValue::Text(t.to_string())
}

fn named(pairs: &[(&str, DraftValue)]) -> Vec<(String, DraftValue)> {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.clone()))
        .collect()
}

#[test]
fn a_draft_by_name_reads_back_as_written() {
    let fields = named(&[
        ("helped", text("A hug at the gate")),
        ("rating", DraftValue::Number(4)),
        ("split", DraftValue::Yes(true)),
        (
            "worries",
            DraftValue::List(vec![DraftValue::Named(named(&[("words", text("Nobody"))]))]),
        ),
    ]);
    let written = draft_text(1_764_000_000_000, fields.clone(), "");
    assert!(written.starts_with(r#"{"written":1764000000000,"version":1,"fields":{"helped":"#));
    let kept = read_kept(&written, &NO_OLD_LAYOUT);
    assert_eq!(
        kept,
        KeptDraft {
            written: Some(1_764_000_000_000),
            version: DRAFT_VERSION,
            fields,
            leftover: String::new(),
        }
    );
}

#[test]
fn text_left_over_from_an_older_draft_is_kept_in_the_next_one() {
    let written = draft_text(
        5,
        named(&[("title", text("Getting in"))]),
        "goal: Back by Easter",
    );
    let kept = read_kept(&written, &NO_OLD_LAYOUT);
    assert_eq!(kept.leftover, "goal: Back by Easter");
}

#[test]
fn a_later_version_is_still_read_by_name() {
    let kept = read_kept(
        r#"{"written":9,"version":7,"fields":{"title":"Getting in","colour":"blue"}}"#,
        &NO_OLD_LAYOUT,
    );
    assert_eq!(kept.version, 7);
    let sorted = sort_out(&kept.fields, &["title"], |_, _| true);
    assert_eq!(sorted.into, vec![(0, text("Getting in"))]);
    assert_eq!(left_over_text("", &sorted.left_over), "colour: blue");
}

#[test]
fn text_that_is_not_a_draft_is_offered_whole_rather_than_lost() {
    let kept = read_kept(
        "2026-01-06T08:00:00Z {\"helped\":\"a walk\"",
        &NO_OLD_LAYOUT,
    );
    assert!(kept.fields.is_empty());
    assert_eq!(kept.leftover, "2026-01-06T08:00:00Z {\"helped\":\"a walk\"");
}

#[test]
fn a_value_goes_only_into_the_field_of_its_name_and_only_when_it_fits() {
    let kept = named(&[
        ("helped", text("Walking in with Priya")),
        ("before", text("not a number")),
        ("removed", text("A field gone since")),
        ("blank", text("  ")),
    ]);
    // The form now: `before` is a rating, and `helped` moved to the end.
    let names = ["before", "date", "helped"];
    let sorted = sort_out(&kept, &names, |i, v| {
        names[i] != "before" || matches!(v, DraftValue::Number(_))
    });
    assert_eq!(sorted.into, vec![(2, text("Walking in with Priya"))]);
    assert_eq!(
        left_over_text("", &sorted.left_over),
        "before: not a number\nremoved: A field gone since"
    );
}

#[test]
fn a_name_kept_twice_fills_its_field_once_and_the_rest_is_left_over() {
    let kept = named(&[("title", text("First")), ("title", text("Second"))]);
    let sorted = sort_out(&kept, &["title"], |_, _| true);
    assert_eq!(sorted.into, vec![(0, text("First"))]);
    assert_eq!(left_over_text("", &sorted.left_over), "title: Second");
}

#[test]
fn an_old_list_longer_than_its_layout_leaves_the_extra_places_over() {
    let layout = OldLayout::List(&[OldLayout::Name("a"), OldLayout::Name("b")]);
    let mut named_values = Vec::new();
    layout.name_values(
        &DraftValue::List(vec![text("one"), text("two"), text("three")]),
        &mut named_values,
    );
    assert_eq!(
        named_values,
        named(&[("a", text("one")), ("b", text("two")), ("", text("three"))])
    );
    // Of another shape altogether: all of it is left over.
    let mut other = Vec::new();
    layout.name_values(&text("just words"), &mut other);
    assert_eq!(other, named(&[("", text("just words"))]));
    assert_eq!(left_over_text("", &other), "just words");
}

#[test]
fn plain_words_say_every_part_that_was_typed() {
    let worry = DraftValue::Named(named(&[
        ("category", text("friendships")),
        ("words", text("Nobody saved me a seat")),
        ("rating", DraftValue::Number(9)),
    ]));
    assert_eq!(
        worry.plain_words(),
        "category: friendships, words: Nobody saved me a seat, rating: 9"
    );
    let rows = DraftValue::List(vec![
        DraftValue::List(vec![text("Reward chart"), text("")]),
        DraftValue::List(vec![text("A later start"), text("Better")]),
    ]);
    assert_eq!(rows.plain_words(), "Reward chart; A later start; Better");
    assert!(DraftValue::List(vec![text(" "), DraftValue::Empty]).is_blank());
    assert!(
        !DraftValue::Number(0).is_blank(),
        "a rating of 0 is a choice"
    );
}

/// Any draft value, a few levels deep.
fn any_value() -> impl Strategy<Value = DraftValue> {
    let leaf = prop_oneof![
        Just(DraftValue::Empty),
        any::<bool>().prop_map(DraftValue::Yes),
        (0i64..20).prop_map(DraftValue::Number),
        "[a-z ]{0,6}".prop_map(DraftValue::Text),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(DraftValue::List),
            vec(("[a-c]", inner), 0..3).prop_map(DraftValue::Named),
        ]
    })
}

/// Field names from a small set, so drafts and forms share some and not others.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("".to_string()),
        "(helped|harder|times\\.woke|times\\.arrived|title|date|note)".prop_map(String::from),
    ]
}

proptest! {
    /// For any draft and any change of the form's fields (added, removed, renamed, reordered,
    /// of another kind), every value that is not blank goes into the field of its own name, or is
    /// left over: never into another field, and never lost.
    #[test]
    fn every_value_lands_in_its_own_field_or_is_left_over(
        kept in vec((any_name(), any_value()), 0..8),
        form in proptest::sample::subsequence(
            vec!["helped", "harder", "times.woke", "times.arrived", "title", "date", "note", "new"],
            0..8,
        ).prop_shuffle(),
        refused in vec(any::<bool>(), 8),
    ) {
        let sorted = sort_out(&kept, &form, |i, _| !refused[i]);
        let mut filled = vec![0; form.len()];
        for (i, value) in &sorted.into {
            filled[*i] += 1;
            prop_assert!(!refused[*i], "a value went into a field that refused it");
            prop_assert!(
                kept.iter().any(|(n, v)| n == form[*i] && v == value),
                "{value:?} went into {}, which is not its name", form[*i]
            );
        }
        prop_assert!(filled.iter().all(|n| *n <= 1), "a field was filled twice");
        // Each value that is not blank is accounted for once: in its field or left over.
        let mut into = sorted.into.clone();
        let mut left_over = sorted.left_over.clone();
        for (name, value) in &kept {
            if let Some(at) = into.iter().position(|(i, v)| form[*i] == name && v == value) {
                into.remove(at);
            } else if let Some(at) = left_over.iter().position(|(n, v)| n == name && v == value) {
                left_over.remove(at);
            } else {
                prop_assert!(value.is_blank(), "{name}: {value:?} was lost");
            }
        }
        prop_assert!(into.is_empty() && left_over.is_empty());
        // And what is left over is said in the text offered to copy.
        let words = left_over_text("", &sorted.left_over);
        for (_, value) in &sorted.left_over {
            prop_assert!(words.contains(&value.plain_words()));
        }
    }

    /// The same through the stored text: a draft written by one version of a form and read by
    /// another puts nothing typed into a field of another name.
    #[test]
    fn a_draft_written_and_read_back_by_another_form_keeps_every_word(
        written in vec(("(helped|harder|title|date|note)", "[a-z]{1,6}"), 0..6),
        form in proptest::sample::subsequence(vec!["helped", "harder", "title", "note", "new"], 0..5),
    ) {
        let fields: Vec<(String, DraftValue)> =
            written.iter().map(|(n, t)| (n.clone(), DraftValue::Text(t.clone()))).collect();
        let kept = read_kept(&draft_text(1, fields, ""), &NO_OLD_LAYOUT);
        let sorted = sort_out(&kept.fields, &form, |_, _| true);
        let words = left_over_text(&kept.leftover, &sorted.left_over);
        for (name, typed) in &written {
            let in_its_field = sorted
                .into
                .iter()
                .any(|(i, v)| form[*i] == name && *v == DraftValue::Text(typed.clone()));
            let offered = words.lines().any(|l| l == format!("{name}: {typed}"));
            prop_assert!(in_its_field || offered, "{name}: {typed} was lost");
            for (i, v) in &sorted.into {
                if *v == DraftValue::Text(typed.clone()) && form[*i] != name {
                    // The same words may have been typed in two fields; only then may they be
                    // found in another.
                    prop_assert!(written.iter().any(|(n, t)| n == form[*i] && t == typed));
                }
            }
        }
    }
}
