//! `TwoFactorBuilder::build`: checks the settings, then opens the database, loads the
//! templates and assembles the core and the site.

use std::sync::Arc;

use super::TwoFactor;
use super::TwoFactorBuilder;
use crate::db::Database;
use crate::devices::{DeviceSettings, Devices};
use crate::errors::BuildError;
use crate::users::DieselUserStore;
use crate::web::templates::Templates;

impl TwoFactorBuilder {
    /// Checks every setting, then opens the database, loads the templates and returns
    /// the settings.
    ///
    /// Before opening anything it refuses, with [`BuildError::Invalid`] naming the
    /// setting, a value that cannot work (nothing is clamped or ignored):
    ///
    /// - a remember-cookie secret shorter than 32 bytes;
    /// - a duration that does not fit in `i64` milliseconds once added to now;
    /// - a token validity outside 1 s ..= 10 min; `max_connections` of 0; a database
    ///   timeout under 100 ms; a code-rate window of zero with limits on;
    /// - a non-zero duration under one second where whole seconds are kept and zero means
    ///   "off" (login timeout, re-authentication window, session ages, remember age), and
    ///   a remember-cookie age of zero (leave it unset instead);
    /// - `totp_digits` other than 6 or 8;
    /// - a login or redirect URL that is not a local path (`/…`, not `//…` or `/\…`, no
    ///   spaces or control characters);
    /// - an empty site name or TOTP issuer, control characters in them or in the e-mail
    ///   subject;
    /// - a remember-cookie prefix, path or domain browsers would reject (`__Host-` needs
    ///   `secure`, no domain and path `/`; `__Secure-` and `SameSite=None` need `secure`);
    /// - a policy exemption that is not a path prefix (or is `/`).
    pub fn build(mut self) -> Result<TwoFactor, BuildError> {
        self.validate_url_prefix()?;
        self.apply_url_prefix();
        self.validate()?;
        #[cfg(feature = "webauthn")]
        let webauthn = self.webauthn_settings()?.map(Arc::new);
        let i18n = Arc::new(self.i18n()?);
        let delivery = self.delivery;
        let sessions = self.sessions;
        let t = &self.throttling;
        let device_settings = DeviceSettings {
            totp_throttle_factor: t.totp,
            static_throttle_factor: t.static_tokens,
            phone_throttle_factor: t.phone,
            email_throttle_factor: t.email,
            webauthn_throttle_factor: t.webauthn,
            phone_token_validity: delivery.phone_token_validity,
            email_token_validity: delivery.email_token_validity,
            phone_cooldown: delivery.phone_cooldown,
            email_cooldown: delivery.email_cooldown,
            codes_per_destination: delivery.codes_per_destination,
            codes_per_user: delivery.codes_per_user,
            code_rate_window: delivery.code_rate_window,
            totp_digits: self.totp_digits,
            recheck_interval: self.recheck_interval,
        };
        let db = match self.database {
            Some(db) => db,
            None => Database::connect_with_timeout(
                &self.database_url,
                self.max_connections,
                self.database_timeout,
            )?,
        };
        if self.run_migrations {
            db.run_migrations()?;
        }
        let hasher = self.password_hasher.unwrap_or_else(|| {
            crate::hashers::PasswordHasher::new(
                crate::hashers::PasswordHasher::default_concurrency(),
                crate::hashers::PasswordHasher::DEFAULT_WAIT,
            )
        });
        let users = self
            .users
            .unwrap_or_else(|| Arc::new(DieselUserStore::with_hasher(db.clone(), hasher.clone())));
        let urls = crate::web::urls::Urls::new(&self.url_prefix);
        let templates = Templates::load(self.template_dir.as_deref())?
            .with_globals([
                ("site_name", tera::Value::from(self.site_name.as_str())),
                (
                    "cancel_url",
                    tera::Value::from(self.logout_redirect_url.as_str()),
                ),
                // The URL table under `url_prefix`, built once here.
                ("urls", urls.context.clone()),
            ])
            .with_i18n(i18n.clone());
        let templates = Arc::new(templates);
        let throttling = Arc::new(crate::throttling::Throttling::new(
            self.throttling.passwords,
        )?);
        let devices = Devices::new(db.clone(), self.clock.clone(), device_settings)
            .with_secret_keyring(self.secret_keyring.map(Arc::new));
        let stamps =
            crate::session_stamp::SessionStamps::new(self.recheck_interval, self.clock.clone());
        let trusted = crate::trusted_browsers::TrustedBrowsers::new(db.clone(), self.clock.clone());
        let records = crate::session_records::SessionRecords::new(
            db.clone(),
            self.clock.clone(),
            self.recheck_interval,
        );
        let signals = crate::signals::Signals::new(self.signal_dispatch, self.signal_timeout);
        if let Some(mailer) = &delivery.mailer {
            signals.connect(crate::alerts::receiver(
                self.security_alerts,
                Arc::clone(mailer),
                self.clock.clone(),
                &self.site_name,
                &urls[crate::web::urls::Route::Sessions],
            ));
        }
        Ok(TwoFactor {
            core: crate::core::Core {
                db,
                users,
                devices,
                clock: self.clock,
                site_name: self.site_name,
                totp_issuer: self.totp_issuer,
                totp_digits: self.totp_digits,
                login_timeout: sessions.login_timeout,
                sms_gateway: delivery.sms_gateway,
                call_gateway: delivery.call_gateway,
                mailer: delivery.mailer,
                email_subject: delivery.email_subject,
                signals,
                policy: self.policy,
                reauthentication_window: sessions.reauthentication_window,
                session_max_age: sessions.max_age,
                session_idle_timeout: sessions.idle_timeout,
                stamps,
                records,
                trusted,
                throttling,
                hasher,
                i18n,
                mail_templates: templates.clone(),
                #[cfg(feature = "webauthn")]
                webauthn,
            },
            templates,
            login_url: self.login_url,
            login_redirect_url: self.login_redirect_url,
            logout_redirect_url: self.logout_redirect_url,
            language_cookie_secure: self.languages.cookie_secure,
            policy_exemptions: self.policy_exemptions,
            remember: self.remember.settings,
            urls,
        })
    }

