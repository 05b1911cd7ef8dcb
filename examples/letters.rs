//! Prints one letter of each kind (or why it cannot be written yet) for the first child of a
//! Small Steps file, with "today" the last recorded day, then the letters whose words differ in
//! Wales as they would read there, plus the fines line and the calendar file.
//!
//! ```text
//! cargo run --release --example make_diary -- --children 2 --years 3 > diary.json
//! cargo run --release --example letters < diary.json
//! ```

use std::io::Read;
use std::process::ExitCode;

use small_steps::domain::calendar_file::{ics_text, upcoming_events, Stamp};
use small_steps::domain::diary::support::Nation;
use small_steps::domain::figures::{fines_words, school_year};
use small_steps::domain::letters::{write, LetterChoices, LetterKind, Outcome};
use small_steps::domain::read_document;
use small_steps::domain::Child;

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
    let mut choices = LetterChoices::for_child(child, today);
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
        print_letter(child, kind, &choices);
    }
    // The same child's school in Wales: the letters whose words differ there.
    let mut in_wales = child.clone();
    in_wales.set_nation(Nation::Wales);
    for kind in LetterKind::ALL
        .into_iter()
        .filter(|k| k.differs_by_nation())
    {
        print_letter(&in_wales, kind, &choices);
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

/// One letter as it would be copied, with the words for the parent and its guidance after it.
fn print_letter(child: &Child, kind: LetterKind, choices: &LetterChoices) {
    println!(
        "==== {} ({}) ====",
        kind.title(child.nation),
        child.nation.label()
    );
    match write(child, kind, choices) {
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
