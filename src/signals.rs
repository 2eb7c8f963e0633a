//! The signal bus (Django's `two_factor.signals`): async receivers the host app connects
//! to react to what happens, such as mailing a user when a backup token was used.
//!
//! ```no_run
//! # async fn demo(tf: &two_factor::TwoFactor) {
//! use two_factor::signals::Signal;
//! tf.signals().connect(|signal: Signal| async move {
//!     if let Signal::UserVerified { user, device, .. } = signal {
//!         tracing::info!(user = %user.username, device = %device.persistent_id, "verified");
//!     }
//!     Ok(())
//! });
//! # }
//! ```
//!
//! A receiver that returns an error, panics or takes longer than the timeout is logged
//! and skipped: it never changes the outcome of the login that sent the signal (in
//! Django, a failing receiver turns a correct login into a 500).
//!
//! Receivers run after the response by default ([`SignalDispatch::Background`]): a slow
//! receiver (an SMTP alert) does not delay the login. Django's signals run inline; set
//! [`SignalDispatch::Inline`] to get that, and use [`Signals::flush`] to wait for the
//! receivers started so far (tests do).

use std::cell::RefCell;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::rc::Rc;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use tokio::task::JoinHandle;
use tracing::Instrument;

use crate::devices::{Device, DeviceKind};
use crate::mail::{Mailer, OutgoingMail};
use crate::users::User;

/// The error type receivers return.
pub type ReceiverError = Box<dyn std::error::Error + Send + Sync>;

/// What a signal says about a device (Django receivers look at `device.name`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct DeviceInfo {
    /// `totp/3`, `static/1`, `phone/2`, `email/4`.
    pub persistent_id: String,
    /// The device table.
    #[serde(skip)]
    pub kind: DeviceKind,
    /// `default` or `backup` (backup tokens and backup phones are named `backup`).
    pub name: String,
    /// `generator`, `backup`, `sms`, `call` or `email`.
    pub method: String,
    /// A description safe to show ("Text message to +31 ** *** **67").
    pub description: String,
}

impl DeviceInfo {
    /// The information about `device`.
    pub fn of(device: &Device) -> DeviceInfo {
        DeviceInfo {
            persistent_id: device.device_ref().to_string(),
            kind: device.device_ref().kind,
            name: device.name().to_owned(),
            method: device.method_name().to_owned(),
            description: device.describe(),
        }
    }

    /// Whether this is a backup device (a backup token or a backup phone).
    pub fn is_backup(&self) -> bool {
        self.name == "backup"
    }
}

/// What a signal says about the request that caused it: a plain summary taken when the
/// signal is sent (a receiver may run after the response, so it holds no request).
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RequestSummary {
    /// The request's language (a code the site offers, e.g. `de`), when it was negotiated.
    pub language: Option<String>,
    /// The client's address as the throttling sees it (the configured proxy header, else
    /// the peer address).
    pub client_address: Option<String>,
    /// The `User-Agent` header (at most 256 characters).
    pub user_agent: Option<String>,
    /// The request path.
    pub path: String,
    /// The catalogues the language belongs to (for receivers that write to the user).
    pub(crate) i18n: Option<Arc<crate::i18n::I18n>>,
}

impl std::fmt::Debug for RequestSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestSummary")
            .field("language", &self.language)
            .field("client_address", &self.client_address)
            .field("user_agent", &self.user_agent)
            .field("path", &self.path)
            .finish()
    }
}

impl RequestSummary {
    /// A summary of a request to `path` (the rest unknown).
    #[doc(hidden)]
    pub fn new(path: impl Into<String>) -> RequestSummary {
        RequestSummary {
            path: path.into(),
            ..RequestSummary::default()
        }
    }

    /// Runs `f` with the request's language as the current one (the crate's catalogues:
    /// [`crate::i18n::tr`]), or in the site's default language when it is unknown.
    pub fn in_language<T>(&self, f: impl FnOnce() -> T) -> T {
        match (&self.i18n, &self.language) {
            (Some(i18n), Some(code)) => crate::i18n::in_language(Arc::clone(i18n), code, f),
            _ => f(),
        }
    }
}

