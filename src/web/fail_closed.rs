//! [`FailClosed`]: turns a session store that cannot be reached into the crate's clear
//! `503 Service Unavailable` page instead of actix-session's bare `500`.
//!
//! With a server-side session store (Redis), `SessionMiddleware` loads the session before
//! the handler runs and saves it after. When either fails it returns an `Err` that
//! actix-web renders as an empty `500 Internal Server Error`. Wrapped *outside* the session
//! middleware, [`FailClosed`] replaces such errors with a `503` page that says the service
//! is temporarily unavailable and shows no detail (the detail goes to the log): when
//! loading failed, that nothing was changed
//! ([`TwoFactorError::Session`](crate::TwoFactorError::Session)); when saving failed after
//! the view ran, that the request may have been carried out but the session could not be
//! saved ([`TwoFactorError::SessionNotSaved`](crate::TwoFactorError::SessionNotSaved)).

use std::future::{Ready, ready};

use actix_session::{Session, SessionExt, SessionStatus};
use actix_web::Error;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use futures_util::future::LocalBoxFuture;

use crate::errors::TwoFactorError;
use crate::web::urls::Route;

/// Answers `503` with the crate's error page when the session store fails.
///
/// Wrap it *outside* `SessionMiddleware`, that is `.wrap(FailClosed)` after (below) it:
///
/// ```no_run
/// # use actix_web::{App, cookie::Key};
/// # use actix_session::{SessionMiddleware, storage::CookieSessionStore};
/// # use actix_identity::IdentityMiddleware;
/// let app = App::new()
///     .configure(two_factor::configure)
///     .wrap(two_factor::OtpMiddleware)
///     .wrap(IdentityMiddleware::default())
///     .wrap(SessionMiddleware::new(CookieSessionStore::default(), Key::generate()))
///     .wrap(two_factor::FailClosed);
/// ```
///
/// Every server error (`5xx`) that escapes the inner middleware as an `Err` becomes the
/// `503` page; with the stack above only the session middleware produces such errors
/// (handlers' errors are already responses). Other errors pass through unchanged.
///
/// Loading comes first: when the store is down for a visitor with a session, the request
/// fails before any handler runs, so no token is checked or consumed and no signal is
/// sent; the page says "Nothing was changed". If the store fails only when the session is
/// saved after the handler ran, the handler's work stands (for example a consumed token)
/// but the session is not updated, so the visitor is not logged in; the page says so
/// honestly ([`TwoFactorError::SessionNotSaved`](crate::TwoFactorError::SessionNotSaved):
/// "Your request may have been carried out, but your session could not be saved. Please
/// sign in again.").
///
/// The two are told apart by the session's status: `FailClosed` opens the request's
/// session handle before the session middleware fills it, so after a failure it can see
/// whether the view changed, renewed or purged the session (a save failure) or left it
/// unchanged (a load failure: the view never ran). With actix-session's
/// `TtlExtensionPolicy::OnEveryRequest`, a failure to extend the lifetime of a session
/// the view did not change reads as a load failure; such a view changed no session state.
#[derive(Debug, Clone, Copy, Default)]
pub struct FailClosed;

impl<S, B> Transform<S, ServiceRequest> for FailClosed
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    S::Future: 'static,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Transform = FailClosedService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(FailClosedService { service }))
    }
}

/// The service [`FailClosed`] wraps around the app.
#[derive(Debug)]
pub struct FailClosedService<S> {
    service: S,
}

impl<S, B> Service<ServiceRequest> for FailClosedService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    S::Future: 'static,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        // The same handle the session middleware loads the state into and the view
        // changes: after a failure its status tells whether the view ran.
        let session = req.get_session();
        // What the error page's language is chosen from (negotiated only on an error).
        let language = crate::web::i18n::LanguageSource::of(req.request());
        // Under the JSON API every error is a problem document, this one too.
        let api = req
            .app_data::<actix_web::web::Data<crate::web::site::TwoFactor>>()
            .is_some_and(|tf| req.path().starts_with(&tf.urls[Route::Api]));
        let response = self.service.call(req);
        Box::pin(async move {
            response.await.map_err(|e| {
                let e = fail_closed(e, &session);
                if api && let Some(failure) = e.as_error::<TwoFactorError>() {
                    tracing::error!(error = %failure, "two-factor API request failed closed");
                    let not_saved = matches!(failure, TwoFactorError::SessionNotSaved(_));
                    return crate::web::api::problem::store_unavailable(not_saved);
                }
                crate::web::i18n::localize_error(e, &language)
            })
        })
    }
}

