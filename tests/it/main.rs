//! The integration tests in one binary (one link of the crate and its helpers instead of
//! one per file), a module per area. The suites that drive outside processes or install a
//! process-wide log subscriber keep their own binaries: `browser.rs` (headless Chromium),
//! `demo.rs` (the demo binary), `multi_instance.rs` (three demos, PostgreSQL and Redis) and
//! `outage.rs` (the database taken away).

#![recursion_limit = "256"]

#[path = "../common/mod.rs"]
mod common;

mod admin;
mod adversarial;
mod alerts;
mod api;
#[cfg(feature = "webauthn")]
mod api_webauthn;
mod apps;
mod backup;
mod concurrency;
#[cfg(all(feature = "sqlite", feature = "webauthn"))]
mod django_import;
#[cfg(feature = "smtp")]
mod email;
mod feature_gated;
#[cfg(feature = "twilio")]
mod gateways;
mod guards;
mod has_device;
mod hashing;
#[cfg(feature = "sqlite")]
mod host_app;
mod i18n;
mod install;
mod language;
mod layers;
mod login;
mod login_throttle;
#[cfg(feature = "smtp")]
mod mail;
mod pages;
mod phones;
mod policy;
mod profile;
mod reauth;
mod remember;
mod revocation;
mod secrets;
mod session_lifetime;
mod session_writes;
mod sessions;
mod settings;
mod setup;
mod signals;
mod statements;
mod totp_drift;
#[cfg(feature = "webauthn")]
mod webauthn;
#[cfg(feature = "webauthn")]
mod webauthn_attestation;
#[cfg(feature = "webauthn")]
mod webauthn_web;
