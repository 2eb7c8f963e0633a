//! The checks `TwoFactorBuilder::build` makes before opening anything: a value that
//! cannot work is refused with the setting's name, never clamped or ignored.

use std::time::Duration;

use super::TwoFactorBuilder;
use crate::errors::BuildError;

impl TwoFactorBuilder {
    /// The prefix check (see [`url_prefix`](Self::url_prefix)).
    pub(super) fn validate_url_prefix(&self) -> Result<(), BuildError> {
        let p = &self.url_prefix;
        let ok = p.is_empty()
            || (p.starts_with('/')
                && !p.ends_with('/')
                && !p.contains("//")
                && !p.contains('\\')
                && !p
                    .chars()
                    .any(|c| "?#{}%;".contains(c) || c.is_whitespace() || c.is_control()));
        if ok {
            return Ok(());
        }
        Err(BuildError::Invalid {
            setting: "url_prefix",
            reason: format!(
                "{p:?} must be empty or a path like \"/auth\": one / first, no trailing /, no \
                 //, \\, ?, #, %, ;, {{, }}, spaces or control characters"
            ),
        })
    }

    /// Moves the defaults that name a view under the prefix (explicit values are kept).
    pub(super) fn apply_url_prefix(&mut self) {
        let own_views: Vec<String> = crate::web::urls::Urls::new(&self.url_prefix)
            .policy_exempt()
            .map(str::to_owned)
            .collect();
        self.policy_exemptions.add_own_views(&own_views);
        if self.url_prefix.is_empty() {
            return;
        }
        use crate::web::urls::Route;
        if self.login_url == Route::Login.path() {
            self.login_url = format!("{}{}", self.url_prefix, Route::Login.path());
        }
        if self.login_redirect_url == Route::Profile.path() {
            self.login_redirect_url = format!("{}{}", self.url_prefix, Route::Profile.path());
        }
        if !self.remember.path_set {
            self.remember.settings.path = format!("{}/", self.url_prefix);
        }
    }

    /// The checks [`build`](Self::build) makes before opening anything.
    pub(super) fn validate(&self) -> Result<(), BuildError> {
        let invalid =
            |setting: &'static str, reason: String| Err(BuildError::Invalid { setting, reason });
        if let Some((setting, reason)) = self.rejected.first() {
            return invalid(setting, reason.clone());
        }
        if let Some(len) = self.remember.short_secret {
            return invalid(
                "remember_cookie_secret",
                format!(
                    "{len} bytes; at least 32 are needed (one random secret shared by every \
                     instance)"
                ),
            );
        }
        if self.max_connections == 0 {
            return invalid("max_connections", "0; at least 1 is needed".to_owned());
        }
        if self.signal_timeout.is_zero() {
            return invalid(
                "signal_timeout",
                "0; every receiver would time out before it ran".to_owned(),
            );
        }

        // Every duration must fit in i64 milliseconds, also once added to the current time
        // (expiries are computed as now + duration).
        let now = self.clock.now_ms();
        let d = &self.delivery;
        let s = &self.sessions;
        let mut durations = vec![
            ("database_timeout", self.database_timeout),
            ("login_timeout", s.login_timeout),
            ("reauthentication_window", s.reauthentication_window),
            ("session_max_age", s.max_age),
            ("session_idle_timeout", s.idle_timeout),
            ("phone_cooldown", d.phone_cooldown),
            ("email_cooldown", d.email_cooldown),
            ("code_rate_limits", d.code_rate_window),
            ("device_recheck_interval", self.recheck_interval),
            ("email_token_validity", d.email_token_validity),
            ("phone_token_validity", d.phone_token_validity),
        ];
        if let Some(age) = self.remember.settings.age {
            durations.push(("remember_cookie_age", age));
        }
        for (setting, duration) in durations {
            let fits = i64::try_from(duration.as_millis())
                .ok()
                .and_then(|ms| now.checked_add(ms))
                .is_some();
            if !fits {
                return invalid(
                    setting,
                    format!(
                        "{duration:?} is too long: it overflows once added to the current time"
                    ),
                );
            }
        }

        if self.database_timeout < Duration::from_millis(100) {
            return invalid(
                "database_timeout",
                format!("{:?}; at least 100 ms is needed", self.database_timeout),
            );
        }
        for (setting, validity) in [
            ("email_token_validity", d.email_token_validity),
            ("phone_token_validity", d.phone_token_validity),
        ] {
            if validity.is_zero() {
                return invalid(setting, "zero: a code can never be used".to_owned());
            }
            if validity < Duration::from_secs(1) {
                return invalid(
                    setting,
                    format!("{validity:?}; at least one second is needed"),
                );
            }
            if validity > Duration::from_secs(600) {
                return invalid(
                    setting,
                    format!("{validity:?}; at most 10 minutes (600 s) is allowed"),
                );
            }
        }
        if d.code_rate_window.is_zero() && (d.codes_per_destination > 0 || d.codes_per_user > 0) {
            return invalid(
                "code_rate_limits",
                "a zero window with limits on counts nothing: give a window, or turn both \
                 limits off with 0"
                    .to_owned(),
            );
        }
        // Kept in whole seconds, where zero means "off": 500 ms would turn it off.
        let mut seconds = vec![
            ("login_timeout", s.login_timeout),
            ("reauthentication_window", s.reauthentication_window),
            ("session_max_age", s.max_age),
            ("session_idle_timeout", s.idle_timeout),
        ];
        if let Some(age) = self.remember.settings.age {
            if age.is_zero() {
                return invalid(
                    "remember_cookie_age",
                    "zero; leave it unset to turn \"Don't ask again\" off".to_owned(),
                );
            }
            seconds.push(("remember_cookie_age", age));
        }
        for (setting, duration) in seconds {
            if !duration.is_zero() && duration < Duration::from_secs(1) {
                return invalid(
                    setting,
                    format!(
                        "{duration:?}; at least one second is needed, or zero to turn it off \
                         (it is kept in whole seconds)"
                    ),
                );
            }
        }

        if !matches!(self.totp_digits, 6 | 8) {
            return invalid(
                "totp_digits",
                format!("{}; it must be 6 or 8", self.totp_digits),
            );
        }
        for (setting, url) in [
            ("login_url", &self.login_url),
            ("login_redirect_url", &self.login_redirect_url),
            ("logout_redirect_url", &self.logout_redirect_url),
        ] {
            let local = url.starts_with('/')
                && !url.starts_with("//")
                && !url.starts_with("/\\")
                && !url.chars().any(|c| c.is_whitespace() || c.is_control());
            if !local {
                return invalid(
                    setting,
                    format!(
                        "{url:?} must be a local path: one / first (not // or /\\), no scheme \
                         or host, no spaces or control characters"
                    ),
                );
            }
        }
        let mut names = vec![("site_name", self.site_name.as_str())];
        if let Some(issuer) = &self.totp_issuer {
            names.push(("totp_issuer", issuer));
        }
        for (setting, name) in names {
            if name.trim().is_empty() {
                return invalid(setting, format!("{name:?}; it must not be empty"));
            }
            if name.chars().any(char::is_control) {
                return invalid(setting, format!("{name:?} contains a control character"));
            }
        }
        if let Some(subject) = &self.delivery.email_subject
            && subject.chars().any(char::is_control)
        {
            return invalid(
                "email_subject",
                format!("{subject:?} contains a control character"),
            );
        }
        self.validate_remember_cookie()
    }

