//! Dates in the words a parent reads ("3 September 2025", "3 Sep 2025"), without chrono's
//! general formatter, which would add many kilobytes to the app for three patterns; and a reader
//! of the stored form (`2025-09-01`) without chrono's general parser, for what the first screen reads.

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

/// Reads a date in the one form the stored diary writes and its JSON Schema allows: four-digit
/// year, two-digit month and day (`2025-09-01`). `None` for anything else, or a day that does not
/// exist. chrono's general reader (spaces, one-digit months...) is kept out of the app's first part.
pub fn read_ymd(text: &str) -> Option<NaiveDate> {
    let (year, month, day) = ymd_numbers(text)?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The year, month and day of `2025-09-01`, whether or not that day exists.
fn ymd_numbers(text: &str) -> Option<(i32, u32, u32)> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let year = i32::try_from(number(&b[0..4])?).ok()?;
    Some((year, number(&b[5..7])?, number(&b[8..10])?))
}

/// Reads a day record's date with [`read_ymd`] (`#[serde(deserialize_with)]`); its errors use
/// chrono's words, which `file::shape_words` puts plainly ("this date does not exist").
pub fn deserialize_ymd<'de, D: serde::Deserializer<'de>>(from: D) -> Result<NaiveDate, D::Error> {
    struct Ymd;
    impl serde::de::Visitor<'_> for Ymd {
        type Value = NaiveDate;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date written like 2025-09-01")
        }
        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<NaiveDate, E> {
            let (year, month, day) =
                ymd_numbers(text).ok_or_else(|| E::custom("input contains invalid characters"))?;
            NaiveDate::from_ymd_opt(year, month, day)
                .ok_or_else(|| E::custom("input is out of range"))
        }
    }
    from.deserialize_str(Ymd)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_stored_form_of_a_date_reads_and_nothing_else_does() {
        let date = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
        assert_eq!(read_ymd("2025-09-01"), Some(date));
        assert_eq!(
            read_ymd(&date.to_string()),
            Some(date),
            "what the app writes"
        );
        for bad in [
            "2025-02-30",
            "2025-13-01",
            "2025-9-1",
            " 2025-09-01",
            "2025-09-01 ",
            "+2025-09-01",
            "2025/09/01",
            "01/09/2025",
            "yesterday",
            "",
            "2025-09-0x",
            "२०२५-09-01",
        ] {
            assert_eq!(read_ymd(bad), None, "{bad}");
        }
        let read = |json: &str| {
            let mut de = serde_json::Deserializer::from_str(json);
            deserialize_ymd(&mut de).map_err(|e| e.to_string())
        };
        assert_eq!(read("\"2025-09-01\""), Ok(date));
        assert!(read("\"2025-02-30\"")
            .unwrap_err()
            .starts_with("input is out of range"));
        assert!(read("\"1 Sep\"")
            .unwrap_err()
            .starts_with("input contains invalid characters"));
        assert!(read("20250901").is_err());
    }

    use super::*;

    #[test]
    fn writes_dates_as_people_say_them() {
        let date = NaiveDate::from_ymd_opt(2025, 9, 3).unwrap();
        assert_eq!(long_date(date), "3 September 2025");
        assert_eq!(short_date(date), "3 Sep 2025");
        assert_eq!(month_name(12), "December");
    }
}
