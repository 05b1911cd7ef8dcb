//! What the offer of a kept draft says: which form it was, for which child, when it was written
//! ("today", "yesterday" or the date) and the first words typed, so a parent knows what they keep.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::dates::{long_date, weekday_name};

/// The longest preview of a draft, in characters, before "…".
pub const PREVIEW_CHARS: usize = 60;

/// The form a draft was typed in, with the child's name: `form` and `place` are the names the
/// draft is kept under (see `ui::drafts::draft_key`).
pub fn form_words(form: &str, place: &str, child: &str) -> String {
    match form {
        "day" => match place.parse::<NaiveDate>() {
            Ok(date) => format!(
                "{child}'s record for {} {}",
                weekday_name(date.weekday()),
                long_date(date)
            ),
            Err(_) => format!("a day in {child}'s diary"),
        },
        "understanding" => format!("stage 1 of {child}'s plan (understanding)"),
        "goal" => format!("the shared goal in {child}'s plan"),
        "arrangements" => format!("the arrangements in {child}'s plan"),
        "ladder" => format!("a new ladder for {child}'s plan"),
        "step" => format!("a step in {child}'s plan"),
        "adjustment" => format!("an adjustment to ask for, for {child}"),
        "try" => format!("a try at a step of {child}'s plan"),
        "review" => format!("a review of {child}'s plan"),
        "pack-header" => format!("the details atop {child}'s meeting pack"),
        "in-place" => format!("how “{place}” is going, in {child}'s plan"),
        "support" => format!("{child}'s support (SEN or ALN, diagnosis)"),
        "referral" => format!("a referral for {child}"),
        "school-figure" => format!("a figure from school in {child}'s diary"),
        // Not yet anyone's: the name of a child being added.
        "child" => "the name of a child to add".to_string(),
        "contact" if place.is_empty() => format!("a new contact or meeting in {child}'s log"),
        "contact" => format!("changes to a contact in {child}'s log"),
        _ => format!("a form for {child}"),
    }
}

/// When a draft was written, against today's date on the phone: "today at 18:02", "yesterday at
/// 18:02", or "on Tuesday 24 November 2026 at 18:02".
pub fn written_words(written: NaiveDateTime, today: NaiveDate) -> String {
    let date = written.date();
    let day = if date == today {
        "today".to_string()
    } else if today.pred_opt() == Some(date) {
        "yesterday".to_string()
    } else {
        format!("on {} {}", weekday_name(date.weekday()), long_date(date))
    };
    format!("{day} at {:02}:{:02}", written.hour(), written.minute())
}

/// The first words typed in a draft: its texts that are not empty, in order, on one line, joined
/// by " · " and cut at [`PREVIEW_CHARS`] characters with "…". Empty when nothing was typed.
pub fn preview<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let joined = texts
        .into_iter()
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    if joined.chars().count() <= PREVIEW_CHARS {
        return joined;
    }
    let cut: String = joined.chars().take(PREVIEW_CHARS).collect();
    // At the end of a word, where one ends in the second half of the preview.
    let cut = match cut.rfind(' ') {
        Some(space) if cut[..space].chars().count() > PREVIEW_CHARS / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([' ', '·']))
}

