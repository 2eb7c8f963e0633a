//! Several instances behind a load balancer behave as one site, and an instance whose
//! PostgreSQL or Redis goes away fails closed.
//!
//! Two demo processes (A and B) share one PostgreSQL schema, one Redis key prefix and one
//! `SECRET_KEY`; the test talks HTTP/1.1 to them like a browser (cookies, CSRF tokens) and
//! checks that a login begun on A continues on B, that a TOTP token and a backup token
//! sent twenty times at once across both verify exactly once, that throttling counts
//! across both, that a device removed on A stops verifying on B within 2 s and that a
//! session signed out from the sessions page on A is refused on B within 2 s. A third
//! instance (C) reaches PostgreSQL and Redis through TCP proxies run by the test; stopping
//! a proxy must make every login step answer 503 with the clear page, change nothing, and
//! restarting it must make the site work again.
//!
//! Runs when both `TEST_POSTGRES_URL` and `TEST_REDIS_URL` are set (`.ci/run` sets them);
//! otherwise it says loudly on stderr that it was skipped.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

#[path = "common/demo_binary.rs"]
mod demo_binary;
#[path = "common/proxy.rs"]
mod proxy;

use demo_binary::demo_binary;
use proxy::{Proxy, free_port};
use two_factor::TwoFactor;
use two_factor::devices::{Device, TotpDevice, Verification};
use two_factor::users::{DieselUserStore, NewUser, User};

const PASSWORD: &str = "correct horse battery staple";
const SECRET_KEY: &str = "multi-instance test: one SECRET_KEY shared by every instance";
/// How many copies of one request race each other.
const RACERS: usize = 20;
/// The longest any single HTTP exchange may take (a database outage costs the pool's 5 s
/// connection timeout).
const HTTP_TIMEOUT: Duration = Duration::from_secs(30);
/// The clear page `TwoFactorError`'s 503 shows.
const UNAVAILABLE: &str = "temporarily unavailable";

/// Writes straight to stderr: the test harness's capture does not hide it.
fn loud(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

fn env_url(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|s| !s.is_empty())
}

// ----------------------------------------------------------------------------------------
// URLs, the PostgreSQL schema and the Redis key prefix

/// `scheme://[userinfo@]host[:port][/path][?query]`, split around host and port.
#[derive(Debug, Clone)]
struct ServiceUrl {
    scheme: String,
    userinfo: String,
    host: String,
    port: u16,
    tail: String,
}

impl ServiceUrl {
    fn parse(url: &str, default_port: u16) -> ServiceUrl {
        let (scheme, rest) = url.split_once("://").expect("a URL with a scheme");
        let end = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(end);
        let (userinfo, hostport) = match authority.rfind('@') {
            Some(i) => (&authority[..=i], &authority[i + 1..]),
            None => ("", authority),
        };
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) if p.parse::<u16>().is_ok() => (h, p.parse().unwrap_or(default_port)),
            _ => (hostport, default_port),
        };
        ServiceUrl {
            scheme: scheme.to_owned(),
            userinfo: userinfo.to_owned(),
            host: host.to_owned(),
            port,
            tail: tail.to_owned(),
        }
    }

    fn socket_addr(&self) -> SocketAddr {
        (self.host.as_str(), self.port)
            .to_socket_addrs()
            .expect("resolve the service host")
            .next()
            .expect("an address for the service host")
    }

    /// The same URL, pointing at `127.0.0.1:port` (a proxy).
    fn via(&self, port: u16) -> String {
        format!(
            "{}://{}127.0.0.1:{port}{}",
            self.scheme, self.userinfo, self.tail
        )
    }

    fn with_query(url: &str, param: &str) -> String {
        let sep = if url.contains('?') { '&' } else { '?' };
        format!("{url}{sep}{param}")
    }
}

/// A PostgreSQL schema private to this run, dropped at the end.
struct Schema {
    base: String,
    name: String,
}

impl Schema {
    fn create(base: &str) -> Schema {
        use diesel::{Connection, PgConnection, RunQueryDsl};
        let name = format!("tf_multi_{:016x}", rand::random::<u64>());
        let mut conn = PgConnection::establish(base).expect("connect to TEST_POSTGRES_URL");
        diesel::sql_query(format!("CREATE SCHEMA {name}"))
            .execute(&mut conn)
            .expect("create schema");
        Schema {
            base: base.to_owned(),
            name,
        }
    }

    /// `url` with the schema as its search path.
    fn url(&self, url: &str) -> String {
        ServiceUrl::with_query(url, &format!("options=-csearch_path%3D{}", self.name))
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        use diesel::{Connection, PgConnection, RunQueryDsl};
        if let Ok(mut conn) = PgConnection::establish(&self.base) {
            let _ = diesel::sql_query(format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name))
                .execute(&mut conn);
        }
    }
}

/// The session keys of this run (one prefix per run), deleted at the end; read with the
/// `redis` crate (already in the tree through the demo's Redis sessions).
struct RedisKeys {
    url: String,
    prefix: String,
}

impl RedisKeys {
    fn connection(&self) -> redis::RedisResult<redis::Connection> {
        redis::Client::open(self.url.as_str())?.get_connection_with_timeout(Duration::from_secs(5))
    }

    fn keys(&self) -> Vec<String> {
        let pattern = format!("{}*", self.prefix);
        let keys = self.connection().and_then(|mut c| {
            redis::cmd("KEYS")
                .arg(&pattern)
                .query::<Vec<String>>(&mut c)
        });
        keys.unwrap_or_else(|e| {
            loud(&format!("multi_instance: Redis KEYS failed: {e}"));
            Vec::new()
        })
    }
}

