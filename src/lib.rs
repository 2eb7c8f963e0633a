//! # actix-two-factor
//!
//! Complete two-factor authentication for [actix-web], the way django-two-factor-auth
//! gives it to Django sites: a login wizard (password, then a token from an
//! authenticator app), a setup wizard with a QR code, guards for views, overridable
//! templates, and management commands — on SQLite or PostgreSQL.
//!
//! ```no_run
//! use two_factor::actix_session::storage::CookieSessionStore;
//! use actix_web::{App, HttpResponse, HttpServer, cookie::Key, web};
//!
//! #[actix_web::main]
//! async fn main() -> std::io::Result<()> {
//!     let tf = web::Data::new(
//!         two_factor::TwoFactor::builder()
//!             .database_url("db.sqlite3")
//!             .run_migrations(true)
//!             .site_name("My Site")
//!             .build()
//!             .expect("two-factor settings"),
//!     );
//!     let key = Key::generate();
//!     HttpServer::new(move || {
//!         App::new()
//!             .app_data(tf.clone())
//!             .configure(tf.configure())
//!             .service(
//!                 web::resource("/secret/")
//!                     .wrap(two_factor::otp_required())
//!                     .to(|| async { HttpResponse::Ok().body("only after two factors") }),
//!             )
//!             // Session, identity and two-factor middleware, in the one order that works.
//!             .wrap(two_factor::TwoFactorMiddleware::new(
//!                 CookieSessionStore::default(),
//!                 key.clone(),
//!             ))
//!     })
//!     .bind(("127.0.0.1", 8000))?
//!     .run()
//!     .await
//! }
//! ```
//!
//! The manual is the [`guide`]: [installation](guide::installation), guarding views
//! ([`otp_required`], [`VerifiedUser`], [`OtpExt::is_verified`]: [views](guide::views)),
//! [templates](guide::templates), [languages](guide::languages),
//! [settings](guide::settings), [methods](guide::methods), the [JSON API](guide::api), the
//! [admin](guide::admin), [signals](guide::signals), [security](guide::security) and
//! [deployment](guide::deployment).
//!
//! [actix-web]: https://docs.rs/actix-web

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

// The core: the domain (devices, tokens, users, throttling, secrets, policy, time,
// storage), the use cases (`flows`) and the services they share. None of these modules
// knows actix-web, sessions or HTML (`tests/it/layers.rs` checks it).
//
// Modules marked `#[doc(hidden)]` are internals the crate's own tests, fuzz targets and
// benchmarks reach into: not part of the public API, no semver promise.
mod alerts;
mod api_sessions;
mod cache_map;
pub mod clock;
mod core;
mod dates;
#[doc(hidden)]
pub mod db;
mod delivery;
#[doc(hidden)]
pub mod devices;
mod django_import;
mod errors;
mod escape;
mod flows;
pub mod gateways;
pub mod guide;
pub mod hashers;
pub mod i18n;
pub mod mail;
pub mod management;
#[doc(hidden)]
pub mod phone;
pub mod policy;
pub mod secrets;
mod session_records;
mod session_stamp;
pub mod signals;
mod throttling;
mod trusted_browsers;
pub mod users;

// The web layer: middleware, guards and extractors, views, templates, the admin site.
mod web;

/// The identity crate this one is built on (`two_factor::actix_identity::Identity`).
pub use actix_identity;
/// The session crate this one is built on, re-exported so its stores and options match
/// (`two_factor::actix_session::storage::CookieSessionStore`).
pub use actix_session;
pub use core::Core;
pub use errors::TemplateError;
pub use errors::{BuildError, TwoFactorError};
pub use web::admin;
pub use web::api;
pub use web::config;
pub use web::decorators::{IsVerified, OtpRequired, otp_required};
#[doc(hidden)]
pub use web::fail_closed::FailClosed;
#[doc(hidden)]
pub use web::install::TwoFactorService;
pub use web::install::{TwoFactorMiddleware, TwoFactorMiddlewareBuilder};
#[doc(hidden)]
pub use web::middleware::OtpMiddleware;
pub use web::middleware::{OTP_DEVICE_KEY, OtpExt, OtpState};
pub use web::mixins::{OtpRequiredMixin, Page, Refusal, VerifiedUser};
#[doc(hidden)]
pub use web::remember::RememberSettings;
pub use web::routes::configure;
pub use web::site::{TwoFactor, TwoFactorBuilder};
#[doc(hidden)]
pub use web::templates::Templates;
#[doc(hidden)]
pub use web::urls;
#[doc(hidden)]
pub use web::views::qr::qr_code_svg;

/// Internals the crate's fuzz targets (`fuzz/`) and benchmarks (`benches/`) exercise
/// directly. Not part of the public API: hidden from the docs and from `public-api.txt`,
/// no semver promise, may change in any release.
/// The README's code blocks, compiled by `cargo test` (they are what a new user copies).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

#[doc(hidden)]
pub mod __private {
    pub use crate::devices::static_tokens::{TOKEN_LENGTH, canonical_backup_token};
    pub use crate::devices::totp::hotp;
    pub use crate::web::forms::{Field, PostData, TokenInput, parse_token, token_field_too_long};
    pub use crate::web::redirects::{is_safe_next, redirect, safe_next_or};
    pub use crate::web::remember::{RememberCookie, RememberSettings, inspect};

    /// Whether `input` is one well-formed CBOR item (the WebAuthn reader).
    #[cfg(feature = "webauthn")]
    pub fn webauthn_cbor(input: &[u8]) -> bool {
        crate::devices::webauthn::cbor::decode(input).is_ok()
    }

    /// Whether `input` is a supported COSE public key.
    #[cfg(feature = "webauthn")]
    pub fn webauthn_cose_key(input: &[u8]) -> bool {
        crate::devices::webauthn::cose::PublicKey::from_cose_bytes(input).is_ok()
    }

    /// Checks `answer` (a browser's JSON) as an assertion and a registration against a
    /// fixed state; returns whether either was accepted (never, for a fuzzer's input).
    #[cfg(feature = "webauthn")]
    pub fn webauthn_answer(answer: &str) -> bool {
        crate::devices::webauthn::ceremony::fuzz_answer(answer)
    }
}