/// Everything the bus reports.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Signal {
    /// A user passed the second factor at login (any device, including backup tokens).
    /// Sent exactly once per success; never for failures, replays or throttled attempts.
    UserVerified {
        /// What is known of the login request (its language, client address, browser).
        request: RequestSummary,
        /// Who logged in.
        user: User,
        /// The device that verified.
        device: DeviceInfo,
    },
    /// A token was wrong, malformed or replayed (django-otp's `otp_verification_failed`).
    VerificationFailed {
        /// Whose device it was.
        user: User,
        /// The device tried.
        device: DeviceInfo,
    },
    /// A code the device had already accepted was entered again (a replayed TOTP step);
    /// sent after [`VerificationFailed`](Signal::VerificationFailed) for the same attempt.
    /// The user only sees the usual invalid-token message; connect a receiver to warn them
    /// (someone may have seen their code). Sent from the login's token step and from
    /// re-authentication.
    ReplayDetected {
        /// Whose device it is.
        user: User,
        /// The device the code was replayed against.
        device: DeviceInfo,
    },
    /// An attempt was refused because the device is in its back-off window.
    Throttled {
        /// Whose device it is.
        user: User,
        /// The device.
        device: DeviceInfo,
        /// Consecutive failures so far.
        failure_count: i32,
    },
    /// A device was confirmed (setup, a new backup phone).
    DeviceAdded {
        /// The owner.
        user: User,
        /// The new device.
        device: DeviceInfo,
    },
    /// One device was removed (a backup phone, or by an administrator).
    DeviceRemoved {
        /// The owner.
        user: User,
        /// The removed device's persistent id.
        persistent_id: String,
    },
    /// New backup tokens replaced the old ones.
    BackupTokensGenerated {
        /// The owner.
        user: User,
        /// How many were generated.
        count: usize,
    },
    /// Every device of the user was removed (disable, an admin reset, the command).
    TwoFactorDisabled {
        /// The user.
        user: User,
    },
    /// A user signed in from a browser their account has not used before (told by a
    /// long-lived browser cookie; not for the account's first browser, nor for app
    /// clients). Sent after [`UserVerified`](Signal::UserVerified) or the password-only
    /// login.
    NewBrowserSignIn {
        /// The sign-in request (its language, coarse client address, browser).
        request: RequestSummary,
        /// Who signed in.
        user: User,
    },
    /// A staff user changed another user's (or their own) two-factor authentication in
    /// the built-in admin, after a recent re-authentication. Sent after the action's own
    /// signal ([`DeviceRemoved`](Signal::DeviceRemoved),
    /// [`TwoFactorDisabled`](Signal::TwoFactorDisabled)); the same facts go to the audit
    /// log (`tracing` target `two_factor::audit`).
    AdminAction {
        /// The staff user who acted.
        actor: User,
        /// The user whose devices were changed.
        subject: User,
        /// What was done.
        action: AdminActionKind,
        /// The device concerned (`totp/3`), the session or grant (`session/12`,
        /// `trusted_browser/4`), or `None` for an action on all of them.
        device: Option<String>,
    },
}

/// What an administrator did ([`Signal::AdminAction`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AdminActionKind {
    /// Removed one device (or the backup tokens).
    RemoveDevice,
    /// Cleared a device's failed-attempt count and back-off.
    ResetThrottling,
    /// Removed every device: two-factor authentication is off for the user.
    ResetTwoFactor,
    /// Ended one of the user's sessions, or all of them.
    EndSessions,
    /// Took back one of the user's trusted browsers, or all of them.
    RevokeTrustedBrowsers,
}

impl AdminActionKind {
    /// `remove_device`, `reset_throttling`, `reset_two_factor`, `end_sessions` or
    /// `revoke_trusted_browsers` (as logged).
    pub fn as_str(self) -> &'static str {
        match self {
            AdminActionKind::RemoveDevice => "remove_device",
            AdminActionKind::ResetThrottling => "reset_throttling",
            AdminActionKind::ResetTwoFactor => "reset_two_factor",
            AdminActionKind::EndSessions => "end_sessions",
            AdminActionKind::RevokeTrustedBrowsers => "revoke_trusted_browsers",
        }
    }
}

