//! The URL table: the same paths and names as django-two-factor-auth's `two_factor` URLconf.
//!
//! Names carry Django's namespace, so `req.url_for("two_factor:login", [""; 0])` reads
//! like `reverse("two_factor:login")`.

/// Declares the route table: one row per named URL, in one place. A row is
/// `Variant => "name", "path", exempt, form;` — `exempt`: a requiring policy leaves it
/// reachable (the login and setup flow, WebAuthn's script and options, the JSON API, which
/// answers with its own 401/403); `form`: it accepts a form body (with the size limit).
macro_rules! routes {
    ($($(#[doc = $doc:literal])* $variant:ident => $name:literal, $path:literal, $exempt:literal, $form:literal;)*) => {
        /// A named URL of the `two_factor` URLconf.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum Route {
            $($(#[doc = $doc])* $variant,)*
        }

        /// Every route, in [`Route`]'s order.
        pub(crate) const ROUTES: &[RouteSpec] = &[
            $(RouteSpec { route: Route::$variant, name: $name, path: $path, policy_exempt: $exempt, form: $form },)*
        ];
    };
}

/// One row of the route table.
#[derive(Debug)]
pub(crate) struct RouteSpec {
    pub(crate) route: Route,
    /// The name without the namespace (`login` for `two_factor:login`; `urls.login` in
    /// templates).
    pub(crate) name: &'static str,
    /// The path without the URL prefix; a path ending in `unregister/` takes `<pk>/`.
    pub(crate) path: &'static str,
    /// A requiring policy leaves it reachable.
    pub(crate) policy_exempt: bool,
    /// It reads a form body (limited to [`MAX_FORM_BYTES`]).
    pub(crate) form: bool,
}

routes! {
    /// The login wizard.
    Login => "login", "/account/login/", true, true;
    /// POST to log out.
    Logout => "logout", "/account/logout/", true, true;
    /// The setup wizard.
    Setup => "setup", "/account/two_factor/setup/", true, true;
    /// The QR code of the setup in progress.
    Qr => "qr", "/account/two_factor/qrcode/", true, false;
    /// After the setup (it requires verification itself).
    SetupComplete => "setup_complete", "/account/two_factor/setup/complete/", true, false;
    /// The account security page.
    Profile => "profile", "/account/two_factor/", false, false;
    /// Turn two-factor authentication off.
    Disable => "disable", "/account/two_factor/disable/", false, true;
    /// Confirm the password (and a token) before a sensitive action.
    Reauth => "reauth", "/account/two_factor/reauth/", false, true;
    /// Backup tokens.
    BackupTokens => "backup_tokens", "/account/two_factor/backup/tokens/", false, true;
    /// Add a backup phone.
    PhoneCreate => "phone_create", "/account/two_factor/phone/register/", false, true;
    /// POST `<path><pk>/` removes a backup phone.
    PhoneDelete => "phone_delete", "/account/two_factor/phone/unregister/", false, true;
    /// Add one more authenticator app (profile).
    AppCreate => "app_create", "/account/two_factor/app/register/", false, true;
    /// POST `<path><pk>/` removes one of several authenticator apps.
    AppDelete => "app_delete", "/account/two_factor/app/unregister/", false, true;
    /// POST `<path><kind>/<pk>/` renames a device (field `name`).
    DeviceRename => "device_rename", "/account/two_factor/device/rename/", false, true;
    /// Where the user is signed in (linked from the profile).
    Sessions => "sessions", "/account/two_factor/sessions/", false, false;
    /// POST `<path><pk>/` ends one of the user's sessions.
    SessionRevoke => "session_revoke", "/account/two_factor/sessions/revoke/", false, true;
    /// POST ends every session of the user but this one.
    SessionsRevokeOthers => "sessions_revoke_others", "/account/two_factor/sessions/revoke-others/", false, true;
    /// POST `<path><pk>/` takes back one "don't ask again on this browser" grant.
    TrustedBrowserRevoke => "trusted_browser_revoke", "/account/two_factor/trusted-browsers/revoke/", false, true;
    /// POST takes back every such grant of the user.
    TrustedBrowsersRevokeAll => "trusted_browsers_revoke_all", "/account/two_factor/trusted-browsers/revoke-all/", false, true;
    /// POST the visitor's language choice (Django's `set_language`, `i18n/setlang/`).
    SetLanguage => "set_language", "/i18n/setlang/", false, true;
    /// The JSON API's base (no trailing slash; `…/openapi.json` is its document).
    Api => "api", "/account/two_factor/api/v1", true, false;
    /// The pages' stylesheet (no inline style anywhere).
    Stylesheet => "stylesheet", "/account/two_factor/two_factor.css", true, false;
    /// The WebAuthn browser script (no inline script anywhere).
    WebauthnJs => "webauthn_js", "/account/two_factor/webauthn/webauthn.js", true, false;
    /// POST, JSON options to add a key or passkey.
    WebauthnRegisterOptions => "webauthn_register_options", "/account/two_factor/webauthn/register/options/", true, true;
    /// POST, JSON options for the login's token step.
    WebauthnLoginOptions => "webauthn_login_options", "/account/two_factor/webauthn/login/options/", true, true;
    /// POST, JSON options for a passkey login.
    WebauthnPasskeyOptions => "webauthn_passkey_options", "/account/two_factor/webauthn/passkey/options/", true, true;
    /// Add a security key or passkey (profile).
    WebauthnCreate => "webauthn_create", "/account/two_factor/webauthn/register/", true, true;
    /// POST `<path><pk>/` removes a key.
    WebauthnDelete => "webauthn_delete", "/account/two_factor/webauthn/unregister/", true, true;
    /// WebAuthn's related origins document, at the host's root whatever the prefix.
    WebauthnWellKnown => "webauthn_well_known", "/.well-known/webauthn", true, false;
}

impl Route {
    /// Its row of the table.
    pub(crate) const fn spec(self) -> &'static RouteSpec {
        &ROUTES[self as usize]
    }

    /// Its path without a prefix.
    pub(crate) const fn path(self) -> &'static str {
        self.spec().path
    }
}

// The paths the tests, fuzzers and benches name (read from the table).
/// `two_factor:login`.
pub const LOGIN: &str = Route::Login.path();
/// `two_factor:logout`.
pub const LOGOUT: &str = Route::Logout.path();
/// `two_factor:setup`.
pub const SETUP: &str = Route::Setup.path();
/// `two_factor:qr`.
pub const QR: &str = Route::Qr.path();
/// `two_factor:profile`.
pub const PROFILE: &str = Route::Profile.path();
/// `two_factor:backup_tokens`.
pub const BACKUP_TOKENS: &str = Route::BackupTokens.path();
/// `two_factor:api`.
pub const API: &str = Route::Api.path();
/// Where WebAuthn's routes live.
pub const WEBAUTHN_PREFIX: &str = "/account/two_factor/webauthn/";

/// Largest form body the views accept; larger ones get 413 before any work is done.
pub const MAX_FORM_BYTES: usize = 16 * 1024;

/// The URL table under a prefix (`url_prefix("/auth")`: `/auth/account/login/`, …),
/// built once by `build()`; `urls[Route::Login]` is a path.
#[derive(Debug, Clone)]
pub(crate) struct Urls {
    pub(crate) prefix: String,
    paths: Vec<String>,
    /// The `urls` map templates get (`{{ urls.login }}`), built once and cloned into each
    /// context.
    pub(crate) context: tera::Value,
}

impl Default for Urls {
    fn default() -> Self {
        Urls::new("")
    }
}

impl std::ops::Index<Route> for Urls {
    type Output = str;

    fn index(&self, route: Route) -> &str {
        &self.paths[route as usize]
    }
}

impl Urls {
    /// The table under `prefix` (`""` or a path like `/auth`, no trailing slash).
    pub(crate) fn new(prefix: &str) -> Urls {
        let paths: Vec<String> = ROUTES
            .iter()
            // `/.well-known/` paths are fixed by their specifications: never prefixed.
            .map(|r| match r.path.starts_with("/.well-known/") {
                true => r.path.to_owned(),
                false => format!("{prefix}{}", r.path),
            })
            .collect();
        let context = tera::Value::Object(
            ROUTES
                .iter()
                .zip(&paths)
                .map(|(r, path)| (r.name.to_owned(), tera::Value::from(path.as_str())))
                .collect(),
        );
        Urls {
            prefix: prefix.to_owned(),
            paths,
            context,
        }
    }

    /// The paths a requiring policy leaves reachable.
    pub(crate) fn policy_exempt(&self) -> impl Iterator<Item = &str> {
        ROUTES
            .iter()
            .filter(|r| r.policy_exempt)
            .map(|r| &self[r.route])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_route_order_with_unique_names_and_paths() {
        for (i, spec) in ROUTES.iter().enumerate() {
            assert_eq!(spec.route as usize, i, "{spec:?}");
            assert!(spec.path.starts_with('/'), "{spec:?}");
        }
        let mut names: Vec<_> = ROUTES.iter().map(|r| r.name).collect();
        let mut paths: Vec<_> = ROUTES.iter().map(|r| r.path).collect();
        names.sort_unstable();
        names.dedup();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!((names.len(), paths.len()), (ROUTES.len(), ROUTES.len()));
    }
}
