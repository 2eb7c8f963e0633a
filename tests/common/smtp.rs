//! A small real SMTP server for tests: it listens on 127.0.0.1 (OS-assigned port) in
//! background std threads, speaks enough of RFC 5321 for lettre (greeting, EHLO/HELO,
//! optional AUTH PLAIN/LOGIN, MAIL, RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT) and
//! records every accepted message. It needs no runtime, so it works from `#[test]` and
//! `#[actix_rt::test]` alike.
//!
//! ```ignore
//! let server = common::smtp::SmtpServer::start();
//! let mailer = SmtpMailer::from_url(&server.url(), "Site <noreply@example.com>")?;
//! mailer.send(OutgoingMail::new("alice@example.com", "Hi", "Code: 123456")).await?;
//! let mail = &server.wait_for(1, Duration::from_secs(5))[0];
//! assert_eq!(mail.to, ["alice@example.com"]);
//! assert!(mail.text().contains("123456"));
//! ```

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

/// Longest line accepted (RFC 5321 allows 1000 octets; be generous).
const MAX_LINE: usize = 64 * 1024;
/// Largest message accepted.
const MAX_MESSAGE: usize = 16 * 1024 * 1024;
/// An idle client is dropped after this long.
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// One message the server accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedMail {
    /// The envelope sender (`MAIL FROM`), without angle brackets.
    pub from: String,
    /// The envelope recipients (`RCPT TO`), without angle brackets.
    pub to: Vec<String>,
    /// The message as sent after `DATA` (headers and body, CRLF line ends, dot-stuffing
    /// undone).
    pub data: String,
}

impl ReceivedMail {
    /// A header's value (unfolded, RFC 2047 encoded words decoded), if present.
    pub fn header(&self, name: &str) -> Option<String> {
        header(&self.data, name)
    }

    /// The decoded `Subject` header (empty when missing).
    pub fn subject(&self) -> String {
        self.header("Subject").unwrap_or_default()
    }

    /// Every decoded text part (see [`decoded_body`]).
    pub fn body(&self) -> String {
        decoded_body(&self.data)
    }

    /// The decoded `text/plain` part (the whole body for a plain message; empty if none).
    pub fn text(&self) -> String {
        part_of_type(&self.data, "text/plain").unwrap_or_default()
    }

    /// The decoded `text/html` part, if any.
    pub fn html(&self) -> Option<String> {
        part_of_type(&self.data, "text/html")
    }
}

/// How a server behaves.
#[derive(Debug, Clone, Default)]
struct Config {
    /// Answer `554` to every `MAIL FROM`.
    reject_mail: bool,
    /// Offer `AUTH PLAIN LOGIN` and require these credentials before `MAIL FROM`.
    credentials: Option<(String, String)>,
}

#[derive(Debug, Default)]
struct Shared {
    messages: Mutex<Vec<ReceivedMail>>,
    connections: Mutex<usize>,
    stop: AtomicBool,
}

impl Shared {
    fn messages(&self) -> MutexGuard<'_, Vec<ReceivedMail>> {
        self.messages
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn connections(&self) -> MutexGuard<'_, usize> {
        self.connections
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// A running test SMTP server; it stops accepting connections when dropped.
#[derive(Debug)]
pub struct SmtpServer {
    port: u16,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
}

impl SmtpServer {
    /// A server that accepts every message (no TLS, no AUTH offered).
    pub fn start() -> SmtpServer {
        SmtpServer::start_with(Config::default())
    }

    /// A server that answers `554` to `MAIL FROM`, so every delivery fails.
    pub fn start_rejecting() -> SmtpServer {
        SmtpServer::start_with(Config {
            reject_mail: true,
            ..Config::default()
        })
    }

