//! The OpenAPI 3.1 document, generated from the operations' annotations (utoipa): every
//! path, body, answer, problem and example comes from the code that serves it.

use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue};
use actix_web::{HttpResponse, web};
use utoipa::OpenApi;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityRequirement, SecurityScheme};
use utoipa::openapi::server::Server;

#[cfg(feature = "webauthn")]
use super::webauthn;
use super::{account, answer, auth, problem, sessions};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "actix-two-factor JSON API",
        version = "1",
        description = "Two-factor login and account settings for single-page and mobile apps. \
            Browser clients use the session cookie and send the CSRF token (from `session`) in \
            `X-CSRFToken` on POST, PATCH and DELETE; app clients send `X-Client: app` on `login`, get a \
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
        sessions::sessions,
        sessions::session_revoke,
        sessions::sessions_revoke_others,
        sessions::trusted_browsers,
        sessions::trusted_browser_revoke,
        sessions::trusted_browsers_revoke_all,
        account::device_remove,
        account::device_rename,
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
        account::TotpSetupBody,
        account::TotpSetupAnswer,
        account::BackupTokensAnswer,
        account::PhoneBody,
        account::DeviceAnswer,
        account::RenameBody,
        sessions::SessionInfo,
        sessions::SessionsAnswer,
        sessions::RevokedAnswer,
        sessions::TrustedBrowserInfo,
        sessions::TrustedBrowsersAnswer,
    )),
    tags(
        (name = "session", description = "Logging in and out, the session's state, re-authentication"),
        (name = "account", description = "The user's devices and two-factor settings"),
        (name = "webauthn", description = "Security keys and passkeys: options out in WebAuthn Level 3's JSON forms, answers back as `PublicKeyCredential.toJSON()` gives them"),
    )
)]
struct ApiDoc;

/// The WebAuthn operations, merged in when the feature is on.
#[cfg(feature = "webauthn")]
#[derive(OpenApi)]
#[openapi(
    paths(
        webauthn::register_options,
        webauthn::register,
        webauthn::login_options,
        webauthn::passkey_options,
        webauthn::passkey_login,
    ),
    components(schemas(
        webauthn::RegisterOptionsBody,
        webauthn::RegisterBody,
        webauthn::PasskeyBody,
        webauthn::OptionsAnswer,
    ))
)]
struct WebAuthnDoc;

/// The document as served (built once per worker at `configure`): without and with the
/// WebAuthn operations, which it describes only when the site enables security keys.
pub(crate) struct Document {
    plain: String,
    with_webauthn: String,
}

impl Document {
    /// Both documents for the API mounted at `base`.
    pub(crate) fn new(base: &str) -> Document {
        Document {
            plain: document(base, false),
            with_webauthn: document(base, true),
        }
    }
}

/// The document for the API mounted at `base`, as JSON (`webauthn`: with the security key
/// operations, when the feature is compiled in).
fn document(base: &str, webauthn: bool) -> String {
    let mut doc = ApiDoc::openapi();
    #[cfg(feature = "webauthn")]
    if webauthn {
        doc.merge(WebAuthnDoc::openapi());
    }
    #[cfg(not(feature = "webauthn"))]
    let _ = webauthn;
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
    complete_responses(&mut doc);
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
pub(crate) async fn serve(
    document: web::Data<Document>,
    tf: Option<web::Data<crate::web::site::TwoFactor>>,
) -> HttpResponse {
    #[cfg(feature = "webauthn")]
    let webauthn = tf.is_some_and(|tf| tf.webauthn().is_some());
    #[cfg(not(feature = "webauthn"))]
    let webauthn = {
        let _ = tf;
        false
    };
    let body = match webauthn {
        true => document.with_webauthn.clone(),
        false => document.plain.clone(),
    };
    let mut response = HttpResponse::Ok().body(body);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// Adds the answers every operation can give, whatever it does, where its annotation does
/// not list them: `session_expired` (401, an app's token is unknown or expired),
/// `unavailable` (503, the database or session store is down), and for operations with a
/// body `bad_request` (400) and `payload_too_large` (413); for unsafe methods
/// `csrf_failed` (403). The document then lists every status the server can send.
fn complete_responses(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    let problem = |description: &str| {
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/problem+json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("Problem")))
                    .build(),
            )
            .build()
    };
    for item in doc.paths.paths.values_mut() {
        let operations = [
            (&mut item.get, false),
            (&mut item.post, true),
            (&mut item.put, true),
            (&mut item.patch, true),
            (&mut item.delete, true),
        ];
        for (operation, unsafe_method) in operations {
            let Some(operation) = operation.as_mut() else {
                continue;
            };
            let has_body = operation.request_body.is_some();
            let responses = &mut operation.responses.responses;
            let mut add = |status: &str, description: &str| {
                responses
                    .entry(status.to_owned())
                    .or_insert_with(|| problem(description).into());
            };
            add(
                "401",
                "`session_expired`: an app client's session token is unknown or expired",
            );
            add(
                "503",
                "`unavailable`: the database or the session store is unavailable",
            );
            if unsafe_method {
                add(
                    "403",
                    "`csrf_failed`: a browser client's CSRF token is missing or wrong",
                );
            }
            if has_body {
                add(
                    "400",
                    "`bad_request`: the body is not the JSON object described",
                );
                add("413", "`payload_too_large`: the body is larger than 16 KiB");
            }
        }
    }
}
