//! Security alerts: a mail to the user when something happens to their account that they
//! should know about — a sign-in from a new browser, a device added or removed, new backup
//! tokens, two-factor authentication turned off, a device locked by failed codes.
//!
//! The alerts are a receiver on the signal bus ([`receiver`]), connected at build when the
//! site has a mailer, so they run after the response (off the request path) and can never
//! break what sent them. Each mail says what happened, when, from which browser and coarse
//! network (the request the signal came from), and how to react: the sessions page (sign
//! out everywhere), then a new password. It is written in the language of that request.

pub(crate) mod known;
pub(crate) mod settings;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use futures_util::future::LocalBoxFuture;

pub use settings::SecurityAlerts;

use crate::clock::Clock;
use crate::i18n::{MessageArg, tr, tr_args};
use crate::mail::{Mailer, OutgoingMail};
use crate::signals::{ReceiverError, RequestSummary, Signal};
use crate::users::User;

/// The failure counts at which a locked device is reported.
const LOCK_LEVELS: [i32; 5] = [5, 10, 20, 50, 100];

/// How long one lock level of one device is reported once.
const LOCK_REPORT_MS: i64 = 3_600_000;

/// What one alert mail says.
struct Alert {
    subject: &'static str,
    body: &'static str,
    args: Vec<(&'static str, MessageArg<'static>)>,
}

/// Everything the receiver needs, shared by its calls.
struct Context {
    settings: SecurityAlerts,
    mailer: Arc<dyn Mailer>,
    clock: Arc<dyn Clock>,
    site_name: String,
    sessions_path: String,
    /// When each (device, failure count) was last reported.
    locks: Mutex<HashMap<(String, i32), i64>>,
}

/// The receiver mailing the alerts `settings` turns on, through `mailer`.
pub(crate) fn receiver(
    settings: SecurityAlerts,
    mailer: Arc<dyn Mailer>,
    clock: Arc<dyn Clock>,
    site_name: &str,
    sessions_path: &str,
) -> impl Fn(Signal) -> LocalBoxFuture<'static, Result<(), ReceiverError>> + Send + Sync + 'static {
    let context = Arc::new(Context {
        settings,
        mailer,
        clock,
        site_name: site_name.to_owned(),
        sessions_path: sessions_path.to_owned(),
        locks: Mutex::new(HashMap::new()),
    });
    move |signal| {
        let context = Arc::clone(&context);
        Box::pin(async move { context.alert(signal).await })
    }
}

impl Context {
    async fn alert(&self, signal: Signal) -> Result<(), ReceiverError> {
        let s = &self.settings;
        let (user, alert, request) = match signal {
            Signal::NewBrowserSignIn { request, user } if s.new_browser => {
                let alert = Alert {
                    subject: "alert-new-browser-subject",
                    body: "alert-new-browser",
                    args: Vec::new(),
                };
                (user, alert, Some(request))
            }
            Signal::DeviceAdded { user, device } if s.device_added => {
                let alert = Alert {
                    subject: "alert-device-added-subject",
                    body: "alert-device-added",
                    args: vec![("device", device.description.into())],
                };
                (user, alert, None)
            }
            Signal::DeviceRemoved { user, .. } if s.device_removed => {
                let alert = Alert {
                    subject: "alert-device-removed-subject",
                    body: "alert-device-removed",
                    args: Vec::new(),
                };
                (user, alert, None)
            }
            Signal::BackupTokensGenerated { user, .. } if s.backup_tokens => {
                let alert = Alert {
                    subject: "alert-backup-tokens-subject",
                    body: "alert-backup-tokens",
                    args: Vec::new(),
                };
                (user, alert, None)
            }
            Signal::TwoFactorDisabled { user } if s.disabled => {
                let alert = Alert {
                    subject: "alert-disabled-subject",
                    body: "alert-disabled",
                    args: Vec::new(),
                };
                (user, alert, None)
            }
            Signal::Throttled {
                user,
                device,
                failure_count,
            } if s.locked && self.first_report(&device.persistent_id, failure_count) => {
                let alert = Alert {
                    subject: "alert-locked-subject",
                    body: "alert-locked",
                    args: vec![
                        ("device", device.description.into()),
                        ("count", i64::from(failure_count).into()),
                    ],
                };
                (user, alert, None)
            }
            _ => return Ok(()),
        };
        if user.email.trim().is_empty() {
            return Ok(());
        }
        let request = request.or_else(crate::signals::sending_request);
        let mail = self.compose(&user, alert, request.as_ref());
        self.mailer.send(mail).await?;
        tracing::info!(user = %user.id, "security alert mailed");
        Ok(())
    }

    /// Whether a lock at `count` failures of `device` is to be reported now (once per
    /// level and hour).
    fn first_report(&self, device: &str, count: i32) -> bool {
        if !LOCK_LEVELS.contains(&count) {
            return false;
        }
        let now = self.clock.now_ms();
        let Ok(mut locks) = self.locks.lock() else {
            return false;
        };
        locks.retain(|_, at| now - *at < LOCK_REPORT_MS);
        let key = (device.to_owned(), count);
        if locks.contains_key(&key) {
            return false;
        }
        locks.insert(key, now);
        true
    }

    /// The mail, in the request's language (else the site's default).
    fn compose(&self, user: &User, alert: Alert, request: Option<&RequestSummary>) -> OutgoingMail {
        let when = crate::dates::format_ms(self.clock.now_ms());
        let network = request
            .and_then(|r| r.client_address.as_deref())
            .map(crate::session_records::address::coarse);
        let agent = request.and_then(|r| r.user_agent.as_deref());
        let write = || {
            let browser = agent.map(crate::session_records::agent::describe);
            let mut args = alert.args.clone();
            args.push(("site", self.site_name.clone().into()));
            args.push(("username", user.username.clone().into()));
            let subject = tr_args(alert.subject, &args);
            let unknown = tr("alert-unknown");
            let mut text = tr_args(alert.body, &args);
            text.push_str("\n\n");
            text.push_str(&tr_args("alert-when", &[("when", when.clone().into())]));
            text.push('\n');
            let browser = browser.unwrap_or_else(|| unknown.clone());
            text.push_str(&tr_args("alert-browser", &[("browser", browser.into())]));
            text.push('\n');
            let network = network.clone().unwrap_or(unknown);
            text.push_str(&tr_args("alert-network", &[("network", network.into())]));
            text.push_str("\n\n");
            text.push_str(&match &self.settings.site_url {
                Some(site) => {
                    let url = format!("{}{}", site.trim_end_matches('/'), self.sessions_path);
                    tr_args("alert-not-me-link", &[("url", url.into())])
                }
                None => tr_args(
                    "alert-not-me-page",
                    &[("path", self.sessions_path.clone().into())],
                ),
            });
            text.push('\n');
            (subject, text)
        };
        let (subject, text) = match request {
            Some(r) => r.in_language(write),
            None => write(),
        };
        OutgoingMail::new(user.email.clone(), subject, text)
    }
}
