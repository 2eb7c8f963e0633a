//! Secrets encrypted at rest: an AEAD keyring for the TOTP keys in `otp_totp_device.key`.
//!
//! A [`SecretKeyring`] holds one *current* key, which encrypts every new value, and any
//! number of *old* keys, which still decrypt what they once encrypted. Rotating is: make
//! the new key current, keep the previous one as old, run
//! [`two_factor_reencrypt`](crate::management::two_factor_reencrypt), then drop the old key.
//!
//! # Stored format
//!
//! ```text
//! enc:v1:<key id>:<base64url, no padding: 12-byte nonce ‖ ciphertext ‖ 16-byte tag>
//! ```
//!
//! The cipher is AES-256-GCM with a random 96-bit nonce per value (far below the 2³²
//! values per key where random nonces become a concern). The authenticated data is the
//! value's header (`enc:v1:<key id>:`) followed by the caller's associated data, so a
//! ciphertext neither moves to another key id nor to another row or column unnoticed.
//!
//! Values written before encryption was configured are plain lowercase hex (the legacy
//! format). [`SecretKeyring::decrypt`] accepts them, so a site can turn encryption on
//! without downtime, unless [`SecretKeyring::require_encrypted`] was set once every row
//! has been re-encrypted.
//!
//! # Keys
//!
//! `TWO_FACTOR_SECRET_KEYS="k2:<base64 32 bytes>,k1:<base64 32 bytes>"` (first = current;
//! make one with `openssl rand -base64 32`), read by [`SecretKeyring::from_env`], or a key
//! derived with HKDF-SHA256 from a long site secret by [`SecretKeyring::derive`].

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use zeroize::Zeroizing;

/// Bytes of an encryption key (AES-256).
#[doc(hidden)]
pub const KEY_LEN: usize = 32;

/// The shortest passphrase [`SecretKeyring::derive`] accepts.
#[doc(hidden)]
pub const MIN_PASSPHRASE_LEN: usize = 32;

/// The longest key id; ids are ASCII letters, digits, `-`, `_` and `.`.
#[doc(hidden)]
pub const MAX_KEY_ID_LEN: usize = 32;

/// The prefix of every encrypted value of this format version.
const PREFIX: &str = "enc:v1:";
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// HKDF salt: fixed, so the same passphrase always derives the same key.
const HKDF_SALT: &[u8] = b"actix-two-factor secret keyring";
/// HKDF info prefix (the key id follows), distinct from every other use of a site secret.
const HKDF_INFO: &[u8] = b"actix-two-factor:otp-secret-encryption:v1:";

/// Why a keyring could not be built or a value could not be read. Messages never contain
/// key material or the secret itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SecretError {
    /// A key id is empty, too long or has characters other than `A-Za-z0-9-_.`.
    #[error("invalid key id (1 to 32 ASCII letters, digits, '-', '_' or '.')")]
    InvalidKeyId,
    /// A key id appears twice in one keyring.
    #[error("duplicate key id {0:?}")]
    DuplicateKeyId(String),
    /// A configured key is not base64 of exactly 32 bytes.
    #[error("key {0:?} is not base64 of exactly 32 bytes")]
    InvalidKey(String),
    /// A keyring specification has an entry that is not `id:base64key`.
    #[error("keyring entry {0} is not of the form id:base64key")]
    InvalidEntry(usize),
    /// A keyring specification has no key at all.
    #[error("the keyring specification has no key")]
    Empty,
    /// The environment variable is set but is not valid Unicode.
    #[error("environment variable {0} is not valid Unicode")]
    NotUnicode(String),
    /// A passphrase to derive a key from is too short.
    #[error("passphrase must be at least {MIN_PASSPHRASE_LEN} bytes, got {0}")]
    PassphraseTooShort(usize),
    /// The stored value is neither `enc:v1:…` nor legacy hex.
    #[error("stored secret is malformed")]
    Malformed,
    /// The value was encrypted under a key id this keyring does not hold.
    #[error("stored secret is encrypted under unknown key {0:?}")]
    UnknownKey(String),
    /// Authentication failed: a tampered value, the wrong associated data, or a different
    /// key under the same id.
    #[error("stored secret under key {0:?} failed authentication")]
    Decryption(String),
    /// A legacy plain-text value while the keyring requires encryption.
    #[error("stored secret is not encrypted and the keyring requires encryption")]
    PlaintextRejected,
    /// The value is encrypted, but no keyring is configured to decrypt it.
    #[error("stored secret is encrypted but no secret keyring is configured")]
    NoKeyring,
    /// The cipher refused to encrypt (only possible for absurdly long values).
    #[error("encryption failed")]
    Encryption,
}

