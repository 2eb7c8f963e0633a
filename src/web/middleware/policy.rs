//! The enforce-two-factor policy on every request, and the honest 503 when the request's
//! two-factor state cannot be resolved.

use actix_web::dev::ServiceRequest;
use actix_web::{HttpResponse, ResponseError, web};

use crate::errors::TwoFactorError;
use crate::web::redirects::{redirect, with_query};
use crate::web::site::TwoFactor;
use crate::web::urls::Route;

/// Whether the site's policy requires two-factor authentication of this (unverified)
/// user on `path`: an enforcing policy, a path it does not exempt, a user it requires.
/// The one decision the pages (a redirect) and the apps (a 403 problem) act on.
pub(crate) async fn requires_two_factor(
    tf: &TwoFactor,
    path: &str,
    user_id: &str,
) -> Result<bool, TwoFactorError> {
    if !tf.policy.is_enforcing() || tf.policy_exemptions.contains(path) {
        return Ok(false);
    }
    Ok(match tf.users.get_user(user_id).await? {
        Some(user) => tf.policy.requires(&user),
        None => false,
    })
}

/// Under a requiring policy: `None` to let the request through, or the redirect for a
/// user who must use two-factor authentication (setup without a device, login with one).
pub(crate) async fn enforce_policy(
    tf: &TwoFactor,
    req: &ServiceRequest,
    user_id: &str,
) -> Result<Option<HttpResponse>, TwoFactorError> {
    if !requires_two_factor(tf, req.path(), user_id).await? {
        return Ok(None);
    }
    if tf.devices.has_device(user_id).await? {
        let to_login =
            crate::web::redirects::redirect_to_otp_login(req.request(), tf.login_url(), "next");
        return Ok(Some(to_login));
    }
    let target = crate::web::redirects::request_target(req.request());
    tracing::info!(user = %user_id, path = %req.path(), "two-factor policy: setup required");
    Ok(Some(redirect(&with_query(
        &tf.urls[Route::Setup],
        "next",
        &target,
    ))))
}

/// The 503 for a request whose two-factor state could not be resolved (the database or the
/// user store failed): a problem document for the JSON API and its app clients, else the
/// error page in the request's language. Never a redirect to the login.
pub(crate) fn unavailable(req: &ServiceRequest, app: bool, error: TwoFactorError) -> HttpResponse {
    let api = app
        || req
            .app_data::<web::Data<TwoFactor>>()
            .is_some_and(|tf| req.path().starts_with(&tf.urls[Route::Api]));
    // Both log the cause (once per outage: its refusals are logged when it begins).
    let source = crate::web::i18n::LanguageSource::of(req.request());
    let render = move || match api {
        true => crate::web::api::problem::problem_response(error),
        false => error.error_response(),
    };
    match source.resolve() {
        Some((i18n, index)) => crate::i18n::in_language_index(i18n, index, render),
        None => render(),
    }
}
