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

/// Largest form body the views accept; larger ones get 413 before any work is done.
pub const MAX_FORM_BYTES: usize = 16 * 1024;

/// Every named URL, for templates (`{{ urls.login }}`).
pub(crate) fn all() -> [(&'static str, &'static str); 7] {
    [
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
    );
}
