//! What `examples/bench_server.rs` (wrk, `benches/load.sh`) and `benches/instructions.rs`
//! (callgrind) both measure: the same handlers, settings and user, so the two benchmarks
//! cannot drift apart. Included with `#[path]`.

use actix_session::storage::CookieSessionStore;
use actix_session::{Session, SessionMiddleware};
use actix_web::cookie::Key;
use actix_web::{HttpRequest, HttpResponse, web};
use two_factor::devices::TotpDevice;
use two_factor::users::{DieselUserStore, NewUser};
use two_factor::{TwoFactor, TwoFactorError};

/// The session key both apps share (a bare route reads the full stack's cookie).
pub fn key() -> Key {
    Key::derive_from(b"benchmark-session-key-benchmark-session-key-0123456789")
}

/// The verified route: a 2-byte answer behind `otp_required`, the crate's own overhead.
pub async fn secret() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}

/// The demo's secret page (`demo/secret.html`, extending `two_factor/_base.html`).
pub async fn page(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let ctx = tf.page_context(&req)?;
    tf.render("demo/secret.html", &ctx)
}

/// A bare route reading the same cookie session, nothing else.
pub async fn bare_session(session: Session) -> HttpResponse {
    match session.get::<String>("actix_identity.user_id") {
        Ok(Some(_)) => HttpResponse::Ok().body("ok"),
        _ => HttpResponse::Forbidden().finish(),
    }
}

/// A constant answer, no session: the cheapest route actix serves.
pub async fn plain() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}

/// The cookie session both apps use.
pub fn session_layer(key: &Key) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
        .cookie_secure(false)
        .cookie_name("sessionid".to_owned())
        .build()
}

/// The demo's templates and messages on a fresh SQLite file `db`, with user `bench`
/// (password `bench`) and a confirmed TOTP device, returned for computing codes.
pub async fn site(db: String) -> Result<(TwoFactor, TotpDevice), String> {
    let tf = TwoFactor::builder()
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
        .map_err(|e| e.to_string())?;
    let user = DieselUserStore::new(tf.database().clone())
        .create_user(NewUser {
            username: "bench",
            email: "",
            password: "bench",
            is_staff: false,
            is_superuser: false,
        })
        .await
        .map_err(|e| e.to_string())?;
    let device = tf
        .devices()
        .begin_setup(&user.id)
        .await
        .map_err(|e| e.to_string())?;
    let token = device.token_at_step(device.current_step(tf.clock().now_secs()) - 1);
    tf.devices()
        .confirm_setup(&user.id, device.id, Some(token))
        .await
        .map_err(|e| e.to_string())?;
    Ok((tf, device))
}
