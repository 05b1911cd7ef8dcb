//! The shape of a letter: a subject, titled paragraphs and the guidance it rests on, or, when the
//! diary cannot support it yet, why not and what to record. The screen, the copied text and the
//! printout all render this one model.

/// A gap only the parent can fill (a name, a date the diary does not hold).
pub const GAP: &str = "[...]";

/// One paragraph, with a short title above it when it holds a list ("What was agreed").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub title: Option<String>,
    /// One or more lines; list lines start with "- ".
    pub text: String,
}

impl Paragraph {
    pub fn plain(text: impl Into<String>) -> Self {
        Paragraph {
            title: None,
            text: text.into(),
        }
    }

    pub fn titled(title: impl Into<String>, text: impl Into<String>) -> Self {
        Paragraph {
            title: Some(title.into()),
            text: text.into(),
        }
    }
}

/// A letter ready to edit, copy, share or print. Nothing in it is ever sent by the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub kind: super::LetterKind,
    /// The subject line of an email ("Sam Okoro: absence today, Tuesday 3 March 2026").
    pub subject: String,
    /// From "Dear [...]," to the signature.
    pub paragraphs: Vec<Paragraph>,
    /// The guidance the letter rests on, shown beside it on screen (never in the letter).
    pub rests_on: &'static str,
    /// Words for the parent beside the letter (what a gap needs, what a ticked item lacked);
    /// never in the letter itself.
    pub for_parent: Vec<String>,
}

impl Letter {
    /// The letter as plain text: the subject, then each paragraph (its title on its own line),
    /// with a blank line between.
    pub fn as_text(&self) -> String {
        let mut out = format!("Subject: {}\n", self.subject);
        for p in &self.paragraphs {
            out.push('\n');
            if let Some(title) = &p.title {
                out.push_str(title);
                out.push('\n');
            }
            out.push_str(&p.text);
            out.push('\n');
        }
        out
    }

    /// The letter's body alone (no subject line), as it goes into an email's body.
    pub fn body_text(&self) -> String {
        let text = self.as_text();
        text.split_once("\n\n")
            .map_or(text.clone(), |(_, body)| body.to_string())
    }
}

/// Why a letter cannot be written from the diary yet, and what to record so it can be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotYet {
    pub kind: super::LetterKind,
    pub why: String,
    pub what_to_record: String,
}

/// What the letters screen shows for one kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Letter(Letter),
    NotYet(NotYet),
}

impl Outcome {
    pub fn letter(&self) -> Option<&Letter> {
        match self {
            Outcome::Letter(letter) => Some(letter),
            Outcome::NotYet(_) => None,
        }
    }

    /// Every word the parent sees for this outcome, for tests that look for what must never be
    /// there.
    pub fn all_text(&self) -> String {
        match self {
            Outcome::Letter(letter) => {
                format!("{}\n{}", letter.as_text(), letter.for_parent.join("\n"))
            }
            Outcome::NotYet(n) => format!("{}\n{}", n.why, n.what_to_record),
        }
    }
}

/// Lines as a list, one "- " line each.
pub(super) fn list_lines<S: AsRef<str>>(lines: &[S]) -> String {
    lines
        .iter()
        .map(|l| format!("- {}", l.as_ref()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A list with at most `most` lines and "and N more" after, so nothing is left out without a word.
pub(super) fn list_of_most(lines: &[String], most: usize, more_words: &str) -> String {
    let mut text = list_lines(&lines[..lines.len().min(most)]);
    if lines.len() > most {
        text.push_str(&format!("\n- and {} more {more_words}", lines.len() - most));
    }
    text
}

/// The parent's words on one line: surrounding spaces off, line breaks joined with "; ".
pub(super) fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Short items on one line, "Art club; The library", without a full stop before each semicolon.
pub(super) fn joined(items: &[String]) -> String {
    items
        .iter()
        .map(|i| one_line(i).trim_end_matches('.').to_string())
        .filter(|i| !i.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}
