//! Outgoing mail: the [`Mailer`] trait, an SMTP implementation on [lettre]
//! (`SmtpMailer`, cargo feature `smtp`, on by default) and a development fallback that
//! writes mail to the log ([`LogMailer`]). [`mailer_from_env`] picks one from a setting
//! such as `SMTP_URL`.
//!
//! ```no_run
//! # async fn demo() -> Result<(), two_factor::mail::MailError> {
//! use two_factor::mail::{OutgoingMail, mailer_from_env};
//!
//! // `SMTP_URL=smtps://user:pass@smtp.example.com` sends; unset, mail goes to the log.
//! let mailer = mailer_from_env("SMTP_URL", "My Site <noreply@example.com>")?;
//! mailer
//!     .send(OutgoingMail::new("alice@example.com", "Your code", "Your code is 123456."))
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! [lettre]: https://docs.rs/lettre

use std::any::Any;
use std::env::VarError;
use std::sync::{Arc, Mutex, MutexGuard};

#[cfg(feature = "smtp")]
use lettre::message::header::ContentType;
#[cfg(feature = "smtp")]
use lettre::message::{Mailbox, MultiPart};
#[cfg(feature = "smtp")]
use lettre::{AsyncTransport, Message};

/// The lettre crate this module is built on, so a host app can configure its own transport
/// for [`SmtpMailer::new`] with the same version.
#[cfg(feature = "smtp")]
#[cfg_attr(docsrs, doc(cfg(feature = "smtp")))]
pub use lettre;
/// lettre's async SMTP transport (use it with [`Tokio1Executor`]).
#[cfg(feature = "smtp")]
#[doc(hidden)]
pub use lettre::AsyncSmtpTransport;
/// lettre's executor for tokio 1, the runtime actix-web runs on.
#[cfg(feature = "smtp")]
#[doc(hidden)]
pub use lettre::Tokio1Executor;

/// How many mails a [`LogMailer`] keeps in its outbox (the oldest are dropped first).
#[doc(hidden)]
pub const LOG_OUTBOX_LIMIT: usize = 100;

/// One mail to send: a single recipient, a subject, a plain-text body and optionally HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct OutgoingMail {
    /// The recipient: `alice@example.com` or `Alice <alice@example.com>`.
    pub to: String,
    /// The subject line (encoded as needed; line breaks cannot inject headers).
    pub subject: String,
    /// The plain-text body.
    pub text: String,
    /// An HTML alternative: when set the mail is sent as `multipart/alternative`.
    pub html: Option<String>,
}

impl OutgoingMail {
    /// A plain-text mail.
    pub fn new(
        to: impl Into<String>,
        subject: impl Into<String>,
        text: impl Into<String>,
    ) -> OutgoingMail {
        OutgoingMail {
            to: to.into(),
            subject: subject.into(),
            text: text.into(),
            html: None,
        }
    }

    /// The same mail with an HTML alternative.
    pub fn with_html(mut self, html: impl Into<String>) -> OutgoingMail {
        self.html = Some(html.into());
        self
    }
}

