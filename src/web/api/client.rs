//! The two kinds of client, as in allauth's headless API:
//!
//! - **browser**: the session cookie; unsafe methods carry the session's CSRF token in the
//!   `X-CSRFToken` header (answers give it as `csrf_token` and in `X-CSRFToken`);
//! - **app**: `X-Client: app` on `login` starts a session kept on the server
//!   (`src/api_sessions.rs`); its token comes back as `session_token` and in the
//!   `X-Session-Token` header, and later calls send `X-Session-Token`. No cookies, no CSRF
//!   (nothing is sent automatically, so there is nothing to forge).
//!
//! An app session is loaded into the request's actix `Session` by [`begin`], which
//! `OtpMiddleware` calls before it resolves the two-factor state, and stored back by
//! [`finish`]: the views' helpers, the middleware and the extractors see one kind of
//! session. A renewed session (login, re-authentication, setup) gets a new token; a purged
//! one (logout) is deleted.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use actix_session::{Session, SessionExt, SessionStatus};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::HeaderValue;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, ResponseError, web};
use futures_util::future::{Ready, ready};

use super::problem::{ApiError, Code};
use crate::api_sessions;
use crate::web::csrf;
use crate::web::site::TwoFactor;

/// Request header: the app client's session token; response header: a new one.
pub(crate) const SESSION_TOKEN_HEADER: &str = "x-session-token";
/// Request header: `app` on `login` starts an app session.
pub(crate) const CLIENT_HEADER: &str = "x-client";
/// Request header (browser clients, unsafe methods) and response header: the CSRF token.
pub(crate) const CSRF_HEADER: &str = "x-csrftoken";

/// What the middleware knows about an app request (in the request's extensions).
#[derive(Debug, Clone)]
pub(crate) struct AppSession(Rc<RefCell<AppState>>);

#[derive(Debug)]
struct AppState {
    /// The digest of the presented token when it named a live session.
    live: Option<String>,
    /// A token was presented but named no live session.
    stale: bool,
    /// The token a new or renewed session gets (made up front, so the answer's body can
    /// carry it).
    next: String,
    /// The entries as loaded, to tell whether the request changed them.
    loaded: HashMap<String, String>,
}

impl AppSession {
    /// Whether the presented token named no live session.
    pub(crate) fn is_stale(&self) -> bool {
        self.0.borrow().stale
    }
}

/// Whether `req` comes from an app client.
fn is_app(req: &actix_web::dev::RequestHead) -> bool {
    req.headers.contains_key(SESSION_TOKEN_HEADER)
        || req
            .headers
            .get(CLIENT_HEADER)
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"app"))
}

/// For an app request: loads the session its token names into the request's `Session`.
/// `Err` is the answer for a request that cannot go on (an app request carrying the
/// session cookie, or the session table unavailable). Browser requests: `Ok(None)`.
pub(crate) async fn begin(req: &mut ServiceRequest) -> Result<Option<AppSession>, HttpResponse> {
    if !is_app(req.head()) {
        return Ok(None);
    }
    let Some(tf) = req.app_data::<web::Data<TwoFactor>>().cloned() else {
        return Ok(None);
    };
    if !req.get_session().entries().is_empty() {
        return Err(
            ApiError::new(Code::BadRequest, crate::i18n::tr("api-cookie-with-app"))
                .error_response(),
        );
    }
    let presented = req
        .headers()
        .get(SESSION_TOKEN_HEADER)
        .map(|v| v.to_str().unwrap_or("").trim().to_owned());
    let mut state = AppState {
        live: None,
        stale: presented.is_some(),
        next: api_sessions::new_token(),
        loaded: HashMap::new(),
    };
    if let Some(token) =
        presented.filter(|t| !t.is_empty() && t.len() <= api_sessions::MAX_TOKEN_LEN)
    {
        let hash = api_sessions::token_hash(&token);
        match api_sessions::load(&tf.db, hash.clone(), tf.clock.now_ms()).await {
            Ok(Some(entries)) => {
                let session = req.get_session();
                for (key, value) in entries {
                    // Stored entries are JSON (what the session serialised); anything else
                    // is dropped rather than failing the request.
                    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&value) {
                        let _ = session.insert(key, value);
                    }
                }
                state.loaded = session.entries().clone();
                state.live = Some(hash);
                state.stale = false;
            }
            Ok(None) => {}
            Err(e) => return Err(ApiError::from(e).error_response()),
        }
    }
    let app = AppSession(Rc::new(RefCell::new(state)));
    req.extensions_mut().insert(app.clone());
    Ok(Some(app))
}

