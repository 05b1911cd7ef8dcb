//! Writes a large, realistic, made-up Small Steps backup to stdout, for trying the app and its
//! charts, import and meeting pack with years of data.
//!
//! ```text
//! cargo run --example make_diary -- --children 2 --years 3 > diary.json
//! ```
//!
//! Options: `--children N` (1 to 20, default 2), `--years Y` (1 to 30, or 25 with `--holidays`; default 3), `--start YEAR`
//! (the first school year starts on 1 September of YEAR, default 2023), `--seed S` (default 1),
//! `--holidays` (also record the weekdays of school holidays as "no school").
//!
//! The same options always give the same file. Every term-time weekday from 1 September of the
//! first year gets one record: school days with a mix of statuses, INSET days and bank holidays as
//! "no school". Holiday weeks and weekends are left out, as most parents would. Each child also gets
//! contacts with agreed actions and a plan with two ladders. The file is checked with the app's own
//! reader before it is printed; if it fails, the reason goes to stderr and the exit code is 1.
//! (A run of more than about 80 child-years is over the app's 8 MB file limit and fails that way.)

use std::process::ExitCode;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use small_steps::domain::checks::limits;
use small_steps::domain::diary::contacts::{AgreedAction, Contact, ContactMethod};
use small_steps::domain::diary::day::{DayTimes, Sign, SignKind, SignTime, Worry, WorryCategory};
use small_steps::domain::diary::time_of_day::ClockTime;
use small_steps::domain::plan::{
    Adjustment, Attempt, ChildVoice, KeepInTouch, Ladder, Plan, Professional, Review, Step,
    StepState, TouchPeriod, Tried, Who,
};
use small_steps::domain::{read_document, Child, DayRecord, DayStatus, Diary, Document};

/// A small xorshift64* generator: deterministic, no crates needed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // Spread the seed so that small seeds do not start with runs of zero bits.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.below(high - low + 1)
    }

    /// True `percent` times in a hundred (fractions allowed).
    fn chance(&mut self, percent: f64) -> bool {
        (self.below(10_000) as f64) < percent * 100.0
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    /// Picks by weight.
    fn weighted<T: Copy>(&mut self, items: &[(T, f64)]) -> T {
        let total: f64 = items.iter().map(|i| i.1).sum();
        let mut roll = self.below(1_000_000) as f64 / 1_000_000.0 * total;
        for &(item, weight) in items {
            if roll < weight {
                return item;
            }
            roll -= weight;
        }
        items[items.len() - 1].0
    }
}

struct Options {
    children: usize,
    years: u32,
    start: i32,
    seed: u64,
    holidays: bool,
}

const USAGE: &str = "usage: make_diary [--children N (1-20)] [--years Y (1-30, 1-25 with --holidays)] [--start YEAR] [--seed S] [--holidays]";

fn parse_options() -> Result<Options, String> {
    let mut options = Options {
        children: 2,
        years: 3,
        start: 2023,
        seed: 1,
        holidays: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--holidays" {
            options.holidays = true;
            continue;
        }
        if arg == "--help" || arg == "-h" {
            return Err(USAGE.to_string());
        }
        let value = args
            .next()
            .ok_or_else(|| format!("{arg} needs a value\n{USAGE}"))?;
        let number = || -> Result<u64, String> {
            value
                .parse::<u64>()
                .map_err(|_| format!("{arg} needs a whole number, not {value:?}\n{USAGE}"))
        };
        match arg.as_str() {
            "--children" => options.children = number()? as usize,
            "--years" => options.years = number()?.min(1000) as u32,
            "--start" => options.start = number()?.min(3000) as i32,
            "--seed" => options.seed = number()?,
            _ => return Err(format!("unknown option {arg}\n{USAGE}")),
        }
    }
    if !(1..=limits::CHILDREN).contains(&options.children) {
        return Err(format!("--children must be 1 to {}", limits::CHILDREN));
    }
    // About 196 records a school year (231 with holidays) must stay within limits::DAYS_PER_CHILD.
    let most_years = if options.holidays { 25 } else { 30 };
    if !(1..=most_years).contains(&options.years) {
        return Err(format!("--years must be 1 to {most_years}"));
    }
    if !(2000..=2070).contains(&options.start) {
        return Err("--start must be a year from 2000 to 2070".into());
    }
    Ok(options)
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("calendar date")
}

