//! Property tests of the file format and merge: any valid diary survives export and import, no file
//! whatever its contents makes reading panic, and merging never loses a day already on the device.

use chrono::{Days, NaiveDate};
use proptest::collection::{btree_map, btree_set, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::Value;
use std::collections::BTreeMap;

use small_steps::domain::charts::{
    attendance_by_week, draw, signs_by_time_chart, step_tries_chart, weekday_chart,
    weekly_attendance_chart, worries_by_kind_chart, worries_over_time_chart, Chart, Shape,
};
use small_steps::domain::checks::{earliest_date, latest_date, limits};
use small_steps::domain::diary::contacts::{AgreedAction, Contact, ContactMethod};
use small_steps::domain::diary::day::{DayTimes, Sign, SignKind, SignTime, Worry, WorryCategory};
use small_steps::domain::diary::own_words::{
    House, HouseItem, IdealAnswer, IdealPrompt, MyDay, OwnWords, Share, WorryScale,
};
use small_steps::domain::diary::school_figures::{Percent, SchoolFigure};
use small_steps::domain::diary::support::{
    Nation, Referral, ReferralStage, ReferralTo, SchoolKind, Support, SupportLevel,
};
use small_steps::domain::diary::time_of_day::ClockTime;
use small_steps::domain::figures::{figures, percent_words, Figures};
use small_steps::domain::file::backup::{
    backup_document, days_with_private_notes, PrivateNotes, EVERYONE,
};
use small_steps::domain::file::document::write_json;
use small_steps::domain::file::merge::merge;
use small_steps::domain::file::plan_file::plan_document;
use small_steps::domain::file::spreadsheet::days_csv;
use small_steps::domain::file::three_way::{
    mine_wins, put_together, put_together_same_moment, Side,
};
use small_steps::domain::file::writer::DiaryWriter;
use small_steps::domain::meeting_pack::{build_pack, pack_as_text, PackChoices};
use small_steps::domain::plan::{
    Adjustment, Attempt, ChildRating, ChildVoice, HowItIsGoing, KeepInTouch, Ladder, Plan,
    Professional, Review, Step, StepState, TouchPeriod, Tried, Who,
};
use small_steps::domain::validate::check_diary;
use small_steps::domain::{read_document, Child, DayRecord, DayStatus, Diary, Document};

#[path = "support/schema.rs"]
mod schema_check;
use schema_check::schema_errors;

// ---------------------------------------------------------------------------------------------
// Strategies for valid diaries.

/// Makes sure generated text never holds the page code the app refuses (it is very unlikely anyway).
fn harmless(text: String) -> String {
    let lower = text.to_ascii_lowercase();
    let mut text = text;
    if lower.contains("<script") {
        text = text.replace('<', "‹");
    }
    if lower.contains("javascript:") {
        text = text.replace(':', ";");
    }
    text
}

/// Text of at most `max` characters: mostly short and varied, sometimes empty, sometimes exactly
/// at the limit in characters that take several bytes.
fn text(max: usize) -> BoxedStrategy<String> {
    prop_oneof![
        6 => "[a-zA-Z0-9 .,'!?\"\\\\<>:;/()&£€é中ß🌲\n\t\r-]{0,24}",
        2 => Just(String::new()),
        1 => select(vec!['a', 'é', '🌲', '\n']).prop_map(move |c| c.to_string().repeat(max)),
    ]
    .prop_map(harmless)
    .boxed()
}

fn name() -> BoxedStrategy<String> {
    text(limits::NAME_CHARS)
}

fn short() -> BoxedStrategy<String> {
    text(limits::SHORT_CHARS)
}

fn long() -> BoxedStrategy<String> {
    text(limits::LONG_CHARS)
}

fn nickname() -> BoxedStrategy<String> {
    prop_oneof![
        9 => "[A-Za-zé][A-Za-z é'-]{0,20}",
        1 => Just("é".repeat(limits::NAME_CHARS)),
    ]
    .boxed()
}

fn max_offset() -> u64 {
    (latest_date() - earliest_date()).num_days() as u64
}

fn offset_to_date(offset: u64) -> NaiveDate {
    earliest_date() + Days::new(offset)
}

fn date() -> BoxedStrategy<NaiveDate> {
    prop_oneof![
        1 => Just(earliest_date()),
        1 => Just(latest_date()),
        8 => (0..=max_offset()).prop_map(offset_to_date),
    ]
    .boxed()
}

fn rating() -> impl Strategy<Value = Option<u8>> {
    option::of(0..=limits::RATING_MAX)
}

fn status() -> impl Strategy<Value = DayStatus> {
    select(DayStatus::ALL.to_vec())
}

/// Times in the order of the day, some missing.
fn times() -> impl Strategy<Value = DayTimes> {
    vec(option::of(0u16..24 * 60), 4).prop_map(|mut slots| {
        let mut present: Vec<u16> = slots.iter().flatten().copied().collect();
        present.sort_unstable();
        let mut sorted = present.into_iter();
        for slot in slots.iter_mut().flatten() {
            *slot = sorted.next().expect("same count");
        }
        let at = |m: Option<u16>| m.map(|m| ClockTime::new(m / 60, m % 60).expect("in a day"));
        DayTimes {
            woke: at(slots[0]),
            left_home: at(slots[1]),
            arrived: at(slots[2]),
            collected: at(slots[3]),
        }
    })
}

fn worry() -> impl Strategy<Value = Worry> {
    (
        option::of(select(WorryCategory::ALL.to_vec())),
        short(),
        rating(),
    )
        .prop_map(|(category, words, rating)| Worry {
            category,
            words,
            rating,
        })
}

fn sign() -> impl Strategy<Value = Sign> {
    (
        select(SignKind::ALL.to_vec()),
        select(SignTime::ALL.to_vec()),
    )
        .prop_map(|(kind, when)| Sign { kind, when })
}

fn school_code() -> BoxedStrategy<String> {
    prop_oneof![
        Just(String::new()),
        select(vec![
            "/", "\\", "L", "I", "M", "C2", "O", "N", "G", "U", "K", "B", "Y1"
        ])
        .prop_map(String::from),
        "[A-Z0-9/]{0,4}",
    ]
    .boxed()
}

fn day(date: NaiveDate) -> BoxedStrategy<DayRecord> {
    (
        status(),
        option::of(status()),
        option::of(status()),
        vec(worry(), 0..4),
        vec(sign(), 0..4),
        short(),
        short(),
        times(),
        school_code(),
        long(),
    )
        .prop_map(
            move |(
                status,
                morning,
                afternoon,
                worries,
                signs,
                helped,
                harder,
                times,
                school_code,
                private_note,
            )| DayRecord {
                date,
                status,
                morning,
                afternoon,
                worries,
                signs,
                helped,
                harder,
                times,
                school_code,
                private_note,
            },
        )
        .boxed()
}

/// Day records with distinct dates, in date order.
fn days() -> impl Strategy<Value = Vec<DayRecord>> {
    btree_set(0..=max_offset(), 0..12).prop_flat_map(|offsets| {
        offsets
            .into_iter()
            .map(|o| day(offset_to_date(o)))
            .collect::<Vec<_>>()
    })
}

fn contact() -> impl Strategy<Value = Contact> {
    let action = (short(), name(), option::of(date()), option::of(date())).prop_map(
        |(what, who, by, done_on)| AgreedAction {
            id: String::new(),
            what,
            who,
            by,
            // Ticked done on a day, or not done; older ticks without a day are in the fixtures.
            done: done_on.is_some(),
            done_on,
        },
    );
    (
        date(),
        name(),
        select(ContactMethod::ALL.to_vec()),
        long(),
        vec(action, 0..3),
    )
        .prop_map(|(date, with_whom, method, said, actions)| Contact {
            id: String::new(),
            date,
            with_whom,
            method,
            said,
            actions,
        })
}

fn attempt() -> impl Strategy<Value = Attempt> {
    (date(), rating(), rating(), rating(), short()).prop_map(
        |(date, worry_before, worry_highest, worry_after, what_helped)| Attempt {
            id: String::new(),
            date,
            worry_before,
            worry_highest,
            worry_after,
            what_helped,
        },
    )
}

/// The child's own ratings of a step (version 3), in date order.
fn child_ratings() -> impl Strategy<Value = Vec<ChildRating>> {
    vec((date(), 0..=limits::RATING_MAX), 0..3).prop_map(|mut ratings| {
        ratings.sort_by_key(|r| r.0);
        ratings
            .into_iter()
            .map(|(date, rating)| ChildRating {
                id: String::new(),
                date,
                rating,
            })
            .collect()
    })
}

/// Words that are there: never blank (the child's house items and answers need some).
fn said_words() -> BoxedStrategy<String> {
    short()
        .prop_map(|w| if w.trim().is_empty() { "x".into() } else { w })
        .boxed()
}

fn share() -> impl Strategy<Value = Share> {
    select(Share::ALL.to_vec())
}

/// What the child said in their own turn (version 3): often nothing, else any of it.
fn child_own_words() -> BoxedStrategy<OwnWords> {
    let scale =
        (name(), name(), name(), name(), name()).prop_map(|(zero, two, five, eight, ten)| {
            WorryScale {
                zero,
                two,
                five,
                eight,
                ten,
            }
        });
    let my_day = (
        date(),
        rating(),
        vec(select(WorryCategory::ALL.to_vec()), 0..3),
        short(),
    )
        .prop_map(|(date, worry, about, words)| MyDay {
            id: String::new(),
            date,
            // Something is always said.
            worry: if about.is_empty() && words.trim().is_empty() {
                Some(worry.unwrap_or(0))
            } else {
                worry
            },
            about,
            words,
        });
    let house_item = (select(House::ALL.to_vec()), said_words(), share(), date()).prop_map(
        |(house, words, share, said_on)| HouseItem {
            id: String::new(),
            house,
            words,
            share,
            said_on,
        },
    );
    let answer = (
        select(IdealPrompt::ALL.to_vec()),
        said_words(),
        share(),
        date(),
    )
        .prop_map(|(prompt, words, share, said_on)| IdealAnswer {
            id: String::new(),
            prompt,
            words,
            share,
            said_on,
        });
    let full = (
        scale,
        vec(my_day, 0..3),
        vec(house_item, 0..5),
        vec(answer, 0..3),
    )
        .prop_map(|(scale, mut my_days, houses, ideal_school)| {
            my_days.sort_by_key(|d| d.date);
            OwnWords {
                scale,
                my_days,
                houses,
                ideal_school,
            }
        });
    prop_oneof![1 => Just(OwnWords::default()), 2 => full].boxed()
}

fn step_state() -> impl Strategy<Value = StepState> {
    select(vec![
        StepState::NotStarted,
        StepState::Trying,
        StepState::Done,
        StepState::Paused,
    ])
}

fn step(depth: u8) -> BoxedStrategy<Step> {
    let sub_steps = if depth == 0 {
        vec(step(1), 0..3).boxed()
    } else {
        Just(Vec::new()).boxed()
    };
    (
        short(),
        rating(),
        vec(
            select(vec![Who::Child, Who::Parent, Who::School, Who::Other]),
            0..3,
        ),
        short(),
        short(),
        step_state(),
        sub_steps,
        (vec(attempt(), 0..3), child_ratings()),
    )
        .prop_map(
            |(
                what,
                rating,
                who,
                when_where,
                support,
                state,
                sub_steps,
                (attempts, child_ratings),
            )| Step {
                id: String::new(),
                what,
                rating,
                who,
                when_where,
                support,
                state,
                sub_steps,
                attempts,
                child_ratings,
            },
        )
        .boxed()
}

fn full_plan() -> impl Strategy<Value = Plan> {
    let voice = (
        long(),
        long(),
        vec(short(), 0..3),
        vec(short(), 0..3),
        long(),
    )
        .prop_map(
            |(what_is_hard, what_is_good, worries, best_things, ideal_school)| ChildVoice {
                what_is_hard,
                what_is_good,
                worries,
                best_things,
                ideal_school,
            },
        );
    let understanding = (
        voice,
        long(),
        long(),
        long(),
        vec(
            (short(), short()).prop_map(|(what, how_it_went)| Tried { what, how_it_went }),
            0..3,
        ),
        vec(
            (name(), name(), short()).prop_map(|(name, role, contact)| Professional {
                name,
                role,
                contact,
            }),
            0..3,
        ),
    );
    let ladder = (name(), vec(step(0), 0..4)).prop_map(|(title, steps)| Ladder {
        id: String::new(),
        title,
        steps,
    });
    let the_plan = (
        long(),
        vec(ladder, 0..3),
        vec(adjustment(), 0..3),
        (long(), long(), long(), long(), long(), long()),
    );
    let review = (date(), long(), long(), long(), long(), option::of(date())).prop_map(
        |(date, went_well, was_hard, changes, next_steps, next_review)| Review {
            id: String::new(),
            date,
            went_well,
            was_hard,
            changes,
            next_steps,
            next_review,
        },
    );
    let keep_in_touch = option::of(
        (1..=7u8, select(TouchPeriod::ALL.to_vec()))
            .prop_map(|(times, per)| KeepInTouch { times, per }),
    );
    (
        understanding,
        the_plan,
        vec(review, 0..3),
        (option::of(date()), keep_in_touch),
    )
        .prop_map(
            |(
                (voice, parent_view, strengths, trusted_people, tried, professionals),
                (
                    goal,
                    ladders,
                    adjustments,
                    (key_adult, arrangements, celebration, bad_day, questions, requests),
                ),
                reviews,
                (next_review, keep_in_touch),
            )| Plan {
                voice,
                parent_view,
                strengths,
                trusted_people,
                tried,
                professionals,
                goal,
                ladders,
                adjustments,
                key_adult,
                contact_arrangements: arrangements,
                keep_in_touch,
                celebration,
                bad_day_plan: bad_day,
                questions,
                requests,
                reviews,
                next_review,
            },
        )
}

/// An adjustment, sometimes with since when it is in place and how it is going (version 2).
fn adjustment() -> impl Strategy<Value = Adjustment> {
    (
        short(),
        any::<bool>(),
        option::of(date()),
        option::of(select(HowItIsGoing::ALL.to_vec())),
        short(),
    )
        .prop_map(
            |(what, agreed, in_place_since, how_it_is_going, going_note)| Adjustment {
                what,
                agreed,
                in_place_since,
                how_it_is_going,
                going_note,
            },
        )
}

/// The child's support (version 2): often empty, else any level, words and referrals.
fn support() -> BoxedStrategy<Support> {
    let referral = (
        select(ReferralTo::ALL.to_vec()),
        name(),
        option::of(date()),
        select(ReferralStage::ALL.to_vec()),
        option::of(date()),
        short(),
    )
        .prop_map(|(to, detail, made_on, stage, stage_since, note)| Referral {
            id: String::new(),
            to,
            detail,
            made_on,
            stage,
            stage_since,
            note,
        });
    let full = (
        option::of(select(SupportLevel::ALL.to_vec())),
        option::of(select(SchoolKind::ALL.to_vec())),
        short(),
        short(),
        vec(referral, 0..4),
    )
        .prop_map(
            |(level, school_kind, diagnosis, awaiting_assessment, referrals)| Support {
                level,
                school_kind,
                diagnosis,
                awaiting_assessment,
                referrals,
            },
        );
    prop_oneof![1 => Just(Support::default()), 2 => full].boxed()
}

/// Figures the school reported (version 2): dates in order, 0 to 100 with two decimals at most.
fn school_figures() -> impl Strategy<Value = Vec<SchoolFigure>> {
    let figure = (
        0..=max_offset(),
        0u64..400,
        prop_oneof![Just(0u16), Just(10_000u16), 0u16..=10_000],
        name(),
    )
        .prop_map(|(start, length, hundredths, where_from)| {
            let from = offset_to_date(start);
            let to = offset_to_date((start + length).min(max_offset()));
            SchoolFigure {
                id: String::new(),
                from,
                to,
                percent: Percent::from_hundredths(hundredths).expect("0 to 100"),
                where_from,
            }
        });
    vec(figure, 0..4)
}

fn plan() -> BoxedStrategy<Plan> {
    prop_oneof![1 => Just(Plan::default()), 2 => full_plan()].boxed()
}

fn child() -> impl Strategy<Value = Child> {
    (
        nickname(),
        name(),
        name(),
        name(),
        (name(), proptest::option::of(date()), name()),
        (
            select(Nation::ALL.to_vec()),
            support(),
            school_figures(),
            any::<bool>(),
        ),
        days(),
        vec(contact(), 0..4),
        (plan(), child_own_words()),
    )
        .prop_map(
            |(
                nickname,
                year_group,
                school,
                key_adult,
                header,
                v2,
                days,
                contacts,
                (plan, own_words),
            )| Child {
                id: String::new(),
                nickname,
                year_group,
                school,
                key_adult,
                full_name: header.0,
                date_of_birth: header.1,
                parent_contact: header.2,
                nation: v2.0,
                nation_answered: v2.3,
                support: v2.1,
                school_figures: v2.2,
                days,
                contacts,
                plan,
                own_words,
            },
        )
}

/// Gives every child, contact, action, ladder, step, attempt, review, referral and school figure
/// its own id.
fn assign_ids(diary: &mut Diary, prefix: &str) {
    let mut n = 0u32;
    let mut next = || {
        n += 1;
        format!("{prefix}-{n}")
    };
    fn step_ids(step: &mut Step, next: &mut dyn FnMut() -> String) {
        step.id = next();
        for attempt in &mut step.attempts {
            attempt.id = next();
        }
        for rating in &mut step.child_ratings {
            rating.id = next();
        }
        for sub in &mut step.sub_steps {
            step_ids(sub, next);
        }
    }
    for child in &mut diary.children {
        child.id = next();
        for contact in &mut child.contacts {
            contact.id = next();
            for action in &mut contact.actions {
                action.id = next();
            }
        }
        for ladder in &mut child.plan.ladders {
            ladder.id = next();
            for step in &mut ladder.steps {
                step_ids(step, &mut next);
            }
        }
        for review in &mut child.plan.reviews {
            review.id = next();
        }
        for referral in &mut child.support.referrals {
            referral.id = next();
        }
        for figure in &mut child.school_figures {
            figure.id = next();
        }
        let own = &mut child.own_words;
        for day in &mut own.my_days {
            day.id = next();
        }
        for item in &mut own.houses {
            item.id = next();
        }
        for answer in &mut own.ideal_school {
            answer.id = next();
        }
    }
}

/// A whole valid diary: within every limit, unique ids, one record per date in date order.
fn diary() -> impl Strategy<Value = Diary> {
    (vec(child(), 0..4), "[A-Za-z0-9_-]{1,20}").prop_map(|(children, prefix)| {
        let mut diary = Diary { children };
        assign_ids(&mut diary, &prefix);
        diary
    })
}

fn exported_at() -> impl Strategy<Value = String> {
    (0..=max_offset(), 0u32..86_400).prop_map(|(day, seconds)| {
        format!(
            "{}T{:02}:{:02}:{:02}Z",
            offset_to_date(day),
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )
    })
}

// ---------------------------------------------------------------------------------------------
// Strategies for anything at all.

/// Any JSON value, nested a few levels, leaning towards the names and values a backup uses.
fn any_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        select(vec![
            "format",
            "version",
            "exported_at",
            "revision",
            "children",
            "id",
            "nickname",
            "days",
            "date",
            "status",
            "morning",
            "worries",
            "category",
            "rating",
            "words",
            "signs",
            "kind",
            "when",
            "times",
            "woke",
            "arrived",
            "contacts",
            "method",
            "actions",
            "plan",
            "ladders",
            "steps",
            "sub_steps",
            "attempts",
            "reviews",
            "next_review",
            "voice",
        ])
        .prop_map(String::from),
        "[a-z_]{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (0u64..20).prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-z_:0-9 -]{0,12}".prop_map(Value::String),
        select(vec![
            "small-steps",
            "attended",
            "no_school",
            "sensory",
            "morning",
            "call",
            "2025-09-01",
            "2025-02-30",
            "1899-01-01",
            "08:45",
            "25:00",
            "<script>",
            "\u{7}",
            "child",
            "trying",
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(6, 96, 8, move |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            btree_map(key.clone(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// One step into a JSON value.
#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

fn all_paths(value: &Value, here: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                here.push(Seg::Key(key.clone()));
                all_paths(item, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                here.push(Seg::Index(i));
                all_paths(item, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn walk<'a>(value: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(value, |v, seg| match seg {
        Seg::Key(k) => &mut v[k.as_str()],
        Seg::Index(i) => &mut v[*i],
    })
}

/// Values a careless edit or a damaged file might leave behind.
fn nasty_values() -> Vec<Value> {
    serde_json::from_str(
        r#"[null, true, 0, 11, -1, 256, 1.5, 1e300, 18446744073709551615, "", "x", "2025-02-30",
            "1899-12-31", "2101-01-01", "24:00", "<script>alert(1)</script>", "\u0007",
            "javascript:void(0)", [], {}, [null], {"id": "x"}, "no_school", "sometimes"]"#,
    )
    .expect("JSON")
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete,
    Replace(Value),
    Nasty(Index),
    DuplicateInList,
    LengthenText(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => Just(Mutation::Delete),
        3 => any_json().prop_map(Mutation::Replace),
        3 => any::<Index>().prop_map(Mutation::Nasty),
        2 => Just(Mutation::DuplicateInList),
        1 => (1usize..5000).prop_map(Mutation::LengthenText),
    ]
}

/// Applies one mutation at `path`; the root itself is only ever replaced.
fn mutate(value: &mut Value, path: &[Seg], change: &Mutation) {
    let (parent_path, last) = match path.split_last() {
        Some((last, parent)) => (parent, Some(last)),
        None => (path, None),
    };
    match change {
        Mutation::Delete => match (walk(value, parent_path), last) {
            (Value::Object(map), Some(Seg::Key(k))) => {
                map.remove(k);
            }
            (Value::Array(items), Some(Seg::Index(i))) => {
                items.remove(*i);
            }
            (root, _) => *root = Value::Null,
        },
        Mutation::Replace(new) => *walk(value, path) = new.clone(),
        Mutation::Nasty(index) => {
            let values = nasty_values();
            *walk(value, path) = values[index.index(values.len())].clone();
        }
        Mutation::DuplicateInList => {
            if let (Value::Array(items), Some(Seg::Index(i))) = (walk(value, parent_path), last) {
                let copy = items[*i].clone();
                items.push(copy);
            }
        }
        Mutation::LengthenText(by) => {
            if let Value::String(text) = walk(value, path) {
                text.push_str(&"ab".repeat(*by));
            }
        }
    }
}

/// Whatever `read_document` says, it must say it without panicking, and anything it accepts must be
/// valid and read back the same after export.
fn read_never_panics(text: &str) -> Result<(), TestCaseError> {
    match read_document(text) {
        Ok(document) => {
            prop_assert!(check_diary(&document.clone().into_diary()).is_empty());
            let again = read_document(&document.to_json());
            prop_assert_eq!(again, Ok(document));
        }
        Err(error) => {
            prop_assert!(!error.message().is_empty());
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// A small seeded choice maker for picking parts of a diary in the merge properties.

struct Picker(u64);

impl Picker {
    fn chance(&mut self, in_four: u64) -> bool {
        // xorshift64*
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % 4 < in_four
    }
}

/// Part of `whole`: some children, some of their days and contacts, their plan or none.
/// Ids always mean the same thing as in `whole`, as they do for two backups of one diary.
fn part_of(whole: &Diary, picker: &mut Picker, from_file: bool) -> Diary {
    let mut part = Diary::default();
    for child in &whole.children {
        if !picker.chance(3) {
            continue;
        }
        let mut mine = child.clone();
        mine.days.retain(|_| picker.chance(2));
        mine.contacts.retain(|_| picker.chance(2));
        if !picker.chance(2) {
            mine.plan = Plan::default();
        }
        if from_file {
            // Make the file's copies recognisable, as if edited on another phone.
            for day in &mut mine.days {
                day.helped = "from the file".into();
            }
            for contact in &mut mine.contacts {
                contact.said = "from the file".into();
            }
        }
        part.children.push(mine);
    }
    part
}

// ---------------------------------------------------------------------------------------------
// The properties.

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// (e) Every generated diary is one the app would keep.
    #[test]
    fn generated_diaries_pass_the_checks(diary in diary()) {
        let problems = check_diary(&diary);
        prop_assert!(problems.is_empty(), "{:?}", problems);
    }

    /// A backup with private notes left out holds no private note's text anywhere in the file
    /// (whoever it is for), and the rest of the diary whole; kept, every note is there as written.
    #[test]
    fn a_backup_without_private_notes_holds_none_of_their_text(
        diary in diary(),
        pick in any::<Index>(),
    ) {
        let mut diary = diary;
        // Each note gets words found nowhere else, so finding them in the file means the note is there.
        let mut n = 0;
        for day in diary.children.iter_mut().flat_map(|c| c.days.iter_mut()) {
            if !day.private_note.is_empty() {
                n += 1;
                day.private_note = format!("Only-for-me note {n}: zq{n}xv");
            }
        }
        let who = if diary.children.is_empty() || pick.index(2) == 0 {
            EVERYONE.to_string()
        } else {
            diary.children[pick.index(diary.children.len())].id.clone()
        };
        let notes: Vec<String> = diary
            .children
            .iter()
            .filter(|c| who == EVERYONE || c.id == who)
            .flat_map(|c| &c.days)
            .map(|d| d.private_note.clone())
            .filter(|note| !note.is_empty())
            .collect();
        prop_assert_eq!(days_with_private_notes(&diary, &who), notes.len());
        let at = "2026-11-26T10:00:00Z".to_string();
        let kept = backup_document(&diary, &who, at.clone(), PrivateNotes::Kept);
        let left_out = backup_document(&diary, &who, at, PrivateNotes::LeftOut);
        for text in [left_out.to_json(), left_out.to_pretty_json()] {
            prop_assert!(!text.contains("private_note"), "{}", text);
            prop_assert!(!text.contains("Only-for-me"), "{}", text);
        }
        let kept_text = kept.to_json();
        for note in &notes {
            prop_assert!(kept_text.contains(note.as_str()), "{} is not in the kept backup", note);
        }
        // Everything else is the same, and the file reads back.
        let mut without = kept.clone().into_diary();
        for day in without.children.iter_mut().flat_map(|c| c.days.iter_mut()) {
            day.private_note.clear();
        }
        let read = read_document(&left_out.to_json());
        prop_assert!(read.is_ok(), "{:?}", read.err().map(|e| e.message()));
        prop_assert_eq!(read.unwrap().into_diary(), without);
    }

    /// The child's words marked "just for home" (and their scale and "today" entries, which are
    /// never shared) never reach the meeting pack, any letter, the spreadsheet, the plan file, a
    /// calendar file or the shared words a letter may read ([`Child::words_ok_to_share`]); what the child said school may see
    /// reaches the plan file and the shared words.
    #[test]
    fn just_for_home_never_reaches_the_pack_a_letter_the_spreadsheet_or_the_plan_file(diary in diary()) {
        let mut diary = diary;
        // Words found nowhere else, so finding them means the item is there.
        for (c, child) in diary.children.iter_mut().enumerate() {
            let own = &mut child.own_words;
            for (i, item) in own.houses.iter_mut().enumerate() {
                item.words = match item.share {
                    Share::JustForHome => format!("zqhome{c}x{i}h"),
                    Share::OkToShare => format!("zqshared{c}x{i}h"),
                };
            }
            for (i, answer) in own.ideal_school.iter_mut().enumerate() {
                answer.words = match answer.share {
                    Share::JustForHome => format!("zqhome{c}x{i}i"),
                    Share::OkToShare => format!("zqshared{c}x{i}i"),
                };
            }
            for (i, day) in own.my_days.iter_mut().enumerate() {
                day.words = format!("zqhome{c}x{i}d");
            }
            if !own.scale.is_empty() {
                own.scale.five = format!("zqhome{c}xscale");
            }
        }
        for child in &diary.children {
            let range = (earliest_date(), latest_date());
            let mut choices = PackChoices::all(range, latest_date());
            choices.include_said = true;
            let pack = build_pack(child, &choices);
            let plan_file = plan_document(child, "2026-11-26T10:00:00Z".into()).to_json();
            let shared: Vec<String> = child
                .words_ok_to_share()
                .iter()
                .map(|s| format!("{} {}", s.heading, s.words))
                .collect();
            let letters: Vec<String> = {
                use small_steps::domain::letters::{write, LetterChoices, LetterKind};
                let mut choices = LetterChoices::new(latest_date());
                choices.range = range;
                choices.include_said = true;
                LetterKind::ALL
                    .into_iter()
                    .map(|kind| write(child, kind, &choices).all_text())
                    .collect()
            };
            prop_assert!(
                !letters.join("\n").contains("zqhome"),
                "a letter holds words kept at home"
            );
            let assessment = {
                use small_steps::domain::letters::LetterKind;
                let at = LetterKind::ALL.iter().position(|k| *k == LetterKind::NeedsAssessment);
                letters[at.expect("a needs-assessment letter")].clone()
            };
            let calendar = {
                use small_steps::domain::calendar_file::{ics_text, upcoming_events, Stamp};
                let stamp = Stamp { date: earliest_date(), hour: 0, minute: 0, second: 0 };
                // Unfolded, so words split across two lines are still found.
                ics_text(&upcoming_events(child, earliest_date(), true), stamp).replace("\r\n ", "")
            };
            let places = [
                ("the pack", format!("{pack:?}")),
                ("the pack as text", pack_as_text(&pack)),
                ("the spreadsheet", days_csv(child, None, None)),
                ("the plan file", plan_file.clone()),
                ("the shared words", shared.join("\n")),
                ("the calendar file", calendar),
            ];
            for (place, text) in &places {
                prop_assert!(!text.contains("zqhome"), "{} holds words kept at home: {}", place, text);
            }
            let yes = child
                .own_words
                .houses
                .iter()
                .map(|i| (i.share, &i.words))
                .chain(child.own_words.ideal_school.iter().map(|a| (a.share, &a.words)))
                .filter(|(share, _)| share.is_shared());
            for (_, words) in yes {
                prop_assert!(plan_file.contains(words.as_str()), "{} is not in the plan file", words);
                prop_assert!(places[4].1.contains(words.as_str()), "{} is not shared", words);
                prop_assert!(places[0].1.contains(words.as_str()), "{} is not in the pack", words);
                // The needs-assessment letter (every evidence item ticked) holds what was shared.
                prop_assert!(assessment.contains(words.as_str()), "{} is not in the needs-assessment letter", words);
            }
        }
    }

    /// (a) Export then import gives back the same diary, compact or indented.
    #[test]
    fn export_then_import_gives_the_same_diary(
        diary in diary(),
        exported_at in exported_at(),
        revision in prop_oneof![Just(0u64), any::<u64>()],
    ) {
        let document = Document::new(diary.clone(), exported_at.clone(), revision);
        for text in [document.to_json(), document.to_pretty_json()] {
            let read = read_document(&text);
            prop_assert!(read.is_ok(), "{:?}", read.err().map(|e| e.message()));
            let read = read.unwrap();
            prop_assert_eq!(&read.exported_at, &exported_at);
            prop_assert_eq!(read.revision, revision);
            prop_assert_eq!(read.into_diary(), diary.clone());
        }
    }

    /// (f) Saving again and again with the writer that re-uses unchanged months gives the same
    /// document as writing it in one go (fields may come in another order), for diaries with plans,
    /// contacts and every optional field: no field is left out of a save.
    /// Whatever the app writes for a diary fits the published schema: a new field cannot reach a
    /// file without the schema (and so the support group's tools) knowing of it.
    #[test]
    fn what_the_app_writes_for_any_diary_fits_the_schema(diary in diary()) {
        let written = write_json(&diary.children, "2026-11-26T10:00:00Z", 7);
        let (errors, _) = schema_errors(&serde_json::from_str(&written).unwrap());
        prop_assert!(errors.is_empty(), "{:#?}", errors);
    }

    #[test]
    fn the_quick_writer_writes_what_the_plain_writer_writes(
        first in diary(),
        second in diary(),
        revision in 1u64..1_000_000,
    ) {
        let mut writer = DiaryWriter::default();
        for (n, diary) in [&first, &second, &first].into_iter().enumerate() {
            let quick = writer.write(&diary.children, "2026-11-26T10:00:00Z", revision + n as u64);
            let plain = write_json(&diary.children, "2026-11-26T10:00:00Z", revision + n as u64);
            let quick: Value = serde_json::from_str(&quick).unwrap();
            let plain: Value = serde_json::from_str(&plain).unwrap();
            prop_assert_eq!(&quick, &plain);
            let read = read_document(&quick.to_string()).map_err(|e| TestCaseError::fail(e.message()))?;
            prop_assert_eq!(&read.into_diary(), diary);
        }
    }

    /// (g) Two tabs' changes put together: a side that changed nothing gives the other side's
    /// diary exactly, and a day added on either side is never lost.
    #[test]
    fn putting_two_tabs_together_loses_nothing(base in diary(), other in diary(), seed in 1u64..) {
        prop_assert_eq!(&put_together(&base, &base, &other).unwrap().diary, &other);
        prop_assert_eq!(&put_together(&base, &other, &base).unwrap().diary, &other);
        // Each side adds days of its own to the children they share.
        let mut picker = Picker(seed);
        let mut mine = base.clone();
        let mut theirs = base.clone();
        let mut added = Vec::new();
        for (i, side) in [&mut mine, &mut theirs].into_iter().enumerate() {
            for child in &mut side.children {
                if picker.chance(2) {
                    let date = latest_date() - Days::new(i as u64 + 1);
                    if child.day(date).is_none() {
                        child.put_day(DayRecord::new(date, DayStatus::Attended));
                        added.push((child.id.clone(), date));
                    }
                }
            }
        }
        let together = put_together(&base, &mine, &theirs).unwrap().diary;
        for (id, date) in added {
            prop_assert!(together.child(&id).and_then(|c| c.day(date)).is_some(), "lost {} {}", id, date);
        }
        for child in &base.children {
            let kept = together.child(&child.id);
            prop_assert!(kept.is_some(), "lost child {}", child.id);
            for day in &child.days {
                prop_assert!(kept.unwrap().day(day.date).is_some(), "lost day {}", day.date);
            }
        }
    }

    /// (c) A valid document with one part deleted, replaced or damaged is read or refused, never a panic.
    #[test]
    fn a_damaged_document_never_panics(
        diary in diary(),
        exported_at in exported_at(),
        at in any::<Index>(),
        change in mutation(),
    ) {
        let mut value = serde_json::to_value(Document::new(diary, exported_at, 0)).unwrap();
        let mut paths = Vec::new();
        all_paths(&value, &mut Vec::new(), &mut paths);
        let path = &paths[at.index(paths.len())];
        mutate(&mut value, path, &change);
        read_never_panics(&value.to_string())?;
    }

    /// (d) Merging keeps every day and contact already on the device, adds the file's new ones,
    /// and gives a diary that passes the checks.
    #[test]
    fn merge_never_loses_a_day_on_the_device(whole in diary(), seed in 1u64..) {
        let mut picker = Picker(seed);
        let current = part_of(&whole, &mut picker, false);
        let incoming = part_of(&whole, &mut picker, true);
        let (merged, report) = merge(&current, incoming.clone());

        let problems = check_diary(&merged);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        // The device's children come first, in their order, then the file's new ones.
        prop_assert!(merged.children.len() >= current.children.len());
        for (mine, kept) in current.children.iter().zip(&merged.children) {
            prop_assert_eq!(&mine.id, &kept.id);
            prop_assert_eq!(&mine.nickname, &kept.nickname);
            // Every day of the device is there, unchanged.
            for day in &mine.days {
                prop_assert_eq!(kept.day(day.date), Some(day));
            }
            for contact in &mine.contacts {
                prop_assert!(kept.contacts.contains(contact));
            }
            if !mine.plan.is_empty() {
                prop_assert_eq!(&kept.plan, &mine.plan);
            }
            if !mine.support.is_empty() {
                prop_assert_eq!(&kept.support, &mine.support);
            }
        }
        for child in &merged.children {
            prop_assert!(child.days.windows(2).all(|w| w[0].date < w[1].date));
        }
        // Every day of the file is there too, as the device's record where both had that date.
        for theirs in &incoming.children {
            let kept = merged.child(&theirs.id).expect("child kept");
            for day in &theirs.days {
                prop_assert!(kept.day(day.date).is_some());
            }
            if current.child(&theirs.id).is_none() {
                prop_assert_eq!(kept, theirs);
            }
        }
        // The report adds up.
        prop_assert_eq!(
            report.days_added + report.days_kept_from_device,
            incoming.day_count()
        );
        prop_assert_eq!(merged.day_count(), current.day_count() + report.days_added);
        prop_assert_eq!(
            merged.children.len(),
            current.children.len() + report.children_added
        );
        // Merging the same file again adds nothing.
        let (again, second) = merge(&merged, incoming.clone());
        prop_assert_eq!(&again, &merged);
        prop_assert_eq!(second.days_added + second.contacts_added + second.children_added, 0);
        prop_assert_eq!(second.plans_added, 0);
        prop_assert_eq!((second.school_figures_added, second.support_added), (0, 0));
        // Every school figure from either side is in the merged diary.
        for child in current.children.iter().chain(&incoming.children) {
            let there = again.child(&child.id).expect("every child stays");
            for figure in &child.school_figures {
                prop_assert!(there.school_figures.iter().any(|f| f.id == figure.id));
            }
        }
    }

    /// (d) Merging into an empty device is the file itself; merging a diary into itself changes nothing.
    #[test]
    fn merge_with_nothing_or_itself(diary in diary()) {
        let (from_empty, _) = merge(&Diary::default(), diary.clone());
        prop_assert_eq!(&from_empty, &diary);
        let (with_itself, report) = merge(&diary, diary.clone());
        prop_assert_eq!(&with_itself, &diary);
        prop_assert_eq!(report.days_kept_from_device, diary.day_count());
        prop_assert_eq!(report.days_added, 0);
    }

    /// (b) A cut-off backup is refused with a message, never read as something else.
    #[test]
    fn a_truncated_backup_is_refused(diary in diary(), cut in any::<Index>()) {
        let text = Document::new(diary, "2026-01-01T00:00:00Z".into(), 0).to_json();
        let mut end = cut.index(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let error = read_document(&text[..end]);
        prop_assert!(error.is_err());
        prop_assert!(!error.unwrap_err().message().is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// (b) Any bytes at all, read as text the way a browser would, never make reading panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..2048)) {
        read_never_panics(&String::from_utf8_lossy(&bytes))?;
    }

    /// (b) Text made of JSON's own punctuation gets further into the reader, and still never panics.
    #[test]
    fn json_like_text_never_panics(text in r#"[\[\]{}",:0-9a-z\\ .eE+-]{0,400}"#) {
        read_never_panics(&text)?;
    }

    /// (c) Any JSON value never makes reading panic.
    #[test]
    fn arbitrary_json_never_panics(value in any_json()) {
        read_never_panics(&value.to_string())?;
    }

    /// (c) Any JSON under a correct header (so the reader gets as far as the fields) never panics.
    #[test]
    fn arbitrary_json_under_a_good_header_never_panics(
        children in any_json(),
        extra in any_json(),
    ) {
        let mut document = serde_json::json!({
            "format": "small-steps",
            "version": 1,
            "exported_at": "2026-01-01T00:00:00Z",
            "children": [children],
        });
        if let Value::Object(extra) = extra {
            for (key, value) in extra {
                if key != "format" && key != "version" {
                    document[key] = value;
                }
            }
        }
        read_never_panics(&document.to_string())?;
    }
}

// ---------------------------------------------------------------------------------------------
// Two tabs' edits from a common diary, for the removal property of the two-tab merge.

impl Picker {
    fn pick(&mut self, n: usize) -> usize {
        self.chance(0);
        (self.0 % n.max(1) as u64) as usize
    }
}

/// One edit a parent (or the child, in their turn) could make in a tab: remove or change a child,
/// day, contact, agreed action, ladder, step, try or review, or add a day; remove or change the
/// child's own words or a child's rating of a step.
fn edit(diary: &mut Diary, picker: &mut Picker, n: usize) {
    if diary.children.is_empty() {
        return;
    }
    let c = picker.pick(diary.children.len());
    let child = &mut diary.children[c];
    let mark = format!("changed in edit {n}");
    let day = |p: &mut Picker, len: usize| p.pick(len);
    match picker.pick(17) {
        0 => {
            diary.children.remove(c);
        }
        14 if !child.own_words.houses.is_empty() => {
            let i = picker.pick(child.own_words.houses.len());
            if picker.chance(2) {
                child.own_words.houses.remove(i);
            } else {
                let item = &mut child.own_words.houses[i];
                item.share = match item.share {
                    Share::OkToShare => Share::JustForHome,
                    Share::JustForHome => Share::OkToShare,
                };
            }
        }
        15 if !child.own_words.my_days.is_empty() || !child.own_words.ideal_school.is_empty() => {
            let own = &mut child.own_words;
            if !own.my_days.is_empty() {
                let i = picker.pick(own.my_days.len());
                own.my_days.remove(i);
            } else {
                let i = picker.pick(own.ideal_school.len());
                own.ideal_school[i].words = mark;
            }
        }
        16 => {
            let Some(step) = child
                .plan
                .ladders
                .iter_mut()
                .flat_map(|l| &mut l.steps)
                .find(|s| !s.child_ratings.is_empty())
            else {
                child.own_words.scale.five = mark;
                return;
            };
            let i = picker.pick(step.child_ratings.len());
            step.child_ratings.remove(i);
        }
        1 => child.school = mark,
        2 if !child.days.is_empty() => {
            let i = day(picker, child.days.len());
            child.days.remove(i);
        }
        3 if !child.days.is_empty() => {
            let i = day(picker, child.days.len());
            child.days[i].helped = mark;
        }
        4 => {
            let date = latest_date() - Days::new(picker.pick(5) as u64);
            child.put_day(DayRecord::new(date, DayStatus::AbsentIll));
        }
        5 if !child.contacts.is_empty() => {
            let i = picker.pick(child.contacts.len());
            child.contacts.remove(i);
        }
        6 if !child.contacts.is_empty() => {
            let i = picker.pick(child.contacts.len());
            child.contacts[i].said = mark;
        }
        7 if !child.plan.ladders.is_empty() => {
            let i = picker.pick(child.plan.ladders.len());
            child.plan.ladders.remove(i);
        }
        8 | 9 | 12 => {
            let Some(ladder) = child.plan.ladders.iter_mut().find(|l| !l.steps.is_empty()) else {
                return;
            };
            let i = picker.pick(ladder.steps.len());
            match n % 3 {
                0 => {
                    ladder.steps.remove(i);
                }
                1 => ladder.steps[i].support = mark,
                _ => {
                    let tries = &mut ladder.steps[i].attempts;
                    if !tries.is_empty() {
                        let t = picker.pick(tries.len());
                        tries.remove(t);
                    }
                }
            }
        }
        10 if !child.plan.reviews.is_empty() => {
            let i = picker.pick(child.plan.reviews.len());
            if picker.chance(2) {
                child.plan.reviews.remove(i);
            } else {
                child.plan.reviews[i].went_well = mark;
            }
        }
        11 => child.plan.goal = mark,
        _ => {
            let Some(contact) = child.contacts.iter_mut().find(|c| !c.actions.is_empty()) else {
                return;
            };
            let i = picker.pick(contact.actions.len());
            if picker.chance(2) {
                contact.actions.remove(i);
            } else {
                contact.actions[i].who = mark;
            }
        }
    }
}

/// Every item of a list merged item by item (children, days, contacts, agreed actions, ladders,
/// steps, tries, reviews), by its path as the merge names it, with its JSON.
fn items(diary: &Diary) -> BTreeMap<String, Value> {
    fn walk(value: &Value, path: &str, out: &mut BTreeMap<String, Value>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    let at = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    walk(v, &at, out);
                }
            }
            Value::Array(list) => {
                let key = ["id", "date"].into_iter().find(|k| {
                    !list.is_empty() && list.iter().all(|i| i.get(k).is_some_and(|v| !v.is_null()))
                });
                for item in list {
                    if let Some(k) = key {
                        let at = format!("{path}[{}]", item[k].to_string().trim_matches('"'));
                        out.insert(at.clone(), item.clone());
                        walk(item, &at, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    let json: Value =
        serde_json::from_str(&write_json(&diary.children, "2026-01-01T00:00:00Z", 0)).unwrap();
    walk(&json, "", &mut out);
    out
}

/// The outermost item that `side` removed and that holds the item at `path` (or is it).
fn removed_root(
    base: &BTreeMap<String, Value>,
    side: &BTreeMap<String, Value>,
    path: &str,
) -> String {
    base.keys()
        .filter(|p| {
            !side.contains_key(*p) && (path == p.as_str() || path.starts_with(&format!("{p}.")))
        })
        .min_by_key(|p| p.len())
        .cloned()
        .unwrap_or_else(|| path.to_string())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// (h) Two tabs edit the same diary: whatever either removed stays removed when their changes
    /// are put together; only the parent's choice ([`mine_wins`]) brings back a removed thing, and
    /// only one the choosing side itself changed, which the merge named first.
    #[test]
    fn what_either_tab_removed_stays_removed_unless_the_parent_chooses(
        base in diary(),
        seed in 1u64..,
        mine_edits in 0usize..8,
        their_edits in 0usize..8,
    ) {
        let mut picker = Picker(seed);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        for n in 0..mine_edits {
            edit(&mut mine, &mut picker, n);
        }
        for n in 0..their_edits {
            edit(&mut theirs, &mut picker, n + 100);
        }
        let together = put_together(&base, &mine, &theirs).unwrap();
        let problems = check_diary(&together.diary);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        let (b, m, t) = (items(&base), items(&mine), items(&theirs));
        let merged = items(&together.diary);
        for path in b.keys() {
            if !m.contains_key(path) || !t.contains_key(path) {
                prop_assert!(!merged.contains_key(path), "{} came back", path);
            }
        }
        // A write made at the same moment may lack what had not reached it: nothing this tab has
        // is lost, and what this tab removed stays removed.
        let same = items(&put_together_same_moment(&base, &mine, &theirs).unwrap().diary);
        for path in m.keys() {
            prop_assert!(same.contains_key(path), "{} lost at the same moment", path);
        }
        for path in b.keys().filter(|p| !m.contains_key(*p)) {
            prop_assert!(!same.contains_key(path), "{} came back at the same moment", path);
        }
        // The parent chooses this tab's way, then the other tab's way.
        for (first, second, first_side, chosen) in [
            (&m, &t, Side::Mine, mine_wins(&base, &mine, &theirs).unwrap()),
            (&t, &m, Side::Theirs, mine_wins(&base, &theirs, &mine).unwrap()),
        ] {
            let chosen = items(&chosen);
            for path in b.keys() {
                if !first.contains_key(path) {
                    prop_assert!(!chosen.contains_key(path), "{} removed by the chooser came back", path);
                } else if !second.contains_key(path) && chosen.contains_key(path) {
                    // Back only because the chooser changed what the other side removed, and named.
                    let root = removed_root(&b, second, path);
                    prop_assert_ne!(first.get(&root), b.get(&root), "{} came back unchanged", root);
                    let named = together.removed_yet_changed.iter().any(|r| r.path == root && r.by != first_side);
                    prop_assert!(named, "{} came back without being named", root);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Charts: the numbers drawn agree with the figures, and every chart can be read as text.

/// Days packed into about a school term, so weeks hold several records each.
fn term_days() -> impl Strategy<Value = (NaiveDate, Vec<DayRecord>)> {
    (0..=max_offset() - 200, btree_set(0u64..120, 0..45)).prop_flat_map(|(start, offsets)| {
        let first = offset_to_date(start);
        let days: Vec<_> = offsets
            .into_iter()
            .map(|o| day(first + Days::new(o)))
            .collect();
        (Just(first), days)
    })
}

/// A child with a term's days, and dates to look at within (and around) that term, sometimes
/// given back to front.
fn child_and_dates() -> impl Strategy<Value = (Child, (NaiveDate, NaiveDate))> {
    (child(), term_days(), 0u64..130, 0u64..130).prop_map(|(mut child, (first, days), a, b)| {
        child.days = days;
        let range = (first + Days::new(a), first + Days::new(b));
        (child, range)
    })
}

fn every_chart(child: &Child, range: (NaiveDate, NaiveDate)) -> Vec<Chart> {
    let mut charts = vec![
        weekly_attendance_chart(child, range),
        worries_over_time_chart(child, range),
        weekday_chart(child, range),
        worries_by_kind_chart(child, range),
        signs_by_time_chart(child, range),
    ];
    for ladder in &child.plan.ladders {
        charts.extend(ladder.steps.iter().map(step_tries_chart));
    }
    charts
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// The weeks add up to the figures for the whole dates, and each week's bar is that week's
    /// attendance, drawn only when the week can be judged.
    #[test]
    fn the_weekly_series_agrees_with_the_overall_attendance_figure(
        (child, range) in child_and_dates()
    ) {
        let (a, b) = range;
        let whole = figures(&child, (a.min(b), a.max(b)));
        let weeks = attendance_by_week(&child, range);
        let sum = weeks.iter().fold(Figures::default(), |s, w| s + w.figures);
        prop_assert_eq!(sum, whole);
        let chart = weekly_attendance_chart(&child, range);
        prop_assert_eq!(chart.slots.len(), weeks.len());
        for point in &chart.series[0].points {
            let week = &weeks[point.slot];
            prop_assert!(week.gap.is_none());
            prop_assert_eq!(Some(point.value), week.figures.attendance_percent());
        }
        let drawn = chart.series[0].points.len();
        prop_assert_eq!(drawn, weeks.iter().filter(|w| w.gap.is_none()).count());
        if let Some(percent) = whole.attendance_percent() {
            let words = format!("Attendance was {} over", percent_words(percent));
            prop_assert!(chart.summary.starts_with(&words), "{}", chart.summary);
        }
    }

    /// No value that is not a number, or off the scale, reaches a chart or its drawing.
    #[test]
    fn no_nan_or_infinite_value_reaches_a_chart((child, range) in child_and_dates()) {
        for chart in every_chart(&child, range) {
            for series in &chart.series {
                for point in &series.points {
                    prop_assert!(point.value.is_finite() && point.along.is_finite(), "{}", chart.key);
                    prop_assert!((0.0..=f64::from(chart.top)).contains(&point.value), "{}: {}", chart.key, point.value);
                    prop_assert!((0.0..=1.0).contains(&point.along));
                    prop_assert!(point.slot < chart.slots.len());
                }
            }
            let drawing = draw(&chart);
            for shape in &drawing.shapes {
                if let Shape::Rect { x, y, w, h, .. } = shape {
                    prop_assert!(*x >= 0 && *y >= 0 && *w >= 0 && *h >= 0);
                    prop_assert!(x + w <= drawing.width && y + h <= drawing.height, "{:?}", shape);
                }
                if let Shape::Path { d, .. } = shape {
                    prop_assert!(!d.contains("NaN") && !d.contains("inf"), "{}", d);
                }
            }
        }
    }

    /// Every chart has its text equivalent: a one-sentence summary, and a table with a full row
    /// for every place drawn.
    #[test]
    fn every_chart_has_its_text_equivalent((child, range) in child_and_dates()) {
        for chart in every_chart(&child, range) {
            prop_assert!(chart.summary.ends_with('.'), "{}: {}", chart.key, chart.summary);
            prop_assert_eq!(chart.summary.matches(". ").count(), 0, "one sentence: {}", chart.summary);
            prop_assert!(!chart.table.caption.is_empty());
            if !chart.is_empty() {
                prop_assert_eq!(chart.table.rows.len(), chart.slots.len(), "{}", chart.key);
                for (row, slot) in chart.table.rows.iter().zip(&chart.slots) {
                    prop_assert_eq!(row.len(), chart.table.head.len());
                    prop_assert!(row.iter().all(|cell| !cell.trim().is_empty()));
                    prop_assert!(slot.label.contains(row[0].as_str()) || row[0].contains(slot.label.as_str()) || row[0].contains(slot.short.as_str()),
                        "{}: row {:?} for {:?}", chart.key, row, slot);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Letters and calendar events hold only the shown child's words, and never a private note.

/// Every string in a child's file form worth looking for: at least 10 characters, not an id and
/// not a date (ids and dates are also made by the app, so they can turn up in other words).
fn own_words(child: &Child) -> Vec<String> {
    fn walk(value: &Value, key: &str, out: &mut Vec<String>) {
        match value {
            Value::String(s) => {
                let is_date = s.len() == 10 && NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok();
                // A kind of school is a choice ("maintained"), not the child's words.
                let is_choice = key == "school_kind";
                if key != "id" && !is_date && !is_choice && s.chars().count() >= 10 {
                    out.push(s.clone());
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, key, out)),
            Value::Object(map) => map.iter().for_each(|(k, v)| walk(v, k, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(child).unwrap(), "", &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// No letter, "why not yet", fines line or calendar event for the child shown ever holds a
    /// private note (any child's) or another child's words.
    #[test]
    fn letters_and_events_hold_no_private_note_and_no_other_childs_words(
        diary in diary(),
        ticks in any::<[bool; 6]>(),
        include_said in any::<bool>(),
        with_name in any::<bool>(),
        wales in any::<bool>(),
    ) {
        use small_steps::domain::calendar_file::{ics_text, upcoming_events, Stamp};
        use small_steps::domain::figures::fines_words;
        use small_steps::domain::letters::{write, Evidence, LetterChoices, LetterKind, SchoolKind};

        let mut diary = diary;
        prop_assume!(!diary.children.is_empty());
        let mut notes = Vec::new();
        for (c, child) in diary.children.iter_mut().enumerate() {
            for (n, day) in child.days.iter_mut().enumerate() {
                day.private_note = format!("Only-for-me {c}-{n}: zq{c}x{n}v");
                notes.push(day.private_note.clone());
            }
        }
        diary.children[0].set_nation(if wales { Nation::Wales } else { Nation::England });
        let shown = diary.children[0].clone();
        let shown_words = own_words(&shown);
        let others: Vec<String> = diary.children[1..]
            .iter()
            .flat_map(own_words)
            .filter(|w| !shown_words.iter().any(|s| s.contains(w.as_str())))
            .collect();

        let mut choices = LetterChoices::new(earliest_date());
        choices.range = (earliest_date(), latest_date());
        choices.include_said = include_said;
        choices.school_kind = Some(SchoolKind::Maintained);
        choices.evidence = Evidence {
            attendance: ticks[0],
            health: ticks[1],
            tried: ticks[2],
            professionals: ticks[3],
            support: ticks[4],
            child_words: ticks[5],
        };
        let mut texts = Vec::new();
        // The absence message for each recorded day, and every other kind once.
        for day in &shown.days {
            choices.day = day.date;
            texts.push(write(&shown, LetterKind::Absence, &choices).all_text());
        }
        for kind in LetterKind::ALL {
            texts.push(write(&shown, kind, &choices).all_text());
        }
        for contact in &shown.contacts {
            choices.contact = Some(contact.id.clone());
            texts.push(write(&shown, LetterKind::AfterContact, &choices).all_text());
        }
        if let Some(words) = fines_words(&shown, latest_date()) {
            texts.push(format!("{}\n{}", words.count, words.meaning));
        }
        let stamp = Stamp { date: earliest_date(), hour: 0, minute: 0, second: 0 };
        let events = upcoming_events(&shown, earliest_date(), with_name);
        let ics = ics_text(&events, stamp);
        // Unfolded, so a word split across two lines is still found.
        texts.push(ics.replace("\r\n ", ""));
        for text in &texts {
            for note in &notes {
                prop_assert!(!text.contains(note.as_str()), "private note {note:?} in:\n{text}");
                // Nor any part of it long enough to tell.
                prop_assert!(!text.contains("Only-for-me"), "{text}");
            }
            for other in &others {
                prop_assert!(!text.contains(other.as_str()), "another child's {other:?} in:\n{text}");
            }
        }
    }
}
