//! # actix-two-factor
//!
//! Complete two-factor authentication for [actix-web], the way django-two-factor-auth
//! gives it to Django sites: a login wizard (password, then a token from an
//! authenticator app), a setup wizard with a QR code, guards for views, overridable
//! templates, and management commands — on SQLite or PostgreSQL.
//!
//! ```no_run
//! use actix_session::storage::CookieSessionStore;
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
//! The README is the guide: limiting access (`otp_required`, [`VerifiedUser`],
//! [`OtpExt::is_verified`]), templates, settings, commands.
//!
//! [actix-web]: https://docs.rs/actix-web

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

pub mod admin;
pub mod clock;
pub mod csrf;
pub mod db;
mod decorators;
mod delivery;
pub mod devices;
mod errors;
mod fail_closed;
pub mod forms;
pub mod gateways;
pub mod hashers;
pub mod i18n;
mod install;
pub mod mail;
pub mod management;
mod middleware;
mod mixins;
pub mod phone;
pub mod policy;
pub mod redirects;
pub mod remember;
pub mod secrets;
mod session_lifetime;
mod session_stamp;
mod settings;
pub mod signals;
mod templates;
mod throttling;
pub mod urls;
pub mod users;
mod views;
pub mod wizard;

pub use admin::AdminSiteOtpRequired;
#[cfg(feature = "admin")]
pub use admin::configure_admin;
pub use decorators::{IsVerified, OtpRequired, otp_required};
pub use errors::TwoFactorError;
pub use fail_closed::FailClosed;
pub use install::{TwoFactorMiddleware, TwoFactorMiddlewareBuilder, TwoFactorService};
pub use middleware::{OTP_DEVICE_KEY, OtpExt, OtpMiddleware, OtpState};
pub use mixins::{OtpRequiredMixin, VerifiedUser};
pub use settings::{BuildError, TwoFactor, TwoFactorBuilder};
pub use templates::{TemplateError, Templates};
pub use urls::configure;
pub use views::qr::qr_code_svg;
