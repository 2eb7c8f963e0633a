//! The remember-device cookie at login: the device a valid cookie names may skip the token
//! step (the login page and the JSON API's `login` both ask here), and the cookies to
//! delete. The cookie itself is `remember.rs`.

use actix_web::{HttpRequest, HttpResponse};

use crate::devices::Device;
use crate::errors::TwoFactorError;
use crate::users::User;
use crate::web::remember::inspect;
use crate::web::site::TwoFactor;

/// The device a valid remember-device cookie names, when it may skip the token step (it
/// exists and is not throttled), and the names of remember cookies to delete. A forged
/// cookie counts one failure on the device it claims (or `default`).
pub(crate) async fn remembered_device(
    tf: &TwoFactor,
    req: &HttpRequest,
    user: &User,
    default: &Device,
) -> Result<(Option<Device>, Vec<String>), TwoFactorError> {
    if !tf.remember.enabled() {
        return Ok((None, Vec::new()));
    }
    let inspection = inspect(
        &tf.remember,
        req,
        &user.id,
        &user.credential_version,
        tf.clock.now_secs(),
    );
    if let Some(claimed) = inspection.forged {
        // One failure for the request, on the device the cookie claims when it is
        // this user's (else the default device), and none while it is throttled.
        let target = tf
            .devices
            .get(&user.id, claimed)
            .await?
            .unwrap_or(default.clone());
        if !tf.devices.is_throttled(&target) {
            tf.devices.count_failure(target.device_ref()).await?;
        }
    }
    let mut removals = inspection.remove;
    if let Some((name, remembered, grant)) = inspection.device {
        match tf.devices.get(&user.id, remembered).await? {
            Some(d) if !tf.devices.is_throttled(&d) => {
                // The grant must still be there: the user may have taken it back.
                if !tf.trusted.use_grant(&user.id, &grant).await? {
                    tracing::info!(user = %user.id, device = %remembered, "remembered browser no longer trusted");
                    removals.push(name);
                    return Ok((None, removals));
                }
                tracing::info!(user = %user.id, device = %remembered, "remembered device");
                return Ok((Some(d), removals));
            }
            Some(_) => {}
            None => removals.push(name),
        }
    }
    Ok((None, removals))
}

/// Deletes the named remember cookies in the browser.
pub(crate) fn add_removals(tf: &TwoFactor, response: &mut HttpResponse, names: &[String]) {
    for name in names {
        let _ = response.add_cookie(&tf.remember.removal(name));
    }
}

/// After a login verified with `device`, when the user ticked "remember this browser" and
/// the site remembers devices: adds the cookie to `response` and records the grant (a
/// trusted browser the user can take back). The one place the cookie is issued (the login
/// page's token step, with a token or a key, and the API's).
pub(crate) async fn remember_this_browser(
    tf: &TwoFactor,
    req: &HttpRequest,
    response: &mut HttpResponse,
    user: &User,
    device: &Device,
) -> Result<(), TwoFactorError> {
    let Some(issued) = tf.remember.issue(
        &user.id,
        device.device_ref(),
        &user.credential_version,
        tf.clock.now_secs(),
    ) else {
        return Ok(());
    };
    let client = crate::web::client::record_client(tf, req);
    let expires_ms = issued.expires.saturating_mul(1000);
    let device = device.device_ref().to_string();
    tf.trusted
        .grant(&user.id, device, &issued.grant, expires_ms, &client)
        .await?;
    let _ = response.add_cookie(&issued.cookie);
    Ok(())
}