/// The answer to an app whose user must set up or use two-factor authentication under a
/// requiring policy, on a route outside the API (inside it the operations answer).
pub(crate) fn policy_refusal() -> HttpResponse {
    ApiError::new(
        Code::VerificationRequired,
        crate::i18n::tr("api-two-factor-required"),
    )
    .error_response()
}

/// What becomes of an app session after the request.
#[derive(Debug, PartialEq, Eq)]
enum Outgoing {
    Nothing,
    Delete,
    Update,
    Issue,
}

fn outgoing(status: &SessionStatus, empty: bool, live: bool, changed: bool) -> Outgoing {
    match status {
        SessionStatus::Purged => match live {
            true => Outgoing::Delete,
            false => Outgoing::Nothing,
        },
        _ if empty => match live {
            true => Outgoing::Delete,
            false => Outgoing::Nothing,
        },
        // Only a login (or a renewal of a live session) starts a stored app session: an
        // anonymous request that merely touched the session (a page's CSRF token, a wrong
        // password) writes nothing.
        SessionStatus::Renewed => Outgoing::Issue,
        _ if !changed || !live => Outgoing::Nothing,
        _ => Outgoing::Update,
    }
}

/// What becomes of the app session of `session` as it stands.
fn decide(session: &Session, state: &AppState) -> (Outgoing, HashMap<String, String>) {
    let entries = session.entries().clone();
    let changed = entries != state.loaded;
    (
        outgoing(
            &session.status(),
            entries.is_empty(),
            state.live.is_some(),
            changed,
        ),
        entries,
    )
}

/// The token this answer hands out (a new or renewed app session), for the body.
pub(crate) fn issued_token(req: &HttpRequest) -> Option<String> {
    let app = req.extensions().get::<AppSession>().cloned()?;
    let state = app.0.borrow();
    (decide(&req.get_session(), &state).0 == Outgoing::Issue).then(|| state.next.clone())
}

/// How long an app session row lives after its last write: the idle timeout, else the
/// absolute lifetime, else 14 days, and at least the login timeout (a pending login).
fn row_ttl_ms(tf: &TwoFactor) -> i64 {
    let idle = tf.session_idle_timeout().as_secs() as i64;
    let max_age = tf.session_max_age().as_secs() as i64;
    let base = if idle > 0 {
        idle
    } else if max_age > 0 {
        max_age
    } else {
        14 * 24 * 3600
    };
    base.max(tf.login_timeout().as_secs() as i64)
        .saturating_add(60)
        .saturating_mul(1000)
}