    /// A server that offers `AUTH PLAIN LOGIN`, accepts only `user`/`password`, and answers
    /// `530` to `MAIL FROM` before a successful AUTH. Use with
    /// `smtp://user:password@127.0.0.1:PORT` ([`SmtpServer::url_with_credentials`]).
    pub fn start_with_auth(user: &str, password: &str) -> SmtpServer {
        SmtpServer::start_with(Config {
            credentials: Some((user.to_owned(), password.to_owned())),
            ..Config::default()
        })
    }

    fn start_with(config: Config) -> SmtpServer {
        let listener = TcpListener::bind(("127.0.0.1", 0)).expect("bind the test SMTP server");
        let port = listener.local_addr().expect("local address").port();
        let shared = Arc::new(Shared::default());
        let acceptor = {
            let shared = Arc::clone(&shared);
            std::thread::Builder::new()
                .name(format!("test-smtp-{port}"))
                .spawn(move || accept_loop(listener, config, shared))
                .expect("spawn the test SMTP server")
        };
        SmtpServer {
            port,
            shared,
            acceptor: Some(acceptor),
        }
    }

    /// The port it listens on (127.0.0.1).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// `smtp://127.0.0.1:PORT`: plain SMTP, for `SmtpMailer::from_url`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// `smtp://USER:PASSWORD@127.0.0.1:PORT` (user and password percent-encoded).
    pub fn url_with_credentials(&self, user: &str, password: &str) -> String {
        let enc = |s: &str| {
            percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
        };
        format!(
            "smtp://{}:{}@127.0.0.1:{}",
            enc(user),
            enc(password),
            self.port
        )
    }

    /// The messages accepted so far, in order.
    pub fn messages(&self) -> Vec<ReceivedMail> {
        self.shared.messages().clone()
    }

    /// How many client connections were accepted so far.
    pub fn connections(&self) -> usize {
        *self.shared.connections()
    }

    /// Polls until at least `n` messages arrived or `timeout` passed; returns what arrived.
    /// It blocks the calling thread: call it after the send has completed.
    pub fn wait_for(&self, n: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let deadline = Instant::now() + timeout;
        loop {
            let messages = self.messages();
            if messages.len() >= n || Instant::now() >= deadline {
                return messages;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept so the thread sees the flag; join only if that worked.
        let woke =
            TcpStream::connect_timeout(&([127, 0, 0, 1], self.port).into(), Duration::from_secs(1))
                .is_ok();
        if let (true, Some(handle)) = (woke, self.acceptor.take()) {
            let _ = handle.join();
        }
    }
}

fn accept_loop(listener: TcpListener, config: Config, shared: Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else { continue };
        *shared.connections() += 1;
        let config = config.clone();
        let shared = Arc::clone(&shared);
        let _ = std::thread::Builder::new()
            .name("test-smtp-conn".into())
            .spawn(move || {
                let _ = Session::new(stream, config, shared).and_then(|mut s| s.run());
            });
    }
}

/// One client connection.
struct Session {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    config: Config,
    shared: Arc<Shared>,
    authenticated: bool,
    from: Option<String>,
    to: Vec<String>,
}

impl Session {
    fn new(stream: TcpStream, config: Config, shared: Arc<Shared>) -> std::io::Result<Session> {
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(IDLE_TIMEOUT))?;
        stream.set_write_timeout(Some(IDLE_TIMEOUT))?;
        let writer = stream.try_clone()?;
        Ok(Session {
            reader: BufReader::new(stream),
            writer,
            config,
            shared,
            authenticated: false,
            from: None,
            to: Vec::new(),
        })
    }

    /// Writes one reply (one or more lines) in a single write: with Nagle's algorithm,
    /// split writes would stall on the client's delayed ACK.
    fn reply(&mut self, reply: &str) -> std::io::Result<()> {
        self.writer.write_all(format!("{reply}\r\n").as_bytes())?;
        self.writer.flush()
    }

