//! A submitted token as the devices read it: a field posted once, twice or not at all
//! (from a form or a JSON body), and its one canonical form.

/// Token fields longer than this are refused outright (400), before any work is done.
pub const MAX_TOKEN_FIELD: usize = 64;

/// A field's value in a posted form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field<'a> {
    /// Not posted.
    Missing,
    /// Posted once.
    One(&'a str),
    /// Posted more than once: ambiguous, so treated as invalid.
    Repeated,
}

impl<'a> Field<'a> {
    /// The value when posted exactly once and not blank.
    pub fn present(self) -> Option<&'a str> {
        match self {
            Field::One(v) if !v.trim().is_empty() => Some(v),
            _ => None,
        }
    }
}

/// What a posted token field holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenInput {
    /// Nothing was entered.
    Empty,
    /// Exactly `digits` ASCII digits: the one canonical form.
    Token(String),
    /// Anything else: letters, signs, spaces, other scripts' digits, wrong length.
    Malformed,
}

/// Reads a token field strictly: exactly `digits` ASCII digits and nothing else, so one
/// code has one spelling (`+123456`, ` 123456`, `１２３４５６` and `0123456` are all
/// malformed). A repeated field is malformed, so it is at most one attempt.
pub fn parse_token(field: Field<'_>, digits: u8) -> TokenInput {
    match field {
        Field::Missing => TokenInput::Empty,
        Field::Repeated => TokenInput::Malformed,
        Field::One("") => TokenInput::Empty,
        Field::One(v) => {
            if v.len() == usize::from(digits) && v.bytes().all(|b| b.is_ascii_digit()) {
                TokenInput::Token(v.to_owned())
            } else {
                TokenInput::Malformed
            }
        }
    }
}

/// Whether a token field is too large to consider at all.
pub fn token_field_too_long(field: Field<'_>) -> bool {
    matches!(field, Field::One(v) if v.len() > MAX_TOKEN_FIELD)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(input: &str) -> TokenInput {
        parse_token(Field::One(input), 6)
    }

    #[test]
    fn only_exact_ascii_digits_are_tokens() {
        assert_eq!(token("012345"), TokenInput::Token("012345".into()));
        assert_eq!(token(""), TokenInput::Empty);
        for bad in [
            "abcdef",
            "12345",
            "0123456",
            "+12345",
            "+123456",
            "１２３４５６",
            "١٢٣٤٥٦",
            " 123456",
            "123456 ",
            "123 456",
            "123_456",
            "123456\0",
            "123456\n",
            "12345\r",
            "12345678901234567890",
            "%",
            "_",
        ] {
            assert_eq!(token(bad), TokenInput::Malformed, "{bad:?}");
        }
    }

    #[test]
    fn eight_digit_tokens() {
        assert_eq!(
            parse_token(Field::One("12345678"), 8),
            TokenInput::Token("12345678".into())
        );
        assert_eq!(parse_token(Field::One("123456"), 8), TokenInput::Malformed);
    }
}
