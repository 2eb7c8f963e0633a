//! The demo site: `cargo run --example demo` serves it on 127.0.0.1:8000; browse it at
//! http://localhost:8000 (security keys and passkeys need a domain, not an IP address).
//!
//! Subcommands (Django's management commands):
//!   runserver [--bind HOST:PORT]        (the default)
//!   createsuperuser --username U --password P [--email E]
//!   two_factor_status USER...
//!   two_factor_disable USER...
//!   two_factor_devices USER...
//!   two_factor_reencrypt                (TOTP keys under the current secret key)
//!   two_factor_import_django --from DATABASE_URL [--dry-run] [--skip-invalid]
//!       [--user-table T] [--webauthn-rp-id RP]   (users and devices of a Django site)
//!
//! Environment: DATABASE_URL (default `demo.sqlite3`), SECRET_KEY (session key material,
//! at least 32 bytes; random per start when unset; also encrypts TOTP keys when
//! TWO_FACTOR_SECRET_KEYS is unset), TWO_FACTOR_SECRET_KEYS (`id:base64 32 bytes,…`, first
//! current: the TOTP key encryption keys), TWO_FACTOR_POLICY (optional, required,
//! staff), SMTP_URL (e.g. `smtp://127.0.0.1:2525`;
//! mails are logged when unset), REDIS_URL (e.g. `redis://127.0.0.1:6379`: sessions live in
//! Redis, so several instances sharing it, the database and SECRET_KEY behave as one site;
//! encrypted cookie sessions when unset), REDIS_KEY_PREFIX (prefix of the session keys in Redis,
//! default `demo:session:`), SECURE_COOKIES (`1`, or the `--secure` flag: for a site served
//! over HTTPS — the session and remember cookies get `Secure` and the `__Host-` prefix; leave
//! it off for plain http://localhost), RUST_LOG.

use std::process::ExitCode;

use actix_session::storage::{CookieSessionStore, RedisSessionStore, SessionStore};
use actix_web::cookie::Key;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use std::sync::Arc;

use two_factor::config::{CodeDelivery, Languages, RememberDevice};
use two_factor::gateways::FakeGateway;
use two_factor::policy::TwoFactorPolicy;
use two_factor::secrets::SecretKeyring;
use two_factor::{TwoFactor, TwoFactorError, mail, management, signals};

const USAGE: &str = "usage: demo [runserver [--bind HOST:PORT] [--secure] | createsuperuser --username U --password P [--email E] | two_factor_status USER... | two_factor_disable USER... | two_factor_devices USER... | two_factor_reencrypt | two_factor_import_django --from DATABASE_URL [--dry-run] [--skip-invalid] [--user-table T] [--webauthn-rp-id RP]]";

async fn home(req: HttpRequest, tf: web::Data<TwoFactor>) -> Result<HttpResponse, TwoFactorError> {
    let ctx = tf.page_context(&req)?;
    tf.render("demo/home.html", &ctx)
}

async fn secret(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let ctx = tf.page_context(&req)?;
    tf.render("demo/secret.html", &ctx)
}

/// Whether the site is served over HTTPS (`SECURE_COOKIES=1` or `--secure`): the
/// production setting. Cookies are then `Secure` and `__Host-` prefixed.
/// `/spa/`: the single-page app (examples/demo/spa/), served with a policy that allows
/// only this site's own scripts, styles and images.
async fn spa_page() -> HttpResponse {
    spa_file(include_str!("spa/index.html"), "text/html; charset=utf-8")
}

async fn spa_script() -> HttpResponse {
    spa_file(include_str!("spa/app.js"), "text/javascript; charset=utf-8")
}

async fn spa_style() -> HttpResponse {
    spa_file(include_str!("spa/app.css"), "text/css; charset=utf-8")
}

/// The site's icon (a host's own, as every site has one; the crate's pages link none).
async fn favicon() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("image/svg+xml")
        .insert_header(("Cache-Control", "public, max-age=86400"))
        .body(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\">\
             <rect width=\"16\" height=\"16\" rx=\"3\" fill=\"#2f6fde\"/>\
             <path d=\"M5 7V5a3 3 0 0 1 6 0v2h1v7H4V7zm2 0h2V5a1 1 0 0 0-2 0z\" fill=\"#fff\"/></svg>",
        )
}

