//! A backup locked with a passphrase: its header (how it was locked), read and checked here before
//! the browser is asked to open it, and the rules for a new passphrase.
//!
//! The file is one JSON object: the header fields, then `ciphertext`. The browser (`ui::backup::lock`)
//! turns the passphrase into a key with PBKDF2-SHA256 and the header's salt, and seals the backup
//! with AES-256-GCM, the header's IV, and the header's exact text ([`LockHeader::additional_data`])
//! as additional data, so a changed header makes opening fail. The passphrase is never stored.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::base64;

/// The name a locked file carries in its `format` field.
pub const LOCKED_FORMAT: &str = "small-steps-locked";
/// The version of the locked format this app writes and reads.
pub const LOCKED_VERSION: u64 = 1;
/// How the key is made from the passphrase, in WebCrypto's names.
pub const KDF: &str = "PBKDF2";
pub const HASH: &str = "SHA-256";
/// OWASP's current figure for PBKDF2-SHA256; the only count version 1 accepts.
pub const ITERATIONS: u32 = 600_000;
pub const CIPHER: &str = "AES-256-GCM";
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// AES-GCM adds a 16-byte tag, so sealed text is never shorter than this.
pub const TAG_BYTES: usize = 16;
/// The shortest passphrase the app accepts for a new lock.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// The longest, so a pasted page cannot slow the phone down.
pub const MAX_PASSPHRASE_CHARS: usize = 500;

/// How a file was locked. Field order is the canonical order of the additional data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHeader {
    pub format: String,
    pub version: u64,
    pub kdf: String,
    pub hash: String,
    pub iterations: u32,
    pub cipher: String,
    /// Base64 of the 16 random bytes mixed into the passphrase.
    pub salt: String,
    /// Base64 of the 12 random bytes that start AES-GCM.
    pub iv: String,
}

impl LockHeader {
    /// The header for a new file, from fresh random salt and IV.
    pub fn new(salt: &[u8; SALT_BYTES], iv: &[u8; IV_BYTES]) -> Self {
        LockHeader {
            format: LOCKED_FORMAT.into(),
            version: LOCKED_VERSION,
            kdf: KDF.into(),
            hash: HASH.into(),
            iterations: ITERATIONS,
            cipher: CIPHER.into(),
            salt: base64::encode(salt),
            iv: base64::encode(iv),
        }
    }

    /// The header as compact JSON in field order: the bytes sealed with the backup as GCM's
    /// additional data, and the start of the file as written.
    pub fn additional_data(&self) -> String {
        serde_json::to_string(self).expect("plain data always serialises")
    }

    /// The whole locked file: the header's fields, then the sealed backup.
    pub fn file_text(&self, sealed: &[u8]) -> String {
        let header = self.additional_data();
        let open = header.strip_suffix('}').expect("a JSON object");
        format!("{open},\"ciphertext\":\"{}\"}}", base64::encode(sealed))
    }
}

/// A locked file whose header checked out, with its bytes decoded, ready to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedFile {
    pub header: LockHeader,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub sealed: Vec<u8>,
}

/// Why a locked file cannot be opened, before any passphrase is tried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    NoVersion,
    NewerVersion {
        found: u64,
    },
    UnknownVersion,
    Missing {
        field: &'static str,
    },
    Unknown {
        field: &'static str,
        found: String,
    },
    Iterations {
        found: String,
    },
    NotBase64 {
        field: &'static str,
    },
    WrongLength {
        field: &'static str,
        expected: usize,
        found: usize,
    },
    Extra {
        field: String,
    },
}

const SAME_FILE: &str = "Use the file exactly as Small Steps saved it, or another copy of it.";

