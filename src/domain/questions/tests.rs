//! Each rule on and off at its threshold, with the counts it says.

use chrono::{Days, NaiveDate, Weekday};

use super::*;
use crate::domain::diary::day::{Sign, Worry};

/// Monday 2 November 2026, plus `n` days.
fn nov(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Days::new(n)
}

fn all() -> (NaiveDate, NaiveDate) {
    (nov(0), nov(400))
}

fn child(days: Vec<DayRecord>) -> Child {
    let mut child = Child::new("c1", "Sam");
    for d in days {
        child.put_day(d);
    }
    child
}

fn ids(child: &Child) -> Vec<QuestionId> {
    questions(child, all()).iter().map(|q| q.id).collect()
}

/// `mondays` Mondays off ill and `others` Tuesdays off ill, each a whole day (2 sessions), in
/// separate weeks; a worry noted on each so the "home" theme stays out.
fn mondays_and_tuesdays(mondays: u64, others: u64) -> Child {
    let mut days = Vec::new();
    for w in 0..mondays {
        days.push(worried(w * 7, DayStatus::AbsentIll, WorryCategory::Other));
    }
    for w in 0..others {
        days.push(worried(
            w * 7 + 1,
            DayStatus::AbsentIll,
            WorryCategory::Other,
        ));
    }
    child(days)
}

fn worried(n: u64, status: DayStatus, kind: WorryCategory) -> DayRecord {
    let mut d = DayRecord::new(nov(n), status);
    d.worries.push(Worry {
        category: Some(kind),
        words: String::new(),
        rating: None,
    });
    d
}

#[test]
fn a_weekday_is_asked_about_from_its_share_of_enough_missed_sessions() {
    // 2 Mondays and 1 Tuesday: 6 missed sessions, 4 on Mondays (67%), 2 on Tuesday (33%).
    let c = mondays_and_tuesdays(2, 1);
    let q = questions(&c, all());
    assert_eq!(q[0].id, QuestionId::Weekday(Weekday::Mon));
    assert_eq!(
        q[0].text(),
        "4 of the 6 missed sessions were on Mondays: is something about Mondays hard?"
    );
    assert_eq!(
        q[0].source,
        "Devon County Council EBSA guidance; Not Fine in School"
    );
    assert!(
        !ids(&c).contains(&QuestionId::Weekday(Weekday::Tue)),
        "33% is under 40%"
    );
    // 2 Mondays and 3 Tuesdays: 4 of 10 (40%) is on the line, so both are asked about.
    let c = mondays_and_tuesdays(2, 3);
    assert!(ids(&c).contains(&QuestionId::Weekday(Weekday::Mon)));
    assert!(ids(&c).contains(&QuestionId::Weekday(Weekday::Tue)));
    assert_eq!(WEEKDAY_SHARE_PERCENT, 40);
}

#[test]
fn a_weekday_needs_enough_missed_sessions_to_go_on() {
    assert_eq!(WEEKDAY_FEWEST_MISSED, 5);
    // 4 missed sessions, all on Mondays: too few to ask.
    let mut c = mondays_and_tuesdays(2, 0);
    assert!(ids(&c).is_empty());
    // One more missed session (a Wednesday morning): 5, and Mondays hold 4 of them.
    let mut wednesday = worried(2, DayStatus::Attended, WorryCategory::Other);
    wednesday.morning = Some(DayStatus::AbsentIll);
    c.put_day(wednesday);
    assert_eq!(ids(&c), vec![QuestionId::Weekday(Weekday::Mon)]);
    assert_eq!(
        questions(&c, all())[0].counts,
        "4 of the 5 missed sessions were on Mondays"
    );
}

#[test]
fn a_kind_of_worry_is_asked_about_from_five_days() {
    assert_eq!(WORRY_KIND_DAYS, 5);
    let days = |n: u64| {
        child(
            (0..n)
                .map(|i| worried(i * 7 + 3, DayStatus::Attended, WorryCategory::LunchHall))
                .collect(),
        )
    };
    let kind = QuestionId::WorryKind(WorryCategory::LunchHall);
    assert!(!ids(&days(4)).contains(&kind));
    let five = days(5);
    let q = questions(&five, all());
    let lunch = q.iter().find(|q| q.id == kind).expect("asked at 5 days");
    assert_eq!(
        lunch.text(),
        "Worries about “Lunch hall” came up on 5 days: could lunch be somewhere calmer?"
    );
    // Two worries of the kind on one day count as one day.
    let mut twice = days(4);
    let mut d = worried(40, DayStatus::Attended, WorryCategory::LunchHall);
    d.worries.push(d.worries[0].clone());
    twice.put_day(d);
    assert!(ids(&twice).contains(&kind));
    let mut same_day = days(4);
    let mut d = worried(3, DayStatus::Attended, WorryCategory::LunchHall);
    d.worries.push(d.worries[0].clone());
    same_day.put_day(d);
    assert!(!ids(&same_day).contains(&kind));
}

