//! [`TwoFactorBuilder`]: every setting, with Django's names and defaults.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::clock::{Clock, SystemClock};
use crate::db::Database;
use crate::devices::DeviceSettings;
#[cfg(feature = "webauthn")]
use crate::errors::BuildError;
use crate::gateways::Gateway;
use crate::mail::Mailer;
use crate::users::UserStore;

/// Builds a [`TwoFactor`](crate::TwoFactor); every setting has Django's default.
#[must_use]
pub struct TwoFactorBuilder {
    pub(super) database_url: String,
    pub(super) database: Option<Database>,
    pub(super) max_connections: u32,
    pub(super) database_timeout: Duration,
    pub(super) run_migrations: bool,
    pub(super) users: Option<Arc<dyn UserStore>>,
    pub(super) clock: Arc<dyn Clock>,
    pub(super) site_name: String,
    pub(super) totp_issuer: Option<String>,
    pub(super) totp_digits: u8,
    pub(super) login_url: String,
    pub(super) login_redirect_url: String,
    pub(super) logout_redirect_url: String,
    pub(super) login_timeout: Duration,
    pub(super) devices: DeviceSettings,
    pub(super) template_dir: Option<PathBuf>,
    pub(super) sms_gateway: Option<Arc<dyn Gateway>>,
    pub(super) call_gateway: Option<Arc<dyn Gateway>>,
    pub(super) mailer: Option<Arc<dyn Mailer>>,
    pub(super) email_subject: Option<String>,
    pub(super) language_code: String,
    pub(super) languages: Option<Vec<String>>,
    pub(super) language_cookie_secure: bool,
    pub(super) translations: Vec<(String, String)>,
    pub(super) translations_dir: Option<PathBuf>,
    pub(super) policy: crate::policy::TwoFactorPolicy,
    pub(super) policy_exemptions: crate::policy::Exemptions,
    pub(super) secret_keyring: Option<crate::secrets::SecretKeyring>,
    pub(super) remember: crate::web::remember::RememberSettings,
    pub(super) reauthentication_window: Duration,
    pub(super) session_max_age: Duration,
    pub(super) session_idle_timeout: Duration,
    pub(super) throttling: crate::throttling::ThrottleSettings,
    /// Values a setter could not keep (a short secret, a bad exemption), reported by
    /// `build()`.
    pub(super) rejected: Vec<(&'static str, String)>,
    pub(super) password_hashing_concurrency: Option<usize>,
    pub(super) password_hashing_wait: Duration,
    pub(super) password_hasher: Option<crate::hashers::PasswordHasher>,
    pub(super) url_prefix: String,
    /// `remember_cookie_path` was set: the prefix does not move it.
    pub(super) remember_path_set: bool,
    pub(super) signal_dispatch: crate::signals::SignalDispatch,
    pub(super) signal_timeout: Duration,
    /// WebAuthn settings; `rp_name` empty until `webauthn_rp_name` is called.
    #[cfg(feature = "webauthn")]
    pub(super) webauthn: crate::devices::webauthn::WebAuthnSettings,
    /// A `webauthn_*` setter other than the name was called (the name is then required).
    #[cfg(feature = "webauthn")]
    pub(super) webauthn_touched: bool,
}

impl Default for TwoFactorBuilder {
    fn default() -> Self {
        Self {
            database_url: "db.sqlite3".to_owned(),
            database: None,
            max_connections: 8,
            database_timeout: Duration::from_secs(5),
            run_migrations: false,
            users: None,
            clock: Arc::new(SystemClock),
            site_name: "example.com".to_owned(),
            totp_issuer: None,
            totp_digits: 6,
            login_url: "/account/login/".to_owned(),
            login_redirect_url: "/account/two_factor/".to_owned(),
            logout_redirect_url: "/".to_owned(),
            login_timeout: Duration::from_secs(600),
            devices: DeviceSettings::default(),
            template_dir: None,
            sms_gateway: None,
            call_gateway: None,
            mailer: None,
            email_subject: None,
            language_code: crate::i18n::FALLBACK.to_owned(),
            languages: None,
            language_cookie_secure: false,
            translations: Vec::new(),
            translations_dir: None,
            policy: crate::policy::TwoFactorPolicy::Optional,
            policy_exemptions: crate::policy::Exemptions::default(),
            secret_keyring: None,
            remember: crate::web::remember::RememberSettings::default(),
            reauthentication_window: Duration::from_secs(900),
            session_max_age: Duration::from_secs(12 * 3600),
            session_idle_timeout: Duration::from_secs(30 * 60),
            throttling: crate::throttling::ThrottleSettings::default(),
            rejected: Vec::new(),
            password_hashing_concurrency: None,
            password_hashing_wait: crate::hashers::PasswordHasher::DEFAULT_WAIT,
            password_hasher: None,
            url_prefix: String::new(),
            remember_path_set: false,
            signal_dispatch: crate::signals::SignalDispatch::Background,
            signal_timeout: crate::signals::Signals::DEFAULT_TIMEOUT,
            #[cfg(feature = "webauthn")]
            webauthn: crate::devices::webauthn::WebAuthnSettings::new(""),
            #[cfg(feature = "webauthn")]
            webauthn_touched: false,
        }
    }
}

/// WebAuthn (security keys and passkeys), with the `webauthn` feature: Django's
/// `TWO_FACTOR_WEBAUTHN_*` settings. WebAuthn is on once the relying-party name is set.
#[cfg(feature = "webauthn")]
impl TwoFactorBuilder {
    fn webauthn_set(
        mut self,
        f: impl FnOnce(&mut crate::devices::webauthn::WebAuthnSettings),
    ) -> Self {
        self.webauthn_touched = true;
        f(&mut self.webauthn);
        self
    }