/// The Monday of the week holding `date`.
fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// What kind of weekday a date is in an English-style school year starting in September of `year`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum DayKind {
    School,
    Inset,
    BankHoliday,
    Holiday,
}

struct SchoolYear {
    first: NaiveDate,
    last: NaiveDate,
    holidays: Vec<(NaiveDate, NaiveDate)>,
    inset: Vec<NaiveDate>,
    bank: Vec<NaiveDate>,
}

/// The first weekday on or after `date`.
fn weekday_from(mut date: NaiveDate) -> NaiveDate {
    while is_weekend(date) {
        date = date + Days::new(1);
    }
    date
}

impl SchoolYear {
    fn new(year: i32) -> Self {
        let week = |date: NaiveDate| {
            let monday = monday_of(date);
            (monday, monday + Days::new(4))
        };
        let holidays = vec![
            week(ymd(year, 10, 27)),
            (ymd(year, 12, 20), ymd(year + 1, 1, 2)),
            week(ymd(year + 1, 2, 15)),
            (
                monday_of(ymd(year + 1, 3, 31)),
                monday_of(ymd(year + 1, 3, 31)) + Days::new(11),
            ),
            week(ymd(year + 1, 5, 28)),
        ];
        let first = ymd(year, 9, 1);
        let last = ymd(year + 1, 7, 21);
        let after = |end: NaiveDate| weekday_from(end + Days::new(1));
        let inset = vec![
            weekday_from(first),
            weekday_from(weekday_from(first) + Days::new(1)),
            after(holidays[1].1),
            after(holidays[3].1),
            if is_weekend(last) {
                monday_of(last) + Days::new(4)
            } else {
                last
            },
        ];
        // The early May bank holiday: the first Monday in May.
        let may = ymd(year + 1, 5, 1);
        let bank = vec![may + Days::new(u64::from((7 - may.weekday().num_days_from_monday()) % 7))];
        SchoolYear {
            first,
            last,
            holidays,
            inset,
            bank,
        }
    }

    fn kind(&self, date: NaiveDate) -> DayKind {
        if self.holidays.iter().any(|&(a, b)| a <= date && date <= b) {
            DayKind::Holiday
        } else if self.inset.contains(&date) {
            DayKind::Inset
        } else if self.bank.contains(&date) {
            DayKind::BankHoliday
        } else {
            DayKind::School
        }
    }
}

/// Made-up children, each with their own worries and a story over the years.
struct Profile {
    nickname: &'static str,
    /// How hard school is, 0 (fine) to 1 (very hard), before the plan starts working.
    difficulty: f64,
    categories: &'static [(WorryCategory, f64)],
}

const PROFILES: [Profile; 4] = [
    Profile {
        nickname: "Sam",
        difficulty: 0.55,
        categories: &[
            (WorryCategory::Sensory, 5.0),
            (WorryCategory::Transitions, 3.0),
            (WorryCategory::LunchHall, 3.0),
            (WorryCategory::PeChanging, 2.0),
            (WorryCategory::UnmetNeeds, 3.0),
            (WorryCategory::MaskingBurnout, 3.0),
            (WorryCategory::BehaviourPolicy, 2.0),
            (WorryCategory::Other, 0.5),
        ],
    },
    Profile {
        nickname: "Alex",
        difficulty: 0.3,
        categories: &[
            (WorryCategory::Separation, 5.0),
            (WorryCategory::FamilyChange, 4.0),
            (WorryCategory::Friendships, 3.0),
            (WorryCategory::PhysicalHealth, 2.0),
            (WorryCategory::YoungCarer, 1.0),
            (WorryCategory::Journey, 1.0),
        ],
    },
    Profile {
        nickname: "Riley",
        difficulty: 0.7,
        categories: &[
            (WorryCategory::Bullying, 4.0),
            (WorryCategory::Friendships, 4.0),
            (WorryCategory::Belonging, 3.0),
            (WorryCategory::MentalHealth, 4.0),
            (WorryCategory::TeacherOrLesson, 2.0),
            (WorryCategory::Toilets, 1.0),
        ],
    },
    Profile {
        nickname: "Jordan",
        difficulty: 0.4,
        categories: &[
            (WorryCategory::Schoolwork, 5.0),
            (WorryCategory::TeacherOrLesson, 3.0),
            (WorryCategory::Uniform, 2.0),
            (WorryCategory::Journey, 2.0),
            (WorryCategory::MentalHealth, 2.0),
        ],
    },
];

