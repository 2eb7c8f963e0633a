//! The browser id: a long-lived random cookie (`two_factor_browser`) that tells apart the
//! browsers an account signs in from, so a sign-in from a new one can be reported. It is
//! an identifier, not a credential: it opens nothing, and the server keeps only its digest
//! per account (`alerts/known.rs`).

use actix_web::HttpMessage;
use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::ServiceResponse;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The cookie's name.
pub(crate) const COOKIE: &str = "two_factor_browser";

/// How long the cookie lasts (400 days, the longest browsers keep one).
const MAX_AGE_DAYS: i64 = 400;

/// A new id this response gives the browser.
#[derive(Debug, Clone)]
struct NewBrowserId {
    id: String,
    secure: bool,
}

/// Whether `value` is an id this module made (22 characters of base64url).
fn well_formed(value: &str) -> bool {
    value.len() == 22 && URL_SAFE_NO_PAD.decode(value).is_ok_and(|b| b.len() == 16)
}

/// The id of the browser sending `req`: its cookie's, else a new one that the response
/// sets (once per request).
pub(crate) fn of(req: &HttpRequest) -> String {
    if let Some(cookie) = req.cookie(COOKIE).filter(|c| well_formed(c.value())) {
        return cookie.value().to_owned();
    }
    if let Some(new) = req.extensions().get::<NewBrowserId>() {
        return new.id.clone();
    }
    let id = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>());
    let secure = req.connection_info().scheme() == "https";
    req.extensions_mut().insert(NewBrowserId {
        id: id.clone(),
        secure,
    });
    id
}

/// Sets the cookie on `response` when its request gave the browser a new id.
pub(crate) fn set_cookie<B>(response: &mut ServiceResponse<B>) {
    let new = response
        .request()
        .extensions()
        .get::<NewBrowserId>()
        .cloned();
    if let Some(new) = new {
        let cookie = Cookie::build(COOKIE, new.id)
            .path("/")
            .http_only(true)
            .secure(new.secure)
            .same_site(SameSite::Lax)
            .max_age(actix_web::cookie::time::Duration::days(MAX_AGE_DAYS))
            .finish();
        let _ = response.response_mut().add_cookie(&cookie);
    }
}
