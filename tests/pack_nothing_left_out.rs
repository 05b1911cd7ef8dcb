#![cfg(not(target_arch = "wasm32"))]
//! Nothing left out of the meeting pack without a word: every list the pack shortens says how many
//! more the diary holds ("And 3 more, in the diary."), the parent chooses which worries go in,
//! what helped on the days stays apart from what helped on a try, done school actions show as done
//! with the day ticked, and each try says what its numbers are. The property test builds diaries
//! with nine kinds of worry, twelve "what helped" entries and done and open actions, and finds each
//! one in the pack or in its count.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use small_steps::domain::diary::contacts::{AgreedAction, Contact, ContactMethod};
use small_steps::domain::diary::day::{Sign, SignKind, SignTime, Worry, WorryCategory};
use small_steps::domain::meeting_pack::{
    build_pack, more_words, pack_as_text, ranked_worries, usual_worry_kinds, Block, Item,
    MeetingPack, PackChoices, SectionKind, WorryKinds,
};
use small_steps::domain::plan::{Attempt, Ladder, Step};
use small_steps::domain::{Child, DayRecord, DayStatus};

/// Monday 2 November 2026 and the days after it.
fn nov(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Days::new(n)
}

/// Four weeks, Monday 2 to Sunday 29 November 2026.
const FOUR_WEEKS: (NaiveDate, NaiveDate) = (
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
);

fn worry(category: WorryCategory, words: &str, rating: Option<u8>) -> Worry {
    Worry {
        category: Some(category),
        words: words.into(),
        rating,
    }
}

fn pack_of(child: &Child) -> MeetingPack {
    build_pack(child, &PackChoices::all(FOUR_WEEKS, nov(30)))
}

/// The lists of one section: (label, items, how many more).
fn lists(pack: &MeetingPack, kind: SectionKind) -> Vec<(Option<String>, Vec<Item>, u32)> {
    pack.sections
        .iter()
        .filter(|s| s.kind == kind)
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::List {
                label, items, more, ..
            } => Some((label.clone(), items.clone(), *more)),
            _ => None,
        })
        .collect()
}

/// Eight kinds of worry, as in the walk that found the pack cut at five: the friendship worry felt
/// at 7 out of 10 came sixth and vanished.
fn eight_worries() -> Child {
    use WorryCategory::*;
    let said = [
        (LunchHall, "Nowhere to sit", 7),
        (Sensory, "Too loud", 7),
        (TeacherOrLesson, "Reading out loud", 7),
        (Journey, "The bus", 7),
        (Toilets, "No lock", 7),
        (Friendships, "Nobody to sit with at break", 7),
        (Uniform, "The tie", 3),
        (PeChanging, "Changing rooms", 2),
    ];
    let mut child = Child::new("c1", "Sam");
    for (n, (category, words, rating)) in said.into_iter().enumerate() {
        let mut day = DayRecord::new(nov(n as u64), DayStatus::Attended);
        day.worries = vec![worry(category, words, Some(rating))];
        // The first five were noted again a week later, so they rank above the friendship worry.
        if n < 5 {
            let mut again = DayRecord::new(nov(n as u64 + 7), DayStatus::Attended);
            again.worries = day.worries.clone();
            child.put_day(again);
        }
        child.put_day(day);
    }
    child
}

#[test]
fn worries_past_the_first_five_are_counted_and_the_parent_can_choose_them() {
    let child = eight_worries();
    let pack = pack_of(&child);
    let [(_, items, more)] = lists(&pack, SectionKind::Worries).try_into().unwrap();
    assert_eq!(items.len(), 5);
    assert_eq!(more, 3, "the three left out are counted");
    let text = pack_as_text(&pack);
    assert!(text.contains("And 3 more, in the diary."), "{text}");
    assert!(!text.contains("Friends, feeling left out"));

    // The parent ticks the friendship worry in, and the tie out.
    let lines = ranked_worries(&child, FOUR_WEEKS);
    assert_eq!(lines.len(), 8, "every kind is there to choose from");
    let chosen = usual_worry_kinds(&lines)
        .with(Some(WorryCategory::Friendships), true)
        .with(Some(WorryCategory::LunchHall), false);
    let pack = build_pack(
        &child,
        &PackChoices {
            worry_kinds: Some(chosen),
            ..PackChoices::all(FOUR_WEEKS, nov(30))
        },
    );
    let text = pack_as_text(&pack);
    assert!(text.contains(
        "- Friends, feeling left out (once, up to 7 out of 10): \u{201c}Nobody to sit with at \
         break\u{201d} (7)"
    ));
    assert!(!text.contains("Lunch hall"));
    assert!(text.contains("And 3 more, in the diary."));

    // Every kind ticked out: the section still says what the diary holds.
    let none = build_pack(
        &child,
        &PackChoices {
            worry_kinds: Some(WorryKinds::default()),
            ..PackChoices::all(FOUR_WEEKS, nov(30))
        },
    );
    assert_eq!(lists(&none, SectionKind::Worries)[0].2, 8);
}

