//! Locked backups from the outside, natively: the committed test vector's header reads, every kind
//! of damaged or changed header is refused with words for the parent, the rules for a new
//! passphrase, and the published JSON Schema describes the locked file as the app writes it.
//! (Opening and locking need the browser's WebCrypto: tests/locked_browser.rs.)

use serde_json::{json, Value};

use small_steps::domain::file::base64;
use small_steps::domain::file::locked::{
    check_new_passphrase, read_locked, LockError, LockHeader, PassphraseProblem, CIPHER, HASH,
    ITERATIONS, IV_BYTES, KDF, LOCKED_FORMAT, LOCKED_VERSION, MIN_PASSPHRASE_CHARS, SALT_BYTES,
};

/// tests/fixtures/v1.json locked with "Small steps, every day 🌱" (tests/fixtures/make_locked.mjs).
const LOCKED: &str = include_str!("fixtures/locked-v1.json");
const V1: &str = include_str!("fixtures/v1.json");
const SCHEMA: &str = include_str!("../public/small-steps.schema.json");

fn fixture_with(change: impl FnOnce(&mut serde_json::Map<String, Value>)) -> String {
    let mut value: Value = serde_json::from_str(LOCKED).unwrap();
    change(value.as_object_mut().unwrap());
    serde_json::to_string(&value).unwrap()
}

/// One change made to the fixture's fields.
type Change = Box<dyn FnOnce(&mut serde_json::Map<String, Value>)>;

fn refused(text: &str) -> LockError {
    let error = read_locked(text)
        .expect("recognised as locked")
        .expect_err("must be refused");
    assert!(!error.title().is_empty());
    assert!(error.explanation().len() > 40, "{error:?}");
    error
}

#[test]
fn the_fixture_header_reads() {
    let file = read_locked(LOCKED)
        .expect("locked")
        .expect("header is fine");
    assert_eq!(file.header.format, LOCKED_FORMAT);
    assert_eq!(file.header.version, LOCKED_VERSION);
    assert_eq!(
        (
            file.header.kdf.as_str(),
            file.header.hash.as_str(),
            file.header.cipher.as_str()
        ),
        (KDF, HASH, CIPHER)
    );
    assert_eq!(file.header.iterations, 600_000);
    assert_eq!((file.salt.len(), file.iv.len()), (SALT_BYTES, IV_BYTES));
    // AES-GCM keeps the length and adds a 16-byte tag.
    assert_eq!(file.sealed.len(), V1.len() + 16);
    // The additional data is the header as the file starts, without spaces, in field order.
    let start: String = LOCKED
        .split("\"ciphertext\"")
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(
        format!("{}}}", start.trim_end_matches(',')),
        file.header.additional_data()
    );
}

#[test]
fn the_fixture_holds_nothing_in_clear() {
    // Outside the sealed part (a short word can turn up in random base64 by chance).
    let file = read_locked(LOCKED).unwrap().unwrap();
    let around = LOCKED.replace(&base64::encode(&file.sealed), "");
    assert!(
        around.len() < 400,
        "only the header is outside the sealed part"
    );
    for secret in [
        "Sam",
        "Alex",
        "Riverside",
        "Okafor",
        "Reid",
        "INSET",
        "worr",
        "walked",
    ] {
        assert!(
            !around.contains(secret),
            "{secret} is readable in the locked file"
        );
    }
}

#[test]
fn plain_backups_and_other_files_are_not_taken_for_locked_ones() {
    assert_eq!(read_locked(V1), None);
    assert_eq!(read_locked("not json at all small-steps-locked"), None);
    let note = json!({"format": "small-steps", "children": [{"note": "small-steps-locked"}]});
    assert_eq!(read_locked(&note.to_string()), None);
}

#[test]
fn a_written_file_reads_back() {
    let header = LockHeader::new(&[7; SALT_BYTES], &[9; IV_BYTES]);
    let text = header.file_text(&[1; 40]);
    let file = read_locked(&text).unwrap().unwrap();
    assert_eq!(file.header, header);
    assert_eq!(file.sealed, vec![1; 40]);
    assert!(text.starts_with(header.additional_data().trim_end_matches('}')));
}

