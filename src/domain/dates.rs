//! Dates in the words a parent reads ("3 September 2025", "3 Sep 2025"), without chrono's
//! general formatter, which would add many kilobytes to the app for three patterns.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "3 September 2025".
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// "3 Sep 2025".
pub fn short_date(date: NaiveDate) -> String {
    let month = &MONTHS[date.month0() as usize][..3];
    format!("{} {month} {}", date.day(), date.year())
}

/// "Monday" for a weekday.
pub fn weekday_name(day: chrono::Weekday) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ][day.num_days_from_monday() as usize]
}

/// The name of a month, 1 = January.
pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_dates_as_people_say_them() {
        let date = NaiveDate::from_ymd_opt(2025, 9, 3).unwrap();
        assert_eq!(long_date(date), "3 September 2025");
        assert_eq!(short_date(date), "3 Sep 2025");
        assert_eq!(month_name(12), "December");
    }
}