#[test]
fn the_pack_and_the_figures_rank_worries_the_same_way() {
    let child = eight_worries();
    let pack_order: Vec<_> = ranked_worries(&child, FOUR_WEEKS)
        .iter()
        .map(|l| l.category)
        .collect();
    let figures_order: Vec<_> =
        small_steps::domain::figures::worries_by_category(&child, FOUR_WEEKS)
            .iter()
            .map(|t| t.category)
            .collect();
    assert_eq!(pack_order, figures_order);
}

#[test]
fn a_worry_noted_in_words_only_still_reaches_the_pack() {
    let mut child = Child::new("c1", "Sam");
    let mut day = DayRecord::new(nov(0), DayStatus::Attended);
    day.worries = vec![Worry {
        category: None,
        words: "Someone said something on the bus".into(),
        rating: Some(6),
    }];
    child.put_day(day);
    let text = pack_as_text(&pack_of(&child));
    assert!(
        text.contains(
            "- No kind chosen (once, up to 6 out of 10): \u{201c}Someone said something on the \
             bus\u{201d} (6)"
        ),
        "{text}"
    );
}

#[test]
fn more_than_three_different_words_for_a_worry_are_counted() {
    let mut child = Child::new("c1", "Sam");
    for (n, words) in ["One", "Two", "Three", "Four", "five.", "Five"]
        .into_iter()
        .enumerate()
    {
        let mut day = DayRecord::new(nov(n as u64), DayStatus::Attended);
        day.worries = vec![worry(WorryCategory::Sensory, words, Some(5))];
        child.put_day(day);
    }
    let text = pack_as_text(&pack_of(&child));
    // Five different things said ("five." and "Five" are one): three quoted, two counted.
    assert!(text.contains(", and 2 more in the diary"), "{text}");
}

#[test]
fn what_helped_on_the_days_is_ranked_by_how_often_and_kept_apart_from_the_tries() {
    let mut child = Child::new("c1", "Sam");
    let helped = [
        "Quiet room for the first 10 minutes",
        "Music in the car",
        "Quiet room for the first 10 minutes.",
        "A hug",
        "quiet room for the first 10 minutes",
        "Lego after school",
        "Walking the dog",
        "Music in the car",
        "Breakfast together",
    ];
    for (n, text) in helped.into_iter().enumerate() {
        let mut day = DayRecord::new(nov(n as u64), DayStatus::Attended);
        day.helped = text.into();
        day.harder = format!("Harder thing {n}");
        day.signs = vec![Sign {
            kind: SignKind::ALL[n % 7],
            when: SignTime::Morning,
        }];
        child.put_day(day);
    }
    // The GP's remark on a try, the newest thing written: it stays with its step.
    let mut gate = Step::new("s1", "Walk to the gate");
    gate.record_attempt(Attempt {
        id: "t1".into(),
        date: nov(20),
        worry_before: Some(8),
        worry_highest: None,
        worry_after: Some(5),
        what_helped: "GP said to keep going".into(),
    })
    .unwrap();
    child.plan.ladders = vec![Ladder {
        id: "l1".into(),
        title: "Getting in".into(),
        steps: vec![gate],
    }];
    let pack = pack_of(&child);
    let helps = lists(&pack, SectionKind::WhatHelps);
    let texts = |items: &[Item]| items.iter().map(|i| i.text.clone()).collect::<Vec<_>>();
    assert_eq!(
        texts(&helps[0].1),
        [
            "quiet room for the first 10 minutes (3 times)",
            "Music in the car (2 times)",
            "Breakfast together",
            "Walking the dog",
            "Lego after school",
        ]
    );
    assert_eq!(helps[0].2, 1, "the hug is counted");
    assert_eq!(helps[1].1.len(), 5);
    assert_eq!(helps[1].2, 4, "nine things made it harder: four counted");
    let signs = lists(&pack, SectionKind::Patterns);
    assert_eq!((signs[0].1.len(), signs[0].2), (5, 2), "seven signs");
    let text = pack_as_text(&pack);
    assert!(!format!("{helps:?}").contains("GP said"));
    assert!(text.contains(
        "1 try. 22 Nov 2026: worry 8 before, 5 after, out of 10; what helped: GP said to keep going"
    ));
    assert_eq!(text.matches("And 1 more, in the diary.").count(), 1);
    assert!(text.contains("And 4 more, in the diary."));
    assert!(text.contains("And 2 more, in the diary."));
}