fn spa_file(body: &'static str, content_type: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; frame-ancestors 'none'",
        ))
        .insert_header(("Cache-Control", "no-cache"))
        .body(body)
}

fn secure_cookies() -> bool {
    std::env::args().any(|a| a == "--secure")
        || std::env::var("SECURE_COOKIES")
            .is_ok_and(|v| matches!(v.trim(), "1" | "true" | "yes" | "on"))
}

fn session_key() -> Key {
    match std::env::var("SECRET_KEY") {
        Ok(secret) if secret.len() >= 32 => Key::derive_from(secret.as_bytes()),
        Ok(_) => {
            eprintln!("SECRET_KEY must be at least 32 bytes; using a random key");
            Key::generate()
        }
        Err(_) => Key::generate(),
    }
}

/// The id of the TOTP key encryption key derived from `SECRET_KEY`.
const SECRET_KEY_ID: &str = "secret_key";

/// The keyring TOTP keys are encrypted with: `TWO_FACTOR_SECRET_KEYS` when set (plus the
/// key derived from `SECRET_KEY` as an old key, so rows written under it still read and
/// `two_factor_reencrypt` moves them over), else the key derived from `SECRET_KEY`, else
/// none (plain hex, with a warning).
fn secret_keyring() -> Result<Option<SecretKeyring>, String> {
    let derived = match std::env::var("SECRET_KEY") {
        Ok(secret) if secret.len() >= 32 => Some(
            SecretKeyring::derive_key(SECRET_KEY_ID, secret.as_bytes())
                .map_err(|e| format!("SECRET_KEY: {e}"))?,
        ),
        _ => None,
    };
    let explicit = SecretKeyring::from_env("TWO_FACTOR_SECRET_KEYS")
        .map_err(|e| format!("TWO_FACTOR_SECRET_KEYS: {e}"))?;
    let keyring = match (explicit, derived) {
        (Some(keys), Some(key)) if !keys.key_ids().contains(&SECRET_KEY_ID) => Some(
            keys.with_old_key(SECRET_KEY_ID, key)
                .map_err(|e| e.to_string())?,
        ),
        (Some(keys), _) => Some(keys),
        (None, Some(key)) => {
            Some(SecretKeyring::new(SECRET_KEY_ID, key).map_err(|e| e.to_string())?)
        }
        (None, None) => None,
    };
    match &keyring {
        Some(keys) => tracing::info!(
            current = keys.current_key_id(),
            "TOTP keys encrypted at rest"
        ),
        None => tracing::warn!(
            "TOTP keys are stored unencrypted: set TWO_FACTOR_SECRET_KEYS or SECRET_KEY"
        ),
    }
    Ok(keyring)
}

/// The value following `--name` in `args`.
fn option(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// The demo's `Content-Security-Policy`: nothing but the site's own files.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'";

fn settings() -> Result<web::Data<TwoFactor>, String> {
    let url = std::env::var("DATABASE_URL").unwrap_or_else(|_| "demo.sqlite3".to_owned());
    // Every method is on: the fake gateway logs SMS and calls, and mail goes to SMTP_URL
    // (or to the log when it is unset).
    let gateway = Arc::new(FakeGateway::new());
    let mailer = mail::mailer_from_env("SMTP_URL", "actix-two-factor demo <noreply@example.com>")
        .map_err(|e| e.to_string())?;
    let policy_name = std::env::var("TWO_FACTOR_POLICY").unwrap_or_default();
    let policy = TwoFactorPolicy::from_name(&policy_name).ok_or_else(|| {
        format!("TWO_FACTOR_POLICY must be optional, required or staff, not {policy_name:?}")
    })?;
    // "Don't ask again on this device" for 30 days.
    let mut remember = RememberDevice::new(std::time::Duration::from_secs(30 * 86_400));
    let mut languages = Languages::default()
        // The demo's own messages (its home and secret pages) in every language.
        .translations_dir(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/demo/locales"
        ));
    if secure_cookies() {
        remember = remember
            .cookie_secure(true)
            .cookie_prefix("__Host-remember-cookie_");
        languages = languages.cookie_secure(true);
    }
    if let Ok(secret) = std::env::var("SECRET_KEY")
        && secret.len() >= 32
    {
        remember = remember.secret(secret.as_bytes());
    }
    // Behind a reverse proxy (or a load script simulating many clients): the header that
    // names the client address for the login throttles.
    let mut throttling = two_factor::config::LoginThrottling::default();
    if let Ok(header) = std::env::var("CLIENT_IP_HEADER")
        && !header.is_empty()
    {
        throttling = throttling.client_ip_header(header);
    }
    let mut builder = TwoFactor::builder()
        .login_throttling(throttling)
        .remember_device(remember)
        .languages(languages)
        .code_delivery(
            CodeDelivery::default()
                .mailer(mailer.clone())
                .sms_gateway(gateway.clone())
                .call_gateway(gateway),
        );
    if let Some(keyring) = secret_keyring()? {
        builder = builder.secret_keyring(keyring);
    }
    // Security keys and passkeys (the default `webauthn` feature). WebAuthn needs a secure
    // context and a domain: browse the demo at http://localhost:8000, not 127.0.0.1.
    #[cfg(feature = "webauthn")]
    {
        builder = builder.webauthn(two_factor::config::WebAuthn::new("actix-two-factor demo"));
    }
    let tf = builder
        .policy(policy)
        .database_url(url)
        .run_migrations(true)
        .site_name("actix-two-factor demo")
        .login_redirect_url("/")
        .template_dir(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/demo/templates"
        ))
        .build()
        .map_err(|e| e.to_string())?;
    // The seed page's receiver: mail the user when a backup device was used.
    tf.signals()
        .connect(signals::backup_used_alert(mailer, tf.site_name()));
    Ok(web::Data::new(tf))
}