/// The offer's sentence: "You were writing stage 1 of Sam's plan (understanding) today at 18:02,
/// and it was not saved."
pub fn offer_words(form: &str, when: &str) -> String {
    format!("You were writing {form} {when}, and it was not saved.")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: &str) -> NaiveDateTime {
        let (hour, minute) = time.split_once(':').unwrap();
        date.parse::<NaiveDate>()
            .unwrap()
            .and_hms_opt(hour.parse().unwrap(), minute.parse().unwrap(), 0)
            .unwrap()
    }

    /// A fixed today for every test: Tuesday 3 March 2026.
    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 3).unwrap()
    }

    #[test]
    fn a_draft_written_today_says_today_not_the_weekday() {
        assert_eq!(
            written_words(at("2026-03-03", "18:02"), today()),
            "today at 18:02"
        );
        assert_eq!(
            written_words(at("2026-03-03", "00:00"), today()),
            "today at 00:00"
        );
    }

    #[test]
    fn a_draft_written_the_day_before_says_yesterday() {
        assert_eq!(
            written_words(at("2026-03-02", "23:59"), today()),
            "yesterday at 23:59"
        );
        // Across the start of a month and of a year too.
        let first = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        assert_eq!(
            written_words(at("2025-12-31", "07:05"), first),
            "yesterday at 07:05"
        );
    }

    #[test]
    fn an_older_draft_says_its_date_with_the_weekday() {
        assert_eq!(
            written_words(at("2026-03-01", "09:30"), today()),
            "on Sunday 1 March 2026 at 09:30"
        );
        assert_eq!(
            written_words(at("2025-11-24", "18:02"), today()),
            "on Monday 24 November 2025 at 18:02"
        );
    }

    #[test]
    fn a_draft_dated_after_today_says_its_date() {
        // A phone whose clock was changed since: never "today" for another day.
        assert_eq!(
            written_words(at("2026-03-04", "08:00"), today()),
            "on Wednesday 4 March 2026 at 08:00"
        );
    }

    #[test]
    fn each_form_is_named_with_the_child() {
        assert_eq!(
            form_words("day", "2026-03-03", "Sam"),
            "Sam's record for Tuesday 3 March 2026"
        );
        assert_eq!(
            form_words("understanding", "", "Sam"),
            "stage 1 of Sam's plan (understanding)"
        );
        assert_eq!(
            form_words("contact", "", "Alex"),
            "a new contact or meeting in Alex's log"
        );
        assert_eq!(
            form_words("contact", "contact-1", "Alex"),
            "changes to a contact in Alex's log"
        );
        for form in [
            "day",
            "understanding",
            "goal",
            "arrangements",
            "ladder",
            "step",
            "adjustment",
            "try",
            "review",
            "pack-header",
            "in-place",
            "support",
            "referral",
            "school-figure",
            "contact",
            "something new",
        ] {
            assert!(
                form_words(form, "x", "Sam").contains("Sam"),
                "{form} names the child"
            );
        }
    }

    #[test]
    fn a_child_being_added_is_named_as_such() {
        assert_eq!(form_words("child", "", ""), "the name of a child to add");
    }

    #[test]
    fn the_preview_joins_what_was_typed_on_one_line() {
        assert_eq!(
            preview(["", "The noise\n in the corridors ", "  ", "Dad"]),
            "The noise in the corridors · Dad"
        );
        assert_eq!(preview(["", " "]), "");
    }

    #[test]
    fn a_long_preview_is_cut_with_an_ellipsis_at_a_word_or_else_a_character() {
        let long = "é".repeat(100);
        let shown = preview([long.as_str()]);
        assert_eq!(shown.chars().count(), PREVIEW_CHARS + 1);
        assert!(shown.ends_with('…'));
        let words = "She could not face the bus after the trip was cancelled last week";
        assert_eq!(
            preview([words]),
            "She could not face the bus after the trip was cancelled…"
        );
        // Never ending on the mark between two texts.
        let texts = [
            "The noise in the corridors between lessons",
            "A later start",
        ];
        assert_eq!(
            preview(texts),
            "The noise in the corridors between lessons · A later start"
        );
        let texts = [
            "The noise in the corridors between lessons",
            "Another long one",
        ];
        assert_eq!(
            preview(texts),
            "The noise in the corridors between lessons · Another long…"
        );
    }

    #[test]
    fn the_offer_says_what_when() {
        assert_eq!(
            offer_words(&form_words("understanding", "", "Sam"), "today at 18:02"),
            "You were writing stage 1 of Sam's plan (understanding) today at 18:02, and it was not saved."
        );
    }
}
