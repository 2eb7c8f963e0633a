//! Django's password hash formats, verified so that users imported from a Django site
//! (`management::two_factor_import_django`) sign in with the password they had there.
//!
//! Django stores `algorithm$…`: `pbkdf2_sha256$iterations$salt$hash` (its default),
//! `pbkdf2_sha1$…`, `argon2$argon2id$v=19$m=…,t=…,p=…$salt$hash`,
//! `bcrypt_sha256$$2b$12$…` (bcrypt over the SHA-256 hex digest of the password) and
//! `scrypt$N$salt$r$p$hash`. These are checked here; the argon2 form is handed back to the
//! caller, which verifies PHC strings with its reused memory. Anything else — an unusable
//! password (`!…`), unsalted MD5/SHA-1, a cost out of range — never matches.
//!
//! A verified Django hash is replaced with argon2id at that login
//! ([`super::PasswordHasher::must_update`]), as Django itself upgrades hashers.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use subtle::ConstantTimeEq;

/// Above this, an iteration count or cost is refused rather than computed (a stored hash
/// could otherwise occupy a hashing thread for minutes). Django 5.2 uses 1,000,000.
const MAX_PBKDF2_ITERATIONS: u32 = 10_000_000;
/// scrypt's N up to 2^20 (1 GiB with r = 8 would be 2^20 × 1 KiB); Django uses 2^14.
const MAX_SCRYPT_LOG_N: u8 = 20;

/// What a stored hash is, as far as verification goes.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Format<'a> {
    /// A PHC string (`$argon2id$…`): ours, or Django's argon2 with its prefix removed.
    Phc(&'a str),
    /// One of Django's other formats.
    Django,
    /// Not a hash this crate can verify.
    Unknown,
}

/// Classifies `encoded`.
pub(crate) fn format(encoded: &str) -> Format<'_> {
    if encoded.starts_with('$') {
        return Format::Phc(encoded);
    }
    match encoded.split_once('$') {
        Some(("argon2", rest)) => Format::Phc(&encoded[encoded.len() - rest.len() - 1..]),
        Some(("pbkdf2_sha256" | "pbkdf2_sha1" | "bcrypt_sha256" | "scrypt", _)) => Format::Django,
        _ => Format::Unknown,
    }
}

/// Whether `password` matches a Django hash of the [`Format::Django`] kinds. Blocking and
/// slow by design: call it on a hashing thread.
pub(crate) fn verify(password: &[u8], encoded: &str) -> bool {
    let mut parts = encoded.split('$');
    match parts.next() {
        Some("pbkdf2_sha256") => pbkdf2(password, parts, 32, ::pbkdf2::pbkdf2_hmac::<sha2::Sha256>),
        Some("pbkdf2_sha1") => pbkdf2(password, parts, 20, ::pbkdf2::pbkdf2_hmac::<sha1::Sha1>),
        Some("bcrypt_sha256") => bcrypt_sha256(password, encoded),
        Some("scrypt") => scrypt(password, parts),
        _ => false,
    }
}

/// `derive(password, salt, iterations, out)`: PBKDF2-HMAC with Django's digest.
type Derive = fn(&[u8], &[u8], u32, &mut [u8]);