impl RedisKeys {
    /// Seconds `key` has left in Redis (`TTL`: -1 without one, -2 when it is gone).
    fn ttl(&self, key: &str) -> i64 {
        self.connection()
            .and_then(|mut c| redis::cmd("TTL").arg(key).query::<i64>(&mut c))
            .unwrap_or_else(|e| panic!("multi_instance: Redis TTL failed: {e}"))
    }
}

impl Drop for RedisKeys {
    fn drop(&mut self) {
        let keys = self.keys();
        if let Ok(mut c) = self.connection() {
            for chunk in keys.chunks(500) {
                let _ = redis::cmd("DEL").arg(chunk).query::<i64>(&mut c);
            }
        }
    }
}

// ----------------------------------------------------------------------------------------
// A browser on std::net::TcpStream: HTTP/1.1, cookies, the CSRF token of the last form

#[derive(Debug, Clone, Default)]
struct Browser {
    cookies: BTreeMap<String, String>,
    csrf: String,
}

#[derive(Debug)]
struct Response {
    status: u16,
    location: Option<String>,
    content_type: Option<String>,
    body: String,
    elapsed: Duration,
}

impl Response {
    /// The wizard step a login page shows.
    fn step(&self) -> Option<&str> {
        let marker = "-current_step\" value=\"";
        let i = self.body.find(marker)? + marker.len();
        let rest = &self.body[i..];
        Some(&rest[..rest.find('"')?])
    }

    /// The clear 503 page, with no detail of the failure.
    fn assert_unavailable(&self, what: &str) {
        assert_eq!(self.status, 503, "{what}: {}", self.body);
        assert!(self.body.contains(UNAVAILABLE), "{what}: {}", self.body);
        assert!(
            self.content_type
                .as_deref()
                .is_some_and(|t| t.starts_with("text/html")),
            "{what}: {:?}",
            self.content_type
        );
        let lower = self.body.to_lowercase();
        for leak in [
            "redis",
            "postgres",
            "refused",
            "os error",
            "session store",
            "pool",
        ] {
            assert!(
                !lower.contains(leak),
                "{what}: page leaks {leak:?}: {}",
                self.body
            );
        }
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&data[..end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next().unwrap_or("").trim(), 16).ok())
            .unwrap_or(0);
        data = &data[end + 2..];
        if size == 0 || data.len() < size {
            break;
        }
        out.extend_from_slice(&data[..size]);
        data = data.get(size + 2..).unwrap_or(&[]);
    }
    out
}

impl Browser {
    fn request(&self, method: &str, path: &str, form: Option<&[(&str, &str)]>) -> Vec<u8> {
        let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        head.push_str("Connection: close\r\nUser-Agent: multi-instance-test\r\n");
        if !self.cookies.is_empty() {
            let cookies: Vec<String> = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            head.push_str(&format!("Cookie: {}\r\n", cookies.join("; ")));
        }
        let body = form.map(|fields| {
            form_urlencoded::Serializer::new(String::new())
                .extend_pairs(fields)
                .finish()
        });
        if let Some(body) = &body {
            head.push_str("Content-Type: application/x-www-form-urlencoded\r\n");
            head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        if let Some(body) = body {
            bytes.extend_from_slice(body.as_bytes());
        }
        bytes
    }

    fn connect(port: u16) -> TcpStream {
        Browser::try_connect(port).unwrap_or_else(|e| panic!("connect to port {port}: {e}"))
    }

    fn try_connect(port: u16) -> std::io::Result<TcpStream> {
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
        stream.set_read_timeout(Some(HTTP_TIMEOUT))?;
        stream.set_write_timeout(Some(HTTP_TIMEOUT))?;
        Ok(stream)
    }

    /// Sends prepared bytes on a connected stream and reads the whole response.
    fn exchange(&mut self, stream: TcpStream, request: &[u8]) -> Response {
        self.try_exchange(stream, request)
            .unwrap_or_else(|e| panic!("HTTP exchange failed: {e}"))
    }

    fn try_exchange(&mut self, mut stream: TcpStream, request: &[u8]) -> std::io::Result<Response> {
        let invalid = |what: String| std::io::Error::new(std::io::ErrorKind::InvalidData, what);
        let started = Instant::now();
        stream.write_all(request)?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw)?;
        let elapsed = started.elapsed();
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or_else(|| {
                invalid(format!(
                    "no response head: {:?}",
                    String::from_utf8_lossy(&raw)
                ))
            })?;
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut body = raw[split + 4..].to_vec();
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse::<u16>().ok())
            .ok_or_else(|| invalid(format!("bad status line: {head}")))?;
        let mut location = None;
        let mut content_type = None;
        let mut chunked = false;
        for line in lines {
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim();
            match name.trim().to_ascii_lowercase().as_str() {
                "location" => location = Some(value.to_owned()),
                "content-type" => content_type = Some(value.to_owned()),
                "transfer-encoding" => chunked = value.eq_ignore_ascii_case("chunked"),
                "set-cookie" => self.set_cookie(value),
                _ => {}
            }
        }
        if chunked {
            body = dechunk(&body);
        }
        let body = String::from_utf8_lossy(&body).into_owned();
        let marker = "name=\"csrfmiddlewaretoken\" value=\"";
        if let Some(i) = body.find(marker) {
            let rest = &body[i + marker.len()..];
            if let Some(end) = rest.find('"') {
                self.csrf = rest[..end].to_owned();
            }
        }
        Ok(Response {
            status,
            location,
            content_type,
            body,
            elapsed,
        })
    }

    fn set_cookie(&mut self, header: &str) {
        let mut parts = header.split(';');
        let Some((name, value)) = parts.next().and_then(|p| p.split_once('=')) else {
            return;
        };
        let expired = parts.any(|attr| {
            attr.trim()
                .to_ascii_lowercase()
                .strip_prefix("max-age=")
                .is_some_and(|age| age.trim() == "0" || age.trim().starts_with('-'))
        });
        let (name, value) = (name.trim().to_owned(), value.trim().to_owned());
        if expired || value.is_empty() {
            self.cookies.remove(&name);
        } else {
            self.cookies.insert(name, value);
        }
    }

    fn get(&mut self, port: u16, path: &str) -> Response {
        let request = self.request("GET", path, None);
        self.exchange(Browser::connect(port), &request)
    }

    /// The form request with this browser's CSRF token added.
    fn form(&self, path: &str, fields: &[(&str, &str)]) -> Vec<u8> {
        let mut all = vec![("csrfmiddlewaretoken", self.csrf.as_str())];
        all.extend_from_slice(fields);
        self.request("POST", path, Some(&all))
    }

    fn post(&mut self, port: u16, path: &str, fields: &[(&str, &str)]) -> Response {
        let request = self.form(path, fields);
        self.exchange(Browser::connect(port), &request)
    }

    /// The login page, then the password step: the token step when the user has a device.
    fn password_step(&mut self, port: u16, username: &str) -> Response {
        let page = self.get(port, "/account/login/");
        assert_eq!(page.status, 200, "login page: {}", page.body);
        self.post(port, "/account/login/", &auth_fields(username))
    }

    fn token_step(&mut self, port: u16, token: &str) -> Response {
        self.post(port, "/account/login/", &token_fields(token))
    }

    fn secret_status(&mut self, port: u16) -> u16 {
        self.get(port, "/secret/").status
    }
}