/// `n` days each pointing to a theme, built by `make`.
fn theme_on(n: u64, make: impl Fn(u64) -> DayRecord) -> Vec<QuestionId> {
    ids(&child((0..n).map(|i| make(i * 7 + 2)).collect()))
}

#[test]
fn each_theme_is_asked_about_from_five_days_and_not_before() {
    assert_eq!(THEME_DAYS, 5);
    let at_school = |n| worried(n, DayStatus::Attended, WorryCategory::Schoolwork);
    let during = |n| {
        let mut d = DayRecord::new(nov(n), DayStatus::Attended);
        d.signs.push(Sign {
            kind: SignKind::Tearful,
            when: SignTime::DuringSchool,
        });
        d
    };
    let others = |n| worried(n, DayStatus::Attended, WorryCategory::Bullying);
    let clingy = |n| {
        let mut d = DayRecord::new(nov(n), DayStatus::Attended);
        d.signs.push(Sign {
            kind: SignKind::Clingy,
            when: SignTime::Morning,
        });
        d
    };
    let quiet_day_off = |n| DayRecord::new(nov(n), DayStatus::CouldNotGetOut);
    let cases: [(Theme, &dyn Fn(u64) -> DayRecord); 5] = [
        (Theme::AvoidingDistress, &at_school),
        (Theme::AvoidingDistress, &during),
        (Theme::AwayFromOthers, &others),
        (Theme::BeingWithParent, &clingy),
        (Theme::HomeMoreRewarding, &quiet_day_off),
    ];
    for (theme, make) in cases {
        assert!(
            !theme_on(4, make).contains(&QuestionId::Theme(theme)),
            "{theme:?} at 4"
        );
        assert!(
            theme_on(5, make).contains(&QuestionId::Theme(theme)),
            "{theme:?} at 5"
        );
    }
}

#[test]
fn the_themes_say_their_counts_and_ask() {
    let c = child(
        (0..6)
            .map(|i| DayRecord::new(nov(i * 7 + 2), DayStatus::AbsentIll))
            .collect(),
    );
    let q = questions(&c, all());
    let home = q
        .iter()
        .find(|q| q.id == QuestionId::Theme(Theme::HomeMoreRewarding))
        .unwrap();
    assert_eq!(
        home.text(),
        "On 6 days off school, no worry or sign was noted: what are those days at home like, \
         and could school days hold more of what your child enjoys?"
    );
    assert!(home.source.contains("Kearney"));
    // Every question asks: it ends with a question mark and carries a number.
    for q in &q {
        assert!(q.ask.ends_with('?'), "{}", q.ask);
        assert!(q.counts.chars().any(|c| c.is_ascii_digit()), "{}", q.counts);
    }
}

#[test]
fn a_day_off_with_a_worry_or_excluded_or_at_the_doctor_is_not_a_quiet_day_at_home() {
    let kinds = [
        worried(2, DayStatus::AbsentIll, WorryCategory::Other),
        DayRecord::new(nov(9), DayStatus::Excluded),
        DayRecord::new(nov(16), DayStatus::Medical),
        DayRecord::new(nov(23), DayStatus::LeftEarly),
        DayRecord::new(nov(30), DayStatus::NoSchool),
    ];
    assert_eq!(theme_days(&kinds, Theme::HomeMoreRewarding), 0);
}

#[test]
fn nothing_recorded_asks_nothing_and_dates_back_to_front_are_turned_round() {
    assert!(questions(&Child::new("c1", "Sam"), all()).is_empty());
    let c = mondays_and_tuesdays(3, 0);
    assert_eq!(
        questions(&c, (nov(30), nov(0))),
        questions(&c, (nov(0), nov(30)))
    );
}

#[test]
fn the_first_questions_start_ticked_and_the_parent_can_tick_any_in_or_out() {
    let mut ticks = QuestionTicks::default();
    let mut every: Vec<QuestionId> = [Weekday::Mon, Weekday::Fri]
        .map(QuestionId::Weekday)
        .to_vec();
    every.extend(WorryCategory::ALL.map(QuestionId::WorryKind));
    every.extend(Theme::ALL.map(QuestionId::Theme));
    assert_eq!(QUESTIONS_TICKED_AT_FIRST, 3);
    for (place, id) in every.iter().enumerate() {
        assert_eq!(ticks.goes_in(*id, place), place < 3, "{id:?} at {place}");
    }
    // Each one ticked out, then in, wherever it stands; one choice never touches another.
    for (place, id) in every.iter().enumerate() {
        ticks.set(*id, false);
        assert!(!ticks.goes_in(*id, place));
        assert!(
            !ticks.goes_in(*id, 0),
            "a question ticked out stays out at any place"
        );
        ticks.set(*id, true);
        assert!(ticks.goes_in(*id, place));
        assert!(
            ticks.goes_in(*id, 40),
            "a question ticked in stays in at any place"
        );
    }
    ticks.set(QuestionId::Theme(Theme::AwayFromOthers), false);
    assert!(!ticks.goes_in(QuestionId::Theme(Theme::AwayFromOthers), 0));
    assert!(ticks.goes_in(QuestionId::Theme(Theme::BeingWithParent), 40));
}
