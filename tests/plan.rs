#![cfg(not(target_arch = "wasm32"))]
//! The stepped support plan from the outside: ladders reorder as the Plan screen promises, sub-steps
//! stay one level deep, tries and reviews keep date order, every removal can be undone, the
//! "break it down" suggestion follows its rule, and the plan-only file reads back and merges.
//! The meeting pack's tests live in `plan/pack.rs`, the plan file's in `plan/export.rs`.

#[path = "plan/export.rs"]
mod export;
#[path = "plan/pack.rs"]
mod pack;

use chrono::{Days, NaiveDate};

use small_steps::domain::checks::limits;
use small_steps::domain::plan::ladder::Direction::{Down, Up};
use small_steps::domain::plan::review::{stalled_steps, step_progress, Progress};
use small_steps::domain::plan::{Attempt, Ladder, Plan, Review, Step, StepState};
use small_steps::domain::validate::check_diary;
use small_steps::domain::{Child, Diary};

/// 1 October 2026, plus `n` days.
pub fn oct(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 1).unwrap() + Days::new(n)
}

pub fn step(id: &str, rating: Option<u8>) -> Step {
    Step {
        rating,
        ..Step::new(id, format!("Step {id}"))
    }
}

pub fn attempt(id: &str, day: u64, before: Option<u8>, after: Option<u8>) -> Attempt {
    Attempt {
        id: id.into(),
        date: oct(day),
        worry_before: before,
        worry_highest: None,
        worry_after: after,
        what_helped: String::new(),
    }
}

pub fn review(id: &str, day: u64, next: Option<u64>) -> Review {
    Review {
        id: id.into(),
        date: oct(day),
        went_well: "Got to the gate twice".into(),
        was_hard: String::new(),
        changes: String::new(),
        next_steps: String::new(),
        next_review: next.map(oct),
    }
}

fn ladder(ids: &[&str]) -> Ladder {
    Ladder {
        id: "l1".into(),
        title: "Getting in".into(),
        steps: ids.iter().map(|id| step(id, None)).collect(),
    }
}

fn order(ladder: &Ladder) -> Vec<&str> {
    ladder.steps.iter().map(|s| s.id.as_str()).collect()
}

#[test]
fn moving_up_and_down_stops_at_the_ends() {
    let mut l = ladder(&["a", "b", "c"]);
    assert_eq!(
        l.move_step(0, Up).unwrap_err().reason,
        "That step is already at the top."
    );
    assert_eq!(
        l.move_step(2, Down).unwrap_err().reason,
        "That step is already at the bottom."
    );
    assert!(l.move_step(3, Up).is_err() && l.move_step(usize::MAX, Down).is_err());
    assert_eq!(order(&l), ["a", "b", "c"]);
    assert!(l.move_step(0, Down).is_ok());
    assert_eq!(order(&l), ["b", "a", "c"]);
    assert!(l.move_step(2, Up).is_ok());
    assert_eq!(order(&l), ["b", "c", "a"]);
}

#[test]
fn drag_and_drop_lands_where_dropped() {
    let mut l = ladder(&["a", "b", "c", "d"]);
    l.move_step_to(0, 2).unwrap();
    assert_eq!(order(&l), ["b", "c", "a", "d"]);
    l.move_step_to(3, 0).unwrap();
    assert_eq!(order(&l), ["d", "b", "c", "a"]);
    l.move_step_to(1, 99).unwrap(); // past the end means last
    assert_eq!(order(&l), ["d", "c", "a", "b"]);
    l.move_step_to(2, 2).unwrap();
    assert!(l.move_step_to(4, 0).is_err(), "no step there");
    assert_eq!(order(&l), ["d", "c", "a", "b"]);
}

#[test]
fn ordering_by_rating_is_stable_with_unrated_steps_last() {
    let mut l = Ladder {
        steps: vec![
            step("x", None),
            step("hard", Some(9)),
            step("easy", Some(0)),
            step("y", None),
            step("mid1", Some(4)),
            step("mid2", Some(4)),
        ],
        ..ladder(&[])
    };
    l.order_by_rating().unwrap();
    assert_eq!(order(&l), ["easy", "mid1", "mid2", "hard", "x", "y"]);
    let before = l.clone();
    l.order_by_rating().unwrap();
    assert_eq!(l, before, "ordering twice changes nothing");
}