fn auth_fields(username: &str) -> Vec<(&str, &str)> {
    vec![
        ("login_view-current_step", "auth"),
        ("auth-username", username),
        ("auth-password", PASSWORD),
    ]
}

fn token_fields(token: &str) -> Vec<(&str, &str)> {
    vec![
        ("login_view-current_step", "token"),
        ("token-otp_token", token),
    ]
}

fn backup_fields(token: &str) -> Vec<(&str, &str)> {
    vec![
        ("login_view-current_step", "backup"),
        ("backup-otp_token", token),
    ]
}

/// Sends `fields` from `RACERS` copies of `browser` at once, alternately to each port.
fn race(browser: &Browser, ports: [u16; 2], fields: &[(&str, &str)]) -> Vec<(Browser, Response)> {
    let request = browser.form("/account/login/", fields);
    let barrier = Arc::new(Barrier::new(RACERS));
    let threads: Vec<_> = (0..RACERS)
        .map(|i| {
            let mut copy = browser.clone();
            let request = request.clone();
            let barrier = barrier.clone();
            let port = ports[i % 2];
            std::thread::spawn(move || {
                // Connected first, released together; the barrier is always reached.
                let stream = Browser::try_connect(port);
                barrier.wait();
                let response = stream.and_then(|s| copy.try_exchange(s, &request));
                (copy, response)
            })
        })
        .collect();
    threads
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let (browser, response) = t.join().expect("racer thread");
            let response = response.unwrap_or_else(|e| panic!("racer {i}: {e}"));
            (browser, response)
        })
        .collect()
}

// ----------------------------------------------------------------------------------------
// The demo processes

struct Instance {
    name: &'static str,
    port: u16,
    child: Child,
    log: PathBuf,
}

impl Instance {
    fn spawn(
        name: &'static str,
        demo: &Path,
        dir: &Path,
        database_url: &str,
        redis_url: &str,
        prefix: &str,
    ) -> Instance {
        let port = free_port();
        let log = dir.join(format!("{name}.log"));
        let file = std::fs::File::create(&log).expect("log file");
        let child = Command::new(demo)
            .args(["runserver", "--bind", &format!("127.0.0.1:{port}")])
            .env("DATABASE_URL", database_url)
            .env("REDIS_URL", redis_url)
            .env("REDIS_KEY_PREFIX", prefix)
            .env("SECRET_KEY", SECRET_KEY)
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .env_remove("SMTP_URL")
            .env_remove("TWO_FACTOR_POLICY")
            .env_remove("TWO_FACTOR_SECRET_KEYS")
            .stdout(Stdio::null())
            .stderr(file)
            .spawn()
            .expect("start the demo");
        Instance {
            name,
            port,
            child,
            log,
        }
    }

    /// Waits (at most 60 s) until the home page answers.
    fn wait_ready(&mut self) {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "instance {} exited ({status}):\n{}",
                    self.name,
                    self.log_text()
                );
            }
            let mut b = Browser::default();
            let request = b.request("GET", "/", None);
            if Browser::try_connect(self.port)
                .and_then(|s| b.try_exchange(s, &request))
                .is_ok_and(|r| r.status == 200)
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("instance {} did not start:\n{}", self.name, self.log_text());
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            let log = self.log_text();
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            loud(&format!(
                "--- instance {} (port {}) log tail ---\n{}",
                self.name,
                self.port,
                tail.join("\n")
            ));
        }
    }
}

// ----------------------------------------------------------------------------------------
// The library, against the same database

struct Library {
    rt: actix_rt::SystemRunner,
    tf: TwoFactor,
}

impl Library {
    fn users(&self) -> DieselUserStore {
        DieselUserStore::new(self.tf.database().clone())
    }

    fn user(&self, username: &str) -> User {
        self.rt
            .block_on(self.users().create_user(NewUser {
                username,
                email: &format!("{username}@example.com"),
                password: PASSWORD,
                is_staff: false,
                is_superuser: false,
            }))
            .expect("create user")
    }

    /// A user with a confirmed TOTP device (confirmed with the current step's token).
    fn user_with_device(&self, username: &str) -> User {
        let user = self.user(username);
        let devices = self.tf.devices();
        let device = self
            .rt
            .block_on(devices.begin_setup(&user.id))
            .expect("begin setup");
        let token = device.token_at_step(device.current_step(now_secs()));
        let outcome = self
            .rt
            .block_on(devices.confirm_setup(&user.id, device.id, Some(token)))
            .expect("confirm setup");
        assert_eq!(outcome, Verification::Verified);
        user
    }

