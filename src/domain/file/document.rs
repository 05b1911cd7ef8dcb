//! The versioned file format: what a backup file and the stored diary look like, and how one is read.
//!
//! Reading goes: size and nesting checks, JSON, the format's name, its version, the migration chain,
//! the shape of every field, then the limits. Each step that fails says what is wrong and where.
//! The first look at a file (nesting, format, version) is in `first_look.rs`; serde's words for a
//! field of the wrong shape are made plainer in `shape_words.rs`.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::Value;

use crate::domain::checks::Problem;
use crate::domain::diary::{Child, Diary};
use crate::domain::file::first_look::{nesting_depth, Header, Loose};
use crate::domain::file::json_path::{object_at, offset_of, path_at};
use crate::domain::file::migrate::{migrate, needs_migrating, CURRENT_VERSION};
use crate::domain::file::shape_words::plain_words;
use crate::domain::validate::{check_diary, MAX_PROBLEMS};

/// The name every Small Steps file carries in its `format` field.
pub const FORMAT_NAME: &str = "small-steps";

/// The largest file the app will read (a real diary of many years is well under 2 MB).
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Deeper nesting than this is never written by the app (its deepest field is about 12 levels down).
pub const MAX_NESTING: usize = 32;

/// A whole backup, or the diary as kept on this device.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub version: u64,
    /// When the file was written, as an RFC 3339 date and time (UTC).
    pub exported_at: String,
    /// Counts saves on this device, so a tab never overwrites newer data with older. 0 in exports.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub revision: u64,
    pub children: Vec<Child>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Document {
    /// Wraps a diary in the current format.
    pub fn new(diary: Diary, exported_at: String, revision: u64) -> Self {
        Document {
            format: FORMAT_NAME.to_string(),
            version: CURRENT_VERSION,
            exported_at,
            revision,
            children: diary.children,
        }
    }

    /// The children and their records, without the file's header.
    pub fn into_diary(self) -> Diary {
        Diary {
            children: self.children,
        }
    }

    /// Writes the document as compact JSON.
    pub fn to_json(&self) -> String {
        write_json(&self.children, &self.exported_at, self.revision)
    }

    /// Writes the document as indented JSON, for files a person may open.
    pub fn to_pretty_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("plain data always serialises")
    }
}

/// Writes a diary in the current format without copying it (each save writes the whole diary).
pub fn write_json(children: &[Child], exported_at: &str, revision: u64) -> String {
    #[derive(Serialize)]
    struct Borrowed<'a> {
        format: &'a str,
        version: u64,
        exported_at: &'a str,
        #[serde(skip_serializing_if = "is_zero")]
        revision: u64,
        children: &'a [Child],
    }
    serde_json::to_string(&Borrowed {
        format: FORMAT_NAME,
        version: CURRENT_VERSION,
        exported_at,
        revision,
        children,
    })
    .expect("plain data always serialises")
}

/// Why a file could not be read, each with words for the parent.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    TooDeep,
    NotJson {
        line: usize,
        column: usize,
    },
    /// The text stops part way through (a download or copy that did not finish).
    CutShort {
        line: usize,
        column: usize,
    },
    NotAnObject,
    NotSmallSteps {
        found: Option<String>,
    },
    NoVersion,
    NewerVersion {
        found: u64,
    },
    WrongShape {
        path: String,
        detail: String,
    },
    /// A child's school is said to follow the rules of a nation the app does not know (only
    /// England and Wales are known; see `diary/support.rs`).
    UnknownNation {
        path: String,
        found: String,
    },
    Invalid(Vec<Problem>),
}

/// What a parent can do about a file that was changed or damaged since Small Steps saved it.
const ANOTHER_COPY: &str =
    "Try another copy of the backup, such as one you emailed to yourself or kept in your files.";

/// What to choose instead of a file that is not a backup.
const CHOOSE_A_BACKUP: &str =
    "Choose the backup file Small Steps saved: its name starts with \"small-steps\".";

