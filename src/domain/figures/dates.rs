//! The dates figures are counted over: the recorded days in a range, the term a date falls in, this
//! term so far and this school year so far.

use chrono::{Datelike, NaiveDate};

use crate::domain::diary::day::DayRecord;
use crate::domain::diary::Child;

/// The recorded days from `from` to `to`, both included, found by binary search (days are kept
/// sorted by date, one per date). Empty when `from` is after `to`.
pub fn days_in(child: &Child, (from, to): (NaiveDate, NaiveDate)) -> &[DayRecord] {
    let start = child.days.partition_point(|day| day.date < from);
    let end = child.days.partition_point(|day| day.date <= to);
    &child.days[start..end.max(start)]
}

/// An English school term, approximated by the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    /// 1 September to 31 December.
    Autumn,
    /// 1 January to 31 March.
    Spring,
    /// 1 April to 31 August (the summer holiday counts with it).
    Summer,
}

impl Term {
    pub fn label(self) -> &'static str {
        match self {
            Term::Autumn => "Autumn term",
            Term::Spring => "Spring term",
            Term::Summer => "Summer term",
        }
    }
}

/// The term a date falls in. Real term dates vary by school and year (and Easter moves), so this
/// uses whole months that every school's term fits inside.
pub fn term_of(date: NaiveDate) -> Term {
    match date.month() {
        9..=12 => Term::Autumn,
        1..=3 => Term::Spring,
        _ => Term::Summer,
    }
}

/// The first day of a month; only the very ends of the calendar (year ±262,000) lack one, and there
/// `fallback` is the safest start.
fn first_of(year: i32, month: u32, fallback: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(fallback)
}

/// This term so far: from the start of the term `today` falls in, to `today`.
pub fn current_term(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start_month = match term_of(today) {
        Term::Autumn => 9,
        Term::Spring => 1,
        Term::Summer => 4,
    };
    (first_of(today.year(), start_month, today), today)
}

/// This school year so far: from the last 1 September to `today`.
pub fn school_year(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start_year = if today.month() >= 9 {
        today.year()
    } else {
        today.year() - 1
    };
    (first_of(start_year, 9, today), today)
}
