//! Phone numbers typed by users.
//!
//! Properties, for any string:
//! - `parse_phone_number` never panics (libfuzzer-sys aborts on any panic, even one the
//!   crate's `catch_unwind` would catch, so a panic inside libphonenumber is reported too);
//! - an `Ok` value is `+` followed by 4..=15 ASCII digits, and parsing it again gives the
//!   same E.164;
//! - its `masked()` form shows the country code and at most the last two digits: after
//!   `+<country code>` every digit is `*` except the last one or two, which are the
//!   number's last digits, and every subscriber digit has a place (a digit or `*`);
//! - `masked()` of any unchecked string (as read back from storage) does not panic and
//!   shows at most the first three characters and the last two digits unmasked.

#![no_main]

use libfuzzer_sys::fuzz_target;
use two_factor::phone::{PhoneNumber, parse_phone_number};

fn check_masked(e164: &str, masked: &str) {
    let digits = &e164[1..];
    let parsed = phonenumber::parse(None, e164).expect("a valid number parses again");
    let code = parsed.code().value().to_string();
    assert!(digits.starts_with(&code), "{e164}: country code {code}");
    let subscriber = &digits[code.len()..];

    let rest = masked
        .strip_prefix('+')
        .and_then(|m| m.strip_prefix(code.as_str()))
        .unwrap_or_else(|| panic!("{e164}: masked {masked:?} does not start with +{code}"));
    // The international format may only add separators to the digits: the ones
    // libphonenumber's formats use (spaces, dashes, parentheses, and dots in a few
    // countries such as New Caledonia, `+687 77.28.68`).
    assert!(
        rest.chars()
            .all(|c| c.is_ascii_digit() || c == '*' || matches!(c, ' ' | '-' | '(' | ')' | '.')),
        "{e164}: masked {masked:?} has unexpected characters"
    );
    let slots: String = rest
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '*')
        .collect();
    assert_eq!(
        slots.len(),
        subscriber.len(),
        "{e164}: masked {masked:?} drops or adds digits"
    );
    let shown: String = slots.chars().filter(char::is_ascii_digit).collect();
    assert!(
        shown.len() <= 2,
        "{e164}: masked {masked:?} shows {shown:?}"
    );
    assert!(
        slots.ends_with(&shown) && subscriber.ends_with(&shown),
        "{e164}: masked {masked:?} shows digits other than the last two"
    );
    assert!(
        slots[..slots.len() - shown.len()]
            .bytes()
            .all(|b| b == b'*'),
        "{e164}: masked {masked:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);

    if let Ok(number) = parse_phone_number(&s) {
        let e164 = number.as_e164();
        let digits = e164
            .strip_prefix('+')
            .unwrap_or_else(|| panic!("{e164:?} has no +"));
        assert!(
            digits.bytes().all(|b| b.is_ascii_digit()),
            "{e164:?} has non-digits"
        );
        assert!(
            (4..=15).contains(&digits.len()),
            "{e164:?} has {} digits",
            digits.len()
        );
        assert_eq!(number.to_string(), e164);
        assert_eq!(
            parse_phone_number(e164).as_ref(),
            Ok(&number),
            "{s:?} -> {e164:?} does not re-parse to itself"
        );
        check_masked(e164, &number.masked());
    }

    // Unchecked values (from storage) are masked without panicking and without exposing
    // more than they should. Only strings that look like stored numbers are checked for
    // what they reveal; anything else just must not panic.
    let unchecked = PhoneNumber::from_e164_unchecked(&s).masked();
    if s.len() <= 16
        && s.strip_prefix('+')
            .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    {
        let total = s.len() - 1;
        let shown = unchecked.bytes().filter(u8::is_ascii_digit).count();
        // Country code (1 to 3 digits) + the last two.
        assert!(shown <= 5.min(total), "{s:?} masked as {unchecked:?}");
    }
});