    fn backup_tokens(&self, user: &User) -> Vec<String> {
        self.rt
            .block_on(self.tf.devices().generate_backup_tokens(&user.id))
            .expect("backup tokens")
    }

    fn backup_count(&self, user: &User) -> i64 {
        self.rt
            .block_on(self.tf.devices().backup_token_count(&user.id))
            .expect("backup count")
    }

    fn device(&self, user: &User) -> TotpDevice {
        match self
            .rt
            .block_on(self.tf.devices().default_device(&user.id))
            .expect("load device")
        {
            Some(Device::Totp(d)) => d,
            other => panic!("expected a TOTP device, found {other:?}"),
        }
    }

    /// A token the device accepts now: the current step, or a later one inside the
    /// tolerance when the current step was already used. When none is left it waits, in
    /// real time, for the next 30 s step: the demo processes verify against the system
    /// clock, which a test cannot move.
    fn fresh_token(&self, user: &User) -> String {
        let started = Instant::now();
        loop {
            let d = self.device(user);
            let current = d.current_step(now_secs());
            let step = current.max(d.last_t + 1);
            if step <= current + i64::from(d.tolerance) {
                return d.token_at_step(step);
            }
            assert!(
                started.elapsed() < Duration::from_secs(35),
                "no fresh TOTP step"
            );
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    /// A token no step inside the tolerance window produces.
    fn wrong_token(&self, user: &User) -> String {
        let d = self.device(user);
        let current = d.current_step(now_secs());
        let near: Vec<String> = (current - 2..=current + 2)
            .map(|s| d.token_at_step(s))
            .collect();
        ["000000", "111111", "222222"]
            .into_iter()
            .find(|t| !near.iter().any(|n| n == t))
            .expect("a wrong token")
            .to_owned()
    }
}

/// What verification changes on a device row.
fn device_state(d: &TotpDevice) -> (i64, i32, i32, Option<i64>) {
    (
        d.last_t,
        d.drift,
        d.throttle().failure_count,
        d.last_used_at,
    )
}

/// How long each part took, printed at the end.
#[derive(Default)]
struct Timings(Vec<(String, Duration)>);

impl Timings {
    fn since(&mut self, what: &str, start: Instant) {
        self.0.push((what.to_owned(), start.elapsed()));
    }

    fn took(&mut self, what: String, took: Duration) {
        self.0.push((what, took));
    }
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// How many "backup token used" alerts (the demo's `user_verified` receiver, mailed to
/// the log) the instances sent to `email`.
fn backup_alerts(instances: &[&Instance], email: &str) -> usize {
    instances
        .iter()
        .map(|i| {
            i.log_text()
                .lines()
                .filter(|l| l.contains("Backup token used") && l.contains(email))
                .count()
        })
        .sum()
}

/// [`backup_alerts`] once `expected` of them arrived (at most 5 s), plus a further
/// 200 ms for any extra one to show up.
fn settled_backup_alerts(instances: &[&Instance], email: &str, expected: usize) -> usize {
    let deadline = Instant::now() + Duration::from_secs(5);
    while backup_alerts(instances, email) < expected && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    backup_alerts(instances, email)
}

fn assert_no_panic(instances: &[&Instance]) {
    for i in instances {
        let log = i.log_text();
        assert!(
            !log.contains("panicked"),
            "instance {} panicked:\n{log}",
            i.name
        );
    }
}

// ----------------------------------------------------------------------------------------

/// Everything the scenarios share. Fields drop in this order, also when an assertion
/// fails: the instances are killed first, then the proxies stop, then the Redis keys, the
/// schema and the log directory go.
struct World {
    a: Instance,
    b: Instance,
    c: Instance,
    pg_proxy: Proxy,
    redis_proxy: Proxy,
    lib: Library,
    keys: RedisKeys,
    _schema: Schema,
    timings: Timings,
    _dir: tempfile::TempDir,
}

impl World {
    fn start(pg_url: &str, redis_url: &str, timings: Timings) -> World {
        let mut timings = timings;
        let dir = tempfile::tempdir().expect("tempdir");
        let pg = ServiceUrl::parse(pg_url, 5432);
        let redis = ServiceUrl::parse(redis_url, 6379);
        let schema = Schema::create(pg_url);
        let database_url = schema.url(pg_url);
        let keys = RedisKeys {
            url: redis_url.to_owned(),
            prefix: format!("tf_multi_{:016x}:", rand::random::<u64>()),
        };
        // Migrations run here once, before the instances start (they would race otherwise).
        let lib = Library {
            rt: actix_rt::System::new(),
            tf: TwoFactor::builder()
                .database_url(database_url.clone())
                .run_migrations(true)
                .max_connections(2)
                .build()
                .expect("two-factor settings on the test schema"),
        };
        let t = Instant::now();
        let demo = demo_binary();
        timings.since("demo binary up to date (cargo build)", t);
        let pg_proxy = Proxy::new("PostgreSQL", pg.socket_addr());
        let redis_proxy = Proxy::new("Redis", redis.socket_addr());
        let t = Instant::now();
        let spawn = |name, database_url: &str, redis_url: &str| {
            Instance::spawn(
                name,
                &demo,
                dir.path(),
                database_url,
                redis_url,
                &keys.prefix,
            )
        };
        let mut a = spawn("A", &database_url, redis_url);
        let mut b = spawn("B", &database_url, redis_url);
        let mut c = spawn(
            "C",
            &schema.url(&pg.via(pg_proxy.port)),
            &redis.via(redis_proxy.port),
        );
        for i in [&mut a, &mut b, &mut c] {
            i.wait_ready();
            assert!(
                i.log_text().contains("session store: Redis"),
                "instance {} logs its session store:\n{}",
                i.name,
                i.log_text()
            );
        }
        timings.since("three instances started", t);
        World {
            a,
            b,
            c,
            pg_proxy,
            redis_proxy,
            lib,
            keys,
            _schema: schema,
            timings,
            _dir: dir,
        }
    }

    fn ports(&self) -> (u16, u16, u16) {
        (self.a.port, self.b.port, self.c.port)
    }
}

/// Exactly one of the racers got the 302, none got an error, and exactly one of their
/// sessions is verified (asked on the instance it raced on and on the other one).
fn assert_one_winner(results: Vec<(Browser, Response)>, ports: [u16; 2]) {
    let statuses: Vec<u16> = results.iter().map(|(_, r)| r.status).collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 302).count(),
        1,
        "exactly one success: {statuses:?}"
    );
    // A racer arriving after the winner renewed the session finds it gone: 403 (CSRF).
    assert!(
        statuses.iter().all(|s| matches!(s, 200 | 302 | 403)),
        "no errors: {statuses:?}"
    );
    let mut verified = 0;
    for (i, (mut browser, _)) in results.into_iter().enumerate() {
        let here = browser.secret_status(ports[i % 2]);
        let there = browser.secret_status(ports[(i + 1) % 2]);
        assert_eq!(here, there, "racer {i}: the same answer on both instances");
        verified += usize::from(here == 200);
    }
    assert_eq!(verified, 1, "exactly one verified session");
}

/// Scenario 1: a login begun on A continues on B; the session is verified on both.
fn login_continues_on_another_instance(w: &mut World) {
    let (pa, pb, _) = w.ports();
    let alice = w.lib.user_with_device("alice");
    let mut x = Browser::default();
    let r = x.password_step(pa, "alice");
    assert_eq!(r.step(), Some("token"), "password step on A: {}", r.body);
    let r = x.token_step(pb, &w.lib.fresh_token(&alice));
    assert_eq!(r.status, 302, "token step on B: {}", r.body);
    assert_eq!(r.location.as_deref(), Some("/"));
    assert_eq!(x.secret_status(pa), 200, "verified on A");
    assert_eq!(x.secret_status(pb), 200, "verified on B");
    assert!(
        !w.keys.keys().is_empty(),
        "the sessions live in Redis under {}",
        w.keys.prefix
    );
    assert_eq!(
        Browser::default().secret_status(pb),
        302,
        "strangers stay out"
    );
}

/// Scenario 1b: with Redis the session id really changes at each login step (the old key is
/// deleted from Redis: no fixation), and logout deletes the session on the server.
fn session_ids_renew_and_logout_ends_the_server_session(w: &mut World) {
    use std::collections::BTreeSet;
    let (pa, pb, _) = w.ports();
    let dora = w.lib.user_with_device("dora");
    let keys = |w: &World| -> BTreeSet<String> { w.keys.keys().into_iter().collect() };
    let before = keys(w);
    let mut x = Browser::default();
    assert_eq!(x.get(pa, "/account/login/").status, 200);
    let anonymous: Vec<String> = keys(w).difference(&before).cloned().collect();
    assert_eq!(
        anonymous.len(),
        1,
        "one session for the login page: {anonymous:?}"
    );
    // Every visitor of the login page has a session: Redis keeps it no longer than the
    // idle timeout (30 min) and the minute the activity stamp may lag, not a day.
    let ttl = w.keys.ttl(&anonymous[0]);
    assert!(
        (1..=31 * 60).contains(&ttl),
        "an anonymous session lives {ttl} s in Redis"
    );
    let r = x.post(pa, "/account/login/", &auth_fields("dora"));
    assert_eq!(r.step(), Some("token"), "{}", r.body);
    let after_password = keys(w);
    assert!(
        !after_password.contains(&anonymous[0]),
        "the pre-login session id is gone"
    );
    let pending: Vec<String> = after_password.difference(&before).cloned().collect();
    assert_eq!(
        pending.len(),
        1,
        "one session while the token is pending: {pending:?}"
    );
    let r = x.token_step(pb, &w.lib.fresh_token(&dora));
    assert_eq!(r.status, 302, "{}", r.body);
    let after_token = keys(w);
    assert!(
        !after_token.contains(&pending[0]),
        "the pending session id is gone"
    );
    let verified: Vec<String> = after_token.difference(&before).cloned().collect();
    assert_eq!(verified.len(), 1, "{verified:?}");
    let ttl = w.keys.ttl(&verified[0]);
    assert!(
        (1..=31 * 60).contains(&ttl),
        "a logged-in session lives {ttl} s in Redis past its last write"
    );
    assert_eq!(x.secret_status(pa), 200);
    // Logout (from a form page, for its CSRF token) deletes the session in Redis.
    assert_eq!(x.get(pa, "/account/two_factor/").status, 200);
    let r = x.post(pa, "/account/logout/", &[]);
    assert_eq!(r.status, 302, "{}", r.body);
    assert!(
        !keys(w).contains(&verified[0]),
        "logout ends the session on the server"
    );
}

/// Scenario 2: one TOTP token sent 20 times at once across both instances verifies once.
fn one_totp_token_raced_across_instances_verifies_once(w: &mut World) {
    let (pa, pb, _) = w.ports();
    let bob = w.lib.user_with_device("bob");
    let mut base = Browser::default();
    let r = base.password_step(pa, "bob");
    assert_eq!(r.step(), Some("token"), "{}", r.body);
    let token = w.lib.fresh_token(&bob);
    assert_one_winner(race(&base, [pa, pb], &token_fields(&token)), [pa, pb]);
}

/// Scenario 3: one backup token sent 20 times at once across both instances verifies
/// once, and `user_verified` fires once (the demo's backup-used alert, mailed to the log).
fn one_backup_token_raced_across_instances_verifies_once(w: &mut World) {
    let (pa, pb, _) = w.ports();
    let carol = w.lib.user_with_device("carol");
    let backup = w.lib.backup_tokens(&carol);
    let before = w.lib.backup_count(&carol);
    let mut base = Browser::default();
    let r = base.password_step(pb, "carol");
    assert_eq!(r.step(), Some("token"), "{}", r.body);
    assert_one_winner(race(&base, [pa, pb], &backup_fields(&backup[0])), [pa, pb]);
    assert_eq!(w.lib.backup_count(&carol), before - 1, "one token consumed");
    // The alert is mailed after the response (signals run in the background): wait for
    // it, then make sure no second one follows.
    assert_eq!(
        settled_backup_alerts(&[&w.a, &w.b], "carol@example.com", 1),
        1,
        "user_verified fired once"
    );
}

/// Scenario 4: throttling counts across instances: a wrong token on A, then the right one
/// on B.
fn throttling_counts_across_instances(w: &mut World) {
    let (pa, pb, _) = w.ports();
    // A real-time window, on purpose: A and B are separate processes on the system clock
    // (a test cannot move it), and the 1 s back-off A starts must be what refuses B. On a
    // stalled machine the two attempts may not both land inside it; then that round
    // proves nothing, and a fresh user tries again (3 rounds).
    for round in 0..3 {
        let name = format!("dave{round}");
        let dave = w.lib.user_with_device(&name);
        let mut d = Browser::default();
        let r = d.password_step(pa, &name);
        assert_eq!(r.step(), Some("token"), "{}", r.body);
        let (wrong, right) = (w.lib.wrong_token(&dave), w.lib.fresh_token(&dave));
        let failed_at = Instant::now();
        let r = d.token_step(pa, &wrong);
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.body.contains("Invalid token"), "{}", r.body);
        let r = d.token_step(pb, &right);
        let within = failed_at.elapsed();
        if within >= Duration::from_millis(900) && round < 2 {
            loud(&format!(
                "multi_instance: throttling round {round} too slow ({within:?}); retrying"
            ));
            continue;
        }
        assert!(
            within < Duration::from_secs(1),
            "both attempts inside the 1 s back-off ({within:?})"
        );
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(
            r.body
                .contains("Verification temporarily disabled because of 1 failed attempt"),
            "B refuses while A's failure holds: {}",
            r.body
        );
        let count = w.lib.device(&dave).throttle().failure_count;
        assert_eq!(count, 1, "the refused attempt is not counted");
        // After the back-off the right token works: poll (refused attempts are not
        // counted, so they do not extend it) rather than sleep a fixed time.
        let r = loop {
            let r = d.token_step(pb, &right);
            if r.status != 200 || failed_at.elapsed() > Duration::from_secs(10) {
                break r;
            }
            assert!(
                r.body.contains("Verification temporarily disabled"),
                "only refusals until the back-off ends: {}",
                r.body
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        let after = failed_at.elapsed();
        assert_eq!(r.status, 302, "after the back-off: {}", r.body);
        // A's failure was stamped after `failed_at` on the same machine's clock, so no
        // success can come before its back-off ended.
        assert!(
            after >= Duration::from_secs(1),
            "accepted {after:?} after the failure, inside the 1 s back-off"
        );
        assert_eq!(
            w.lib.device(&dave).throttle().failure_count,
            0,
            "the success resets the count; the refusals were not counted"
        );
        return;
    }
}

/// Scenario 5: devices removed through A (the disable page) stop verifying on B within 2 s.
fn a_device_removed_on_one_instance_stops_verifying_on_the_other(w: &mut World) {
    let (pa, pb, _) = w.ports();
    let erin = w.lib.user_with_device("erin");
    let erin_backup = w.lib.backup_tokens(&erin);
    // Two sessions: s1 on A with the authenticator, s2 on B with a backup token.
    let mut s1 = Browser::default();
    let r = s1.password_step(pa, "erin");
    assert_eq!(r.step(), Some("token"), "{}", r.body);
    let r = s1.token_step(pa, &w.lib.fresh_token(&erin));
    assert_eq!(r.status, 302, "{}", r.body);
    let mut s2 = Browser::default();
    let r = s2.password_step(pb, "erin");
    assert_eq!(r.step(), Some("token"), "{}", r.body);
    let r = s2.post(pb, "/account/login/", &backup_fields(&erin_backup[0]));
    assert_eq!(r.status, 302, "{}", r.body);
    assert_eq!(s2.secret_status(pb), 200, "s2 is verified on B");
    let page = s1.get(pa, "/account/two_factor/disable/");
    assert_eq!(page.status, 200, "{}", page.body);
    let r = s1.post(pa, "/account/two_factor/disable/", &[("understand", "on")]);
    assert_eq!(r.status, 302, "disable on A: {}", r.body);
    let removed = Instant::now();
    let left = w.lib.rt.block_on(w.lib.tf.devices().list(&erin.id));
    assert!(left.expect("db").is_empty(), "the devices are gone");
    let mut noticed = None;
    // Polls in real time, on purpose: B is another process on the system clock, and what
    // is measured is how long B's device cache (1 s re-check interval) trusts the removed
    // devices.
    while removed.elapsed() < Duration::from_secs(5) {
        let r = s2.get(pb, "/secret/");
        if r.status != 200 {
            assert_eq!(r.status, 302, "{}", r.body);
            let to = r.location.as_deref().unwrap_or("");
            assert!(to.starts_with("/account/login/"), "{to}");
            noticed = Some(removed.elapsed());
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let noticed = noticed.expect("B stopped trusting the removed devices");
    assert!(
        noticed < Duration::from_secs(2),
        "B noticed the removal after {noticed:?}"
    );
    w.timings
        .took("5. B noticed the removal on A after".to_owned(), noticed);
}

/// Scenario 5b: a session signed out from another session on A (the sessions page, with
/// Redis sessions) is refused on B at its next request.
fn a_session_signed_out_on_one_instance_is_refused_on_the_other(w: &mut World) {
    let (pa, pb, _) = w.ports();
    let gwen = w.lib.user_with_device("gwen");
    let mut laptop = Browser::default();
    let r = laptop.password_step(pa, "gwen");
    assert_eq!(r.step(), Some("token"), "{}", r.body);
    let r = laptop.token_step(pa, &w.lib.fresh_token(&gwen));
    assert_eq!(r.status, 302, "{}", r.body);
    let mut phone = Browser::default();
    let r = phone.password_step(pb, "gwen");
    assert_eq!(r.step(), Some("token"), "{}", r.body);
    let r = phone.token_step(pb, &w.lib.fresh_token(&gwen));
    assert_eq!(r.status, 302, "{}", r.body);
    assert_eq!(phone.secret_status(pb), 200, "the phone is verified on B");
    let page = laptop.get(pa, "/account/two_factor/sessions/");
    assert_eq!(page.status, 200, "{}", page.body);
    let body = &page.body;
    let ids: Vec<&str> = body
        .split("action=\"/account/two_factor/sessions/revoke/")
        .skip(1)
        .filter_map(|rest| rest.split('/').next())
        .collect();
    assert_eq!(ids.len(), 2, "two sessions listed: {body}");
    // The current session is listed first: the other one is the phone's.
    let path = format!("/account/two_factor/sessions/revoke/{}/", ids[1]);
    let r = laptop.post(pa, &path, &[]);
    assert_eq!(r.status, 302, "signed out on A: {}", r.body);
    let revoked = Instant::now();
    let mut noticed = None;
    // Real time, as in scenario 5: B trusts a record for its 1 s re-check interval.
    while revoked.elapsed() < Duration::from_secs(5) {
        let r = phone.get(pb, "/secret/");
        if r.status != 200 {
            assert_eq!(r.status, 302, "{}", r.body);
            noticed = Some(revoked.elapsed());
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let noticed = noticed.expect("B refused the signed-out session");
    assert!(noticed < Duration::from_secs(2), "after {noticed:?}");
    assert_eq!(laptop.secret_status(pa), 200, "the laptop stays signed in");
    w.timings.took(
        "5b. B refused the session signed out on A after".to_owned(),
        noticed,
    );
}

/// Scenario 6: Redis down (instance C): the login page and every login step answer 503
/// with the clear page; nothing is verified, consumed, counted or signalled; back up, it
/// works.
fn redis_down_fails_closed(w: &mut World) {
    let (pa, _, pc) = w.ports();
    let frank = w.lib.user_with_device("frank");
    let frank_backup = w.lib.backup_tokens(&frank);
    let mut f = Browser::default();
    let r = f.password_step(pc, "frank");
    assert_eq!(r.step(), Some("token"), "{}", r.body);
    let token = w.lib.fresh_token(&frank);
    let device_before = device_state(&w.lib.device(&frank));

    w.redis_proxy.stop();
    let down = Instant::now();
    let responses = [
        ("login page, with a session", f.get(pc, "/account/login/")),
        (
            "login page, new visitor",
            Browser::default().get(pc, "/account/login/"),
        ),
        ("token step", f.token_step(pc, &token)),
        (
            "backup step",
            f.post(pc, "/account/login/", &backup_fields(&frank_backup[0])),
        ),
        (
            "password step",
            f.post(pc, "/account/login/", &auth_fields("frank")),
        ),
    ];
    let mut slowest = Duration::ZERO;
    for (what, r) in &responses {
        r.assert_unavailable(&format!("{what}, Redis down"));
        slowest = slowest.max(r.elapsed);
    }
    let state = device_state(&w.lib.device(&frank));
    assert_eq!(state, device_before, "nothing verified or counted");
    assert_eq!(w.lib.backup_count(&frank), 10, "no backup token consumed");
    assert_eq!(
        settled_backup_alerts(&[&w.c], "frank@example.com", 0),
        0,
        "no user_verified"
    );
    w.timings.took(
        format!(
            "6. slowest of five 503s (Redis down for {:.3} s)",
            down.elapsed().as_secs_f64()
        ),
        slowest,
    );

    w.redis_proxy.start();
    let back = Instant::now();
    let r = f.token_step(pc, &token);
    assert_eq!(
        r.status, 302,
        "Redis back: the same token works: {}",
        r.body
    );
    assert_eq!(f.secret_status(pc), 200);
    assert_eq!(f.secret_status(pa), 200, "and the session is shared");
    w.timings
        .since("6. first login after Redis came back", back);
}

/// Scenario 7: PostgreSQL down (instance C): a verified user gets the 503 page (never the
/// login), at once after the first failure; the password, token and backup steps answer
/// 503 and write nothing; the login form still answers; the log names the cause once. Back
/// up: the verified session still is, and the same token works.
fn database_down_fails_closed(w: &mut World) {
    let (_, _, pc) = w.ports();
    let grace = w.lib.user_with_device("grace");
    let grace_backup = w.lib.backup_tokens(&grace);
    let heidi = w.lib.user_with_device("heidi");
    let mut v = Browser::default();
    assert_eq!(v.password_step(pc, "heidi").step(), Some("token"));
    let heidi_token = w.lib.fresh_token(&heidi);
    assert_eq!(v.token_step(pc, &heidi_token).status, 302);
    assert_eq!(v.secret_status(pc), 200, "verified before the outage");
    let mut h = Browser::default();
    assert_eq!(h.get(pc, "/account/login/").status, 200);
    let mut g = Browser::default();
    let r = g.password_step(pc, "grace");
    assert_eq!(r.step(), Some("token"), "{}", r.body);
    let token = w.lib.fresh_token(&grace);
    let device_before = device_state(&w.lib.device(&grace));
    let outages_before = w.c.log_text().matches("PostgreSQL unreachable").count();

    w.pg_proxy.stop();
    // Past the device re-check interval (1 s): the verification is looked up again.
    std::thread::sleep(Duration::from_millis(1100));
    let first = v.get(pc, "/secret/");
    first.assert_unavailable("a verified user's page, PostgreSQL down");
    let mut slowest = Duration::ZERO;
    for path in ["/secret/", "/account/two_factor/", "/secret/"] {
        let r = v.get(pc, path);
        r.assert_unavailable(&format!("{path}, PostgreSQL down"));
        slowest = slowest.max(r.elapsed);
    }
    let responses = [
        (
            "password step",
            h.post(pc, "/account/login/", &auth_fields("grace")),
        ),
        ("token step", g.token_step(pc, &token)),
        (
            "backup step",
            g.post(pc, "/account/login/", &backup_fields(&grace_backup[0])),
        ),
    ];
    for (what, r) in &responses {
        r.assert_unavailable(&format!("{what}, PostgreSQL down"));
        slowest = slowest.max(r.elapsed);
    }
    assert!(
        slowest < Duration::from_secs(1),
        "after the first failure every answer is at once: slowest {slowest:?}"
    );
    let form = Browser::default().get(pc, "/account/login/");
    assert_eq!(form.status, 200, "the login form needs no database");
    assert!(form.elapsed < Duration::from_secs(1));
    let log = w.c.log_text();
    assert_eq!(
        log.matches("PostgreSQL unreachable").count(),
        outages_before + 1,
        "one error line for the outage:\n{log}"
    );
    assert!(
        log.contains("connection refused") || log.contains("connection was lost"),
        "the cause is named:\n{log}"
    );
    assert!(!log.contains("multiconnection"), "{log}");
    assert_ne!(g.secret_status(pc), 200, "not verified");
    let state = device_state(&w.lib.device(&grace));
    assert_eq!(state, device_before, "nothing written");
    assert_eq!(w.lib.backup_count(&grace), 10, "no backup token consumed");
    assert_eq!(
        settled_backup_alerts(&[&w.c], "grace@example.com", 0),
        0,
        "no user_verified"
    );
    w.timings.took(
        "7. first 503 with PostgreSQL down (a verified page)".to_owned(),
        first.elapsed,
    );
    w.timings.took(
        "7. slowest later 503 with PostgreSQL down".to_owned(),
        slowest,
    );

    w.pg_proxy.start();
    let back = Instant::now();
    let mut recovered = false;
    while back.elapsed() < Duration::from_secs(20) {
        let r = h.post(pc, "/account/login/", &auth_fields("grace"));
        if r.step() == Some("token") {
            recovered = true;
            break;
        }
        assert_eq!(r.status, 503, "only 503 until it recovers: {}", r.body);
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(recovered, "the password step works again");
    assert_eq!(v.secret_status(pc), 200, "still verified after the outage");
    let r = g.token_step(pc, &token);
    assert_eq!(
        r.status, 302,
        "PostgreSQL back: the same token works: {}",
        r.body
    );
    assert_eq!(g.secret_status(pc), 200);
    assert!(w.c.log_text().contains("PostgreSQL reachable again"));
    w.timings
        .since("7. login working again after PostgreSQL came back", back);
}

/// A scenario's name for the timings, and the scenario.
type Scenario = (&'static str, fn(&mut World));

#[test]
fn several_instances_behave_as_one_site_and_fail_closed() {
    let (Some(pg_url), Some(redis_url)) = (env_url("TEST_POSTGRES_URL"), env_url("TEST_REDIS_URL"))
    else {
        loud(
            "\n*** SKIPPED: multi_instance: set both TEST_POSTGRES_URL and TEST_REDIS_URL \
             (e.g. postgres://postgres@127.0.0.1:5432/test and redis://127.0.0.1:6379) ***\n",
        );
        return;
    };
    let started = Instant::now();
    let mut w = World::start(&pg_url, &redis_url, Timings::default());
    let scenarios: [Scenario; 9] = [
        (
            "1. login begun on A continues on B",
            login_continues_on_another_instance,
        ),
        (
            "1b. session ids renew, logout deletes the session",
            session_ids_renew_and_logout_ends_the_server_session,
        ),
        (
            "2. one TOTP token x20 across A and B",
            one_totp_token_raced_across_instances_verifies_once,
        ),
        (
            "3. one backup token x20 across A and B",
            one_backup_token_raced_across_instances_verifies_once,
        ),
        (
            "4. throttling across A and B",
            throttling_counts_across_instances,
        ),
        (
            "5. device removed on A, B stops verifying",
            a_device_removed_on_one_instance_stops_verifying_on_the_other,
        ),
        (
            "5b. session signed out on A, refused on B",
            a_session_signed_out_on_one_instance_is_refused_on_the_other,
        ),
        ("6. Redis outage on C", redis_down_fails_closed),
        ("7. PostgreSQL outage on C", database_down_fails_closed),
    ];
    for (name, scenario) in scenarios {
        let t = Instant::now();
        scenario(&mut w);
        w.timings.since(name, t);
    }
    assert_no_panic(&[&w.a, &w.b, &w.c]);
    w.timings.since("total", started);
    let report: Vec<String> = w
        .timings
        .0
        .iter()
        .map(|(what, d)| format!("  {what}: {:.3} s", d.as_secs_f64()))
        .collect();
    loud(&format!("multi_instance timings:\n{}", report.join("\n")));
}
