//! CSRF protection for every form this crate serves: a random token kept in the session
//! and echoed by the form as `csrfmiddlewaretoken` (Django's field name), compared in
//! constant time. A POST without the matching token is refused with 403 before any
//! state changes.

use actix_session::Session;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use subtle::ConstantTimeEq;

use crate::errors::TwoFactorError;
use crate::web::forms::PostData;

/// The form field carrying the token.
pub const CSRF_FIELD: &str = "csrfmiddlewaretoken";
const SESSION_KEY: &str = crate::flows::session::SessionKey::Csrf.as_str();

/// The session's CSRF token, created on first use (the only time reading a page writes
/// the session).
pub fn token(session: &Session) -> Result<String, TwoFactorError> {
    // Read from the session's text where it lies, as `Session::get::<String>` would read
    // it but without `serde_json` (every page with a form asks).
    let existing = session
        .entries()
        .get(SESSION_KEY)
        .and_then(|raw| crate::web::session_text::string(raw))
        .map(std::borrow::Cow::into_owned);
    if let Some(existing) = existing
        && existing.len() >= 32
    {
        return Ok(existing);
    }
    insert_fresh(session)
}

fn insert_fresh(session: &Session) -> Result<String, TwoFactorError> {
    let fresh = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
    session
        .insert(SESSION_KEY, &fresh)
        .map_err(|e| TwoFactorError::Session(Box::new(e)))?;
    Ok(fresh)
}

/// Replaces the token with a new one (done at login, as Django's `rotate_token` does).
/// The new token is stored at once, in the response that logs in, so the pages after
/// login only read the session.
pub fn rotate(session: &Session) {
    // An insert fails only when the token cannot be serialised (a `String` always can);
    // then the next page creates one.
    if insert_fresh(session).is_err() {
        session.remove(SESSION_KEY);
    }
}

/// Checks a posted form's token against the session's.
pub fn check(session: &Session, post: &PostData) -> Result<(), TwoFactorError> {
    check_value(session, post.get(CSRF_FIELD))
}

/// Checks a token sent another way (the JSON API's `X-CSRFToken` header) against the
/// session's, in constant time.
pub fn check_value(session: &Session, posted: Option<&str>) -> Result<(), TwoFactorError> {
    let expected = session.get::<String>(SESSION_KEY).ok().flatten();
    match (expected, posted) {
        (Some(expected), Some(posted))
            if expected.len() == posted.len()
                && bool::from(expected.as_bytes().ct_eq(posted.as_bytes())) =>
        {
            Ok(())
        }
        _ => Err(TwoFactorError::Csrf),
    }
}
