//! `two_factor:qr`: the QR code (SVG) of the setup in progress; 404 without one.

use actix_session::SessionExt;
use actix_web::{HttpRequest, HttpResponse, web};
use qrcode::QrCode;
use qrcode::render::svg;

use super::{current_user, setup};
use crate::errors::TwoFactorError;
use crate::settings::TwoFactor;

/// GET: `image/svg+xml` of the `otpauth://` URI.
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let Some(user) = current_user(&tf, &req).await? else {
        return Err(TwoFactorError::NotFound);
    };
    let session = req.get_session();
    let Some(device_id) = setup::state(&session).and_then(|s| s.device_id) else {
        return Err(TwoFactorError::NotFound);
    };
    let Some(device) = tf.devices.pending_setup(&user.id, device_id).await? else {
        return Err(TwoFactorError::NotFound);
    };
    let url = device.config_url(tf.totp_issuer(), &user.username);
    let code = QrCode::new(url.as_bytes()).map_err(|_| TwoFactorError::NotFound)?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml; charset=utf-8")
        .insert_header(("Cache-Control", "no-cache, no-store, must-revalidate"))
        .insert_header(("Pragma", "no-cache"))
        .body(image))
}