fn words_for(category: WorryCategory) -> &'static [&'static str] {
    use WorryCategory::*;
    match category {
        Sensory => &[
            "It's too loud in the corridors.",
            "The lights hurt my eyes.",
            "Everyone pushes on the stairs.",
        ],
        Toilets => &[
            "The toilets have no locks.",
            "I'm not allowed to go in lessons.",
        ],
        Uniform => &[
            "The tie feels like it's choking me.",
            "The jumper is itchy.",
        ],
        LunchHall => &[
            "Nowhere to sit.",
            "The smell makes me feel sick.",
            "It's so noisy at lunch.",
        ],
        Journey => &["The bus is packed.", "What if the bus doesn't come?"],
        PeChanging => &[
            "Changing in front of everyone.",
            "I'm rubbish at football and they laugh.",
        ],
        Transitions => &[
            "We had a supply teacher all day.",
            "The timetable changed again.",
            "New classroom, new seat.",
        ],
        Friendships => &[
            "Nobody saved me a seat.",
            "They went off without me.",
            "I had no one to talk to.",
        ],
        Bullying => &[
            "They said things in the group chat.",
            "Someone took my bag again.",
        ],
        TeacherOrLesson => &[
            "Maths teacher shouts.",
            "I got picked to read out loud.",
            "Science is scary.",
        ],
        Schoolwork => &[
            "Too much homework.",
            "The test is on Friday.",
            "I don't understand anything in French.",
        ],
        BehaviourPolicy => &[
            "Scared of a detention.",
            "They take points off for anything.",
        ],
        UnmetNeeds => &[
            "Nobody gets that I can't think with the noise.",
            "I can't copy off the board fast enough.",
        ],
        Separation => &[
            "What if something happens to Mum?",
            "I want to stay home with you.",
        ],
        PhysicalHealth => &["My tummy hurts.", "I feel sick every morning."],
        MentalHealth => &[
            "My chest goes tight.",
            "I just feel sad all the time.",
            "I can't stop thinking about it.",
        ],
        FamilyChange => &["I miss Dad.", "Everything is different at home."],
        YoungCarer => &["Who looks after Mum when I'm at school?"],
        Belonging => &[
            "They don't want me there.",
            "No one notices if I'm not there.",
        ],
        MaskingBurnout => &["I'm tired of pretending I'm fine.", "I held it in all day."],
        Other => &["Don't know, just bad.", "I can't explain it."],
    }
}

const HELPED: &[&str] = &[
    "Met at the gate by the key adult.",
    "Listening to music on the way in.",
    "A quiet breakfast and no rush.",
    "Time-out card used once.",
    "Went in through the side door.",
    "Ate lunch in the library.",
    "Knowing exactly what was on the timetable.",
    "A walk with the dog after school.",
    "A message from the key adult in the morning.",
];

const HARDER: &[&str] = &[
    "Supply teacher in the first lesson.",
    "Running late, everything rushed.",
    "Fire drill.",
    "Told off about uniform at the gate.",
    "A test nobody mentioned.",
    "Rain, and the bus was packed.",
    "Group work with people they don't know.",
    "Bad night's sleep.",
];

const NOTES: &[&str] = &[
    "Rang the school office at 08:15.",
    "Long cry at bedtime; talked about it in the morning.",
    "Asked the school to check the register code for this day.",
    "I was late for work again; need to talk to my manager.",
];

/// A plausible status for a school day.
fn school_status(rng: &mut Rng, difficulty: f64) -> DayStatus {
    use DayStatus::*;
    let d = difficulty.clamp(0.0, 1.0);
    rng.weighted(&[
        (Attended, 80.0 - 55.0 * d),
        (LateBeforeRegister, 3.0 + 6.0 * d),
        (LateAfterRegister, 1.0 + 5.0 * d),
        (MissedLessons, 1.0 + 6.0 * d),
        (LeftEarly, 1.0 + 5.0 * d),
        (AttendedDistressed, 2.0 + 8.0 * d),
        (AbsentIll, 2.0 + 18.0 * d),
        (Medical, 1.0),
        (OffSite, 0.5),
        (Excluded, 0.1 + 0.4 * d),
    ])
}

fn hard_day(status: DayStatus) -> bool {
    !matches!(
        status,
        DayStatus::Attended | DayStatus::NoSchool | DayStatus::Medical | DayStatus::OffSite
    )
}

