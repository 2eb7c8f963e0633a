//! The URL table: the same paths and names as django-two-factor-auth's `two_factor` URLconf.
//!
//! Names carry Django's namespace, so `req.url_for("two_factor:login", [""; 0])` reads
//! like `reverse("two_factor:login")`.

use actix_web::{HttpResponse, web};

use crate::views;

/// `two_factor:login`: the login wizard.
pub const LOGIN: &str = "/account/login/";
/// `two_factor:logout`: POST to log out.
pub const LOGOUT: &str = "/account/logout/";
/// `two_factor:setup`: the setup wizard.
pub const SETUP: &str = "/account/two_factor/setup/";
/// `two_factor:qr`: the QR code of the setup in progress.
pub const QR: &str = "/account/two_factor/qrcode/";
/// `two_factor:setup_complete`.
pub const SETUP_COMPLETE: &str = "/account/two_factor/setup/complete/";
/// `two_factor:profile`: the account security page.
pub const PROFILE: &str = "/account/two_factor/";
/// `two_factor:disable`.
pub const DISABLE: &str = "/account/two_factor/disable/";
/// `two_factor:reauth`: confirm the password (and a token) before a sensitive action.
pub const REAUTH: &str = "/account/two_factor/reauth/";
/// `two_factor:backup_tokens`.
pub const BACKUP_TOKENS: &str = "/account/two_factor/backup/tokens/";
/// `two_factor:phone_create`: add a backup phone.
pub const PHONE_CREATE: &str = "/account/two_factor/phone/register/";
/// `two_factor:phone_delete`: `PHONE_DELETE_PREFIX<id>/`.
pub const PHONE_DELETE_PREFIX: &str = "/account/two_factor/phone/unregister/";

/// Largest form body the views accept; larger ones get 413 before any work is done.
pub const MAX_FORM_BYTES: usize = 16 * 1024;

/// Every named URL, for templates (`{{ urls.login }}`).
pub(crate) fn all() -> [(&'static str, &'static str); 11] {
    [
        ("reauth", REAUTH),
        ("backup_tokens", BACKUP_TOKENS),
        ("phone_create", PHONE_CREATE),
        ("phone_delete", PHONE_DELETE_PREFIX),
        ("login", LOGIN),
        ("logout", LOGOUT),
        ("setup", SETUP),
        ("qr", QR),
        ("setup_complete", SETUP_COMPLETE),
        ("profile", PROFILE),
        ("disable", DISABLE),
    ]
}

async fn method_not_allowed() -> HttpResponse {
    HttpResponse::MethodNotAllowed().finish()
}

/// Registers the two-factor views: `App::new().configure(two_factor::configure)`.
///
/// The app must also register a [`TwoFactor`](crate::TwoFactor) as `web::Data` and wrap
/// [`OtpMiddleware`](crate::OtpMiddleware), `IdentityMiddleware` and `SessionMiddleware`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    let form_limit = || web::PayloadConfig::new(MAX_FORM_BYTES);
    cfg.service(
        web::resource(LOGIN)
            .name("two_factor:login")
            .app_data(form_limit())
            .route(web::get().to(views::login::get))
            .route(web::post().to(views::login::post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(LOGOUT)
            .name("two_factor:logout")
            .app_data(form_limit())
            .route(web::post().to(views::logout::post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(SETUP)
            .name("two_factor:setup")
            .app_data(form_limit())
            .route(web::get().to(views::setup::get))
            .route(web::post().to(views::setup::post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(QR)
            .name("two_factor:qr")
            .route(web::get().to(views::qr::get))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(SETUP_COMPLETE)
            .name("two_factor:setup_complete")
            .route(web::get().to(views::profile::setup_complete))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(PROFILE)
            .name("two_factor:profile")
            .route(web::get().to(views::profile::get))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(DISABLE)
            .name("two_factor:disable")
            .app_data(form_limit())
            .route(web::get().to(views::profile::disable_get))
            .route(web::post().to(views::profile::disable_post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(REAUTH)
            .name("two_factor:reauth")
            .app_data(form_limit())
            .route(web::get().to(views::reauth::get))
            .route(web::post().to(views::reauth::post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(BACKUP_TOKENS)
            .name("two_factor:backup_tokens")
            .app_data(form_limit())
            .route(web::get().to(views::backup::get))
            .route(web::post().to(views::backup::post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(PHONE_CREATE)
            .name("two_factor:phone_create")
            .app_data(form_limit())
            .route(web::get().to(views::phone::create_get))
            .route(web::post().to(views::phone::create_post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource("/account/two_factor/phone/unregister/{pk}/")
            .name("two_factor:phone_delete")
            .app_data(form_limit())
            .route(web::post().to(views::phone::delete))
            .default_service(web::to(method_not_allowed)),
    );
}
