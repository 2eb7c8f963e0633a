//! The settings, grouped the way actix-session groups its options: each group is plain
//! data with Django's setting names and defaults, handed to one
//! [`TwoFactorBuilder`](crate::TwoFactorBuilder) method.
//!
//! | group | builder method | Django settings |
//! |---|---|---|
//! | [`RememberDevice`] | `remember_device` | `TWO_FACTOR_REMEMBER_COOKIE_*` |
//! | [`LoginThrottling`] | `login_throttling` | `OTP_*_THROTTLE_FACTOR`, `TWO_FACTOR_LOGIN_*`, `TWO_FACTOR_REAUTH_*` |
//! | [`CodeDelivery`] | `code_delivery` | `TWO_FACTOR_SMS_GATEWAY`, `TWO_FACTOR_CALL_GATEWAY`, `OTP_EMAIL_*` |
//! | [`SessionLimits`] | `session_limits` | `TWO_FACTOR_LOGIN_TIMEOUT`, `TWO_FACTOR_SESSION_*` |
//! | [`Languages`] | `languages` | `LANGUAGE_CODE`, `LANGUAGES` |
//! | [`WebAuthn`] | `webauthn` | `TWO_FACTOR_WEBAUTHN_*` |
//! | [`SecurityAlerts`] | `security_alerts` | `TWO_FACTOR_ALERT_*` |
//!
//! ```
//! use std::time::Duration;
//! use two_factor::config::{LoginThrottling, RememberDevice, SessionLimits};
//!
//! let builder = two_factor::TwoFactor::builder()
//!     .session_limits(SessionLimits::default().idle_timeout(Duration::from_secs(15 * 60)))
//!     .login_throttling(LoginThrottling::default().login_client_failure_limit(5))
//!     .remember_device(
//!         RememberDevice::new(Duration::from_secs(30 * 86_400))
//!             .secret(b"one random secret of at least 32 bytes, shared")
//!             .cookie_secure(true),
//!     );
//! # drop(builder);
//! ```
//!
//! Nothing is checked until [`build`](crate::TwoFactorBuilder::build), which refuses a
//! value that cannot work with [`BuildError::Invalid`](crate::BuildError::Invalid) naming
//! the setting.

mod delivery;
mod languages;
mod remember;
mod sessions;
mod throttling;
#[cfg(feature = "webauthn")]
mod webauthn;

pub use crate::alerts::SecurityAlerts;
#[cfg(feature = "webauthn")]
pub use crate::devices::webauthn::{
    AttestationConveyance, AuthenticatorAttachment, Transport, UserVerification,
};
pub use delivery::CodeDelivery;
pub use languages::Languages;
pub use remember::RememberDevice;
pub use sessions::SessionLimits;
pub use throttling::LoginThrottling;
#[cfg(feature = "webauthn")]
pub use webauthn::WebAuthn;
