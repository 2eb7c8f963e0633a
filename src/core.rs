//! [`Core`]: the domain services of a two-factor site — database, users, devices, clock,
//! password hasher, throttling, session stamps, signals, gateways and mailer — and the
//! settings they read, with Django's names and defaults. It names no actix, session, Tera or
//! URL type: delivery, session stamps, the management commands and the use cases take it.
//! [`TwoFactor`](crate::TwoFactor) is this core plus the web settings (templates, routes,
//! cookies) and dereferences to it.

use std::sync::Arc;
use std::time::Duration;

use crate::clock::Clock;
use crate::db::Database;
use crate::devices::Devices;
use crate::gateways::Gateway;
use crate::mail::Mailer;
use crate::users::UserStore;

/// Renders the mail templates (the site's template engine, with the host's overrides);
/// the web layer's engine implements it, so the core names no template engine.
pub(crate) trait MailTemplates: Send + Sync {
    /// Renders template `name` with `context` (a JSON object).
    fn render(
        &self,
        name: &str,
        context: &serde_json::Value,
    ) -> Result<String, crate::errors::TemplateError>;
    /// Whether template `name` exists.
    fn has(&self, name: &str) -> bool;
}

/// The domain services and their settings, shared by every worker.
pub struct Core {
    pub(crate) db: Database,
    pub(crate) users: Arc<dyn UserStore>,
    pub(crate) devices: Devices,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) site_name: String,
    pub(crate) totp_issuer: Option<String>,
    pub(crate) totp_digits: u8,
    pub(crate) login_timeout: Duration,
    pub(crate) sms_gateway: Option<Arc<dyn Gateway>>,
    pub(crate) call_gateway: Option<Arc<dyn Gateway>>,
    pub(crate) mailer: Option<Arc<dyn Mailer>>,
    pub(crate) email_subject: Option<String>,
    pub(crate) signals: crate::signals::Signals,
    pub(crate) policy: crate::policy::TwoFactorPolicy,
    pub(crate) reauthentication_window: Duration,
    pub(crate) session_max_age: Duration,
    pub(crate) session_idle_timeout: Duration,
    pub(crate) stamps: crate::session_stamp::SessionStamps,
    pub(crate) records: crate::session_records::SessionRecords,
    pub(crate) trusted: crate::trusted_browsers::TrustedBrowsers,
    pub(crate) throttling: Arc<crate::throttling::Throttling>,
    pub(crate) hasher: crate::hashers::PasswordHasher,
    pub(crate) i18n: Arc<crate::i18n::I18n>,
    pub(crate) mail_templates: Arc<dyn MailTemplates>,
    #[cfg(feature = "webauthn")]
    pub(crate) webauthn: Option<Arc<crate::devices::webauthn::WebAuthnSettings>>,
}

impl std::fmt::Debug for Core {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Core")
            .field("db", &self.db)
            .field("site_name", &self.site_name)
            .finish_non_exhaustive()
    }
}

impl Core {
    /// The database handle.
    #[doc(hidden)]
    pub fn database(&self) -> &Database {
        &self.db
    }

    /// The user store.
    pub fn users(&self) -> &Arc<dyn UserStore> {
        &self.users
    }

    /// The device service.
    #[doc(hidden)]
    pub fn devices(&self) -> &Devices {
        &self.devices
    }

    /// The password hasher of the built-in user store (blocking threads, bounded
    /// concurrency): a host's own [`UserStore`] can hash and check through it to share
    /// the limit.
    #[doc(hidden)]
    pub fn password_hasher(&self) -> &crate::hashers::PasswordHasher {
        &self.hasher
    }

    /// The clock all expiries use.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// The site's name (Django's sites framework `Site.name`): mails, page titles, issuer.
    pub fn site_name(&self) -> &str {
        &self.site_name
    }

    /// `OTP_TOTP_ISSUER`: the issuer shown in authenticator apps (defaults to the site name).
    #[doc(hidden)]
    pub fn totp_issuer(&self) -> &str {
        self.totp_issuer.as_deref().unwrap_or(&self.site_name)
    }

    /// `TWO_FACTOR_TOTP_DIGITS`: 6 or 8.
    #[doc(hidden)]
    pub fn totp_digits(&self) -> u8 {
        self.totp_digits
    }

    /// `TWO_FACTOR_LOGIN_TIMEOUT`: how long the token step may follow the password step
    /// (zero means no limit).
    #[doc(hidden)]
    pub fn login_timeout(&self) -> Duration {
        self.login_timeout
    }

