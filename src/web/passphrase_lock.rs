//! Locking a backup with a passphrase and opening it again, with the browser's own cryptography
//! (WebCrypto). The only code that touches `crypto.subtle`; the file's header is written, read and
//! checked in `domain::locked`.

use js_sys::{Array, JsString, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, Crypto, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::domain::file::locked::{LockHeader, LockedFile, IV_BYTES, SALT_BYTES};
use crate::web::timing;

/// Why a locked backup did not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// The passphrase is not the one it was locked with, or the file was changed or damaged
    /// (AES-GCM cannot tell these apart, and neither can anyone else).
    WrongOrDamaged,
    /// This browser offers no WebCrypto here (a page not opened over https://).
    NoCrypto,
}

impl OpenError {
    /// What happened and what to do, in plain words.
    pub fn message(self) -> &'static str {
        match self {
            OpenError::WrongOrDamaged => "That passphrase does not open this backup. Check it letter by letter (capital letters count) and try again. If you are sure it is right, the file may be damaged: try another copy of it.",
            OpenError::NoCrypto => NO_CRYPTO,
        }
    }
}

const NO_CRYPTO: &str = "This browser cannot lock or open backups here: it needs the page opened with an address starting https://. Ask whoever hosts Small Steps about it.";

/// The browser's `crypto`, with `crypto.subtle` (which only exists on https:// pages and localhost).
fn browser_crypto() -> Option<(Crypto, SubtleCrypto)> {
    let crypto: Crypto = js_sys::Reflect::get(&js_sys::global(), &"crypto".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into()).ok()?;
    (!subtle.is_undefined()).then(|| (crypto, subtle.unchecked_into()))
}

/// The AES-256-GCM key made from the passphrase (NFC, so the same words typed on another phone's
/// keyboard give the same key) and the salt, by PBKDF2-SHA256.
async fn key(
    subtle: &SubtleCrypto,
    header: &LockHeader,
    passphrase: &str,
    salt: &[u8],
    usage: &str,
) -> Result<CryptoKey, JsValue> {
    let passphrase: String = JsString::from(passphrase).normalize("NFC").into();
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = subtle.import_key_with_str(
        "raw",
        &raw,
        "PBKDF2",
        false,
        &Array::of1(&"deriveKey".into()),
    )?;
    let base: CryptoKey = JsFuture::from(base).await?.unchecked_into();
    let params = Pbkdf2Params::new_with_str(
        "PBKDF2",
        &header.hash,
        header.iterations,
        &Uint8Array::from(salt),
    );
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    let key = subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &aes,
        false,
        &Array::of1(&usage.into()),
    )?;
    Ok(JsFuture::from(key).await?.unchecked_into())
}

fn gcm(iv: &[u8], additional_data: &[u8]) -> AesGcmParams {
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(iv));
    params.set_additional_data_u8_array(&Uint8Array::from(additional_data));
    params
}

/// Locks a backup's text with a passphrase: a fresh salt and IV, the key, then AES-GCM with the
/// header as additional data. Returns the locked file's text. Timed as `small-steps:lock`.
pub async fn lock(plain: &str, passphrase: &str) -> Result<String, String> {
    let failed = |_| {
        "The backup could not be locked on this phone. Nothing was saved; try again, or save it without a passphrase.".to_string()
    };
    let (crypto, subtle) = browser_crypto().ok_or(NO_CRYPTO)?;
    let started = timing::start("small-steps:lock");
    let mut salt = [0u8; SALT_BYTES];
    let mut iv = [0u8; IV_BYTES];
    crypto
        .get_random_values_with_u8_array(&mut salt)
        .map_err(failed)?;
    crypto
        .get_random_values_with_u8_array(&mut iv)
        .map_err(failed)?;
    let header = LockHeader::new(&salt, &iv);
    let key = key(&subtle, &header, passphrase, &salt, "encrypt")
        .await
        .map_err(failed)?;
    let params = gcm(&iv, header.additional_data().as_bytes());
    let sealed = subtle
        .encrypt_with_object_and_u8_array(&params, &key, plain.as_bytes())
        .map_err(failed)?;
    let sealed = Uint8Array::new(&JsFuture::from(sealed).await.map_err(failed)?).to_vec();
    let text = header.file_text(&sealed);
    timing::finish("small-steps:lock", started);
    Ok(text)
}

/// Opens a locked backup with the passphrase, giving the backup's text. Timed as `small-steps:unlock`.
pub async fn unlock(file: &LockedFile, passphrase: &str) -> Result<String, OpenError> {
    let started = timing::start("small-steps:unlock");
    let opened = unlock_with(file, passphrase, file.header.additional_data().as_bytes()).await;
    timing::finish("small-steps:unlock", started);
    opened
}

/// [`unlock`] with the additional data given, so a test can show that any other header text fails.
pub async fn unlock_with(
    file: &LockedFile,
    passphrase: &str,
    additional_data: &[u8],
) -> Result<String, OpenError> {
    let (_, subtle) = browser_crypto().ok_or(OpenError::NoCrypto)?;
    let wrong = |_| OpenError::WrongOrDamaged;
    let key = key(&subtle, &file.header, passphrase, &file.salt, "decrypt")
        .await
        .map_err(wrong)?;
    let params = gcm(&file.iv, additional_data);
    let plain = subtle
        .decrypt_with_object_and_u8_array(&params, &key, &file.sealed)
        .map_err(wrong)?;
    let plain = Uint8Array::new(&JsFuture::from(plain).await.map_err(wrong)?).to_vec();
    String::from_utf8(plain).map_err(|_| OpenError::WrongOrDamaged)
}
