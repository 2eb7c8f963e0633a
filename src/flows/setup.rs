//! The setup wizard: `welcome` → `method` (skipped while the site offers one method) →
//! `generator` (authenticator app) or `sms` / `call` (phone number) or `email` → the
//! `validation` of the code sent; or `webauthn` (a security key or passkey).

use serde::{Deserialize, Serialize};

use crate::core::Core;
use crate::devices::token_input::{Field, TokenInput, parse_token, token_field_too_long};
use crate::devices::{ChallengeDevice, Device, TotpDevice, Verification};
use crate::errors::TwoFactorError;
use crate::flows::messages;
use crate::flows::session::{SessionKey, SessionState};
use crate::signals::{DeviceInfo, Signal};
use crate::users::User;

/// A step of the setup wizard (stored in the session by name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SetupStep {
    /// The introduction.
    #[default]
    Welcome,
    /// The choice of method.
    Method,
    /// An authenticator app: QR code, secret, first token.
    Generator,
    /// A phone number for text messages.
    Sms,
    /// A phone number for calls.
    Call,
    /// An e-mail address (asked only when the user has none).
    Email,
    /// The code sent to the phone or address.
    Validation,
    /// A security key or passkey (the browser answers).
    #[serde(rename = "webauthn")]
    WebAuthn,
}

impl SetupStep {
    /// Every step.
    pub(crate) const ALL: [SetupStep; 8] = [
        SetupStep::Welcome,
        SetupStep::Method,
        SetupStep::Generator,
        SetupStep::Sms,
        SetupStep::Call,
        SetupStep::Email,
        SetupStep::Validation,
        SetupStep::WebAuthn,
    ];

    /// The step's name as forms post it.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            SetupStep::Welcome => "welcome",
            SetupStep::Method => "method",
            SetupStep::Generator => "generator",
            SetupStep::Sms => "sms",
            SetupStep::Call => "call",
            SetupStep::Email => "email",
            SetupStep::Validation => "validation",
            SetupStep::WebAuthn => "webauthn",
        }
    }

    /// The step a form names; `None` for anything else.
    pub(crate) fn parse(name: &str) -> Option<SetupStep> {
        SetupStep::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// A way to receive tokens, as the method step offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SetupMethod {
    /// An authenticator app (TOTP).
    Generator,
    /// Text messages.
    Sms,
    /// Phone calls.
    Call,
    /// E-mail.
    Email,
    /// A security key or passkey.
    #[serde(rename = "webauthn")]
    WebAuthn,
}

impl SetupMethod {
    /// The method's value as forms post it.
    pub(crate) const fn as_str(self) -> &'static str {
        self.step().as_str()
    }

    /// The method a form names; `None` for anything else.
    pub(crate) fn parse(name: &str) -> Option<SetupMethod> {
        [
            SetupMethod::Generator,
            SetupMethod::Sms,
            SetupMethod::Call,
            SetupMethod::Email,
            SetupMethod::WebAuthn,
        ]
        .into_iter()
        .find(|m| m.as_str() == name)
    }

    /// The step that asks for this method's details.
    pub(crate) const fn step(self) -> SetupStep {
        match self {
            SetupMethod::Generator => SetupStep::Generator,
            SetupMethod::Sms => SetupStep::Sms,
            SetupMethod::Call => SetupStep::Call,
            SetupMethod::Email => SetupStep::Email,
            SetupMethod::WebAuthn => SetupStep::WebAuthn,
        }
    }
}

/// The methods a site offers, the authenticator app first.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn offered_methods(sms: bool, call: bool, email: bool) -> Vec<SetupMethod> {
    offered_methods_with(sms, call, email, false)
}

/// [`offered_methods`], with security keys and passkeys (last) when `webauthn`.
pub(crate) fn offered_methods_with(
    sms: bool,
    call: bool,
    email: bool,
    webauthn: bool,
) -> Vec<SetupMethod> {
    let mut methods = vec![SetupMethod::Generator];
    methods.extend(sms.then_some(SetupMethod::Sms));
    methods.extend(call.then_some(SetupMethod::Call));
    methods.extend(email.then_some(SetupMethod::Email));
    methods.extend(webauthn.then_some(SetupMethod::WebAuthn));
    methods
}

/// The steps in order for a site offering `offered` methods once `chosen` is picked.
pub(crate) fn steps(offered: &[SetupMethod], chosen: Option<SetupMethod>) -> Vec<SetupStep> {
    let mut steps = vec![SetupStep::Welcome];
    if offered.len() > 1 {
        steps.push(SetupStep::Method);
    }
    match chosen {
        Some(m @ (SetupMethod::Sms | SetupMethod::Call | SetupMethod::Email)) => {
            steps.extend([m.step(), SetupStep::Validation]);
        }
        Some(SetupMethod::WebAuthn) => steps.push(SetupStep::WebAuthn),
        Some(SetupMethod::Generator) | None => steps.push(SetupStep::Generator),
    }
    steps
}

/// The setup wizard's session state.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct SetupState {
    pub(crate) step: SetupStep,
    /// The chosen method.
    #[serde(default)]
    pub(crate) method: Option<SetupMethod>,
    /// The unconfirmed TOTP device created for the generator step.
    pub(crate) device_id: Option<i64>,
    /// The unconfirmed phone or e-mail device awaiting validation.
    #[serde(default)]
    pub(crate) challenge_id: Option<i64>,
    pub(crate) next: String,
}

impl SetupState {
    /// The step the wizard is at.
    pub(crate) fn step(&self) -> SetupStep {
        self.step
    }
}

