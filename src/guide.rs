//! The manual: how to install, configure and extend the crate, chapter by chapter. Every
//! Rust block here is compiled by `cargo test`, so none of them can go stale.

/// Installation: features, the one-line wiring, URL prefixes, wiring by hand, an existing
/// app adopting the crate.
#[doc = include_str!("../docs/guide/installation.md")]
pub mod installation {}

/// Guarding views: `otp_required`, `VerifiedUser`, `is_verified()`, the policy.
#[doc = include_str!("../docs/guide/views.md")]
pub mod views {}

/// Templates: names, overriding, the base template.
#[doc = include_str!("../docs/guide/templates.md")]
pub mod templates {}

/// Languages: negotiation, catalogues, adding a locale.
#[doc = include_str!("../docs/guide/languages.md")]
pub mod languages {}

/// Every setting, its Django name and default, and what `build()` refuses.
#[doc = include_str!("../docs/guide/settings.md")]
pub mod settings {}

/// Backup tokens, phones, e-mail codes, security keys and passkeys.
#[doc = include_str!("../docs/guide/methods.md")]
pub mod methods {}

/// The JSON API for single-page and mobile apps.
#[doc = include_str!("../docs/guide/api.md")]
pub mod api {}

/// The OTP-required admin site.
#[doc = include_str!("../docs/guide/admin.md")]
pub mod admin {}

/// Signals and receivers.
#[doc = include_str!("../docs/guide/signals.md")]
pub mod signals {}

/// Remembered devices, re-authentication, sessions, password guessing, how verification
/// works.
#[doc = include_str!("../docs/guide/security.md")]
pub mod security {}

/// Moving a Django site's users and devices here: `two_factor_import_django`.
#[doc = include_str!("../docs/guide/django.md")]
pub mod django {}

/// Several instances, the database, outages.
#[doc = include_str!("../docs/guide/deployment.md")]
pub mod deployment {}
