//! `two_factor:logout`: POST ends the session (identity, verification, wizard state).

use actix_identity::IdentityExt;
use actix_session::SessionExt;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::errors::TwoFactorError;
use crate::web::csrf;
use crate::web::forms::PostData;
use crate::web::redirects::redirect;
use crate::web::site::TwoFactor;

/// POST: logs out and redirects to `LOGOUT_REDIRECT_URL`.
pub(crate) async fn post(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    csrf::check(&session, &PostData::parse(&body))?;
    crate::flows::sessions::close_record(&tf, &session).await?;
    let identity = req.get_identity().ok();
    match identity {
        Some(identity) => {
            tracing::info!(user = ?identity.id().ok(), "user logged out");
            identity.logout();
        }
        None => session.purge(),
    }
    Ok(redirect(tf.logout_redirect_url()))
}
