//! Locked backups in a real browser (headless Chromium's WebCrypto): a round trip, a wrong
//! passphrase, a changed header or sealed text refused, the committed test vector opening, and no
//! name or diary text readable in a locked file.
#![cfg(target_arch = "wasm32")]

use small_steps::domain::file::base64;
use small_steps::domain::file::locked::{read_locked, LockedFile};
use small_steps::domain::read_document;
use small_steps::web::passphrase_lock::{lock, unlock, unlock_with, OpenError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const V1: &str = include_str!("fixtures/v1.json");
/// The committed test vector: V1 locked with [`FIXTURE_PASSPHRASE`]. It must always open.
const LOCKED_V1: &str = include_str!("fixtures/locked-v1.json");
const FIXTURE_PASSPHRASE: &str = "Small steps, every day 🌱";
const PASSPHRASE: &str = "the blue door at the end";

fn header_of(text: &str) -> LockedFile {
    read_locked(text).expect("locked").expect("header reads")
}

#[wasm_bindgen_test]
async fn the_test_vector_opens() {
    let opened = unlock(&header_of(LOCKED_V1), FIXTURE_PASSPHRASE)
        .await
        .expect("the fixture opens");
    assert_eq!(opened, V1);
    let diary = read_document(&opened).expect("a backup").into_diary();
    assert_eq!(diary.children[0].nickname, "Sam");
}

#[wasm_bindgen_test]
async fn a_locked_backup_opens_with_its_passphrase_and_no_other() {
    let locked = lock(V1, PASSPHRASE).await.expect("locks");
    let file = header_of(&locked);
    assert_eq!(unlock(&file, PASSPHRASE).await, Ok(V1.to_string()));
    for wrong in ["the blue door at the End", "", "Small steps, every day 🌱"] {
        assert_eq!(unlock(&file, wrong).await, Err(OpenError::WrongOrDamaged));
    }
    // A fresh salt and IV each time: the same backup never locks to the same text.
    let again = header_of(&lock(V1, PASSPHRASE).await.unwrap());
    assert_ne!(again.salt, file.salt);
    assert_ne!(again.iv, file.iv);
    assert_ne!(again.sealed, file.sealed);
}

#[wasm_bindgen_test]
async fn the_same_words_typed_another_way_open_it() {
    // "é" as one character, then as "e" and a combining accent (another keyboard's way).
    let locked = lock(V1, "caf\u{e9} at the corner").await.unwrap();
    assert_eq!(
        unlock(&header_of(&locked), "cafe\u{301} at the corner").await,
        Ok(V1.to_string())
    );
}

#[wasm_bindgen_test]
async fn a_changed_header_is_refused() {
    let file = header_of(LOCKED_V1);
    // The header is sealed as additional data: the right key and IV with any other header text fail.
    let right = file.header.additional_data();
    assert!(unlock_with(&file, FIXTURE_PASSPHRASE, right.as_bytes())
        .await
        .is_ok());
    let spaced = right.replace(",", ", ");
    let other_version = right.replace("\"version\":1", "\"version\":2");
    for header in [spaced, other_version, String::new()] {
        assert_eq!(
            unlock_with(&file, FIXTURE_PASSPHRASE, header.as_bytes()).await,
            Err(OpenError::WrongOrDamaged),
            "{header}"
        );
    }
    // A file whose salt or IV was swapped for other well-formed values reads, but does not open.
    let salt = &file.header.salt;
    let changed = LOCKED_V1.replace(salt.as_str(), &base64::encode(&[0u8; 16]));
    assert_eq!(
        unlock(&header_of(&changed), FIXTURE_PASSPHRASE).await,
        Err(OpenError::WrongOrDamaged)
    );
    let iv = &file.header.iv;
    let changed = LOCKED_V1.replace(iv.as_str(), &base64::encode(&[0u8; 12]));
    assert_eq!(
        unlock(&header_of(&changed), FIXTURE_PASSPHRASE).await,
        Err(OpenError::WrongOrDamaged)
    );
}

#[wasm_bindgen_test]
async fn a_changed_or_cut_sealed_backup_is_refused() {
    let file = header_of(LOCKED_V1);
    for at in [0, file.sealed.len() / 2, file.sealed.len() - 1] {
        let mut changed = file.clone();
        changed.sealed[at] ^= 1;
        assert_eq!(
            unlock(&changed, FIXTURE_PASSPHRASE).await,
            Err(OpenError::WrongOrDamaged),
            "byte {at}"
        );
    }
    let mut cut = file.clone();
    cut.sealed.truncate(file.sealed.len() - 100);
    assert_eq!(
        unlock(&cut, FIXTURE_PASSPHRASE).await,
        Err(OpenError::WrongOrDamaged)
    );
}

#[wasm_bindgen_test]
async fn nothing_in_a_locked_file_is_readable() {
    let locked = lock(V1, PASSPHRASE).await.unwrap();
    let diary = read_document(V1).unwrap().into_diary();
    let mut secrets = vec!["Riverside", "Okafor", "Samuel", "07700", PASSPHRASE];
    for child in &diary.children {
        secrets.push(&child.nickname);
        for day in &child.days {
            if day.helped.len() > 5 {
                secrets.push(&day.helped);
            }
        }
    }
    // Outside the sealed part, nothing at all of the diary or the passphrase.
    let file = header_of(&locked);
    let sealed_text = base64::encode(&file.sealed);
    let around = locked.replace(&sealed_text, "");
    assert_eq!(around.len() + sealed_text.len(), locked.len());
    // The sealed part is base64 only (no spaces or punctuation, so no sentence), and its bytes
    // hold none of the plain text. (A short name such as "Sam" turns up in random base64 about
    // one time in ten, so only the longer words are looked for inside it.)
    assert!(sealed_text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b)));
    for secret in secrets {
        assert!(!around.contains(secret), "{secret} is readable");
        if secret.len() >= 6 {
            assert!(
                !file
                    .sealed
                    .windows(secret.len())
                    .any(|w| w == secret.as_bytes()),
                "{secret} is in the sealed bytes"
            );
        }
    }
    assert!(!file
        .sealed
        .windows(V1.len().min(64))
        .any(|w| w == &V1.as_bytes()[..64]));
}