impl LockError {
    /// A short heading for the message.
    pub fn title(&self) -> &'static str {
        match self {
            LockError::NewerVersion { .. } => "This locked backup was made by a newer Small Steps",
            _ => "This locked backup cannot be opened",
        }
    }

    /// What is wrong and what to do, in plain words.
    pub fn explanation(&self) -> String {
        match self {
            LockError::NoVersion => format!("It does not say which version of the lock it uses, so it may be damaged. {SAME_FILE}"),
            LockError::NewerVersion { found } => format!("It uses version {found} of the lock, and this app knows version {LOCKED_VERSION}. Open Small Steps from the place the backup was made, or ask whoever hosts it to update it."),
            LockError::UnknownVersion => format!("Its version of the lock is not one Small Steps ever wrote, so it may be damaged. {SAME_FILE}"),
            LockError::Missing { field } => format!("Part of the lock's details (\"{field}\") is missing, so the file is damaged or incomplete. {SAME_FILE}"),
            LockError::Unknown { field, found } => format!("It says it was locked with \"{found}\" ({field}), which Small Steps does not use. The file may have been changed. {SAME_FILE}"),
            LockError::Iterations { found } => format!("Its lock settings are out of range: they say {found} rounds, but Small Steps always uses {ITERATIONS}. The file may have been changed. {SAME_FILE}"),
            LockError::NotBase64 { field } => format!("Part of the file (\"{field}\") is damaged: it is not in the form Small Steps writes. {SAME_FILE}"),
            LockError::WrongLength { field, .. } => format!("Part of the file (\"{field}\") is the wrong length, so it is damaged or was cut short. {SAME_FILE}"),
            LockError::Extra { field } => format!("It holds something Small Steps never writes in a locked backup (\"{field}\"), so it may have been changed. {SAME_FILE}"),
        }
    }
}

/// Whether this text looks like a locked backup (a JSON object whose `format` is
/// [`LOCKED_FORMAT`]), and if so its header, checked. `None` for anything else, which the plain
/// reader then reads (and refuses with its own words if need be).
pub fn read_locked(text: &str) -> Option<Result<LockedFile, LockError>> {
    // Most files are plain backups: skip parsing them twice.
    if !text.contains(LOCKED_FORMAT) {
        return None;
    }
    let Some(Value::Object(fields)) = parse_with_numbers_as_written(text) else {
        return None;
    };
    (fields.get("format").and_then(Value::as_str) == Some(LOCKED_FORMAT)).then(|| check(&fields))
}

/// Reads JSON, keeping any number too large for the reader (`1e400` rounds) as the text it was
/// written as, so a locked file with an absurd setting is refused for that setting (see [`check`])
/// and not taken for a file from something other than Small Steps.
fn parse_with_numbers_as_written(text: &str) -> Option<Value> {
    // A file holds few numbers; a handful of tries is plenty, and bounds the work.
    let mut text = std::borrow::Cow::Borrowed(text);
    for _ in 0..8 {
        let error = match serde_json::from_str::<Value>(&text) {
            Ok(value) => return Some(value),
            Err(error) => error,
        };
        if !error.to_string().starts_with("number out of range") {
            return None;
        }
        let line_start: usize = text
            .split_inclusive('\n')
            .take(error.line().saturating_sub(1))
            .map(str::len)
            .sum();
        // The reader stops on the number's last character (a column counts from 1).
        let at = (line_start + error.column()).min(text.len());
        if !text.is_char_boundary(at) {
            return None;
        }
        let is_number = |c: char| c.is_ascii_digit() || "+-.eE".contains(c);
        let start = text[..at]
            .rfind(|c: char| !is_number(c))
            .map_or(0, |i| i + 1);
        let end = text[at..]
            .find(|c: char| !is_number(c))
            .map_or(text.len(), |i| at + i);
        if start >= end {
            return None;
        }
        text = format!(
            "{}\"{}\"{}",
            &text[..start],
            &text[start..end],
            &text[end..]
        )
        .into();
    }
    None
}