/// One key of a keyring.
#[derive(Clone)]
struct Entry {
    id: String,
    key: Zeroizing<[u8; KEY_LEN]>,
}

impl Entry {
    fn new(id: &str, key: [u8; KEY_LEN]) -> Result<Entry, SecretError> {
        if !valid_key_id(id) {
            return Err(SecretError::InvalidKeyId);
        }
        Ok(Entry {
            id: id.to_owned(),
            key: Zeroizing::new(key),
        })
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&(*self.key).into())
    }
}

/// Encryption keys for secrets at rest: one current key that encrypts, older keys that
/// still decrypt. `Debug` shows key ids only, never key material.
///
/// ```
/// use two_factor::secrets::SecretKeyring;
/// let keyring = SecretKeyring::new("k2", [7; 32])?.with_old_key("k1", [1; 32])?;
/// let stored = keyring.encrypt(b"secret", b"otp_totp_device.key")?;
/// assert!(stored.starts_with("enc:v1:k2:"));
/// assert_eq!(keyring.decrypt(&stored, b"otp_totp_device.key")?, b"secret");
/// # Ok::<(), two_factor::secrets::SecretError>(())
/// ```
#[derive(Clone)]
pub struct SecretKeyring {
    current: Entry,
    old: Vec<Entry>,
    require_encrypted: bool,
}

impl std::fmt::Debug for SecretKeyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretKeyring")
            .field("current", &self.current.id)
            .field(
                "old",
                &self.old.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            )
            .field("require_encrypted", &self.require_encrypted)
            .finish()
    }
}

impl SecretKeyring {
    /// A keyring whose current key is `key`, named `current_id`.
    pub fn new(current_id: &str, key: [u8; KEY_LEN]) -> Result<SecretKeyring, SecretError> {
        Ok(SecretKeyring {
            current: Entry::new(current_id, key)?,
            old: Vec::new(),
            require_encrypted: false,
        })
    }

    /// Adds a retired key that still decrypts (but never encrypts).
    pub fn with_old_key(mut self, id: &str, key: [u8; KEY_LEN]) -> Result<Self, SecretError> {
        let entry = Entry::new(id, key)?;
        if self.entry(id).is_some() {
            return Err(SecretError::DuplicateKeyId(id.to_owned()));
        }
        self.old.push(entry);
        Ok(self)
    }

    /// A keyring whose current key is derived with HKDF-SHA256 from a long site secret
    /// (such as `SECRET_KEY`); passphrases shorter than 32 bytes are refused.
    pub fn derive(id: &str, passphrase: &[u8]) -> Result<SecretKeyring, SecretError> {
        SecretKeyring::new(id, SecretKeyring::derive_key(id, passphrase)?)
    }

    /// The key [`derive`](Self::derive) makes, for adding a derived key as an old key.
    #[doc(hidden)]
    pub fn derive_key(id: &str, passphrase: &[u8]) -> Result<[u8; KEY_LEN], SecretError> {
        if !valid_key_id(id) {
            return Err(SecretError::InvalidKeyId);
        }
        if passphrase.len() < MIN_PASSPHRASE_LEN {
            return Err(SecretError::PassphraseTooShort(passphrase.len()));
        }
        let hkdf = hkdf::Hkdf::<sha2::Sha256>::new(Some(HKDF_SALT), passphrase);
        let mut key = [0_u8; KEY_LEN];
        hkdf.expand_multi_info(&[HKDF_INFO, id.as_bytes()], &mut key)
            .map_err(|_| SecretError::InvalidKeyId)?;
        Ok(key)
    }