    /// The catalogues: the shipped ones, the host's directory, then its entries.
    fn i18n(&mut self) -> Result<crate::i18n::I18n, BuildError> {
        let invalid =
            |setting: &'static str, reason: String| BuildError::Invalid { setting, reason };
        let mut entries = Vec::new();
        if let Some(dir) = &self.languages.translations_dir {
            let read = |path: &std::path::Path| {
                std::fs::read_dir(path)
                    .map_err(|e| invalid("translations_dir", format!("{}: {e}", path.display())))
            };
            let mut locales: Vec<_> = read(dir)?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .collect();
            locales.sort();
            for locale in locales.iter().filter(|p| p.is_dir()) {
                let code = locale
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                let mut files: Vec<_> = read(locale)?
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                    .collect();
                files.sort();
                for file in files {
                    let text = std::fs::read_to_string(&file).map_err(|e| {
                        invalid("translations_dir", format!("{}: {e}", file.display()))
                    })?;
                    entries.push((code.clone(), text));
                }
            }
        }
        entries.append(&mut self.languages.translations);
        let languages: Vec<String> = self.languages.offered.clone().unwrap_or_else(|| {
            crate::i18n::SHIPPED
                .iter()
                .map(|(code, _)| (*code).to_owned())
                .collect()
        });
        let codes: Vec<&str> = languages.iter().map(String::as_str).collect();
        crate::i18n::I18n::new(&self.languages.language_code, &codes, &entries).map_err(|reason| {
            let setting = if reason.contains("parse") {
                "translations"
            } else if reason.contains("default language") {
                "language_code"
            } else {
                "languages"
            };
            invalid(setting, reason)
        })
    }
}