/// The setup wizard's state in `session`, if a setup is under way.
pub(crate) fn state(session: &impl SessionState) -> Option<SetupState> {
    session.get(SessionKey::Setup)
}

/// Keeps the setup wizard's state.
pub(crate) fn save_state(
    session: &impl SessionState,
    state: &SetupState,
) -> Result<(), TwoFactorError> {
    session.set(SessionKey::Setup, state)
}

/// Forgets the setup wizard's state.
pub(crate) fn forget_state(session: &impl SessionState) {
    session.remove(SessionKey::Setup);
}

/// A confirmed device completes setup (the wizard and the JSON API's `totp_confirm`): the
/// wizard state is forgotten, the session marked verified by the device and renewed, and
/// `DeviceAdded` sent.
pub(crate) async fn finish_setup(
    tf: &Core,
    session: &impl SessionState,
    user: &User,
    device: &Device,
) -> Result<(), TwoFactorError> {
    forget_state(session);
    crate::flows::account::mark_verified(session, device.device_ref())?;
    session.renew();
    tracing::info!(user = %user.id, device = %device.device_ref(), "two-factor setup completed");
    tf.signals
        .send(Signal::DeviceAdded {
            user: user.clone(),
            device: DeviceInfo::of(device),
        })
        .await;
    Ok(())
}

/// Starts an authenticator-app setup outside the wizard's pages (the JSON API's
/// `totp_setup`, the profile's `app_create`): a new unconfirmed device — the `main` one or
/// one more app beside the user's devices, named `label` — remembered as the wizard's
/// generator step so the QR code view (`two_factor:qr`) serves its code.
pub(crate) async fn begin_generator(
    tf: &Core,
    session: &impl SessionState,
    user: &User,
    main: bool,
    label: String,
) -> Result<TotpDevice, TwoFactorError> {
    let device = tf.devices.begin_app_setup(&user.id, main, label).await?;
    let state = SetupState {
        step: SetupStep::Generator,
        method: Some(SetupMethod::Generator),
        device_id: Some(device.id),
        ..SetupState::default()
    };
    save_state(session, &state)?;
    Ok(device)
}

/// The additional authenticator app a setup in progress created (`begin_generator`, not
/// the main one), if it is still waiting for its first code.
pub(crate) async fn pending_additional_app(
    tf: &Core,
    session: &impl SessionState,
    user: &User,
) -> Result<Option<TotpDevice>, TwoFactorError> {
    let id = state(session)
        .filter(|s| s.step() == SetupStep::Generator)
        .and_then(|s| s.device_id);
    let Some(id) = id else {
        return Ok(None);
    };
    Ok(tf
        .devices
        .pending_setup(&user.id, id)
        .await?
        .filter(|d| d.name != "default"))
}

/// An additional authenticator app confirmed by its first code: the setup state is
/// forgotten and `DeviceAdded` sent. The session's verification does not change (the
/// user verified to get here).
pub(crate) async fn finish_additional_app(
    tf: &Core,
    session: &impl SessionState,
    user: &User,
    device: &Device,
) {
    forget_state(session);
    tracing::info!(user = %user.id, device = %device.device_ref(), "authenticator app added");
    tf.signals
        .send(Signal::DeviceAdded {
            user: user.clone(),
            device: DeviceInfo::of(device),
        })
        .await;
}

/// Checks a posted code for a phone or e-mail device being set up: the form's error, and
/// what the device said (`None` for empty or malformed input, which is no attempt).
pub(crate) async fn validate_code(
    tf: &Core,
    session: &impl SessionState,
    user: &User,
    device: &ChallengeDevice,
    field: Field<'_>,
) -> Result<(Option<String>, Option<Verification>), TwoFactorError> {
    if token_field_too_long(field) {
        return Err(TwoFactorError::BadRequest("The token field is too long."));
    }
    let input = parse_token(field, crate::devices::challenge::CODE_DIGITS);
    Ok(match &input {
        TokenInput::Empty => (Some(messages::required().to_owned()), None),
        TokenInput::Malformed => (Some(messages::invalid_setup_token().to_owned()), None),
        TokenInput::Token(token) => {
            let nonce = crate::delivery::existing_nonce(session);
            let outcome = tf
                .devices
                .confirm_challenge_setup(&user.id, device, Some(token.clone()), nonce)
                .await?;
            (
                messages::token_error(outcome, &input, messages::invalid_setup_token()),
                Some(outcome),
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_the_serialised_form() {
        for step in SetupStep::ALL {
            assert_eq!(SetupStep::parse(step.as_str()), Some(step));
            let json = serde_json::to_string(&step).unwrap();
            assert_eq!(json, format!("\"{}\"", step.as_str()));
        }
        assert_eq!(SetupStep::parse("Generator"), None);
        assert_eq!(SetupMethod::parse("validation"), None);
        assert_eq!(SetupMethod::parse("call"), Some(SetupMethod::Call));
    }

    #[test]
    fn the_method_step_appears_only_with_a_choice() {
        let only_app = offered_methods(false, false, false);
        assert_eq!(
            steps(&only_app, None),
            [SetupStep::Welcome, SetupStep::Generator]
        );
        let all = offered_methods(true, true, true);
        assert_eq!(all.len(), 4);
        assert_eq!(
            steps(&all, Some(SetupMethod::Call)),
            [
                SetupStep::Welcome,
                SetupStep::Method,
                SetupStep::Call,
                SetupStep::Validation
            ]
        );
    }
}
