//! [`TwoFactorBuilder`]: the site's settings, with Django's names and defaults; the
//! groups of [`config`](crate::config) hold the rest.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::clock::{Clock, SystemClock};
use crate::db::Database;
use crate::users::UserStore;
use crate::web::config::{CodeDelivery, Languages, LoginThrottling, RememberDevice, SessionLimits};

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
    pub(super) template_dir: Option<PathBuf>,
    pub(super) policy: crate::policy::TwoFactorPolicy,
    pub(super) policy_exemptions: crate::policy::Exemptions,
    pub(super) secret_keyring: Option<crate::secrets::SecretKeyring>,
    pub(super) recheck_interval: Duration,
    pub(super) password_hasher: Option<crate::hashers::PasswordHasher>,
    pub(super) url_prefix: String,
    pub(super) signal_dispatch: crate::signals::SignalDispatch,
    pub(super) security_alerts: crate::alerts::SecurityAlerts,
    pub(super) signal_timeout: Duration,
    pub(super) remember: RememberDevice,
    pub(super) throttling: LoginThrottling,
    pub(super) delivery: CodeDelivery,
    pub(super) sessions: SessionLimits,
    pub(super) languages: Languages,
    #[cfg(feature = "webauthn")]
    pub(super) webauthn: Option<crate::web::config::WebAuthn>,
    /// Values a setter could not keep (a bad exemption), reported by `build()`.
    pub(super) rejected: Vec<(&'static str, String)>,
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
            template_dir: None,
            policy: crate::policy::TwoFactorPolicy::Optional,
            policy_exemptions: crate::policy::Exemptions::default(),
            secret_keyring: None,
            recheck_interval: Duration::from_secs(1),
            password_hasher: None,
            url_prefix: String::new(),
            signal_dispatch: crate::signals::SignalDispatch::Background,
            security_alerts: crate::alerts::SecurityAlerts::default(),
            signal_timeout: crate::signals::Signals::DEFAULT_TIMEOUT,
            remember: RememberDevice {
                settings: crate::web::remember::RememberSettings::default(),
                path_set: false,
                short_secret: None,
            },
            throttling: LoginThrottling::default(),
            delivery: CodeDelivery::default(),
            sessions: SessionLimits::default(),
            languages: Languages::default(),
            #[cfg(feature = "webauthn")]
            webauthn: None,
            rejected: Vec::new(),
        }
    }
}

/// The groups of settings.
impl TwoFactorBuilder {
    /// "Don't ask again on this device" (default off).
    pub fn remember_device(mut self, remember: RememberDevice) -> Self {
        self.remember = remember;
        self
    }

    /// How wrong codes and passwords are slowed down.
    pub fn login_throttling(mut self, throttling: LoginThrottling) -> Self {
        self.throttling = throttling;
        self
    }

    /// The gateways and mailer that send codes, and how often they may.
    pub fn code_delivery(mut self, delivery: CodeDelivery) -> Self {
        self.delivery = delivery;
        self
    }

    /// How long a login, a session and a password confirmation last.
    pub fn session_limits(mut self, limits: SessionLimits) -> Self {
        self.sessions = limits;
        self
    }

    /// `LANGUAGE_CODE`, `LANGUAGES` and the host's own messages.
    pub fn languages(mut self, languages: Languages) -> Self {
        self.languages = languages;
        self
    }

    /// Security keys and passkeys, with the `webauthn` feature (default off).
    #[cfg(feature = "webauthn")]
    pub fn webauthn(mut self, webauthn: crate::web::config::WebAuthn) -> Self {
        self.webauthn = Some(webauthn);
        self
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

    /// When signal receivers run (default
    /// [`Background`](crate::signals::SignalDispatch::Background): after the response;
    /// [`Inline`](crate::signals::SignalDispatch::Inline) awaits them as Django does).
    pub fn signal_dispatch(mut self, dispatch: crate::signals::SignalDispatch) -> Self {
        self.signal_dispatch = dispatch;
        self
    }

    /// Which security alerts are mailed (`TWO_FACTOR_ALERT_*`; default: all of them, when
    /// the site has a mailer): a new browser's sign-in, devices added or removed, new
    /// backup tokens, two-factor authentication turned off, a device locked by failed
    /// codes.
    pub fn security_alerts(mut self, alerts: crate::config::SecurityAlerts) -> Self {
        self.security_alerts = alerts;
        self
    }

    /// How long one signal receiver may run before it is logged as timed out and
    /// dropped (default 10 seconds).
    pub fn signal_timeout(mut self, timeout: Duration) -> Self {
        self.signal_timeout = timeout;
        self
    }

    /// Encrypts TOTP secrets at rest with this keyring (default: none, secrets are stored
    /// as plain hex like django-otp does). Production sites should set one; rows written
    /// before still verify and `two_factor_reencrypt` encrypts them.
    pub fn secret_keyring(mut self, keyring: crate::secrets::SecretKeyring) -> Self {
        self.secret_keyring = Some(keyring);
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
        self.recheck_interval = interval;
        self
    }

    /// The password hasher: its concurrency limit and how long a login waits for a slot
    /// (default: [`PasswordHasher::new`](crate::hashers::PasswordHasher::new) with one slot
    /// per core and a 2 s wait). Pass the host's own user store's hasher to share its limit.
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
    /// [`RememberDevice::cookie_path`](crate::config::RememberDevice::cookie_path) (`<prefix>/`: only the login
    /// view reads it) follow it; values set explicitly are kept. The session cookie is
    /// the host's and stays at `/`. [`build`](Self::build) refuses a prefix that is not
    /// `/` followed by path segments (no trailing `/`, no `//`, `?`, `#`, `{`, `}`,
    /// spaces or control characters).
    pub fn url_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.url_prefix = prefix.into();
        self
    }
}