    /// `TWO_FACTOR_WEBAUTHN_RP_NAME`: turns security keys and passkeys on, with the name the
    /// authenticator shows for the site. Required when any other `webauthn_*` is set.
    pub fn webauthn_rp_name(mut self, name: impl Into<String>) -> Self {
        self.webauthn.rp_name = name.into();
        self
    }

    /// `TWO_FACTOR_WEBAUTHN_RP_ID`: the relying-party id, a domain such as `example.com`
    /// (credentials then work on its subdomains too). Default: the request's host.
    pub fn webauthn_rp_id(self, id: impl Into<String>) -> Self {
        let id = id.into();
        self.webauthn_set(|w| w.rp_id = Some(id))
    }

    /// The origins answers may come from (`https://example.com`); default: the request's
    /// own origin. Set it in production behind a proxy that rewrites `Host`.
    pub fn webauthn_origins<I, S>(self, origins: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let origins = origins.into_iter().map(Into::into).collect();
        self.webauthn_set(|w| w.origins = origins)
    }

    /// `TWO_FACTOR_WEBAUTHN_AUTHENTICATOR_ATTACHMENT` (default: the user chooses).
    pub fn webauthn_authenticator_attachment(
        self,
        attachment: crate::devices::webauthn::AuthenticatorAttachment,
    ) -> Self {
        self.webauthn_set(|w| w.authenticator_attachment = Some(attachment))
    }

    /// `TWO_FACTOR_WEBAUTHN_UV_REQUIREMENT` for security keys as a second factor (default
    /// `discouraged`; passkeys always require it).
    pub fn webauthn_user_verification(
        self,
        uv: crate::devices::webauthn::UserVerification,
    ) -> Self {
        self.webauthn_set(|w| w.user_verification = uv)
    }

    /// `TWO_FACTOR_WEBAUTHN_ATTESTATION_CONVEYANCE` (default `none`; `enterprise` is
    /// refused by `build()`).
    pub fn webauthn_attestation(
        self,
        conveyance: crate::devices::webauthn::AttestationConveyance,
    ) -> Self {
        self.webauthn_set(|w| w.attestation = conveyance)
    }

    /// `TWO_FACTOR_WEBAUTHN_PREFERRED_TRANSPORTS`: hints for credentials whose transports
    /// are unknown.
    pub fn webauthn_transports(
        self,
        transports: impl IntoIterator<Item = crate::devices::webauthn::Transport>,
    ) -> Self {
        let transports = transports.into_iter().collect();
        self.webauthn_set(|w| w.transports = transports)
    }

