//! [`TwoFactorMiddleware`]: the session, identity and two-factor middleware (and
//! [`FailClosed`](crate::FailClosed)) in the one order that works, as a single `.wrap`.

use actix_identity::IdentityMiddleware;
use actix_session::SessionMiddleware;
use actix_session::config::SessionMiddlewareBuilder;
use actix_session::storage::SessionStore;
use actix_web::Error;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform};
use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;

use crate::web::fail_closed::FailClosed;
use crate::web::middleware::OtpMiddlewareService;

/// Installs everything a request needs, outermost first: [`FailClosed`] (a failing
/// session store answers `503`), actix-session's `SessionMiddleware`, actix-identity's
/// `IdentityMiddleware` and [`OtpMiddleware`](crate::OtpMiddleware). One `.wrap`, no order
/// to get wrong:
///
/// ```no_run
/// use actix_session::storage::CookieSessionStore;
/// use actix_web::{App, HttpServer, cookie::Key, web};
///
/// # async fn run() -> std::io::Result<()> {
/// let tf = web::Data::new(
///     two_factor::TwoFactor::builder()
///         .database_url("db.sqlite3")
///         .run_migrations(true)
///         .url_prefix("/auth")
///         .build()
///         .expect("two-factor settings"),
/// );
/// let key = Key::generate(); // load a fixed key in production
/// HttpServer::new(move || {
///     App::new()
///         .app_data(tf.clone())
///         .configure(tf.configure())
///         .wrap(
///             two_factor::TwoFactorMiddleware::builder(CookieSessionStore::default(), key.clone())
///                 .cookie_name("sessionid")
///                 .build(),
///         )
/// })
/// .bind(("127.0.0.1", 8000))?
/// .run()
/// .await
/// # }
/// ```
///
/// The session cookie keeps actix-session's defaults (`id`, `Secure`, `HttpOnly`,
/// `SameSite=Lax`, path `/`) unless the [builder](TwoFactorMiddlewareBuilder) changes
/// them; [`from_parts`](Self::from_parts) takes a `SessionMiddleware` and an
/// `IdentityMiddleware` the host configured itself.
pub struct TwoFactorMiddleware<Store: SessionStore> {
    session: SessionMiddleware<Store>,
    identity: IdentityMiddleware,
}

impl<Store: SessionStore> std::fmt::Debug for TwoFactorMiddleware<Store> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwoFactorMiddleware")
            .finish_non_exhaustive()
    }
}

impl<Store: SessionStore> TwoFactorMiddleware<Store> {
    /// Sessions in `store` with cookies signed or encrypted by `key`, actix-session's
    /// cookie defaults, and actix-identity's defaults.
    pub fn new(store: Store, key: Key) -> Self {
        Self::builder(store, key).build()
    }

    /// The session cookie's settings, then [`build`](TwoFactorMiddlewareBuilder::build).
    pub fn builder(store: Store, key: Key) -> TwoFactorMiddlewareBuilder<Store> {
        TwoFactorMiddlewareBuilder {
            session: SessionMiddleware::builder(store, key),
            identity: IdentityMiddleware::default(),
        }
    }

    /// The host's own session and identity middleware, installed in the right order.
    pub fn from_parts(session: SessionMiddleware<Store>, identity: IdentityMiddleware) -> Self {
        TwoFactorMiddleware { session, identity }
    }
}

/// Builds a [`TwoFactorMiddleware`]: the settings of the session cookie a host needs
/// (the rest through [`session`](Self::session)).
#[must_use]
pub struct TwoFactorMiddlewareBuilder<Store: SessionStore> {
    session: SessionMiddlewareBuilder<Store>,
    identity: IdentityMiddleware,
}

impl<Store: SessionStore> std::fmt::Debug for TwoFactorMiddlewareBuilder<Store> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwoFactorMiddlewareBuilder")
            .finish_non_exhaustive()
    }
}

impl<Store: SessionStore> TwoFactorMiddlewareBuilder<Store> {
    /// The session cookie's name (default `id`; Django's is `sessionid`).
    pub fn cookie_name(mut self, name: impl Into<String>) -> Self {
        self.session = self.session.cookie_name(name.into());
        self
    }

    /// Whether the session cookie is sent over HTTPS only (default `true`; turn it off
    /// for plain-HTTP development only).
    pub fn cookie_secure(mut self, secure: bool) -> Self {
        self.session = self.session.cookie_secure(secure);
        self
    }

    /// The session cookie's `SameSite` (default `Lax`).
    pub fn cookie_same_site(mut self, same_site: SameSite) -> Self {
        self.session = self.session.cookie_same_site(same_site);
        self
    }

    /// The session cookie's domain (default: none, the host that set it).
    pub fn cookie_domain(mut self, domain: impl Into<String>) -> Self {
        self.session = self.session.cookie_domain(Some(domain.into()));
        self
    }

    /// Any other actix-session setting (lifecycle, TTL, content security):
    /// `.session(|s| s.session_lifecycle(..))`.
    pub fn session(
        mut self,
        configure: impl FnOnce(SessionMiddlewareBuilder<Store>) -> SessionMiddlewareBuilder<Store>,
    ) -> Self {
        self.session = configure(self.session);
        self
    }

    /// The identity middleware (default `IdentityMiddleware::default()`).
    pub fn identity(mut self, identity: IdentityMiddleware) -> Self {
        self.identity = identity;
        self
    }

    /// The middleware.
    pub fn build(self) -> TwoFactorMiddleware<Store> {
        TwoFactorMiddleware {
            session: self.session.build(),
            identity: self.identity,
        }
    }
}

/// The app as [`TwoFactorMiddleware`] wraps it (the four middlewares, boxed).
pub type TwoFactorService<B> = Box<
    dyn Service<
            ServiceRequest,
            Response = ServiceResponse<EitherBody<B>>,
            Error = Error,
            Future = LocalBoxFuture<'static, Result<ServiceResponse<EitherBody<B>>, Error>>,
        >,
>;

impl<S, B, Store> Transform<S, ServiceRequest> for TwoFactorMiddleware<Store>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: MessageBody + 'static,
    Store: SessionStore + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = TwoFactorService<B>;
    type InitError = ();
    type Future = LocalBoxFuture<'static, Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        // Innermost first: each `.wrap` of a hand-wired app, in the right order. The three
        // transforms are ready at once (`Ready` futures); `None` cannot happen.
        let otp = OtpMiddlewareService::new(service);
        let built = (|| {
            let identity = self.identity.new_transform(otp).now_or_never()?.ok()?;
            let session = self.session.new_transform(identity).now_or_never()?.ok()?;
            let fail_closed = FailClosed.new_transform(session).now_or_never()?.ok()?;
            Some(Box::new(fail_closed) as TwoFactorService<B>)
        })();
        if built.is_none() {
            tracing::error!("TwoFactorMiddleware: a middleware it installs did not start");
        }
        Box::pin(std::future::ready(built.ok_or(())))
    }
}
