//! Outgoing mail through a real SMTP conversation with the test server in
//! `common::smtp`, and the log fallback.
use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use actix_web::{App, HttpResponse, web};
use common::smtp::{self, SmtpServer};
use two_factor::mail::{
    LogMailer, MailError, Mailer, OutgoingMail, SmtpMailer, mailer_from_env, mailer_from_setting,
};

const FROM: &str = "Site <noreply@example.com>";
const WAIT: Duration = Duration::from_secs(5);

fn mailer(server: &SmtpServer) -> SmtpMailer {
    SmtpMailer::from_url(&server.url(), FROM).expect("valid SMTP URL")
}

#[actix_rt::test]
async fn plain_mail_arrives_over_smtp() {
    let server = SmtpServer::start();
    mailer(&server)
        .send(OutgoingMail::new(
            "Alice <alice@example.com>",
            "Your sign-in code",
            "Your code is 123456.\nIt expires in a minute.",
        ))
        .await
        .expect("sent");

    let messages = server.wait_for(1, WAIT);
    assert_eq!(messages.len(), 1);
    let mail = &messages[0];
    assert_eq!(mail.from, "noreply@example.com");
    assert_eq!(mail.to, ["alice@example.com"]);
    assert_eq!(
        mail.header("From").as_deref(),
        Some("Site <noreply@example.com>")
    );
    assert_eq!(
        mail.header("To").as_deref(),
        Some("Alice <alice@example.com>")
    );
    assert_eq!(mail.subject(), "Your sign-in code");
    assert!(
        mail.header("Message-ID")
            .is_some_and(|id| id.ends_with("@example.com>")),
        "{}",
        mail.data
    );
    assert!(mail.header("Date").is_some());
    assert_eq!(
        mail.text().trim_end(),
        "Your code is 123456.\nIt expires in a minute."
    );
    assert_eq!(mail.html(), None);
    assert!(
        mail.header("Content-Type")
            .is_some_and(|ct| ct.starts_with("text/plain"))
    );
}

#[actix_rt::test]
async fn html_mail_is_multipart_alternative() {
    let server = SmtpServer::start();
    let text = format!(
        "Código: 654321 — válido.\n{}",
        "a long line that lettre has to wrap when it encodes it ".repeat(4)
    );
    mailer(&server)
        .send(
            OutgoingMail::new("bob@example.org", "Código de acceso ✓", text.clone())
                .with_html("<p>Código <b>654321</b></p>"),
        )
        .await
        .expect("sent");

    let mail = &server.wait_for(1, WAIT)[0];
    // Non-ASCII text: lettre encodes it, so the decoding helpers are exercised.
    assert!(
        mail.data
            .contains("Content-Transfer-Encoding: quoted-printable")
            || mail.data.contains("Content-Transfer-Encoding: base64")
    );
    assert_eq!(mail.to, ["bob@example.org"]);
    assert_eq!(mail.subject(), "Código de acceso ✓");
    assert!(
        mail.header("Content-Type")
            .is_some_and(|ct| ct.starts_with("multipart/alternative")),
        "{}",
        mail.data
    );
    let parts = smtp::parts(&mail.data);
    let types: Vec<&str> = parts.iter().map(|p| p.content_type.as_str()).collect();
    assert_eq!(types, ["text/plain", "text/html"]);
    assert_eq!(mail.text().trim_end(), text.trim_end());
    assert_eq!(
        mail.html().as_deref().map(str::trim_end),
        Some("<p>Código <b>654321</b></p>")
    );
    assert!(smtp::decoded_body(&mail.data).contains("654321 — válido"));
}

#[actix_rt::test]
async fn leading_dots_survive_the_data_phase() {
    let server = SmtpServer::start();
    let text = ".one dot\n..two dots\n.\nend";
    mailer(&server)
        .send(OutgoingMail::new("alice@example.com", "Dots", text))
        .await
        .expect("sent");
    let mail = &server.wait_for(1, WAIT)[0];
    assert_eq!(mail.text().trim_end(), text);
}

#[actix_rt::test]
async fn invalid_recipient_is_an_error_and_nothing_is_sent() {
    let server = SmtpServer::start();
    let mailer = mailer(&server);
    for to in [
        "not-an-address",
        "",
        "alice@example.com\r\nBcc: eve@example.com",
    ] {
        let err = mailer
            .send(OutgoingMail::new(to, "Hi", "body"))
            .await
            .expect_err("invalid recipient");
        assert!(
            matches!(err, MailError::InvalidAddress { .. }),
            "{to:?}: {err}"
        );
    }
    assert_eq!(server.connections(), 0);
    assert!(server.messages().is_empty());
}