    /// One line without its CRLF (or LF); `None` at end of stream.
    fn read_line(&mut self) -> std::io::Result<Option<String>> {
        let mut buf = Vec::new();
        let n = (&mut self.reader)
            .take(MAX_LINE as u64)
            .read_until(b'\n', &mut buf)?;
        if n == 0 {
            return Ok(None);
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
    }

    fn reset(&mut self) {
        self.from = None;
        self.to.clear();
    }

    fn run(&mut self) -> std::io::Result<()> {
        if self.shared.stop.load(Ordering::SeqCst) {
            return Ok(());
        }
        self.reply("220 127.0.0.1 ESMTP test server ready")?;
        while let Some(line) = self.read_line()? {
            let (verb, arg) = match line.split_once(' ') {
                Some((v, a)) => (v.to_ascii_uppercase(), a.trim().to_owned()),
                None => (line.trim().to_ascii_uppercase(), String::new()),
            };
            match verb.as_str() {
                "EHLO" => {
                    self.reset();
                    let mut lines = vec!["127.0.0.1 greets you".to_owned(), "8BITMIME".into()];
                    if self.config.credentials.is_some() {
                        lines.push("AUTH PLAIN LOGIN".into());
                    }
                    let last = lines.len() - 1;
                    let reply: Vec<String> = lines
                        .iter()
                        .enumerate()
                        .map(|(i, l)| format!("250{}{l}", if i == last { ' ' } else { '-' }))
                        .collect();
                    self.reply(&reply.join("\r\n"))?;
                }
                "HELO" => {
                    self.reset();
                    self.reply("250 127.0.0.1")?;
                }
                "AUTH" => self.auth(&arg)?,
                "MAIL" => {
                    if self.config.reject_mail {
                        self.reply("554 5.7.1 Rejected by the test server")?;
                    } else if self.config.credentials.is_some() && !self.authenticated {
                        self.reply("530 5.7.0 Authentication required")?;
                    } else if let Some(addr) = path_arg(&arg, "FROM:") {
                        self.reset();
                        self.from = Some(addr);
                        self.reply("250 2.1.0 OK")?;
                    } else {
                        self.reply("501 5.5.4 Syntax: MAIL FROM:<address>")?;
                    }
                }
                "RCPT" => {
                    if self.from.is_none() {
                        self.reply("503 5.5.1 MAIL first")?;
                    } else if let Some(addr) = path_arg(&arg, "TO:") {
                        self.to.push(addr);
                        self.reply("250 2.1.5 OK")?;
                    } else {
                        self.reply("501 5.5.4 Syntax: RCPT TO:<address>")?;
                    }
                }
                "DATA" => {
                    if self.from.is_none() || self.to.is_empty() {
                        self.reply("503 5.5.1 RCPT first")?;
                        continue;
                    }
                    self.reply("354 End data with <CR><LF>.<CR><LF>")?;
                    let Some(data) = self.read_data()? else {
                        return Ok(());
                    };
                    if data.len() > MAX_MESSAGE {
                        self.reply("552 5.3.4 Message too big")?;
                    } else {
                        let mail = ReceivedMail {
                            from: self.from.take().unwrap_or_default(),
                            to: std::mem::take(&mut self.to),
                            data,
                        };
                        self.shared.messages().push(mail);
                        self.reply("250 2.0.0 OK queued")?;
                    }
                    self.reset();
                }
                "RSET" => {
                    self.reset();
                    self.reply("250 2.0.0 OK")?;
                }
                "NOOP" => self.reply("250 2.0.0 OK")?,
                "VRFY" => self.reply("252 2.1.5 Cannot VRFY user")?,
                "QUIT" => {
                    self.reply("221 2.0.0 Bye")?;
                    let _ = self.writer.shutdown(Shutdown::Both);
                    return Ok(());
                }
                "STARTTLS" => self.reply("502 5.5.1 STARTTLS not offered")?,
                _ => self.reply("500 5.5.2 Command not recognized")?,
            }
        }
        Ok(())
    }

    /// The message after `354`, up to the lone `.`, with dot-stuffing undone. `None` if the
    /// client hung up first.
    fn read_data(&mut self) -> std::io::Result<Option<String>> {
        let mut data = String::new();
        loop {
            let Some(line) = self.read_line()? else {
                return Ok(None);
            };
            if line == "." {
                return Ok(Some(data));
            }
            let line = line.strip_prefix('.').unwrap_or(&line);
            if data.len() <= MAX_MESSAGE {
                data.push_str(line);
                data.push_str("\r\n");
            }
        }
    }

    fn auth(&mut self, arg: &str) -> std::io::Result<()> {
        let Some((user, password)) = self.config.credentials.clone() else {
            return self.reply("502 5.5.1 AUTH not offered");
        };
        if self.authenticated {
            return self.reply("503 5.5.1 Already authenticated");
        }
        let (mechanism, initial) = match arg.split_once(' ') {
            Some((m, i)) => (m.to_ascii_uppercase(), Some(i.trim().to_owned())),
            None => (arg.to_ascii_uppercase(), None),
        };
        let ok = match mechanism.as_str() {
            "PLAIN" => {
                let response = match initial {
                    Some(i) => i,
                    None => {
                        self.reply("334 ")?;
                        self.read_line()?.unwrap_or_default()
                    }
                };
                let decoded = decode_b64(&response);
                let mut fields = decoded.split('\0');
                let _authzid = fields.next();
                fields.next() == Some(user.as_str())
                    && fields.next() == Some(password.as_str())
                    && fields.next().is_none()
            }
            "LOGIN" => {
                let given_user = match initial {
                    Some(i) => decode_b64(&i),
                    None => {
                        self.reply(&format!("334 {}", BASE64.encode("Username:")))?;
                        decode_b64(&self.read_line()?.unwrap_or_default())
                    }
                };
                self.reply(&format!("334 {}", BASE64.encode("Password:")))?;
                let given_password = decode_b64(&self.read_line()?.unwrap_or_default());
                given_user == user && given_password == password
            }
            _ => return self.reply("504 5.5.4 Unrecognized authentication type"),
        };
        if ok {
            self.authenticated = true;
            self.reply("235 2.7.0 Authentication successful")
        } else {
            self.reply("535 5.7.8 Authentication credentials invalid")
        }
    }
}

/// `FROM:<a@b> BODY=8BITMIME` → `a@b` (parameters ignored); `None` on bad syntax.
fn path_arg(arg: &str, keyword: &str) -> Option<String> {
    let head = arg.get(..keyword.len())?;
    if !head.eq_ignore_ascii_case(keyword) {
        return None;
    }
    let rest = arg[keyword.len()..].trim_start();
    let inner = rest.strip_prefix('<')?;
    let end = inner.find('>')?;
    Some(inner[..end].to_owned())
}

fn decode_b64(s: &str) -> String {
    BASE64
        .decode(s.trim())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// Just enough MIME to assert on what lettre sends.

/// One leaf part of a message: its content type (lowercase, without parameters) and its
/// decoded body (line ends normalised to `\n`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MimePart {
    /// E.g. `text/plain`.
    pub content_type: String,
    /// The body after undoing quoted-printable or base64.
    pub body: String,
}

/// Splits a message or part into (unfolded headers, raw body).
fn split_message(data: &str) -> (Vec<(String, String)>, &str) {
    let (head, body) = match data.find("\r\n\r\n") {
        Some(i) => (&data[..i], &data[i + 4..]),
        None => match data.find("\n\n") {
            Some(i) => (&data[..i], &data[i + 2..]),
            None => (data, ""),
        },
    };
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    (headers, body)
}

fn raw_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// A top-level header of `data`: unfolded, with RFC 2047 encoded words decoded.
pub fn header(data: &str, name: &str) -> Option<String> {
    let (headers, _) = split_message(data);
    raw_header(&headers, name).map(decode_encoded_words)
}

/// A parameter of a structured header value (`boundary`, `charset`).
fn header_param(value: &str, param: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(param)
            .then(|| v.trim().trim_matches('"').to_owned())
    })
}