    /// The WebAuthn settings `build()` uses: `None` while WebAuthn is off.
    #[cfg(feature = "webauthn")]
    pub(super) fn webauthn_settings(
        &self,
    ) -> Result<Option<crate::devices::webauthn::WebAuthnSettings>, BuildError> {
        let Some(webauthn) = &self.webauthn else {
            return Ok(None);
        };
        let mut settings = webauthn.0.clone();
        settings.throttle_factor = self.throttling.webauthn;
        settings
            .validate()
            .map_err(|(setting, reason)| BuildError::Invalid { setting, reason })?;
        Ok(Some(settings))
    }

    /// The remember cookie's attributes, as browsers would accept them.
    fn validate_remember_cookie(&self) -> Result<(), BuildError> {
        let invalid =
            |setting: &'static str, reason: String| Err(BuildError::Invalid { setting, reason });
        let r = &self.remember.settings;
        // RFC 6265 cookie-name: a token (visible ASCII, no separators).
        let token = |c: char| c.is_ascii_graphic() && !"()<>@,;:\\\"/[]?={}".contains(c);
        if r.prefix.is_empty() || !r.prefix.chars().all(token) {
            return invalid(
                "remember_cookie_prefix",
                format!(
                    "{:?} cannot start a cookie name (visible ASCII without spaces or \
                     ()<>@,;:\\\"/[]?={{}})",
                    r.prefix
                ),
            );
        }
        let lower = r.prefix.to_ascii_lowercase();
        if lower.starts_with("__host-") {
            let problem = if !r.secure {
                Some("needs cookie_secure(true)")
            } else if r.domain.is_some() {
                Some("needs no domain (remove cookie_domain)")
            } else if r.path != "/" {
                Some("needs path / (cookie_path)")
            } else {
                None
            };
            if let Some(problem) = problem {
                return invalid(
                    "remember_cookie_prefix",
                    format!(
                        "{:?}: a __Host- cookie {problem}; browsers drop it otherwise",
                        r.prefix
                    ),
                );
            }
        }
        if lower.starts_with("__secure-") && !r.secure {
            return invalid(
                "remember_cookie_prefix",
                format!(
                    "{:?}: a __Secure- cookie needs cookie_secure(true); browsers drop \
                     it otherwise",
                    r.prefix
                ),
            );
        }
        if r.same_site == actix_web::cookie::SameSite::None && !r.secure {
            return invalid(
                "remember_cookie_samesite",
                "SameSite=None needs cookie_secure(true); browsers drop the cookie \
                 otherwise"
                    .to_owned(),
            );
        }
        if !r.path.starts_with('/')
            || r.path
                .chars()
                .any(|c| c == ';' || c.is_whitespace() || c.is_control())
        {
            return invalid(
                "remember_cookie_path",
                format!(
                    "{:?} must be a path starting with /, without ;, spaces or control characters",
                    r.path
                ),
            );
        }
        if let Some(domain) = &r.domain {
            let host = domain.strip_prefix('.').unwrap_or(domain);
            let ok = !host.is_empty()
                && host.split('.').all(|l| {
                    !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                });
            if !ok {
                return invalid(
                    "remember_cookie_domain",
                    format!("{domain:?} is not a domain name (like example.com)"),
                );
            }
        }
        Ok(())
    }
}