    /// Parses `id:base64key[,id:base64key…]`; the first entry is current. Keys are
    /// base64 (standard or URL-safe, padding optional) of exactly 32 bytes; whitespace
    /// around entries is ignored.
    pub fn parse(spec: &str) -> Result<SecretKeyring, SecretError> {
        let mut keyring: Option<SecretKeyring> = None;
        let entries = spec.split(',').map(str::trim).filter(|e| !e.is_empty());
        for (n, entry) in entries.enumerate() {
            let (id, encoded) = entry
                .split_once(':')
                .ok_or(SecretError::InvalidEntry(n + 1))?;
            let (id, encoded) = (id.trim(), encoded.trim());
            if !valid_key_id(id) {
                return Err(SecretError::InvalidKeyId);
            }
            let key = decode_key(encoded).ok_or_else(|| SecretError::InvalidKey(id.to_owned()))?;
            keyring = Some(match keyring {
                None => SecretKeyring::new(id, *key)?,
                Some(k) => k.with_old_key(id, *key)?,
            });
        }
        keyring.ok_or(SecretError::Empty)
    }

    /// The keyring in environment variable `var` (format of [`parse`](Self::parse)):
    /// `Ok(None)` when it is unset or empty, an error when it is set but malformed.
    pub fn from_env(var: &str) -> Result<Option<SecretKeyring>, SecretError> {
        SecretKeyring::from_var(var, std::env::var(var))
    }

    fn from_var(
        var: &str,
        value: Result<String, std::env::VarError>,
    ) -> Result<Option<SecretKeyring>, SecretError> {
        match value {
            Ok(spec) if spec.trim().is_empty() => Ok(None),
            Ok(spec) => SecretKeyring::parse(&spec).map(Some),
            Err(std::env::VarError::NotPresent) => Ok(None),
            Err(std::env::VarError::NotUnicode(_)) => Err(SecretError::NotUnicode(var.to_owned())),
        }
    }

    /// Refuses legacy plain-text values in [`decrypt`](Self::decrypt) (default: accepted).
    /// Turn it on once every row has been re-encrypted, so a value written straight into
    /// the database in plain text is not trusted.
    #[doc(hidden)]
    pub fn require_encrypted(mut self, yes: bool) -> Self {
        self.require_encrypted = yes;
        self
    }

    /// The id of the key new values are encrypted under.
    #[doc(hidden)]
    pub fn current_key_id(&self) -> &str {
        &self.current.id
    }

    /// Every key id, the current one first.
    #[doc(hidden)]
    pub fn key_ids(&self) -> Vec<&str> {
        std::iter::once(&self.current)
            .chain(&self.old)
            .map(|e| e.id.as_str())
            .collect()
    }

