//! `two_factor:app_create` (one more authenticator app: a name, the QR code and secret,
//! a first code), `two_factor:app_delete` (removes one of several apps) and
//! `two_factor:device_rename` (what the user calls any device). All need a recent
//! re-authentication, like every change to the account's devices.

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{base_context, render};
use crate::devices::totp::TotpDevice;
use crate::devices::{Device, DeviceRef, Verification};
use crate::errors::TwoFactorError;
use crate::flows::setup::{begin_generator, finish_additional_app, pending_additional_app};
use crate::signals::Signal;
use crate::users::User;
use crate::web::forms::{self, TokenInput};
use crate::web::guards::{Post, Sensitive};
use crate::web::redirects::redirect;
use crate::web::site::TwoFactor;
use crate::web::urls::Route;

const TEMPLATE: &str = "two_factor/profile/app_create.html";

/// The page's posted fields.
const NAME_FIELD: &str = "app-name";
const TOKEN_FIELD: &str = "app-token";

/// What the page shows again after a failed post.
#[derive(Default)]
struct Errors {
    name: Option<String>,
    token: Option<String>,
}

/// GET `app_create`: a new secret for one more authenticator app (a user without a device
/// sets up the first one with the setup wizard).
pub(crate) async fn create_get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Sensitive(user, _): Sensitive,
) -> Result<HttpResponse, TwoFactorError> {
    if !tf.devices.has_device(&user.id).await? {
        return Ok(redirect(&tf.urls[Route::Setup]));
    }
    let session = req.get_session();
    let device = begin_generator(&tf, &session, &user, false, String::new()).await?;
    render_page(&tf, &req, &user, &device, "", Errors::default())
}

/// POST `app_create`: the name and the app's first code add it to the user's devices.
pub(crate) async fn create_post(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Post {
        guard: Sensitive(user, _),
        form: post,
    }: Post<Sensitive>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    let Some(device) = pending_additional_app(&tf, &session, &user).await? else {
        // No setup under way (it expired, or was finished in another tab): start afresh.
        let device = begin_generator(&tf, &session, &user, false, String::new()).await?;
        let errors = Errors {
            token: Some(crate::i18n::tr("app-setup-restarted")),
            ..Errors::default()
        };
        return render_page(&tf, &req, &user, &device, "", errors);
    };
    let posted_name = post.get(NAME_FIELD).unwrap_or("");
    let mut errors = Errors::default();
    let name = match crate::devices::webauthn::clean_label(posted_name, "") {
        Ok(name) if name.is_empty() => {
            errors.name = Some(forms::required().to_owned());
            None
        }
        Ok(name) => Some(name),
        Err(reason) => {
            errors.name = Some(crate::devices::webauthn::label_message(reason));
            None
        }
    };
    let field = post.field(TOKEN_FIELD);
    if forms::token_field_too_long(field) {
        return Err(TwoFactorError::BadRequest("The token field is too long."));
    }
    let input = forms::parse_token(field, device.digits as u8);
    match (&input, &name) {
        (TokenInput::Empty, _) => errors.token = Some(forms::required().to_owned()),
        (TokenInput::Malformed, _) => errors.token = Some(forms::invalid_setup_token().to_owned()),
        // A code is only tried with a valid name, so a retyped name does not cost it.
        (TokenInput::Token(_), None) => {}
        (TokenInput::Token(token), Some(_)) => {
            let outcome = tf
                .devices
                .confirm_setup(&user.id, device.id, Some(token.clone()))
                .await?;
            if outcome != Verification::Verified {
                errors.token = forms::token_error(outcome, &input, forms::invalid_setup_token());
            }
        }
    }
    let Some(name) = name.filter(|_| errors.token.is_none()) else {
        return render_page(&tf, &req, &user, &device, posted_name, errors);
    };
    let mut device = device;
    device.label = name.clone();
    let added = Device::Totp(device);
    tf.devices
        .rename(&user.id, added.device_ref(), name)
        .await?;
    finish_additional_app(&tf, &session, &user, &added).await;
    Ok(redirect(&tf.urls[Route::Profile]))
}

fn render_page(
    tf: &TwoFactor,
    req: &HttpRequest,
    user: &User,
    device: &TotpDevice,
    name: &str,
    errors: Errors,
) -> Result<HttpResponse, TwoFactorError> {
    let mut ctx = base_context(req)?;
    ctx.insert("QR_URL", &tf.urls[Route::Qr]);
    ctx.insert(
        "otpauth_url",
        &device.config_url(tf.totp_issuer(), &user.username),
    );
    ctx.insert("secret_key", &device.secret_base32());
    ctx.insert("issuer", tf.totp_issuer());
    ctx.insert("totp_digits", &device.digits);
    ctx.insert("name", name);
    ctx.insert("name_error", &errors.name);
    ctx.insert("token_error", &errors.token);
    render(tf, TEMPLATE, &ctx, StatusCode::OK)
}

/// POST `app_delete` (`<pk>/`): removes one of the user's authenticator apps while another
/// of the user's devices stays the main one; anything else is 404.
pub(crate) async fn delete(
    path: web::Path<String>,
    tf: web::Data<TwoFactor>,
    Post {
        guard: Sensitive(user, _),
        ..
    }: Post<Sensitive>,
) -> Result<HttpResponse, TwoFactorError> {
    let id = path
        .into_inner()
        .parse::<i64>()
        .map_err(|_| TwoFactorError::NotFound)?;
    if !tf.devices.remove_app(&user.id, id).await? {
        return Err(TwoFactorError::NotFound);
    }
    tf.signals
        .send(Signal::DeviceRemoved {
            user,
            persistent_id: format!("totp/{id}"),
        })
        .await;
    Ok(redirect(&tf.urls[Route::Profile]))
}

/// POST `device_rename` (`<kind>/<pk>/`, field `name`): what the user calls one of their
/// devices; its role does not change. A name that is too long or holds control characters
/// is refused with a message and changes nothing; a device that is not the user's is 404.
pub(crate) async fn rename(
    path: web::Path<(String, String)>,
    tf: web::Data<TwoFactor>,
    Post {
        guard: Sensitive(user, _),
        form: post,
    }: Post<Sensitive>,
) -> Result<HttpResponse, TwoFactorError> {
    let (kind, id) = path.into_inner();
    let target = format!("{kind}/{id}")
        .parse::<DeviceRef>()
        .map_err(|_| TwoFactorError::NotFound)?;
    let fallback = match target.kind {
        crate::devices::DeviceKind::WebAuthn => crate::i18n::tr("webauthn-kind-security-key"),
        _ => String::new(),
    };
    let name = crate::devices::webauthn::clean_label(post.get("name").unwrap_or(""), &fallback)
        .map_err(|_| {
            TwoFactorError::BadRequest("The name is too long or holds control characters.")
        })?;
    if !tf.devices.rename(&user.id, target, name).await? {
        return Err(TwoFactorError::NotFound);
    }
    Ok(redirect(&tf.urls[Route::Profile]))
}

/// What a row's rename form (`two_factor/profile/_rename.html`) needs: the input's id,
/// the device as shown (`what`, for the label read out), where to post and the current name.
pub(crate) fn rename_form(tf: &TwoFactor, device: &Device, what: String) -> serde_json::Value {
    let device_ref = device.device_ref();
    serde_json::json!({
        "id": format!("rename-{}-{}", device_ref.kind.as_str(), device_ref.id),
        "what": what,
        "url": format!("{}{}/", &tf.urls[Route::DeviceRename], device_ref),
        "label": device.label().unwrap_or_default(),
    })
}
