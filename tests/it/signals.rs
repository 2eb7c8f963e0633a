//! The signal bus: `user_verified` fires exactly once per successful verification by any
//! device and never on failure, replay or throttling; failing or panicking receivers do
//! not change a login; the backup-used alert mails the user.

use crate::common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::http::StatusCode;
#[cfg(feature = "smtp")]
use common::smtp::SmtpServer;
use common::{PASSWORD, Site, SiteOptions};
use futures_util::future::Either;
use tokio::sync::Notify;
use two_factor::gateways::FakeGateway;
use two_factor::mail::LogMailer;
#[cfg(feature = "smtp")]
use two_factor::mail::SmtpMailer;
use two_factor::signals::{Signal, SignalDispatch};

type Log = Arc<Mutex<Vec<String>>>;

/// Records `name:method` for every signal.
fn record(site: &Site) -> Log {
    let log: Log = Arc::default();
    let sink = Arc::clone(&log);
    site.tf.signals().connect(move |signal: Signal| {
        let sink = Arc::clone(&sink);
        async move {
            let entry = match &signal {
                Signal::UserVerified { device, .. } => format!("user_verified:{}", device.method),
                Signal::VerificationFailed { device, .. } => {
                    format!("verification_failed:{}", device.method)
                }
                Signal::Throttled { device, .. } => format!("throttled:{}", device.method),
                Signal::ReplayDetected { user, device } => {
                    format!("replay_detected:{}:{}", device.method, user.username)
                }
                other => other.name().to_owned(),
            };
            sink.lock().expect("log").push(entry);
            Ok(())
        }
    });
    log
}

/// How many `entry` lines the log holds once every signal sent so far was handled.
async fn count(site: &Site, log: &Log, entry: &str) -> usize {
    site.tf.signals().flush().await;
    log.lock()
        .expect("log")
        .iter()
        .filter(|e| *e == entry)
        .count()
}

#[actix_rt::test]
async fn user_verified_fires_once_per_totp_login_and_never_on_failures() {
    let site = Site::new().await;
    let log = record(&site);
    let (_, device) = site.create_user_with_device("alice").await;
    let c = site.client();
    c.login_password("alice", PASSWORD, None).await;
    let good = site.current_token(&device);
    let wrong = if good == "000000" { "111111" } else { "000000" };
    c.login_token(wrong).await;
    c.login_token(&good)
        .await
        .assert_ok_contains("Verification temporarily disabled");
    assert_eq!(count(&site, &log, "user_verified:generator").await, 0);
    assert_eq!(count(&site, &log, "verification_failed:generator").await, 1);
    assert_eq!(count(&site, &log, "throttled:generator").await, 1);
    site.clock.advance_ms(1100);
    c.login_token(&good)
        .await
        .assert_redirect("/account/two_factor/");
    assert_eq!(count(&site, &log, "user_verified:generator").await, 1);
    // Replay in another session: no signal.
    let replay = site.client();
    replay.login_password("alice", PASSWORD, None).await;
    site.clock.advance_ms(2100);
    replay
        .login_token(&good)
        .await
        .assert_ok_contains("Invalid token");
    assert_eq!(count(&site, &log, "user_verified:generator").await, 1);
    // Setup and password-only logins do not send it.
    site.create_user("bob").await;
    site.client().login_password("bob", PASSWORD, None).await;
    site.tf.signals().flush().await;
    assert_eq!(
        log.lock()
            .expect("log")
            .iter()
            .filter(|e| e.starts_with("user_verified"))
            .count(),
        1
    );
}

