//! Backup token fields.
//!
//! Properties, for any string `s`: `canonical_backup_token(s)` is `Some(t)` exactly when
//! `s` is eight characters of `[A-Za-z2-7]`, and then `t` is `s` in lower case: eight
//! characters of `[a-z2-7]`, itself canonical (idempotent).

#![no_main]

use libfuzzer_sys::fuzz_target;
use two_factor::__private::{TOKEN_LENGTH, canonical_backup_token};

fn base32(b: u8) -> bool {
    b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b)
}

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let got = canonical_backup_token(&s);
    let expected = (s.len() == TOKEN_LENGTH && s.bytes().all(|b| base32(b.to_ascii_lowercase())))
        .then(|| s.to_ascii_lowercase());
    assert_eq!(got, expected, "{s:?}");
    if let Some(t) = got {
        assert_eq!(t.len(), 8, "{t:?}");
        assert_eq!(t.chars().count(), 8, "{t:?}");
        assert!(t.bytes().all(base32), "{t:?}");
        assert_eq!(canonical_backup_token(&t).as_deref(), Some(t.as_str()));
    }
});