#[test]
fn sub_steps_go_one_level_deep_within_the_limits() {
    let mut l = ladder(&["big"]);
    l.add_sub_step("big", step("s1", Some(2))).unwrap();
    assert!(
        l.add_sub_step("s1", step("s2", None)).is_err(),
        "a sub-step is not on the ladder"
    );
    let mut nested = step("s3", None);
    nested.sub_steps.push(step("s4", None));
    assert!(l.add_sub_step("big", nested).is_err());
    assert!(
        l.add_sub_step("big", step("s5", Some(11))).is_err(),
        "rating above 10"
    );
    assert!(
        l.add_sub_step("big", step("s1", None)).is_err(),
        "same id twice"
    );
    for n in 1..limits::SUB_STEPS {
        l.steps[0]
            .add_sub_step(step(&format!("more{n}"), None))
            .unwrap();
    }
    assert_eq!(l.steps[0].sub_steps.len(), limits::SUB_STEPS);
    let full = l.steps[0]
        .add_sub_step(step("one-too-many", None))
        .unwrap_err();
    assert_eq!(full.path, "sub_steps");
    // What the methods allow, the file checks accept.
    let mut child = Child::new("c1", "Sam");
    child.plan.ladders.push(l);
    assert_eq!(
        check_diary(&Diary {
            children: vec![child]
        }),
        vec![]
    );
}

#[test]
fn ladders_and_steps_have_limits_too() {
    let mut plan = Plan::default();
    for n in 0..limits::LADDERS {
        plan.add_ladder(Ladder {
            id: format!("l{n}"),
            ..ladder(&[])
        })
        .unwrap();
    }
    assert!(plan.add_ladder(ladder(&[])).is_err());
    let mut l = ladder(&[]);
    for n in 0..limits::STEPS_PER_LADDER {
        l.add_step(step(&format!("s{n}"), None)).unwrap();
    }
    assert!(l.add_step(step("extra", None)).is_err());
}

#[test]
fn tries_keep_date_order_and_ratings_stay_0_to_10() {
    let mut s = step("a", None);
    s.record_attempt(attempt("t2", 5, Some(6), Some(4)))
        .unwrap();
    s.record_attempt(attempt("t1", 2, Some(8), None)).unwrap();
    s.record_attempt(attempt("t3", 5, Some(5), Some(5)))
        .unwrap();
    let ids: Vec<_> = s.attempts.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["t1", "t2", "t3"]);
    assert_eq!(
        s.state,
        StepState::NotStarted,
        "a try never moves the step on"
    );
    assert!(s.record_attempt(attempt("t4", 6, Some(11), None)).is_err());
    assert!(s.record_attempt(attempt("t5", 6, None, Some(200))).is_err());
    assert!(
        s.record_attempt(attempt("t1", 6, Some(1), None)).is_err(),
        "same id twice"
    );
    s.record_attempt(attempt("t6", 7, Some(10), Some(0)))
        .unwrap();
    let progress = step_progress(&s);
    assert_eq!(
        progress,
        Progress {
            attempts: 4,
            eased: 2,
            last_worry_after: Some(0)
        }
    );
}

#[test]
fn every_removal_can_be_undone_exactly() {
    let mut plan = Plan::default();
    plan.add_ladder(ladder(&["a", "b", "c"])).unwrap();
    plan.add_ladder(Ladder {
        id: "l2".into(),
        ..ladder(&["d"])
    })
    .unwrap();
    plan.ladders[0].add_sub_step("b", step("b1", None)).unwrap();
    plan.add_review(review("r1", 0, Some(20))).unwrap();
    plan.add_review(review("r2", 20, Some(40))).unwrap();
    let original = plan.clone();

    let (at, removed) = plan.ladders[0].remove_step("b").unwrap();
    assert_eq!((at, order(&plan.ladders[0])), (1, vec!["a", "c"]));
    assert!(plan.ladders[0].restore_step(at, removed.clone()).is_ok());
    assert_eq!(
        plan.ladders[0]
            .restore_step(at, removed)
            .unwrap_err()
            .reason,
        "That step is already back.",
        "undo twice does not copy"
    );
    assert_eq!(plan, original);
    assert!(
        plan.ladders[0].remove_step("b1").is_err(),
        "sub-steps come out of their step"
    );

    let (at, sub) = plan.ladders[0].steps[1].remove_sub_step("b1").unwrap();
    assert!(plan.ladders[0].steps[1].restore_sub_step(at, sub).is_ok());
    assert_eq!(plan, original);

    let (at, removed) = plan.remove_ladder("l1").unwrap();
    assert!(plan.restore_ladder(at, removed.clone()).is_ok());
    assert!(plan.restore_ladder(at, removed).is_err());
    assert_eq!(plan, original);

    let (at, removed) = plan.remove_review("r2").unwrap();
    assert_eq!(
        plan.next_review,
        Some(oct(20)),
        "falls back to the date the review before named"
    );
    assert!(plan.restore_review(at, removed.clone()).is_ok());
    assert!(plan.restore_review(at, removed).is_err());
    assert_eq!(plan, original);
    assert_eq!(
        plan.remove_review("nope").unwrap_err().reason,
        "That review was already removed."
    );
    assert_eq!(
        plan.remove_ladder("nope").unwrap_err().reason,
        "That ladder was already removed."
    );
}

