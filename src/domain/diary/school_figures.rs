//! The school's own attendance figures, as the parent noted them from a letter or the school's
//! portal: a percentage and the dates it covers, perhaps several over a year. The meeting pack
//! shows each beside the diary's figure for the same dates, without judging which is right.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::domain::checks::{check_date, check_text, limits, Problem};
use crate::domain::diary::Child;

/// One attendance figure the school reported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolFigure {
    pub id: String,
    /// First and last date the figure covers, both included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The percentage as the school gave it.
    pub percent: Percent,
    /// Where it came from, e.g. "Letter of 3 March" or "Parent portal".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub where_from: String,
}

/// A percentage from 0 to 100 with at most two decimal places, kept as whole hundredths (9150 is
/// 91.5%) and written in files as text ("91.5"). No float is read or written: the diary is read
/// and written at every start, and float-writing code is large in WebAssembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent(u16);

/// 100% in hundredths.
const WHOLE: u16 = 10_000;

impl Percent {
    /// The percentage of `hundredths` hundredths, when it is from 0 to 100.
    pub fn from_hundredths(hundredths: u16) -> Option<Percent> {
        (hundredths <= WHOLE).then_some(Percent(hundredths))
    }

    pub fn hundredths(self) -> u16 {
        self.0
    }

    /// "91.5", "90", "87.25", "0.05": as the school would write it, without the % sign.
    pub fn plain(self) -> String {
        let (whole, rest) = (self.0 / 100, self.0 % 100);
        match rest {
            0 => format!("{whole}"),
            r if r % 10 == 0 => format!("{whole}.{}", r / 10),
            r => format!("{whole}.{r:02}"),
        }
    }

    /// Reads "91.5", "91", ".5", "100.00": digits with at most one point and two decimals, 0 to 100.
    fn parse(text: &str) -> Option<Percent> {
        let (whole, decimals) = text.split_once('.').unwrap_or((text, ""));
        let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || !digits(decimals) || decimals.len() > 2 || whole.len() > 3 {
            return None;
        }
        if whole.is_empty() && decimals.is_empty() {
            return None;
        }
        let whole: u16 = if whole.is_empty() {
            0
        } else {
            whole.parse().ok()?
        };
        let mut hundredths: u16 = if decimals.is_empty() {
            0
        } else {
            decimals.parse().ok()?
        };
        if decimals.len() == 1 {
            hundredths *= 10;
        }
        Percent::from_hundredths(whole.checked_mul(100)?.checked_add(hundredths)?)
    }
}

impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.plain())
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Percent::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a percentage from 0 to 100 with at most two decimal places, written as text like \"91.5\""
            ))
        })
    }
}

/// The most school figures kept for one child (a few a term for years).
pub const MOST_SCHOOL_FIGURES: usize = limits::LIST_ITEMS;

/// A school figure as the parent typed it, before it is checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SchoolFigureInput {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// As typed: "91.5", "91.5%", "91,5".
    pub percent: String,
    pub where_from: String,
}

/// Reads a percentage as a parent may type it: "91.5", " 91.5 % ", "91,5". Refused in words when
/// it is not a number from 0 to 100 with at most two decimal places.
pub fn read_percent(typed: &str) -> Result<Percent, Problem> {
    let path = "school_figures.percent";
    let text = typed.trim().trim_end_matches('%').trim().replace(',', ".");
    if text.is_empty() {
        return Err(Problem::new(
            path,
            "Type the school's figure, e.g. 91.5 for 91.5%.",
        ));
    }
    let number_like = |t: &str| {
        t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && t.bytes().any(|b| b.is_ascii_digit())
            && t.bytes().filter(|b| *b == b'.').count() <= 1
    };
    if let Some(below) = text.strip_prefix('-').filter(|rest| number_like(rest)) {
        return Err(Problem::new(
            path,
            format!("A percentage is from 0 to 100; this is -{below}. Check the school's letter."),
        ));
    }
    if !number_like(&text) {
        return Err(Problem::new(
            path,
            format!("“{}” is not a number. Type the school's figure as a number from 0 to 100, e.g. 91.5.", typed.trim()),
        ));
    }
    let decimals = text.split_once('.').map_or(0, |(_, after)| after.len());
    if decimals > 2 {
        return Err(Problem::new(
            path,
            "Use at most two decimal places, as schools give them (e.g. 91.45).",
        ));
    }
    Percent::parse(&text).ok_or_else(|| {
        Problem::new(
            path,
            format!("A percentage is from 0 to 100; this is {text}. Check the school's letter."),
        )
    })
}

