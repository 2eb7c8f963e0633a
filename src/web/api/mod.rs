//! The JSON API for single-page and mobile apps (issue 13), in the manner of
//! django-allauth's headless API: the login and the account's two-factor settings as JSON
//! operations under `<url_prefix>/account/two_factor/api/v1/`, with its OpenAPI 3.1
//! document at `…/api/v1/openapi.json` generated from the code (utoipa).
//!
//! - `client.rs`: the two kinds of client (browser: cookie + `X-CSRFToken`; app:
//!   `X-Session-Token`, sessions kept on the server) and the app session's load and store;
//! - `answer.rs`: the one shape of every answer about the session;
//! - `problem.rs`: errors as RFC 9457 problem details with stable codes;
//! - `guard.rs`: who may call what (JSON 401/403, never a redirect);
//! - `auth.rs`, `account.rs`: the operations: parse, call the use case (`flows/`), answer;
//! - `extract.rs`: [`VerifiedUser`], the guard for a host's own JSON routes;
//! - `openapi.rs`: the document.

mod account;
mod answer;
mod app_sessions;
mod auth;
pub(crate) mod client;
mod extract;
mod guard;
mod openapi;
pub(crate) mod problem;
mod sessions;
#[cfg(feature = "webauthn")]
mod webauthn;

use actix_web::{HttpResponse, ResponseError, web};

pub use app_sessions::AppSessions;
pub use extract::{Json, VerifiedUser};
use problem::{ApiError, Code};

/// Where the API lives, under the URL prefix.
pub const PATH: &str = crate::web::urls::API;

/// Largest request body the API accepts (413 beyond).
const MAX_BODY_BYTES: usize = 16 * 1024;

/// The answer to a method the path does not take: a problem, and `Allow` naming the
/// methods it does (RFC 9110 §15.5.6).
fn method_not_allowed(allow: &'static str) -> actix_web::Route {
    web::to(move || async move {
        let mut response = ApiError::new(
            Code::MethodNotAllowed,
            crate::i18n::tr("api-method-not-allowed"),
        )
        .error_response();
        response.headers_mut().insert(
            actix_web::http::header::ALLOW,
            actix_web::http::header::HeaderValue::from_static(allow),
        );
        response
    })
}

async fn not_found() -> HttpResponse {
    ApiError::new(Code::NotFound, crate::i18n::tr("api-no-operation")).error_response()
}

/// Registers the operations at `mount` (their scope's path where `cfg` is, `base` itself
/// at the top level) in a scope wrapped in [`AppSessions`]; `base` is the full path
/// (`<url_prefix>/account/two_factor/api/v1`) the OpenAPI document names.
pub(crate) fn configure(cfg: &mut web::ServiceConfig, mount: &str, base: &str) {
    let document = web::Data::new(openapi::Document::new(base));
    cfg.service(
        web::scope(mount)
            .wrap(AppSessions)
            .configure(|cfg| operations(cfg, document)),
    );
}

/// The operations, at their paths inside the scope.
fn operations(cfg: &mut web::ServiceConfig, document: web::Data<openapi::Document>) {
    let limit = || web::PayloadConfig::new(MAX_BODY_BYTES);
    let at = |path: &str| path.to_owned();
    cfg.service(
        web::resource(at("/openapi.json"))
            .app_data(document)
            .route(web::get().to(openapi::serve))
            .default_service(method_not_allowed("GET")),
    )
    .service(
        web::resource(at("/session"))
            .route(web::get().to(auth::session))
            .default_service(method_not_allowed("GET")),
    );
    for (path, handler) in [
        ("/login", web::post().to(auth::login)),
        ("/login/token", web::post().to(auth::login_token)),
        ("/login/challenge", web::post().to(auth::challenge)),
        ("/logout", web::post().to(auth::logout)),
        ("/reauthenticate", web::post().to(auth::reauthenticate)),
        ("/totp/setup", web::post().to(account::totp_setup)),
        ("/totp/confirm", web::post().to(account::totp_confirm)),
        ("/phones", web::post().to(account::phone_add)),
        ("/phones/confirm", web::post().to(account::phone_confirm)),
        ("/disable", web::post().to(account::disable)),
        #[cfg(feature = "webauthn")]
        (
            "/webauthn/register/options",
            web::post().to(webauthn::register_options),
        ),
        #[cfg(feature = "webauthn")]
        ("/webauthn/register", web::post().to(webauthn::register)),
        #[cfg(feature = "webauthn")]
        (
            "/webauthn/login/options",
            web::post().to(webauthn::login_options),
        ),
        #[cfg(feature = "webauthn")]
        (
            "/passkey/login/options",
            web::post().to(webauthn::passkey_options),
        ),
        #[cfg(feature = "webauthn")]
        ("/passkey/login", web::post().to(webauthn::passkey_login)),
    ] {
        cfg.service(
            web::resource(at(path))
                .app_data(limit())
                .route(handler)
                .default_service(method_not_allowed("POST")),
        );
    }
    cfg.service(
        web::resource(at("/sessions"))
            .route(web::get().to(sessions::sessions))
            .default_service(method_not_allowed("GET")),
    )
    .service(
        web::resource(at("/sessions/revoke-others"))
            .app_data(limit())
            .route(web::post().to(sessions::sessions_revoke_others))
            .default_service(method_not_allowed("POST")),
    )
    .service(
        web::resource(at("/sessions/{id}"))
            .route(web::delete().to(sessions::session_revoke))
            .default_service(method_not_allowed("DELETE")),
    )
    .service(
        web::resource(at("/trusted-browsers"))
            .route(web::get().to(sessions::trusted_browsers))
            .default_service(method_not_allowed("GET")),
    )
    .service(
        web::resource(at("/trusted-browsers/revoke-all"))
            .app_data(limit())
            .route(web::post().to(sessions::trusted_browsers_revoke_all))
            .default_service(method_not_allowed("POST")),
    )
    .service(
        web::resource(at("/trusted-browsers/{id}"))
            .route(web::delete().to(sessions::trusted_browser_revoke))
            .default_service(method_not_allowed("DELETE")),
    );
    cfg.service(
        web::resource(at("/devices"))
            .route(web::get().to(account::devices))
            .default_service(method_not_allowed("GET")),
    )
    .service(
        web::resource(at("/devices/{kind}/{id}"))
            .app_data(limit())
            .route(web::delete().to(account::device_remove))
            .route(web::patch().to(account::device_rename))
            .default_service(method_not_allowed("DELETE, PATCH")),
    )
    .service(
        web::resource(at("/backup-tokens"))
            .app_data(limit())
            .route(web::get().to(account::backup_tokens_remaining))
            .route(web::post().to(account::backup_tokens))
            .default_service(method_not_allowed("GET, POST")),
    )
    // Last: any other path under the API is a problem document too, not the app's 404.
    .default_service(web::to(not_found));
}
