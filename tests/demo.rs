//! The demo binary: management commands against a fresh SQLite file, and the site served
//! by a real HTTP server.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[path = "common/demo_binary.rs"]
mod demo_binary;

use demo_binary::demo_binary;

fn run(db: &str, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(demo_binary())
        .args(args)
        .env("DATABASE_URL", db)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run demo");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn management_commands_work_on_a_fresh_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.sqlite3").display().to_string();
    check_management_commands(&db);
}

#[cfg(not(feature = "postgres"))]
#[test]
fn management_commands_work_on_postgres() {
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "\n*** SKIPPED: management_commands_work_on_postgres: built without the `postgres` \
         feature (cargo test --features postgres) ***\n"
    );
}

#[cfg(feature = "postgres")]
#[test]
fn management_commands_work_on_postgres() {
    let Some(base) = std::env::var("TEST_POSTGRES_URL")
        .ok()
        .filter(|s| !s.is_empty())
    else {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "\n*** SKIPPED: management_commands_work_on_postgres: TEST_POSTGRES_URL is not set ***\n"
        );
        return;
    };
    use diesel::{Connection, PgConnection, RunQueryDsl};
    let schema = format!("tf_demo_{:016x}", rand::random::<u64>());
    let mut conn = PgConnection::establish(&base).expect("connect");
    diesel::sql_query(format!("CREATE SCHEMA {schema}"))
        .execute(&mut conn)
        .expect("schema");
    let sep = if base.contains('?') { '&' } else { '?' };
    let url = format!("{base}{sep}options=-csearch_path%3D{schema}");
    let result = std::panic::catch_unwind(|| check_management_commands(&url));
    let _ = diesel::sql_query(format!("DROP SCHEMA {schema} CASCADE")).execute(&mut conn);
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}

