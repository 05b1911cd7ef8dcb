//! The meeting pack's rules, from hand-built diaries: how many school days have a record, no
//! attendance line judged on too few days, the worst worries first, one list of requests, the
//! dates it starts with, the weekly and weekday charts and the questions the parent left ticked,
//! and (for random diaries) no private note ever in the pack or its text.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use small_steps::domain::diary::day::{Worry, WorryCategory};
use small_steps::domain::meeting_pack::{
    build_pack, coverage, default_range, main_worries, pack_as_text, requests, Block, Coverage,
    PackChoices, SectionKind,
};
use small_steps::domain::plan::Adjustment;
use small_steps::domain::questions::{QuestionId, QuestionTicks, Theme};
use small_steps::domain::{Child, DayRecord, DayStatus};

/// Monday 2 November 2026 and the days after it.
fn nov(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Days::new(n)
}

/// Four weeks, Monday 2 to Sunday 29 November 2026: 20 weekdays.
const FOUR_WEEKS: (NaiveDate, NaiveDate) = (
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
);

fn child_with(days: impl IntoIterator<Item = (u64, DayStatus)>) -> Child {
    let mut child = Child::new("c1", "Sam");
    for (n, status) in days {
        child.put_day(DayRecord::new(nov(n), status));
    }
    child
}

fn text_of(child: &Child) -> String {
    pack_as_text(&build_pack(child, &PackChoices::all(FOUR_WEEKS, nov(30))))
}

#[test]
fn coverage_counts_school_days_recorded_of_school_days_in_the_dates() {
    use DayStatus::{AbsentIll, Attended, NoSchool};
    // Twelve school days, an INSET Monday, a Saturday with nothing on and a Saturday school trip.
    let mut days: Vec<(u64, DayStatus)> = [0, 1, 2, 3, 4, 8, 9, 10, 11, 14, 15, 16]
        .into_iter()
        .map(|n| (n, if n == 9 { AbsentIll } else { Attended }))
        .collect();
    days.extend([(7, NoSchool), (5, NoSchool), (12, Attended)]);
    let child = child_with(days);
    // 20 weekdays, less the INSET Monday, plus the Saturday that was a school day.
    let expected = Coverage {
        recorded: 13,
        school_days: 20,
    };
    assert_eq!(coverage(&child, FOUR_WEEKS), expected);
    assert!(text_of(&child).contains("13 of 20 school days recorded"));
    assert_eq!(
        coverage(&Child::new("c2", "Alex"), FOUR_WEEKS),
        Coverage {
            recorded: 0,
            school_days: 20
        }
    );
}

#[test]
fn no_attendance_line_is_judged_on_fewer_than_ten_school_days() {
    // Nine school days, all missed, and a no-school day that does not make a tenth.
    let mut days: Vec<(u64, DayStatus)> = [0, 1, 2, 3, 4, 7, 8, 9, 10]
        .into_iter()
        .map(|n| (n, DayStatus::AbsentIll))
        .collect();
    days.push((11, DayStatus::NoSchool));
    let few = text_of(&child_with(days.clone()));
    assert!(few.contains("Only 9 school days have a record in these dates: too few"));
    assert!(!few.contains("the recorded sessions reach that line"));
    assert!(!few.contains('%'), "no shares of so few sessions");

    days.push((14, DayStatus::AbsentIll));
    let enough = text_of(&child_with(days));
    assert!(enough.contains("- Sessions missed: 20 (100%)"));
    assert!(enough.contains(
        "Missing half of sessions or more is what schools call severe absence (DfE); the \
         recorded sessions reach that line."
    ));
    // (The weekly chart's table may still call a week with one day "too few to judge".)
    assert!(!enough.contains("school days have a record in these dates: too few"));
}

fn worry(category: WorryCategory, words: &str, rating: Option<u8>) -> Worry {
    Worry {
        category: Some(category),
        words: words.into(),
        rating,
    }
}

/// A child whose days hold these worries, one day per worry.
fn worried(worries: Vec<Worry>) -> Child {
    let mut child = Child::new("c1", "Sam");
    for (n, w) in worries.into_iter().enumerate() {
        let mut day = DayRecord::new(nov(n as u64), DayStatus::Attended);
        day.worries = vec![w];
        child.put_day(day);
    }
    child
}

