//! The crate's error vocabulary: what a request can fail with ([`TwoFactorError`]), why
//! settings were refused ([`BuildError`]) and why a template failed ([`TemplateError`]).
//! How a [`TwoFactorError`] becomes a page is the web layer's business
//! (`web/error_page.rs`): every failure a clear page with the right status, never a panic,
//! never a secret, token or password.

use std::time::Duration;

use crate::db::DbError;
use crate::hashers::HashingError;
use crate::users::StoreError;

/// What can go wrong while serving a two-factor view.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
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
    Session(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The view ran but its session changes could not be saved afterwards (the session
    /// store failed at the end of the request): 503, and the page says the request may
    /// have been carried out (see [`FailClosed`](crate::FailClosed)).
    #[error("session store failed after the view ran: {0}")]
    SessionNotSaved(#[source] Box<dyn std::error::Error + Send + Sync>),
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

impl TwoFactorError {
    /// Whether this is a refusal during a database outage ([`DbError::Outage`]): the
    /// outage was logged once when it began, so the request's own failure is not.
    pub fn is_outage(&self) -> bool {
        match self {
            TwoFactorError::Database(e) | TwoFactorError::Store(StoreError::Database(e)) => {
                e.is_outage()
            }
            _ => false,
        }
    }
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

/// Why [`TwoFactorBuilder::build`](crate::TwoFactorBuilder::build) failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The database could not be opened or migrated.
    #[error(transparent)]
    Database(#[from] DbError),
    /// A template (default or override) failed to parse.
    #[error(transparent)]
    Templates(#[from] TemplateError),
    /// A setting has a value that cannot work; nothing was opened.
    #[error("invalid setting {setting}: {reason}")]
    Invalid {
        /// The setting: the name of the [`TwoFactorBuilder`](crate::TwoFactorBuilder) method that sets it.
        setting: &'static str,
        /// What is wrong with it (never the value of a secret).
        reason: String,
    },
}

/// A template failed to load or render.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TemplateError {
    /// Reading the override directory failed.
    #[error("reading templates from {path}: {source}")]
    Io {
        /// The file or directory.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The template engine rejected a template or failed to render it (the engine's own
    /// error, with its chain of causes).
    #[error("template error: {0:?}")]
    Tera(Box<dyn std::error::Error + Send + Sync>),
}

/// A setting a domain part refused (the builder turns it into [`BuildError::Invalid`]).
#[derive(Debug)]
pub(crate) struct InvalidSetting {
    pub(crate) setting: &'static str,
    pub(crate) reason: String,
}

impl From<InvalidSetting> for BuildError {
    fn from(e: InvalidSetting) -> Self {
        BuildError::Invalid {
            setting: e.setting,
            reason: e.reason,
        }
    }
}