fn time(minutes: u64) -> ClockTime {
    let minutes = minutes.min(23 * 60 + 59) as u16;
    ClockTime::new(minutes / 60, minutes % 60).expect("in a day")
}

fn school_code(rng: &mut Rng, status: DayStatus, kind: DayKind) -> String {
    use DayStatus::*;
    let code = match (status, kind) {
        (NoSchool, DayKind::Inset) => "#",
        (NoSchool, _) => "",
        (Attended | AttendedDistressed | MissedLessons | LeftEarly, _) => "/",
        (LateBeforeRegister, _) => "L",
        (LateAfterRegister, _) => "U",
        // The parent said ill; sometimes the school has it as unauthorised.
        (AbsentIll | CouldNotGetOut, _) => rng.pick(&["I", "I", "I", "O"]),
        (Medical, _) => "M",
        (ReducedTimetable, _) => "C2",
        (OffSite, _) => rng.pick(&["B", "K"]),
        (Excluded, _) => "E",
    };
    if rng.chance(15.0) {
        String::new()
    } else {
        code.to_string()
    }
}

fn make_day(
    rng: &mut Rng,
    profile: &Profile,
    date: NaiveDate,
    kind: DayKind,
    difficulty: f64,
    reduced_timetable: bool,
) -> DayRecord {
    let status = match kind {
        DayKind::School if reduced_timetable && rng.chance(70.0) => DayStatus::ReducedTimetable,
        DayKind::School => school_status(rng, difficulty),
        _ => DayStatus::NoSchool,
    };
    let mut day = DayRecord::new(date, status);
    day.school_code = school_code(rng, status, kind);
    match status {
        DayStatus::LeftEarly => {
            day.morning = Some(DayStatus::Attended);
            day.afternoon = Some(DayStatus::AbsentIll);
        }
        DayStatus::LateAfterRegister if rng.chance(50.0) => {
            day.morning = Some(DayStatus::LateAfterRegister);
            day.afternoon = Some(DayStatus::Attended);
        }
        DayStatus::Medical => {
            day.morning = Some(DayStatus::Medical);
            day.afternoon = Some(DayStatus::Attended);
        }
        DayStatus::ReducedTimetable => {
            day.morning = Some(DayStatus::ReducedTimetable);
            day.afternoon = Some(DayStatus::NoSchool);
        }
        _ => {}
    }
    if status == DayStatus::NoSchool {
        if kind == DayKind::Inset && rng.chance(30.0) {
            day.helped = "INSET day: a calm day at home.".into();
        }
        return day;
    }

    // Worries: more, and bigger, on hard days and on Mondays.
    let hard = hard_day(status);
    let monday = date.weekday() == Weekday::Mon;
    let worry_count = match (hard, monday) {
        (true, _) => rng.range(1, 3),
        (false, true) => rng.range(0, 2),
        (false, false) => rng.weighted(&[(0, 60.0), (1, 30.0), (2, 10.0)]),
    };
    for _ in 0..worry_count {
        let category = rng.weighted(profile.categories);
        let low = if hard { 5 } else { 2 };
        day.worries.push(Worry {
            category: if rng.chance(5.0) {
                None
            } else {
                Some(category)
            },
            words: if rng.chance(75.0) {
                rng.pick(words_for(category)).to_string()
            } else {
                String::new()
            },
            rating: if rng.chance(85.0) {
                Some(rng.range(low, (low + 5).min(10)) as u8)
            } else {
                None
            },
        });
    }

    // Signs, mostly on hard days.
    let sign_count = if hard {
        rng.range(1, 3)
    } else {
        rng.weighted(&[(0, 85.0), (1, 15.0)])
    };
    for _ in 0..sign_count {
        let kind = rng.pick(&SignKind::ALL);
        let when = match kind {
            SignKind::PoorSleep | SignKind::SundayWorry => SignTime::NightBefore,
            SignKind::AfterSchoolMeltdown => SignTime::AfterSchool,
            SignKind::MorningRefusal | SignKind::FearLeavingHouse => SignTime::Morning,
            _ => rng.pick(&SignTime::ALL),
        };
        if !day.signs.iter().any(|s| s.kind == kind) {
            day.signs.push(Sign { kind, when });
        }
    }

    if rng.chance(if hard { 45.0 } else { 20.0 }) {
        day.helped = rng.pick(HELPED).to_string();
    }
    if rng.chance(if hard { 55.0 } else { 8.0 }) {
        day.harder = rng.pick(HARDER).to_string();
    }
    if rng.chance(4.0) {
        day.private_note = rng.pick(NOTES).to_string();
    }

    // Times, always in the order of the day.
    if rng.chance(if hard { 70.0 } else { 25.0 }) && status != DayStatus::AbsentIll {
        let woke = rng.range(6 * 60 + 15, 7 * 60 + 30);
        let left = woke + rng.range(50, 90);
        let mut arrived = left + rng.range(10, 30);
        if matches!(status, DayStatus::LateBeforeRegister) {
            arrived = arrived.max(8 * 60 + 45) + rng.range(0, 10);
        }
        if matches!(status, DayStatus::LateAfterRegister | DayStatus::Medical) {
            arrived = arrived.max(9 * 60 + 15) + rng.range(0, 90);
        }
        let collected = match status {
            DayStatus::LeftEarly => arrived.max(10 * 60) + rng.range(30, 180),
            DayStatus::ReducedTimetable => arrived.max(11 * 60) + rng.range(0, 60),
            _ => arrived.max(15 * 60) + rng.range(5, 45),
        };
        let mut times = DayTimes {
            woke: Some(time(woke)),
            left_home: Some(time(left)),
            arrived: Some(time(arrived)),
            collected: Some(time(collected)),
        };
        if rng.chance(30.0) {
            times.woke = None;
        }
        if rng.chance(30.0) {
            times.collected = None;
        }
        day.times = times;
    }
    day
}

