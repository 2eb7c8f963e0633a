//! Sending codes to phone and e-mail devices: a fresh code bound to this login attempt
//! (a nonce kept in the session), delivered by the configured gateway or mailer.

use actix_session::Session;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::devices::{Challenge, ChallengeDevice, Method};
use crate::errors::TwoFactorError;
use crate::mail::OutgoingMail;
use crate::phone::PhoneNumber;
use crate::settings::TwoFactor;
use crate::users::User;

const NONCE_KEY: &str = "two_factor.challenge_nonce";

/// What happened when a code was requested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// A new code is on its way.
    Sent,
    /// A code went out less than the cooldown ago; that one is still valid.
    Cooldown,
    /// The gateway or mail server refused; the user should try another way.
    Failed,
}

impl Delivery {
    /// A message for the page, when there is something to say.
    pub fn message(self) -> Option<&'static str> {
        match self {
            Delivery::Sent => None,
            Delivery::Cooldown => Some(
                "A code was sent a moment ago. Please use that one, or wait a minute before asking for a new one.",
            ),
            Delivery::Failed => Some(
                "We could not send you a code right now. Please try again later or use another method.",
            ),
        }
    }
}

/// This session's challenge nonce, created on first use.
pub(crate) fn nonce(session: &Session) -> Result<String, TwoFactorError> {
    if let Ok(Some(n)) = session.get::<String>(NONCE_KEY)
        && n.len() >= 16
    {
        return Ok(n);
    }
    let fresh = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>());
    session
        .insert(NONCE_KEY, &fresh)
        .map_err(|e| TwoFactorError::Session(e.to_string()))?;
    Ok(fresh)
}

/// The nonce, if this session asked for a code.
pub(crate) fn existing_nonce(session: &Session) -> Option<String> {
    session.get::<String>(NONCE_KEY).ok().flatten()
}

/// Issues a code for `device` and delivers it (Django's `generate_challenge`).
pub(crate) async fn send_challenge(
    tf: &TwoFactor,
    session: &Session,
    user: &User,
    device: &ChallengeDevice,
) -> Result<Delivery, TwoFactorError> {
    let nonce = nonce(session)?;
    let code = match tf.devices.issue_challenge(device, &nonce).await? {
        Challenge::Issued(code) => code,
        Challenge::Cooldown => return Ok(Delivery::Cooldown),
    };
    let result = match device.method() {
        Method::Sms | Method::Call => {
            let gateway = match device.method() {
                Method::Sms => tf.sms_gateway(),
                _ => tf.call_gateway(),
            };
            match gateway {
                Some(gateway) => {
                    let number = PhoneNumber::from_e164_unchecked(&device.target);
                    if device.method() == Method::Sms {
                        gateway
                            .send_sms(&number, &code)
                            .await
                            .map_err(|e| e.to_string())
                    } else {
                        gateway
                            .make_call(&number, &code)
                            .await
                            .map_err(|e| e.to_string())
                    }
                }
                None => Err("no gateway configured for this method".to_owned()),
            }
        }
        Method::Email => match tf.mailer() {
            Some(mailer) => match email(tf, user, device, &code) {
                Ok(mail) => mailer.send(mail).await.map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            },
            None => Err("no mailer configured".to_owned()),
        },
    };
    match result {
        Ok(()) => Ok(Delivery::Sent),
        Err(error) => {
            tracing::warn!(user = %user.id, device = %device.device_ref(), %error, "could not deliver a code");
            Ok(Delivery::Failed)
        }
    }
}

fn email(
    tf: &TwoFactor,
    user: &User,
    device: &ChallengeDevice,
    code: &str,
) -> Result<OutgoingMail, TwoFactorError> {
    let mut ctx = tera::Context::new();
    ctx.insert("token", code);
    ctx.insert("username", &user.username);
    ctx.insert("site_name", tf.site_name());
    ctx.insert(
        "valid_minutes",
        &(tf.devices
            .settings()
            .email_token_validity
            .as_secs()
            .div_ceil(60)),
    );
    let text = tf.templates.render("two_factor/email/token.txt", &ctx)?;
    let mut mail = OutgoingMail::new(device.target.clone(), tf.email_subject(), text);
    if tf.templates.has("two_factor/email/token.html") {
        mail = mail.with_html(tf.templates.render("two_factor/email/token.html", &ctx)?);
    }
    Ok(mail)
}
