//! The routes: every row of the table in `urls.rs` registered at its path under the URL
//! prefix, with its name (`two_factor:login`, …), its body limit and the handlers below.

use actix_web::{HttpResponse, web};

use crate::web::site::TwoFactor;
use crate::web::urls::{MAX_FORM_BYTES, ROUTES, Route, Urls};
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

/// The answer to a method the route does not take, with `Allow` naming the ones it does
/// (RFC 9110 §15.5.6).
fn method_not_allowed(allow: &'static str) -> actix_web::Route {
    web::to(move || async move {
        HttpResponse::MethodNotAllowed()
            .insert_header((actix_web::http::header::ALLOW, allow))
            .finish()
    })
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

/// Registers the views under `prefix` (`""` for the default paths): every row of the
/// route table with its name, its body limit and its handlers.
///
/// Every view sits in one guarded scope: a request for any other path (the host's pages)
/// passes all of them with one comparison and a look at its path ([`Claimed`]), instead of
/// one router entry per top-level view (about 200 instructions each). Inside it, the routes
/// under `<prefix>/account/two_factor/` share a scope of their own. A path under that scope
/// that no route takes gets the app's default service, as before.
pub(crate) fn configure_at(cfg: &mut web::ServiceConfig, prefix: &str) {
    let urls = Urls::new(prefix);
    let group_path = format!("{prefix}/account/two_factor");
    let mut group = web::scope(&group_path);
    let mut root = web::scope("");
    let mut claimed = Claimed {
        paths: Vec::new(),
        prefixes: vec![group_path.clone()],
    };
    for spec in ROUTES {
        let path = &urls[spec.route];
        let inner = path
            .strip_prefix(group_path.as_str())
            .filter(|rest| rest.starts_with('/'));
        if spec.route == Route::Api {
            let (base, mount) = (path.to_owned(), inner.map(str::to_owned));
            match mount {
                Some(mount) => {
                    group =
                        group.configure(move |cfg| crate::web::api::configure(cfg, &mount, &base));
                }
                None => {
                    claimed.prefixes.push(base.clone());
                    root = root.configure(move |cfg| crate::web::api::configure(cfg, &base, &base));
                }
            }
            continue;
        }
        let local = inner.unwrap_or(path);
        // A route taking `<pk>/` (or `<kind>/<pk>/`) lives in a scope of its own: the router
        // then compares the static prefix, and only a request under it runs the pattern (a
        // pattern among the others is a regex every later route's request would run).
        let tail = if spec.path.ends_with("unregister/") || spec.path.ends_with("/revoke/") {
            Some("/{pk}/")
        } else if spec.path.ends_with("rename/") {
            Some("/{kind}/{pk}/")
        } else {
            None
        };
        let scope = tail.map(|_| local.trim_end_matches('/').to_owned());
        let pattern = tail.unwrap_or(local).to_owned();
        let mut resource = web::resource(pattern).name(&format!("two_factor:{}", spec.name));
        if spec.form {
            resource = resource.app_data(web::PayloadConfig::new(MAX_FORM_BYTES));
        }
        let Some((resource, allow)) = handlers(spec.route, resource) else {
            continue;
        };
        let resource = resource.default_service(method_not_allowed(allow));
        match (inner.is_some(), scope) {
            (true, Some(prefix)) => group = group.service(web::scope(&prefix).service(resource)),
            (true, None) => group = group.service(resource),
            (false, Some(prefix)) => {
                claimed.prefixes.push(prefix.clone());
                root = root.service(web::scope(&prefix).service(resource));
            }
            (false, None) => {
                claimed.paths.push(path.to_owned());
                root = root.service(resource);
            }
        }
    }
    cfg.service(root.service(group).guard(claimed));
}

/// The guard of the views' scope: the paths its resources take and the prefixes its scopes
/// take, so a request for any other path goes on to the host's routes (a scope that matched
/// would answer it with the default service). Paths are compared as the router compares
/// them: a path with a `%` escape is first decoded the router's way.
struct Claimed {
    /// Resources' paths, matched whole.
    paths: Vec<String>,
    /// Scopes' paths, matched like a scope: the path itself or anything below it.
    prefixes: Vec<String>,
}

impl Claimed {
    /// Whether a resource or scope of the views would take `path` (the router's form).
    fn claims(&self, path: &str) -> bool {
        self.paths.iter().any(|p| p == path)
            || self.prefixes.iter().any(|prefix| {
                path.strip_prefix(prefix.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
    }
}

impl actix_web::guard::Guard for Claimed {
    fn check(&self, ctx: &actix_web::guard::GuardContext<'_>) -> bool {
        let uri = &ctx.head().uri;
        if uri.path().contains('%') {
            self.claims(actix_router::Url::new(uri.clone()).path())
        } else {
            self.claims(uri.path())
        }
    }
}

/// The handlers of each route and the methods they take (`None`: not served in this
/// build).
fn handlers(route: Route, r: actix_web::Resource) -> Option<(actix_web::Resource, &'static str)> {
    const GET: &str = "GET";
    const POST: &str = "POST";
    const BOTH: &str = "GET, POST";
    use views::*;
    let r = match route {
        Route::Login => (
            r.route(web::get().to(login::get))
                .route(web::post().to(login::post)),
            BOTH,
        ),
        Route::Logout => (r.route(web::post().to(logout::post)), POST),
        Route::Setup => (
            r.route(web::get().to(setup::get))
                .route(web::post().to(setup::post)),
            BOTH,
        ),
        Route::Qr => (r.route(web::get().to(qr::get)), GET),
        Route::SetupComplete => (r.route(web::get().to(profile::setup_complete)), GET),
        Route::Profile => (r.route(web::get().to(profile::get)), GET),
        Route::Disable => (
            r.route(web::get().to(profile::disable_get))
                .route(web::post().to(profile::disable_post)),
            BOTH,
        ),
        Route::Reauth => (
            r.route(web::get().to(reauth::get))
                .route(web::post().to(reauth::post)),
            BOTH,
        ),
        Route::BackupTokens => (
            r.route(web::get().to(backup::get))
                .route(web::post().to(backup::post)),
            BOTH,
        ),
        Route::PhoneCreate => (
            r.route(web::get().to(phone::create_get))
                .route(web::post().to(phone::create_post)),
            BOTH,
        ),
        Route::PhoneDelete => (r.route(web::post().to(phone::delete)), POST),
        Route::AppCreate => (
            r.route(web::get().to(apps::create_get))
                .route(web::post().to(apps::create_post)),
            BOTH,
        ),
        Route::AppDelete => (r.route(web::post().to(apps::delete)), POST),
        Route::DeviceRename => (r.route(web::post().to(apps::rename)), POST),
        Route::Sessions => (r.route(web::get().to(sessions::get)), GET),
        Route::SessionRevoke => (r.route(web::post().to(sessions::revoke)), POST),
        Route::SessionsRevokeOthers => (r.route(web::post().to(sessions::revoke_others)), POST),
        Route::TrustedBrowserRevoke => (r.route(web::post().to(sessions::untrust)), POST),
        Route::TrustedBrowsersRevokeAll => (r.route(web::post().to(sessions::untrust_all)), POST),
        Route::SetLanguage => (
            r.route(web::post().to(crate::web::i18n::set_language)),
            POST,
        ),
        Route::Stylesheet => (r.route(web::get().to(crate::web::assets::stylesheet)), GET),
        // Registered as a scope of its own by `configure_at`.
        Route::Api => return None,
        #[cfg(feature = "webauthn")]
        Route::WebauthnJs => (r.route(web::get().to(webauthn::script)), GET),
        #[cfg(feature = "webauthn")]
        Route::WebauthnRegisterOptions => {
            (r.route(web::post().to(webauthn::register_options)), POST)
        }
        #[cfg(feature = "webauthn")]
        Route::WebauthnLoginOptions => (r.route(web::post().to(webauthn::login_options)), POST),
        #[cfg(feature = "webauthn")]
        Route::WebauthnPasskeyOptions => (r.route(web::post().to(webauthn::passkey_options)), POST),
        #[cfg(feature = "webauthn")]
        Route::WebauthnCreate => (
            r.route(web::get().to(webauthn::create_get))
                .route(web::post().to(webauthn::create_post)),
            BOTH,
        ),
        #[cfg(feature = "webauthn")]
        Route::WebauthnDelete => (r.route(web::post().to(webauthn::delete)), POST),
        #[cfg(feature = "webauthn")]
        Route::WebauthnWellKnown => (r.route(web::get().to(webauthn::well_known)), GET),
        #[cfg(not(feature = "webauthn"))]
        Route::WebauthnJs
        | Route::WebauthnRegisterOptions
        | Route::WebauthnLoginOptions
        | Route::WebauthnPasskeyOptions
        | Route::WebauthnCreate
        | Route::WebauthnDelete
        | Route::WebauthnWellKnown => return None,
    };
    Some(r)
}
