//! The login: `auth` (username and password) → `token` → `backup` (on request), what it
//! keeps between the steps, and the use cases every client shares (the login page, the
//! JSON API, passkeys): the throttled password check, the pending login and its checks,
//! the exactly-once token verification and the completed login.

use serde::{Deserialize, Serialize};

use crate::core::Core;
use crate::devices::token_input::TokenInput;
use crate::devices::{Device, DeviceRef, Verification};
use crate::errors::TwoFactorError;
use crate::flows::session::{LoginSession, SessionKey, SessionState};
use crate::signals::{DeviceInfo, RequestSummary, Signal};
use crate::users::User;

/// A step of the login wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LoginStep {
    /// Username and password.
    Auth,
    /// A token from the chosen device.
    Token,
    /// A backup token.
    Backup,
}

impl LoginStep {
    /// Every step, in order.
    pub(crate) const ALL: [LoginStep; 3] = [LoginStep::Auth, LoginStep::Token, LoginStep::Backup];

    /// The step's name as forms post it.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            LoginStep::Auth => "auth",
            LoginStep::Token => "token",
            LoginStep::Backup => "backup",
        }
    }

    /// The step a form names; `None` for anything else.
    pub(crate) fn parse(name: &str) -> Option<LoginStep> {
        LoginStep::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// What the session remembers after the password step: the user, when the password was
/// checked, the safe `next`, the chosen device and the session stamp — never the password.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct PendingLogin {
    pub(crate) user_id: String,
    /// Unix seconds when the password was checked.
    pub(crate) auth_time: i64,
    /// The safe `next` given with the password (kept in case a later form drops it).
    #[serde(default)]
    pub(crate) next: String,
    /// The device chosen with `challenge_device` (else the default device).
    #[serde(default)]
    pub(crate) device: Option<String>,
    /// The user's session stamp when the password was checked (a digest of the
    /// credential version and session epoch): a password change or a two-factor reset
    /// since then ends the pending login.
    #[serde(default)]
    pub(crate) stamp: String,
}

impl PendingLogin {
    /// Whether the token steps came too late (`timeout_secs` of 0: never).
    pub(crate) fn timed_out(&self, now_secs: i64, timeout_secs: i64) -> bool {
        timeout_secs > 0 && now_secs - self.auth_time > timeout_secs
    }

    /// The device the token is for: the chosen one when it is still among `devices`,
    /// else the default device; `None` when the devices went away.
    pub(crate) fn device<'d>(&self, devices: &'d [Device]) -> Option<&'d Device> {
        self.device
            .as_deref()
            .and_then(|r| r.parse::<DeviceRef>().ok())
            .and_then(|r| devices.iter().find(|d| d.device_ref() == r))
            .or_else(|| devices.iter().find(|d| d.name() == "default"))
    }
}

/// The login in progress (the password checked, the token step pending), if any.
pub(crate) fn pending(session: &impl SessionState) -> Option<PendingLogin> {
    session.get(SessionKey::Login)
}

/// Forgets the login in progress (back to the password step).
pub(crate) fn forget_pending(session: &impl SessionState) {
    session.remove(SessionKey::Login);
}

/// Stores the login in progress.
pub(crate) fn save_pending(
    session: &impl SessionState,
    pending: &PendingLogin,
) -> Result<(), TwoFactorError> {
    session.set(SessionKey::Login, pending)
}

/// The outcome of the password step.
pub(crate) enum PasswordCheck {
    /// The client address is inside its back-off: refused unchecked.
    Refused {
        /// When to try again.
        retry_after_secs: i64,
    },
    /// Wrong username or password (or an inactive user).
    Invalid {
        /// Whether the form keeps the submitted username (not for oversized input).
        keep_username: bool,
    },
    /// The user, active and with the right password.
    Valid(User),
}

