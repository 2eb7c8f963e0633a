//! Posted form bodies and token fields.
//!
//! Properties:
//! - `PostData::parse` accepts any bytes (invalid UTF-8, bad `%` escapes, `+`, `;`, empty
//!   pairs) without panicking, and `field`/`get`/`checked`/`present` agree with each other and
//!   with an independent decoding of the same body (missing / once / repeated).
//! - `parse_token(field, N)` for N = 6 and 8: `Token(t)` is exactly N ASCII digits and is the
//!   posted value itself; `Empty` only for a missing or empty field; a repeated field is
//!   `Malformed`; and every non-empty value that is not N ASCII digits is `Malformed`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use two_factor::__private::{self as forms, Field, PostData, TokenInput};

const FIXED_NAMES: [&str; 4] = ["token-otp_token", "generator-token", "backup-otp_token", ""];

fn check_token(field: Field<'_>, digits: u8) {
    let n = usize::from(digits);
    let parsed = forms::parse_token(field, digits);
    match &parsed {
        TokenInput::Token(t) => {
            assert_eq!(t.len(), n, "token {t:?} is not {n} long");
            assert!(
                t.bytes().all(|b| b.is_ascii_digit()),
                "token {t:?} has non-digits"
            );
            assert_eq!(
                field,
                Field::One(t.as_str()),
                "token differs from the posted value"
            );
        }
        TokenInput::Empty => {
            assert!(
                matches!(field, Field::Missing | Field::One("")),
                "{field:?} read as empty"
            );
        }
        TokenInput::Malformed => {}
    }
    // The oracle: the one canonical spelling, nothing else.
    let expected = match field {
        Field::Missing | Field::One("") => TokenInput::Empty,
        Field::Repeated => TokenInput::Malformed,
        Field::One(v) if v.len() == n && v.bytes().all(|b| b.is_ascii_digit()) => {
            TokenInput::Token(v.to_owned())
        }
        Field::One(_) => TokenInput::Malformed,
    };
    assert_eq!(parsed, expected, "parse_token({field:?}, {digits})");
    // Over-long fields are refused before parsing; they can never be a token.
    if forms::token_field_too_long(field) {
        assert!(!matches!(parsed, TokenInput::Token(_)));
    }
}

fn check_field(post: &PostData, pairs: &[(String, String)], name: &str) {
    let field = post.field(name);
    let values: Vec<&str> = pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect();
    let expected = match values.as_slice() {
        [] => Field::Missing,
        [one] => Field::One(one),
        _ => Field::Repeated,
    };
    assert_eq!(field, expected, "field({name:?})");
    assert_eq!(
        post.get(name),
        values.first().copied().filter(|_| values.len() == 1)
    );
    assert_eq!(
        post.checked(name),
        matches!(post.get(name), Some("on" | "true" | "1" | "yes"))
    );
    if let Some(v) = field.present() {
        assert!(!v.trim().is_empty());
    }
    check_token(field, 6);
    check_token(field, 8);
}

fuzz_target!(|data: &[u8]| {
    let post = PostData::parse(data);
    let pairs: Vec<(String, String)> = form_urlencoded::parse(data).into_owned().collect();
    for name in FIXED_NAMES {
        check_field(&post, &pairs, name);
    }
    // Names the body itself uses, so repeats and odd keys are reached.
    for (name, _) in pairs.iter().take(4) {
        check_field(&post, &pairs, name);
    }
    // Token fields given directly, without form decoding.
    if let Ok(s) = std::str::from_utf8(data) {
        check_token(Field::One(s), 6);
        check_token(Field::One(s), 8);
    }
});
