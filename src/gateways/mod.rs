//! SMS and voice gateways for backup phones (django-two-factor-auth's `TWO_FACTOR_SMS_GATEWAY`
//! and `TWO_FACTOR_CALL_GATEWAY`): [`Gateway`] is what sends a token, `TwilioGateway`
//! (cargo feature `twilio`, on by default) sends it for real and [`FakeGateway`] logs it
//! (development and tests).

mod fake;
#[cfg(feature = "twilio")]
mod twilio;

pub use fake::{FakeGateway, SentKind, SentMessage};
#[cfg(feature = "twilio")]
#[cfg_attr(docsrs, doc(cfg(feature = "twilio")))]
pub use twilio::TwilioGateway;

use crate::phone::PhoneNumber;

/// Delivers a token to a phone, by text message or by a call.
#[async_trait::async_trait]
pub trait Gateway: Send + Sync + 'static {
    /// Sends `token` by text message.
    async fn send_sms(&self, number: &PhoneNumber, token: &str) -> Result<(), GatewayError>;
    /// Places a call that reads `token` aloud.
    async fn make_call(&self, number: &PhoneNumber, token: &str) -> Result<(), GatewayError>;
}

/// Why a gateway could not deliver a token.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GatewayError {
    /// The request did not get an answer: connection refused, DNS, TLS, timeout, …
    #[error("gateway transport error: {0}")]
    Transport(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The provider answered with a non-success HTTP status.
    #[error("gateway answered HTTP {status}: {detail}")]
    Status {
        /// The HTTP status code.
        status: u16,
        /// The start of the provider's answer (Twilio's error JSON), for the logs.
        detail: String,
    },
    /// The gateway is not set up to do this (missing caller id, bad template, …).
    #[error("gateway misconfigured: {0}")]
    Config(String),
}
