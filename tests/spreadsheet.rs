#![cfg(not(target_arch = "wasm32"))]
//! The days as a spreadsheet file: columns, order, dates, quoting, formulas kept as text, private
//! notes left out, and (for any text a parent might type) every field read back exactly.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use small_steps::domain::diary::day::{Sign, SignKind, SignTime, Worry, WorryCategory};
use small_steps::domain::diary::time_of_day::ClockTime;
use small_steps::domain::file::spreadsheet::{days_csv, COLUMNS};
use small_steps::domain::{Child, DayRecord, DayStatus};

fn nov(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
}

/// Reads CSV text as RFC 4180 describes it, so the tests check the file the way a spreadsheet
/// program would read it.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let text = text
        .strip_prefix('\u{feff}')
        .expect("starts with a byte-order mark");
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the file ends with a line end"
    );
    rows
}

fn sam() -> Child {
    let mut child = Child::new("c1", "Sam");
    let mut tuesday = DayRecord::new(nov(3), DayStatus::LateAfterRegister);
    tuesday.worries = vec![
        Worry {
            category: Some(WorryCategory::Sensory),
            words: "The hall is \"too loud\", and the lights".into(),
            rating: Some(8),
        },
        Worry {
            category: None,
            words: String::new(),
            rating: Some(3),
        },
    ];
    tuesday.signs = vec![Sign {
        kind: SignKind::StomachAche,
        when: SignTime::Morning,
    }];
    tuesday.helped = "A calm walk in\nwith Dad".into();
    tuesday.harder = "=HYPERLINK(\"http://example.org\")".into();
    tuesday.times.woke = ClockTime::parse("07:05");
    tuesday.times.arrived = ClockTime::parse("09:40");
    tuesday.school_code = "U".into();
    tuesday.private_note = "Only for me: a hard night".into();
    let mut monday = DayRecord::new(nov(2), DayStatus::Attended);
    monday.afternoon = Some(DayStatus::LeftEarly);
    child.days = vec![
        tuesday,
        monday,
        DayRecord::new(nov(9), DayStatus::AbsentIll),
    ];
    child
}

#[test]
fn one_row_per_day_in_date_order_under_the_headings() {
    let rows = read_csv(&days_csv(&sam(), None, None));
    assert_eq!(rows[0], COLUMNS.map(String::from).to_vec());
    let dates: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(dates, ["2026-11-02", "2026-11-03", "2026-11-09"]);
    assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
}

#[test]
fn each_column_holds_the_day_in_words() {
    let rows = read_csv(&days_csv(&sam(), None, None));
    assert_eq!(
        rows[1][..5],
        [
            "2026-11-02",
            "Monday",
            "Went in",
            "",
            "Left or collected early"
        ]
    );
    let tuesday = &rows[2];
    assert_eq!(tuesday[1], "Tuesday");
    assert_eq!(tuesday[2], "Late, after the register closed");
    assert_eq!(
        tuesday[5],
        "Noise, light, smells, crowds: “The hall is \"too loud\", and the lights” (8/10);  (3/10)"
    );
    assert_eq!(tuesday[6], "Tummy ache (morning)");
    assert_eq!(tuesday[7], "A calm walk in\nwith Dad");
    assert_eq!(tuesday[9..13], ["07:05", "", "09:40", ""]);
    assert_eq!(tuesday[13], "U");
}

#[test]
fn a_field_that_looks_like_a_formula_stays_text() {
    let rows = read_csv(&days_csv(&sam(), None, None));
    assert_eq!(rows[2][8], "'=HYPERLINK(\"http://example.org\")");
}

#[test]
fn private_notes_are_never_in_the_file() {
    let text = days_csv(&sam(), None, None);
    assert!(!text.contains("Only for me"));
    assert!(!COLUMNS.iter().any(|c| c.to_lowercase().contains("private")));
}

#[test]
fn the_date_range_includes_both_ends() {
    let rows = read_csv(&days_csv(&sam(), Some(nov(3)), Some(nov(9))));
    let dates: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(dates, ["2026-11-03", "2026-11-09"]);
    let rows = read_csv(&days_csv(&sam(), Some(nov(4)), Some(nov(8))));
    assert_eq!(rows.len(), 1, "only the headings when no day is in range");
}

#[test]
fn lines_end_with_crlf_and_the_file_starts_with_a_byte_order_mark() {
    let text = days_csv(&Child::new("c", "Alex"), None, None);
    assert!(text.starts_with("\u{feff}Date,Weekday,"));
    assert!(text.ends_with("School's register code\r\n"));
}

proptest! {
    /// Whatever a parent types, a spreadsheet reads back exactly that (a formula-like start gets
    /// its leading ' and nothing else changes).
    #[test]
    fn any_text_reads_back_as_typed(helped in "\\PC{0,40}", harder in "[=+@\\-, \"\r\n\ta-z]{0,20}", days in 0u64..60) {
        let mut child = Child::new("c", "Sam");
        let mut record = DayRecord::new(nov(1) + Days::new(days), DayStatus::Attended);
        record.helped = helped.clone();
        record.harder = harder.clone();
        child.days.push(record);
        let rows = read_csv(&days_csv(&child, None, None));
        prop_assert_eq!(rows.len(), 2);
        prop_assert_eq!(rows[1].len(), COLUMNS.len());
        let expect = |typed: &str| {
            if typed.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{typed}") } else { typed.to_string() }
        };
        prop_assert_eq!(&rows[1][7], &expect(&helped));
        prop_assert_eq!(&rows[1][8], &expect(&harder));
    }
}
