//! SMS/voice gateways: the Twilio gateway against a local HTTP server on 127.0.0.1 (never
//! the internet), and the fake gateway's outbox.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use base64::Engine as _;
use two_factor::gateways::{
    FakeGateway, Gateway, GatewayError, SentKind, SentMessage, TwilioGateway,
};
use two_factor::phone::{PhoneNumber, parse_phone_number};

/// One request the local server received.
#[derive(Debug, Clone)]
struct Recorded {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Recorded {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn form(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(self.body.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    fn field(&self, name: &str) -> Option<String> {
        self.form()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

/// A tiny HTTP/1.1 server answering every request with `status` and a JSON body.
struct TestServer {
    base_url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

impl TestServer {
    fn start(status: u16) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local addr");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = requests.clone();
        thread::spawn(move || {
            // The server lives as long as the test process; each connection is one request.
            for stream in listener.incoming().flatten() {
                handle(stream, status, &recorded);
            }
        });
        TestServer {
            base_url: format!("http://{addr}"),
            requests,
        }
    }

    fn requests(&self) -> Vec<Recorded> {
        self.requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn only_request(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(
            requests.len(),
            1,
            "expected exactly one request: {requests:?}"
        );
        requests[0].clone()
    }
}

/// Reads one request, records it, then answers (recording first, so a test that got the
/// answer always finds the request).
fn handle(stream: TcpStream, status: u16, recorded: &Mutex<Vec<Recorded>>) -> Option<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let path = parts.next()?.to_owned();
    let mut headers = Vec::new();
    let mut content_length = 0usize;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        let (name, value) = (name.trim().to_owned(), value.trim().to_owned());
        if name.eq_ignore_ascii_case("content-length") {
            content_length = value.parse().ok()?;
        }
        headers.push((name, value));
    }
    let mut body = vec![0; content_length];
    reader.read_exact(&mut body).ok()?;
    recorded
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(Recorded {
            method,
            path,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        });
    let (reason, json) = match status {
        200..=299 => ("OK", r#"{"sid": "SM123", "status": "queued"}"#),
        400 => (
            "Bad Request",
            r#"{"code": 21211, "message": "The 'To' number is not a valid phone number.", "status": 400}"#,
        ),
        _ => ("Error", r#"{"message": "internal error", "status": 500}"#),
    };
    let response = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    );
    let mut stream = stream;
    stream.write_all(response.as_bytes()).ok()?;
    stream.flush().ok()
}

fn number() -> PhoneNumber {
    parse_phone_number("+31 10 123 4567").expect("valid number")
}

fn gateway(server: &TestServer) -> TwilioGateway {
    TwilioGateway::new("AC0123456789abcdef", "s3cr3t-auth-token")
        .caller_id("+15005550006")
        .base_url(server.base_url.clone())
        .timeout(Duration::from_secs(5))
}

fn expected_basic_auth() -> String {
    let credentials =
        base64::engine::general_purpose::STANDARD.encode("AC0123456789abcdef:s3cr3t-auth-token");
    format!("Basic {credentials}")
}

#[actix_rt::test]
async fn sms_posts_the_message_with_from_and_basic_auth() {
    let server = TestServer::start(201);
    let result = gateway(&server).send_sms(&number(), "123456").await;
    assert!(result.is_ok(), "{result:?}");

    let request = server.only_request();
    assert_eq!(request.method, "POST");
    assert_eq!(
        request.path,
        "/2010-04-01/Accounts/AC0123456789abcdef/Messages.json"
    );
    assert_eq!(
        request.header("authorization"),
        Some(expected_basic_auth().as_str())
    );
    assert!(
        request
            .header("content-type")
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded")),
        "{request:?}"
    );
    assert_eq!(request.field("To").as_deref(), Some("+31101234567"));
    assert_eq!(request.field("From").as_deref(), Some("+15005550006"));
    assert_eq!(request.field("MessagingServiceSid"), None);
    assert_eq!(
        request.field("Body").as_deref(),
        Some("Your OTP token is 123456")
    );
}

#[actix_rt::test]
async fn sms_uses_the_messaging_service_when_set() {
    let server = TestServer::start(200);
    let gateway = gateway(&server).messaging_service_sid("MG0123456789");
    let result = gateway.send_sms(&number(), "654321").await;
    assert!(result.is_ok(), "{result:?}");

    let request = server.only_request();
    assert_eq!(
        request.field("MessagingServiceSid").as_deref(),
        Some("MG0123456789")
    );
    assert_eq!(request.field("From"), None);
    assert_eq!(request.field("To").as_deref(), Some("+31101234567"));
    assert_eq!(
        request.field("Body").as_deref(),
        Some("Your OTP token is 654321")
    );
}

#[actix_rt::test]
async fn call_posts_twiml_reading_the_digits() {
    let server = TestServer::start(201);
    let result = gateway(&server).make_call(&number(), "123456").await;
    assert!(result.is_ok(), "{result:?}");

    let request = server.only_request();
    assert_eq!(request.method, "POST");
    assert_eq!(
        request.path,
        "/2010-04-01/Accounts/AC0123456789abcdef/Calls.json"
    );
    assert_eq!(
        request.header("authorization"),
        Some(expected_basic_auth().as_str())
    );
    assert_eq!(request.field("To").as_deref(), Some("+31101234567"));
    assert_eq!(request.field("From").as_deref(), Some("+15005550006"));
    let twiml = request.field("Twiml").expect("Twiml field");
    assert!(twiml.contains("<Response>"), "{twiml}");
    assert!(twiml.contains("<Say"), "{twiml}");
    assert_eq!(twiml.matches("1, 2, 3, 4, 5, 6").count(), 2, "{twiml}");
}

#[actix_rt::test]
async fn custom_voice_template_is_autoescaped() {
    let server = TestServer::start(201);
    let gateway = gateway(&server)
        .voice_template("<Response><Say>{{ spoken_token }}</Say></Response>".to_owned());
    let result = gateway.make_call(&number(), "1<&").await;
    assert!(result.is_ok(), "{result:?}");
    let twiml = server.only_request().field("Twiml").expect("Twiml field");
    assert_eq!(twiml, "<Response><Say>1, &lt;, &amp;</Say></Response>");
}

#[actix_rt::test]
async fn a_400_answer_is_a_status_error() {
    let server = TestServer::start(400);
    match gateway(&server).send_sms(&number(), "123456").await {
        Err(GatewayError::Status { status, detail }) => {
            assert_eq!(status, 400);
            assert!(detail.contains("21211"), "{detail}");
        }
        other => panic!("expected a status error, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 1);
}

#[actix_rt::test]
async fn a_500_answer_is_a_status_error() {
    let server = TestServer::start(500);
    match gateway(&server).make_call(&number(), "123456").await {
        Err(GatewayError::Status { status, .. }) => assert_eq!(status, 500),
        other => panic!("expected a status error, got {other:?}"),
    }
}

#[actix_rt::test]
async fn an_unreachable_server_is_a_transport_error() {
    // Bind a port, then free it: nothing listens there any more.
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let gateway = TwilioGateway::new("AC1", "token")
        .caller_id("+15005550006")
        .base_url(format!("http://127.0.0.1:{port}"))
        .timeout(Duration::from_secs(5));
    let sms = gateway.send_sms(&number(), "123456").await;
    assert!(matches!(sms, Err(GatewayError::Transport(_))), "{sms:?}");
    let call = gateway.make_call(&number(), "123456").await;
    assert!(matches!(call, Err(GatewayError::Transport(_))), "{call:?}");
}

#[actix_rt::test]
async fn missing_caller_id_is_a_config_error() {
    let server = TestServer::start(201);
    let gateway = TwilioGateway::new("AC1", "token").base_url(server.base_url.clone());
    let sms = gateway.send_sms(&number(), "123456").await;
    assert!(matches!(sms, Err(GatewayError::Config(_))), "{sms:?}");
    let call = gateway
        .clone()
        .messaging_service_sid("MG1")
        .make_call(&number(), "123456")
        .await;
    assert!(matches!(call, Err(GatewayError::Config(_))), "{call:?}");
    assert!(server.requests().is_empty());
}

#[actix_rt::test]
async fn a_broken_voice_template_is_a_config_error() {
    let server = TestServer::start(201);
    let gateway = gateway(&server).voice_template("{% if %}".to_owned());
    let call = gateway.make_call(&number(), "123456").await;
    assert!(matches!(call, Err(GatewayError::Config(_))), "{call:?}");
    assert!(server.requests().is_empty());
}

#[actix_rt::test]
async fn https_is_spoken_and_a_failed_handshake_is_a_transport_error() {
    // A local port that accepts and hangs up at once: the TLS handshake cannot complete.
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().expect("local addr");
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            drop(stream);
        }
    });
    let gateway = TwilioGateway::new("AC1", "token")
        .caller_id("+15005550006")
        .base_url(format!("https://{addr}"))
        .timeout(Duration::from_secs(5));
    let sms = gateway.send_sms(&number(), "123456").await;
    assert!(matches!(sms, Err(GatewayError::Transport(_))), "{sms:?}");
}

#[test]
fn outside_a_runtime_is_an_error_not_a_panic() {
    use futures_util::FutureExt as _;
    let gateway = TwilioGateway::new("AC1", "token").caller_id("+15005550006");
    let sms = gateway.send_sms(&number(), "123456").now_or_never();
    assert!(matches!(sms, Some(Err(GatewayError::Config(_)))), "{sms:?}");
}

#[test]
fn debug_output_hides_the_auth_token() {
    let gateway = TwilioGateway::new("AC1", "s3cr3t-auth-token");
    let debug = format!("{gateway:?}");
    assert!(!debug.contains("s3cr3t"), "{debug}");
    assert!(debug.contains("AC1"), "{debug}");
}

#[test]
fn default_templates_render() {
    let gateway = TwilioGateway::new("AC1", "token");
    assert_eq!(
        gateway.render_sms("123456").ok().as_deref(),
        Some("Your OTP token is 123456")
    );
    let twiml = gateway.render_twiml("987654").expect("twiml");
    assert!(twiml.starts_with("<?xml"), "{twiml}");
    assert_eq!(twiml.matches("9, 8, 7, 6, 5, 4").count(), 2, "{twiml}");
}

#[test]
fn texts_and_calls_speak_the_current_language() {
    let gateway = TwilioGateway::new("AC1", "token");
    let (sms, twiml) = two_factor::i18n::with_language("de", || {
        (gateway.render_sms("123456"), gateway.render_twiml("987654"))
    });
    assert_eq!(sms.ok().as_deref(), Some("Ihr Token lautet 123456"));
    let twiml = twiml.expect("twiml");
    assert!(
        twiml.contains("<Say language=\"de-DE\">Ihr Token lautet 9, 8, 7, 6, 5, 4.</Say>"),
        "{twiml}"
    );
    assert!(twiml.contains("Noch einmal, Ihr Token lautet"), "{twiml}");
    let ar = two_factor::i18n::with_language("ar", || gateway.render_twiml("12"));
    assert!(
        ar.expect("twiml")
            .contains("<Say language=\"arb\">رمزك هو 1, 2.</Say>")
    );
    // Every shipped language Twilio has a voice for gets it; Serbian in Latin script is
    // read from the Cyrillic catalogue by the Serbian voice; a language without a voice
    // (Persian, Hausa, Azerbaijani, Assamese) is spoken in English, not spelled out by a
    // voice of another language.
    for (code, voice) in [
        ("pl", "pl-PL"),
        ("he", "he-IL"),
        ("en-GB", "en-GB"),
        ("it", "it-IT"),
        ("hi", "hi-IN"),
        ("vi", "vi-VN"),
        ("nb", "nb-NO"),
    ] {
        let twiml = two_factor::i18n::with_language(code, || gateway.render_twiml("1"));
        let twiml = twiml.expect("twiml");
        assert!(
            twiml.contains(&format!("<Say language=\"{voice}\">")),
            "{code}: {twiml}"
        );
    }
    let sr = two_factor::i18n::with_language("sr-Latn", || gateway.render_twiml("1"));
    assert!(
        sr.expect("twiml")
            .contains("<Say language=\"sr-RS\">Ваш код је 1.</Say>"),
        "read from the Cyrillic catalogue"
    );
    for code in ["fa", "ha", "az", "as"] {
        let twiml = two_factor::i18n::with_language(code, || gateway.render_twiml("1"));
        assert!(
            twiml
                .expect("twiml")
                .contains("<Say language=\"en\">Your token is 1.</Say>"),
            "{code}"
        );
        let sms = two_factor::i18n::with_language(code, || gateway.render_sms("1"));
        assert!(
            !sms.expect("sms").contains("Your OTP token"),
            "{code}: texts stay translated"
        );
    }
    // A voice language set on the gateway wins; English keeps `en`.
    let fixed = TwilioGateway::new("AC1", "token").voice_language("en-GB");
    let twiml = two_factor::i18n::with_language("fr", || fixed.render_twiml("1")).expect("twiml");
    assert!(
        twiml.contains("<Say language=\"en-GB\">Votre jeton est 1.</Say>"),
        "{twiml}"
    );
    assert!(
        gateway
            .render_twiml("1")
            .expect("twiml")
            .contains("<Say language=\"en\">")
    );
}

/// A log sink for one test.
#[derive(Clone, Default)]
struct LogBuffer(Arc<Mutex<Vec<u8>>>);

impl Write for LogBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn fake_gateway_logs_and_records_messages_in_a_shared_outbox() {
    // The only test in this binary that reaches the fake gateway's info lines: tracing's
    // per-callsite interest cache races when several tests hit one callsite with and
    // without a scoped subscriber.
    use futures_util::FutureExt as _;
    let logs = LogBuffer::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .without_time()
        .with_max_level(tracing::Level::INFO)
        .finish();
    let fake = FakeGateway::default();
    let app_side: Arc<dyn Gateway> = Arc::new(fake.clone());
    let other = PhoneNumber::from_e164_unchecked("+12015550123");
    tracing::subscriber::with_default(subscriber, || {
        let sent = [
            app_side.send_sms(&number(), "111111").now_or_never(),
            app_side.make_call(&number(), "222222").now_or_never(),
            app_side.send_sms(&other, "333333").now_or_never(),
        ];
        for result in sent {
            assert!(matches!(result, Some(Ok(()))), "{result:?}");
        }
    });

    let logs = String::from_utf8_lossy(&logs.0.lock().unwrap_or_else(PoisonError::into_inner))
        .into_owned();
    for line in [
        r#"Fake SMS to +31101234567: "Your token is: 111111""#,
        r#"Fake call to +31101234567: "Your token is: 222222""#,
        r#"Fake SMS to +12015550123: "Your token is: 333333""#,
    ] {
        assert!(
            logs.lines()
                .any(|l| l.contains("INFO") && l.ends_with(line)),
            "{line} not in {logs}"
        );
    }

    let sent: Vec<(SentKind, String, String)> = fake
        .outbox()
        .into_iter()
        .map(|m: SentMessage| (m.kind, m.to, m.token))
        .collect();
    assert_eq!(
        sent,
        vec![
            (
                SentKind::Sms,
                "+31101234567".to_owned(),
                "111111".to_owned()
            ),
            (
                SentKind::Call,
                "+31101234567".to_owned(),
                "222222".to_owned()
            ),
            (
                SentKind::Sms,
                "+12015550123".to_owned(),
                "333333".to_owned()
            ),
        ]
    );
    assert_eq!(
        fake.last_token_to("+31101234567").as_deref(),
        Some("222222")
    );
    assert_eq!(
        fake.last_token_to("+12015550123").as_deref(),
        Some("333333")
    );
    assert_eq!(fake.last_token_to("+442079460958"), None);

    fake.clear();
    assert!(fake.outbox().is_empty());
}

#[actix_rt::test]
async fn failing_fake_gateway_returns_errors() {
    let fake = FakeGateway::failing();
    let sms = fake.send_sms(&number(), "123456").await;
    assert!(matches!(sms, Err(GatewayError::Transport(_))), "{sms:?}");
    let call = fake.make_call(&number(), "123456").await;
    assert!(call.is_err(), "{call:?}");
    assert!(fake.outbox().is_empty());
    assert_eq!(fake.last_token_to("+31101234567"), None);
}
