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