/// "91.5%", "90%", "87.25%": the figure as the school would write it.
pub fn school_percent_words(percent: Percent) -> String {
    format!("{}%", percent.plain())
}

impl SchoolFigureInput {
    fn checked(self, id: String) -> Result<SchoolFigure, Problem> {
        let (Some(from), Some(to)) = (self.from, self.to) else {
            return Err(Problem::new(
                "school_figures.from",
                "Give the first and last date the school's figure covers (on the letter or the portal, often the start of term to a recent date).",
            ));
        };
        check_date("school_figures.from", from)?;
        check_date("school_figures.to", to)?;
        if to < from {
            return Err(Problem::new(
                "school_figures.to",
                "The last date comes before the first. Swap them round.",
            ));
        }
        let percent = read_percent(&self.percent)?;
        let where_from = self.where_from.trim().to_string();
        check_text("school_figures.where_from", &where_from, limits::NAME_CHARS)?;
        Ok(SchoolFigure {
            id,
            from,
            to,
            percent,
            where_from,
        })
    }
}

impl Child {
    /// Notes a figure the school reported, with a fresh id chosen by the caller. Refused, with
    /// nothing changed, when a date is missing or out of order, the percentage is not one from 0
    /// to 100, or the list is full.
    pub fn add_school_figure(
        &mut self,
        id: String,
        input: SchoolFigureInput,
    ) -> Result<(), Problem> {
        if self.school_figures.len() >= MOST_SCHOOL_FIGURES {
            return Err(Problem::new(
                "school_figures",
                format!("The list already holds {MOST_SCHOOL_FIGURES} figures from school, the most it can keep. Remove an old one first."),
            ));
        }
        let figure = input.checked(id)?;
        self.school_figures.push(figure);
        // Kept in date order, so the list and the pack read from the oldest.
        self.school_figures.sort_by_key(|f| (f.from, f.to));
        Ok(())
    }