/// After the request: stores the app session's changes (and takes them out of the
/// `Session`, so the cookie session middleware around sees nothing to save and sets no
/// cookie); a new token goes into `X-Session-Token`. `Err` replaces the answer when the
/// session could not be stored (fail closed: the client must not believe it logged in).
pub(crate) async fn finish<B>(
    res: &mut ServiceResponse<B>,
    app: &AppSession,
) -> Result<(), HttpResponse> {
    let Some(tf) = res.request().app_data::<web::Data<TwoFactor>>().cloned() else {
        return Ok(());
    };
    let session = res.request().get_session();
    let (what, entries, live, next) = {
        let state = app.0.borrow();
        let (what, entries) = decide(&session, &state);
        (what, entries, state.live.clone(), state.next.clone())
    };
    // Emptied, so the cookie session middleware around sees nothing to save and sets no
    // cookie (with no cookie in the request it has no stored session to delete either).
    session.purge();
    let now = tf.clock.now_ms();
    let expires = now.saturating_add(row_ttl_ms(&tf));
    let ended = || {
        ApiError::new(Code::SessionExpired, crate::i18n::tr("api-session-expired")).error_response()
    };
    let stored = match what {
        Outgoing::Nothing => Ok(true),
        Outgoing::Delete => match live {
            Some(hash) => api_sessions::delete(&tf.db, hash).await.map(|()| true),
            None => Ok(true),
        },
        // In place only: zero rows means the session ended while this request ran
        // (logout, renewal, expiry), and it stays ended.
        Outgoing::Update => match live {
            Some(hash) => api_sessions::update(&tf.db, hash, entries, expires, now).await,
            None => Ok(true),
        },
        Outgoing::Issue => {
            let hash = api_sessions::token_hash(&next);
            let issued = api_sessions::issue(&tf.db, hash, live, entries, expires, Some(now)).await;
            if let Ok(true) = issued
                && let Ok(value) = HeaderValue::from_str(&next)
            {
                res.headers_mut().insert(
                    actix_web::http::header::HeaderName::from_static(SESSION_TOKEN_HEADER),
                    value,
                );
            }
            issued
        }
    };
    match stored {
        Ok(true) => Ok(()),
        Ok(false) => {
            tracing::info!("app session ended while the request ran; nothing stored");
            Err(ended())
        }
        Err(e) => {
            tracing::error!(error = %e, "could not store the app session");
            Err(ApiError::from(e).error_response())
        }
    }
}

/// The client of an API request, checked: an app whose token names no live session is
/// refused (`session_expired`), a browser's unsafe request without the session's CSRF
/// token too (`csrf_failed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Client {
    /// The session cookie and CSRF tokens.
    Browser,
    /// `X-Session-Token`.
    App,
}

impl Client {
    /// The client of `req`, unchecked.
    pub(crate) fn kind(req: &HttpRequest) -> Client {
        match req.extensions().get::<AppSession>().is_some() || is_app(req.head()) {
            true => Client::App,
            false => Client::Browser,
        }
    }

    fn check(req: &HttpRequest) -> Result<Client, ApiError> {
        if let Some(app) = req.extensions().get::<AppSession>() {
            if app.0.borrow().stale {
                return Err(ApiError::new(
                    Code::SessionExpired,
                    crate::i18n::tr("api-session-expired"),
                ));
            }
            return Ok(Client::App);
        }
        if is_app(req.head()) {
            // App headers without the middleware that keeps app sessions.
            return Err(ApiError::new(
                Code::Unavailable,
                crate::i18n::tr("api-middleware-missing"),
            ));
        }
        let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
        if unsafe_method {
            let header = req.headers().get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            csrf::check_value(&req.get_session(), header)
                .map_err(|_| ApiError::new(Code::CsrfFailed, crate::i18n::tr("api-csrf-header")))?;
        }
        Ok(Client::Browser)
    }
}

impl FromRequest for Client {
    type Error = ApiError;
    type Future = Ready<Result<Client, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Client::check(req))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renewed_and_new_sessions_get_a_token_purged_ones_are_deleted() {
        use SessionStatus as S;
        assert_eq!(outgoing(&S::Changed, false, true, false), Outgoing::Nothing);
        assert_eq!(outgoing(&S::Changed, false, true, true), Outgoing::Update);
        assert_eq!(outgoing(&S::Changed, false, false, true), Outgoing::Nothing);
        assert_eq!(outgoing(&S::Renewed, false, true, false), Outgoing::Issue);
        assert_eq!(outgoing(&S::Renewed, true, true, true), Outgoing::Delete);
        assert_eq!(outgoing(&S::Purged, true, true, true), Outgoing::Delete);
        assert_eq!(outgoing(&S::Purged, true, false, true), Outgoing::Nothing);
        assert_eq!(outgoing(&S::Changed, true, false, true), Outgoing::Nothing);
    }
}
