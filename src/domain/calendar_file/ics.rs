//! Writing events as iCalendar text (RFC 5545): CRLF line ends, lines folded at 75 octets without
//! splitting a character, text escaped (backslash, semicolon, comma, new line), each event with a
//! UID, a DTSTAMP in UTC and an all-day DTSTART;VALUE=DATE (with the next day as DTEND, which
//! phone calendars read as one whole day).

use chrono::{Datelike, Days, NaiveDate};

use super::CalendarEvent;

/// When the file was made, in UTC, for every event's DTSTAMP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub date: NaiveDate,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

impl Stamp {
    fn text(self) -> String {
        format!(
            "{}T{:02}{:02}{:02}Z",
            date_text(self.date),
            self.hour.min(23),
            self.minute.min(59),
            self.second.min(59)
        )
    }
}

/// "20261215".
fn date_text(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// RFC 5545 3.3.11: backslash, semicolon and comma get a backslash; a new line becomes `\n`; a
/// carriage return alone is dropped (it would end the line early).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            // Other control characters have no place in a calendar line.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 5545 3.1: a line longer than 75 octets is split, each following part starting with one
/// space; a character is never split between parts. A part never ends in a space (the space moves
/// to the start of the next part), as some readers trim the ends of folded parts. Ends with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut part = String::new();
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            let kept = part.trim_end_matches(' ').len();
            let carry = part.len() - kept;
            // Move trailing spaces on only when the part keeps something and the next part stays
            // within the 75 octets (its leading space, the spaces, the character).
            let carried = if kept > 0 && 1 + carry + len <= 75 {
                part.split_off(kept)
            } else {
                String::new()
            };
            parts.push(std::mem::take(&mut part));
            part.push_str(&carried);
            used = 1 + carried.len();
        }
        part.push(c);
        used += len;
    }
    parts.push(part);
    let mut out = parts.join("\r\n ");
    out.push_str("\r\n");
    out
}

/// The whole calendar file for these events.
pub fn ics_text(events: &[CalendarEvent], stamp: Stamp) -> String {
    let mut out = String::new();
    let mut line = |text: &str| out.push_str(&fold_line(text));
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Small Steps//Dates from the diary//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for event in events {
        let next = event
            .date
            .checked_add_days(Days::new(1))
            .unwrap_or(event.date);
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape_text(&event.uid)));
        line(&format!("DTSTAMP:{}", stamp.text()));
        line(&format!("DTSTART;VALUE=DATE:{}", date_text(event.date)));
        line(&format!("DTEND;VALUE=DATE:{}", date_text(next)));
        line(&format!("SUMMARY:{}", escape_text(&event.summary)));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}
