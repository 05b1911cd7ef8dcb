//! Prints one letter of each kind (or why it cannot be written yet) for the first child of a
//! Small Steps file, with "today" the last recorded day, plus the fines line and the calendar file.
//!
//! ```text
//! cargo run --release --example make_diary -- --children 2 --years 3 > diary.json
//! cargo run --release --example letters < diary.json
//! ```

use std::io::Read;
use std::process::ExitCode;

use small_steps::domain::calendar_file::{ics_text, upcoming_events, Stamp};
use small_steps::domain::figures::{fines_words, school_year};
use small_steps::domain::letters::{write, LetterChoices, LetterKind, Outcome};
use small_steps::domain::read_document;

fn main() -> ExitCode {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("Could not read the file: {e}");
        return ExitCode::FAILURE;
    }
    let document = match read_document(&text) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("Not a Small Steps file: {e:?}");
            return ExitCode::FAILURE;
        }
    };
    let Some(child) = document.children.first() else {
        eprintln!("The file holds no child.");
        return ExitCode::FAILURE;
    };
    let Some((_, today)) = child.date_range() else {
        eprintln!("The first child has no day recorded.");
        return ExitCode::FAILURE;
    };
    let mut choices = LetterChoices::new(today);
    choices.range = school_year(today);
    // The absence message for the latest day off.
    if let Some(day_off) = child
        .days
        .iter()
        .rev()
        .find(|d| d.status == small_steps::domain::DayStatus::AbsentIll)
    {
        choices.day = day_off.date;
    }
    for kind in LetterKind::ALL {
        println!("==== {} ====", kind.title(child.nation));
        match write(child, kind, &choices) {
            Outcome::Letter(letter) => {
                print!("{}", letter.as_text());
                for note in &letter.for_parent {
                    println!("(For you: {note})");
                }
                println!("(Rests on: {})", letter.rests_on);
            }
            Outcome::NotYet(n) => {
                println!("Not yet: {}\nWhat to record: {}", n.why, n.what_to_record)
            }
        }
        println!();
    }
    println!("==== Fines line (figures screen) ====");
    match fines_words(child, today) {
        Some(words) => println!("{}\n{}", words.count, words.meaning),
        None => println!("(none: no unauthorised code in the window)"),
    }
    println!("\n==== Calendar file (from the first recorded day) ====");
    let stamp = Stamp {
        date: today,
        hour: 18,
        minute: 30,
        second: 0,
    };
    let first = child.days.first().map_or(today, |d| d.date);
    print!("{}", ics_text(&upcoming_events(child, first, false), stamp));
    ExitCode::SUCCESS
}