/// A few contacts with school and others, more when things are hard.
fn make_contacts(rng: &mut Rng, child: &Child, prefix: &str) -> Vec<Contact> {
    const PEOPLE: &[(&str, ContactMethod)] = &[
        ("Ms Okafor, key adult", ContactMethod::Message),
        ("Mrs Patel, SENCO", ContactMethod::Meeting),
        ("Head of Year", ContactMethod::Email),
        ("School office", ContactMethod::Call),
        ("Attendance officer", ContactMethod::Letter),
        ("GP", ContactMethod::Other),
        ("CAMHS", ContactMethod::Call),
    ];
    const SAID: &[&str] = &[
        "Talked through the last two weeks and the mornings.",
        "Agreed to keep the soft start going.",
        "Asked for the register codes to be checked.",
        "Shared the diary summary; school will talk to all staff about the plan.",
        "Standard letter about attendance; replied asking for a meeting.",
    ];
    const ACTIONS: &[(&str, &str)] = &[
        ("Send the weekly timetable on Friday", "Key adult"),
        ("Check the O codes against the diary", "School office"),
        ("Book a review meeting", "SENCO"),
        ("Ask the GP for a letter", "Parent"),
        ("Set up a quiet place for lunch", "Head of Year"),
    ];
    let mut contacts = Vec::new();
    let mut hard_run = 0u32;
    for day in &child.days {
        hard_run = if hard_day(day.status) {
            hard_run + 1
        } else {
            hard_run.saturating_sub(1)
        };
        let due = hard_run >= 3 && rng.chance(12.0) || rng.chance(1.5);
        if !due || contacts.len() >= limits::CONTACTS_PER_CHILD {
            continue;
        }
        hard_run = 0;
        let (with_whom, method) = rng.pick(PEOPLE);
        let n = contacts.len() + 1;
        let mut contact = Contact {
            id: format!("{prefix}-k{n}"),
            date: day.date,
            with_whom: with_whom.to_string(),
            method,
            said: if rng.chance(80.0) {
                rng.pick(SAID).to_string()
            } else {
                String::new()
            },
            actions: Vec::new(),
        };
        if matches!(method, ContactMethod::Meeting | ContactMethod::Email) || rng.chance(25.0) {
            for a in 0..rng.range(1, 3) {
                let (what, who) = rng.pick(ACTIONS);
                // Drawn in the same order as before, so the same seed gives the same diary.
                let by = day.date + Days::new(rng.range(3, 21));
                let done = rng.chance(70.0);
                contact.actions.push(AgreedAction {
                    id: format!("{prefix}-k{n}-a{a}"),
                    what: what.to_string(),
                    who: who.to_string(),
                    by: Some(by),
                    done,
                    // Done ones were ticked on the day they were due.
                    done_on: done.then_some(by),
                });
            }
        }
        contacts.push(contact);
    }
    contacts
}