impl Signal {
    /// The signal's name, for logs (`user_verified`, …).
    pub fn name(&self) -> &'static str {
        match self {
            Signal::UserVerified { .. } => "user_verified",
            Signal::VerificationFailed { .. } => "verification_failed",
            Signal::ReplayDetected { .. } => "replay_detected",
            Signal::Throttled { .. } => "throttled",
            Signal::DeviceAdded { .. } => "device_added",
            Signal::DeviceRemoved { .. } => "device_removed",
            Signal::BackupTokensGenerated { .. } => "backup_tokens_generated",
            Signal::TwoFactorDisabled { .. } => "two_factor_disabled",
            Signal::AdminAction { .. } => "admin_action",
            Signal::NewBrowserSignIn { .. } => "new_browser_sign_in",
        }
    }
}

tokio::task_local! {
    /// The request a signal was sent from, for receivers that tell the user where (the
    /// security alerts): set around each changing request, carried into the receivers.
    static SENDING_REQUEST: RequestSummary;
}

/// Runs `fut` as serving `request`: signals it sends carry the request to their receivers.
pub(crate) async fn serving<F: Future>(request: RequestSummary, fut: F) -> F::Output {
    SENDING_REQUEST.scope(request, fut).await
}

/// Inside a receiver, the request its signal was sent from (when it was sent while
/// serving one).
pub(crate) fn sending_request() -> Option<RequestSummary> {
    SENDING_REQUEST.try_with(Clone::clone).ok()
}

type Receiver =
    Arc<dyn Fn(Signal) -> LocalBoxFuture<'static, Result<(), ReceiverError>> + Send + Sync>;

/// When [`Signals::send`] runs the receivers
/// ([`TwoFactorBuilder::signal_dispatch`](crate::TwoFactorBuilder::signal_dispatch)).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SignalDispatch {
    /// The default: `send` hands the signal to a task on the current actix runtime and
    /// returns at once, so the response does not wait for the receivers (an SMTP alert,
    /// a slow webhook). Each signal's receivers still run one after another, in the order
    /// they were connected, isolated and bounded by the timeout; signals start in the
    /// order they were sent. Outside an actix runtime (a plain `tokio` main, a script, a
    /// future run on another runtime from an actix thread) `send` falls back to
    /// [`Inline`](SignalDispatch::Inline); the last case is detected by catching tokio's
    /// panic, so a binary built with `panic = "abort"` that sends from there should use
    /// `Inline`. Receivers still running when the server shuts down are dropped;
    /// [`Signals::flush`] awaits them.
    #[default]
    Background,
    /// Django's behaviour: `send` awaits every receiver before the view goes on, so the
    /// response waits for them (at most the timeout each).
    Inline,
}

/// The bus: receivers run one after another, each isolated from the others and from
/// the request; by default after the response ([`SignalDispatch`]).
pub struct Signals {
    receivers: RwLock<Vec<Receiver>>,
    timeout: Duration,
    dispatch: SignalDispatch,
    /// Background dispatches that may still run (finished ones are pruned on each send).
    in_flight: Mutex<Vec<JoinHandle<()>>>,
}

impl std::fmt::Debug for Signals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.receivers.read().map(|r| r.len()).unwrap_or(0);
        f.debug_struct("Signals")
            .field("receivers", &n)
            .field("timeout", &self.timeout)
            .field("dispatch", &self.dispatch)
            .finish()
    }
}

impl Default for Signals {
    fn default() -> Self {
        Signals::new(SignalDispatch::default(), Signals::DEFAULT_TIMEOUT)
    }
}

impl Signals {
    /// How long one receiver may run by default.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