#[test]
fn an_empty_review_or_try_is_refused() {
    let mut plan = Plan::default();
    let mut empty = review("r1", 3, None);
    empty.went_well = "   ".into();
    let refused = plan.add_review(empty).unwrap_err();
    assert!(
        refused.reason.contains("Nothing is written"),
        "{}",
        refused.reason
    );
    assert!(plan.reviews.is_empty());
    let mut step = Step::new("s1", "Walk to the gate");
    let refused = step
        .record_attempt(attempt("t1", 3, None, None))
        .unwrap_err();
    assert!(
        refused.reason.contains("Nothing is noted"),
        "{}",
        refused.reason
    );
    assert!(step.attempts.is_empty());
    // A next review date alone is enough for a review.
    plan.add_review(review("r2", 3, Some(30)).tap_empty())
        .unwrap();
    assert_eq!(plan.reviews.len(), 1);
}

trait TapEmpty {
    fn tap_empty(self) -> Self;
}

impl TapEmpty for Review {
    /// The review with every text left blank.
    fn tap_empty(mut self) -> Self {
        self.went_well.clear();
        self
    }
}

#[test]
fn reviews_keep_date_order_and_set_the_next_review() {
    let mut plan = Plan::default();
    plan.add_review(review("b", 20, Some(41))).unwrap();
    plan.add_review(review("a", 0, Some(21))).unwrap();
    assert_eq!(
        plan.next_review,
        Some(oct(41)),
        "an older review does not override a newer one"
    );
    plan.add_review(review("c", 20, None)).unwrap();
    plan.add_review(review("d", 40, Some(60))).unwrap();
    let ids: Vec<_> = plan.reviews.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d"]);
    assert_eq!(plan.next_review, Some(oct(60)));
    plan.add_review(review("a", 50, Some(70))).unwrap();
    let ids: Vec<_> = plan.reviews.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        ["b", "c", "d", "a"],
        "the same id is an edit, and may move"
    );
    assert_eq!(plan.next_review, Some(oct(70)));
}

#[test]
fn find_step_mut_looks_in_every_ladder_and_sub_step() {
    let mut plan = Plan::default();
    plan.add_ladder(ladder(&["a"])).unwrap();
    plan.add_ladder(Ladder {
        id: "l2".into(),
        ..ladder(&["b"])
    })
    .unwrap();
    plan.ladders[1].add_sub_step("b", step("b1", None)).unwrap();
    plan.find_step_mut("b1").unwrap().state = StepState::Done;
    assert_eq!(plan.ladders[1].steps[0].sub_steps[0].state, StepState::Done);
    assert_eq!(plan.find_step_mut("b").unwrap().id, "b");
    assert!(plan.find_step_mut("zz").is_none());
}

/// A plan with one step being tried, its tries, and reviews on the given days.
pub fn stalling(state: StepState, tries: Vec<Attempt>, reviews: &[u64]) -> Plan {
    let mut s = step("s1", Some(4));
    s.state = state;
    s.attempts = tries;
    let mut plan = Plan {
        ladders: vec![Ladder {
            steps: vec![s],
            ..ladder(&[])
        }],
        ..Plan::default()
    };
    for (n, &day) in reviews.iter().enumerate() {
        plan.add_review(review(&format!("r{n}"), day, None))
            .unwrap();
    }
    plan
}