#[actix_rt::test]
async fn user_verified_fires_once_for_backup_tokens_phones_and_email() {
    let gateway = FakeGateway::new();
    let mailer = LogMailer::new();
    let site = Site::with(SiteOptions {
        gateway: Some(gateway.clone()),
        mailer: Some(Arc::new(mailer.clone())),
        ..Default::default()
    })
    .await;
    let log = record(&site);
    let (user, device) = site.create_user_with_device("carol").await;
    // Backup tokens.
    let tokens = site
        .tf
        .devices()
        .generate_backup_tokens(&user.id)
        .await
        .expect("tokens");
    let c = site.client();
    c.login_password("carol", PASSWORD, None).await;
    c.post(
        "/account/login/",
        &[
            ("login_view-current_step", "backup"),
            ("backup-otp_token", &tokens[0]),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/");
    assert_eq!(count(&site, &log, "user_verified:backup").await, 1);

    // A backup phone (added through the view) used at login.
    site.clock.advance_secs(30);
    let v = site.client();
    v.login_password("carol", PASSWORD, None).await;
    v.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    v.get("/account/two_factor/phone/register/").await;
    v.post(
        "/account/two_factor/phone/register/",
        &[
            ("phone_setup_view-current_step", "setup"),
            ("setup-number", "+31101234567"),
            ("setup-method", "sms"),
        ],
    )
    .await;
    let code = gateway.last_token_to("+31101234567").expect("sms");
    v.post(
        "/account/two_factor/phone/register/",
        &[
            ("phone_setup_view-current_step", "validation"),
            ("validation-token", &code),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/");
    assert_eq!(count(&site, &log, "device_added").await, 1);
    site.clock.advance_secs(61);
    let p = site.client();
    let r = p.login_password("carol", PASSWORD, None).await;
    let body = common::unescape(&r.body);
    let marker = "name=\"challenge_device\" value=\"";
    let i = body.find(marker).expect("phone button") + marker.len();
    let phone_ref = body[i..i + body[i..].find('"').expect("end")].to_owned();
    p.post(
        "/account/login/",
        &[
            ("login_view-current_step", "token"),
            ("challenge_device", &phone_ref),
        ],
    )
    .await;
    let code = gateway.last_token_to("+31101234567").expect("sms");
    p.login_token(&code)
        .await
        .assert_redirect("/account/two_factor/");
    assert_eq!(count(&site, &log, "user_verified:sms").await, 1);

    // E-mail as the default device of another user.
    site.create_user("erin").await;
    let e = site.client();
    e.login_password("erin", PASSWORD, None).await;
    e.choose_setup_method("email").await;
    let text = mailer.outbox().last().expect("mail").text.clone();
    let code = &text[text.find("is: ").expect("code") + 4..][..6];
    e.post(
        "/account/two_factor/setup/",
        &[
            ("setup_view-current_step", "validation"),
            ("validation-token", code),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/setup/complete/");
    site.clock.advance_secs(61);
    let e2 = site.client();
    e2.login_password("erin", PASSWORD, None).await;
    let text = mailer.outbox().last().expect("mail").text.clone();
    let code = &text[text.find("is: ").expect("code") + 4..][..6];
    e2.login_token(code)
        .await
        .assert_redirect("/account/two_factor/");
    assert_eq!(count(&site, &log, "user_verified:email").await, 1);
    // Four successes in all: backup token, the TOTP login before adding the phone, SMS, e-mail.
    assert_eq!(count(&site, &log, "user_verified:generator").await, 1);
    site.tf.signals().flush().await;
    assert_eq!(
        log.lock()
            .expect("log")
            .iter()
            .filter(|e| e.starts_with("user_verified"))
            .count(),
        4
    );
}

#[actix_rt::test]
async fn failing_and_panicking_receivers_do_not_break_a_login() {
    let site = Site::new().await;
    site.tf
        .signals()
        .connect(|_signal: Signal| async move { Err("receiver exploded".into()) });
    site.tf.signals().connect(|signal: Signal| async move {
        if matches!(signal, Signal::UserVerified { .. }) {
            panic!("receiver panicked");
        }
        Ok(())
    });
    let log = record(&site);
    let (_, device) = site.create_user_with_device("dave").await;
    let c = site.client();
    c.login_password("dave", PASSWORD, None).await;
    let r = c.login_token(&site.current_token(&device)).await;
    r.assert_redirect("/account/two_factor/");
    assert!(c.is_verified().await);
    // Receivers after the failing ones still ran.
    assert_eq!(count(&site, &log, "user_verified:generator").await, 1);
}

#[actix_rt::test]
async fn lifecycle_signals_fire() {
    let site = Site::new().await;
    let log = record(&site);
    let (_, device) = site.create_user_with_device("erin").await;
    let c = site.client();
    c.login_password("erin", PASSWORD, None).await;
    c.login_token(&site.current_token(&device)).await;
    c.get("/account/two_factor/backup/tokens/").await;
    c.post("/account/two_factor/backup/tokens/", &[]).await;
    assert_eq!(count(&site, &log, "backup_tokens_generated").await, 1);
    c.get("/account/two_factor/disable/").await;
    c.post("/account/two_factor/disable/", &[("understand", "on")])
        .await;
    assert_eq!(count(&site, &log, "two_factor_disabled").await, 1);
}

#[cfg(feature = "smtp")]
#[actix_rt::test]
async fn the_backup_used_alert_mails_the_user() {
    let server = SmtpServer::start();
    let mailer: Arc<dyn two_factor::mail::Mailer> = Arc::new(
        SmtpMailer::from_url(&server.url(), "Test Site <noreply@example.com>").expect("mailer"),
    );
    let site = Site::new().await;
    site.tf
        .signals()
        .connect(two_factor::signals::backup_used_alert(
            mailer,
            site.tf.site_name(),
        ));
    let (user, device) = site.create_user_with_device("fay").await;
    // A TOTP login sends nothing.
    let c = site.client();
    c.login_password("fay", PASSWORD, None).await;
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    // A backup token login sends the alert.
    let tokens = site
        .tf
        .devices()
        .generate_backup_tokens(&user.id)
        .await
        .expect("tokens");
    let b = site.client();
    b.login_password("fay", PASSWORD, None).await;
    let r = b
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "backup"),
                ("backup-otp_token", &tokens[0]),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FOUND);
    // The alert goes out after the response, on this thread's runtime.
    site.tf.signals().flush().await;
    let mails = server.wait_for(1, Duration::from_secs(5));
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].subject(), "Backup token used");
    assert!(mails[0].to.iter().any(|t| t.contains("fay@example.com")));
    let text = mails[0].text();
    assert!(text.contains("Hi fay"), "{text}");
    assert!(text.contains("Test Site"), "{text}");
    assert!(text.contains("backup device"), "{text}");
}

/// Log lines written while a test runs on this thread.
#[derive(Clone, Default)]
struct Logs(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("logs").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Logs {
    fn capture(&self) -> tracing::subscriber::DefaultGuard {
        // With a single scoped dispatcher, tracing asks only the registering thread's
        // dispatcher about a new callsite; another test thread (with none) would then
        // cache "never" for our events. A second, lasting dispatcher makes every
        // registration ask all of them.
        static OTHER: std::sync::OnceLock<tracing::Dispatch> = std::sync::OnceLock::new();
        OTHER.get_or_init(|| tracing::Dispatch::new(tracing::subscriber::NoSubscriber::default()));
        let writer = self.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .without_time()
            .with_max_level(tracing::Level::INFO)
            .finish();
        tracing::subscriber::set_default(subscriber)
    }

    fn replay_warnings(&self) -> usize {
        String::from_utf8_lossy(&self.0.lock().expect("logs"))
            .lines()
            .filter(|l| l.contains("WARN") && l.contains("otp token replayed"))
            .count()
    }
}

#[actix_rt::test]
async fn a_replayed_totp_is_logged_and_signalled_as_a_replay() {
    let logs = Logs::default();
    let _guard = logs.capture();
    let site = Site::new().await;
    let log = record(&site);
    let (user, device) = site.create_user_with_device("gus").await;
    let good = site.current_token(&device);
    let c = site.client();
    c.login_password("gus", PASSWORD, None).await;
    c.login_token(&good)
        .await
        .assert_redirect("/account/two_factor/");
    assert_eq!(logs.replay_warnings(), 0);

    // The same code in another browser: the generic message, but a replay.
    let other = site.client();
    other.login_password("gus", PASSWORD, None).await;
    other
        .login_token(&good)
        .await
        .assert_ok_contains("Invalid token. Please make sure you have entered it correctly.");
    assert_eq!(count(&site, &log, "verification_failed:generator").await, 1);
    assert_eq!(count(&site, &log, "replay_detected:generator:gus").await, 1);
    assert_eq!(logs.replay_warnings(), 1);
    // A plain wrong code is no replay.
    site.clock.advance_ms(1100);
    let wrong = if good == "000000" { "111111" } else { "000000" };
    other
        .login_token(wrong)
        .await
        .assert_ok_contains("Invalid token");
    assert_eq!(count(&site, &log, "verification_failed:generator").await, 2);
    assert_eq!(count(&site, &log, "replay_detected:generator:gus").await, 1);
    assert_eq!(logs.replay_warnings(), 1);
    assert!(!other.is_verified().await);

    // Re-authentication: a code used for the last re-authentication, entered again.
    site.clock.advance_secs(30);
    let device = site.reload(&user).await.expect("device");
    let fresh = site.current_token(&device);
    let reauth = "/account/two_factor/reauth/?next=%2Faccount%2Ftwo_factor%2F";
    c.get(reauth).await;
    c.post(
        reauth,
        &[("reauth-password", PASSWORD), ("reauth-otp_token", &fresh)],
    )
    .await
    .assert_redirect("/account/two_factor/");
    c.get(reauth).await;
    c.post(
        reauth,
        &[("reauth-password", PASSWORD), ("reauth-otp_token", &fresh)],
    )
    .await
    .assert_ok_contains("Invalid token");
    assert_eq!(count(&site, &log, "replay_detected:generator:gus").await, 2);
    assert_eq!(logs.replay_warnings(), 2);
}

/// A receiver that, on `user_verified`, notes `started`, waits until the test opens the
/// gate, then notes `finished`.
fn blocking_receiver(site: &Site, started: Arc<Notify>, gate: Arc<Notify>) -> Log {
    let log: Log = Arc::default();
    let sink = Arc::clone(&log);
    site.tf.signals().connect(move |signal: Signal| {
        let (sink, started, gate) = (Arc::clone(&sink), Arc::clone(&started), Arc::clone(&gate));
        async move {
            if matches!(signal, Signal::UserVerified { .. }) {
                sink.lock().expect("log").push("started".to_owned());
                started.notify_one();
                gate.notified().await;
                sink.lock().expect("log").push("finished".to_owned());
            }
            Ok(())
        }
    });
    log
}

fn entries(log: &Log) -> Vec<String> {
    log.lock().expect("log").clone()
}

#[actix_rt::test]
async fn a_blocked_receiver_does_not_delay_the_login_response() {
    let site = Site::new().await;
    assert_eq!(site.tf.signals().dispatch(), SignalDispatch::Background);
    let (started, gate) = (Arc::new(Notify::new()), Arc::new(Notify::new()));
    let log = blocking_receiver(&site, Arc::clone(&started), Arc::clone(&gate));
    // Receivers after the blocked one wait for it: one signal's receivers keep their order.
    let after = record(&site);
    let (_, device) = site.create_user_with_device("hal").await;
    let c = site.client();
    c.login_password("hal", PASSWORD, None).await;
    // The gate stays shut until the response is in: awaiting the receiver inline would
    // never answer (the bound only turns that hang into a failure).
    let r = actix_web::rt::time::timeout(
        Duration::from_secs(30),
        c.login_token(&site.current_token(&device)),
    )
    .await
    .expect("the login answered while its receiver was blocked");
    r.assert_redirect("/account/two_factor/");
    assert!(c.is_verified().await);
    assert!(!entries(&log).contains(&"finished".to_owned()));
    assert_eq!(entries(&after), Vec::<String>::new());
    gate.notify_one();
    site.tf.signals().flush().await;
    assert_eq!(entries(&log), ["started", "finished"]);
    assert_eq!(count(&site, &after, "user_verified:generator").await, 1);
}

#[actix_rt::test]
async fn a_slow_receiver_does_not_slow_the_login_down() {
    let site = Site::new().await;
    site.tf.signals().connect(|signal: Signal| async move {
        if matches!(signal, Signal::UserVerified { .. }) {
            actix_web::rt::time::sleep(Duration::from_secs(2)).await;
        }
        Ok(())
    });
    let log = record(&site);
    let (_, device) = site.create_user_with_device("ida").await;
    let c = site.client();
    c.login_password("ida", PASSWORD, None).await;
    let start = std::time::Instant::now();
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    let took = start.elapsed();
    // The receiver sleeps 2 s; the login takes milliseconds (1 s leaves a loaded machine
    // a wide margin).
    assert!(took < Duration::from_secs(1), "the login took {took:?}");
    assert_eq!(count(&site, &log, "user_verified:generator").await, 1);
}

#[actix_rt::test]
async fn inline_dispatch_makes_the_response_wait_for_the_receivers() {
    let site = Site::with(SiteOptions {
        configure: Some(|b| b.signal_dispatch(SignalDispatch::Inline)),
        ..Default::default()
    })
    .await;
    assert_eq!(site.tf.signals().dispatch(), SignalDispatch::Inline);
    let (started, gate) = (Arc::new(Notify::new()), Arc::new(Notify::new()));
    let log = blocking_receiver(&site, Arc::clone(&started), Arc::clone(&gate));
    let (_, device) = site.create_user_with_device("jay").await;
    let c = site.client();
    c.login_password("jay", PASSWORD, None).await;
    let token = site.current_token(&device);
    let login = std::pin::pin!(c.login_token(&token));
    let started = std::pin::pin!(started.notified());
    match futures_util::future::select(login, started).await {
        Either::Left(_) => panic!("the login answered before its receiver ran"),
        Either::Right(((), login)) => {
            // The receiver is blocked and the response is not in yet.
            assert_eq!(entries(&log), ["started"]);
            gate.notify_one();
            login.await.assert_redirect("/account/two_factor/");
            // Nothing left to wait for: the receiver finished before the response.
            assert_eq!(entries(&log), ["started", "finished"]);
        }
    }
    assert!(c.is_verified().await);
}

#[actix_rt::test]
async fn failures_panics_and_timeouts_are_logged_and_user_verified_fires_once() {
    let logs = Logs::default();
    let _guard = logs.capture();
    let site = Site::with(SiteOptions {
        configure: Some(|b| b.signal_timeout(Duration::from_millis(100))),
        ..Default::default()
    })
    .await;
    site.tf.signals().connect(|signal: Signal| async move {
        match signal {
            Signal::UserVerified { .. } => Err("receiver exploded".into()),
            _ => Ok(()),
        }
    });
    site.tf.signals().connect(|signal: Signal| async move {
        if matches!(signal, Signal::UserVerified { .. }) {
            panic!("receiver panicked");
        }
        Ok(())
    });
    site.tf.signals().connect(|signal: Signal| async move {
        if matches!(signal, Signal::UserVerified { .. }) {
            std::future::pending::<()>().await;
        }
        Ok(())
    });
    let log = record(&site);
    let (_, device) = site.create_user_with_device("kim").await;
    let c = site.client();
    c.login_password("kim", PASSWORD, None).await;
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    assert!(c.is_verified().await);
    assert_eq!(count(&site, &log, "user_verified:generator").await, 1);
    let text = String::from_utf8_lossy(&logs.0.lock().expect("logs")).into_owned();
    for (what, lines) in [
        ("signal receiver failed", 1),
        ("signal receiver panicked", 1),
        ("signal receiver timed out", 1),
    ] {
        let found = text
            .lines()
            .filter(|l| l.contains("ERROR") && l.contains(what) && l.contains("user_verified"))
            .count();
        assert_eq!(found, lines, "{what}:\n{text}");
    }
}

#[test]
fn outside_an_actix_runtime_send_runs_the_receivers_inline() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let signals = two_factor::signals::Signals::default();
        let log: Log = Arc::default();
        let sink = Arc::clone(&log);
        signals.connect(move |signal: Signal| {
            let sink = Arc::clone(&sink);
            async move {
                sink.lock().expect("log").push(signal.name().to_owned());
                Ok(())
            }
        });
        let user = user("lee");
        // No actix system here (a script, a plain tokio main): nothing to spawn on, so
        // `send` awaits the receivers rather than panicking or dropping the signal.
        signals.send(Signal::TwoFactorDisabled { user }).await;
        assert_eq!(entries(&log), ["two_factor_disabled"]);
    });
}