impl ReadError {
    /// A short heading for the message, in a parent's words.
    pub fn title(&self) -> &'static str {
        match self {
            ReadError::Empty => "This file is empty",
            ReadError::TooLarge { .. } => "This file is too big",
            ReadError::TooDeep | ReadError::NotJson { .. } | ReadError::NotAnObject => {
                "This is not a Small Steps backup file"
            }
            ReadError::CutShort { .. } => "This file is cut short",
            ReadError::NotSmallSteps { found: Some(_) } => "This file is from another app",
            ReadError::NotSmallSteps { found: None } => "This is not a Small Steps backup file",
            ReadError::NoVersion => "Part of this backup is missing",
            ReadError::NewerVersion { .. } => "This backup was made by a newer Small Steps",
            ReadError::WrongShape { .. } => "Part of this file is not as Small Steps saved it",
            ReadError::UnknownNation { .. } => {
                "This backup names a country Small Steps does not know"
            }
            ReadError::Invalid(_) => "Some of what is in this file is not allowed",
        }
    }

    /// What is wrong and what to do, in a parent's words: no file-format terms, which
    /// [`ReadError::detail`] holds for whoever helps.
    pub fn explanation(&self) -> String {
        match self {
            ReadError::Empty => "There is nothing in it. Choose the backup file Small Steps saved for you.".into(),
            ReadError::TooLarge { bytes } => format!(
                "It is {} MB; a Small Steps backup is far smaller (the most it will read is {} MB). Check you chose the right file.",
                bytes.div_ceil(1_048_576),
                MAX_FILE_BYTES / 1_048_576
            ),
            ReadError::TooDeep | ReadError::NotJson { .. } | ReadError::NotAnObject => format!(
                "It is a different kind of file, or it was damaged after it was saved. {CHOOSE_A_BACKUP}"
            ),
            ReadError::CutShort { .. } => format!(
                "It stops part way through, as a file does when a download or a copy did not finish. Save the backup again from the phone it came from, or choose another copy. {ANOTHER_COPY}"
            ),
            ReadError::NotSmallSteps { found: Some(_) } => format!(
                "It was saved by something other than Small Steps, so Small Steps cannot bring it in. {CHOOSE_A_BACKUP}"
            ),
            ReadError::NotSmallSteps { found: None } => format!(
                "Nothing in it says it was saved by Small Steps. {CHOOSE_A_BACKUP}"
            ),
            ReadError::NoVersion => format!(
                "Every Small Steps backup says which version of the app saved it, and this one does not, so it may have been changed since it was saved. {ANOTHER_COPY}"
            ),
            ReadError::NewerVersion { .. } => "It was saved by a newer Small Steps than the one open here. Reload the page to get the newest app, then try again. Nothing here has changed.".into(),
            ReadError::WrongShape { .. } => format!(
                "Something in it has been changed or damaged since it was saved, so Small Steps cannot bring it in safely. {ANOTHER_COPY}"
            ),
            ReadError::UnknownNation { found, .. } => format!(
                "Small Steps knows the school rules of England and Wales. This backup says a child's school follows the rules of “{found}”, which Small Steps never saves, so it may have been changed since it was saved. Nothing here has changed. {ANOTHER_COPY}"
            ),
            ReadError::Invalid(problems) => format!(
                "Small Steps checks every backup before bringing anything in, and {} in this one {} outside what Small Steps ever saves, so it may have been changed since it was saved. {ANOTHER_COPY}",
                match problems.len() {
                    1 => "one thing".to_string(),
                    n if n >= MAX_PROBLEMS => format!("at least {n} things"),
                    n => format!("{n} things"),
                },
                if problems.len() == 1 { "is" } else { "are" }
            ),
        }
    }

    /// The technical detail for whoever helps (where in the file, the field, the rule), shown
    /// behind "More detail"; `None` when the title and explanation say it all.
    pub fn detail(&self) -> Option<String> {
        match self {
            ReadError::Empty | ReadError::TooLarge { .. } => None,
            ReadError::TooDeep => Some(format!(
                "Its contents are nested more than {MAX_NESTING} levels deep, which a Small Steps backup never is."
            )),
            ReadError::NotJson { line, column } => Some(format!(
                "It could not be read as JSON: the problem is at line {line}, column {column}."
            )),
            ReadError::CutShort { line, column } => Some(format!(
                "The JSON ends too early, at line {line}, column {column}."
            )),
            ReadError::NotAnObject => Some(format!(
                "It is JSON, but not an object starting with {{\"format\": \"{FORMAT_NAME}\"."
            )),
            ReadError::NotSmallSteps { found: Some(found) } => Some(format!(
                "Its \"format\" field says \"{found}\", not \"{FORMAT_NAME}\"."
            )),
            ReadError::NotSmallSteps { found: None } => Some(format!(
                "It has no \"format\": \"{FORMAT_NAME}\" field."
            )),
            ReadError::NoVersion => Some(
                "Its \"version\" field is missing or not a whole number from 1 up.".into(),
            ),
            ReadError::NewerVersion { found } => Some(format!(
                "It is version {found}; this copy of the app reads versions up to {CURRENT_VERSION}."
            )),
            ReadError::WrongShape { path, detail } => Some(format!("At {path}: {detail}.")),
            ReadError::UnknownNation { path, found } => Some(format!(
                "At {path}: \"{found}\" is neither \"england\" nor \"wales\"."
            )),
            ReadError::Invalid(problems) => {
                let listed: Vec<String> = problems
                    .iter()
                    .take(5)
                    .map(|p| p.to_string().trim_end_matches('.').to_string())
                    .collect();
                let more = problems.len().saturating_sub(5);
                // The checker stops collecting at MAX_PROBLEMS, so a full list may hide many more.
                let tail = match more {
                    0 => String::new(),
                    _ if problems.len() >= MAX_PROBLEMS => format!(" (and at least {more} more)"),
                    _ => format!(" (and {more} more)"),
                };
                Some(format!("{}{tail}.", listed.join("; ")))
            }
        }
    }

    /// Title and explanation together, for one-line reports.
    pub fn message(&self) -> String {
        format!("{}. {}", self.title(), self.explanation())
    }

    /// Title, explanation and detail together, for a report kept for whoever helps.
    pub fn full_message(&self) -> String {
        match self.detail() {
            Some(detail) => format!("{} (More detail: {detail})", self.message()),
            None => self.message(),
        }
    }
}