#[actix_rt::test]
async fn rejecting_server_is_an_error() {
    let server = SmtpServer::start_rejecting();
    let err = mailer(&server)
        .send(OutgoingMail::new("alice@example.com", "Hi", "body"))
        .await
        .expect_err("rejected");
    assert!(matches!(err, MailError::Transport(_)), "{err}");
    assert!(err.to_string().contains("554"), "{err}");
    assert_eq!(server.connections(), 1);
    assert!(server.messages().is_empty());
}

#[actix_rt::test]
async fn dead_port_is_an_error_not_a_panic() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let mailer = SmtpMailer::from_url(&format!("smtp://127.0.0.1:{port}"), FROM).expect("url");
    let err = mailer
        .send(OutgoingMail::new("alice@example.com", "Hi", "body"))
        .await
        .expect_err("nothing listens there");
    assert!(matches!(err, MailError::Transport(_)), "{err}");
}

#[actix_rt::test]
async fn credentials_from_the_url_are_used() {
    let server = SmtpServer::start_with_auth("mailer", "p@ss w0rd/%");
    let good = SmtpMailer::from_url(&server.url_with_credentials("mailer", "p@ss w0rd/%"), FROM)
        .expect("url");
    good.send(OutgoingMail::new("alice@example.com", "Authed", "body"))
        .await
        .expect("sent with AUTH");
    assert_eq!(server.wait_for(1, WAIT).len(), 1);

    let wrong =
        SmtpMailer::from_url(&server.url_with_credentials("mailer", "nope"), FROM).expect("url");
    let err = wrong
        .send(OutgoingMail::new("alice@example.com", "Wrong", "body"))
        .await
        .expect_err("bad password");
    assert!(matches!(err, MailError::Transport(_)), "{err}");

    let anonymous = mailer(&server);
    let err = anonymous
        .send(OutgoingMail::new("alice@example.com", "Anon", "body"))
        .await
        .expect_err("AUTH required");
    assert!(err.to_string().contains("530"), "{err}");
    assert_eq!(server.messages().len(), 1);
}

#[actix_rt::test]
async fn concurrent_sends_all_arrive() {
    let server = SmtpServer::start();
    let mailer = mailer(&server);
    let sends = (0..5).map(|i| {
        mailer.send(OutgoingMail::new(
            format!("user{i}@example.com"),
            format!("n{i}"),
            "x",
        ))
    });
    for result in futures_util::future::join_all(sends).await {
        result.expect("sent");
    }
    let mut subjects: Vec<String> = server
        .wait_for(5, WAIT)
        .iter()
        .map(|m| m.subject())
        .collect();
    subjects.sort();
    assert_eq!(subjects, ["n0", "n1", "n2", "n3", "n4"]);
}

/// The way an app uses it: an `Arc<dyn Mailer>` as app data, sending from a handler.
#[actix_rt::test]
async fn handler_sends_through_app_data() {
    let server = SmtpServer::start();
    let mailer: Arc<dyn Mailer> = mailer_from_setting(Some(&server.url()), FROM).expect("mailer");
    let app = actix_web::test::init_service(App::new().app_data(web::Data::from(mailer)).route(
        "/send/",
        web::post().to(|mailer: web::Data<dyn Mailer>| async move {
            match mailer
                .send(OutgoingMail::new(
                    "alice@example.com",
                    "From a view",
                    "code 777777",
                ))
                .await
            {
                Ok(()) => HttpResponse::Ok().finish(),
                Err(_) => HttpResponse::ServiceUnavailable().finish(),
            }
        }),
    ))
    .await;
    let resp = actix_web::test::call_service(
        &app,
        actix_web::test::TestRequest::post()
            .uri("/send/")
            .to_request(),
    )
    .await;
    assert!(resp.status().is_success());
    let mail = &server.wait_for(1, WAIT)[0];
    assert_eq!(mail.subject(), "From a view");
    assert!(mail.body().contains("code 777777"));
}

#[test]
fn works_from_a_plain_test_with_its_own_runtime() {
    let server = SmtpServer::start();
    let mailer = mailer(&server);
    actix_rt::System::new()
        .block_on(mailer.send(OutgoingMail::new("alice@example.com", "Sync", "body")))
        .expect("sent");
    assert_eq!(server.wait_for(1, WAIT)[0].subject(), "Sync");
}