/// Why a mail could not be sent (or a mailer not configured). Never a panic.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MailError {
    /// A sender or recipient is not a valid address (nothing was sent).
    #[error("invalid email address {address:?}: {reason}")]
    InvalidAddress {
        /// The rejected text.
        address: String,
        /// Why it was refused.
        reason: String,
    },
    /// The SMTP URL could not be understood (the message never echoes the URL, which may
    /// hold a password).
    #[error("invalid SMTP URL: {reason}")]
    InvalidUrl {
        /// What is wrong with it.
        reason: String,
    },
    /// The message could not be built (nothing was sent).
    #[cfg(feature = "smtp")]
    #[cfg_attr(docsrs, doc(cfg(feature = "smtp")))]
    #[error("could not build the mail: {0}")]
    Build(#[source] lettre::error::Error),
    /// The SMTP server could not be reached, or it refused the mail.
    #[cfg(feature = "smtp")]
    #[cfg_attr(docsrs, doc(cfg(feature = "smtp")))]
    #[error("mail transport failed: {0}")]
    Transport(#[source] lettre::transport::smtp::Error),
    /// [`SmtpMailer::send`] was polled outside a Tokio runtime (actix-web handlers and
    /// `#[actix_rt::test]` tests run inside one).
    #[error("SMTP mail can only be sent from within a Tokio runtime")]
    NoRuntime,
}

/// Something that delivers [`OutgoingMail`].
///
/// It is `Any`, so an `Arc<dyn Mailer>` can be inspected with [`downcast_ref`](#method.downcast_ref)
/// (for instance to reach a [`LogMailer`]'s outbox in tests).
#[async_trait::async_trait]
pub trait Mailer: Any + Send + Sync {
    /// Sends one mail; `Ok` once the server (or the log) accepted it.
    async fn send(&self, mail: OutgoingMail) -> Result<(), MailError>;
}

impl dyn Mailer {
    /// The concrete mailer behind a `dyn Mailer`, if it is a `T`.
    pub fn downcast_ref<T: Mailer>(&self) -> Option<&T> {
        (self as &dyn Any).downcast_ref::<T>()
    }
}

/// Parses one address (`a@example.com` or `Name <a@example.com>`).
#[cfg(feature = "smtp")]
fn parse_mailbox(address: &str) -> Result<Mailbox, MailError> {
    address
        .trim()
        .parse::<Mailbox>()
        .map_err(|e| MailError::InvalidAddress {
            address: address.to_owned(),
            reason: e.to_string(),
        })
}

/// Checks one address (`a@example.com` or `Name <a@example.com>`): lettre's parser when the
/// `smtp` feature is on, else a plain check (one `@` with text on both sides, no spaces or
/// control characters in the address itself).
fn check_mailbox(address: &str) -> Result<(), MailError> {
    #[cfg(feature = "smtp")]
    {
        parse_mailbox(address).map(|_| ())
    }
    #[cfg(not(feature = "smtp"))]
    {
        let trimmed = address.trim();
        let email = match (trimmed.rfind('<'), trimmed.strip_suffix('>')) {
            (Some(i), Some(inner)) => &inner[i + 1..],
            _ => trimmed,
        };
        let valid = email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        });
        if valid {
            Ok(())
        } else {
            Err(MailError::InvalidAddress {
                address: address.to_owned(),
                reason: "not an e-mail address".to_owned(),
            })
        }
    }
}

/// Sends mail through an SMTP server with lettre's async transport on tokio (cargo feature
/// `smtp`, on by default).
///
/// Each mail opens its own connection (no pool), so one `SmtpMailer` can be shared by every
/// actix-web worker, each of which runs its own current-thread runtime.
#[cfg(feature = "smtp")]
#[cfg_attr(docsrs, doc(cfg(feature = "smtp")))]
#[derive(Debug, Clone)]
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

#[cfg(feature = "smtp")]
impl SmtpMailer {
    /// A mailer for the server at `url`, sending as `from` (`Site <noreply@example.com>`).
    ///
    /// The URL follows lettre's conventions:
    ///
    /// | URL | connection |
    /// |---|---|
    /// | `smtp://host:port` | plain, no TLS (local relays, tests); port 25 by default |
    /// | `smtp://user:pass@host:port` | plain with AUTH: the password travels unencrypted |
    /// | `smtp://user:pass@host?tls=required` | STARTTLS, required; port 587 by default |
    /// | `smtp://user:pass@host?tls=opportunistic` | STARTTLS when offered |
    /// | `smtps://user:pass@host` | implicit TLS; port 465 by default |
    ///
    /// User and password are percent-decoded; server certificates are checked against the
    /// webpki roots with rustls.
    pub fn from_url(url: &str, from: &str) -> Result<SmtpMailer, MailError> {
        let from = parse_mailbox(from)?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.trim())
            .map_err(|e| MailError::InvalidUrl {
                reason: e.to_string(),
            })?
            .build();
        Ok(SmtpMailer { transport, from })
    }

    /// A mailer over a transport the host app configured itself, sending as `from`.
    pub fn new(
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: &str,
    ) -> Result<SmtpMailer, MailError> {
        Ok(SmtpMailer {
            transport,
            from: parse_mailbox(from)?,
        })
    }

    /// The sender, as it appears in the `From` header.
    pub fn from_address(&self) -> String {
        self.from.to_string()
    }

    /// Builds the message: plain text, or `multipart/alternative` when there is HTML.
    fn build_message(&self, mail: &OutgoingMail) -> Result<Message, MailError> {
        let to = parse_mailbox(&mail.to)?;
        let message_id = format!(
            "<{}@{}>",
            hex::encode(rand::random::<[u8; 16]>()),
            self.from.email.domain()
        );
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(message_id));
        match &mail.html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(
                mail.text.clone(),
                html.clone(),
            )),
            None => builder
                .header(ContentType::TEXT_PLAIN)
                .body(mail.text.clone()),
        }
        .map_err(MailError::Build)
    }
}

