//! Posted form data and the fields the wizards render: parsing, validation, messages.

use serde::Serialize;

pub use crate::devices::token_input::{Field, TokenInput, parse_token, token_field_too_long};

pub(crate) use crate::flows::messages::{
    invalid_login, invalid_setup_token, invalid_token, required, timed_out, token_error,
};

/// An `application/x-www-form-urlencoded` body, parsed once.
#[derive(Debug, Clone, Default)]
pub struct PostData {
    pairs: Vec<(String, String)>,
}

impl PostData {
    /// Parses a body. Invalid UTF-8 is replaced, never an error.
    pub fn parse(body: &[u8]) -> PostData {
        PostData {
            pairs: form_urlencoded::parse(body).into_owned().collect(),
        }
    }

    /// The value of field `name`.
    pub fn field(&self, name: &str) -> Field<'_> {
        let mut values = self.pairs.iter().filter(|(k, _)| k == name);
        match (values.next(), values.next()) {
            (None, _) => Field::Missing,
            (Some((_, v)), None) => Field::One(v),
            (Some(_), Some(_)) => Field::Repeated,
        }
    }

    /// The value of field `name` when posted exactly once (blank allowed).
    pub fn get(&self, name: &str) -> Option<&str> {
        match self.field(name) {
            Field::One(v) => Some(v),
            _ => None,
        }
    }

    /// Whether a checkbox-like field was posted with a truthy value.
    pub fn checked(&self, name: &str) -> bool {
        matches!(self.get(name), Some(v) if matches!(v, "on" | "true" | "1" | "yes"))
    }
}

/// One input of a rendered form, as the templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct FormField {
    /// The posted name, prefix included (`auth-username`).
    pub name: String,
    /// The HTML `id`.
    pub id: String,
    /// The visible label.
    pub label: String,
    /// `text`, `password`, `checkbox`, `email`, …
    pub input_type: &'static str,
    /// The value to show again (never for passwords or tokens).
    pub value: String,
    /// Validation messages.
    pub errors: Vec<String>,
    /// The `autocomplete` attribute.
    pub autocomplete: Option<&'static str>,
    /// The `inputmode` attribute.
    pub inputmode: Option<&'static str>,
    /// The `pattern` attribute.
    pub pattern: Option<&'static str>,
    /// The `maxlength` attribute.
    pub maxlength: Option<usize>,
    /// Whether the browser focuses it.
    pub autofocus: bool,
    /// Whether it is required.
    pub required: bool,
    /// Extra help text.
    pub help_text: Option<String>,
}

impl FormField {
    /// A field named `prefix-name` of the given type.
    pub fn new(prefix: &str, name: &str, label: &str, input_type: &'static str) -> FormField {
        let full = if prefix.is_empty() {
            name.to_owned()
        } else {
            format!("{prefix}-{name}")
        };
        FormField {
            id: format!("id_{full}"),
            name: full,
            label: label.to_owned(),
            input_type,
            value: String::new(),
            errors: Vec::new(),
            autocomplete: None,
            inputmode: None,
            pattern: None,
            maxlength: None,
            autofocus: false,
            required: true,
            help_text: None,
        }
    }

    /// A one-time-code input: numeric keyboard, autofill from SMS, focused.
    pub fn token(prefix: &str, name: &str, digits: u8) -> FormField {
        let mut f = FormField::new(prefix, name, &crate::i18n::tr("field-token"), "text");
        f.autocomplete = Some("one-time-code");
        f.inputmode = Some("numeric");
        f.pattern = Some("[0-9]*");
        f.maxlength = Some(usize::from(digits));
        f.autofocus = true;
        f
    }

    /// Sets the value shown again.
    pub fn with_value(mut self, value: &str) -> FormField {
        self.value = value.to_owned();
        self
    }

    /// Adds an error message.
    pub fn with_error(mut self, error: Option<&str>) -> FormField {
        if let Some(e) = error {
            self.errors.push(e.to_owned());
        }
        self
    }
}

/// A form as the templates see it: fields plus errors not tied to one field.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Form {
    /// The inputs in order.
    pub fields: Vec<FormField>,
    /// Errors for the form as a whole.
    pub non_field_errors: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_fields_are_one_malformed_attempt() {
        let post = PostData::parse(b"token-otp_token=123456&token-otp_token=654321");
        assert_eq!(post.field("token-otp_token"), Field::Repeated);
        assert_eq!(
            parse_token(post.field("token-otp_token"), 6),
            TokenInput::Malformed
        );
    }

    #[test]
    fn post_data_decodes_and_tolerates_garbage() {
        let post = PostData::parse(b"a=1&b=%ZZ&c=%FF%FE&understand=on");
        assert_eq!(post.get("a"), Some("1"));
        assert!(post.get("b").is_some());
        assert!(post.get("c").is_some());
        assert!(post.checked("understand"));
        assert_eq!(post.field("missing"), Field::Missing);
    }
}