/// A `5xx` error becomes a 503 with no detail on the page:
/// [`TwoFactorError::SessionNotSaved`] when the view had changed the session (it ran, and
/// saving failed), else [`TwoFactorError::Session`] (loading failed, nothing ran).
fn fail_closed(error: Error, session: &Session) -> Error {
    if !error.as_response_error().status_code().is_server_error() {
        return error;
    }
    // The debug form keeps the store's cause for the log; the page shows none of it.
    let detail: Box<dyn std::error::Error + Send + Sync> = format!("{error:?}").into();
    match session.status() {
        SessionStatus::Unchanged => TwoFactorError::Session(detail).into(),
        SessionStatus::Changed | SessionStatus::Renewed | SessionStatus::Purged => {
            TwoFactorError::SessionNotSaved(detail).into()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use actix_session::storage::{LoadError, SaveError, SessionKey, SessionStore, UpdateError};
    use actix_session::{SessionExt, SessionMiddleware};
    use actix_web::cookie::{Cookie, CookieJar, Key, time::Duration};
    use actix_web::dev::{Service, ServiceResponse};
    use actix_web::http::StatusCode;
    use actix_web::{App, HttpRequest, HttpResponse, test, web};

    use super::FailClosed;

    /// A session store whose backend fails: every write fails, and loads fail too unless
    /// `loads` (Redis failing mid-request: the session loaded, the save fails).
    #[derive(Clone)]
    struct DownStore {
        loads: bool,
    }

    type State = HashMap<String, String>;

    fn down() -> anyhow::Error {
        anyhow::anyhow!("redis://secret-host: connection refused")
    }

    impl SessionStore for DownStore {
        async fn load(&self, _: &SessionKey) -> Result<Option<State>, LoadError> {
            if self.loads {
                Ok(Some(State::from([("user".to_owned(), "\"1\"".to_owned())])))
            } else {
                Err(LoadError::Other(down()))
            }
        }
        async fn save(&self, _: State, _: &Duration) -> Result<SessionKey, SaveError> {
            Err(SaveError::Other(down()))
        }
        async fn update(
            &self,
            _: SessionKey,
            _: State,
            _: &Duration,
        ) -> Result<SessionKey, UpdateError> {
            Err(UpdateError::Other(down()))
        }
        async fn update_ttl(&self, _: &SessionKey, _: &Duration) -> anyhow::Result<()> {
            Err(down())
        }
        async fn delete(&self, _: &SessionKey) -> anyhow::Result<()> {
            Err(down())
        }
    }

    /// A session cookie for `key` (the store decides what it holds).
    fn session_cookie(key: &Key) -> Cookie<'static> {
        let mut jar = CookieJar::new();
        jar.private_mut(key).add(Cookie::new("id", "k".repeat(64)));
        jar.delta().next().cloned().expect("cookie")
    }

    const NOTHING_CHANGED: &str = "Nothing was changed";
    const MAY_HAVE_RUN: &str = "may have been carried out, but your session could not be saved";

    #[actix_web::test]
    async fn the_page_says_whether_the_view_ran() {
        let key = Key::generate();
        let runs = Arc::new(AtomicUsize::new(0));
        let (renews, changes) = (runs.clone(), runs.clone());
        let app = test::init_service(
            App::new()
                .route(
                    "/renew/",
                    web::post().to(move |req: HttpRequest| {
                        let counter = renews.clone();
                        async move {
                            // A login step: the view did its work, then renews the session.
                            counter.fetch_add(1, Ordering::SeqCst);
                            req.get_session().renew();
                            HttpResponse::Found().finish()
                        }
                    }),
                )
                .route(
                    "/change/",
                    web::post().to(move |req: HttpRequest| {
                        let counter = changes.clone();
                        async move {
                            counter.fetch_add(1, Ordering::SeqCst);
                            let _ = req.get_session().insert("k", "v");
                            HttpResponse::Ok().finish()
                        }
                    }),
                )
                .route("/read/", web::get().to(HttpResponse::Ok))
                .wrap(SessionMiddleware::new(
                    DownStore { loads: true },
                    key.clone(),
                ))
                .wrap(FailClosed),
        )
        .await;
        for path in ["/renew/", "/change/"] {
            let before = runs.load(Ordering::SeqCst);
            let req = test::TestRequest::post()
                .uri(path)
                .cookie(session_cookie(&key));
            let (status, body) = call(&app, req.to_request()).await;
            assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{path}");
            assert_eq!(runs.load(Ordering::SeqCst), before + 1, "{path} ran");
            assert!(body.contains(MAY_HAVE_RUN), "{path}: {body}");
            assert!(body.contains("sign in again"), "{path}: {body}");
            assert!(!body.contains(NOTHING_CHANGED), "{path}: {body}");
            assert!(!body.contains("secret-host"), "{path}: {body}");
        }
        // Nothing to save: no error at all.
        let req = test::TestRequest::get()
            .uri("/read/")
            .cookie(session_cookie(&key));
        assert_eq!(call(&app, req.to_request()).await.0, StatusCode::OK);
    }

    /// Calls the app as the server does: an `Err` is rendered with its `error_response`.
    async fn call<S, R, B>(app: &S, req: R) -> (StatusCode, String)
    where
        S: Service<R, Response = ServiceResponse<B>, Error = actix_web::Error>,
        B: actix_web::body::MessageBody + 'static,
    {
        let res = match test::try_call_service(app, req).await {
            Ok(res) => res.into_parts().1.map_into_boxed_body(),
            Err(e) => e.error_response(),
        };
        let status = res.status();
        let body = actix_web::body::to_bytes(res.into_body())
            .await
            .unwrap_or_default();
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    #[actix_web::test]
    async fn a_failing_store_answers_503_with_the_clear_page() {
        let key = Key::generate();
        let runs = Arc::new(AtomicUsize::new(0));
        let counter = runs.clone();
        let app = test::init_service(
            App::new()
                .route(
                    "/",
                    web::get().to(move |req: HttpRequest| {
                        let counter = counter.clone();
                        async move {
                            counter.fetch_add(1, Ordering::SeqCst);
                            let _ = req.get_session().insert("k", "v");
                            HttpResponse::Ok().body("handler ran")
                        }
                    }),
                )
                .route("/plain/", web::get().to(HttpResponse::Ok))
                .service(
                    web::resource("/forbidden/")
                        .wrap_fn(|_, _| {
                            std::future::ready(Err::<ServiceResponse, _>(
                                actix_web::error::ErrorForbidden("no"),
                            ))
                        })
                        .to(HttpResponse::Ok),
                )
                .wrap(SessionMiddleware::new(
                    DownStore { loads: false },
                    key.clone(),
                ))
                .wrap(FailClosed),
        )
        .await;

        // A new visitor: the handler runs, saving its session fails.
        let (status, body) = call(&app, test::TestRequest::get().uri("/").to_request()).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(body.contains("temporarily unavailable"), "{body}");
        assert!(!body.contains("secret-host"), "{body}");
        assert!(body.contains(MAY_HAVE_RUN), "{body}");
        assert!(!body.contains(NOTHING_CHANGED), "{body}");
        assert_eq!(runs.load(Ordering::SeqCst), 1);

        // A visitor with a session: loading fails before the handler.
        let mut jar = CookieJar::new();
        jar.private_mut(&key).add(Cookie::new("id", "k".repeat(64)));
        let cookie = jar.delta().next().cloned().expect("cookie");
        let req = test::TestRequest::get().uri("/").cookie(cookie);
        let (status, body) = call(&app, req.to_request()).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(body.contains("temporarily unavailable"), "{body}");
        assert!(body.contains(NOTHING_CHANGED), "{body}");
        assert!(!body.contains(MAY_HAVE_RUN), "{body}");
        assert_eq!(runs.load(Ordering::SeqCst), 1, "the handler did not run");

        // Requests that change no session, and other errors, pass unchanged.
        let req = test::TestRequest::get().uri("/plain/");
        assert_eq!(call(&app, req.to_request()).await.0, StatusCode::OK);
        let req = test::TestRequest::get().uri("/forbidden/");
        let res = test::try_call_service(&app, req.to_request()).await;
        let err = res.expect_err("the middleware's error passes through");
        assert_eq!(err.error_response().status(), StatusCode::FORBIDDEN);
    }

    /// Finding 17.6: under the JSON API's path the 503 is a problem document with its code.
    #[actix_web::test]
    async fn api_requests_get_a_problem_document() {
        let dir = tempfile::tempdir().expect("tempdir");
        let tf = web::Data::new(
            crate::web::site::TwoFactor::builder()
                .database_url(dir.path().join("db.sqlite3").to_string_lossy())
                .run_migrations(true)
                .build()
                .expect("settings"),
        );
        let key = Key::generate();
        let app = test::init_service(
            App::new()
                .app_data(tf)
                .configure(crate::configure)
                .wrap(crate::OtpMiddleware)
                .wrap(actix_identity::IdentityMiddleware::default())
                .wrap(SessionMiddleware::new(
                    DownStore { loads: false },
                    key.clone(),
                ))
                .wrap(FailClosed),
        )
        .await;
        let session = "/account/two_factor/api/v1/session";
        for cookie in [None, Some(session_cookie(&key))] {
            let mut req = test::TestRequest::get().uri(session);
            if let Some(cookie) = cookie.clone() {
                req = req.cookie(cookie);
            }
            let res = match test::try_call_service(&app, req.to_request()).await {
                Ok(res) => res.into_parts().1.map_into_boxed_body(),
                Err(e) => e.error_response(),
            };
            assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(
                res.headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok()),
                Some("application/problem+json"),
                "loaded: {}",
                cookie.is_some()
            );
            let body = actix_web::body::to_bytes(res.into_body())
                .await
                .unwrap_or_default();
            let problem: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
            assert_eq!(problem["code"], "unavailable", "{problem}");
            assert!(!problem.to_string().contains("secret-host"), "{problem}");
        }
        // The pages keep their HTML page.
        let req = test::TestRequest::get()
            .uri("/account/login/")
            .cookie(session_cookie(&key));
        let (status, body) = call(&app, req.to_request()).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(body.contains("temporarily unavailable"), "{body}");
    }
}