#[test]
fn changed_or_damaged_headers_are_refused() {
    use LockError::*;
    let cases: Vec<(Change, LockError)> = vec![
        (
            Box::new(|f| {
                f.remove("version");
            }),
            NoVersion,
        ),
        (
            Box::new(|f| {
                f.insert("version".into(), json!(2));
            }),
            NewerVersion { found: 2 },
        ),
        (
            Box::new(|f| {
                f.insert("version".into(), json!(0));
            }),
            UnknownVersion,
        ),
        (
            Box::new(|f| {
                f.insert("version".into(), json!("1"));
            }),
            UnknownVersion,
        ),
        (
            Box::new(|f| {
                f.insert("kdf".into(), json!("scrypt"));
            }),
            Unknown {
                field: "kdf",
                found: "scrypt".into(),
            },
        ),
        (
            Box::new(|f| {
                f.insert("hash".into(), json!("SHA-1"));
            }),
            Unknown {
                field: "hash",
                found: "SHA-1".into(),
            },
        ),
        (
            Box::new(|f| {
                f.insert("cipher".into(), json!("AES-128-CBC"));
            }),
            Unknown {
                field: "cipher",
                found: "AES-128-CBC".into(),
            },
        ),
        (
            Box::new(|f| {
                f.remove("cipher");
            }),
            Missing { field: "cipher" },
        ),
        (
            Box::new(|f| {
                f.insert("iterations".into(), json!(1000));
            }),
            Iterations {
                found: "1000".into(),
            },
        ),
        (
            Box::new(|f| {
                f.insert("iterations".into(), json!(600001));
            }),
            Iterations {
                found: "600001".into(),
            },
        ),
        (
            Box::new(|f| {
                f.remove("iterations");
            }),
            Missing {
                field: "iterations",
            },
        ),
        (
            Box::new(|f| {
                f.insert("salt".into(), json!("not base64!"));
            }),
            NotBase64 { field: "salt" },
        ),
        (
            Box::new(|f| {
                f.insert("salt".into(), json!(base64::encode(&[1; 8])));
            }),
            WrongLength {
                field: "salt",
                expected: 16,
                found: 8,
            },
        ),
        (
            Box::new(|f| {
                f.insert("iv".into(), json!(base64::encode(&[1; 16])));
            }),
            WrongLength {
                field: "iv",
                expected: 12,
                found: 16,
            },
        ),
        (
            Box::new(|f| {
                f.insert("iv".into(), json!(12));
            }),
            NotBase64 { field: "iv" },
        ),
        (
            Box::new(|f| {
                f.remove("salt");
            }),
            Missing { field: "salt" },
        ),
        (
            Box::new(|f| {
                f.insert("ciphertext".into(), json!("AAAA"));
            }),
            WrongLength {
                field: "ciphertext",
                expected: 17,
                found: 3,
            },
        ),
        (
            Box::new(|f| {
                let c = f["ciphertext"].as_str().unwrap().to_string();
                f.insert("ciphertext".into(), json!(c[1..].to_string()));
            }),
            NotBase64 {
                field: "ciphertext",
            },
        ),
        (
            Box::new(|f| {
                f.insert("passphrase_hint".into(), json!("dog"));
            }),
            Extra {
                field: "passphrase_hint".into(),
            },
        ),
    ];
    for (change, expected) in cases {
        assert_eq!(refused(&fixture_with(change)), expected);
    }
}

#[test]
fn a_newer_lock_says_so() {
    let error = refused(&fixture_with(|f| {
        f.insert("version".into(), json!(3));
    }));
    assert!(error.title().contains("newer"));
    assert!(error.explanation().contains("version 3"));
}

