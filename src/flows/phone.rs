//! A backup phone (the page `two_factor:phone_create` and the JSON API's `phone_add` and
//! `phone_confirm`): the number and method, a code sent to it, then the code confirmed.

use serde::{Deserialize, Serialize};

use crate::core::Core;
use crate::delivery;
use crate::devices::token_input::Field;
use crate::devices::{ChallengeDevice, Method, Verification};
use crate::errors::TwoFactorError;
use crate::flows::messages;
use crate::flows::session::{SessionKey, SessionState};
use crate::flows::setup::validate_code;
use crate::phone;
use crate::signals::{DeviceInfo, Signal};
use crate::users::User;

/// The backup-phone wizard's session state.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct PhoneSetup {
    /// `setup` or `validation`.
    pub(crate) step: String,
    /// The unconfirmed phone awaiting its code.
    pub(crate) device_id: Option<i64>,
}

/// The outcome of asking for a backup phone.
pub(crate) enum PhoneBegin {
    /// No method, or one this site does not offer.
    BadMethod,
    /// The number is missing or invalid (the message says which).
    BadNumber(&'static str),
    /// The code could not be sent (rate limit, gateway); its message says why.
    NotSent(delivery::Delivery),
    /// The code was sent to the new, unconfirmed phone.
    Sent {
        /// The unconfirmed device.
        device: ChallengeDevice,
        /// What to tell the user.
        message: Option<String>,
    },
}

/// Adds an unconfirmed backup phone and sends it a code (the view and the JSON API's
/// `phone_add`); the session remembers it for [`confirm_phone`].
pub(crate) async fn begin_phone(
    tf: &Core,
    session: &impl SessionState,
    user: &User,
    raw: &str,
    method: Option<&str>,
) -> Result<PhoneBegin, TwoFactorError> {
    let method = method
        .and_then(Method::parse)
        .filter(|m| tf.phone_methods().contains(m));
    let Some(method) = method else {
        return Ok(PhoneBegin::BadMethod);
    };
    let number = match phone::parse_phone_number(raw) {
        Ok(number) => number,
        Err(_) => {
            let message = if raw.trim().is_empty() {
                messages::required()
            } else {
                phone::invalid_phone_number()
            };
            return Ok(PhoneBegin::BadNumber(message));
        }
    };
    let device = tf
        .devices
        .begin_challenge_setup(&user.id, "backup", method, number.as_e164())
        .await?;
    let delivery = delivery::send_challenge(tf, session, user, &device).await?;
    if !delivery.code_outstanding() {
        return Ok(PhoneBegin::NotSent(delivery));
    }
    session.set(
        SessionKey::PhoneSetup,
        &PhoneSetup {
            step: "validation".into(),
            device_id: Some(device.id),
        },
    )?;
    Ok(PhoneBegin::Sent {
        device,
        message: delivery.message(),
    })
}

/// The outcome of confirming a backup phone.
pub(crate) enum PhoneConfirm {
    /// No phone is waiting for its code in this session.
    NoPending,
    /// The code was wrong (the message says how).
    Wrong {
        /// What the form says.
        error: Option<String>,
        /// What the device said (`None`: empty or malformed input).
        outcome: Option<Verification>,
        /// The phone waiting for its code.
        device: ChallengeDevice,
    },
    /// The phone is confirmed; `DeviceAdded` was sent.
    Added(ChallengeDevice),
}

/// Checks the code sent to the phone [`begin_phone`] added (the view and the JSON API's
/// `phone_confirm`).
pub(crate) async fn confirm_phone(
    tf: &Core,
    session: &impl SessionState,
    user: &User,
    field: Field<'_>,
) -> Result<PhoneConfirm, TwoFactorError> {
    let state: Option<PhoneSetup> = session.get(SessionKey::PhoneSetup);
    let device = match state
        .filter(|s| s.step == "validation")
        .and_then(|s| s.device_id)
    {
        Some(id) => tf.devices.pending_challenge_setup(&user.id, id).await?,
        None => None,
    };
    let Some(device) = device else {
        session.remove(SessionKey::PhoneSetup);
        return Ok(PhoneConfirm::NoPending);
    };
    let (error, outcome) = validate_code(tf, session, user, &device, field).await?;
    if outcome != Some(Verification::Verified) {
        return Ok(PhoneConfirm::Wrong {
            error,
            outcome,
            device,
        });
    }
    session.remove(SessionKey::PhoneSetup);
    tracing::info!(user = %user.id, device = %device.device_ref(), "backup phone added");
    tf.signals
        .send(Signal::DeviceAdded {
            user: user.clone(),
            device: DeviceInfo::of(&crate::devices::Device::Challenge(device.clone())),
        })
        .await;
    Ok(PhoneConfirm::Added(device))
}
