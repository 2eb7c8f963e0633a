//! [`AppSessions`]: app clients' server-side sessions (`X-Session-Token`), as a middleware
//! of its own. The JSON API's scope is wrapped in it; a host wraps it around its own JSON
//! routes that apps call. Requests anywhere else never read the token, so a page that is
//! not for the API pays nothing for it.

use std::future::{Ready, ready};
use std::rc::Rc;

use actix_web::body::EitherBody;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::{Error, HttpMessage, web};
use futures_util::future::LocalBoxFuture;

use super::client::{begin, finish, policy_refusal};
use crate::web::middleware::{requires_two_factor, resolve, unavailable};
use crate::web::site::TwoFactor;

/// Loads the session an app's `X-Session-Token` names into the request's `Session` (and
/// the two-factor state with it), and stores it back after the handler: the JSON API's
/// operations and [`api::VerifiedUser`](crate::api::VerifiedUser) then serve apps as they
/// serve browsers. The API wraps its own scope in it; wrap a scope of the host's JSON
/// routes that apps call (inside [`TwoFactorMiddleware`](crate::TwoFactorMiddleware)):
///
/// ```no_run
/// use actix_web::{HttpResponse, web};
/// use two_factor::api::{AppSessions, VerifiedUser};
///
/// async fn me(user: VerifiedUser) -> HttpResponse {
///     HttpResponse::Ok().json(serde_json::json!({ "user": user.user.username }))
/// }
///
/// # fn routes(cfg: &mut web::ServiceConfig) {
/// cfg.service(web::scope("/api").wrap(AppSessions).route("/me", web::get().to(me)));
/// # }
/// ```
///
/// Elsewhere a token is not a credential: the request is a browser's, with its cookie.
#[derive(Debug, Clone, Copy, Default)]
pub struct AppSessions;

impl<S, B> Transform<S, ServiceRequest> for AppSessions
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = AppSessionsService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(AppSessionsService {
            service: Rc::new(service),
        }))
    }
}

/// The service [`AppSessions`] wraps around a scope.
#[doc(hidden)]
pub struct AppSessionsService<S> {
    service: Rc<S>,
}

impl<S, B> Service<ServiceRequest> for AppSessionsService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, mut req: ServiceRequest) -> Self::Future {
        let service = Rc::clone(&self.service);
        Box::pin(async move {
            let app = match begin(&mut req).await {
                Ok(Some(app)) => app,
                Ok(None) => return Ok(service.call(req).await?.map_into_left_body()),
                Err(refusal) => return Ok(req.into_response(refusal).map_into_right_body()),
            };
            // The two-factor state again, now from the app's session (`OtpMiddleware` saw
            // the empty cookie session).
            let state = match resolve(&req).await {
                Ok(state) => state,
                Err(e) => {
                    let refusal = unavailable(&req, true, e);
                    return Ok(req.into_response(refusal).map_into_right_body());
                }
            };
            let unverified_user = match state.is_verified() {
                true => None,
                false => state.user_id.clone(),
            };
            req.extensions_mut().insert(state);
            let tf = req.app_data::<web::Data<TwoFactor>>().cloned();
            let refused = match (tf, unverified_user) {
                (Some(tf), Some(uid)) => requires_two_factor(&tf, req.path(), &uid).await,
                _ => Ok(false),
            };
            let mut response = match refused {
                // Apps get the API's 403, never a redirect to an HTML page (and their
                // session is stored as after any request: no cookie).
                Ok(true) => req.into_response(policy_refusal()).map_into_right_body(),
                Ok(false) => service.call(req).await?.map_into_left_body(),
                // A user store that failed is never "not required": fail closed.
                Err(e) => {
                    let refusal = unavailable(&req, true, e);
                    req.into_response(refusal).map_into_right_body()
                }
            };
            if let Err(refusal) = finish(&mut response, &app).await {
                let (req, _) = response.into_parts();
                return Ok(ServiceResponse::new(req, refusal).map_into_right_body());
            }
            Ok(response)
        })
    }
}
