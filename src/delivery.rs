//! Sending codes to phone and e-mail devices: a fresh code bound to this login attempt
//! (a nonce kept in the session), delivered by the configured gateway or mailer.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::core::Core;
use crate::devices::{Challenge, ChallengeDevice, Method};
use crate::errors::TwoFactorError;
use crate::flows::session::{SessionKey, SessionState};
use crate::mail::OutgoingMail;
use crate::phone::PhoneNumber;
use crate::users::User;

/// What happened when a code was requested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// A new code is on its way.
    Sent,
    /// This attempt's code went out less than the cooldown ago; that one is still valid.
    Cooldown {
        /// Seconds until a resend is allowed.
        retry_after_secs: u64,
    },
    /// The sending limit of the number or address (`destination`) or of the user is
    /// reached; nothing was sent.
    Limited {
        /// Whether the destination's limit (rather than the user's) refused it.
        destination: bool,
        /// Seconds until a code may be sent again.
        retry_after_secs: u64,
    },
    /// The gateway or mail server refused; the user should try another way.
    Failed,
}

impl Delivery {
    /// A message for the page, when there is something to say (current language).
    pub fn message(self) -> Option<String> {
        use crate::i18n::tr_args;
        match self {
            Delivery::Sent => None,
            Delivery::Cooldown { retry_after_secs } => Some(tr_args(
                "delivery-cooldown",
                &[("seconds", retry_after_secs.into())],
            )),
            Delivery::Limited {
                destination,
                retry_after_secs,
            } => {
                let minutes = retry_after_secs.div_ceil(60);
                let key = if destination {
                    "delivery-limited-destination"
                } else {
                    "delivery-limited-user"
                };
                Some(tr_args(key, &[("minutes", minutes.into())]))
            }
            Delivery::Failed => Some(crate::i18n::tr("delivery-failed")),
        }
    }

    /// Whether a code from this attempt is out there to be entered (sent now or earlier).
    pub fn code_outstanding(self) -> bool {
        matches!(self, Delivery::Sent | Delivery::Cooldown { .. })
    }
}

/// A wait in whole seconds, rounded up (never "0 seconds").
fn whole_seconds(d: std::time::Duration) -> u64 {
    (d.as_millis().div_ceil(1000) as u64).max(1)
}

/// This session's challenge nonce, created on first use.
pub(crate) fn nonce(session: &impl SessionState) -> Result<String, TwoFactorError> {
    if let Some(n) = session.get::<String>(SessionKey::ChallengeNonce)
        && n.len() >= 16
    {
        return Ok(n);
    }
    let fresh = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>());
    session.set(SessionKey::ChallengeNonce, &fresh)?;
    Ok(fresh)
}

/// The nonce, if this session asked for a code.
pub(crate) fn existing_nonce(session: &impl SessionState) -> Option<String> {
    session.get(SessionKey::ChallengeNonce)
}

/// Issues a code for `device` and delivers it (Django's `generate_challenge`).
pub(crate) async fn send_challenge(
    tf: &Core,
    session: &impl SessionState,
    user: &User,
    device: &ChallengeDevice,
) -> Result<Delivery, TwoFactorError> {
    let nonce = nonce(session)?;
    let code = match tf.devices.issue_challenge(device, &nonce).await? {
        Challenge::Issued(code) => code,
        Challenge::Cooldown { retry_after } => {
            return Ok(Delivery::Cooldown {
                retry_after_secs: whole_seconds(retry_after),
            });
        }
        Challenge::DestinationLimit { retry_after } => {
            return Ok(Delivery::Limited {
                destination: true,
                retry_after_secs: whole_seconds(retry_after),
            });
        }
        Challenge::UserLimit { retry_after } => {
            return Ok(Delivery::Limited {
                destination: false,
                retry_after_secs: whole_seconds(retry_after),
            });
        }
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
    tf: &Core,
    user: &User,
    device: &ChallengeDevice,
    code: &str,
) -> Result<OutgoingMail, TwoFactorError> {
    let ctx = serde_json::json!({
        "token": code,
        "username": user.username,
        "site_name": tf.site_name(),
        "valid_minutes": tf.devices.settings().email_token_validity.as_secs().div_ceil(60),
    });
    let text = tf
        .mail_templates
        .render("two_factor/email/token.txt", &ctx)?;
    let subject = tf
        .email_subject()
        .map_or_else(|| crate::i18n::tr("email-subject"), str::to_owned);
    let mut mail = OutgoingMail::new(device.target.clone(), subject, text);
    if tf.mail_templates.has("two_factor/email/token.html") {
        mail = mail.with_html(
            tf.mail_templates
                .render("two_factor/email/token.html", &ctx)?,
        );
    }
    Ok(mail)
}
