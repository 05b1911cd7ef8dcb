//! The school's own attendance figures, as the parent noted them from a letter or the school's
//! portal: a percentage and the dates it covers, perhaps several over a year. The meeting pack
//! shows each beside the diary's figure for the same dates, without judging which is right.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::checks::{check_date, check_text, limits, Problem};
use crate::domain::diary::Child;

/// One attendance figure the school reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchoolFigure {
    pub id: String,
    /// First and last date the figure covers, both included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The percentage as the school gave it, 0 to 100, at most two decimal places.
    pub percent: f64,
    /// Where it came from, e.g. "Letter of 3 March" or "Parent portal".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub where_from: String,
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
pub fn read_percent(typed: &str) -> Result<f64, Problem> {
    let path = "school_figures.percent";
    let text = typed.trim().trim_end_matches('%').trim().replace(',', ".");
    if text.is_empty() {
        return Err(Problem::new(
            path,
            "Type the school's figure, e.g. 91.5 for 91.5%.",
        ));
    }
    if let Some(below) = text
        .strip_prefix('-')
        .filter(|rest| rest.parse::<f64>().is_ok())
    {
        return Err(Problem::new(
            path,
            format!("A percentage is from 0 to 100; this is -{below}. Check the school's letter."),
        ));
    }
    let well_formed = text.chars().all(|c| c.is_ascii_digit() || c == '.')
        && text.chars().filter(|c| *c == '.').count() <= 1
        && text.chars().any(|c| c.is_ascii_digit());
    let value = match text.parse::<f64>() {
        Ok(value) if well_formed => value,
        _ => {
            return Err(Problem::new(
                path,
                format!("“{}” is not a number. Type the school's figure as a number from 0 to 100, e.g. 91.5.", typed.trim()),
            ))
        }
    };
    if value > 100.0 {
        return Err(Problem::new(
            path,
            format!("A percentage is from 0 to 100; this is {text}. Check the school's letter."),
        ));
    }
    let decimals = text.split_once('.').map_or(0, |(_, after)| after.len());
    if decimals > 2 {
        return Err(Problem::new(
            path,
            "Use at most two decimal places, as schools give them (e.g. 91.45).",
        ));
    }
    Ok(value)
}

/// "91.5%", "90%", "87.25%": the figure as the school would write it.
pub fn school_percent_words(percent: f64) -> String {
    let hundredths = (percent * 100.0).round() as i64;
    let whole = hundredths / 100;
    match hundredths % 100 {
        0 => format!("{whole}%"),
        rest if rest % 10 == 0 => format!("{whole}.{}%", rest / 10),
        rest => format!("{whole}.{rest:02}%"),
    }
}

/// True when a stored percentage is one the app would have accepted: 0 to 100, two decimals.
pub fn percent_is_sound(percent: f64) -> bool {
    percent.is_finite()
        && (0.0..=100.0).contains(&percent)
        && ((percent * 100.0).round() - percent * 100.0).abs() < 1e-6
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

    /// Takes a figure off the list, giving it back (for Undo); None when it is not there.
    pub fn remove_school_figure(&mut self, id: &str) -> Option<SchoolFigure> {
        let i = self.school_figures.iter().position(|f| f.id == id)?;
        Some(self.school_figures.remove(i))
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
        assert_eq!(autumn.percent, 91.5);
        assert_eq!(autumn.where_from, "Letter of 20 October");
        assert_eq!(child.remove_school_figure("f1").unwrap().percent, 88.0);
        assert_eq!(child.remove_school_figure("f1"), None);
    }

    #[test]
    fn percentages_are_read_as_parents_type_them() {
        assert_eq!(read_percent("0"), Ok(0.0));
        assert_eq!(read_percent("100"), Ok(100.0));
        assert_eq!(read_percent(" 87.25% "), Ok(87.25));
        assert_eq!(read_percent("87,5"), Ok(87.5));
        assert_eq!(read_percent(".5"), Ok(0.5));
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
        assert_eq!(school_percent_words(91.5), "91.5%");
        assert_eq!(school_percent_words(90.0), "90%");
        assert_eq!(school_percent_words(87.25), "87.25%");
        assert_eq!(school_percent_words(87.05), "87.05%");
        assert_eq!(school_percent_words(0.0), "0%");
        assert!(percent_is_sound(87.25));
        assert!(!percent_is_sound(100.01));
        assert!(!percent_is_sound(-1.0));
        assert!(!percent_is_sound(87.255));
        assert!(!percent_is_sound(f64::NAN));
    }
}