/// The password step with its throttling (`src/throttling.rs`): a client address inside
/// its back-off is refused unchecked; otherwise the attempt is counted, the username's
/// delay waited out and the password checked; a success gives the reserved attempt back.
pub(crate) async fn check_password(
    core: &Core,
    client_address: &str,
    username: &str,
    password: &str,
) -> Result<PasswordCheck, TwoFactorError> {
    if username.len() > 150 || password.len() > 4096 {
        return Ok(PasswordCheck::Invalid {
            keep_username: false,
        });
    }
    let attempt = match core
        .throttling
        .login_begin(&core.db, core.clock.now_ms(), client_address, username)
        .await?
    {
        crate::throttling::LoginGate::Open(attempt) => attempt,
        crate::throttling::LoginGate::Refused { retry_after_secs } => {
            tracing::info!(
                outcome = "refused",
                reason = "client throttled",
                retry_after_secs,
                "password step"
            );
            return Ok(PasswordCheck::Refused { retry_after_secs });
        }
    };
    let Some(user) = core.users.authenticate(username, password).await? else {
        tracing::info!(
            outcome = "failure",
            reason = "bad credentials",
            "password step"
        );
        return Ok(PasswordCheck::Invalid {
            keep_username: true,
        });
    };
    core.throttling.login_succeeded(&core.db, attempt).await?;
    Ok(PasswordCheck::Valid(user))
}

/// After the password: the pending login (user, time, `next`, session stamp) goes into
/// the session, whose id is renewed.
pub(crate) async fn begin_pending(
    core: &Core,
    session: &impl SessionState,
    user: &User,
    next: &str,
) -> Result<(), TwoFactorError> {
    let pending = PendingLogin {
        user_id: user.id.clone(),
        auth_time: core.clock.now_secs(),
        next: next.to_owned(),
        device: None,
        stamp: core.fresh_stamp(user).await?,
    };
    save_pending(session, &pending)?;
    session.renew();
    Ok(())
}

/// Whether a pending login may go on to its token step.
pub(crate) enum PendingCheck {
    /// Too late (`LOGIN_TIMEOUT`): the pending login is forgotten.
    TimedOut,
    /// The user went inactive or away, changed credentials, or lost the devices: forgotten.
    Ended,
    /// The user, their devices and the device the token is for.
    Ready(Box<ReadyLogin>),
}

/// A pending login that may go on to its token step.
pub(crate) struct ReadyLogin {
    /// The user.
    pub(crate) user: User,
    /// Every device of the user.
    pub(crate) devices: Vec<Device>,
    /// The chosen device, else the default one.
    pub(crate) device: Device,
}

/// Checks `pending` (timeout, active user, session stamp, devices); forgets it from the
/// session unless it may go on.
pub(crate) async fn load_pending(
    core: &Core,
    session: &impl SessionState,
    pending: &PendingLogin,
) -> Result<PendingCheck, TwoFactorError> {
    let timeout = core.login_timeout().as_secs() as i64;
    if pending.timed_out(core.clock.now_secs(), timeout) {
        forget_pending(session);
        tracing::info!(user = %pending.user_id, outcome = "failure", reason = "timeout", "token step");
        return Ok(PendingCheck::TimedOut);
    }
    let user = core
        .users
        .get_user(&pending.user_id)
        .await?
        .filter(|u| u.is_active);
    let Some(user) = user else {
        forget_pending(session);
        return Ok(PendingCheck::Ended);
    };
    if core.fresh_stamp(&user).await? != pending.stamp {
        forget_pending(session);
        tracing::info!(user = %user.id, outcome = "failure", reason = "credentials changed", "token step");
        return Ok(PendingCheck::Ended);
    }
    let devices = core.devices.list(&user.id).await?;
    let Some(device) = pending.device(&devices).cloned() else {
        // The devices went away since the password step.
        forget_pending(session);
        return Ok(PendingCheck::Ended);
    };
    Ok(PendingCheck::Ready(Box::new(ReadyLogin {
        user,
        devices,
        device,
    })))
}