fn check_management_commands(db: &str) {
    let db = db.to_owned();
    let (ok, out, err) = run(
        &db,
        &[
            "createsuperuser",
            "--username",
            "admin",
            "--password",
            "pw",
            "--email",
            "a@example.com",
        ],
    );
    assert!(ok, "{err}");
    assert!(out.contains("Superuser \"admin\" created."));
    let (ok, _, err) = run(
        &db,
        &["createsuperuser", "--username", "ADMIN", "--password", "pw"],
    );
    assert!(!ok, "duplicate usernames are refused");
    assert!(err.contains("already exists"), "{err}");
    let (ok, out, _) = run(&db, &["two_factor_status", "admin"]);
    assert!(ok);
    assert_eq!(out.trim(), "admin: disabled");
    let (ok, _, err) = run(&db, &["two_factor_status", "admin", "nobody"]);
    assert!(!ok);
    assert!(err.contains("User \"nobody\" does not exist"), "{err}");
    // Give admin a device through the library, on the same database.
    actix_rt::System::new().block_on(async {
        let tf = two_factor::TwoFactor::builder()
            .database_url(db.clone())
            .build()
            .expect("settings");
        let admin = tf
            .users()
            .get_by_username("admin")
            .await
            .expect("db")
            .expect("admin");
        let device = tf.devices().begin_setup(&admin.id).await.expect("setup");
        let now = two_factor::clock::Clock::now_secs(&**tf.clock());
        let token = device.token_at_step(device.current_step(now));
        tf.devices()
            .confirm_setup(&admin.id, device.id, Some(token))
            .await
            .expect("confirm");
    });
    let (ok, out, _) = run(&db, &["two_factor_status", "admin"]);
    assert!(ok);
    assert_eq!(out.trim(), "admin: enabled");
    let (ok, out, _) = run(&db, &["two_factor_devices", "admin"]);
    assert!(ok);
    assert!(out.contains("totp/"), "{out}");
    let (ok, _, _) = run(&db, &["two_factor_disable", "admin"]);
    assert!(ok);
    let (ok, out, _) = run(&db, &["two_factor_status", "admin"]);
    assert!(ok);
    assert_eq!(out.trim(), "admin: disabled");
    let (ok, _, err) = run(&db, &["createsuperuser", "--username", "x"]);
    assert!(!ok);
    assert!(err.contains("--password"), "{err}");
    let (ok, out, err) = run(&db, &["two_factor_devices", "admin"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("admin: 0 device(s), 0 backup token(s)"),
        "{out}"
    );
}

fn http_get(port: u16, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    Some(response)
}

/// A demo server on a free port, killed on drop.
struct Demo {
    port: u16,
    child: std::process::Child,
    /// What the demo logged (stderr).
    log: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the demo with `env` and waits until it answers `/`; returns it and the home page.
fn start_demo(env: &[(&str, &str)]) -> (Demo, Option<String>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("demo.sqlite3").display().to_string();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
        l.local_addr().expect("addr").port()
    };
    let log = dir.path().join("demo.log");
    let child = Command::new(demo_binary())
        .args(["runserver", "--bind", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", &db)
        .env("RUST_LOG", "warn")
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::from(std::fs::File::create(&log).expect("log file")))
        .spawn()
        .expect("start demo");
    let demo = Demo {
        port,
        child,
        log,
        _dir: dir,
    };
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        if let Some(r) = http_get(port, "/") {
            return (demo, Some(r));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    (demo, None)
}

#[test]
fn the_demo_serves_home_login_and_a_protected_page() {
    let (demo, home) = start_demo(&[]);
    let port = demo.port;
    let home = home.expect("the demo answered");
    assert!(home.starts_with("HTTP/1.1 200"), "{home}");
    assert!(home.contains("actix-two-factor demo"));
    let secret = http_get(port, "/secret/").expect("secret");
    assert!(secret.starts_with("HTTP/1.1 302"), "{secret}");
    assert!(
        secret
            .to_lowercase()
            .contains("location: /account/login/?next=%2fsecret%2f"),
        "{secret}"
    );
    let login = http_get(port, "/account/login/").expect("login");
    assert!(login.starts_with("HTTP/1.1 200"));
    assert!(login.contains("auth-username"));
    // Plain HTTP on localhost by default: no Secure flag, or the browser would drop it.
    let cookie = set_cookie_line(&login, "sessionid=").expect("a session cookie");
    assert!(!cookie.to_lowercase().contains("secure"), "{cookie}");
}

/// Issue 20: a start with valid catalogues logs no warning but the two documented
/// development ones (no SMTP server: mail goes to the log; TOTP keys unencrypted), once
/// each — an operator learns to read warnings, not to ignore them.
#[test]
fn the_demo_starts_with_only_the_documented_warnings() {
    let (demo, home) = start_demo(&[]);
    home.expect("the demo answered");
    http_get(demo.port, "/account/login/").expect("login page");
    let log = std::fs::read_to_string(&demo.log).unwrap_or_default();
    let warnings: Vec<&str> = log.lines().filter(|l| l.contains("WARN")).collect();
    let documented = [
        "no SMTP server configured",
        "TOTP keys are stored unencrypted",
    ];
    let others: Vec<&&str> = warnings
        .iter()
        .filter(|l| !documented.iter().any(|d| l.contains(d)))
        .collect();
    assert!(others.is_empty(), "undocumented warnings:\n{log}");
    for expected in documented {
        assert_eq!(
            warnings.iter().filter(|l| l.contains(expected)).count(),
            1,
            "{expected:?} once:\n{log}"
        );
    }
}

/// The `Set-Cookie` header line for the cookie whose name starts with `prefix`.
fn set_cookie_line(response: &str, prefix: &str) -> Option<String> {
    response
        .lines()
        .filter(|l| l.to_lowercase().starts_with("set-cookie:"))
        .map(|l| l["set-cookie:".len()..].trim().to_owned())
        .find(|v| v.starts_with(prefix))
}

/// Finding 8.11: behind HTTPS (`SECURE_COOKIES=1` or `--secure`) the demo's cookies are
/// `Secure` and carry the `__Host-` prefix (host-only, path `/`), so a sibling subdomain
/// cannot plant or read them.
#[test]
fn secure_cookies_switch_sets_secure_and_host_prefix() {
    let (demo, home) = start_demo(&[("SECURE_COOKIES", "1")]);
    assert!(home.is_some(), "the demo answered");
    let login = http_get(demo.port, "/account/login/").expect("login");
    let cookie = set_cookie_line(&login, "__Host-sessionid=").unwrap_or_else(|| panic!("{login}"));
    let lower = cookie.to_lowercase();
    assert!(lower.contains("; secure"), "{cookie}");
    assert!(lower.contains("path=/"), "{cookie}");
    assert!(!lower.contains("domain="), "{cookie}");
    assert!(lower.contains("httponly"), "{cookie}");
}