    /// Encrypts `plaintext` under the current key with a random nonce, bound to `aad`
    /// (which must be given again to decrypt): `enc:v1:<key id>:<base64url>`.
    #[doc(hidden)]
    pub fn encrypt(&self, plaintext: &[u8], aad: &[u8]) -> Result<String, SecretError> {
        let header = format!("{PREFIX}{}:", self.current.id);
        let nonce: [u8; NONCE_LEN] = rand::random();
        let full_aad = [header.as_bytes(), aad].concat();
        let sealed = self
            .current
            .cipher()
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad: &full_aad,
                },
            )
            .map_err(|_| SecretError::Encryption)?;
        let mut body = Vec::with_capacity(NONCE_LEN + sealed.len());
        body.extend_from_slice(&nonce);
        body.extend_from_slice(&sealed);
        Ok(header + &URL_SAFE_NO_PAD.encode(body))
    }

    /// Decrypts a stored value with whichever key its id names (current or old), checking
    /// `aad`. A legacy plain hex value is decoded and returned as it is (unless
    /// [`require_encrypted`](Self::require_encrypted)); anything else is an error.
    #[doc(hidden)]
    pub fn decrypt(&self, stored: &str, aad: &[u8]) -> Result<Vec<u8>, SecretError> {
        self.open(stored, aad, !self.require_encrypted)
    }

    /// Whether `stored` should be rewritten under the current key: a legacy plain value,
    /// or one encrypted under an old key. (It says nothing of whether it decrypts.)
    #[doc(hidden)]
    pub fn needs_reencryption(&self, stored: &str) -> bool {
        match parse_encrypted(stored) {
            Ok(Some((id, _))) => id != self.current.id && self.entry(id).is_some(),
            Ok(None) => true,
            Err(_) => false,
        }
    }

    /// The value re-encrypted under the current key when it
    /// [needs it](Self::needs_reencryption), `None` when it is already current; legacy
    /// plain values are accepted even with [`require_encrypted`](Self::require_encrypted),
    /// since this is how they are migrated.
    #[doc(hidden)]
    pub fn reencrypt(&self, stored: &str, aad: &[u8]) -> Result<Option<String>, SecretError> {
        let plaintext = Zeroizing::new(self.open(stored, aad, true)?);
        if !self.needs_reencryption(stored) {
            return Ok(None);
        }
        self.encrypt(&plaintext, aad).map(Some)
    }

    fn entry(&self, id: &str) -> Option<&Entry> {
        std::iter::once(&self.current)
            .chain(&self.old)
            .find(|e| e.id == id)
    }

    fn open(&self, stored: &str, aad: &[u8], allow_plain: bool) -> Result<Vec<u8>, SecretError> {
        let Some((id, body)) = parse_encrypted(stored)? else {
            return if allow_plain {
                decode_legacy(stored)
            } else {
                Err(SecretError::PlaintextRejected)
            };
        };
        let entry = self
            .entry(id)
            .ok_or_else(|| SecretError::UnknownKey(id.to_owned()))?;
        let header = &stored[..stored.len() - body.len()];
        let body = URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|_| SecretError::Malformed)?;
        if body.len() < NONCE_LEN + TAG_LEN {
            return Err(SecretError::Malformed);
        }
        let (nonce, sealed) = body.split_at(NONCE_LEN);
        let full_aad = [header.as_bytes(), aad].concat();
        entry
            .cipher()
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: &full_aad,
                },
            )
            .map_err(|_| SecretError::Decryption(id.to_owned()))
    }
}

/// Whether `id` can name a key (and be written between colons unambiguously).
fn valid_key_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_KEY_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Splits an `enc:v1:<id>:<body>` value: `Ok(None)` for a value that is not encrypted at
/// all (possibly legacy), an error for one that looks encrypted but is malformed.
fn parse_encrypted(stored: &str) -> Result<Option<(&str, &str)>, SecretError> {
    let Some(rest) = stored.strip_prefix("enc:") else {
        return Ok(None);
    };
    let rest = rest.strip_prefix("v1:").ok_or(SecretError::Malformed)?;
    let (id, body) = rest.split_once(':').ok_or(SecretError::Malformed)?;
    if !valid_key_id(id) || body.is_empty() {
        return Err(SecretError::Malformed);
    }
    Ok(Some((id, body)))
}

/// A legacy value: non-empty hex of the secret.
fn decode_legacy(stored: &str) -> Result<Vec<u8>, SecretError> {
    if stored.is_empty() {
        return Err(SecretError::Malformed);
    }
    hex::decode(stored).map_err(|_| SecretError::Malformed)
}