fn pbkdf2(
    password: &[u8],
    mut parts: std::str::Split<'_, char>,
    len: usize,
    derive: Derive,
) -> bool {
    let (Some(iterations), Some(salt), Some(expected), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let Ok(iterations) = iterations.parse::<u32>() else {
        return false;
    };
    let Ok(expected) = STANDARD.decode(expected) else {
        return false;
    };
    if iterations == 0 || iterations > MAX_PBKDF2_ITERATIONS || expected.len() != len {
        return false;
    }
    let mut out = vec![0u8; len];
    derive(password, salt.as_bytes(), iterations, &mut out);
    out.ct_eq(&expected).into()
}

/// `bcrypt_sha256$` followed by a bcrypt hash of the password's SHA-256 hex digest (Django
/// hashes first so passwords longer than bcrypt's 72 bytes still count in full).
fn bcrypt_sha256(password: &[u8], encoded: &str) -> bool {
    use sha2::Digest;
    let Some(bcrypt_hash) = encoded.strip_prefix("bcrypt_sha256$") else {
        return false;
    };
    let digest = hex::encode(sha2::Sha256::digest(password));
    // bcrypt's cost is two digits after `$2b$`; 4..=31 are valid, above 16 we refuse.
    let cost = bcrypt_hash.get(4..6).and_then(|c| c.parse::<u32>().ok());
    if !cost.is_some_and(|c| (4..=16).contains(&c)) {
        return false;
    }
    bcrypt::verify(digest.as_bytes(), bcrypt_hash).unwrap_or(false)
}

/// `scrypt$N$salt$r$p$hash` with a 64-byte key, as Django's `ScryptPasswordHasher`.
fn scrypt(password: &[u8], mut parts: std::str::Split<'_, char>) -> bool {
    let (Some(n), Some(salt), Some(r), Some(p), Some(expected), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return false;
    };
    let (Ok(n), Ok(r), Ok(p)) = (n.parse::<u64>(), r.parse::<u32>(), p.parse::<u32>()) else {
        return false;
    };
    let Ok(expected) = STANDARD.decode(expected) else {
        return false;
    };
    if !n.is_power_of_two() || n < 2 || expected.len() != 64 || r > 32 || p > 16 {
        return false;
    }
    let log_n = n.trailing_zeros() as u8;
    if log_n > MAX_SCRYPT_LOG_N {
        return false;
    }
    let Ok(params) = ::scrypt::Params::new(log_n, r, p, 64) else {
        return false;
    };
    let mut out = [0u8; 64];
    if ::scrypt::scrypt(password, salt.as_bytes(), &params, &mut out).is_err() {
        return false;
    }
    out.ct_eq(&expected[..]).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Written by Django 5.2's hashers for "correct horse" (salt `saltsaltsalt`, costs
    // lowered to keep the test fast: `encode(password, salt, iterations=1000)` etc.).
    const PBKDF2_SHA256: &str =
        "pbkdf2_sha256$1000$saltsaltsalt$F7o7+5VTVzFAO998X6s3AHrDsJVdMiIlgndIMe19NvY=";
    const PBKDF2_SHA1: &str = "pbkdf2_sha1$1000$saltsaltsalt$JfNU29qvQkW1UgahO6OQ0oP6O0I=";
    const SCRYPT: &str = "scrypt$1024$saltsaltsalt$8$5$Kc4G/Z/sXNdpyJ3LA2iScqjXi5dcUdJjvGFcHHaopUBuAIBmjcsT7arqi7ouFHELmir7VXCJnsuMxD3W9oBDHw==";
    const BCRYPT_SHA256: &str =
        "bcrypt_sha256$$2b$04$ewpgQM.3lm8aOHNuG6mtq.EOQ3fm60Bci5Ey931WqCfWFtuTlAQ4u";

    #[test]
    fn formats_are_told_apart() {
        assert_eq!(
            format("$argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA"),
            Format::Phc("$argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA")
        );
        assert_eq!(
            format("argon2$argon2id$v=19$x"),
            Format::Phc("$argon2id$v=19$x")
        );
        assert_eq!(format(PBKDF2_SHA256), Format::Django);
        assert_eq!(format("bcrypt_sha256$$2b$12$x"), Format::Django);
        assert_eq!(format("md5$salt$hash"), Format::Unknown);
        assert_eq!(format("!unusable"), Format::Unknown);
        assert_eq!(format(""), Format::Unknown);
    }

    #[test]
    fn each_format_as_django_writes_it() {
        for encoded in [PBKDF2_SHA256, PBKDF2_SHA1, SCRYPT, BCRYPT_SHA256] {
            assert!(verify(b"correct horse", encoded), "{encoded}");
            assert!(!verify(b"correct horsf", encoded), "{encoded}");
            assert!(!verify(b"", encoded), "{encoded}");
        }
    }

    #[test]
    fn malformed_or_too_costly_hashes_never_match() {
        for bad in [
            "pbkdf2_sha256$1000$salt",
            "pbkdf2_sha256$x$salt$hash",
            "pbkdf2_sha256$0$saltsaltsalt$F7o7+5VTVzFAO998X6s3AHrDsJVdMiIlgndIMe19NvY=",
            "pbkdf2_sha256$4000000000$saltsaltsalt$F7o7+5VTVzFAO998X6s3AHrDsJVdMiIlgndIMe19NvY=",
            "pbkdf2_sha256$1000$saltsaltsalt$not base64",
            "pbkdf2_sha256$1000$saltsaltsalt$F7o7+5VTVzFAO998X6s3AHrDsJVdMiIlgndIMe19NvY=$extra",
            "scrypt$16385$salt$8$1$aGFzaA==",
            "scrypt$1099511627776$salt$8$1$aGFzaA==",
            "scrypt$16384$salt$8$1$short",
            "bcrypt_sha256$$2b$31$ewpgQM.3lm8aOHNuG6mtq.EOQ3fm60Bci5Ey931WqCfWFtuTlAQ4u",
            "bcrypt_sha256$garbage",
            "unknown$x",
        ] {
            assert!(!verify(b"correct horse", bad), "{bad}");
        }
    }
}