#[test]
fn on_an_actix_thread_outside_its_task_set_send_runs_the_receivers_inline() {
    // An actix system is current on this thread, but the future below runs on another
    // runtime, outside actix's local task set: spawning there panics inside tokio; `send`
    // catches that and awaits the receivers instead.
    let _system = actix_web::rt::System::new();
    assert!(actix_web::rt::System::try_current().is_some());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let signals = two_factor::signals::Signals::default();
        let log: Log = Arc::default();
        let sink = Arc::clone(&log);
        signals.connect(move |signal: Signal| {
            let sink = Arc::clone(&sink);
            async move {
                sink.lock().expect("log").push(signal.name().to_owned());
                Ok(())
            }
        });
        signals
            .send(Signal::TwoFactorDisabled { user: user("max") })
            .await;
        assert_eq!(entries(&log), ["two_factor_disabled"]);
        signals.flush().await;
    });
}

/// A user that exists only in memory.
fn user(username: &str) -> two_factor::users::User {
    two_factor::users::User::new("1", username)
}

#[test]
fn a_zero_signal_timeout_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = dir.path().join("db.sqlite3").display().to_string();
    let builder = || two_factor::TwoFactor::builder().database_url(url.clone());
    match builder().signal_timeout(Duration::ZERO).build() {
        Err(e @ two_factor::BuildError::Invalid { .. }) => {
            let message = e.to_string();
            assert!(
                message.starts_with("invalid setting signal_timeout: "),
                "{message}"
            );
        }
        Err(e) => panic!("expected BuildError::Invalid, got {e}"),
        Ok(_) => panic!("build() accepted a zero signal timeout"),
    }
    // Any positive bound is fine, also one that never ends.
    for timeout in [Duration::from_millis(1), Duration::MAX] {
        let tf = builder()
            .run_migrations(true)
            .signal_timeout(timeout)
            .build()
            .expect("build");
        assert_eq!(tf.signals().dispatch(), SignalDispatch::Background);
    }
}