fn step(id: String, what: &str, rating: u64, who: &[Who], when_where: &str, support: &str) -> Step {
    Step {
        id,
        what: what.to_string(),
        rating: Some(rating as u8),
        who: who.to_vec(),
        when_where: when_where.to_string(),
        support: support.to_string(),
        state: StepState::NotStarted,
        sub_steps: Vec::new(),
        attempts: Vec::new(),
        child_ratings: Vec::new(),
    }
}

/// Tries at a step between two dates, worry before falling as the step gets easier.
fn add_attempts(rng: &mut Rng, step: &mut Step, days: &[NaiveDate]) {
    if days.is_empty() {
        return;
    }
    let count = rng.range(1, 5).min(limits::ATTEMPTS_PER_STEP as u64);
    let mut before = u64::from(step.rating.unwrap_or(5)).max(3);
    for n in 0..count {
        let date = days[rng.below(days.len() as u64) as usize];
        let after = before.saturating_sub(rng.range(1, 3));
        step.attempts.push(Attempt {
            id: format!("{}-t{n}", step.id),
            date,
            worry_before: Some(before.min(10) as u8),
            // The peak during a try sits a little above the worry expected (no draw from `rng`,
            // so the rest of the diary is the same as before version 3).
            worry_highest: Some((before + 1).min(10) as u8),
            worry_after: Some(after.min(10) as u8),
            what_helped: if rng.chance(60.0) {
                rng.pick(HELPED).to_string()
            } else {
                String::new()
            },
        });
        before = before.saturating_sub(1).max(1);
    }
    step.attempts.sort_by_key(|a| a.date);
}