    /// `TWO_FACTOR_WEBAUTHN_THROTTLE_FACTOR` (default 1; 0 disables throttling).
    pub fn webauthn_throttle_factor(mut self, factor: u32) -> Self {
        self.devices.webauthn_throttle_factor = factor;
        self.webauthn_set(|w| w.throttle_factor = factor)
    }

    /// Whether the login page offers "Sign in with a passkey" (default on).
    pub fn webauthn_passkey_login(self, on: bool) -> Self {
        self.webauthn_set(|w| w.passkey_login = on)
    }

    /// How long a challenge is valid (default 5 minutes; 30 seconds to 10 minutes).
    pub fn webauthn_timeout(self, timeout: Duration) -> Self {
        self.webauthn_set(|w| w.timeout = timeout)
    }

    /// The WebAuthn settings `build()` will check: `None` while WebAuthn is off.
    pub(super) fn webauthn_settings(
        &self,
    ) -> Result<Option<crate::devices::webauthn::WebAuthnSettings>, BuildError> {
        if self.webauthn.rp_name.is_empty() {
            if self.webauthn_touched {
                return Err(BuildError::Invalid {
                    setting: "webauthn_rp_name",
                    reason: "required when WebAuthn is used: name the site for the authenticator"
                        .to_owned(),
                });
            }
            return Ok(None);
        }
        let mut settings = self.webauthn.clone();
        settings.throttle_factor = self.devices.webauthn_throttle_factor;
        settings
            .validate()
            .map_err(|(setting, reason)| BuildError::Invalid { setting, reason })?;
        Ok(Some(settings))
    }
}

impl TwoFactorBuilder {
    /// The database URL: `postgres://…` or a SQLite file path (default `db.sqlite3`).
    pub fn database_url(mut self, url: impl Into<String>) -> Self {
        self.database_url = url.into();
        self
    }

    /// Uses an already opened database instead of [`database_url`](Self::database_url).
    pub fn database(mut self, db: Database) -> Self {
        self.database = Some(db);
        self
    }

    /// The connection pool size (default 8).
    pub fn max_connections(mut self, n: u32) -> Self {
        self.max_connections = n;
        self
    }

    /// How long a request waits for a database connection before failing closed with
    /// 503 (default 5 s).
    pub fn database_timeout(mut self, timeout: Duration) -> Self {
        self.database_timeout = timeout;
        self
    }

    /// Applies the embedded migrations while building (default off).
    pub fn run_migrations(mut self, yes: bool) -> Self {
        self.run_migrations = yes;
        self
    }

    /// The host app's user store (default: [`DieselUserStore`](crate::users::DieselUserStore) on the same database).
    pub fn user_store(mut self, users: Arc<dyn UserStore>) -> Self {
        self.users = Some(users);
        self
    }

