//! Values of the session read from its text where they lie: the session keeps each entry
//! as the JSON text `serde_json` wrote, and `Session::get` parses it into a fresh value
//! every time. The request paths read a few entries on every request (the login's, the
//! CSRF token), so values in the shape this crate and actix-identity write — a JSON string
//! without escapes, a pair of plain integers — are read straight from the text; any other
//! spelling goes through `serde_json`, so a value reads exactly as `Session::get` would
//! read it (the tests compare both readings on odd inputs).

use std::borrow::Cow;

/// A JSON string's value: the text between the quotes when it needs no decoding (no escape,
/// no control character), else what `serde_json` makes of it.
pub(crate) fn string(raw: &str) -> Option<Cow<'_, str>> {
    let plain = raw
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .filter(|inner| !needs_decoding(inner.as_bytes()));
    match plain {
        Some(inner) => Some(Cow::Borrowed(inner)),
        None => serde_json::from_str::<String>(raw).ok().map(Cow::Owned),
    }
}

/// Whether `text` holds a byte that a JSON string cannot carry as it is: a quote, a
/// backslash or a control character. Eight bytes at a time (the usual word tricks: a byte
/// below `n` sets its top bit in `v - n·0x01…` where it was clear in `v`; an equal byte is a
/// zero byte of `v ^ b·0x01…`), since the session's values are read on every request.
fn needs_decoding(text: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const TOPS: u64 = ONES << 7;
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * u64::from(n)) & !v & TOPS != 0;
    let has = |v: u64, b: u8| below(v ^ (ONES * u64::from(b)), 1);
    let mut words = text.chunks_exact(8);
    for word in &mut words {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(word);
        let v = u64::from_ne_bytes(bytes);
        if below(v, 0x20) || has(v, b'"') || has(v, b'\\') {
            return true;
        }
    }
    words
        .remainder()
        .iter()
        .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// A JSON array of two integers: `[1700000000,1700000060]` read directly, any other
/// spelling (spaces, exponents, signs) by `serde_json`.
pub(crate) fn pair(raw: &str) -> Option<(i64, i64)> {
    let direct = raw
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .and_then(|inner| {
            let comma = inner.bytes().position(|b| b == b',')?;
            Some((digits(&inner[..comma])?, digits(&inner[comma + 1..])?))
        });
    direct.or_else(|| serde_json::from_str::<(i64, i64)>(raw).ok())
}

/// A non-negative integer written as plain digits, without a leading zero (not JSON: left
/// to `serde_json`, which refuses it) and at most 18 of them (so it cannot overflow).
fn digits(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.is_empty() || bytes.len() > 18 || (bytes.len() > 1 && bytes[0] == b'0') {
        return None;
    }
    bytes.iter().try_fold(0_i64, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `Session::get` makes of `raw`: `serde_json` on the stored text.
    fn serde<T: serde::de::DeserializeOwned>(raw: &str) -> Option<T> {
        serde_json::from_str(raw).ok()
    }

    #[test]
    fn strings_read_as_serde_json_reads_them() {
        let cases = [
            r#""user-42""#,
            r#""""#,
            r#""a\"b""#,
            r#""tab\there""#,
            r#""\u00e9t\u00e9""#,
            "\"été\"",
            "\"raw\u{1}control\"",
            r#""unterminated"#,
            r#"unquoted"#,
            r#""two" "strings""#,
            r#""a"b""#,
            r#"42"#,
            r#"null"#,
            r#"["x"]"#,
            r#" "spaced" "#,
            r#"""#,
            "",
        ];
        for raw in cases {
            assert_eq!(
                string(raw).map(Cow::into_owned),
                serde::<String>(raw),
                "{raw:?}"
            );
        }
        assert!(
            matches!(string(r#""plain""#), Some(Cow::Borrowed("plain"))),
            "a plain string is not copied"
        );
    }

    #[test]
    fn the_word_scan_finds_what_a_byte_scan_finds() {
        let naive = |t: &[u8]| t.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
        // Every byte value at every position of a 17-byte text (two words and a tail).
        for at in 0..17 {
            for b in 0..=255u8 {
                let mut text = *b"0123456789abcdefg";
                text[at] = b;
                assert_eq!(needs_decoding(&text), naive(&text), "byte {b:#04x} at {at}");
            }
        }
        // Neighbours of the special values next to each other (borrows across bytes).
        for a in [
            0x00, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x5b, 0x5c, 0x5d, 0x7f, 0x80, 0xff,
        ] {
            for b in [
                0x00, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x5b, 0x5c, 0x5d, 0x7f, 0x80, 0xff,
            ] {
                let text = [a, b, a, b, b, a, b, a];
                assert_eq!(needs_decoding(&text), naive(&text), "{a:#04x} {b:#04x}");
            }
        }
    }

    #[test]
    fn pairs_read_as_serde_json_reads_them() {
        let cases = [
            "[1700000000,1700000060]",
            "[0,0]",
            "[ 1, 2 ]",
            "[-5,3]",
            "[01,2]",
            "[1,2,3]",
            "[1]",
            "[]",
            "[1.5,2]",
            "[1e3,2]",
            "[9223372036854775807,1]",
            "[9223372036854775808,1]",
            "[123456789012345678,1]",
            "[1,]",
            "[,1]",
            "{\"a\":1}",
            "\"[1,2]\"",
            "",
        ];
        for raw in cases {
            assert_eq!(pair(raw), serde::<(i64, i64)>(raw), "{raw:?}");
        }
    }
}