/// A plan with two ladders, started a term into the diary, reviewed every four weeks.
fn make_plan(rng: &mut Rng, child: &Child, profile: &Profile, prefix: &str) -> Plan {
    let dates: Vec<NaiveDate> = child
        .days
        .iter()
        .filter(|d| d.status != DayStatus::NoSchool)
        .map(|d| d.date)
        .collect();
    let start = dates.len() / 5;
    let plan_days = &dates[start.min(dates.len())..];
    let worries: Vec<String> = profile
        .categories
        .iter()
        .take(3)
        .map(|(c, _)| words_for(*c)[0].to_string())
        .collect();

    let mut morning = Ladder {
        id: format!("{prefix}-l1"),
        title: "Getting in each morning".into(),
        steps: vec![
            step(
                format!("{prefix}-s1"),
                "Video call with the key adult from home",
                2,
                &[Who::Child, Who::School],
                "After school, at home",
                "Parent sits alongside",
            ),
            step(
                format!("{prefix}-s2"),
                "Walk to the gate after school when it is empty",
                4,
                &[Who::Child, Who::Parent],
                "After 4pm, side gate",
                "Headphones",
            ),
            step(
                format!("{prefix}-s3"),
                "Go in for the first lesson only",
                6,
                &[Who::Child, Who::School],
                "Period 1, favourite lesson",
                "Met at the side gate; exit card",
            ),
            step(
                format!("{prefix}-s4"),
                "Stay until lunch",
                8,
                &[Who::Child, Who::School, Who::Parent],
                "Mornings, three days a week",
                "Check-in at break with the key adult",
            ),
        ],
    };
    let mut lunch = Ladder {
        id: format!("{prefix}-l2"),
        title: "Lunchtimes".into(),
        steps: vec![
            step(
                format!("{prefix}-s5"),
                "Eat lunch in the library with one friend",
                3,
                &[Who::Child, Who::School],
                "Library, 12:30",
                "Pass from the key adult",
            ),
            step(
                format!("{prefix}-s6"),
                "Eat in the lunch hall at the quiet end",
                7,
                &[Who::Child, Who::Other],
                "Lunch hall, early sitting",
                "Lunch buddy",
            ),
        ],
    };
    // Progress through the ladders over the plan's life.
    let progress = [
        StepState::Done,
        StepState::Done,
        StepState::Trying,
        StepState::NotStarted,
    ];
    let total = plan_days.len().max(1);
    for (i, s) in morning.steps.iter_mut().enumerate() {
        s.state = progress[i];
        let from = total * i / 4;
        let to = (total * (i + 1) / 4).min(plan_days.len());
        if s.state != StepState::NotStarted {
            add_attempts(rng, s, &plan_days[from.min(to)..to]);
        }
    }
    // The third step stalled, so it was broken into sub-steps.
    let stalled = &mut morning.steps[2];
    stalled.sub_steps = vec![
        step(
            format!("{prefix}-s3a"),
            "Walk in through the side door and straight out",
            4,
            &[Who::Child, Who::Parent],
            "Before school starts",
            "",
        ),
        step(
            format!("{prefix}-s3b"),
            "Sit in the quiet room for ten minutes",
            5,
            &[Who::Child, Who::School],
            "Quiet room, 08:50",
            "Key adult nearby",
        ),
    ];
    stalled.sub_steps[0].state = StepState::Done;
    stalled.sub_steps[1].state = StepState::Trying;
    let half = plan_days.len() / 2;
    for sub in &mut stalled.sub_steps {
        add_attempts(rng, sub, &plan_days[half..]);
    }
    lunch.steps[0].state = StepState::Trying;
    lunch.steps[1].state = StepState::Paused;
    add_attempts(rng, &mut lunch.steps[0], &plan_days[half..]);

    // Reviews every twenty school days, as long as the plan runs (within the app's limit).
    let mut reviews = Vec::new();
    let mut index = 20;
    while index < plan_days.len() && reviews.len() < limits::REVIEWS {
        let date = plan_days[index];
        let n = reviews.len() + 1;
        reviews.push(Review {
            id: format!("{prefix}-r{n}"),
            date,
            went_well: rng
                .pick(&[
                    "Two video calls and one walk to the gate.",
                    "Went in for the first lesson three times.",
                    "Fewer tummy aches in the mornings.",
                ])
                .to_string(),
            was_hard: rng
                .pick(&[
                    "Mondays after the weekend.",
                    "The week after half term.",
                    "Supply teachers.",
                ])
                .to_string(),
            changes: if rng.chance(50.0) {
                "Broke the hardest step into two smaller ones.".into()
            } else {
                String::new()
            },
            next_steps: "Keep going at the same pace; no new step until this one feels easy."
                .into(),
            next_review: plan_days.get(index + 20).copied(),
        });
        index += 20;
    }
    let next_review = reviews.last().and_then(|r| r.next_review);

    Plan {
        voice: ChildVoice {
            what_is_hard: "The noise, the corridors, not knowing what will happen next.".into(),
            what_is_good: "Art, the library, my key adult.".into(),
            worries,
            best_things: vec![
                "Art club".into(),
                "Drawing with a friend".into(),
                "The library at lunch".into(),
            ],
            ideal_school: "Small and quiet, with a garden, where nobody shouts.".into(),
        },
        parent_view: format!(
            "{} holds it together all day and falls apart at home. Mornings are the hardest.",
            child.nickname
        ),
        strengths: "Creative, funny, kind to younger children, loves animals.".into(),
        trusted_people: "The key adult; a grandparent; one close friend.".into(),
        tried: vec![
            Tried {
                what: "Later start".into(),
                how_it_went: "Helped for a week or two.".into(),
            },
            Tried {
                what: "Reward chart".into(),
                how_it_went: String::new(),
            },
        ],
        professionals: vec![
            Professional {
                name: "Dr Lewis".into(),
                role: "Educational psychologist".into(),
                contact: "Through the SENCO".into(),
            },
            Professional {
                name: "School nurse".into(),
                role: String::new(),
                contact: String::new(),
            },
        ],
        goal: "Go in for the whole morning, four days a week, by the end of term.".into(),
        ladders: vec![morning, lunch],
        adjustments: vec![
            Adjustment {
                what: "Key adult and a check-in each morning".into(),
                agreed: true,
                ..Adjustment::default()
            },
            Adjustment {
                what: "Leave lessons five minutes early to miss the busy corridors".into(),
                agreed: true,
                ..Adjustment::default()
            },
            Adjustment {
                what: "No challenge about uniform while the plan runs".into(),
                agreed: false,
                ..Adjustment::default()
            },
        ],
        key_adult: "Ms Okafor".into(),
        contact_arrangements:
            "Key adult messages on Friday; parent rings before 08:30 on a bad morning.".into(),
        keep_in_touch: Some(KeepInTouch {
            times: 1,
            per: TouchPeriod::Week,
        }),
        celebration: "Choose the Friday film; a message home from the key adult.".into(),
        bad_day_plan: "No pressure. Work sent home, and a call from the key adult at 2pm.".into(),
        questions: "Can absence for anxiety be recorded as illness (I) rather than O?".into(),
        requests: "A written reduced timetable for six weeks, reviewed every three weeks.".into(),
        reviews,
        next_review,
    }
}

