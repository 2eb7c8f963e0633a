//! The routes: every view registered at its path under the URL prefix, with its name
//! (`two_factor:login`, …), its methods and its body limit. The paths and names themselves
//! are the table in `urls.rs`.

use actix_web::{HttpResponse, web};

use crate::web::site::TwoFactor;
use crate::web::urls::*;
use crate::web::views;

impl TwoFactor {
    /// Registers the views under [`url_prefix`](Self::url_prefix):
    /// `App::new().app_data(tf.clone()).configure(tf.configure())`. Without a prefix it
    /// is the same as [`two_factor::configure`](crate::configure).
    pub fn configure(&self) -> impl FnOnce(&mut web::ServiceConfig) + 'static {
        let prefix = self.urls.prefix.clone();
        move |cfg| configure_at(cfg, &prefix)
    }
}

async fn method_not_allowed() -> HttpResponse {
    HttpResponse::MethodNotAllowed().finish()
}

/// Registers the two-factor views at their default paths (no
/// [`url_prefix`](crate::TwoFactorBuilder::url_prefix)):
/// `App::new().configure(two_factor::configure)`. With a prefix, use
/// `.configure(tf.configure())` ([`TwoFactor::configure`](crate::TwoFactor::configure)).
///
/// The app must also register a [`TwoFactor`](crate::TwoFactor) as `web::Data` and wrap
/// [`TwoFactorMiddleware`](crate::TwoFactorMiddleware) (or, by hand,
/// [`OtpMiddleware`](crate::OtpMiddleware), `IdentityMiddleware` and `SessionMiddleware`
/// in that order).
pub fn configure(cfg: &mut web::ServiceConfig) {
    configure_at(cfg, "");
}

/// Registers the views under `prefix` (`""` for the default paths).
pub(crate) fn configure_at(cfg: &mut web::ServiceConfig, prefix: &str) {
    let urls = Urls::new(prefix);
    let form_limit = || web::PayloadConfig::new(MAX_FORM_BYTES);
    cfg.service(
        web::resource(urls.login.as_str())
            .name("two_factor:login")
            .app_data(form_limit())
            .route(web::get().to(views::login::get))
            .route(web::post().to(views::login::post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(urls.logout.as_str())
            .name("two_factor:logout")
            .app_data(form_limit())
            .route(web::post().to(views::logout::post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(urls.setup.as_str())
            .name("two_factor:setup")
            .app_data(form_limit())
            .route(web::get().to(views::setup::get))
            .route(web::post().to(views::setup::post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(urls.qr.as_str())
            .name("two_factor:qr")
            .route(web::get().to(views::qr::get))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(urls.setup_complete.as_str())
            .name("two_factor:setup_complete")
            .route(web::get().to(views::profile::setup_complete))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(urls.profile.as_str())
            .name("two_factor:profile")
            .route(web::get().to(views::profile::get))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(urls.disable.as_str())
            .name("two_factor:disable")
            .app_data(form_limit())
            .route(web::get().to(views::profile::disable_get))
            .route(web::post().to(views::profile::disable_post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(urls.reauth.as_str())
            .name("two_factor:reauth")
            .app_data(form_limit())
            .route(web::get().to(views::reauth::get))
            .route(web::post().to(views::reauth::post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(urls.backup_tokens.as_str())
            .name("two_factor:backup_tokens")
            .app_data(form_limit())
            .route(web::get().to(views::backup::get))
            .route(web::post().to(views::backup::post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(urls.phone_create.as_str())
            .name("two_factor:phone_create")
            .app_data(form_limit())
            .route(web::get().to(views::phone::create_get))
            .route(web::post().to(views::phone::create_post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(urls.set_language.as_str())
            .name("two_factor:set_language")
            .app_data(form_limit())
            .route(web::post().to(crate::web::i18n::set_language))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(format!("{}{{pk}}/", urls.phone_delete_prefix))
            .name("two_factor:phone_delete")
            .app_data(form_limit())
            .route(web::post().to(views::phone::delete))
            .default_service(web::to(method_not_allowed)),
    );
    crate::web::api::configure(cfg, &urls.api);
    #[cfg(feature = "webauthn")]
    configure_webauthn(cfg, prefix);
}

/// The WebAuthn routes (the views answer 404 while WebAuthn is off in the settings).
#[cfg(feature = "webauthn")]
fn configure_webauthn(cfg: &mut web::ServiceConfig, prefix: &str) {
    use views::webauthn as w;
    let at = |path: &str| format!("{prefix}{path}");
    let form_limit = || web::PayloadConfig::new(MAX_FORM_BYTES);
    cfg.service(
        web::resource(at(WEBAUTHN_SCRIPT))
            .name("two_factor:webauthn_js")
            .route(web::get().to(w::script))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(at(WEBAUTHN_REGISTER_OPTIONS))
            .name("two_factor:webauthn_register_options")
            .app_data(form_limit())
            .route(web::post().to(w::register_options))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(at(WEBAUTHN_LOGIN_OPTIONS))
            .name("two_factor:webauthn_login_options")
            .app_data(form_limit())
            .route(web::post().to(w::login_options))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(at(WEBAUTHN_PASSKEY_OPTIONS))
            .name("two_factor:webauthn_passkey_options")
            .app_data(form_limit())
            .route(web::post().to(w::passkey_options))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(at(WEBAUTHN_CREATE))
            .name("two_factor:webauthn_create")
            .app_data(form_limit())
            .route(web::get().to(w::create_get))
            .route(web::post().to(w::create_post))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource(format!("{}{{pk}}/", at(WEBAUTHN_DELETE_PREFIX)))
            .name("two_factor:webauthn_delete")
            .app_data(form_limit())
            .route(web::post().to(w::delete))
            .default_service(web::to(method_not_allowed)),
    );
}