#[cfg(feature = "smtp")]
#[async_trait::async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, mail: OutgoingMail) -> Result<(), MailError> {
        let message = self.build_message(&mail)?;
        // lettre's tokio executor needs a runtime for its sockets and timeouts; without one
        // it would panic, so refuse instead.
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(MailError::NoRuntime);
        }
        match self.transport.send(message).await {
            Ok(_) => {
                tracing::info!(to = %mail.to, "mail sent");
                Ok(())
            }
            Err(e) => {
                tracing::warn!(to = %mail.to, error = %e, "mail not sent");
                Err(MailError::Transport(e))
            }
        }
    }
}

/// The development fallback when no SMTP server is configured: each mail is written to the
/// log (`tracing`, info level: recipient, subject and text body) instead of being sent, and
/// kept in an in-memory outbox (the last [`LOG_OUTBOX_LIMIT`]).
///
/// **For development and tests only**: mail bodies, which may hold one-time codes or links,
/// end up in the log. Clones share one outbox.
#[derive(Debug, Clone, Default)]
pub struct LogMailer {
    outbox: Arc<Mutex<Vec<OutgoingMail>>>,
}

impl LogMailer {
    /// A mailer with an empty outbox.
    pub fn new() -> LogMailer {
        LogMailer::default()
    }

    /// The mails "sent" so far, oldest first.
    pub fn outbox(&self) -> Vec<OutgoingMail> {
        self.lock().clone()
    }

    /// Empties the outbox.
    pub fn clear(&self) {
        self.lock().clear();
    }

    /// The outbox, even if a thread panicked while holding it (a `Vec` push cannot leave it
    /// half-written).
    fn lock(&self) -> MutexGuard<'_, Vec<OutgoingMail>> {
        self.outbox
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[async_trait::async_trait]
impl Mailer for LogMailer {
    async fn send(&self, mail: OutgoingMail) -> Result<(), MailError> {
        // Same validation as SmtpMailer, so development behaves like production.
        check_mailbox(&mail.to)?;
        tracing::info!(
            to = %mail.to,
            subject = %mail.subject,
            text = %mail.text,
            html = mail.html.is_some(),
            "mail not sent (no SMTP server configured; LogMailer is for development)"
        );
        let mut outbox = self.lock();
        if outbox.len() >= LOG_OUTBOX_LIMIT {
            let excess = outbox.len() + 1 - LOG_OUTBOX_LIMIT;
            outbox.drain(..excess);
        }
        outbox.push(mail);
        Ok(())
    }
}

/// The mailer named by the environment variable `var` (e.g. `SMTP_URL`): an [`SmtpMailer`]
/// for that URL (see [`SmtpMailer::from_url`]) when it is set, a [`LogMailer`] when it is
/// unset or empty. `from` is checked either way.
pub fn mailer_from_env(var: &str, from: &str) -> Result<Arc<dyn Mailer>, MailError> {
    match std::env::var(var) {
        Ok(url) => mailer_from_setting(Some(&url), from),
        Err(VarError::NotPresent) => mailer_from_setting(None, from),
        Err(VarError::NotUnicode(_)) => Err(MailError::InvalidUrl {
            reason: format!("{var} is not valid UTF-8"),
        }),
    }
}

/// Like [`mailer_from_env`], for a setting read elsewhere: `None`, empty or blank gives a
/// [`LogMailer`], a URL an [`SmtpMailer`].
pub fn mailer_from_setting(url: Option<&str>, from: &str) -> Result<Arc<dyn Mailer>, MailError> {
    check_mailbox(from)?;
    match url.map(str::trim).filter(|u| !u.is_empty()) {
        #[cfg(feature = "smtp")]
        Some(url) => Ok(Arc::new(SmtpMailer::from_url(url, from)?)),
        #[cfg(not(feature = "smtp"))]
        Some(_) => Err(MailError::InvalidUrl {
            reason: "SMTP support is not compiled in: enable the `smtp` cargo feature".to_owned(),
        }),
        None => {
            tracing::warn!(
                "no SMTP server configured: mail will be written to the log, not sent \
                 (development only)"
            );
            Ok(Arc::new(LogMailer::new()))
        }
    }
}

#[cfg(test)]
mod tests {
    #[cfg(feature = "smtp")]
    use std::future::Future;
    #[cfg(feature = "smtp")]
    use std::pin::pin;
    #[cfg(feature = "smtp")]
    use std::task::{Context, Poll, Waker};