#[test]
fn new_passphrase_rules() {
    use PassphraseProblem::*;
    assert_eq!(check_new_passphrase("", ""), Err(Empty));
    assert_eq!(
        check_new_passphrase("short", "short"),
        Err(TooShort { chars: 5 })
    );
    // Characters, not bytes: seven letters with accents are still too short.
    assert_eq!(
        check_new_passphrase("éééé€€€", "éééé€€€"),
        Err(TooShort { chars: 7 })
    );
    assert_eq!(check_new_passphrase("long enough", ""), Err(NotRepeated));
    assert_eq!(
        check_new_passphrase("long enough", "long enougH"),
        Err(Different)
    );
    assert_eq!(
        check_new_passphrase(&"a".repeat(501), &"a".repeat(501)),
        Err(TooLong)
    );
    assert_eq!(check_new_passphrase("eight ch", "eight ch"), Ok(()));
    assert_eq!(MIN_PASSPHRASE_CHARS, 8);
    for problem in [
        Empty,
        TooShort { chars: 3 },
        TooLong,
        NotRepeated,
        Different,
    ] {
        assert!(problem.message().len() > 30);
    }
}

#[test]
fn the_schema_describes_the_locked_file() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let locked = &schema["$defs"]["locked_file"];
    assert_eq!(locked["additionalProperties"], false);
    let props = locked["properties"]
        .as_object()
        .expect("locked_file properties");
    let fixture: Value = serde_json::from_str(LOCKED).unwrap();
    let fields: Vec<&String> = fixture.as_object().unwrap().keys().collect();
    assert_eq!(props.keys().collect::<Vec<_>>().len(), fields.len());
    for field in &fields {
        assert!(props.contains_key(*field), "schema lacks {field}");
    }
    let required: Vec<&str> = locked["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(required.len(), fields.len());
    assert_eq!(props["format"]["const"], LOCKED_FORMAT);
    assert_eq!(props["version"]["const"], LOCKED_VERSION);
    assert_eq!(props["kdf"]["const"], KDF);
    assert_eq!(props["hash"]["const"], HASH);
    assert_eq!(props["iterations"]["const"], ITERATIONS);
    assert_eq!(props["cipher"]["const"], CIPHER);
    // Base64 of 16 and 12 bytes is 24 and 16 characters.
    assert_eq!(props["salt"]["minLength"], 24);
    assert_eq!(props["salt"]["maxLength"], 24);
    assert_eq!(props["iv"]["minLength"], 16);
    assert_eq!(props["iv"]["maxLength"], 16);
    for (name, value) in fixture.as_object().unwrap() {
        if let Some(c) = props[name].get("const") {
            assert_eq!(c, value, "{name}");
        }
    }
}

/// tests/fixtures/locked-v1.json with its rounds changed to `1e400`, a number too large for any
/// reader: it is still a locked backup from Small Steps, refused for its lock settings.
const ABSURD_ROUNDS: &str = include_str!("fixtures/locked-absurd-rounds.json");

#[test]
fn absurd_rounds_are_refused_as_out_of_range_lock_settings() {
    let mut cases = vec![(ABSURD_ROUNDS.to_string(), "1e400")];
    for written in [
        "0",
        "-1",
        "-600000",
        "99999999999999999999999",
        "1e400",
        "6e5",
        "1E+999",
    ] {
        cases.push((
            LOCKED.replace(
                "\"iterations\": 600000",
                &format!("\"iterations\": {written}"),
            ),
            written,
        ));
    }
    for (text, written) in cases {
        let error = refused(&text);
        assert!(
            matches!(&error, LockError::Iterations { .. }),
            "{written}: {error:?}"
        );
        let words = error.explanation();
        assert!(
            words.starts_with("Its lock settings are out of range"),
            "{written}: {words}"
        );
    }
    // Written as it was, where the reader could not hold the number.
    assert_eq!(
        refused(ABSURD_ROUNDS),
        LockError::Iterations {
            found: "1e400".into()
        }
    );
    // A version too large to read is a version Small Steps never wrote.
    let version = LOCKED.replace("\"version\": 1,", "\"version\": 1e400,");
    assert_eq!(refused(&version), LockError::UnknownVersion);
}
