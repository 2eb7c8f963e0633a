//! The server behind `benches/load.sh`: two apps in one process, side by side.
//!
//! - `127.0.0.1:8181` — the full stack: session, identity, `OtpMiddleware`, and
//!   `/secret/` behind `otp_required` (a 2-byte body: the crate's own overhead), and
//!   `/page/` behind it too, rendering the demo's secret page (`demo/secret.html`, which
//!   extends `two_factor/_base.html`) with [`TwoFactor::page_context`], as the demo does.
//! - `127.0.0.1:8182` — a bare actix-web route `/bare/` that reads the same cookie
//!   session (same key and cookie name), nothing else; `/bare-sized/` does the same and
//!   answers a fixed body as large as the rendered page (what the bytes alone cost);
//!   `/plain/` answers a constant without a session (the login page's yardstick).
//!
//! At start it creates user `bench` (password `bench`) with a TOTP device on a fresh
//! SQLite file and prints `SECRET=<base32>` so the script can log in for real.

use actix_identity::IdentityMiddleware;
use actix_session::storage::CookieSessionStore;
use actix_session::{Session, SessionMiddleware};
use actix_web::cookie::Key;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use two_factor::users::{DieselUserStore, NewUser};
use two_factor::{TwoFactor, TwoFactorError};

async fn secret() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}

async fn page(req: HttpRequest, tf: web::Data<TwoFactor>) -> Result<HttpResponse, TwoFactorError> {
    let ctx = tf.page_context(&req)?;
    tf.render("demo/secret.html", &ctx)
}

async fn bare(session: Session) -> HttpResponse {
    match session.get::<String>("actix_identity.user_id") {
        Ok(Some(_)) => HttpResponse::Ok().body("ok"),
        _ => HttpResponse::Forbidden().finish(),
    }
}

/// As `bare`, answering a fixed body of the rendered page's size: what the bytes alone cost.
async fn bare_sized(session: Session) -> HttpResponse {
    static BODY: [u8; 3671] = [b'x'; 3671];
    match session.get::<String>("actix_identity.user_id") {
        Ok(Some(_)) => HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .body(&BODY[..]),
        _ => HttpResponse::Forbidden().finish(),
    }
}

/// A constant answer, no session: the cheapest route actix serves.
async fn plain() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}

fn session_layer(key: &Key) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
        .cookie_secure(false)
        .cookie_name("sessionid".to_owned())
        .build()
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let dir = std::env::temp_dir().join(format!("tf-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let db = dir.join("bench.sqlite3").display().to_string();
    let tf = web::Data::new(
        TwoFactor::builder()
            .database_url(db)
            .run_migrations(true)
            .template_dir(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/examples/demo/templates"
            ))
            .languages(
                two_factor::config::Languages::default().translations_dir(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/examples/demo/locales"
                )),
            )
            .build()
            .map_err(std::io::Error::other)?,
    );
    let user = DieselUserStore::new(tf.database().clone())
        .create_user(NewUser {
            username: "bench",
            email: "",
            password: "bench",
            is_staff: false,
            is_superuser: false,
        })
        .await
        .map_err(std::io::Error::other)?;
    let device = tf
        .devices()
        .begin_setup(&user.id)
        .await
        .map_err(std::io::Error::other)?;
    let token = device.token_at_step(device.current_step(tf.clock().now_secs()) - 1);
    tf.devices()
        .confirm_setup(&user.id, device.id, Some(token))
        .await
        .map_err(std::io::Error::other)?;
    println!("SECRET={}", device.secret_base32());

    let workers: usize = std::env::var("BENCH_WORKERS")
        .ok()
        .and_then(|w| w.parse().ok())
        .unwrap_or(1);
    let key = Key::derive_from(b"benchmark-session-key-benchmark-session-key-0123456789");
    let (k1, k2) = (key.clone(), key);
    let full = HttpServer::new(move || {
        App::new()
            .app_data(tf.clone())
            .configure(two_factor::configure)
            .service(
                web::resource("/secret/")
                    .wrap(two_factor::otp_required())
                    .to(secret),
            )
            .service(
                web::resource("/page/")
                    .wrap(two_factor::otp_required())
                    .to(page),
            )
            .wrap(two_factor::OtpMiddleware)
            .wrap(IdentityMiddleware::default())
            .wrap(session_layer(&k1))
    })
    .workers(workers)
    .bind("127.0.0.1:8181")?
    .run();
    let plain = HttpServer::new(move || {
        App::new()
            .route("/bare/", web::get().to(bare))
            .route("/bare-sized/", web::get().to(bare_sized))
            // No session at all: what the login page is measured against.
            .route("/plain/", web::get().to(plain))
            .wrap(session_layer(&k2))
    })
    .workers(workers)
    .bind("127.0.0.1:8182")?
    .run();
    futures_util::future::try_join(full, plain).await?;
    Ok(())
}