    use super::*;

    const FROM: &str = "Site <noreply@example.com>";

    #[cfg(feature = "smtp")]
    fn formatted(mailer: &SmtpMailer, mail: &OutgoingMail) -> String {
        let message = mailer.build_message(mail).expect("message builds");
        String::from_utf8_lossy(&message.formatted()).into_owned()
    }

    #[cfg(feature = "smtp")]
    fn smtp() -> SmtpMailer {
        SmtpMailer::from_url("smtp://127.0.0.1:2525", FROM).expect("valid url")
    }

    #[cfg(feature = "smtp")]
    #[test]
    fn addresses_are_validated() {
        for good in [
            "alice@example.com",
            "Alice <alice@example.com>",
            "\"Doe, Jane\" <jane@example.com>",
            " bob@example.org ",
        ] {
            assert!(parse_mailbox(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "alice",
            "alice@",
            "@example.com",
            "alice@@example.com",
            "alice@example.com\r\nBcc: eve@example.com",
            "a b@example.com",
        ] {
            assert!(
                matches!(parse_mailbox(bad), Err(MailError::InvalidAddress { .. })),
                "{bad:?}"
            );
        }
    }

    #[cfg(feature = "smtp")]
    #[test]
    fn bad_sender_or_url_is_refused_at_construction() {
        assert!(matches!(
            SmtpMailer::from_url("smtp://127.0.0.1:2525", "not an address"),
            Err(MailError::InvalidAddress { .. })
        ));
        for url in ["", "localhost:25", "http://example.com", "smtp://"] {
            assert!(
                matches!(
                    SmtpMailer::from_url(url, FROM),
                    Err(MailError::InvalidUrl { .. })
                ),
                "{url:?}"
            );
        }
        let err = SmtpMailer::from_url("smtpx://user:hunter2@host", FROM).expect_err("bad scheme");
        assert!(!err.to_string().contains("hunter2"), "{err}");
        for url in [
            "smtp://user:pass@127.0.0.1:2525",
            "smtp://user:p%40ss@smtp.example.com?tls=required",
            "smtp://smtp.example.com?tls=opportunistic",
            "smtps://user:pass@smtp.example.com",
        ] {
            assert!(SmtpMailer::from_url(url, FROM).is_ok(), "{url}");
        }
    }

    #[cfg(feature = "smtp")]
    #[test]
    fn plain_message() {
        let mailer = smtp();
        assert_eq!(mailer.from_address(), FROM);
        let text = formatted(
            &mailer,
            &OutgoingMail::new("Alice <alice@example.com>", "Your code", "Code: 123456"),
        );
        assert!(
            text.contains("From: Site <noreply@example.com>\r\n"),
            "{text}"
        );
        assert!(text.contains("To: Alice <alice@example.com>\r\n"), "{text}");
        assert!(text.contains("Subject: Your code\r\n"), "{text}");
        assert!(
            text.contains("Content-Type: text/plain; charset=utf-8"),
            "{text}"
        );
        assert!(
            text.contains("@example.com>\r\n"),
            "Message-ID domain: {text}"
        );
        assert!(text.ends_with("Code: 123456"), "{text}");
        assert!(!text.contains("multipart"), "{text}");
    }

    #[cfg(feature = "smtp")]
    #[test]
    fn html_makes_multipart_alternative() {
        let text = formatted(
            &smtp(),
            &OutgoingMail::new("alice@example.com", "Hi", "plain body")
                .with_html("<p>html body</p>"),
        );
        assert!(text.contains("multipart/alternative"), "{text}");
        assert!(text.contains("text/plain"), "{text}");
        assert!(text.contains("text/html"), "{text}");
        assert!(text.contains("plain body"), "{text}");
        assert!(text.contains("<p>html body</p>"), "{text}");
    }

    #[cfg(feature = "smtp")]
    #[test]
    fn subject_line_breaks_cannot_inject_headers() {
        let text = formatted(
            &smtp(),
            &OutgoingMail::new("alice@example.com", "Hi\r\nBcc: eve@example.com", "x"),
        );
        assert!(!text.contains("\r\nBcc:"), "{text}");
    }

    #[cfg(feature = "smtp")]
    #[test]
    fn invalid_recipient_is_an_error() {
        let err = smtp()
            .build_message(&OutgoingMail::new("nobody", "s", "t"))
            .expect_err("invalid recipient");
        assert!(
            matches!(err, MailError::InvalidAddress { ref address, .. } if address == "nobody")
        );
    }

    #[cfg(feature = "smtp")]
    #[test]
    fn smtp_send_outside_a_runtime_is_an_error_not_a_panic() {
        let mailer = smtp();
        let mut fut = pin!(mailer.send(OutgoingMail::new("alice@example.com", "s", "t")));
        let mut cx = Context::from_waker(Waker::noop());
        match fut.as_mut().poll(&mut cx) {
            Poll::Ready(Err(MailError::NoRuntime)) => {}
            other => panic!("expected NoRuntime, got {other:?}"),
        }
    }

    #[cfg(feature = "smtp")]
    #[test]
    fn setting_falls_back_to_the_log_mailer() {
        for setting in [None, Some(""), Some("   ")] {
            let mailer = mailer_from_setting(setting, FROM).expect("log mailer");
            assert!(mailer.downcast_ref::<LogMailer>().is_some(), "{setting:?}");
        }
        let mailer = mailer_from_setting(Some("smtp://127.0.0.1:2525"), FROM).expect("smtp");
        assert!(mailer.downcast_ref::<SmtpMailer>().is_some());
        assert!(mailer.downcast_ref::<LogMailer>().is_none());
        assert!(matches!(
            mailer_from_setting(None, "bad sender"),
            Err(MailError::InvalidAddress { .. })
        ));
        assert!(matches!(
            mailer_from_setting(Some("nonsense"), FROM),
            Err(MailError::InvalidUrl { .. })
        ));
    }

    #[test]
    fn unset_env_var_gives_the_log_mailer() {
        let mailer =
            mailer_from_env("TWO_FACTOR_MAIL_UNIT_TEST_NEVER_SET", FROM).expect("log mailer");
        assert!(mailer.downcast_ref::<LogMailer>().is_some());
    }

    #[actix_rt::test]
    async fn log_mailer_keeps_an_outbox() {
        let mailer = LogMailer::new();
        let shared = mailer.clone();
        mailer
            .send(OutgoingMail::new("alice@example.com", "One", "first"))
            .await
            .expect("logged");
        assert!(matches!(
            mailer
                .send(OutgoingMail::new("alice", "Two", "second"))
                .await,
            Err(MailError::InvalidAddress { .. })
        ));
        let outbox = shared.outbox();
        assert_eq!(outbox.len(), 1);
        assert_eq!(outbox[0].subject, "One");
        for i in 0..LOG_OUTBOX_LIMIT + 5 {
            mailer
                .send(OutgoingMail::new("alice@example.com", format!("n{i}"), "x"))
                .await
                .expect("logged");
        }
        let outbox = shared.outbox();
        assert_eq!(outbox.len(), LOG_OUTBOX_LIMIT);
        assert_eq!(
            outbox[LOG_OUTBOX_LIMIT - 1].subject,
            format!("n{}", LOG_OUTBOX_LIMIT + 4)
        );
        shared.clear();
        assert!(mailer.outbox().is_empty());
    }

    #[test]
    fn poisoned_outbox_still_works() {
        let mailer = LogMailer::new();
        let inner = Arc::clone(&mailer.outbox);
        let _ = std::thread::spawn(move || {
            let _guard = inner.lock();
            panic!("poison the outbox (expected in this test)");
        })
        .join();
        assert!(mailer.outbox.is_poisoned());
        assert!(mailer.outbox().is_empty());
        mailer.clear();
    }
}