    /// The clock (tests pass a [`ManualClock`](crate::clock::ManualClock)).
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The site name (default `example.com`, like Django's first `Site`).
    pub fn site_name(mut self, name: impl Into<String>) -> Self {
        self.site_name = name.into();
        self
    }

    /// `OTP_TOTP_ISSUER` (default: the site name).
    pub fn totp_issuer(mut self, issuer: impl Into<String>) -> Self {
        self.totp_issuer = Some(issuer.into());
        self
    }

    /// `TWO_FACTOR_TOTP_DIGITS`: 6 (default) or 8.
    pub fn totp_digits(mut self, digits: u8) -> Self {
        self.totp_digits = digits;
        self
    }

    /// `LOGIN_URL` (default `/account/login/`).
    pub fn login_url(mut self, url: impl Into<String>) -> Self {
        self.login_url = url.into();
        self
    }

    /// `LOGIN_REDIRECT_URL` (default `/account/two_factor/`, the profile page).
    pub fn login_redirect_url(mut self, url: impl Into<String>) -> Self {
        self.login_redirect_url = url.into();
        self
    }

    /// `LOGOUT_REDIRECT_URL` (default `/`).
    pub fn logout_redirect_url(mut self, url: impl Into<String>) -> Self {
        self.logout_redirect_url = url.into();
        self
    }

    /// `TWO_FACTOR_LOGIN_TIMEOUT` (default 600 s; zero disables it).
    pub fn login_timeout(mut self, timeout: Duration) -> Self {
        self.login_timeout = timeout;
        self
    }

    /// The throttle factor of every device kind at once (default 1; 0 disables
    /// throttling). The per-kind setters below refine it.
    pub fn throttle_factor(mut self, factor: u32) -> Self {
        self.devices.totp_throttle_factor = factor;
        self.devices.static_throttle_factor = factor;
        self.devices.phone_throttle_factor = factor;
        self.devices.email_throttle_factor = factor;
        self.devices.webauthn_throttle_factor = factor;
        self
    }

    /// `OTP_TOTP_THROTTLE_FACTOR` (default 1).
    pub fn totp_throttle_factor(mut self, factor: u32) -> Self {
        self.devices.totp_throttle_factor = factor;
        self
    }

    /// `OTP_STATIC_THROTTLE_FACTOR`: backup tokens (default 1).
    pub fn static_throttle_factor(mut self, factor: u32) -> Self {
        self.devices.static_throttle_factor = factor;
        self
    }

    /// `TWO_FACTOR_PHONE_THROTTLE_FACTOR` (default 1).
    pub fn phone_throttle_factor(mut self, factor: u32) -> Self {
        self.devices.phone_throttle_factor = factor;
        self
    }

    /// `OTP_EMAIL_THROTTLE_FACTOR` (default 1).
    pub fn email_throttle_factor(mut self, factor: u32) -> Self {
        self.devices.email_throttle_factor = factor;
        self
    }

    /// How long a code sent by SMS or call stays valid (default 300 s; from 1 s to 10
    /// min, [`build`](Self::build) refuses other values).
    pub fn phone_token_validity(mut self, validity: Duration) -> Self {
        self.devices.phone_token_validity = validity;
        self
    }

    /// `OTP_EMAIL_TOKEN_VALIDITY` (default 300 s; from 1 s to 10 min,
    /// [`build`](Self::build) refuses other values).
    pub fn email_token_validity(mut self, validity: Duration) -> Self {
        self.devices.email_token_validity = validity;
        self
    }

    /// Minimum time between two codes sent to one phone (default 60 s).
    pub fn phone_cooldown(mut self, cooldown: Duration) -> Self {
        self.devices.phone_cooldown = cooldown;
        self
    }

    /// `OTP_EMAIL_COOLDOWN_DURATION` (default 60 s).
    pub fn email_cooldown(mut self, cooldown: Duration) -> Self {
        self.devices.email_cooldown = cooldown;
        self
    }

    /// `TWO_FACTOR_CODES_PER_DESTINATION` and `TWO_FACTOR_CODES_PER_USER`: at most
    /// `per_destination` codes (SMS, calls, e-mails) to one number or address, across all
    /// users, and `per_user` codes for one user, in any `window` (defaults 5 and 10 an
    /// hour; 0 turns a limit off). Refused sends tell the user when to retry.
    pub fn code_rate_limits(
        mut self,
        per_destination: u32,
        per_user: u32,
        window: Duration,
    ) -> Self {
        self.devices.codes_per_destination = per_destination;
        self.devices.codes_per_user = per_user;
        self.devices.code_rate_window = window;
        self
    }

    /// `TWO_FACTOR_SMS_GATEWAY`: enables the `sms` method and backup phones by text.
    pub fn sms_gateway(mut self, gateway: Arc<dyn Gateway>) -> Self {
        self.sms_gateway = Some(gateway);
        self
    }

    /// The mailer (lettre SMTP, or the logging fallback): enables the `email` method.
    pub fn mailer(mut self, mailer: Arc<dyn Mailer>) -> Self {
        self.mailer = Some(mailer);
        self
    }

    /// Who must use two-factor authentication: optional (default), required, staff, or
    /// a predicate. Enforced by `OtpMiddleware`.
    pub fn policy(mut self, policy: crate::policy::TwoFactorPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// A path prefix a requiring policy leaves reachable (public pages, assets); the
    /// login, logout, setup and QR views and `/static/` always are. It must start with
    /// `/` and be longer than `/` ([`build`](Self::build) refuses a prefix that would
    /// exempt every page).
    pub fn policy_exempt_path(mut self, prefix: impl Into<String>) -> Self {
        let prefix = prefix.into();
        if prefix.starts_with('/')
            && prefix.len() > 1
            && !prefix.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            self.policy_exemptions.add(prefix);
        } else {
            self.rejected.push((
                "policy_exempt_path",
                format!(
                    "{prefix:?} is not a path prefix: it must start with / and name a part \
                     of the site (\"\" and \"/\" would exempt every page)"
                ),
            ));
        }
        self
    }

    /// How recent the last password check must be for disabling two-factor
    /// authentication, new backup tokens, or adding or removing a device (default 15
    /// minutes; zero turns re-authentication off).
    pub fn reauthentication_window(mut self, window: Duration) -> Self {
        self.reauthentication_window = window;
        self
    }

    /// `TWO_FACTOR_SESSION_MAX_AGE`: a login lasts at most this long from the moment it
    /// completed, however active the session (default 12 hours; zero: no limit). Enforced
    /// by `OtpMiddleware` for cookie and server-side sessions alike; re-authentication does
    /// not extend it.
    pub fn session_max_age(mut self, max_age: Duration) -> Self {
        self.session_max_age = max_age;
        self
    }

    /// `TWO_FACTOR_SESSION_IDLE_TIMEOUT`: a logged-in session ends after this long without
    /// a request (default 30 minutes; zero: no limit). The last activity is written to
    /// the session at most once a minute, so read-only pages rarely write the session.
    pub fn session_idle_timeout(mut self, timeout: Duration) -> Self {
        self.session_idle_timeout = timeout;
        self
    }

    /// `TWO_FACTOR_REAUTH_THROTTLE_FACTOR`: after `n` consecutive failed password
    /// confirmations a user's re-authentication is refused for `factor·2^(n-1)` seconds
    /// (capped at an hour), in every session (default 1; 0 turns the back-off off).
    pub fn reauth_throttle_factor(mut self, factor: u32) -> Self {
        self.throttling.reauth_factor = factor;
        self
    }

    /// `TWO_FACTOR_REAUTH_MAX_FAILURES`: failed password confirmations after which the
    /// session is logged out (default 5; 0 = never).
    pub fn reauth_max_failures(mut self, failures: u32) -> Self {
        self.throttling.reauth_max_failures = failures;
        self
    }

    /// `TWO_FACTOR_LOGIN_CLIENT_FAILURE_LIMIT`: failed passwords from one client address
    /// (within 15 minutes of each other) before it is refused for 1 s, doubling with
    /// each further failure up to [`login_client_max_backoff`](Self::login_client_max_backoff)
    /// (default 10; 0 = never refused).
    pub fn login_client_failure_limit(mut self, failures: u32) -> Self {
        self.throttling.client_failure_limit = failures;
        self
    }

    /// `TWO_FACTOR_LOGIN_CLIENT_MAX_BACKOFF`: the longest refusal of one client address
    /// (default 60 s, at most 10 minutes; zero = never refused).
    pub fn login_client_max_backoff(mut self, backoff: Duration) -> Self {
        self.throttling.client_max_backoff = backoff;
        self
    }

    /// `TWO_FACTOR_LOGIN_ACCOUNT_FAILURE_LIMIT`: failed passwords for one username
    /// (known or not) before each attempt on it waits 250 ms, doubling with each
    /// further failure up to [`login_account_max_delay`](Self::login_account_max_delay);
    /// the user is slowed, never refused (default 3).
    pub fn login_account_failure_limit(mut self, failures: u32) -> Self {
        self.throttling.account_failure_limit = failures;
        self
    }

    /// `TWO_FACTOR_LOGIN_ACCOUNT_MAX_DELAY`: the longest wait before a password for one
    /// username is checked (default 3 s, at most 10 s; zero = no delay).
    pub fn login_account_max_delay(mut self, delay: Duration) -> Self {
        self.throttling.account_max_delay = delay;
        self
    }

    /// `TWO_FACTOR_CLIENT_IP_HEADER`: a header set by the host's reverse proxy that names
    /// the client address for login throttling (e.g. `X-Forwarded-For`, whose last entry
    /// is used; default none: the peer address). Set it only behind a proxy that
    /// overwrites or appends it, or clients choose their own address.
    pub fn client_ip_header(mut self, header: impl Into<String>) -> Self {
        self.throttling.client_ip_header = Some(header.into());
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_AGE`: turns on "Don't ask again on this device" for
    /// this long (default off).
    pub fn remember_cookie_age(mut self, age: Duration) -> Self {
        self.remember.age = Some(age);
        self
    }

    /// The secret the remember cookies are signed with (at least 32 bytes, or
    /// [`build`](Self::build) fails; default a random per-process secret, so cookies end
    /// with the process). Share it between instances.
    pub fn remember_cookie_secret(mut self, material: &[u8]) -> Self {
        if !self.remember.set_secret(material) {
            self.rejected.push((
                "remember_cookie_secret",
                format!(
                    "{} bytes; at least 32 are needed (one random secret shared by every \
                     instance)",
                    material.len()
                ),
            ));
        }
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_PREFIX` (default `remember-cookie_`).
    pub fn remember_cookie_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.remember.prefix = prefix.into();
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_DOMAIN` (default none).
    pub fn remember_cookie_domain(mut self, domain: impl Into<String>) -> Self {
        self.remember.domain = Some(domain.into());
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_PATH` (default `/`; `<prefix>/` under a
    /// [`url_prefix`](Self::url_prefix)).
    pub fn remember_cookie_path(mut self, path: impl Into<String>) -> Self {
        self.remember.path = path.into();
        self.remember_path_set = true;
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_SECURE` (default false).
    pub fn remember_cookie_secure(mut self, secure: bool) -> Self {
        self.remember.secure = secure;
        self
    }

    /// When signal receivers run (default
    /// [`Background`](crate::signals::SignalDispatch::Background): after the response;
    /// [`Inline`](crate::signals::SignalDispatch::Inline) awaits them as Django does).
    pub fn signal_dispatch(mut self, dispatch: crate::signals::SignalDispatch) -> Self {
        self.signal_dispatch = dispatch;
        self
    }

    /// How long one signal receiver may run before it is logged as timed out and
    /// dropped (default 10 seconds).
    pub fn signal_timeout(mut self, timeout: Duration) -> Self {
        self.signal_timeout = timeout;
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_HTTPONLY` (default true).
    pub fn remember_cookie_httponly(mut self, http_only: bool) -> Self {
        self.remember.http_only = http_only;
        self
    }

    /// `TWO_FACTOR_REMEMBER_COOKIE_SAMESITE` (default `Lax`).
    pub fn remember_cookie_samesite(mut self, same_site: actix_web::cookie::SameSite) -> Self {
        self.remember.same_site = same_site;
        self
    }

    /// Encrypts TOTP secrets at rest with this keyring (default: none, secrets are stored
    /// as plain hex like django-otp does). Production sites should set one; rows written
    /// before still verify and `two_factor_reencrypt` encrypts them.
    pub fn secret_keyring(mut self, keyring: crate::secrets::SecretKeyring) -> Self {
        self.secret_keyring = Some(keyring);
        self
    }

    /// `OTP_EMAIL_SUBJECT`: the subject of mails with a code, in every language (default:
    /// the catalogue's `email-subject`, `OTP token` in English, translated).
    pub fn email_subject(mut self, subject: impl Into<String>) -> Self {
        self.email_subject = Some(subject.into());
        self
    }

    /// `LANGUAGE_CODE`: the site's language, for requests that state no preference
    /// (default `en`). It must be one of the [`languages`](Self::languages).
    pub fn language_code(mut self, code: impl Into<String>) -> Self {
        self.language_code = code.into();
        self
    }

    /// `LANGUAGES`: the languages offered, in the switcher's order (default: every
    /// shipped one: `en`, `de`, `fr`, `es`, `nl`, `pt-BR`, `ja`, `zh-Hans`, `ru`, `ar`).
    /// A code the crate ships no catalogue for needs one from
    /// [`translations`](Self::translations). One language hides the switcher.
    pub fn languages<I, S>(mut self, codes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.languages = Some(codes.into_iter().map(Into::into).collect());
        self
    }

    /// `LANGUAGE_COOKIE_SECURE`: mark the language cookie `set_language` writes `Secure`
    /// (default `false`; it is also `Secure` on any request that arrived over HTTPS). Turn
    /// it on with the session's `cookie_secure` on a site served over HTTPS.
    pub fn language_cookie_secure(mut self, secure: bool) -> Self {
        self.language_cookie_secure = secure;
        self
    }

    /// Fluent messages for language `code`, applied over the crate's catalogue: an id
    /// the crate has replaces its message, a new id is the host's own (for its templates,
    /// `{{ t(key="…") }}`), a new code is a new locale (name it with `language-name = …`).
    /// `build()` refuses a catalogue that does not parse. Called several times, the
    /// later entries win.
    pub fn translations(mut self, code: impl Into<String>, ftl: impl Into<String>) -> Self {
        self.translations.push((code.into(), ftl.into()));
        self
    }

    /// Reads `DIR/<code>/*.ftl` at `build()` as [`translations`](Self::translations) for
    /// each `<code>` directory (files in name order, before any `translations(..)`).
    pub fn translations_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.translations_dir = Some(dir.into());
        self
    }

    /// `TWO_FACTOR_CALL_GATEWAY`: enables the `call` method.
    pub fn call_gateway(mut self, gateway: Arc<dyn Gateway>) -> Self {
        self.call_gateway = Some(gateway);
        self
    }

    /// A directory of template overrides: `DIR/two_factor/_base.html` replaces the default
    /// base template; other files there are available to the host app too.
    pub fn template_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.template_dir = Some(dir.into());
        self
    }

    /// How long an instance trusts that a verifying device still exists before checking
    /// the database again (default 1 s). Removal on the same instance applies at once.
    pub fn device_recheck_interval(mut self, interval: Duration) -> Self {
        self.devices.recheck_interval = interval;
        self
    }

    /// How many password hashes (argon2id, 19 MiB and tens of ms each) may run at once
    /// (default: one per core, `available_parallelism`).
    pub fn password_hashing_concurrency(mut self, n: usize) -> Self {
        if n == 0 {
            self.rejected.push((
                "password_hashing_concurrency",
                "0 would refuse every login; at least 1 is needed".to_owned(),
            ));
        }
        self.password_hashing_concurrency = Some(n.max(1));
        self
    }

    /// How long a login waits for a free hashing slot before it gets the overload answer,
    /// `503` with `Retry-After` (default 2 s).
    pub fn password_hashing_wait(mut self, wait: Duration) -> Self {
        self.password_hashing_wait = wait;
        self
    }

    /// Uses `hasher` (shared with a host's own user store, say) instead of building one
    /// from the two settings above.
    pub fn password_hasher(mut self, hasher: crate::hashers::PasswordHasher) -> Self {
        self.password_hasher = Some(hasher);
        self
    }

    /// Mounts every view under `prefix`, like Django's `path("auth/", include(...))`:
    /// `url_prefix("/auth")` serves `/auth/account/login/`, `/auth/account/two_factor/`, …
    /// (the prefix goes in front of the default paths; default: none). Register the views
    /// with [`TwoFactor::configure`](crate::TwoFactor::configure) (`.configure(tf.configure())`).
    ///
    /// Every link in the templates (`urls`), every redirect, the policy's exemptions for
    /// the login and setup pages, and the defaults of [`login_url`](Self::login_url),
    /// [`login_redirect_url`](Self::login_redirect_url) and
    /// [`remember_cookie_path`](Self::remember_cookie_path) (`<prefix>/`: only the login
    /// view reads it) follow it; values set explicitly are kept. The session cookie is
    /// the host's and stays at `/`. [`build`](Self::build) refuses a prefix that is not
    /// `/` followed by path segments (no trailing `/`, no `//`, `?`, `#`, `{`, `}`,
    /// spaces or control characters).
    pub fn url_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.url_prefix = prefix.into();
        self
    }
}