#[test]
fn worries_rank_by_how_big_they_felt_then_how_often_then_the_usual_order() {
    use WorryCategory::{Friendships, Journey, LunchHall, Sensory, Toilets, Uniform};
    let mut said = vec![
        worry(Uniform, "Tie", Some(6)),
        worry(Toilets, "No lock", Some(9)),
        worry(LunchHall, "Loud", Some(9)),
        worry(LunchHall, "Nowhere to sit", Some(4)),
    ];
    // Journey is said most often but never rated; Sensory and Friendships tie on both counts.
    said.extend((0..6).map(|_| worry(Journey, "Bus", None)));
    said.push(worry(Friendships, "Alone", Some(6)));
    said.push(worry(Sensory, "Bell", Some(6)));
    let ranked: Vec<WorryCategory> = main_worries(&worried(said), FOUR_WEEKS)
        .iter()
        .filter_map(|w| w.category)
        .collect();
    // 9 (twice) before 9 (once); the three 6s in the app's order of kinds; five in all.
    let mut ties = [Sensory, Uniform, Friendships];
    ties.sort_by_key(|c| WorryCategory::ALL.iter().position(|a| a == c));
    assert_eq!(ranked, [LunchHall, Toilets, ties[0], ties[1], ties[2]]);
}

#[test]
fn every_worry_rated_eight_or_more_is_in_even_past_five() {
    let big: Vec<Worry> = WorryCategory::ALL
        .iter()
        .take(7)
        .map(|&c| worry(c, "Big", Some(8)))
        .collect();
    let mut said = big;
    said.extend((0..9).map(|_| worry(WorryCategory::Other, "Often", Some(7))));
    let lines = main_worries(&worried(said), FOUR_WEEKS);
    assert_eq!(
        lines.len(),
        7,
        "all seven kinds rated 8, and not the frequent 7"
    );
    assert!(lines.iter().all(|l| l.biggest == Some(8)));
}

#[test]
fn requests_are_listed_once_with_the_agreed_ones_marked() {
    let mut child = Child::new("c1", "Sam");
    child.plan.adjustments = vec![
        Adjustment {
            what: "A soft start".into(),
            agreed: true,
            ..Adjustment::default()
        },
        Adjustment {
            what: "A time-out card".into(),
            agreed: false,
            ..Adjustment::default()
        },
    ];
    child.plan.requests =
        "a soft start.\n- A time-out  card\nWork sent home\n\nWORK SENT HOME".into();
    assert_eq!(
        requests(&child.plan),
        [
            "A soft start (already agreed)",
            "A time-out card",
            "Work sent home"
        ]
    );
    let text = text_of(&child);
    assert_eq!(text.matches("Work sent home").count(), 1);
    assert_eq!(text.to_lowercase().matches("soft start").count(), 1);
}

#[test]
fn the_dates_start_on_the_first_recorded_day_of_the_term() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let child = child_with([(7, DayStatus::Attended), (10, DayStatus::Attended)]);
    assert_eq!(default_range(&child, today), (nov(7), today));
    // Nothing this term: the newest term with a record, from its first record to its last.
    let mut summer = child_with([]);
    for d in [(2026, 4, 20), (2026, 6, 1), (2026, 7, 17)] {
        let date = NaiveDate::from_ymd_opt(d.0, d.1, d.2).unwrap();
        summer.put_day(DayRecord::new(date, DayStatus::Attended));
    }
    let (from, to) = default_range(&summer, today);
    assert_eq!(
        (from.to_string(), to.to_string()),
        ("2026-04-20".into(), "2026-07-17".into())
    );
    let empty = Child::new("c2", "Alex");
    let autumn = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
    assert_eq!(default_range(&empty, today), (autumn, today));
}

#[test]
fn the_shared_page_never_speaks_to_the_parent() {
    let days = (0..20).map(|n| (n, DayStatus::AbsentIll));
    let child = child_with(days);
    let pack = build_pack(&child, &PackChoices::all(FOUR_WEEKS, nov(30)));
    let text = pack_as_text(&pack);
    assert!(
        !text.contains("You can") && !text.contains(" you "),
        "{text}"
    );
    assert!(pack
        .for_parent
        .iter()
        .any(|a| a.text.starts_with("You can ask")));
    let attendance = &pack.sections[0];
    assert_eq!(attendance.kind, SectionKind::Attendance);
    assert!(matches!(attendance.blocks[0], Block::Table(_)));
}

/// Text a parent might type anywhere: lower-case words, never the private marker's capitals.
fn typed() -> impl Strategy<Value = String> {
    "[a-z .,!?'\n]{0,40}"
}

prop_compose! {
    fn day_record(start: NaiveDate)(
        offset in 0u64..60,
        status in prop::sample::select(DayStatus::ALL.to_vec()),
        helped in typed(), harder in typed(), words in typed(),
        rating in prop::option::of(0u8..=10),
        category in prop::sample::select(WorryCategory::ALL.to_vec()),
        secret in "[a-z ]{0,20}",
    ) -> DayRecord {
        let mut day = DayRecord::new(start + Days::new(offset), status);
        day.helped = helped;
        day.harder = harder;
        day.worries = vec![Worry { category: Some(category), words, rating }];
        day.private_note = format!("QXZPRIVATE{secret}");
        day
    }
}

