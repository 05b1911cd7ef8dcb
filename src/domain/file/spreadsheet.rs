//! A child's days as a spreadsheet file (CSV), to open in Excel, Numbers or Google Sheets or to hand
//! to a school. One row per recorded day, in date order. Private notes are never included.
//!
//! The file follows RFC 4180 (commas, double quotes around a field that needs them, CRLF line
//! ends) and starts with a byte-order mark so spreadsheet programs read it as UTF-8. A field that
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet
//! never runs it as a formula (OWASP's advice on CSV injection).

use chrono::NaiveDate;

use crate::domain::dates::weekday_name;
use crate::domain::diary::day::DayRecord;
use crate::domain::diary::time_of_day::ClockTime;
use crate::domain::Child;
use chrono::Datelike;

/// The column headings, in order.
pub const COLUMNS: [&str; 14] = [
    "Date",
    "Weekday",
    "How the day went",
    "Morning",
    "Afternoon",
    "Worries",
    "Signs noticed",
    "What helped",
    "What made it harder",
    "Woke up",
    "Left home",
    "Arrived at school",
    "Collected or came home",
    "School's register code",
];

/// The days of `child` from `from` to `to` (both included, either open) as CSV text.
pub fn days_csv(child: &Child, from: Option<NaiveDate>, to: Option<NaiveDate>) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    let mut days: Vec<&DayRecord> = child
        .days
        .iter()
        .filter(|d| from.is_none_or(|f| d.date >= f) && to.is_none_or(|t| d.date <= t))
        .collect();
    days.sort_by_key(|d| d.date);
    for day in days {
        push_row(&mut out, row(day).into_iter());
    }
    out
}

fn row(day: &DayRecord) -> [String; 14] {
    let time = |t: Option<ClockTime>| t.map(|t| t.to_string()).unwrap_or_default();
    let worries = day
        .worries
        .iter()
        .map(|w| {
            let mut text = w
                .category
                .map(|c| c.label().to_string())
                .unwrap_or_default();
            if !w.words.is_empty() {
                if !text.is_empty() {
                    text.push_str(": ");
                }
                text.push('“');
                text.push_str(&w.words);
                text.push('”');
            }
            if let Some(rating) = w.rating {
                text.push_str(&format!(" ({rating}/10)"));
            }
            text
        })
        .collect::<Vec<_>>()
        .join("; ");
    let signs = day
        .signs
        .iter()
        .map(|s| {
            format!(
                "{} ({})",
                s.kind.label(),
                s.when.label().to_ascii_lowercase()
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    [
        day.date.to_string(),
        weekday_name(day.date.weekday()).to_string(),
        day.status.label().to_string(),
        day.morning
            .map(|s| s.label().to_string())
            .unwrap_or_default(),
        day.afternoon
            .map(|s| s.label().to_string())
            .unwrap_or_default(),
        worries,
        signs,
        day.helped.clone(),
        day.harder.clone(),
        time(day.times.woke),
        time(day.times.left_home),
        time(day.times.arrived),
        time(day.times.collected),
        day.school_code.clone(),
    ]
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, &field);
    }
    out.push_str("\r\n");
}

/// One field: kept from being read as a formula, and quoted when it holds a comma, a quote or a
/// line break.
fn push_field(out: &mut String, field: &str) {
    let guarded;
    let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{field}");
        guarded.as_str()
    } else {
        field
    };
    if field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}
