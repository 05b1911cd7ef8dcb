//! The app's addresses: each screen mirrored in the location hash (`#/today`, `#/day/2026-11-03`) so
//! reloads, Back and bookmarks work under any sub-path of a static host. Any text at all reads as a
//! screen: an address that makes no sense opens Today, and a date outside the diary's years is ignored.

use chrono::{Datelike, NaiveDate};

use crate::domain::checks::{earliest_date, latest_date};
use crate::domain::dates::read_ymd;
use crate::domain::letters::LetterKind;
use crate::domain::plan::PlanStage;

/// A screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Today,
    /// One day's record, opened from the calendar or the list.
    Day(NaiveDate),
    /// A month of the calendar (year, month), or the current month.
    Month(Option<(i32, u32)>),
    List,
    Figures,
    Contacts,
    Plan,
    /// A stage of the plan.
    PlanStage(PlanStage),
    /// The printable meeting pack.
    Pack,
    Backup,
    /// The Backup screen, opened at "Move my diary" (from the iPhone card on Today).
    MoveDiary,
    Children,
    /// Letters and emails from the diary, one kind, or what the codes mean.
    Letters(LettersPage),
    /// The child's own turn on the phone, for the child shown: its own calm screens, left only
    /// by the child giving the phone back.
    MyTurn(TurnPage),
}

/// A page of the letters screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LettersPage {
    /// Every kind, and the dates for the phone's calendar.
    All,
    Kind(LetterKind),
    /// What the register codes mean, and who else can help.
    Codes,
}

/// The pages of the child's own turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TurnPage {
    /// The start: what the child can do, and "give the phone back".
    Start,
    Scale,
    Today,
    Houses,
    IdealSchool,
    Steps,
}

impl TurnPage {
    pub const ALL: [TurnPage; 6] = [
        TurnPage::Start,
        TurnPage::Scale,
        TurnPage::Today,
        TurnPage::Houses,
        TurnPage::IdealSchool,
        TurnPage::Steps,
    ];

    fn slug(self) -> &'static str {
        match self {
            TurnPage::Start => "",
            TurnPage::Scale => "scale",
            TurnPage::Today => "today",
            TurnPage::Houses => "houses",
            TurnPage::IdealSchool => "school",
            TurnPage::Steps => "steps",
        }
    }
}

/// The five places in the main navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Today,
    Calendar,
    Plan,
    Backup,
    Children,
}

impl Place {
    pub const ALL: [Place; 5] = [
        Place::Today,
        Place::Calendar,
        Place::Plan,
        Place::Backup,
        Place::Children,
    ];

    pub fn hash(self) -> &'static str {
        match self {
            Place::Today => "#/today",
            Place::Calendar => "#/calendar",
            Place::Plan => "#/plan",
            Place::Backup => "#/backup",
            Place::Children => "#/children",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Place::Today => "Today",
            Place::Calendar => "Calendar",
            Place::Plan => "Plan",
            Place::Backup => "Backup",
            Place::Children => "Children",
        }
    }

    /// A symbol shown above the name in the navigation.
    pub fn symbol(self) -> &'static str {
        match self {
            Place::Today => "☀",
            Place::Calendar => "▦",
            Place::Plan => "☰",
            Place::Backup => "⇅",
            Place::Children => "☺",
        }
    }
}

impl Screen {
    /// The hash for this screen.
    pub fn hash(self) -> String {
        match self {
            Screen::Today => "#/today".into(),
            Screen::Day(date) => format!("#/day/{date}"),
            Screen::Month(None) => "#/calendar".into(),
            Screen::Month(Some((year, month))) => format!("#/calendar/{year:04}-{month:02}"),
            Screen::List => "#/list".into(),
            Screen::Figures => "#/figures".into(),
            Screen::Contacts => "#/contacts".into(),
            Screen::Plan => "#/plan".into(),
            Screen::PlanStage(stage) => format!("#/plan/{}", stage.slug()),
            Screen::Pack => "#/pack".into(),
            Screen::Backup => "#/backup".into(),
            Screen::MoveDiary => "#/backup/move".into(),
            Screen::Children => "#/children".into(),
            Screen::Letters(LettersPage::All) => "#/letters".into(),
            Screen::Letters(LettersPage::Kind(kind)) => format!("#/letters/{}", kind.slug()),
            Screen::Letters(LettersPage::Codes) => "#/letters/codes".into(),
            Screen::MyTurn(TurnPage::Start) => "#/my-turn".into(),
            Screen::MyTurn(page) => format!("#/my-turn/{}", page.slug()),
        }
    }

    /// Reads a hash; anything unknown opens Today.
    pub fn from_hash(hash: &str) -> Screen {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let (first, rest) = path.split_once('/').unwrap_or((path, ""));
        match first {
            "day" => parse_day(rest).map_or(Screen::Today, Screen::Day),
            "calendar" => Screen::Month(parse_month(rest)),
            "list" => Screen::List,
            "figures" => Screen::Figures,
            "contacts" => Screen::Contacts,
            "plan" => PlanStage::ALL
                .into_iter()
                .find(|s| s.slug() == rest)
                .map_or(Screen::Plan, Screen::PlanStage),
            "pack" => Screen::Pack,
            "backup" if rest == "move" => Screen::MoveDiary,
            "backup" => Screen::Backup,
            "children" => Screen::Children,
            "letters" if rest == "codes" => Screen::Letters(LettersPage::Codes),
            "letters" => Screen::Letters(
                LetterKind::from_slug(rest).map_or(LettersPage::All, LettersPage::Kind),
            ),
            "my-turn" => Screen::MyTurn(
                TurnPage::ALL
                    .into_iter()
                    .find(|p| p.slug() == rest)
                    .unwrap_or(TurnPage::Start),
            ),
            _ => Screen::Today,
        }
    }

    /// True for the pages of the child's own turn, which only the child giving the phone back
    /// leaves.
    pub fn is_childs_turn(self) -> bool {
        matches!(self, Screen::MyTurn(_))
    }

    /// Which navigation place this screen belongs to.
    pub fn place(self) -> Place {
        match self {
            // The child's turn is handed over from Today (and the plan's first stage).
            Screen::Today | Screen::MyTurn(_) => Place::Today,
            Screen::Day(_)
            | Screen::Month(_)
            | Screen::List
            | Screen::Figures
            | Screen::Contacts => Place::Calendar,
            Screen::Plan | Screen::PlanStage(_) | Screen::Pack => Place::Plan,
            Screen::Backup | Screen::MoveDiary => Place::Backup,
            Screen::Children => Place::Children,
            // Most letters start from Today (the day's absence); all are reached from there.
            Screen::Letters(_) => Place::Today,
        }
    }
}

/// Whether a date is one the diary can hold (2000 to 2100): nothing outside reaches a screen, so no
/// screen ever steps past the calendar's ends.
fn in_diary_years(date: NaiveDate) -> bool {
    (earliest_date()..=latest_date()).contains(&date)
}

/// `2026-11-03`, within the diary's years.
fn parse_day(text: &str) -> Option<NaiveDate> {
    read_ymd(text).filter(|d| in_diary_years(*d))
}

/// `2026-11`, within the diary's years.
fn parse_month(text: &str) -> Option<(i32, u32)> {
    let (year, month) = text.split_once('-')?;
    let (year, month) = (year.parse().ok()?, month.parse().ok()?);
    NaiveDate::from_ymd_opt(year, month, 1)
        .filter(|d| in_diary_years(*d))
        .map(|d| (d.year(), d.month()))
}