proptest! {
    #[test]
    fn no_private_note_ever_reaches_the_pack_or_its_text(
        days in prop::collection::vec(day_record(nov(0)), 0..40),
        ticks in 0u32..2048,
        from in 0u64..60, length in 0u64..60,
        said in typed(),
    ) {
        let mut child = Child::new("c1", "Sam");
        for day in days {
            child.put_day(day);
        }
        child.plan.voice.what_is_hard = said.clone();
        child.plan.requests = said;
        let bit = |i: u32| ticks & (1 << i) != 0;
        let choices = PackChoices {
            range: (nov(from), nov(from + length)),
            made_on: nov(90),
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
            questions: bit(10),
            question_ticks: QuestionTicks::default(),
            worry_kinds: None,
        };
        let pack = build_pack(&child, &choices);
        let model = format!("{:?}", pack);
        prop_assert!(!model.contains("QXZPRIVATE"));
        prop_assert!(!pack_as_text(&pack).contains("QXZPRIVATE"));
        prop_assert!(pack.coverage.recorded <= pack.coverage.school_days);
    }
}

/// Four weeks with every Monday missed (the child could not get out of the door) and a worry
/// about noise on each of those days, and Monday 30 November too: the pack holds the weekly and
/// weekday charts and the questions they point to.
fn hard_mondays() -> Child {
    let mut child = Child::new("c1", "Sam");
    for week in 0..4u64 {
        for d in 0..5u64 {
            let n = week * 7 + d;
            let status = if d == 0 {
                DayStatus::CouldNotGetOut
            } else {
                DayStatus::Attended
            };
            let mut day = DayRecord::new(nov(n), status);
            if d == 0 {
                day.worries
                    .push(worry(WorryCategory::Sensory, "too loud", Some(7)));
            }
            child.put_day(day);
        }
    }
    let mut day = DayRecord::new(nov(28), DayStatus::CouldNotGetOut);
    day.worries
        .push(worry(WorryCategory::Sensory, "too loud", Some(7)));
    child.put_day(day);
    child
}

