//! The files the pages load from the crate: the stylesheet (and, with WebAuthn, the
//! script in `views/webauthn.rs`). No page carries inline style or script, so a site can
//! send `Content-Security-Policy: default-src 'self'`.

use std::sync::LazyLock;

use actix_web::HttpResponse;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, X_CONTENT_TYPE_OPTIONS};
use sha2::{Digest, Sha256};

/// `static/two_factor/two_factor.css`.
pub(crate) const STYLESHEET: &str = include_str!("../../static/two_factor/two_factor.css");

/// The stylesheet's version: the first hex digits of its digest, the `?v=` of its URL in
/// the pages, so a new release is fetched at once however long browsers cache the old one.
pub(crate) static STYLESHEET_VERSION: LazyLock<String> =
    LazyLock::new(|| hex::encode(&Sha256::digest(STYLESHEET.as_bytes())[..6]));

/// GET the stylesheet, cacheable for a day (its URL changes with its content).
pub(crate) async fn stylesheet() -> HttpResponse {
    let mut response = HttpResponse::Ok().body(STYLESHEET);
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    headers.insert(
        CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}