    /// Takes a figure off the list, giving it back (for Undo); refused in words when it is not
    /// there (perhaps removed in another tab).
    pub fn remove_school_figure(&mut self, id: &str) -> Result<SchoolFigure, Problem> {
        let i = self
            .school_figures
            .iter()
            .position(|f| f.id == id)
            .ok_or_else(|| Problem::new("school_figures", "That figure was already removed."))?;
        Ok(self.school_figures.remove(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn typed(percent: &str) -> SchoolFigureInput {
        SchoolFigureInput {
            from: Some(date(9, 1)),
            to: Some(date(10, 17)),
            percent: percent.into(),
            where_from: " Letter of 20 October ".into(),
        }
    }

    #[test]
    fn a_figure_is_kept_as_typed_and_in_date_order() {
        let mut child = Child::new("c1", "Sam");
        child
            .add_school_figure("f2".into(), typed("91,5 %"))
            .unwrap();
        let earlier = SchoolFigureInput {
            from: Some(date(1, 5)),
            to: Some(date(3, 27)),
            ..typed("88")
        };
        child.add_school_figure("f1".into(), earlier).unwrap();
        let ids: Vec<&str> = child.school_figures.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["f1", "f2"]);
        let autumn = &child.school_figures[1];
        assert_eq!(autumn.percent.plain(), "91.5");
        assert_eq!(autumn.where_from, "Letter of 20 October");
        assert_eq!(
            child
                .remove_school_figure("f1")
                .unwrap()
                .percent
                .hundredths(),
            8800
        );
        assert_eq!(
            child.remove_school_figure("f1").unwrap_err().reason,
            "That figure was already removed."
        );
    }

    #[test]
    fn percentages_are_read_as_parents_type_them() {
        let hundredths = |typed: &str| read_percent(typed).map(Percent::hundredths);
        assert_eq!(hundredths("0"), Ok(0));
        assert_eq!(hundredths("100"), Ok(10_000));
        assert_eq!(hundredths("100.00"), Ok(10_000));
        assert_eq!(hundredths(" 87.25% "), Ok(8725));
        assert_eq!(hundredths("87,5"), Ok(8750));
        assert_eq!(hundredths(".5"), Ok(50));
        assert_eq!(hundredths("0.05"), Ok(5));
        assert_eq!(hundredths("091"), Ok(9100));
    }

    #[test]
    fn a_percentage_that_is_not_from_0_to_100_is_refused_in_words() {
        for (typed, words) in [
            ("", "Type the school's figure"),
            ("   ", "Type the school's figure"),
            ("%", "Type the school's figure"),
            ("ninety", "“ninety” is not a number"),
            ("-3", "A percentage is from 0 to 100; this is -3"),
            ("9.1.2", "is not a number"),
            ("1e2", "is not a number"),
            ("NaN", "is not a number"),
            ("inf", "is not a number"),
            ("100.5", "A percentage is from 0 to 100; this is 100.5"),
            ("250", "this is 250"),
            ("87.255", "at most two decimal places"),
        ] {
            let refused = read_percent(typed).expect_err(typed);
            assert_eq!(refused.path, "school_figures.percent");
            assert!(
                refused.reason.contains(words),
                "{typed}: {}",
                refused.reason
            );
        }
    }

    #[test]
    fn dates_missing_or_the_wrong_way_round_are_refused_and_change_nothing() {
        let mut child = Child::new("c1", "Sam");
        let no_end = SchoolFigureInput {
            to: None,
            ..typed("90")
        };
        let refused = child.add_school_figure("f1".into(), no_end).unwrap_err();
        assert!(refused.reason.contains("Give the first and last date"));
        let backwards = SchoolFigureInput {
            from: Some(date(10, 17)),
            to: Some(date(9, 1)),
            ..typed("90")
        };
        let refused = child.add_school_figure("f1".into(), backwards).unwrap_err();
        assert_eq!(refused.path, "school_figures.to");
        assert_eq!(
            refused.reason,
            "The last date comes before the first. Swap them round."
        );
        let ancient = SchoolFigureInput {
            from: NaiveDate::from_ymd_opt(1990, 1, 1),
            ..typed("90")
        };
        let refused = child.add_school_figure("f1".into(), ancient).unwrap_err();
        assert!(refused.reason.contains("outside 2000 to 2100"));
        let bad_percent = child
            .add_school_figure("f1".into(), typed("101"))
            .unwrap_err();
        assert!(bad_percent.reason.contains("from 0 to 100"));
        let long_source = SchoolFigureInput {
            where_from: "x".repeat(limits::NAME_CHARS + 1),
            ..typed("90")
        };
        let refused = child
            .add_school_figure("f1".into(), long_source)
            .unwrap_err();
        assert_eq!(refused.path, "school_figures.where_from");
        assert!(child.school_figures.is_empty());
    }

    #[test]
    fn a_full_list_refuses_more() {
        let mut child = Child::new("c1", "Sam");
        for n in 0..MOST_SCHOOL_FIGURES {
            child
                .add_school_figure(format!("f{n}"), typed("90"))
                .unwrap();
        }
        let refused = child
            .add_school_figure("more".into(), typed("90"))
            .unwrap_err();
        assert!(refused.reason.contains("the most it can keep"));
        assert_eq!(child.school_figures.len(), MOST_SCHOOL_FIGURES);
    }

    #[test]
    fn the_figure_is_written_as_the_school_would() {
        let words = |h| school_percent_words(Percent::from_hundredths(h).unwrap());
        assert_eq!(words(9150), "91.5%");
        assert_eq!(words(9000), "90%");
        assert_eq!(words(8725), "87.25%");
        assert_eq!(words(8705), "87.05%");
        assert_eq!(words(0), "0%");
        assert_eq!(words(10_000), "100%");
        assert_eq!(Percent::from_hundredths(10_001), None);
    }

    #[test]
    fn a_percentage_is_text_in_a_file_and_reads_back() {
        for text in ["0", "0.05", "0.5", "72.45", "80", "91.5", "100"] {
            let percent: Percent = serde_json::from_str(&format!("\"{text}\"")).unwrap();
            assert_eq!(
                serde_json::to_string(&percent).unwrap(),
                format!("\"{text}\"")
            );
        }
        for bad in [
            "\"100.5\"",
            "\"87.255\"",
            "\"-1\"",
            "\"\"",
            "\".\"",
            "\"9x\"",
            "91.5",
            "\"1e2\"",
        ] {
            assert!(serde_json::from_str::<Percent>(bad).is_err(), "{bad}");
        }
        // Written as the school would: "80.0" reads as 80 and is written "80".
        let eighty: Percent = serde_json::from_str("\"80.0\"").unwrap();
        assert_eq!(eighty.plain(), "80");
    }
}
