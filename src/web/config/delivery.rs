//! [`CodeDelivery`]: codes sent by text message, voice call and e-mail.

use std::sync::Arc;
use std::time::Duration;

use crate::gateways::Gateway;
use crate::mail::Mailer;

/// How codes reach the user: the gateways and mailer that turn the `sms`, `call` and
/// `email` methods on, how long a code is valid, and how often one may be sent.
#[must_use]
#[derive(Clone)]
pub struct CodeDelivery {
    pub(crate) sms_gateway: Option<Arc<dyn Gateway>>,
    pub(crate) call_gateway: Option<Arc<dyn Gateway>>,
    pub(crate) mailer: Option<Arc<dyn Mailer>>,
    pub(crate) email_subject: Option<String>,
    pub(crate) phone_token_validity: Duration,
    pub(crate) email_token_validity: Duration,
    pub(crate) phone_cooldown: Duration,
    pub(crate) email_cooldown: Duration,
    pub(crate) codes_per_destination: u32,
    pub(crate) codes_per_user: u32,
    pub(crate) code_rate_window: Duration,
}

impl Default for CodeDelivery {
    fn default() -> Self {
        CodeDelivery {
            sms_gateway: None,
            call_gateway: None,
            mailer: None,
            email_subject: None,
            phone_token_validity: Duration::from_secs(300),
            email_token_validity: Duration::from_secs(300),
            phone_cooldown: Duration::from_secs(60),
            email_cooldown: Duration::from_secs(60),
            codes_per_destination: 5,
            codes_per_user: 10,
            code_rate_window: Duration::from_secs(3600),
        }
    }
}

impl std::fmt::Debug for CodeDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CodeDelivery")
            .field("sms_gateway", &self.sms_gateway.is_some())
            .field("call_gateway", &self.call_gateway.is_some())
            .field("mailer", &self.mailer.is_some())
            .field("email_subject", &self.email_subject)
            .field("phone_token_validity", &self.phone_token_validity)
            .field("email_token_validity", &self.email_token_validity)
            .field("phone_cooldown", &self.phone_cooldown)
            .field("email_cooldown", &self.email_cooldown)
            .field("codes_per_destination", &self.codes_per_destination)
            .field("codes_per_user", &self.codes_per_user)
            .field("code_rate_window", &self.code_rate_window)
            .finish()
    }
}

impl CodeDelivery {
    /// `TWO_FACTOR_SMS_GATEWAY`: turns on the `sms` method and backup phones by text.
    pub fn sms_gateway(mut self, gateway: Arc<dyn Gateway>) -> Self {
        self.sms_gateway = Some(gateway);
        self
    }

    /// `TWO_FACTOR_CALL_GATEWAY`: turns on the `call` method.
    pub fn call_gateway(mut self, gateway: Arc<dyn Gateway>) -> Self {
        self.call_gateway = Some(gateway);
        self
    }

    /// The mailer (lettre SMTP, or the logging fallback): turns on the `email` method.
    pub fn mailer(mut self, mailer: Arc<dyn Mailer>) -> Self {
        self.mailer = Some(mailer);
        self
    }

    /// `OTP_EMAIL_SUBJECT`: the subject of mails with a code, in every language (default:
    /// the catalogue's `email-subject`, `OTP token` in English, translated).
    pub fn email_subject(mut self, subject: impl Into<String>) -> Self {
        self.email_subject = Some(subject.into());
        self
    }

    /// How long a code sent by text or call stays valid (default 300 s; 1 s to 10 min).
    pub fn phone_token_validity(mut self, validity: Duration) -> Self {
        self.phone_token_validity = validity;
        self
    }

    /// `OTP_EMAIL_TOKEN_VALIDITY` (default 300 s; 1 s to 10 min).
    pub fn email_token_validity(mut self, validity: Duration) -> Self {
        self.email_token_validity = validity;
        self
    }

    /// The shortest time between two codes to one phone (default 60 s).
    pub fn phone_cooldown(mut self, cooldown: Duration) -> Self {
        self.phone_cooldown = cooldown;
        self
    }

    /// `OTP_EMAIL_COOLDOWN_DURATION` (default 60 s).
    pub fn email_cooldown(mut self, cooldown: Duration) -> Self {
        self.email_cooldown = cooldown;
        self
    }

    /// `TWO_FACTOR_CODES_PER_DESTINATION` and `TWO_FACTOR_CODES_PER_USER`: at most
    /// `per_destination` codes to one number or address (across all users) and
    /// `per_user` codes for one user in any `window` (defaults 5 and 10 an hour; 0 turns a
    /// limit off). A refused send tells the user when to retry.
    pub fn rate_limits(mut self, per_destination: u32, per_user: u32, window: Duration) -> Self {
        self.codes_per_destination = per_destination;
        self.codes_per_user = per_user;
        self.code_rate_window = window;
        self
    }
}