fn charts_in(pack: &small_steps::domain::meeting_pack::MeetingPack) -> Vec<(SectionKind, String)> {
    pack.sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(move |b| (s.kind, b)))
        .filter_map(|(kind, b)| match b {
            Block::Chart(c) => Some((kind, c.key.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn the_pack_holds_the_weekly_and_weekday_charts_and_the_questions() {
    let child = hard_mondays();
    let pack = build_pack(&child, &PackChoices::all((nov(0), nov(28)), nov(30)));
    assert_eq!(
        charts_in(&pack),
        vec![
            (SectionKind::Attendance, "weekly-attendance".to_string()),
            (SectionKind::Patterns, "weekdays".to_string()),
        ]
    );
    let text = pack_as_text(&pack);
    // 21 days: 16 went in (32 sessions), 5 Mondays missed (10 sessions): 32 of 42.
    assert!(
        text.contains(
            "Attendance week by week: Attendance was 76.2% over these dates (32 of 42 sessions)"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "- Week of 2 Nov 2026: Attendance 8 of 10 sessions (80%); School days recorded 5 of 5"
        ),
        "the weekly table is in the text: {text}"
    );
    assert!(
        text.contains("- Monday: Sessions missed 10 of 10; Days partly missed 0"),
        "{text}"
    );
    assert!(text.contains(
        "Missed and partly missed, by weekday: Most missed sessions fell on Monday (10 of the 10 missed on a weekday)."
    ), "{text}");
    assert!(
        text.contains("Questions from the diary\n------------------------\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "- 10 of the 10 missed sessions were on Mondays: is something about Mondays hard?"
        ),
        "{text}"
    );
    assert!(text.contains(
        "- Worries about “Noise, light, smells, crowds” came up on 5 days: could a quieter space or a quieter start help?"
    ), "{text}");
}

#[test]
fn a_question_the_parent_unticked_is_left_out_and_counted() {
    let child = hard_mondays();
    let range = (nov(0), nov(28));
    let mut choices = PackChoices::all(range, nov(30));
    let asked = small_steps::domain::questions::questions(&child, range);
    let ids: Vec<QuestionId> = asked.iter().map(|q| q.id).collect();
    assert_eq!(
        ids,
        vec![
            QuestionId::Weekday(chrono::Weekday::Mon),
            QuestionId::WorryKind(WorryCategory::Sensory),
            QuestionId::Theme(Theme::AvoidingDistress),
        ]
    );
    choices
        .question_ticks
        .set(QuestionId::Weekday(chrono::Weekday::Mon), false);
    let text = pack_as_text(&build_pack(&child, &choices));
    assert!(!text.contains("Mondays hard"), "{text}");
    assert!(text.contains("came up on 5 days"));
    assert!(text.contains("Questions from the diary"));
    assert!(text.contains("And 1 more, in the diary."), "{text}");
    // Every one unticked: the heading stays, saying how many the diary holds.
    for id in &ids {
        choices.question_ticks.set(*id, false);
    }
    let pack = build_pack(&child, &choices);
    let section = pack
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Questions)
        .expect("the questions section");
    assert_eq!(
        section.blocks,
        vec![Block::List {
            label: None,
            ordered: false,
            items: Vec::new(),
            more: 3
        }]
    );
    // Ticked back in, it is back.
    choices
        .question_ticks
        .set(QuestionId::Weekday(chrono::Weekday::Mon), true);
    assert!(pack_as_text(&build_pack(&child, &choices)).contains("Mondays hard"));
    // The section unticked: no heading at all.
    choices.questions = false;
    assert!(!pack_as_text(&build_pack(&child, &choices)).contains("Questions from the diary"));
}

#[test]
fn the_pack_starts_with_the_first_three_questions_and_counts_the_rest() {
    // Hard Mondays, with worries about noise, the lunch hall, friendships and being apart on
    // five days each: six questions, of which the pack starts with three.
    let mut child = hard_mondays();
    for (n, kind) in [
        (1, WorryCategory::LunchHall),
        (2, WorryCategory::Friendships),
        (3, WorryCategory::Separation),
    ] {
        for week in 0..5u64 {
            let date = nov(week * 7 + n);
            let mut day = child
                .days
                .iter()
                .find(|d| d.date == date)
                .cloned()
                .unwrap_or_else(|| DayRecord::new(date, DayStatus::Attended));
            day.worries.push(worry(kind, "hard", Some(5)));
            child.put_day(day);
        }
    }
    let range = (nov(0), nov(32));
    let asked = small_steps::domain::questions::questions(&child, range);
    assert!(asked.len() > 3, "{asked:?}");
    let mut choices = PackChoices::all(range, nov(33));
    let section = |choices: &PackChoices| {
        let pack = build_pack(&child, choices);
        let found = pack
            .sections
            .into_iter()
            .find(|s| s.kind == SectionKind::Questions);
        match found.map(|s| s.blocks).as_deref() {
            Some([Block::List { items, more, .. }]) => (
                items.iter().map(|i| i.text.clone()).collect::<Vec<_>>(),
                *more,
            ),
            other => panic!("{other:?}"),
        }
    };
    let (shown, more) = section(&choices);
    let first: Vec<String> = asked.iter().take(3).map(|q| q.text()).collect();
    assert_eq!(shown, first);
    assert_eq!(more as usize, asked.len() - 3);
    // The parent ticks the last one in: it joins the others, in the list's order.
    let last = asked.last().unwrap();
    choices.question_ticks.set(last.id, true);
    let (shown, more) = section(&choices);
    assert_eq!(shown.len(), 4);
    assert_eq!(shown.last(), Some(&last.text()));
    assert_eq!(more as usize, asked.len() - 4);
}

#[test]
fn no_weekly_chart_on_too_few_days_or_a_single_week() {
    // Nine school days over two weeks: too few to judge any line, so no weekly chart either.
    let nine = child_with((0..4).chain(7..12).map(|n| (n, DayStatus::Attended)));
    let pack = build_pack(&nine, &PackChoices::all(FOUR_WEEKS, nov(30)));
    assert_eq!(
        charts_in(&pack),
        vec![(SectionKind::Patterns, "weekdays".to_string())]
    );
    // Ten days, but one week of them holds too few to judge: a single bar is no chart.
    let one_week = child_with((0..5).chain(7..8).map(|n| (n, DayStatus::Attended)));
    let pack = build_pack(&one_week, &PackChoices::all(FOUR_WEEKS, nov(30)));
    assert!(charts_in(&pack)
        .iter()
        .all(|(_, key)| key != "weekly-attendance"));
    // Nothing recorded: no chart at all, and no empty heading.
    let none = build_pack(
        &Child::new("c2", "Alex"),
        &PackChoices::all(FOUR_WEEKS, nov(30)),
    );
    assert!(charts_in(&none).is_empty());
}