/// The nation a file names, when serde refused it as an unknown choice at a child's `nation`.
fn unknown_nation(path: &str, detail: &str) -> Option<String> {
    let rest = detail.strip_prefix("unknown variant `")?;
    if !(path.starts_with("children[") && path.ends_with("].nation")) {
        return None;
    }
    let found = rest.split('`').next().unwrap_or(rest);
    Some(found.chars().take(40).collect())
}

/// A file that does not read as JSON: cut short when the text ends too early, else not JSON.
fn not_json(e: serde_json::Error) -> ReadError {
    let (line, column) = (e.line(), e.column());
    match e.classify() {
        Category::Eof => ReadError::CutShort { line, column },
        _ => ReadError::NotJson { line, column },
    }
}

/// Reads a file's text into a checked document at the current version.
pub fn read_document(text: &str) -> Result<Document, ReadError> {
    let mut document = read_unchecked(text)?;
    let mut diary = Diary {
        children: std::mem::take(&mut document.children),
    };
    let problems = check_diary(&diary);
    if !problems.is_empty() {
        return Err(ReadError::Invalid(problems));
    }
    diary.sort_days();
    document.children = diary.children;
    Ok(document)
}

/// The stored diary read in one pass, when it is a Small Steps document of the current version
/// that reads cleanly: what nearly every opening finds. `None` for anything else (an older version
/// to migrate, or something wrong), which [`read_unchecked`] reads or refuses in words. Neither
/// checks every field's rules: see [`read_unchecked`].
pub fn read_current(text: &str) -> Option<Document> {
    let text = text.trim_start_matches('\u{feff}');
    if text.len() > MAX_FILE_BYTES || nesting_depth(text) > MAX_NESTING {
        return None;
    }
    let document: Document = serde_json::from_str(text).ok()?;
    (document.format == FORMAT_NAME && document.version == CURRENT_VERSION).then_some(document)
}

/// Reads a file's text as [`read_document`] does, all but the check of every field's rules
/// ([`check_diary`]) and the sorting of days that follows it. For the diary stored on this phone,
/// which every save checked before writing it: the app shows it at once and checks it again as
/// soon as the part of the app that checks has come (`web::saving`).
pub fn read_unchecked(text: &str) -> Result<Document, ReadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    if nesting_depth(text) > MAX_NESTING {
        return Err(ReadError::TooDeep);
    }
    if !text.trim_start().starts_with('{') {
        serde_json::from_str::<IgnoredAny>(text).map_err(not_json)?;
        return Err(ReadError::NotAnObject);
    }
    let header: Header = serde_json::from_str(text).map_err(|e| match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => not_json(e),
        Category::Data => ReadError::NotAnObject,
    })?;
    match header.format {
        Loose::Text(name) if name == FORMAT_NAME => {}
        Loose::Text(other) => {
            return Err(ReadError::NotSmallSteps {
                found: Some(other.chars().take(40).collect()),
            })
        }
        _ => return Err(ReadError::NotSmallSteps { found: None }),
    }
    let version = match header.version {
        Loose::Number(v) if v > CURRENT_VERSION => {
            return Err(ReadError::NewerVersion { found: v })
        }
        Loose::Number(v) if v > 0 => v,
        _ => return Err(ReadError::NoVersion),
    };
    // A file at the current version is read in one pass; an older one is migrated as a JSON tree
    // first and then read the same way, so every error names its place in the (migrated) text.
    // An older version whose later versions only added things is read as it is.
    let migrated;
    let text = if !needs_migrating(version) {
        text
    } else {
        let value: Value = serde_json::from_str(text).map_err(not_json)?;
        migrated = serde_json::to_string(&migrate(value, version)).expect("a tree always writes");
        migrated.as_str()
    };
    let mut document: Document = serde_json::from_str(text).map_err(|e| {
        let offset = offset_of(text, e.line(), e.column());
        let detail = e.to_string();
        let path = if detail.starts_with("missing field") {
            object_at(text, offset)
        } else {
            path_at(text, offset)
        };
        let detail = detail
            .rsplit_once(" at line ")
            .map_or(detail.as_str(), |(d, _)| d);
        if let Some(found) = unknown_nation(&path, detail) {
            return ReadError::UnknownNation { path, found };
        }
        ReadError::WrongShape {
            path: if path.is_empty() {
                "the top of the file".into()
            } else {
                path
            },
            detail: plain_words(detail),
        }
    })?;
    // Read (and migrated where needed), it now holds the current version.
    document.version = CURRENT_VERSION;
    Ok(document)
}
