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

    /// The page in the current language ([`crate::i18n::tr`]): the request's when the
    /// error is rendered while the request is served (the two-factor middleware and
    /// [`FailClosed`](crate::FailClosed) render them so), else the site's default.
    fn error_response(&self) -> HttpResponse {
        use crate::i18n::tr;
        let status = self.status_code();
        // Details go to the log; the page says only what the visitor can act on.
        let message = match self {
            TwoFactorError::Database(_) | TwoFactorError::Store(_) | TwoFactorError::Session(_) => {
                // An outage is logged once when it begins, not with every request.
                if self.is_outage() {
                    tracing::debug!(error = %self, "two-factor request failed closed (outage)");
                } else {
                    tracing::error!(error = %self, "two-factor request failed closed");
                }
                tr("error-unavailable")
            }
            TwoFactorError::SessionNotSaved(_) => {
                tracing::error!(error = %self, "two-factor request failed closed after the view ran");
                tr("error-unavailable-not-saved")
            }
            TwoFactorError::Overloaded { .. } => {
                // Logged (once per refusal, without user data) by the hasher.
                tr("error-unavailable")
            }
            TwoFactorError::Template(_) | TwoFactorError::NotConfigured => {
                tracing::error!(error = %self, "two-factor view misconfigured");
                tr("error-internal")
            }
            TwoFactorError::Csrf => tr("error-csrf"),
            TwoFactorError::BadRequest(why) => match *why {
                "The token field is too long." => tr("error-token-too-long"),
                "ManagementForm data is missing or has been tampered with." => {
                    tr("error-management-form")
                }
                other => other.to_owned(),
            },
            TwoFactorError::NotFound => tr("error-not-found"),
        };
        let mut response = HttpResponse::build(status);
        response
            .content_type("text/html; charset=utf-8")
            .insert_header(("Cache-Control", "no-store"));
        if let TwoFactorError::Overloaded { retry_after } = self {
            response.insert_header(("Retry-After", retry_after.as_secs().max(1).to_string()));
        }
        let code = status.as_u16();
        let reason = match code {
            400 => tr("error-title-400"),
            403 => tr("error-title-403"),
            404 => tr("error-title-404"),
            500 => tr("error-title-500"),
            503 => tr("error-title-503"),
            _ => status.canonical_reason().unwrap_or("").to_owned(),
        };
        let lang = crate::i18n::current_code();
        let dir = crate::i18n::current_dir();
        response.body(format!(
            "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
             <title>{code}</title></head><body><h1>{code} {reason}</h1><p>{message}</p></body></html>",
            reason = crate::escape::escape_html(&reason),
            message = crate::escape::escape_html(&message),
        ))
    }
}
