//! The request's language and the `set_language` view (Django's `LocaleMiddleware` and
//! `django.views.i18n.set_language`).
//!
//! The choice, in order: the visitor's explicit choice (the `django_language` cookie the
//! `set_language` view sets), `Accept-Language` by q-value, the site's `language_code`;
//! only the `languages` offered are chosen. The two-factor middleware makes the result the
//! current language of the request ([`crate::i18n::scope`]), so pages, form messages,
//! mails and text messages sent while it is served are in that language.

use std::sync::Arc;

use actix_session::SessionExt;
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::{Error, HttpRequest, HttpResponse, ResponseError, web};

use crate::errors::TwoFactorError;
use crate::i18n::{I18n, LANGUAGE_COOKIE};
use crate::web::csrf;
use crate::web::forms::PostData;
use crate::web::redirects::{redirect, safe_next_or};
use crate::web::site::TwoFactor;

/// The catalogues and the request's language, when the app registered a `TwoFactor`.
pub(crate) fn request_language(req: &HttpRequest) -> Option<(Arc<I18n>, String)> {
    let (i18n, index) = LanguageSource::of(req).resolve()?;
    let code = i18n.code_at(index).to_owned();
    Some((i18n, code))
}

/// What the request's language is chosen from, kept by a middleware across the call to
/// the app (the request itself must not be held: routing needs it unshared), and
/// negotiated only when needed.
pub(crate) struct LanguageSource {
    tf: Option<web::Data<TwoFactor>>,
    cookie: Option<String>,
    accept: Option<actix_web::http::header::HeaderValue>,
}

impl LanguageSource {
    pub(crate) fn of(req: &HttpRequest) -> LanguageSource {
        let tf = req.app_data::<web::Data<TwoFactor>>().cloned();
        LanguageSource {
            cookie: tf
                .as_ref()
                .and_then(|_| req.cookie(LANGUAGE_COOKIE))
                .map(|c| c.value().to_owned()),
            accept: tf
                .as_ref()
                .and_then(|_| req.headers().get(ACCEPT_LANGUAGE).cloned()),
            tf,
        }
    }

    /// The catalogues and the negotiated language's index among them.
    pub(crate) fn resolve(&self) -> Option<(Arc<I18n>, usize)> {
        let i18n = Arc::clone(self.tf.as_ref()?.templates.i18n());
        let accept = self.accept.as_ref().and_then(|v| v.to_str().ok());
        let index = i18n.negotiate_index(self.cookie.as_deref(), accept);
        Some((i18n, index))
    }
}

/// An error of the two-factor views as its page in the request's language (other errors
/// unchanged): rendered now, while the request's language is known, instead of by the
/// server later, which knows no request.
pub(crate) fn localize_error(error: Error, source: &LanguageSource) -> Error {
    let Some(cause) = error.as_error::<TwoFactorError>() else {
        return error;
    };
    let Some((i18n, index)) = source.resolve() else {
        return error;
    };
    let page = crate::i18n::in_language_index(i18n, index, || cause.error_response());
    actix_web::error::InternalError::from_response(cause.to_string(), page).into()
}

/// POST `two_factor:set_language`: `language` (an offered code) is remembered in the
/// `django_language` cookie for a year, then back to `next` when it is a local path
/// (else the `Referer`'s path when local, else `/`). CSRF-checked; an unknown language
/// changes nothing.
pub(crate) async fn set_language(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let post = PostData::parse(&body);
    csrf::check(&req.get_session(), &post)?;
    let host = req.connection_info().host().to_owned();
    let referer = req
        .headers()
        .get(actix_web::http::header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| referer_path(r, &host));
    let next = post
        .get("next")
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .or(referer);
    let mut response = redirect(safe_next_or(next.as_deref(), "/"));
    if let Some(code) = post.get("language").and_then(|l| tf.i18n().find(l)) {
        let secure = tf.language_cookie_secure() || req.connection_info().scheme() == "https";
        let cookie = Cookie::build(LANGUAGE_COOKIE, code.to_owned())
            .path("/")
            .secure(secure)
            .max_age(CookieDuration::days(365))
            .same_site(SameSite::Lax)
            .http_only(true)
            .finish();
        // The cookie only names a language: no secret, not worth refusing over.
        let _ = response.add_cookie(&cookie);
    }
    Ok(response)
}

/// The path and query of a `Referer` URL on this `host` (`https://host/a/?b` → `/a/?b`).
fn referer_path(referer: &str, host: &str) -> Option<String> {
    let rest = referer.split_once("://").map(|(_, rest)| rest)?;
    let at = rest.find('/')?;
    (rest[..at].eq_ignore_ascii_case(host)).then(|| rest[at..].to_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn referer_path_keeps_path_and_query() {
        let path = |r| super::referer_path(r, "example.com");
        assert_eq!(
            path("https://example.com/a/b/?c=1").as_deref(),
            Some("/a/b/?c=1")
        );
        assert_eq!(
            path("https://evil.example/a/").as_deref(),
            None,
            "other host"
        );
        assert_eq!(path("https://example.com").as_deref(), None);
        assert_eq!(path("/relative").as_deref(), None);
    }
}
