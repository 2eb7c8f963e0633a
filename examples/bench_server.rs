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
use actix_session::Session;
use actix_web::{App, HttpResponse, HttpServer, web};

#[path = "../benches/apps.rs"]
mod apps;
use apps::{bare_session as bare, page, plain, secret, session_layer};

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

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let dir = std::env::temp_dir().join(format!("tf-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let db = dir.join("bench.sqlite3").display().to_string();
    let (tf, device) = apps::site(db).await.map_err(std::io::Error::other)?;
    let tf = web::Data::new(tf);
    println!("SECRET={}", device.secret_base32());

    let workers: usize = std::env::var("BENCH_WORKERS")
        .ok()
        .and_then(|w| w.parse().ok())
        .unwrap_or(1);
    let key = apps::key();
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
