//! Phone numbers for backup phones: parsing and validation with libphonenumber's metadata
//! (the `phonenumber` crate), storage as E.164 (`+31101234567`), and the masked form shown
//! to users (django-two-factor-auth's `mask_phone_number`).

use std::fmt;

use phonenumber::Mode;
use serde::{Deserialize, Serialize};

/// The message shown when a phone number does not parse (Django's wording).
pub const INVALID_PHONE_NUMBER: &str =
    "Please enter a valid phone number, including your country code starting with + or 00.";

/// [`INVALID_PHONE_NUMBER`] in the current language.
pub fn invalid_phone_number() -> &'static str {
    crate::i18n::tr_static("form-invalid-phone")
}

/// Longest input [`parse_phone_number`] looks at; anything longer is rejected unparsed.
pub const MAX_PHONE_INPUT_LEN: usize = 64;

/// Longest E.164 number: `+` and at most 15 digits (ITU-T E.164).
const MAX_E164_LEN: usize = 16;

/// The input is not a valid international phone number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", INVALID_PHONE_NUMBER)]
pub struct InvalidPhoneNumber;

/// A phone number in E.164 form (`+31101234567`); serialized as that plain string.
///
/// Numbers made by [`parse_phone_number`] are valid; deserialization and
/// [`PhoneNumber::from_e164_unchecked`] trust their input (numbers already stored).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// The number in E.164 form, e.g. `+31101234567`.
    pub fn as_e164(&self) -> &str {
        &self.0
    }

    /// Wraps an E.164 string without validating it (for numbers read back from storage).
    pub fn from_e164_unchecked(s: &str) -> PhoneNumber {
        PhoneNumber(s.to_owned())
    }

    /// The number in international format with every digit but the country code and the
    /// last two replaced by `*`: `+31101234567` → `+31 ** *** **67`.
    pub fn masked(&self) -> String {
        match international_parts(&self.0) {
            Some((code, international)) => mask_digits(&international, code.len() + 1),
            // Not parseable (an unchecked value): keep `+` and two more characters, like
            // Django's `(?<=.{3})[0-9](?=.{2})`.
            None => mask_digits(&self.0, 3),
        }
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parses a phone number typed by a user into E.164.
///
/// The number must carry its country code, written `+31…` or `0031…`; spaces, dashes, dots
/// and parentheses between digits are ignored, as is surrounding whitespace. Letters,
/// extensions, numbers that are too short or too long, and numbers libphonenumber does not
/// consider valid for their country are rejected. Never panics.
pub fn parse_phone_number(input: &str) -> Result<PhoneNumber, InvalidPhoneNumber> {
    let normalized = normalize(input).ok_or(InvalidPhoneNumber)?;
    let parsed = std::panic::catch_unwind(|| phonenumber::parse(None, &normalized))
        .map_err(|_| InvalidPhoneNumber)?
        .map_err(|_| InvalidPhoneNumber)?;
    if parsed.extension().is_some() || !phonenumber::is_valid(&parsed) {
        return Err(InvalidPhoneNumber);
    }
    let e164 = parsed.format().mode(Mode::E164).to_string();
    if e164.len() > MAX_E164_LEN
        || !e164.starts_with('+')
        || !e164[1..].bytes().all(|b| b.is_ascii_digit())
    {
        return Err(InvalidPhoneNumber);
    }
    Ok(PhoneNumber(e164))
}

/// Trims, checks the characters, turns a leading `00` into `+` and drops separators.
/// `None` when the input cannot be an international number.
fn normalize(input: &str) -> Option<String> {
    if input.len() > MAX_PHONE_INPUT_LEN {
        return None;
    }
    let trimmed = input.trim();
    let rest = trimmed
        .strip_prefix('+')
        .or_else(|| trimmed.strip_prefix("00"))?;
    let mut out = String::with_capacity(rest.len() + 1);
    out.push('+');
    for c in rest.chars() {
        match c {
            '0'..='9' => out.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return None,
        }
    }
    // At least a country code and a few digits, at most E.164's 15 digits.
    let digits = out.len() - 1;
    if !(4..=15).contains(&digits) {
        return None;
    }
    Some(out)
}

/// The country code and the INTERNATIONAL format of a number, if it parses.
fn international_parts(e164: &str) -> Option<(String, String)> {
    if e164.len() > MAX_PHONE_INPUT_LEN {
        return None;
    }
    let parsed = std::panic::catch_unwind(|| phonenumber::parse(None, e164))
        .ok()?
        .ok()?;
    let code = parsed.code().value().to_string();
    let international = parsed.format().mode(Mode::International).to_string();
    international
        .strip_prefix('+')
        .is_some_and(|rest| rest.starts_with(&code))
        .then_some((code, international))
}

/// Replaces each ASCII digit at char position `keep_prefix` or later with `*`, except the
/// last two digits.
fn mask_digits(s: &str, keep_prefix: usize) -> String {
    let total_digits = s.chars().filter(char::is_ascii_digit).count();
    let mut digits_seen = 0;
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            if !c.is_ascii_digit() {
                return c;
            }
            digits_seen += 1;
            if i < keep_prefix || digits_seen + 2 > total_digits {
                c
            } else {
                '*'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164(input: &str) -> String {
        match parse_phone_number(input) {
            Ok(number) => number.as_e164().to_owned(),
            Err(e) => panic!("{input:?} should parse: {e}"),
        }
    }

    #[test]
    fn accepts_common_spellings() {
        for input in [
            "+31 10 123 4567",
            "+31101234567",
            "0031101234567",
            "00 31 10 123 4567",
            "  +31101234567\t\n",
            "+31-10-123-4567",
            "+31.10.123.4567",
            "+31 (10) 123 4567",
            "+31 (0)10 123 4567",
        ] {
            assert_eq!(e164(input), "+31101234567", "{input:?}");
        }
    }

    #[test]
    fn accepts_other_countries() {
        assert_eq!(e164("+1 (201) 555-0123"), "+12015550123");
        assert_eq!(e164("+44 20 7946 0958"), "+442079460958");
        assert_eq!(e164("+49 30 901820"), "+4930901820");
        assert_eq!(e164("0049 30 901820"), "+4930901820");
        assert_eq!(e164("+358 9 1234567"), "+35891234567");
    }

    #[test]
    fn rejects_garbage() {
        let long_digits = format!("+31{}", "1".repeat(20));
        let very_long = "+".repeat(10_000);
        let long_spaces = format!("+31101234567{}", " ".repeat(100));
        let cases: &[&str] = &[
            "",
            " ",
            "+",
            "00",
            "++31101234567",
            "+31+101234567",
            "0101234567",
            "101234567",
            "31101234567",
            "0 31101234567",
            "+31",
            "+311",
            "+3110",
            "+31 10",
            "+31 10 123",
            "+31 10 123 45678 9",
            &long_digits,
            &very_long,
            &long_spaces,
            "abc",
            "+31 ten 123 4567",
            "+1-800-FLOWERS",
            "+31101234567 ext. 12",
            "+31101234567;ext=12",
            "+31101234567#",
            "+31101234567x12",
            "tel:+31101234567",
            "+31\u{0}101234567",
            "+３１１０１２３４５６７",
            "+31\u{200b}101234567",
            "+٣١١٠١٢٣٤٥٦٧",
            "+999 123 456 789",
            "+0 123 456 789",
            "+00 123 456 789",
            "0000000000",
            "+1 000 000 0000",
            "+31 00 000 0000",
            "-+31101234567",
            "(+31)101234567",
            "+31101234567\u{301}",
            "<script>+31101234567</script>",
        ];
        for input in cases {
            assert_eq!(
                parse_phone_number(input),
                Err(InvalidPhoneNumber),
                "{input:?} should be rejected"
            );
        }
    }

    #[test]
    fn never_panics_on_arbitrary_short_inputs() {
        let alphabet = ['+', '0', '1', '3', '9', ' ', '-', '(', ')', '.', 'x', '#'];
        // Every string of length <= 4 over the alphabet, prefixed to reach the parser.
        let mut inputs = vec![String::new()];
        for _ in 0..4 {
            inputs = inputs
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for s in &inputs {
                let _ = parse_phone_number(&format!("+31{s}"));
                let _ = parse_phone_number(&format!("+{s}1234567"));
                let _ = parse_phone_number(s);
            }
        }
    }

    #[test]
    fn error_message_is_djangos() {
        assert_eq!(
            InvalidPhoneNumber.to_string(),
            "Please enter a valid phone number, including your country code starting with + or 00."
        );
        assert_eq!(
            parse_phone_number("nope").map_err(|e| e.to_string()),
            Err(INVALID_PHONE_NUMBER.to_owned())
        );
    }

    #[test]
    fn masks_like_django() {
        let masked = |s: &str| PhoneNumber::from_e164_unchecked(s).masked();
        assert_eq!(masked("+31101234567"), "+31 ** *** **67");
        assert_eq!(masked("+12015550123"), "+1 ***-***-**23");
        assert_eq!(masked("+442079460958"), "+44 ** **** **58");
        assert_eq!(masked("+35891234567"), "+358 * *****67");
        // Some countries' international format separates with dots (New Caledonia; the
        // fuzzer found it): the dots stay, the digits are masked the same way.
        assert_eq!(masked("+687772868"), "+687 **.**.68");
        // Unchecked values that do not parse still get masked, without panicking.
        assert_eq!(masked("+999123456"), "+99*****56");
        assert_eq!(masked("12"), "12");
        assert_eq!(masked(""), "");
        assert_eq!(masked("+"), "+");
    }

    #[test]
    fn parsed_numbers_mask() {
        let number = parse_phone_number("0031 10 123 4567").map_err(|e| e.to_string());
        assert_eq!(number.map(|n| n.masked()), Ok("+31 ** *** **67".to_owned()));
    }

    #[test]
    fn serializes_as_a_plain_string() {
        let number = PhoneNumber::from_e164_unchecked("+31101234567");
        let json = serde_json::to_string(&number).map_err(|e| e.to_string());
        assert_eq!(json, Ok("\"+31101234567\"".to_owned()));
        let back: Result<PhoneNumber, _> =
            serde_json::from_str("\"+31101234567\"").map_err(|e| e.to_string());
        assert_eq!(back, Ok(number.clone()));
        assert_eq!(number.to_string(), "+31101234567");
        assert_eq!(number.as_e164(), "+31101234567");
    }
}
