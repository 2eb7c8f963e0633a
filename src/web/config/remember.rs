//! [`RememberDevice`]: "Don't ask again on this device".

use std::time::Duration;

use actix_web::cookie::SameSite;

use crate::web::remember::RememberSettings;

/// `TWO_FACTOR_REMEMBER_COOKIE_*`: after a correct code the user may tick "Don't ask again
/// on this device", and a signed cookie skips the token step for [`new`](Self::new)'s age.
/// Off unless the builder is given one.
#[must_use]
#[derive(Clone, Debug)]
pub struct RememberDevice {
    pub(crate) settings: RememberSettings,
    /// `cookie_path` was set: a URL prefix does not move it.
    pub(crate) path_set: bool,
    /// The length of a secret too short to keep, reported by `build()`.
    pub(crate) short_secret: Option<usize>,
}

impl RememberDevice {
    /// `TWO_FACTOR_REMEMBER_COOKIE_AGE`: how long a device is remembered.
    pub fn new(age: Duration) -> Self {
        let mut settings = RememberSettings::default();
        settings.age = Some(age);
        RememberDevice {
            settings,
            path_set: false,
            short_secret: None,
        }
    }

    /// The secret the cookies are signed with: at least 32 bytes, shared by every instance
    /// (default: a random per-process secret, so cookies end with the process).
    pub fn secret(mut self, material: &[u8]) -> Self {
        self.short_secret = (!self.settings.set_secret(material)).then_some(material.len());
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_PREFIX` (default `remember-cookie_`; use
    /// `__Host-remember-cookie_` with `cookie_secure` and no domain for the strongest binding).
    pub fn cookie_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.settings.prefix = prefix.into();
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_DOMAIN` (default none: this host only).
    pub fn cookie_domain(mut self, domain: impl Into<String>) -> Self {
        self.settings.domain = Some(domain.into());
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_PATH` (default `/`, or `<prefix>/` under a
    /// [`url_prefix`](crate::TwoFactorBuilder::url_prefix)).
    pub fn cookie_path(mut self, path: impl Into<String>) -> Self {
        self.settings.path = path.into();
        self.path_set = true;
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_SECURE` (default false, as in Django; set it in
    /// production).
    pub fn cookie_secure(mut self, secure: bool) -> Self {
        self.settings.secure = secure;
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_HTTPONLY` (default true).
    pub fn cookie_http_only(mut self, http_only: bool) -> Self {
        self.settings.http_only = http_only;
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_SAMESITE` (default `Lax`).
    pub fn cookie_same_site(mut self, same_site: SameSite) -> Self {
        self.settings.same_site = same_site;
        self
    }
}