/// A configured key: base64 (standard or URL-safe, padding optional) of 32 bytes.
fn decode_key(encoded: &str) -> Option<Zeroizing<[u8; KEY_LEN]>> {
    let trimmed = encoded.trim_end_matches('=');
    let engine = if trimmed.contains(['-', '_']) {
        URL_SAFE_NO_PAD
    } else {
        STANDARD_NO_PAD
    };
    let bytes = Zeroizing::new(engine.decode(trimmed).ok()?);
    let mut key = Zeroizing::new([0_u8; KEY_LEN]);
    if bytes.len() != KEY_LEN {
        return None;
    }
    key.copy_from_slice(&bytes);
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const AAD: &[u8] = b"otp_totp_device.key\0alice";
    const K1: [u8; 32] = [1; 32];
    const K2: [u8; 32] = [2; 32];

    fn keyring() -> SecretKeyring {
        SecretKeyring::new("k1", K1).expect("keyring")
    }

    fn rotated() -> SecretKeyring {
        SecretKeyring::new("k2", K2)
            .and_then(|k| k.with_old_key("k1", K1))
            .expect("keyring")
    }

    #[test]
    fn round_trip() {
        let k = keyring();
        let secret = b"12345678901234567890";
        let stored = k.encrypt(secret, AAD).expect("encrypt");
        assert!(stored.starts_with("enc:v1:k1:"), "{stored}");
        assert!(!stored.contains(&hex::encode(secret)));
        assert_eq!(k.decrypt(&stored, AAD).expect("decrypt"), secret);
        assert!(!k.needs_reencryption(&stored));
        assert_eq!(k.reencrypt(&stored, AAD), Ok(None));
    }

    #[test]
    fn nonces_are_random() {
        let k = keyring();
        let a = k.encrypt(b"same", AAD).expect("encrypt");
        let b = k.encrypt(b"same", AAD).expect("encrypt");
        assert_ne!(a, b);
    }

    #[test]
    fn wrong_aad_fails() {
        let k = keyring();
        let stored = k.encrypt(b"secret", AAD).expect("encrypt");
        assert_eq!(
            k.decrypt(&stored, b"otp_totp_device.key\0mallory"),
            Err(SecretError::Decryption("k1".into()))
        );
    }

    #[test]
    fn unknown_key_id_fails() {
        let stored = rotated().encrypt(b"secret", AAD).expect("encrypt");
        assert_eq!(
            keyring().decrypt(&stored, AAD),
            Err(SecretError::UnknownKey("k2".into()))
        );
        assert!(!keyring().needs_reencryption(&stored));
    }

    #[test]
    fn same_id_different_key_fails() {
        let stored = keyring().encrypt(b"secret", AAD).expect("encrypt");
        let other = SecretKeyring::new("k1", K2).expect("keyring");
        assert_eq!(
            other.decrypt(&stored, AAD),
            Err(SecretError::Decryption("k1".into()))
        );
    }

    #[test]
    fn relabelled_key_id_fails() {
        // Both keys known: moving a value to another id is caught by the header in the AAD
        // even if the keys were equal.
        let k = SecretKeyring::new("a", K1)
            .and_then(|k| k.with_old_key("b", K1))
            .expect("keyring");
        let stored = k.encrypt(b"secret", AAD).expect("encrypt");
        let moved = stored.replacen("enc:v1:a:", "enc:v1:b:", 1);
        assert_eq!(
            k.decrypt(&moved, AAD),
            Err(SecretError::Decryption("b".into()))
        );
    }

    #[test]
    fn tampered_ciphertext_fails() {
        let k = keyring();
        let stored = k.encrypt(b"12345678901234567890", AAD).expect("encrypt");
        let (head, body) = stored.rsplit_once(':').expect("body");
        let mut bytes = URL_SAFE_NO_PAD.decode(body).expect("base64");
        for i in [0, NONCE_LEN, bytes.len() - 1] {
            bytes[i] ^= 0x01;
            let tampered = format!("{head}:{}", URL_SAFE_NO_PAD.encode(&bytes));
            assert_eq!(
                k.decrypt(&tampered, AAD),
                Err(SecretError::Decryption("k1".into())),
                "byte {i}"
            );
            bytes[i] ^= 0x01;
        }
        let truncated = format!("{head}:{}", URL_SAFE_NO_PAD.encode(&bytes[..20]));
        assert_eq!(k.decrypt(&truncated, AAD), Err(SecretError::Malformed));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let k = keyring();
        for bad in [
            "",
            "enc:",
            "enc:v1:",
            "enc:v1:k1",
            "enc:v1:k1:",
            "enc:v1:k1:!!!!",
            "enc:v2:k1:AAAA",
            "enc:v1:bad id:AAAA",
            "enc:v1:k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "xyz",
            "abc",
            "12345678901234567890 ",
            "ünïcødé",
        ] {
            assert!(k.decrypt(bad, AAD).is_err(), "{bad:?}");
            assert!(k.reencrypt(bad, AAD).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn legacy_hex_passes_through() {
        let k = keyring();
        let secret = b"12345678901234567890";
        let legacy = hex::encode(secret);
        assert_eq!(k.decrypt(&legacy, AAD).expect("legacy"), secret);
        assert_eq!(
            k.decrypt(&legacy.to_uppercase(), AAD).expect("legacy"),
            secret
        );
        assert!(k.needs_reencryption(&legacy));
        let migrated = k.reencrypt(&legacy, AAD).expect("ok").expect("rewritten");
        assert_eq!(k.decrypt(&migrated, AAD).expect("decrypt"), secret);

        let strict = keyring().require_encrypted(true);
        assert_eq!(
            strict.decrypt(&legacy, AAD),
            Err(SecretError::PlaintextRejected)
        );
        // Migration still reads it.
        assert!(strict.reencrypt(&legacy, AAD).expect("ok").is_some());
        assert_eq!(strict.decrypt(&migrated, AAD).expect("decrypt"), secret);
    }

    #[test]
    fn rotation_old_key_decrypts_new_writes_use_current() {
        let old = keyring().encrypt(b"secret", AAD).expect("encrypt");
        let k = rotated();
        assert_eq!(k.current_key_id(), "k2");
        assert_eq!(k.key_ids(), ["k2", "k1"]);
        assert_eq!(k.decrypt(&old, AAD).expect("old key"), b"secret");
        assert!(k.needs_reencryption(&old));
        let new = k.encrypt(b"secret", AAD).expect("encrypt");
        assert!(new.starts_with("enc:v1:k2:"));
        assert!(!k.needs_reencryption(&new));
        let rewritten = k.reencrypt(&old, AAD).expect("ok").expect("rewritten");
        assert!(rewritten.starts_with("enc:v1:k2:"));
        assert_eq!(k.decrypt(&rewritten, AAD).expect("decrypt"), b"secret");
        // Once k1 is retired, the rewritten value still reads.
        let only_k2 = SecretKeyring::new("k2", K2).expect("keyring");
        assert_eq!(
            only_k2.decrypt(&rewritten, AAD).expect("decrypt"),
            b"secret"
        );
    }

    #[test]
    fn debug_hides_keys() {
        let k = SecretKeyring::new("k2", [0xAB; 32])
            .and_then(|k| k.with_old_key("k1", [0xCD; 32]))
            .expect("keyring");
        let text = format!("{k:?} {k:#?}");
        assert!(text.contains("k2") && text.contains("k1"), "{text}");
        for needle in ["171", "205", "ab", "AB", "cd", "CD", "q6ur", "zc3N"] {
            assert!(!text.contains(needle), "{needle} in {text}");
        }
    }

    #[test]
    fn key_ids_are_validated() {
        for bad in ["", "a:b", "a,b", "a b", "ключ", &"x".repeat(33)] {
            assert_eq!(
                SecretKeyring::new(bad, K1).err(),
                Some(SecretError::InvalidKeyId)
            );
        }
        assert_eq!(
            keyring().with_old_key("k1", K2).err(),
            Some(SecretError::DuplicateKeyId("k1".into()))
        );
    }

    #[test]
    fn parse_spec() {
        let b64 = |k: &[u8]| base64::engine::general_purpose::STANDARD.encode(k);
        let url = |k: &[u8]| URL_SAFE_NO_PAD.encode(k);
        let k2 = [0xFB; 32]; // encodes with '+'/'/' or '-'/'_'
        let spec = format!(" k2:{} , k1:{} ", b64(&k2), url(&K1));
        let k = SecretKeyring::parse(&spec).expect("parse");
        assert_eq!(k.key_ids(), ["k2", "k1"]);
        let reference = SecretKeyring::new("k2", k2).expect("keyring");
        let stored = reference.encrypt(b"x", AAD).expect("encrypt");
        assert_eq!(k.decrypt(&stored, AAD).expect("decrypt"), b"x");
        let spec = format!("k2:{}", url(&k2));
        assert!(SecretKeyring::parse(&spec).is_ok());

        let cases: Vec<(String, SecretError)> = vec![
            (String::new(), SecretError::Empty),
            (" , ".into(), SecretError::Empty),
            ("k1".into(), SecretError::InvalidEntry(1)),
            (format!("k1:{},k2", b64(&K1)), SecretError::InvalidEntry(2)),
            (format!(":{}", b64(&K1)), SecretError::InvalidKeyId),
            (
                "k1:not base64!".into(),
                SecretError::InvalidKey("k1".into()),
            ),
            (
                format!("k1:{}", b64(&[1; 16])),
                SecretError::InvalidKey("k1".into()),
            ),
            (
                format!("k1:{}", b64(&[1; 33])),
                SecretError::InvalidKey("k1".into()),
            ),
            (
                format!("k1:{},k1:{}", b64(&K1), b64(&K2)),
                SecretError::DuplicateKeyId("k1".into()),
            ),
        ];
        for (spec, want) in cases {
            assert_eq!(SecretKeyring::parse(&spec).err(), Some(want), "{spec:?}");
        }
        // Errors never echo the key.
        let err = SecretKeyring::parse("k1:c2VjcmV0LWtleS1tYXRlcmlhbA==").expect_err("short key");
        assert!(!err.to_string().contains("c2Vj"), "{err}");
    }

    #[test]
    fn from_env_reads_the_variable() {
        use std::env::VarError;
        // Unset for real (no test sets it; `set_var` would need `unsafe`, which the crate
        // forbids, so the value path is tested through `from_var`).
        let unset = SecretKeyring::from_env("TWO_FACTOR_SECRET_KEYS_UNIT_TEST_UNSET");
        assert_eq!(unset.map(|k| k.is_some()), Ok(false));
        let var = "TWO_FACTOR_SECRET_KEYS";
        let spec = format!("k9:{}", URL_SAFE_NO_PAD.encode(K1));
        let k = SecretKeyring::from_var(var, Ok(spec))
            .expect("ok")
            .expect("set");
        assert_eq!(k.current_key_id(), "k9");
        assert_eq!(
            SecretKeyring::from_var(var, Ok("k9:short".into())).err(),
            Some(SecretError::InvalidKey("k9".into()))
        );
        assert_eq!(
            SecretKeyring::from_var(var, Ok("  ".into())).map(|k| k.is_some()),
            Ok(false)
        );
        assert_eq!(
            SecretKeyring::from_var(var, Err(VarError::NotPresent)).map(|k| k.is_some()),
            Ok(false)
        );
        assert_eq!(
            SecretKeyring::from_var(var, Err(VarError::NotUnicode("x".into()))).err(),
            Some(SecretError::NotUnicode(var.into()))
        );
    }

    #[test]
    fn derive_refuses_short_passphrases() {
        assert_eq!(
            SecretKeyring::derive("sk", b"too short").err(),
            Some(SecretError::PassphraseTooShort(9))
        );
        let pass = b"a very long site secret key of at least 32 bytes";
        let a = SecretKeyring::derive("sk", pass).expect("derive");
        let b = SecretKeyring::derive("sk", pass).expect("derive");
        let stored = a.encrypt(b"secret", AAD).expect("encrypt");
        assert_eq!(b.decrypt(&stored, AAD).expect("same key"), b"secret");
        let other = SecretKeyring::derive("sk", b"another very long site secret key, 32+ bytes")
            .expect("derive");
        assert!(other.decrypt(&stored, AAD).is_err());
        assert_ne!(
            SecretKeyring::derive_key("a", pass).expect("derive"),
            SecretKeyring::derive_key("b", pass).expect("derive"),
        );
        assert_ne!(
            SecretKeyring::derive_key("sk", pass).expect("derive")[..],
            pass[..32]
        );
    }
}