    /// An empty bus dispatching as `dispatch` says, each receiver bounded by `timeout`.
    pub(crate) fn new(dispatch: SignalDispatch, timeout: Duration) -> Signals {
        Signals {
            receivers: RwLock::new(Vec::new()),
            timeout,
            dispatch,
            in_flight: Mutex::new(Vec::new()),
        }
    }

    /// How `send` runs the receivers.
    #[doc(hidden)]
    pub fn dispatch(&self) -> SignalDispatch {
        self.dispatch
    }

    /// Connects a receiver for every signal; match on the ones you care about.
    pub fn connect<F, Fut>(&self, receiver: F)
    where
        F: Fn(Signal) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), ReceiverError>> + 'static,
    {
        let boxed: Receiver = Arc::new(move |signal| Box::pin(receiver(signal)));
        self.receivers
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .push(boxed);
    }

    /// Connects a receiver for `user_verified` only, with Django's arguments
    /// (`request`, `user`, `device`).
    pub fn connect_user_verified<F, Fut>(&self, receiver: F)
    where
        F: Fn(RequestSummary, User, DeviceInfo) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), ReceiverError>> + 'static,
    {
        let receiver = Arc::new(receiver);
        self.connect(move |signal| {
            let receiver = Arc::clone(&receiver);
            async move {
                match signal {
                    Signal::UserVerified {
                        request,
                        user,
                        device,
                    } => receiver(request, user, device).await,
                    _ => Ok(()),
                }
            }
        });
    }

    /// How many receivers are connected.
    pub fn len(&self) -> usize {
        self.receivers.read().map(|r| r.len()).unwrap_or(0)
    }

    /// Whether no receiver is connected.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Sends `signal` to every receiver, in the order they were connected. Errors, panics
    /// and time-outs are logged; the caller's outcome never depends on them. With
    /// [`SignalDispatch::Background`] (the default) this returns before the receivers
    /// run; with [`SignalDispatch::Inline`] it returns after them.
    #[doc(hidden)]
    pub async fn send(&self, signal: Signal) {
        let receivers: Vec<Receiver> = self
            .receivers
            .read()
            .map(|r| r.clone())
            .unwrap_or_else(|e| e.into_inner().clone());
        if receivers.is_empty() {
            return;
        }
        let request = sending_request();
        let run = run_receivers(receivers, signal, self.timeout);
        // The receivers see the request the signal came from, even after the response.
        let run = async move {
            match request {
                Some(request) => SENDING_REQUEST.scope(request, run).await,
                None => run.await,
            }
        };
        match self.dispatch {
            SignalDispatch::Inline => run.await,
            // The task keeps the request's span, so receivers' log lines stay attributed.
            SignalDispatch::Background => match spawn_local(Box::pin(run.in_current_span())) {
                Ok(handle) => {
                    let mut in_flight = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
                    in_flight.retain(|h| !h.is_finished());
                    in_flight.push(handle);
                }
                Err(run) => run.await,
            },
        }
    }

    /// Waits until every receiver started by a background [`send`](Self::send) so far
    /// (and any signal those receivers sent in turn) has finished. For tests, and for a
    /// command that sent signals and is about to exit.
    pub async fn flush(&self) {
        loop {
            let handles: Vec<JoinHandle<()>> =
                std::mem::take(&mut *self.in_flight.lock().unwrap_or_else(|e| e.into_inner()));
            if handles.is_empty() {
                return;
            }
            for handle in handles {
                // The task catches its receivers' panics itself; a cancelled task (the
                // runtime shutting down) has nothing left to wait for.
                let _ = handle.await;
            }
        }
    }
}

/// Runs `receivers` one after another with `signal`, each isolated and bounded.
async fn run_receivers(receivers: Vec<Receiver>, signal: Signal, timeout: Duration) {
    let name = signal.name();
    tracing::debug!(signal = name, receivers = receivers.len(), "sending signal");
    for receiver in receivers {
        let call = AssertUnwindSafe(async { receiver(signal.clone()).await }).catch_unwind();
        match tokio::time::timeout(timeout, call).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(error))) => {
                tracing::error!(signal = name, %error, "signal receiver failed")
            }
            Ok(Err(_)) => tracing::error!(signal = name, "signal receiver panicked"),
            Err(_) => tracing::error!(signal = name, "signal receiver timed out"),
        }
    }
}

