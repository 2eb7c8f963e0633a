//! What a session knows of the user's proofs: which device verified it, and when the user
//! last proved who they are (for the re-authentication window of sensitive actions) —
//! and the account's own changes: new backup tokens, two-factor authentication turned off.

use crate::core::Core;
use crate::devices::DeviceRef;
use crate::errors::TwoFactorError;
use crate::flows::session::{SessionKey, SessionState};
use crate::signals::Signal;
use crate::users::User;

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

/// Ten new backup tokens for `user` (the old ones gone), `BackupTokensGenerated` sent: the
/// view and the JSON API's `backup_tokens`.
pub(crate) async fn new_backup_tokens(
    tf: &Core,
    user: &User,
) -> Result<Vec<String>, TwoFactorError> {
    let tokens = tf.devices.generate_backup_tokens(&user.id).await?;
    tf.signals
        .send(Signal::BackupTokensGenerated {
            user: user.clone(),
            count: tokens.len(),
        })
        .await;
    Ok(tokens)
}

/// Turns two-factor authentication off for `user` (the view and the JSON API's `disable`):
/// every device removed, the session's stamp refreshed (other sessions end), the session
/// no longer verified, `TwoFactorDisabled` sent.
pub(crate) async fn disable_two_factor(
    tf: &Core,
    session: &impl SessionState,
    user: &User,
) -> Result<(), TwoFactorError> {
    tf.devices.remove_all(&user.id).await?;
    let stamp = tf.fresh_stamp(user).await?;
    session.set(SessionKey::Stamp, &stamp)?;
    tf.signals
        .send(crate::signals::Signal::TwoFactorDisabled { user: user.clone() })
        .await;
    session.remove(SessionKey::OtpDevice);
    tracing::info!(user = %user.id, "two-factor authentication disabled");
    Ok(())
}