/// The Redis session store for `REDIS_URL`: a connection pool whose checkouts ping the
/// server and give up after 2 s, so a Redis outage fails requests at once (503 through
/// `FailClosed`) and the first request after it comes back works again. Keys are
/// `REDIS_KEY_PREFIX` + the session key.
async fn redis_session_store(url: &str) -> Result<RedisSessionStore, String> {
    use deadpool_redis::{Config, PoolConfig, Runtime, Timeouts};
    let limit = Some(std::time::Duration::from_secs(2));
    let mut config = Config::from_url(url);
    config.pool = Some(PoolConfig {
        timeouts: Timeouts {
            wait: limit,
            create: limit,
            recycle: limit,
        },
        ..PoolConfig::new(16)
    });
    let pool = config
        .create_pool(Some(Runtime::Tokio1))
        .map_err(|e| format!("REDIS_URL: {e}"))?;
    let prefix = std::env::var("REDIS_KEY_PREFIX").unwrap_or_else(|_| "demo:session:".to_owned());
    RedisSessionStore::builder_pooled(pool)
        .cache_keygen(move |key| format!("{prefix}{key}"))
        .build()
        .await
        .map_err(|e| format!("REDIS_URL: {e}"))
}

/// Serves the site with sessions in the store `store` makes (one per worker).
async fn runserver<S, F>(tf: web::Data<TwoFactor>, bind: &str, store: F) -> std::io::Result<()>
where
    S: SessionStore + 'static,
    F: Fn() -> S + Clone + Send + 'static,
{
    let key = session_key();
    let secure = secure_cookies();
    // `__Host-` makes the browser refuse the cookie unless it is Secure, host-only and on
    // path `/`: a sibling subdomain can neither set nor overwrite it.
    let cookie_name = if secure {
        "__Host-sessionid"
    } else {
        "sessionid"
    };
    tracing::info!(
        secure_cookies = secure,
        "serving the demo on http{}://{bind}/",
        if secure { "s" } else { "" }
    );
    HttpServer::new(move || {
        App::new()
            .app_data(tf.clone())
            .configure(two_factor::configure)
            // The two-factor admin: verified staff users only (`createsuperuser` makes one).
            .configure(two_factor::admin::configure_admin("/admin"))
            .route("/", web::get().to(home))
            .route("/favicon.ico", web::get().to(favicon))
            // A single-page app on the JSON API: static files, no inline script.
            .route("/spa/", web::get().to(spa_page))
            .route("/spa/app.js", web::get().to(spa_script))
            .route("/spa/app.css", web::get().to(spa_style))
            .service(
                web::resource("/secret/")
                    .wrap(two_factor::otp_required())
                    .route(web::get().to(secret)),
            )
            // Session, identity and two-factor middleware in the one order that works, and
            // outermost a 503 page when the session store is down: one `.wrap`.
            .wrap(
                two_factor::TwoFactorMiddleware::builder(store(), key.clone())
                    .cookie_secure(secure)
                    .cookie_name(cookie_name)
                    // A server-side store (Redis) keeps each session for its state TTL
                    // after its last write, and every visitor of the login page has one
                    // (its CSRF token): a day by default. Sessions idle for 30 minutes
                    // are over anyway (`SessionLimits::idle_timeout`), and an active one
                    // is written at least once a minute, so 31 minutes loses nothing.
                    .session(|s| {
                        s.cookie_path("/".to_owned()).session_lifecycle(
                            actix_session::config::BrowserSession::default()
                                .state_ttl(actix_web::cookie::time::Duration::minutes(31)),
                        )
                    })
                    .build(),
            )
            // The strictest policy a site can send: every page, the crate's and the
            // demo's, loads its style and script from files of its own (the browser suite
            // fails on any violation the browser reports).
            .wrap(
                actix_web::middleware::DefaultHeaders::new()
                    .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY)),
            )
    })
    .bind(bind)?
    .run()
    .await
}