/// Spawns `run` on the current thread's runtime (actix-web runs each worker on a tokio
/// local task set), or gives it back when there is none to spawn on (no runtime on this
/// thread, or not inside its local task set).
fn spawn_local(
    run: LocalBoxFuture<'static, ()>,
) -> Result<JoinHandle<()>, LocalBoxFuture<'static, ()>> {
    if tokio::runtime::Handle::try_current().is_err() {
        return Err(run);
    }
    // `spawn_local` panics outside a local task set (a task started with `tokio::spawn`
    // on an actix thread): keep the future where it can be taken back.
    let slot = Rc::new(RefCell::new(Some(run)));
    let task_slot = Rc::clone(&slot);
    let task = async move {
        let run = task_slot.borrow_mut().take();
        if let Some(run) = run {
            run.await;
        }
    };
    match std::panic::catch_unwind(AssertUnwindSafe(|| tokio::task::spawn_local(task))) {
        Ok(handle) => Ok(handle),
        Err(_) => match slot.borrow_mut().take() {
            Some(run) => Err(run),
            // Not reached: the task that would have taken it was never polled.
            None => Err(Box::pin(async {})),
        },
    }
}

/// The signals a verification outcome sends, in order: none for a success;
/// `verification_failed` for a wrong, malformed or replayed token, followed by
/// `replay_detected` for a replay; `throttled` for a refused attempt. One place, so every
/// token form signals alike.
pub(crate) fn verification_signals(
    outcome: crate::devices::Verification,
    user: &User,
    device: &Device,
) -> Vec<Signal> {
    use crate::devices::Verification;
    let failed = || Signal::VerificationFailed {
        user: user.clone(),
        device: DeviceInfo::of(device),
    };
    match outcome {
        Verification::Verified => Vec::new(),
        Verification::Invalid => vec![failed()],
        Verification::Replayed => vec![
            failed(),
            Signal::ReplayDetected {
                user: user.clone(),
                device: DeviceInfo::of(device),
            },
        ],
        Verification::Throttled { failure_count } => vec![Signal::Throttled {
            user: user.clone(),
            device: DeviceInfo::of(device),
            failure_count,
        }],
    }
}

/// The seed page's example as a ready receiver: when a user verified with a backup
/// device (a backup token or a backup phone), mail them "Backup token used", naming the
/// site, so a stolen backup code does not go unnoticed.
///
/// ```no_run
/// # fn demo(tf: &two_factor::TwoFactor, mailer: std::sync::Arc<dyn two_factor::mail::Mailer>) {
/// tf.signals().connect(two_factor::signals::backup_used_alert(mailer, tf.site_name()));
/// # }
/// ```
pub fn backup_used_alert(
    mailer: Arc<dyn Mailer>,
    site_name: &str,
) -> impl Fn(Signal) -> LocalBoxFuture<'static, Result<(), ReceiverError>> + Send + Sync + 'static {
    let site_name = site_name.to_owned();
    move |signal| {
        let mailer = Arc::clone(&mailer);
        let site_name = site_name.clone();
        Box::pin(async move {
            let Signal::UserVerified {
                request,
                user,
                device,
                ..
            } = signal
            else {
                return Ok(());
            };
            if !device.is_backup() || user.email.trim().is_empty() {
                return Ok(());
            }
            // In the language of the login that used the backup device.
            let compose = || {
                let subject = crate::i18n::tr("alert-subject");
                let mut text = crate::i18n::tr_args(
                    "alert-body",
                    &[
                        ("username", user.username.as_str().into()),
                        ("site", site_name.as_str().into()),
                    ],
                );
                text.push('\n');
                (subject, text)
            };
            let (subject, text) = request.in_language(compose);
            mailer
                .send(OutgoingMail::new(user.email.clone(), subject, text))
                .await?;
            Ok(())
        })
    }
}