    /// `OTP_TOTP_THROTTLE_FACTOR`: back-off base in seconds (0 disables throttling).
    #[doc(hidden)]
    pub fn throttle_factor(&self) -> u32 {
        self.devices.settings().totp_throttle_factor
    }

    /// `TWO_FACTOR_SMS_GATEWAY`, when configured.
    #[doc(hidden)]
    pub fn sms_gateway(&self) -> Option<&Arc<dyn Gateway>> {
        self.sms_gateway.as_ref()
    }

    /// `TWO_FACTOR_CALL_GATEWAY`, when configured.
    #[doc(hidden)]
    pub fn call_gateway(&self) -> Option<&Arc<dyn Gateway>> {
        self.call_gateway.as_ref()
    }

    /// Who must use two-factor authentication (default: optional, as in Django).
    pub fn policy(&self) -> &crate::policy::TwoFactorPolicy {
        &self.policy
    }

    /// How recent the last password check must be for sensitive actions (0 = off).
    #[doc(hidden)]
    pub fn reauthentication_window(&self) -> Duration {
        self.reauthentication_window
    }

    /// `TWO_FACTOR_SESSION_MAX_AGE`: how long a login lasts at most, however active the
    /// session (0 = no limit).
    #[doc(hidden)]
    pub fn session_max_age(&self) -> Duration {
        self.session_max_age
    }

    /// `TWO_FACTOR_SESSION_IDLE_TIMEOUT`: how long a logged-in session may go without a
    /// request (0 = no limit).
    #[doc(hidden)]
    pub fn session_idle_timeout(&self) -> Duration {
        self.session_idle_timeout
    }

    /// The signal bus: connect receivers here (`tf.signals().connect(...)`).
    pub fn signals(&self) -> &crate::signals::Signals {
        &self.signals
    }

    /// The mailer for e-mail codes and notifications, when configured.
    #[doc(hidden)]
    pub fn mailer(&self) -> Option<&Arc<dyn Mailer>> {
        self.mailer.as_ref()
    }

    /// `OTP_EMAIL_SUBJECT` when set; `None` means the catalogue's `email-subject` in the
    /// request's language.
    #[doc(hidden)]
    pub fn email_subject(&self) -> Option<&str> {
        self.email_subject.as_deref()
    }

    /// WebAuthn's relying party id for imports: `None` without WebAuthn, `Some("")` when it
    /// follows each request's host.
    pub(crate) fn webauthn_rp_id(&self) -> Option<String> {
        #[cfg(feature = "webauthn")]
        if let Some(settings) = &self.webauthn {
            return Some(settings.rp_id.clone().unwrap_or_default());
        }
        None
    }

    /// The WebAuthn settings, when security keys and passkeys are on
    /// ([`TwoFactorBuilder::webauthn`](crate::TwoFactorBuilder::webauthn)).
    #[cfg(feature = "webauthn")]
    #[doc(hidden)]
    pub fn webauthn(&self) -> Option<&crate::devices::webauthn::WebAuthnSettings> {
        self.webauthn.as_deref()
    }

    /// The phone methods available (`sms`, `call`): those with a gateway.
    #[doc(hidden)]
    pub fn phone_methods(&self) -> Vec<crate::devices::Method> {
        let mut methods = Vec::new();
        if self.sms_gateway.is_some() {
            methods.push(crate::devices::Method::Sms);
        }
        if self.call_gateway.is_some() {
            methods.push(crate::devices::Method::Call);
        }
        methods
    }

    /// The catalogues and languages ([`crate::i18n`]): `tf.i18n().t(lang, "key")`.
    pub fn i18n(&self) -> &crate::i18n::I18n {
        &self.i18n
    }

    /// The session stamp a new login of `user` gets (see `session_stamp.rs`).
    pub(crate) async fn fresh_stamp(
        &self,
        user: &crate::users::User,
    ) -> Result<String, crate::errors::TwoFactorError> {
        self.stamps.fresh(&self.devices, user).await
    }

    /// Whether `stamp`, a session's, is `user_id`'s current one (`false`: the password
    /// changed, two-factor was reset, or the user is gone or inactive); `now` is the
    /// request's time ([`Clock::now_ms`]).
    pub(crate) async fn stamp_is_current(
        &self,
        user_id: &str,
        stamp: &str,
        now: i64,
    ) -> Result<bool, crate::errors::TwoFactorError> {
        self.stamps
            .is_current(self.users.as_ref(), &self.devices, user_id, stamp, now)
            .await
    }
}