#[actix_web::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,two_factor=info".into()),
        )
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str).unwrap_or("runserver");
    let rest = args.get(1..).unwrap_or_default();
    let tf = match settings() {
        Ok(tf) => tf,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result: Result<(), String> = match command {
        "runserver" | "--bind" | "--secure" => {
            let bind = option(&args, "--bind").unwrap_or_else(|| "127.0.0.1:8000".to_owned());
            match std::env::var("REDIS_URL").ok().filter(|u| !u.is_empty()) {
                Some(url) => match redis_session_store(&url).await {
                    Ok(store) => {
                        tracing::info!("session store: Redis (REDIS_URL)");
                        runserver(tf, &bind, move || store.clone())
                            .await
                            .map_err(|e| e.to_string())
                    }
                    Err(e) => Err(e),
                },
                None => {
                    tracing::info!("session store: encrypted cookies (set REDIS_URL for Redis)");
                    runserver(tf, &bind, CookieSessionStore::default)
                        .await
                        .map_err(|e| e.to_string())
                }
            }
        }
        "createsuperuser" => match (option(rest, "--username"), option(rest, "--password")) {
            (Some(username), Some(password)) => {
                let email = option(rest, "--email").unwrap_or_default();
                management::createsuperuser(&tf, &username, &email, &password)
                    .await
                    .map(|u| println!("Superuser \"{}\" created.", u.username))
                    .map_err(|e| e.to_string())
            }
            _ => Err("createsuperuser needs --username and --password".to_owned()),
        },
        "two_factor_status" | "two_factor_disable" | "two_factor_devices" if rest.is_empty() => {
            Err(format!("{command} needs at least one username"))
        }
        "two_factor_status" => management::two_factor_status(&tf, rest)
            .await
            .map(|lines| lines.iter().for_each(|l| println!("{l}")))
            .map_err(|e| e.to_string()),
        "two_factor_devices" => management::two_factor_devices(&tf, rest)
            .await
            .map(|lines| lines.iter().for_each(|l| println!("{l}")))
            .map_err(|e| e.to_string()),
        "two_factor_disable" => management::two_factor_disable(&tf, rest)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string()),
        "two_factor_reencrypt" => management::two_factor_reencrypt(&tf)
            .await
            .map(|n| println!("{n} TOTP key(s) re-encrypted."))
            .map_err(|e| e.to_string()),
        "two_factor_import_django" => match option(rest, "--from") {
            Some(from) => {
                let flag = |name: &str| rest.iter().any(|a| a == name);
                let mut options = management::ImportOptions::new(from)
                    .dry_run(flag("--dry-run"))
                    .skip_invalid(flag("--skip-invalid"));
                if let Some(table) = option(rest, "--user-table") {
                    options = options.user_table(table);
                }
                if let Some(rp_id) = option(rest, "--webauthn-rp-id") {
                    options = options.webauthn_rp_id(rp_id);
                }
                management::two_factor_import_django(&tf, &options)
                    .await
                    .map(|report| print!("{report}"))
                    .map_err(|e| e.to_string())
            }
            None => Err("two_factor_import_django needs --from DATABASE_URL".to_owned()),
        },
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