fn make_child(rng: &mut Rng, index: usize, options: &Options) -> Child {
    let profile = &PROFILES[index % PROFILES.len()];
    let prefix = format!("c{}", index + 1);
    let nickname = if index < PROFILES.len() {
        profile.nickname.to_string()
    } else {
        format!("{} {}", profile.nickname, index / PROFILES.len() + 1)
    };
    let mut child = Child::new(prefix.clone(), nickname);
    let first_year = 3 + (index as u32 * 2) % 8;
    child.year_group = format!("Year {}", first_year + options.years - 1);
    child.school = if first_year + options.years - 1 > 6 {
        "Riverside Academy"
    } else {
        "Oak Lane Primary"
    }
    .into();
    child.key_adult = "Ms Okafor".into();
    // The details at the top of a meeting pack: a full name, a birthday fitting the year group.
    child.full_name = format!("{} Morgan", child.nickname);
    // Year N in the school year starting in September Y: born from January to August of Y - N - 4.
    let last_year_group = (first_year + options.years - 1) as i32;
    let born_year = options.start + options.years as i32 - 1 - last_year_group - 4;
    child.date_of_birth = NaiveDate::from_ymd_opt(born_year, 3 + index as u32 % 6, 14);
    child.parent_contact = "Jo Morgan, 07700 900456".into();

    for y in 0..options.years {
        let year = SchoolYear::new(options.start + y as i32);
        // Each child's story: harder in the autumn of year two, easing once the plan takes hold.
        let story = match y {
            0 => 0.8,
            1 => 1.2,
            _ => 0.7,
        };
        let mut date = year.first;
        let mut since_break = 0u32;
        // A six-week reduced timetable in the spring of year two.
        let reduced = (
            ymd(options.start + y as i32 + 1, 1, 15),
            ymd(options.start + y as i32 + 1, 2, 28),
        );
        while date <= year.last {
            let kind = year.kind(date);
            if is_weekend(date) || (kind == DayKind::Holiday && !options.holidays) {
                if kind == DayKind::Holiday {
                    since_break = 0;
                }
                date = date + Days::new(1);
                continue;
            }
            since_break += 1;
            // Setbacks after weekends and holidays ("planned regression").
            let mut difficulty = profile.difficulty * story;
            if date.weekday() == Weekday::Mon {
                difficulty += 0.15;
            }
            if since_break <= 5 {
                difficulty += 0.2;
            }
            let in_reduced =
                y == 1 && reduced.0 <= date && date <= reduced.1 && profile.difficulty > 0.5;
            child
                .days
                .push(make_day(rng, profile, date, kind, difficulty, in_reduced));
            date = date + Days::new(1);
        }
    }
    child.contacts = make_contacts(rng, &child, &prefix);
    child.plan = make_plan(rng, &child, profile, &prefix);
    child
}

fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let mut rng = Rng::new(options.seed);
    let mut diary = Diary::default();
    for index in 0..options.children {
        diary.children.push(make_child(&mut rng, index, &options));
    }
    let last = diary
        .children
        .iter()
        .filter_map(|c| c.date_range())
        .map(|r| r.1)
        .max()
        .unwrap_or_else(|| ymd(options.start, 9, 1));
    let document = Document::new(diary, format!("{last}T18:30:00Z"), 0);
    let text = document.to_pretty_json();

    // The app must read back exactly what was written, or this file is no use.
    match read_document(&text) {
        Ok(read) if read == document => {}
        Ok(_) => {
            eprintln!("make_diary: the file read back differently from what was written");
            return ExitCode::FAILURE;
        }
        Err(error) => {
            eprintln!(
                "make_diary: the app would refuse this file: {}",
                error.message()
            );
            return ExitCode::FAILURE;
        }
    }
    let records: usize = document.children.iter().map(|c| c.days.len()).sum();
    let contacts: usize = document.children.iter().map(|c| c.contacts.len()).sum();
    println!("{text}");
    eprintln!(
        "make_diary: {} children, {records} day records, {contacts} contacts, {} bytes",
        document.children.len(),
        text.len()
    );
    ExitCode::SUCCESS
}
