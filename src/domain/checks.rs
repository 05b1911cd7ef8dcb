//! The rules one piece of data must keep (its length, a 0-10 rating, a date in range, a nickname),
//! the limits on sizes and counts, and [`Problem`]: what is wrong and where, in words. Every checked
//! edit in the domain and every check of a whole diary ([`crate::domain::validate`]) uses these.

use std::fmt;

use chrono::NaiveDate;

/// The limits on sizes and counts, in one place so the screens can show them beside each field.
pub mod limits {
    /// Names, titles and other one-line answers.
    pub const NAME_CHARS: usize = 80;
    /// A sentence or two: a worry in the child's words, what helped.
    pub const SHORT_CHARS: usize = 500;
    /// Longer notes: what was said at a meeting, the child's voice.
    pub const LONG_CHARS: usize = 4000;
    pub const CHILDREN: usize = 20;
    pub const DAYS_PER_CHILD: usize = 6000;
    pub const WORRIES_PER_DAY: usize = 12;
    pub const SIGNS_PER_DAY: usize = 40;
    pub const CONTACTS_PER_CHILD: usize = 2000;
    pub const ACTIONS_PER_CONTACT: usize = 30;
    pub const LIST_ITEMS: usize = 30;
    pub const LADDERS: usize = 10;
    pub const STEPS_PER_LADDER: usize = 30;
    pub const SUB_STEPS: usize = 12;
    pub const ATTEMPTS_PER_STEP: usize = 300;
    pub const REVIEWS: usize = 200;
    pub const ID_CHARS: usize = 40;
    pub const RATING_MAX: u8 = 10;
    /// A school's register code is short (DfE 2024 codes are one or two characters).
    pub const SCHOOL_CODE_CHARS: usize = 4;
}

/// The earliest and latest dates the app accepts.
pub fn earliest_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date")
}

pub fn latest_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2100, 12, 31).expect("valid date")
}

/// One thing wrong, where it is (a path like `children[0].days[3].worries[1].rating`) and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub reason: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, reason: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            reason: reason.into(),
        }
    }
}

impl Problem {
    /// The field in words: "children[0].plan.voice.what_is_hard" gives "what is hard".
    pub fn field_words(&self) -> String {
        let last = self.path.rsplit('.').next().unwrap_or(&self.path);
        let last = last.split('[').next().unwrap_or(last);
        last.replace('_', " ")
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// Checks a nickname and returns it trimmed.
pub fn check_nickname(nickname: &str) -> Result<String, Problem> {
    let trimmed = nickname.trim();
    if trimmed.is_empty() {
        return Err(Problem::new("nickname", "Please type a name or nickname."));
    }
    check_text("nickname", trimmed, limits::NAME_CHARS)?;
    Ok(trimmed.to_string())
}

/// Checks one piece of text: its length, and that it holds no hidden control characters or page code.
pub fn check_text(path: &str, text: &str, max_chars: usize) -> Result<(), Problem> {
    let chars = text.chars().count();
    if chars > max_chars {
        return Err(Problem::new(
            path,
            format!("This is {chars} characters long; the most is {max_chars}. Please shorten it."),
        ));
    }
    if let Some(c) = text
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Problem::new(
            path,
            format!(
                "This holds a hidden control character (code {}), which text typed on a phone never has.",
                c as u32
            ),
        ));
    }
    let lower = text.to_ascii_lowercase();
    if lower.contains("<script") {
        return Err(Problem::new(
            path,
            "This holds web page code (<script>). Please remove that part.",
        ));
    }
    Ok(())
}

/// Checks a 0-10 rating.
pub fn check_rating(path: &str, rating: Option<u8>) -> Result<(), Problem> {
    match rating {
        Some(r) if r > limits::RATING_MAX => Err(Problem::new(
            path,
            format!("A rating is from 0 to 10; this one is {r}."),
        )),
        _ => Ok(()),
    }
}

/// Checks a date is within the range the app accepts.
pub fn check_date(path: &str, date: NaiveDate) -> Result<(), Problem> {
    if date < earliest_date() || date > latest_date() {
        return Err(Problem::new(
            path,
            format!("The date {date} is outside 2000 to 2100. Please check the year."),
        ));
    }
    Ok(())
}
