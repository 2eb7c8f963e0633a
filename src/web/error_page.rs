//! How a [`TwoFactorError`] becomes a response: a clear page with the right status, never
//! a panic, and never a secret, token or password (details go to the log).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::errors::TwoFactorError;

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