#[test]
fn the_break_it_down_suggestion_follows_its_rule() {
    let flat = || {
        vec![
            attempt("t1", 25, Some(6), Some(6)),
            attempt("t2", 35, Some(7), None),
        ]
    };
    // Fewer than two reviews: too early to say.
    assert!(stalled_steps(&stalling(StepState::Trying, flat(), &[])).is_empty());
    assert!(stalled_steps(&stalling(StepState::Trying, flat(), &[40])).is_empty());
    // Two reviews, tries that never eased the worry: suggested.
    let found = stalled_steps(&stalling(StepState::Trying, flat(), &[20, 40]));
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].ladder_id.as_str(), found[0].step_id.as_str()),
        ("l1", "s1")
    );
    assert_eq!(found[0].tries_in_window, 2);
    assert!(found[0].suggestion().contains("Step s1"));
    // A try that eased the worry in the window: not stalled.
    let mut eased = flat();
    eased.push(attempt("t3", 30, Some(7), Some(3)));
    assert!(stalled_steps(&stalling(StepState::Trying, eased, &[20, 40])).is_empty());
    // Easing before the window (before the review ahead of the last two) does not count.
    let old = vec![attempt("t0", 5, Some(9), Some(2))];
    assert_eq!(
        stalled_steps(&stalling(StepState::Trying, old, &[10, 20, 40])).len(),
        1
    );
    // No tries at all: suggested, worded for a step not yet tried.
    let untried = stalled_steps(&stalling(StepState::NotStarted, Vec::new(), &[20, 40]));
    assert_eq!(untried[0].tries_in_window, 0);
    assert!(untried[0].suggestion().contains("not been tried"));
    // Done, or already broken down: not suggested.
    assert!(stalled_steps(&stalling(StepState::Done, flat(), &[20, 40])).is_empty());
    let mut broken_down = stalling(StepState::Trying, flat(), &[20, 40]);
    broken_down.ladders[0]
        .add_sub_step("s1", step("s1a", None))
        .unwrap();
    assert!(stalled_steps(&broken_down).is_empty());
}

#[test]
fn marking_a_step_as_trying_changes_only_a_step_not_started() {
    let mut plan = Plan::default();
    plan.add_ladder(ladder(&["a", "b"])).unwrap();
    plan.mark_trying("a").unwrap();
    assert_eq!(plan.find_step("a").unwrap().state, StepState::Trying);
    plan.find_step_mut("b").unwrap().state = StepState::Done;
    plan.mark_trying("b").unwrap();
    assert_eq!(
        plan.find_step("b").unwrap().state,
        StepState::Done,
        "a done step stays done"
    );
    assert!(plan.mark_trying("gone").is_err());
}

#[test]
fn undo_is_refused_in_words_when_the_plan_is_full_or_the_ladder_gone() {
    let mut plan = Plan::default();
    for i in 0..limits::LADDERS {
        plan.add_ladder(ladder_titled(&format!("l{i}"))).unwrap();
    }
    let (at, removed) = plan.remove_ladder("l0").unwrap();
    plan.add_ladder(ladder_titled("new")).unwrap();
    let problem = plan.restore_ladder(at, removed).unwrap_err();
    assert!(
        problem
            .reason
            .starts_with("It was not put back: this plan already has 10 ladders"),
        "{}",
        problem.reason
    );
    assert_eq!(plan.ladders.len(), limits::LADDERS);

    let mut plan = Plan::default();
    plan.add_ladder(ladder(&["a", "b"])).unwrap();
    let (at, step) = plan.ladders[0].remove_step("a").unwrap();
    plan.remove_ladder("l1").unwrap();
    assert_eq!(
        plan.restore_step("l1", at, step).unwrap_err().reason,
        "It was not put back: its ladder is no longer in the plan."
    );
}

#[test]
fn a_try_at_a_step_no_longer_there_is_refused_and_one_there_is_kept() {
    let mut plan = Plan::default();
    plan.add_ladder(ladder(&["a"])).unwrap();
    let attempt = |id: &str| Attempt {
        id: id.into(),
        date: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        worry_before: Some(6),
        worry_after: Some(3),
        worry_highest: None,
        what_helped: "Music".into(),
    };
    assert_eq!(
        plan.record_attempt("gone", attempt("t1"))
            .unwrap_err()
            .reason,
        "That step is no longer in the plan."
    );
    let step = plan.record_attempt("a", attempt("t2")).unwrap();
    assert_eq!(
        (step.attempts.len(), step.state),
        (1, StepState::NotStarted)
    );
}

fn ladder_titled(id: &str) -> Ladder {
    Ladder {
        id: id.into(),
        title: format!("Ladder {id}"),
        steps: Vec::new(),
    }
}
