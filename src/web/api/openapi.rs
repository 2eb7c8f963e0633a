//! The OpenAPI 3.1 document, generated from the operations' annotations (utoipa): every
//! path, body, answer, problem and example comes from the code that serves it.

use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue};
use actix_web::{HttpResponse, web};
use utoipa::OpenApi;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityRequirement, SecurityScheme};
use utoipa::openapi::server::Server;

use super::{account, answer, auth, problem};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "actix-two-factor JSON API",
        version = "1",
        description = "Two-factor login and account settings for single-page and mobile apps. \
            Browser clients use the session cookie and send the CSRF token (from `session`) in \
            `X-CSRFToken` on POST and DELETE; app clients send `X-Client: app` on `login`, get a \
            `session_token` (also the `X-Session-Token` response header) and send it as \
            `X-Session-Token` afterwards. Errors are RFC 9457 problem details with a stable `code`.",
    ),
    paths(
        auth::session,
        auth::login,
        auth::login_token,
        auth::challenge,
        auth::logout,
        auth::reauthenticate,
        account::devices,
        account::device_remove,
        account::totp_setup,
        account::totp_confirm,
        account::backup_tokens,
        account::backup_tokens_remaining,
        account::phone_add,
        account::phone_confirm,
        account::disable,
    ),
    components(schemas(
        answer::SessionAnswer,
        answer::Status,
        answer::UserInfo,
        answer::DeviceInfo,
        problem::Problem,
        problem::Code,
        auth::LoginBody,
        auth::TokenBody,
        auth::ChallengeBody,
        auth::ReauthBody,
        account::DevicesAnswer,
        account::TotpSetupAnswer,
        account::BackupTokensAnswer,
        account::PhoneBody,
        account::DeviceAnswer,
    )),
    tags(
        (name = "session", description = "Logging in and out, the session's state, re-authentication"),
        (name = "account", description = "The user's devices and two-factor settings"),
    )
)]
struct ApiDoc;

/// The document as served (built once per worker at `configure`).
pub(crate) struct Document(pub(crate) String);

/// The document for the API mounted at `base`, as JSON.
pub(crate) fn document(base: &str) -> String {
    let mut doc = ApiDoc::openapi();
    doc.servers = Some(vec![Server::new(base)]);
    if let Some(components) = doc.components.as_mut() {
        components.add_security_scheme(
            "session_token",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "X-Session-Token",
                "App clients: the token from `login`.",
            ))),
        );
        components.add_security_scheme(
            "csrf_token",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "X-CSRFToken",
                "Browser clients, POST and DELETE: the token from `session`.",
            ))),
        );
    }
    // Anonymous calls (`session`, `login`), a browser's cookie with its CSRF header, or an
    // app's token.
    doc.security = Some(vec![
        SecurityRequirement::default(),
        SecurityRequirement::new("csrf_token", Vec::<String>::new()),
        SecurityRequirement::new("session_token", Vec::<String>::new()),
    ]);
    doc.to_json().unwrap_or_else(|e| {
        tracing::error!(error = %e, "could not serialise the OpenAPI document");
        String::from("{}")
    })
}

/// `GET …/openapi.json`.
pub(crate) async fn serve(document: web::Data<Document>) -> HttpResponse {
    let mut response = HttpResponse::Ok().body(document.0.clone());
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}
