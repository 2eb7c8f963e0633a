//! What a session knows of the user's proofs: which device verified it, and when the user
//! last proved who they are (for the re-authentication window of sensitive actions).

use crate::core::Core;
use crate::devices::DeviceRef;
use crate::errors::TwoFactorError;
use crate::flows::session::{SessionKey, SessionState};

/// Marks the session as verified by `device` (django-otp's `login`).
pub(crate) fn mark_verified(
    session: &impl SessionState,
    device: DeviceRef,
) -> Result<(), TwoFactorError> {
    session.set(SessionKey::OtpDevice, &device.to_string())
}

/// Records that the user just proved who they are.
pub(crate) fn mark_authenticated(
    core: &Core,
    session: &impl SessionState,
) -> Result<(), TwoFactorError> {
    session.set(SessionKey::AuthAt, &core.clock.now_secs())
}

/// Whether the user's last proof (login or re-authentication) is within the
/// re-authentication window (always, when the window is off).
pub(crate) fn recently_authenticated(core: &Core, session: &impl SessionState) -> bool {
    let window = core.reauthentication_window().as_secs() as i64;
    if window == 0 {
        return true;
    }
    let at: Option<i64> = session.get(SessionKey::AuthAt);
    matches!(at, Some(at) if core.clock.now_secs() - at <= window)
}
