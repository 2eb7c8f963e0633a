//! Re-authentication before a sensitive action (the page `two_factor:reauth` and the JSON
//! API's `reauthenticate`): the throttled password check (per user across sessions, per
//! session up to a logout), then the default device's token or security key, then the
//! session marked re-authenticated and renewed.

use crate::core::Core;
use crate::devices::token_input::{Field, TokenInput, token_field_too_long};
use crate::devices::{Device, Verification};
use crate::errors::TwoFactorError;
use crate::flows::session::LoginSession;
#[cfg(feature = "webauthn")]
use crate::flows::session::SessionState;
use crate::throttling::{ReauthGate, ReauthKeys};
use crate::users::User;

/// The message for a wrong password at re-authentication (current language).
pub(crate) fn wrong_password() -> &'static str {
    crate::i18n::tr_static("form-wrong-password")
}

/// The outcome of a re-authentication.
pub(crate) enum ReauthOutcome {
    /// Password (and token) right: the session is marked re-authenticated and renewed.
    Done,
    /// Too many wrong passwords in this session: the user was logged out.
    LoggedOut,
    /// Throttled: refused without checking.
    Refused {
        /// What `Retry-After` says.
        retry_after_secs: i64,
    },
    /// The password was wrong.
    WrongPassword,
    /// The password was right, the token not.
    WrongToken {
        /// What the device said.
        outcome: Verification,
        /// What was entered.
        input: TokenInput,
    },
    /// The password was right, the security key's answer not (or there was none).
    #[cfg(feature = "webauthn")]
    WrongKey {
        /// Why, for the user.
        message: String,
    },
}

/// Re-authentication, shared by the view and the JSON API: the throttled password check
/// (per user and per session), then the default device's token when there is one (its
/// signals sent), then the session marked re-authenticated and renewed. `token` gives the
/// token field for the device (called only when the user has one); for a security key it
/// is the browser's answer (JSON).
pub(crate) async fn reauthenticate<'p>(
    tf: &Core,
    session: &impl LoginSession,
    user: &User,
    password: &str,
    device: Option<&Device>,
    token: impl FnOnce(&Device) -> Field<'p>,
) -> Result<ReauthOutcome, TwoFactorError> {
    let keys = ReauthKeys::new(&user.id, &session.secret()?);
    let gate = tf
        .throttling
        .reauth_begin(&tf.db, tf.clock.now_ms(), &keys)
        .await?;
    let session_failures = match gate {
        ReauthGate::LoggedOut => {
            log_out(tf, session, user).await?;
            return Ok(ReauthOutcome::LoggedOut);
        }
        ReauthGate::Refused { retry_after_secs } => {
            tracing::info!(user = %user.id, outcome = "refused", reason = "throttled", retry_after_secs, "re-authentication");
            return Ok(ReauthOutcome::Refused { retry_after_secs });
        }
        ReauthGate::Open { session_failures } => session_failures,
    };
    let password_ok = password.len() <= 4096
        && tf
            .users
            .authenticate(&user.username, password)
            .await?
            .is_some_and(|u| u.id == user.id);
    if !password_ok {
        tracing::info!(user = %user.id, outcome = "failure", reason = "password", session_failures, "re-authentication");
        if tf.throttling.reauth_session_exhausted(session_failures) {
            log_out(tf, session, user).await?;
            return Ok(ReauthOutcome::LoggedOut);
        }
        return Ok(ReauthOutcome::WrongPassword);
    }
    tf.throttling.reauth_succeeded(&tf.db, &keys).await?;
    #[cfg(feature = "webauthn")]
    if let Some(key @ Device::WebAuthn(_)) = device {
        let answer = match token(key) {
            Field::One(answer) => answer,
            Field::Missing | Field::Repeated => "",
        };
        if let Some(message) = webauthn_answer(tf, session, user, key, answer).await? {
            tracing::info!(user = %user.id, outcome = "failure", reason = "security key", "re-authentication");
            return Ok(ReauthOutcome::WrongKey { message });
        }
        crate::flows::account::mark_authenticated(tf, session)?;
        session.renew();
        tracing::info!(user = %user.id, outcome = "success", "re-authentication");
        return Ok(ReauthOutcome::Done);
    }
    if let Some(device) = device {
        let field = token(device);
        if token_field_too_long(field) {
            return Err(TwoFactorError::BadRequest("The token field is too long."));
        }
        let input = device.parse_token(field);
        let (outcome, _) =
            crate::flows::login::verify_token(tf, session, user, device, &input).await?;
        if outcome != Verification::Verified {
            tracing::info!(user = %user.id, outcome = "failure", reason = "token", "re-authentication");
            return Ok(ReauthOutcome::WrongToken { outcome, input });
        }
    }
    crate::flows::account::mark_authenticated(tf, session)?;
    session.renew();
    tracing::info!(user = %user.id, outcome = "success", "re-authentication");
    Ok(ReauthOutcome::Done)
}

/// Checks a security key's answer for `user`: the message to show, or `None` when it
/// verified. Failures count and signal as at the token step.
#[cfg(feature = "webauthn")]
async fn webauthn_answer(
    tf: &Core,
    session: &impl SessionState,
    user: &User,
    device: &Device,
    answer: &str,
) -> Result<Option<String>, TwoFactorError> {
    if answer.is_empty() {
        return Ok(Some(crate::i18n::tr("webauthn-use-key-hint")));
    }
    let outcome =
        crate::flows::webauthn::answer_token_step(tf, session, user, device, answer).await?;
    Ok(outcome.message)
}

/// Ends a session that failed re-authentication too often (its record with it).
async fn log_out(
    tf: &Core,
    session: &impl LoginSession,
    user: &User,
) -> Result<(), TwoFactorError> {
    tracing::warn!(user = %user.id, outcome = "logged out", reason = "too many failed passwords", "re-authentication");
    crate::flows::sessions::close_record(tf, session).await?;
    session.end();
    Ok(())
}