#[actix_rt::test]
async fn log_mailer_keeps_an_outbox_instead_of_sending() {
    let log = LogMailer::new();
    let mailer: Arc<dyn Mailer> = Arc::new(log.clone());
    mailer
        .send(OutgoingMail::new("alice@example.com", "Code", "123456").with_html("<b>123456</b>"))
        .await
        .expect("logged");
    assert!(matches!(
        mailer.send(OutgoingMail::new("bogus", "Code", "1")).await,
        Err(MailError::InvalidAddress { .. })
    ));
    let outbox = log.outbox();
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].to, "alice@example.com");
    assert_eq!(outbox[0].text, "123456");
    assert_eq!(outbox[0].html.as_deref(), Some("<b>123456</b>"));
    let via_dyn = mailer.downcast_ref::<LogMailer>().expect("a LogMailer");
    assert_eq!(via_dyn.outbox(), outbox);
}

#[actix_rt::test]
async fn unset_env_var_falls_back_to_the_log_mailer() {
    let mailer =
        mailer_from_env("TWO_FACTOR_MAIL_TEST_SMTP_URL_NEVER_SET", FROM).expect("fallback");
    let log = mailer.downcast_ref::<LogMailer>().expect("a LogMailer");
    mailer
        .send(OutgoingMail::new("alice@example.com", "Dev", "code 424242"))
        .await
        .expect("logged, no server needed");
    assert_eq!(log.outbox()[0].text, "code 424242");
    assert!(matches!(
        mailer_from_env("TWO_FACTOR_MAIL_TEST_SMTP_URL_NEVER_SET", "bad from"),
        Err(MailError::InvalidAddress { .. })
    ));
}

/// The server itself, spoken to by hand: HELO, NOOP, RSET, AUTH LOGIN, dot-stuffing.
#[test]
fn raw_smtp_conversation() {
    let server = SmtpServer::start_with_auth("u", "p");
    let stream = TcpStream::connect(("127.0.0.1", server.port())).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut writer = stream;
    let mut read = || {
        let mut line = String::new();
        reader.read_line(&mut line).expect("reply");
        line.trim_end().to_owned()
    };
    assert!(read().starts_with("220 "));
    let mut say = |line: &str| {
        writer
            .write_all(format!("{line}\r\n").as_bytes())
            .expect("write")
    };
    use base64::Engine;
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);

    say("EHLO client.example");
    let mut ehlo = Vec::new();
    loop {
        let line = read();
        let last = line.as_bytes().get(3) == Some(&b' ');
        ehlo.push(line);
        if last {
            break;
        }
    }
    assert!(ehlo.iter().all(|l| l.starts_with("250")), "{ehlo:?}");
    assert!(ehlo.iter().any(|l| l.contains("AUTH PLAIN LOGIN")));
    assert!(!ehlo.iter().any(|l| l.contains("STARTTLS")));

    say("MAIL FROM:<a@example.com>");
    assert!(read().starts_with("530"));
    say("AUTH LOGIN");
    assert_eq!(read(), format!("334 {}", b64("Username:")));
    say(&b64("u"));
    assert_eq!(read(), format!("334 {}", b64("Password:")));
    say(&b64("p"));
    assert!(read().starts_with("235"));

    say("NOOP");
    assert!(read().starts_with("250"));
    say("RCPT TO:<b@example.com>");
    assert!(read().starts_with("503"));
    say("MAIL FROM:<first@example.com>");
    assert!(read().starts_with("250"));
    say("RSET");
    assert!(read().starts_with("250"));
    say("mail from:<a@example.com> BODY=8BITMIME");
    assert!(read().starts_with("250"));
    say("RCPT TO:<b@example.com>");
    assert!(read().starts_with("250"));
    say("RCPT TO:<c@example.com>");
    assert!(read().starts_with("250"));
    say("DATA");
    assert!(read().starts_with("354"));
    say("Subject: raw\r\n\r\n..leading dot\r\nplain\r\n.");
    assert!(read().starts_with("250"));
    say("QUIT");
    assert!(read().starts_with("221"));

    let mail = &server.wait_for(1, WAIT)[0];
    assert_eq!(mail.from, "a@example.com");
    assert_eq!(mail.to, ["b@example.com", "c@example.com"]);
    assert_eq!(mail.subject(), "raw");
    assert_eq!(mail.text(), ".leading dot\nplain\n");
}

#[test]
fn mime_helpers_decode_what_lettre_may_send() {
    assert_eq!(
        smtp::decode_quoted_printable("caf=C3=A9 =\r\nsoft=3D"),
        "café soft=".as_bytes()
    );
    assert_eq!(
        smtp::decode_encoded_words("=?utf-8?b?Q8OzZGlnbw==?= =?utf-8?q?_de_acceso?= x"),
        "Código de acceso x"
    );
    let data = "Content-Type: text/plain; charset=utf-8\r\n\
                Content-Transfer-Encoding: base64\r\n\r\n\
                Q8OzZGlnbzog\r\nMTIzNDU2\r\n";
    assert_eq!(smtp::decoded_body(data), "Código: 123456");
}
