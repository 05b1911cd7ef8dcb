//! The attendance part of a meeting pack: how many school days have a record, a small table of
//! sessions and days, and the attendance lines in neutral words (the advice for the parent is kept
//! apart, for the screen only).

use chrono::{Datelike, NaiveDate, Weekday};

use super::model::{bullets, Advice, Block, Coverage, Section, SectionKind, Table};
use crate::domain::dates::short_date;
use crate::domain::diary::school_figures::{school_percent_words, SchoolFigure};
use crate::domain::diary::Child;
use crate::domain::figures::{
    code_mismatches, could_not_get_out, days_in, days_words, figures, percent_words, sessions,
    AbsenceLine, Figures, SessionOutcome,
};
use crate::domain::words::plural;

/// Fewer school days recorded than this and no attendance line is judged: a handful of days says
/// little about a term, and "2 of 2 sessions (100%)" would read as more than it is.
pub const FEWEST_DAYS_FOR_LINES: u32 = 10;

const DFE: &str = "DfE, Working together to improve school attendance (2024)";
const SECTION_19: &str = "Education Act 1996 s19; DfE, Arranging education for children who \
                          cannot attend school because of health needs (2023)";
const NOT_FINE: &str = "Not Fine in School";

/// School days in the dates (Monday to Friday, less days recorded as no school) and how many of
/// them have a record. A weekend day recorded as a school day counts on both sides.
pub fn coverage(child: &Child, (from, to): (NaiveDate, NaiveDate)) -> Coverage {
    let records = days_in(child, (from, to));
    let is_school = |status: &[SessionOutcome; 2]| {
        status.contains(&SessionOutcome::Present) || status.contains(&SessionOutcome::Missed)
    };
    let recorded = records
        .iter()
        .filter(|r| is_school(&sessions(r).map(|s| s.outcome)))
        .count() as u32;
    let weekdays = from
        .iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .count() as u32;
    // A weekday whose record holds no school session (an INSET day, a bank holiday).
    let weekday_no_school = records
        .iter()
        .filter(|r| !matches!(r.date.weekday(), Weekday::Sat | Weekday::Sun))
        .filter(|r| !is_school(&sessions(r).map(|s| s.outcome)))
        .count() as u32;
    let weekend_school = records
        .iter()
        .filter(|r| matches!(r.date.weekday(), Weekday::Sat | Weekday::Sun))
        .filter(|r| is_school(&sessions(r).map(|s| s.outcome)))
        .count() as u32;
    Coverage {
        recorded,
        school_days: weekdays - weekday_no_school + weekend_school,
    }
}

/// "13 of 58 school days recorded".
pub fn coverage_words(coverage: Coverage) -> String {
    format!(
        "{} of {} recorded (Monday to Friday, less days recorded as no school)",
        coverage.recorded,
        plural(coverage.school_days as usize, "school day", "school days")
    )
}

/// The attendance section (None when no school day has a record), and what to tell the parent.
pub(super) fn attendance(
    child: &Child,
    range: (NaiveDate, NaiveDate),
) -> (Option<Section>, Vec<Advice>) {
    let f = figures(child, range);
    let from_school = school_figures(child, range);
    if f.school_days_recorded == 0 {
        // Nothing recorded in the dates: the school's own figures, if any, still go in.
        let section = (!from_school.is_empty()).then_some(Section {
            kind: SectionKind::Attendance,
            blocks: from_school,
        });
        return (section, Vec::new());
    }
    let enough = f.school_days_recorded >= FEWEST_DAYS_FOR_LINES;
    let stuck_days = days_in(child, range)
        .iter()
        .filter(|r| could_not_get_out(r))
        .count() as u32;
    let mut blocks = vec![Block::Table(table(&f, enough, stuck_days))];
    let mut advice = Vec::new();
    if enough {
        blocks.push(Block::Text(line_words(f.absence_line())));
        advice.push(line_advice(f.absence_line()));
    } else {
        // Source: Not Fine in School advice: a daily diary is the parent's evidence, so the pack
        // asks for more of it rather than judging from a few days.
        let recorded = match f.school_days_recorded {
            1 => "Only 1 school day has".to_string(),
            n => format!("Only {n} school days have"),
        };
        blocks.push(Block::Text(format!(
            "{recorded} a record in these dates: too few to set against the attendance lines, \
             so none is judged here (the pack waits for at least {FEWEST_DAYS_FOR_LINES})."
        )));
        advice.push(Advice {
            text: "With a few more school days recorded (good days too), the pack can set the \
                   figures against the attendance lines."
                .into(),
            source: NOT_FINE,
        });
    }
    if f.health_missed_sessions > 0 {
        let days = days_words(f.health_days_missed());
        let reached = if f.health_mark_reached() {
            ": 15 days or more"
        } else {
            ""
        };
        // Source: Education Act 1996 s19 and DfE health-needs guidance (2023): 15 days, in a row
        // or added up, and the council should arrange suitable education.
        blocks.push(Block::Text(format!(
            "Sessions missed for health reasons come to {days}{reached}. When health needs keep a \
             child off school for 15 days or more, in a row or added up, the council should \
             arrange suitable education (Education Act 1996, section 19)."
        )));
        advice.push(Advice {
            text: "You can ask the school's SENCO, or the council's medical education service, \
                   about education while health needs keep your child at home."
                .into(),
            source: SECTION_19,
        });
    }
    let differences = code_mismatches(child, range)
        .into_iter()
        .map(|m| {
            let fits: Vec<&str> = m
                .expected
                .iter()
                .filter(|c| !c.is_empty())
                .copied()
                .collect();
            format!(
                "{}: we recorded \u{201c}{}\u{201d}; the school's code was {} (codes that fit: {})",
                short_date(m.date),
                m.status.label(),
                m.school_code,
                fits.join(" ")
            )
        })
        .collect();
    blocks.extend(bullets(
        "Where the school's register code differs from our record",
        differences,
    ));
    blocks.extend(from_school);
    let section = Section {
        kind: SectionKind::Attendance,
        blocks,
    };
    (Some(section), advice)
}