/// Verifies `input` against `device` (exactly once, throttled: `Devices::verify`) and
/// sends the signals of the outcome. With `device` an authenticator app, a code from any of
/// the user's apps is accepted: the answer names the device that verified (else `device`).
///
/// Several apps do not weaken throttling: when any of them is in its back-off the code is
/// refused unchecked, and a wrong code counts as a failure of each app, so their back-offs
/// move together.
pub(crate) async fn verify_token(
    core: &Core,
    session: &impl SessionState,
    user: &User,
    device: &Device,
    input: &TokenInput,
) -> Result<(Verification, Device), TwoFactorError> {
    let token = match input {
        TokenInput::Token(t) => Some(t.clone()),
        TokenInput::Empty | TokenInput::Malformed => None,
    };
    let nonce = crate::delivery::existing_nonce(session);
    let mut candidates = vec![device.clone()];
    if matches!(device, Device::Totp(_)) {
        let others = core.devices.apps(&user.id).await?;
        candidates.extend(
            others
                .into_iter()
                .filter(|d| d.device_ref() != device.device_ref()),
        );
        if let Some(throttled) = candidates.iter().find(|d| core.devices.is_throttled(d)) {
            let outcome = core
                .devices
                .verify(&user.id, throttled.device_ref(), token, nonce)
                .await?;
            return signalled(core, user, outcome, throttled.clone()).await;
        }
    }
    let mut reported = None;
    for candidate in candidates {
        let outcome = core
            .devices
            .verify(
                &user.id,
                candidate.device_ref(),
                token.clone(),
                nonce.clone(),
            )
            .await?;
        match (outcome, &reported) {
            (Verification::Verified, _) => return signalled(core, user, outcome, candidate).await,
            // A replay says most (someone has a used code), then the first device's answer.
            (Verification::Replayed, _) | (_, None) => reported = Some((outcome, candidate)),
            _ => {}
        }
    }
    let (outcome, device) = reported.unwrap_or((Verification::Invalid, device.clone()));
    signalled(core, user, outcome, device).await
}

/// Sends the signals of a token's `outcome` on `device`, and hands both back.
async fn signalled(
    core: &Core,
    user: &User,
    outcome: Verification,
    device: Device,
) -> Result<(Verification, Device), TwoFactorError> {
    for signal in crate::signals::verification_signals(outcome, user, &device) {
        core.signals.send(signal).await;
    }
    Ok((outcome, device))
}

/// Logs `user` in: the session is emptied (nothing of the anonymous session survives),
/// the identity attached (which renews the session id), the session stamped and, when a device
/// verified the login, marked verified — and `user_verified` sent.
pub(crate) async fn log_in(
    core: &Core,
    session: &impl LoginSession,
    request: RequestSummary,
    user: &User,
    device: Option<&Device>,
) -> Result<(), TwoFactorError> {
    let stamp = core.fresh_stamp(user).await?;
    complete_login(core, session, user, device.map(Device::device_ref))?;
    session.set(SessionKey::Stamp, &stamp)?;
    if let Some(device) = device {
        core.signals
            .send(Signal::UserVerified {
                request,
                user: user.clone(),
                device: DeviceInfo::of(device),
            })
            .await;
    }
    Ok(())
}

/// The session side of a login (no stamp, no signal: [`log_in`] adds them).
pub(crate) fn complete_login(
    core: &Core,
    session: &impl LoginSession,
    user: &User,
    device: Option<DeviceRef>,
) -> Result<(), TwoFactorError> {
    session.clear();
    session.attach_identity(&user.id)?;
    if let Some(device) = device {
        crate::flows::account::mark_verified(session, device)?;
    }
    crate::flows::account::mark_authenticated(core, session)?;
    crate::flows::session_lifetime::start(core, session)?;
    tracing::info!(user = %user.id, device = ?device.map(|d| d.to_string()), "user logged in");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_trip_and_unknown_names_are_refused() {
        for step in LoginStep::ALL {
            assert_eq!(LoginStep::parse(step.as_str()), Some(step));
        }
        assert_eq!(LoginStep::parse("Token"), None);
        assert_eq!(LoginStep::parse(""), None);
    }

    #[test]
    fn the_login_timeout_is_exclusive_and_zero_means_never() {
        let pending = PendingLogin {
            user_id: "1".into(),
            auth_time: 1_000,
            next: String::new(),
            device: None,
            stamp: String::new(),
        };
        assert!(!pending.timed_out(1_600, 600));
        assert!(pending.timed_out(1_601, 600));
        assert!(!pending.timed_out(1_000_000, 0));
    }
}
