//! What the WebAuthn ceremonies keep in the session: the one ceremony in progress (its
//! challenge), taken out at its answer whatever the outcome, and the settings check every
//! WebAuthn step starts with.

use crate::core::Core;
use crate::devices::webauthn::{CeremonyState, WebAuthnSettings};
use crate::errors::TwoFactorError;
use crate::flows::session::{SessionKey, SessionState};

/// The settings, or 404 while WebAuthn is off.
pub(crate) fn settings(core: &Core) -> Result<&WebAuthnSettings, TwoFactorError> {
    core.webauthn().ok_or(TwoFactorError::NotFound)
}

/// Takes the ceremony state out of the session (it is used once, whatever the outcome).
pub(crate) fn take_state(session: &impl SessionState) -> Option<CeremonyState> {
    session.take(SessionKey::WebAuthn)
}

/// Keeps the state of the ceremony that just began.
pub(crate) fn save_state(
    session: &impl SessionState,
    state: &CeremonyState,
) -> Result<(), TwoFactorError> {
    session.set(SessionKey::WebAuthn, state)
}

/// The message when the session holds no ceremony (expired, used, another tab), in the
/// current language.
pub(crate) fn no_ceremony() -> String {
    crate::i18n::tr("webauthn-no-ceremony")
}

/// What a security key's answer at the token step (or re-authentication) came to.
#[cfg(feature = "webauthn")]
#[derive(Debug)]
pub(crate) struct KeyAnswer {
    /// How verification went.
    pub(crate) verification: crate::devices::Verification,
    /// The key that answered, or the token step's device when the answer named none of
    /// the user's keys (the failure was counted on it).
    pub(crate) used: crate::devices::Device,
    /// Why it was refused, in the current language.
    pub(crate) message: Option<String>,
}

/// Checks a key's `answer` (a `PublicKeyCredential` as JSON) for `user`, whose token step
/// shows `device`: the session's ceremony state is taken (one answer per challenge), the
/// answer verified, a failure counted against `device` when the answer is not one of the
/// user's keys (unless it rests in its back-off), and the verification signals sent. The
/// caller completes the login on success.
#[cfg(feature = "webauthn")]
pub(crate) async fn answer_token_step(
    core: &Core,
    session: &impl SessionState,
    user: &crate::users::User,
    device: &crate::devices::Device,
    answer: &str,
) -> Result<KeyAnswer, TwoFactorError> {
    use crate::devices::{Device, Verification};
    let settings = settings(core)?;
    let Some(state) = take_state(session).filter(|_| !answer.is_empty()) else {
        return Ok(KeyAnswer {
            verification: Verification::Invalid,
            used: device.clone(),
            message: Some(no_ceremony()),
        });
    };
    let outcome = core
        .devices()
        .finish_webauthn_assertion(settings, state, Some(&user.id), answer)
        .await?;
    let used = match outcome.device.clone() {
        Some(key) => Device::WebAuthn(key),
        None => {
            if !core.devices().is_throttled(device) {
                core.devices().count_failure(device.device_ref()).await?;
            }
            device.clone()
        }
    };
    for signal in crate::signals::verification_signals(outcome.verification, user, &used) {
        core.signals().send(signal).await;
    }
    let message = (outcome.verification != Verification::Verified).then(|| {
        outcome.error.map_or_else(
            || crate::flows::messages::invalid_token().to_owned(),
            |e| e.message(),
        )
    });
    Ok(KeyAnswer {
        verification: outcome.verification,
        used,
        message,
    })
}

/// A passkey login: who signs in, or why nobody does.
#[cfg(feature = "webauthn")]
#[derive(Debug)]
pub(crate) enum PasskeyLogin {
    /// Both factors at once: the user and the passkey.
    Verified {
        /// Who signs in.
        user: crate::users::User,
        /// The passkey.
        device: Box<crate::devices::Device>,
    },
    /// Refused, with the message (in the current language).
    Refused(String),
}

/// Checks a passkey login's `answer` against the ceremony's `state` (taken from the
/// session, or claimed from the parked ones for an app client): the
/// credential's owner looked up, the verification signals sent. A passkey signs in only
/// when the authenticator verified the user (PIN, biometrics) and the account is active;
/// the site can switch passkey login off (`Refused`).
#[cfg(feature = "webauthn")]
pub(crate) async fn passkey_login(
    core: &Core,
    state: Option<CeremonyState>,
    answer: &str,
) -> Result<PasskeyLogin, TwoFactorError> {
    use crate::devices::{Device, Verification};
    let settings = settings(core)?;
    if !settings.passkey_login {
        return Err(TwoFactorError::NotFound);
    }
    let Some(state) = state.filter(|_| !answer.is_empty()) else {
        return Ok(PasskeyLogin::Refused(no_ceremony()));
    };
    let outcome = core
        .devices()
        .finish_webauthn_assertion(settings, state, None, answer)
        .await?;
    let owner = match &outcome.device {
        Some(key) => core.users().get_user(&key.user_id).await?,
        None => None,
    };
    if let (Some(user), Some(key)) = (owner, &outcome.device) {
        let device = Device::WebAuthn(key.clone());
        for signal in crate::signals::verification_signals(outcome.verification, &user, &device) {
            core.signals().send(signal).await;
        }
        if outcome.verification == Verification::Verified && outcome.user_verified && user.is_active
        {
            tracing::info!(user = %user.id, device = %device.device_ref(), "passkey login");
            return Ok(PasskeyLogin::Verified {
                user,
                device: Box::new(device),
            });
        }
    }
    let message = match outcome.error {
        Some(error) => error.message(),
        None => crate::flows::messages::invalid_login().to_owned(),
    };
    tracing::info!(outcome = "failure", reason = %message, "passkey login");
    Ok(PasskeyLogin::Refused(message))
}
