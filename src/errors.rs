//! The error type of the views: every failure becomes a clear page with the right status,
//! never a panic, and never shows a secret, token or password.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use std::time::Duration;

use crate::db::DbError;
use crate::hashers::HashingError;
use crate::templates::TemplateError;
use crate::users::StoreError;

/// What can go wrong while serving a two-factor view.
#[derive(Debug, thiserror::Error)]
pub enum TwoFactorError {
    /// The database failed: refuse (fail closed) with 503.
    #[error(transparent)]
    Database(#[from] DbError),
    /// The user store failed: 503.
    #[error(transparent)]
    Store(StoreError),
    /// Too many password checks at once: every hashing permit stayed busy for the whole
    /// wait. 503 with `Retry-After` (whole seconds), the page of the other 503s.
    #[error("overloaded: password hashing is at capacity")]
    Overloaded {
        /// What `Retry-After` says.
        retry_after: Duration,
    },
    /// The session could not be read or written: 503.
    #[error("session store failed: {0}")]
    Session(String),
    /// The view ran but its session changes could not be saved afterwards (the session
    /// store failed at the end of the request): 503, and the page says the request may
    /// have been carried out (see [`FailClosed`](crate::FailClosed)).
    #[error("session store failed after the view ran: {0}")]
    SessionNotSaved(String),
    /// A template failed to render: 500.
    #[error(transparent)]
    Template(#[from] TemplateError),
    /// A POST without the right CSRF token: 403.
    #[error("CSRF verification failed")]
    Csrf,
    /// A malformed request (missing wizard management data, oversized field): 400.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// Not found (no setup in progress for the QR code, a foreign device): 404.
    #[error("not found")]
    NotFound,
    /// `TwoFactor` was not registered as app data: a wiring mistake, 500.
    #[error("two_factor::TwoFactor is not registered as app data")]
    NotConfigured,
}

impl From<StoreError> for TwoFactorError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Hashing(HashingError::Overloaded { retry_after }) => {
                TwoFactorError::Overloaded { retry_after }
            }
            other => TwoFactorError::Store(other),
        }
    }
}

impl From<HashingError> for TwoFactorError {
    fn from(e: HashingError) -> Self {
        StoreError::Hashing(e).into()
    }
}

impl ResponseError for TwoFactorError {
    fn status_code(&self) -> StatusCode {
        match self {
            TwoFactorError::Database(_)
            | TwoFactorError::Store(_)
            | TwoFactorError::Session(_)
            | TwoFactorError::SessionNotSaved(_)
            | TwoFactorError::Overloaded { .. } => StatusCode::SERVICE_UNAVAILABLE,
            TwoFactorError::Template(_) | TwoFactorError::NotConfigured => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
            TwoFactorError::Csrf => StatusCode::FORBIDDEN,
            TwoFactorError::BadRequest(_) => StatusCode::BAD_REQUEST,
            TwoFactorError::NotFound => StatusCode::NOT_FOUND,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        // Details go to the log; the page says only what the visitor can act on.
        let message = match self {
            TwoFactorError::Database(_) | TwoFactorError::Store(_) | TwoFactorError::Session(_) => {
                tracing::error!(error = %self, "two-factor request failed closed");
                "The service is temporarily unavailable. Nothing was changed; please try again in a moment."
            }
            TwoFactorError::SessionNotSaved(_) => {
                tracing::error!(error = %self, "two-factor request failed closed after the view ran");
                "The service is temporarily unavailable. Your request may have been carried out, but \
                 your session could not be saved. Please sign in again."
            }
            TwoFactorError::Overloaded { .. } => {
                // Logged (once per refusal, without user data) by the hasher.
                "The service is temporarily unavailable. Nothing was changed; please try again in a moment."
            }
            TwoFactorError::Template(_) | TwoFactorError::NotConfigured => {
                tracing::error!(error = %self, "two-factor view misconfigured");
                "Something went wrong on our side."
            }
            TwoFactorError::Csrf => {
                "CSRF verification failed. Request aborted. Reload the page and submit the form again."
            }
            TwoFactorError::BadRequest(why) => why,
            TwoFactorError::NotFound => "Not found.",
        };
        let mut response = HttpResponse::build(status);
        response
            .content_type("text/html; charset=utf-8")
            .insert_header(("Cache-Control", "no-store"));
        if let TwoFactorError::Overloaded { retry_after } = self {
            response.insert_header(("Retry-After", retry_after.as_secs().max(1).to_string()));
        }
        response.body(format!(
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{code}</title></head>\
                 <body><h1>{code} {reason}</h1><p>{message}</p></body></html>",
                code = status.as_u16(),
                reason = status.canonical_reason().unwrap_or(""),
            ))
    }
}
