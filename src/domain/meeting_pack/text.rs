//! The meeting pack as plain text, for copying into an email or message, or sharing from the phone:
//! the same model as the screen, laid out with dashes and indents.

use std::fmt::Write;

use super::model::{more_words, Block, Item, MeetingPack, Table};
use crate::domain::charts::Chart;

/// The whole pack as plain text: the title, the header, then each section under its own title.
/// The words for the parent ([`MeetingPack::for_parent`]) are not in it: the text is for school.
pub fn pack_as_text(pack: &MeetingPack) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", pack.title);
    for about in &pack.about {
        let _ = writeln!(out, "{}: {}", about.label, about.text);
    }
    for line in &pack.meta {
        let _ = writeln!(out, "{line}");
    }
    for section in &pack.sections {
        let title = section.title();
        let _ = write!(out, "\n{title}\n{}\n", "-".repeat(title.chars().count()));
        for block in &section.blocks {
            block_text(&mut out, block);
        }
    }
    out
}

fn block_text(out: &mut String, block: &Block) {
    match block {
        Block::Text(text) => {
            let _ = writeln!(out, "{text}");
        }
        Block::Field(f) => {
            let _ = writeln!(out, "{}: {}", f.label, f.text);
        }
        Block::List {
            label,
            ordered,
            items,
            more,
        } => {
            if let Some(label) = label {
                let _ = writeln!(out, "{label}:");
            }
            items_text(out, items, *ordered, "");
            if let Some(more) = more_words(*more) {
                let _ = writeln!(out, "{more}");
            }
        }
        Block::Table(table) => table_text(out, table),
        Block::Chart(chart) => chart_text(out, chart),
    }
}

/// A chart in words: its title and summary, then a line per place naming each number
/// ("- Monday: Sessions missed 4 of 12; Days partly missed 1").
fn chart_text(out: &mut String, chart: &Chart) {
    let _ = writeln!(out, "{}: {}", chart.title, chart.summary);
    if chart.is_empty() {
        return;
    }
    let _ = writeln!(out, "{}:", chart.table.caption);
    for row in &chart.table.rows {
        let Some((name, cells)) = row.split_first() else {
            continue;
        };
        let named: Vec<String> = chart
            .table
            .head
            .iter()
            .skip(1)
            .zip(cells)
            .map(|(head, cell)| format!("{head} {cell}"))
            .collect();
        let _ = writeln!(out, "- {name}: {}", named.join("; "));
    }
}

fn items_text(out: &mut String, items: &[Item], ordered: bool, indent: &str) {
    for (i, item) in items.iter().enumerate() {
        let mark = if ordered {
            format!("{}.", i + 1)
        } else {
            "-".to_string()
        };
        let _ = writeln!(out, "{indent}{mark} {}", item.text);
        let inner = format!("{indent}{}", " ".repeat(mark.chars().count() + 1));
        for note in &item.notes {
            let _ = writeln!(out, "{inner}{note}");
        }
        items_text(out, &item.sub_items, ordered, &inner);
    }
}

/// A one-row table as "Caption: Mon 1 of 8, Tue 0 of 8"; otherwise each row as
/// "- Sessions attended: 15 (75%)", so it reads well in any font.
fn table_text(out: &mut String, table: &Table) {
    if let [row] = table.rows.as_slice() {
        let pairs: Vec<String> = table
            .head
            .iter()
            .zip(row)
            .skip(1)
            .map(|(name, cell)| format!("{name} {cell}"))
            .collect();
        let _ = writeln!(out, "{}: {}", table.caption, pairs.join(", "));
        return;
    }
    let _ = writeln!(out, "{}:", table.caption);
    for row in &table.rows {
        let Some((label, cells)) = row.split_first() else {
            continue;
        };
        let mut cells = cells.iter().filter(|c| !c.is_empty());
        let first = cells.next().map(String::as_str).unwrap_or_default();
        let rest: Vec<&str> = cells.map(String::as_str).collect();
        match rest.is_empty() {
            true => {
                let _ = writeln!(out, "- {label}: {first}");
            }
            false => {
                let _ = writeln!(out, "- {label}: {first} ({})", rest.join(", "));
            }
        }
    }
}