#[test]
fn a_step_tried_often_shows_its_latest_tries_and_counts_the_rest() {
    let mut child = Child::new("c1", "Sam");
    let mut gate = Step::new("s1", "Walk to the gate");
    for n in 0..5u64 {
        gate.record_attempt(Attempt {
            id: format!("t{n}"),
            date: nov(n),
            worry_before: Some(8),
            worry_highest: None,
            worry_after: Some(6 - n as u8),
            what_helped: String::new(),
        })
        .unwrap();
    }
    child.plan.ladders = vec![Ladder {
        id: "l1".into(),
        title: "Getting in".into(),
        steps: vec![gate],
    }];
    let text = pack_as_text(&pack_of(&child));
    assert!(
        text.contains(
            "5 tries, the latest 3 here (and 2 more, in the diary). 4 Nov 2026: worry 8 before, 4 \
             after, out of 10. 5 Nov 2026: worry 8 before, 3 after, out of 10. 6 Nov 2026: worry \
             8 before, 2 after, out of 10"
        ),
        "{text}"
    );
}

#[test]
fn a_try_before_the_dates_is_recalled_only_for_a_step_not_yet_done() {
    let mut child = Child::new("c1", "Sam");
    let before = NaiveDate::from_ymd_opt(2026, 10, 5).unwrap();
    let tried = |id: &str| {
        let mut step = Step::new(id, format!("Step {id}"));
        step.record_attempt(Attempt {
            id: format!("t-{id}"),
            date: before,
            worry_before: Some(5),
            worry_highest: None,
            worry_after: Some(2),
            what_helped: String::new(),
        })
        .unwrap();
        step
    };
    let mut done = tried("done");
    done.state = small_steps::domain::plan::StepState::Done;
    child.plan.ladders = vec![Ladder {
        id: "l1".into(),
        title: "Getting in".into(),
        steps: vec![done, tried("trying")],
    }];
    let text = pack_as_text(&pack_of(&child));
    assert_eq!(text.matches("Last tried 5 Oct 2026").count(), 1, "{text}");
    assert!(text.contains("2. Step trying (Tried once)\n   Last tried 5 Oct 2026: worry 5 before"));
}

fn action(id: &str, what: &str, done_on: Option<NaiveDate>) -> AgreedAction {
    AgreedAction {
        id: id.into(),
        what: what.into(),
        who: String::new(),
        by: None,
        done: done_on.is_some(),
        done_on,
    }
}

fn contact(id: &str, date: NaiveDate, actions: Vec<AgreedAction>) -> Contact {
    Contact {
        id: id.into(),
        date,
        with_whom: format!("Mrs Patel ({id})"),
        method: ContactMethod::Call,
        said: String::new(),
        actions,
    }
}

#[test]
fn done_school_actions_show_as_done_with_the_day_ticked_and_long_logs_are_counted() {
    let mut child = Child::new("c1", "Sam");
    let before = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    child.contacts = vec![
        // Before the dates, but its action was done in them: shown, as done.
        contact(
            "old",
            before,
            vec![action("a1", "Quiet room", Some(nov(3)))],
        ),
        // Before the dates, done before them too: left out, as before.
        contact(
            "older",
            before,
            vec![action("a2", "Old thing", Some(before))],
        ),
    ];
    for n in 0..10 {
        child
            .contacts
            .push(contact(&format!("k{n}"), nov(n), Vec::new()));
    }
    let pack = pack_of(&child);
    let [(_, items, more)] = lists(&pack, SectionKind::Contacts).try_into().unwrap();
    // Eleven contacts to show: the newest eight, and three counted.
    assert_eq!((items.len(), more), (8, 3));
    let mut short = Child::new("c2", "Alex");
    short.contacts = child.contacts[..2].to_vec();
    let text = pack_as_text(&pack_of(&short));
    assert!(
        text.contains("\u{2713} Done: Quiet room (ticked 5 Nov 2026)"),
        "{text}"
    );
    assert!(!text.contains("Old thing"));
}

// ---- The property: nothing the parent entered for the dates chosen is silently dropped. ----

/// A diary of 28 days: twelve with "what helped" (from a pool, so some repeat), nine kinds of
/// worry spread over them, and contacts with done and open actions.
#[derive(Debug, Clone)]
struct Diary {
    child: Child,
    kinds: Vec<WorryCategory>,
}