fn check(fields: &Map<String, Value>) -> Result<LockedFile, LockError> {
    const KNOWN: [&str; 9] = [
        "format",
        "version",
        "kdf",
        "hash",
        "iterations",
        "cipher",
        "salt",
        "iv",
        "ciphertext",
    ];
    match fields.get("version") {
        None => return Err(LockError::NoVersion),
        Some(v) => match v.as_u64() {
            Some(LOCKED_VERSION) => {}
            Some(found) if found > LOCKED_VERSION => return Err(LockError::NewerVersion { found }),
            _ => return Err(LockError::UnknownVersion),
        },
    }
    if let Some(extra) = fields.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        return Err(LockError::Extra {
            field: extra.chars().take(40).collect(),
        });
    }
    let named = |field: &'static str, expected: &str| match fields.get(field) {
        None => Err(LockError::Missing { field }),
        Some(Value::String(s)) if s == expected => Ok(s.clone()),
        Some(other) => Err(LockError::Unknown {
            field,
            found: other
                .as_str()
                .map_or(other.to_string(), str::to_string)
                .chars()
                .take(40)
                .collect(),
        }),
    };
    let kdf = named("kdf", KDF)?;
    let hash = named("hash", HASH)?;
    let cipher = named("cipher", CIPHER)?;
    let iterations = match fields.get("iterations") {
        None => {
            return Err(LockError::Missing {
                field: "iterations",
            })
        }
        Some(v) if v.as_u64() == Some(u64::from(ITERATIONS)) => ITERATIONS,
        Some(v) => {
            let found = v.as_str().map_or(v.to_string(), str::to_string);
            return Err(LockError::Iterations {
                found: found.chars().take(20).collect(),
            });
        }
    };
    let bytes = |field: &'static str| -> Result<(String, Vec<u8>), LockError> {
        let text = fields.get(field).ok_or(LockError::Missing { field })?;
        let text = text.as_str().ok_or(LockError::NotBase64 { field })?;
        let decoded = base64::decode(text).ok_or(LockError::NotBase64 { field })?;
        Ok((text.to_string(), decoded))
    };
    let exactly = |field: &'static str, expected: usize| {
        let (text, decoded) = bytes(field)?;
        match decoded.len() {
            n if n == expected => Ok((text, decoded)),
            found => Err(LockError::WrongLength {
                field,
                expected,
                found,
            }),
        }
    };
    let (salt_text, salt) = exactly("salt", SALT_BYTES)?;
    let (iv_text, iv) = exactly("iv", IV_BYTES)?;
    let (_, sealed) = bytes("ciphertext")?;
    if sealed.len() <= TAG_BYTES {
        return Err(LockError::WrongLength {
            field: "ciphertext",
            expected: TAG_BYTES + 1,
            found: sealed.len(),
        });
    }
    Ok(LockedFile {
        header: LockHeader {
            format: LOCKED_FORMAT.into(),
            version: LOCKED_VERSION,
            kdf,
            hash,
            iterations,
            cipher,
            salt: salt_text,
            iv: iv_text,
        },
        salt,
        iv,
        sealed,
    })
}

/// Why a new passphrase cannot be used yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    Empty,
    TooShort { chars: usize },
    TooLong,
    NotRepeated,
    Different,
}

impl PassphraseProblem {
    /// What to do, in plain words.
    pub fn message(self) -> String {
        match self {
            PassphraseProblem::Empty => format!("Type a passphrase of at least {MIN_PASSPHRASE_CHARS} characters, or untick \"Protect this backup with a passphrase\"."),
            PassphraseProblem::TooShort { chars } => format!("The passphrase has {chars} characters; it needs at least {MIN_PASSPHRASE_CHARS}. A few words you will remember work well."),
            PassphraseProblem::TooLong => format!("The passphrase is longer than {MAX_PASSPHRASE_CHARS} characters. Choose a shorter one."),
            PassphraseProblem::NotRepeated => "Type the passphrase again in \"Type it again\", to be sure it is the one you mean.".into(),
            PassphraseProblem::Different => "The two passphrases are not the same. Type them again carefully.".into(),
        }
    }
}

/// Checks a new passphrase and its repeat before a backup is locked with it.
pub fn check_new_passphrase(passphrase: &str, repeat: &str) -> Result<(), PassphraseProblem> {
    let chars = passphrase.chars().count();
    if chars == 0 {
        Err(PassphraseProblem::Empty)
    } else if chars < MIN_PASSPHRASE_CHARS {
        Err(PassphraseProblem::TooShort { chars })
    } else if chars > MAX_PASSPHRASE_CHARS {
        Err(PassphraseProblem::TooLong)
    } else if repeat.is_empty() {
        Err(PassphraseProblem::NotRepeated)
    } else if passphrase != repeat {
        Err(PassphraseProblem::Different)
    } else {
        Ok(())
    }
}