/// The attendance figures the school reported whose dates meet the pack's, each beside the diary's
/// figure for the very same dates, with a neutral line on why the two can differ, and a word on
/// any kept for other dates (so none is left out without saying so).
fn school_figures(child: &Child, (from, to): (NaiveDate, NaiveDate)) -> Vec<Block> {
    let (within, other): (Vec<&SchoolFigure>, Vec<&SchoolFigure>) = child
        .school_figures
        .iter()
        .partition(|s| s.from <= to && s.to >= from);
    let mut blocks = Vec::new();
    let lines: Vec<String> = within
        .iter()
        .map(|s| {
            let ours = figures(child, (s.from, s.to));
            let days = coverage(child, (s.from, s.to));
            let source = match s.where_from.trim() {
                "" => String::new(),
                from => format!(" ({from})"),
            };
            let diary = match ours.attendance_percent() {
                Some(p) => format!(
                    "this diary {}, from {} of {} school days recorded",
                    percent_words(p),
                    days.recorded,
                    days.school_days
                ),
                None => "this diary has no school days recorded for these dates".to_string(),
            };
            format!(
                "{} to {}: the school's figure {}{source}; {diary}",
                short_date(s.from),
                short_date(s.to),
                school_percent_words(s.percent),
            )
        })
        .collect();
    if let Some(list) = bullets(
        "The school's own attendance figures, beside this diary's for the same dates",
        lines,
    ) {
        blocks.push(list);
        // Neutral on purpose: the page does not say which figure is right.
        blocks.push(Block::Text(
            "The school's figure comes from its register; the diary's counts only the days \
             recorded in it. The two are shown side by side for the same dates."
                .into(),
        ));
    }
    match other.len() {
        0 => {}
        1 => blocks.push(Block::Text(
            "One more figure from school, for other dates, is kept in the diary.".into(),
        )),
        n => blocks.push(Block::Text(format!(
            "{n} more figures from school, for other dates, are kept in the diary."
        ))),
    }
    blocks
}

fn table(f: &Figures, with_shares: bool, stuck_days: u32) -> Table {
    let share = |part: u32| match (with_shares, f.possible_sessions) {
        (false, _) | (_, 0) => String::new(),
        (true, whole) => percent_words(f64::from(part) * 100.0 / f64::from(whole)),
    };
    let row = |label: &str, count: u32, share: String| {
        let mut row = vec![label.to_string(), count.to_string()];
        if with_shares {
            row.push(share);
        }
        row
    };
    let mut head = vec!["Recorded".to_string(), "Number".to_string()];
    if with_shares {
        head.push("Share".to_string());
    }
    let mut rows = vec![
        row("Sessions possible", f.possible_sessions, String::new()),
        row(
            "Sessions attended",
            f.present_sessions,
            share(f.present_sessions),
        ),
        row(
            "Sessions missed",
            f.missed_sessions,
            share(f.missed_sessions),
        ),
        row(
            "Missed for health reasons",
            f.health_missed_sessions,
            share(f.health_missed_sessions),
        ),
        row("Days late", f.days_late, String::new()),
        row(
            "Days partly missed (lessons, left early, reduced timetable)",
            f.days_partial,
            String::new(),
        ),
    ];
    // In its own words, under the health row it is counted in, when there were such days.
    if stuck_days > 0 {
        rows.insert(
            4,
            row(
                "Days tried but could not get out of the door (counted as illness)",
                stuck_days,
                String::new(),
            ),
        );
    }
    Table {
        caption: "Sessions (morning and afternoon, as on the register) and days".into(),
        head,
        rows,
    }
}

/// What the line means, in words fit for a page school will read.
fn line_words(line: AbsenceLine) -> String {
    // Source: DfE, "Working together to improve school attendance" (2024): persistent absence is
    // 10% or more of possible sessions missed, severe absence 50% or more.
    match line {
        AbsenceLine::Below => "Fewer than 1 in 10 of the recorded sessions were missed. Missing 1 \
             in 10 sessions is what schools call persistent absence (DfE)."
            .into(),
        AbsenceLine::Persistent => "Missing 1 in 10 sessions is what schools call persistent \
             absence (DfE); the recorded sessions reach that line."
            .into(),
        AbsenceLine::Severe => "Missing half of sessions or more is what schools call severe \
             absence (DfE); the recorded sessions reach that line."
            .into(),
    }
}

/// What the parent can ask for, at each line (on screen only).
fn line_advice(line: AbsenceLine) -> Advice {
    let text = match line {
        // Source: DfE (2024): support first, at any level of attendance.
        AbsenceLine::Below => {
            "If school is hard, you can ask for support at any time, whatever \
             the figures say."
        }
        // Source: DfE (2024): at persistent absence, schools should meet parents and offer support.
        AbsenceLine::Persistent => {
            "You can ask the SENCO for a meeting to agree a support plan \
             together, with a named adult and a date to look at it again."
        }
        // Source: DfE (2024): severely absent pupils are a top priority for school and council.
        AbsenceLine::Severe => {
            "You can ask for a support meeting soon and a written plan, and ask \
             whether the council, an educational psychologist or health services can join in."
        }
    };
    Advice {
        text: text.into(),
        source: DFE,
    }
}
