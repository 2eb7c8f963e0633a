//! The messages the use cases give back for a form or an API problem, in the current
//! language: one place, so every step and every client words a failure alike.

use crate::devices::token_input::TokenInput;

/// Django's message for a missing required field, in the current language.
pub(crate) fn required() -> &'static str {
    crate::i18n::tr_static("form-required")
}
/// The login token step's message for a wrong, malformed or replayed token.
pub(crate) fn invalid_token() -> &'static str {
    crate::i18n::tr_static("form-invalid-token")
}
/// The setup step's message for a wrong token.
pub(crate) fn invalid_setup_token() -> &'static str {
    crate::i18n::tr_static("form-invalid-setup-token")
}
/// The password step's message for a wrong username or password (one for both).
pub(crate) fn invalid_login() -> &'static str {
    crate::i18n::tr_static("form-invalid-login")
}
/// Shown when the token step comes too long after the password step.
pub(crate) fn timed_out() -> &'static str {
    crate::i18n::tr_static("form-timed-out")
}

/// The message a token form shows for a verification outcome (`None` when it verified):
/// "required" for an empty field, `invalid` for a wrong, malformed or replayed one, or the throttle
/// message. One place, so every step words failures alike.
pub(crate) fn token_error(
    outcome: crate::devices::Verification,
    input: &TokenInput,
    invalid: &str,
) -> Option<String> {
    use crate::devices::Verification;
    match outcome {
        Verification::Verified => None,
        Verification::Invalid if *input == TokenInput::Empty => Some(required().to_owned()),
        Verification::Invalid | Verification::Replayed => Some(invalid.to_owned()),
        Verification::Throttled { failure_count } => {
            Some(crate::devices::throttle::throttled_message(failure_count))
        }
    }
}