fn diary() -> impl Strategy<Value = Diary> {
    (
        prop::sample::subsequence((0u64..28).collect::<Vec<_>>(), 12),
        prop::collection::vec(0usize..9, 12),
        prop::sample::subsequence(WorryCategory::ALL.to_vec(), 9),
        prop::collection::vec((0usize..12, prop::option::of(0u8..=10)), 9..30),
        prop::collection::vec(
            (
                0u64..40,
                prop::collection::vec(prop::option::of(0u64..40), 0..4),
            ),
            0..14,
        ),
    )
        .prop_map(|(offsets, helped, kinds, worries, contacts)| {
            let mut child = Child::new("c1", "Sam");
            let mut days: Vec<DayRecord> = offsets
                .iter()
                .zip(&helped)
                .map(|(&o, &h)| {
                    let mut day = DayRecord::new(nov(o), DayStatus::Attended);
                    day.helped = format!("Helper number {h}");
                    day
                })
                .collect();
            // Every kind at least once, then the rest anywhere.
            for (i, (day, rating)) in worries.iter().enumerate() {
                let category = kinds[i % kinds.len()];
                days[*day].worries.push(worry(category, "words", *rating));
            }
            for day in days {
                child.put_day(day);
            }
            // Some contacts fall after the dates (offset 28 and on), and some actions were ticked
            // done outside them.
            child.contacts = contacts
                .into_iter()
                .enumerate()
                .map(|(i, (date, actions))| {
                    let actions = actions
                        .into_iter()
                        .enumerate()
                        .map(|(j, done)| {
                            action(
                                &format!("a{i}-{j}"),
                                &format!("Thing {i}-{j}"),
                                done.map(nov),
                            )
                        })
                        .collect();
                    contact(&format!("k{i}"), nov(date), actions)
                })
                .collect();
            Diary { child, kinds }
        })
}

proptest! {
    #[test]
    fn every_worry_helper_and_action_is_in_the_pack_or_counted(
        d in diary(),
        choice in prop::option::of(any::<u32>()),
    ) {
        // The parent's own choice of kinds, or the usual ones.
        let kinds = choice.map(|bits| {
            WorryCategory::ALL.iter().enumerate().fold(WorryKinds::default(), |k, (i, &c)| {
                k.with(Some(c), bits & (1 << i) != 0)
            })
        });
        let choices = PackChoices { worry_kinds: kinds, ..PackChoices::all(FOUR_WEEKS, nov(30)) };
        let pack = build_pack(&d.child, &choices);
        let text = pack_as_text(&pack);

        // Nine kinds of worry: each is listed by name, or counted.
        let [(_, items, more)]: [_; 1] = lists(&pack, SectionKind::Worries).try_into().unwrap();
        prop_assert_eq!(items.len() + more as usize, 9);
        for kind in &d.kinds {
            let listed = items.iter().any(|i| i.text.starts_with(&format!("{} (", kind.label())));
            let wanted = kinds.map_or(listed, |k| k.has(Some(*kind)));
            prop_assert_eq!(listed, wanted, "{:?}", kind);
        }

        // Twelve "what helped" entries: each different one is listed, or counted.
        let distinct: std::collections::BTreeSet<&str> =
            d.child.days.iter().map(|day| day.helped.as_str()).collect();
        let helps = &lists(&pack, SectionKind::WhatHelps)[0];
        prop_assert_eq!(helps.1.len() + helps.2 as usize, distinct.len());
        for item in &helps.1 {
            let helper = item.text.split(" (").next().unwrap();
            prop_assert!(distinct.contains(helper), "{}", item.text);
        }

        // Contacts: every contact in the dates, or with an action open or done in them, is listed
        // or counted; every action of a listed contact in the dates shows as done or to do.
        let in_dates = |date: NaiveDate| FOUR_WEEKS.0 <= date && date <= FOUR_WEEKS.1;
        let due = d.child.contacts.iter().filter(|c| {
            in_dates(c.date)
                || (c.date <= FOUR_WEEKS.1 && c.actions.iter().any(|a| !a.done))
                || c.actions.iter().any(|a| a.done_on.is_some_and(in_dates))
        }).count();
        let contacts = lists(&pack, SectionKind::Contacts);
        let (shown, counted) = contacts.first().map_or((0, 0), |(_, i, m)| (i.len(), *m as usize));
        prop_assert_eq!(shown + counted, due);
        if let Some((_, items, _)) = contacts.first() {
            for item in items {
                let c = d.child.contacts.iter().find(|c| item.text.ends_with(&c.with_whom)).unwrap();
                for a in &c.actions {
                    let done_here = a.done_on.is_some_and(in_dates) || in_dates(c.date);
                    let line = item.notes.iter().find(|n| n.contains(&a.what));
                    match (a.done, done_here) {
                        (false, _) => prop_assert!(line.is_some_and(|l| l.starts_with("Still to do: "))),
                        (true, true) => prop_assert!(line.is_some_and(|l| l.contains("Done: "))),
                        (true, false) => prop_assert!(line.is_none(), "done before the dates"),
                    }
                }
            }
        }
        // Whatever was counted is said in the text, in the same words.
        for (_, _, more) in lists(&pack, SectionKind::Worries) {
            if let Some(words) = more_words(more) {
                prop_assert!(text.contains(&words));
            }
        }
    }
}