/// The leaf parts of a message, decoded, in order (a non-multipart message is one part).
pub fn parts(data: &str) -> Vec<MimePart> {
    let (headers, body) = split_message(data);
    let content_type = raw_header(&headers, "Content-Type").unwrap_or("text/plain");
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if mime.starts_with("multipart/") {
        let Some(boundary) = header_param(content_type, "boundary") else {
            return Vec::new();
        };
        let delimiter = format!("--{boundary}");
        let mut out = Vec::new();
        let mut current: Option<Vec<&str>> = None;
        for line in body.split("\r\n").flat_map(|l| l.split('\n')) {
            if line.trim_end() == delimiter || line.trim_end() == format!("{delimiter}--") {
                if let Some(lines) = current.take() {
                    out.extend(parts(&lines.join("\r\n")));
                }
                if line.trim_end() != delimiter {
                    break;
                }
                current = Some(Vec::new());
            } else if let Some(lines) = current.as_mut() {
                lines.push(line);
            }
        }
        return out;
    }
    let encoding = raw_header(&headers, "Content-Transfer-Encoding")
        .unwrap_or("7bit")
        .trim()
        .to_ascii_lowercase();
    let bytes = match encoding.as_str() {
        "quoted-printable" => decode_quoted_printable(body),
        "base64" => {
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            BASE64
                .decode(compact)
                .unwrap_or_else(|_| body.as_bytes().to_vec())
        }
        _ => body.as_bytes().to_vec(),
    };
    let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
    vec![MimePart {
        content_type: mime,
        body: text,
    }]
}

