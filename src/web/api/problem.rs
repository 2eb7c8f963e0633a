//! Errors of the JSON API as RFC 9457 problem details (`application/problem+json`), each
//! with a stable `code` clients can switch on.

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::errors::TwoFactorError;

/// The media type of every error answer.
pub(crate) const PROBLEM_JSON: &str = "application/problem+json";

/// The stable error codes (the `code` member of every problem).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Code {
    /// 400: wrong username or password.
    InvalidCredentials,
    /// 400: the token is wrong, malformed, already used, or for no device.
    InvalidToken,
    /// 429: too many attempts; `retry_after` says when to try again.
    Throttled,
    /// 401: no pending login (it timed out or ended), or the app's session token is unknown
    /// or expired.
    SessionExpired,
    /// 403: the operation needs a recent password (and token) check: call `reauthenticate`.
    ReauthenticationRequired,
    /// 403: the `X-CSRFToken` header is missing or wrong (browser clients).
    CsrfFailed,
    /// 404: no such device, or the feature is not offered.
    NotFound,
    /// 503: the database, session store, password hashing or a gateway is unavailable.
    Unavailable,
    /// 401: nobody is logged in.
    NotAuthenticated,
    /// 403: the session has not passed a second factor (or two-factor authentication must
    /// be set up first).
    VerificationRequired,
    /// 409: two-factor authentication is already set up.
    AlreadyEnabled,
    /// 400: the request is malformed (not JSON, a field missing or too long).
    BadRequest,
    /// 405: the path does not take this method.
    MethodNotAllowed,
    /// 413: the request body is larger than the API accepts (16 KiB).
    PayloadTooLarge,
}

impl Code {
    fn status(self) -> StatusCode {
        match self {
            Code::InvalidCredentials | Code::InvalidToken | Code::BadRequest => {
                StatusCode::BAD_REQUEST
            }
            Code::Throttled => StatusCode::TOO_MANY_REQUESTS,
            Code::SessionExpired | Code::NotAuthenticated => StatusCode::UNAUTHORIZED,
            Code::ReauthenticationRequired | Code::CsrfFailed | Code::VerificationRequired => {
                StatusCode::FORBIDDEN
            }
            Code::NotFound => StatusCode::NOT_FOUND,
            Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Code::AlreadyEnabled => StatusCode::CONFLICT,
            Code::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Code::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        }
    }

    fn title(self) -> &'static str {
        match self {
            Code::InvalidCredentials => "Invalid credentials",
            Code::InvalidToken => "Invalid token",
            Code::Throttled => "Too many attempts",
            Code::SessionExpired => "Session expired",
            Code::ReauthenticationRequired => "Re-authentication required",
            Code::CsrfFailed => "CSRF verification failed",
            Code::NotFound => "Not found",
            Code::Unavailable => "Service unavailable",
            Code::NotAuthenticated => "Not authenticated",
            Code::VerificationRequired => "Two-factor verification required",
            Code::AlreadyEnabled => "Two-factor authentication is already enabled",
            Code::BadRequest => "Bad request",
            Code::MethodNotAllowed => "Method not allowed",
            Code::PayloadTooLarge => "Payload too large",
        }
    }
}

/// An RFC 9457 problem: `type`, `title`, `status`, `detail` and the stable `code`
/// (plus `retry_after` in seconds when throttled).
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "about:blank",
    "title": "Invalid token",
    "status": 400,
    "detail": "Invalid token. Please make sure you have entered it correctly.",
    "code": "invalid_token"
}))]
pub(crate) struct Problem {
    /// Always `about:blank`: `code` tells the problems apart.
    #[serde(rename = "type")]
    pub(crate) kind: &'static str,
    /// A short summary of the kind of problem.
    pub(crate) title: &'static str,
    /// The HTTP status code.
    pub(crate) status: u16,
    /// What happened, for people.
    pub(crate) detail: String,
    /// The stable code, for programs.
    pub(crate) code: Code,
    /// Seconds to wait before trying again (`throttled`, sometimes `unavailable`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) retry_after: Option<i64>,
}

/// A failed API call: answered as a [`Problem`].
#[derive(Debug, Clone)]
pub(crate) struct ApiError(pub(crate) Problem);

impl ApiError {
    /// A problem with `code` and `detail`.
    pub(crate) fn new(code: Code, detail: impl Into<String>) -> ApiError {
        ApiError(Problem {
            kind: "about:blank",
            title: code.title(),
            status: code.status().as_u16(),
            detail: detail.into(),
            code,
            retry_after: None,
        })
    }

    /// `throttled`, with `retry_after` (at least one second).
    pub(crate) fn throttled(detail: impl Into<String>, retry_after_secs: i64) -> ApiError {
        let mut e = ApiError::new(Code::Throttled, detail);
        e.0.retry_after = Some(retry_after_secs.max(1));
        e
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.0.code, self.0.detail)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.0.code.status()
    }

    fn error_response(&self) -> HttpResponse {
        let body = serde_json::to_vec(&self.0).unwrap_or_default();
        let mut response = HttpResponse::with_body(self.status_code(), body);
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(secs) = self.0.retry_after
            && let Ok(value) = HeaderValue::from_str(&secs.to_string())
        {
            headers.insert(RETRY_AFTER, value);
        }
        response.map_into_boxed_body()
    }
}

/// The crate's errors, as problems: storage failures are `unavailable` (fail closed, no
/// detail that could leak), the rest keep their meaning.
impl From<TwoFactorError> for ApiError {
    fn from(e: TwoFactorError) -> Self {
        match e {
            TwoFactorError::Csrf => ApiError::new(Code::CsrfFailed, crate::i18n::tr("api-csrf")),
            TwoFactorError::BadRequest(why) => ApiError::new(Code::BadRequest, why),
            TwoFactorError::NotFound => {
                ApiError::new(Code::NotFound, crate::i18n::tr("api-not-found"))
            }
            TwoFactorError::Overloaded { retry_after } => {
                let mut e = ApiError::new(Code::Unavailable, crate::i18n::tr("api-overloaded"));
                e.0.retry_after = Some((retry_after.as_millis().div_ceil(1000) as i64).max(1));
                e
            }
            other => {
                if other.is_outage() {
                    tracing::debug!(error = %other, "JSON API request failed (outage)");
                } else {
                    tracing::error!(error = %other, "JSON API request failed");
                }
                ApiError::new(Code::Unavailable, crate::i18n::tr("api-unavailable"))
            }
        }
    }
}

impl From<crate::db::DbError> for ApiError {
    fn from(e: crate::db::DbError) -> Self {
        TwoFactorError::from(e).into()
    }
}
/// `error` as the API's problem document (`unavailable` for a database or store failure).
pub(crate) fn problem_response(error: crate::errors::TwoFactorError) -> HttpResponse {
    ApiError::from(error).error_response()
}

/// The problem a request under the API's path gets when the session store cannot be
/// reached (`unavailable`), instead of the HTML 503 page.
pub(crate) fn store_unavailable(not_saved: bool) -> actix_web::Error {
    let detail = match not_saved {
        false => "The session store is unavailable; nothing was changed. Please try again later.",
        true => {
            "The request may have been carried out, but the session could not be saved. Please log in again."
        }
    };
    ApiError::new(Code::Unavailable, detail).into()
}
