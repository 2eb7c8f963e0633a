//! [`TwoFactor`]: the site — the [`Core`](crate::Core) (domain services and settings)
//! plus what the web needs (templates, the URL table, cookies, policy exemptions) — and
//! its builder, the composition root. Register it as app data.
//!
//! - `builder.rs`: [`TwoFactorBuilder`], every setting with Django's name and default;
//! - `build.rs`: `build()`, which checks the settings and assembles the services;
//! - `validate.rs`: the checks `build()` makes before opening anything.

mod build;
mod builder;
mod validate;

pub use builder::TwoFactorBuilder;

use std::sync::Arc;

use crate::web::templates::Templates;

/// Two-factor settings and services, shared by every worker (wrap it in `web::Data`).
///
/// ```no_run
/// use actix_web::{web, App};
/// let tf = web::Data::new(
///     two_factor::TwoFactor::builder()
///         .database_url("db.sqlite3")
///         .run_migrations(true)
///         .site_name("My Site")
///         .build()
///         .expect("two-factor settings"),
/// );
/// let app = App::new().app_data(tf.clone()).configure(two_factor::configure);
/// ```
pub struct TwoFactor {
    pub(crate) core: crate::core::Core,
    pub(crate) templates: Arc<Templates>,
    login_url: String,
    login_redirect_url: String,
    logout_redirect_url: String,
    language_cookie_secure: bool,
    pub(crate) policy_exemptions: crate::policy::Exemptions,
    pub(crate) remember: crate::web::remember::RememberSettings,
    pub(crate) urls: crate::web::urls::Urls,
}

impl std::ops::Deref for TwoFactor {
    type Target = crate::core::Core;

    /// The domain services: `tf.devices()`, `tf.database()`, `tf.signals()`, …
    fn deref(&self) -> &crate::core::Core {
        &self.core
    }
}

impl std::fmt::Debug for TwoFactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwoFactor")
            .field("core", &self.core)
            .field("login_url", &self.login_url)
            .finish_non_exhaustive()
    }
}

impl TwoFactor {
    /// A builder with Django's defaults.
    pub fn builder() -> TwoFactorBuilder {
        TwoFactorBuilder::default()
    }

    /// The template engine (defaults plus the host's overrides).
    #[doc(hidden)]
    pub fn templates(&self) -> &Templates {
        &self.templates
    }

    /// `LOGIN_URL` / `OTP_LOGIN_URL`.
    pub fn login_url(&self) -> &str {
        &self.login_url
    }

    /// Where the views are mounted ([`TwoFactorBuilder::url_prefix`]; `""` by default).
    pub fn url_prefix(&self) -> &str {
        &self.urls.prefix
    }

    /// `LOGIN_REDIRECT_URL`: where a login without a valid `next` goes.
    pub fn login_redirect_url(&self) -> &str {
        &self.login_redirect_url
    }

    /// `LOGOUT_REDIRECT_URL`: after logout, and the wizards' cancel link.
    pub fn logout_redirect_url(&self) -> &str {
        &self.logout_redirect_url
    }

    /// The remember-device cookie settings (`TWO_FACTOR_REMEMBER_COOKIE_*`).
    #[doc(hidden)]
    pub fn remember_cookie(&self) -> &crate::RememberSettings {
        &self.remember
    }

    /// Whether the language cookie is always `Secure` (`LANGUAGE_COOKIE_SECURE`).
    pub(crate) fn language_cookie_secure(&self) -> bool {
        self.language_cookie_secure
    }
}