/// The decoded bodies of every leaf part, joined by a newline: for assertions such as
/// `decoded_body(&mail.data).contains("123456")`.
pub fn decoded_body(data: &str) -> String {
    parts(data)
        .into_iter()
        .map(|p| p.body)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The decoded body of the first leaf part of type `mime` (e.g. `text/html`).
pub fn part_of_type(data: &str, mime: &str) -> Option<String> {
    parts(data)
        .into_iter()
        .find(|p| p.content_type.eq_ignore_ascii_case(mime))
        .map(|p| p.body)
}

fn hex_val(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Quoted-printable (RFC 2045): `=XX` escapes and `=` soft line breaks.
pub fn decode_quoted_printable(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' {
            if bytes[i + 1..].starts_with(b"\r\n") {
                i += 3;
                continue;
            }
            if bytes[i + 1..].starts_with(b"\n") {
                i += 2;
                continue;
            }
            if let (Some(h), Some(l)) = (
                bytes.get(i + 1).copied().and_then(hex_val),
                bytes.get(i + 2).copied().and_then(hex_val),
            ) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// Decodes RFC 2047 encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`) in a header value;
/// whitespace between two encoded words is dropped.
pub fn decode_encoded_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    let mut last_was_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, after) = rest.split_at(start);
        let decoded = decode_word(after);
        match decoded {
            Some((text, consumed)) => {
                if !(last_was_word && before.trim().is_empty()) {
                    out.push_str(before);
                }
                out.push_str(&text);
                rest = &after[consumed..];
                last_was_word = true;
            }
            None => {
                out.push_str(before);
                out.push_str("=?");
                rest = &after[2..];
                last_was_word = false;
            }
        }
    }
    out.push_str(rest);
    out
}

/// One encoded word at the start of `s` (which begins with `=?`): its text and length.
fn decode_word(s: &str) -> Option<(String, usize)> {
    let inner = s.get(2..)?;
    let (_charset, inner) = inner.split_once('?')?;
    let (encoding, inner) = inner.split_once('?')?;
    let end = inner.find("?=")?;
    let text = &inner[..end];
    let bytes = match encoding.to_ascii_lowercase().as_str() {
        "b" => BASE64.decode(text).ok()?,
        "q" => decode_quoted_printable(&text.replace('_', " ")),
        _ => return None,
    };
    let consumed = s.len() - inner.len() + end + 2;
    Some((String::from_utf8_lossy(&bytes).into_owned(), consumed))
}
