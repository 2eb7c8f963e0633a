//! The URL table: the same paths and names as django-two-factor-auth's `two_factor` URLconf.
//!
//! Names carry Django's namespace, so `req.url_for("two_factor:login", [""; 0])` reads
//! like `reverse("two_factor:login")`.

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

/// Everything WebAuthn serves lives under this path (exempt from the enforce-2FA policy:
/// the script, and the options a login or the setup wizard asks for).
pub const WEBAUTHN_PREFIX: &str = "/account/two_factor/webauthn/";
/// `two_factor:webauthn_js`: the browser script (no inline script anywhere).
pub const WEBAUTHN_SCRIPT: &str = "/account/two_factor/webauthn/webauthn.js";
/// `two_factor:webauthn_register_options`: POST, JSON options to add a key or passkey.
pub const WEBAUTHN_REGISTER_OPTIONS: &str = "/account/two_factor/webauthn/register/options/";
/// `two_factor:webauthn_login_options`: POST, JSON options for the login's token step.
pub const WEBAUTHN_LOGIN_OPTIONS: &str = "/account/two_factor/webauthn/login/options/";
/// `two_factor:webauthn_passkey_options`: POST, JSON options for a passkey login.
pub const WEBAUTHN_PASSKEY_OPTIONS: &str = "/account/two_factor/webauthn/passkey/options/";
/// `two_factor:webauthn_create`: add a security key or passkey (profile).
pub const WEBAUTHN_CREATE: &str = "/account/two_factor/webauthn/register/";
/// `two_factor:webauthn_delete`: `WEBAUTHN_DELETE_PREFIX<id>/`, POST removes a key.
pub const WEBAUTHN_DELETE_PREFIX: &str = "/account/two_factor/webauthn/unregister/";
/// `two_factor:set_language`: POST the visitor's language choice (Django's
/// `set_language`, `i18n/setlang/`).
pub const SET_LANGUAGE: &str = "/i18n/setlang/";

/// `two_factor:api`: the JSON API's base (no trailing slash; `…/openapi.json` is its
/// document).
pub const API: &str = "/account/two_factor/api/v1";

/// Largest form body the views accept; larger ones get 413 before any work is done.
pub const MAX_FORM_BYTES: usize = 16 * 1024;

/// Every named URL, for templates (`{{ urls.login }}`).
pub(crate) fn all() -> [(&'static str, &'static str); 19] {
    [
        ("set_language", SET_LANGUAGE),
        // The JSON API's base (no trailing slash): `{{ urls.api }}/openapi.json`.
        ("api", API),
        ("webauthn_js", WEBAUTHN_SCRIPT),
        ("webauthn_register_options", WEBAUTHN_REGISTER_OPTIONS),
        ("webauthn_login_options", WEBAUTHN_LOGIN_OPTIONS),
        ("webauthn_passkey_options", WEBAUTHN_PASSKEY_OPTIONS),
        ("webauthn_create", WEBAUTHN_CREATE),
        ("webauthn_delete", WEBAUTHN_DELETE_PREFIX),
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

/// The URL table under a prefix (`url_prefix("/auth")`: `/auth/account/login/`, …),
/// built once by `build()`. With no prefix every path is the constant above.
#[derive(Debug, Clone)]
pub(crate) struct Urls {
    pub(crate) prefix: String,
    pub(crate) login: String,
    pub(crate) logout: String,
    pub(crate) setup: String,
    pub(crate) qr: String,
    pub(crate) setup_complete: String,
    pub(crate) profile: String,
    pub(crate) disable: String,
    pub(crate) reauth: String,
    pub(crate) backup_tokens: String,
    pub(crate) phone_create: String,
    pub(crate) phone_delete_prefix: String,
    #[cfg_attr(not(feature = "webauthn"), allow(dead_code))]
    pub(crate) webauthn_delete_prefix: String,
    pub(crate) set_language: String,
    /// The JSON API's base path (`…/account/two_factor/api/v1`, no trailing slash).
    pub(crate) api: String,
    /// The `urls` map templates get, built once and cloned into each context.
    pub(crate) context: tera::Value,
}

impl Default for Urls {
    fn default() -> Self {
        Urls::new("")
    }
}

impl Urls {
    /// The table under `prefix` (`""` or a path like `/auth`, no trailing slash).
    pub(crate) fn new(prefix: &str) -> Urls {
        let at = |path: &str| format!("{prefix}{path}");
        let context = tera::Value::Object(
            all()
                .into_iter()
                .map(|(name, url)| (name.to_owned(), tera::Value::from(at(url))))
                .collect(),
        );
        Urls {
            prefix: prefix.to_owned(),
            login: at(LOGIN),
            logout: at(LOGOUT),
            setup: at(SETUP),
            qr: at(QR),
            setup_complete: at(SETUP_COMPLETE),
            profile: at(PROFILE),
            disable: at(DISABLE),
            reauth: at(REAUTH),
            backup_tokens: at(BACKUP_TOKENS),
            phone_create: at(PHONE_CREATE),
            phone_delete_prefix: at(PHONE_DELETE_PREFIX),
            webauthn_delete_prefix: at(WEBAUTHN_DELETE_PREFIX),
            set_language: at(SET_LANGUAGE),
            api: at(API),
            context,
        }
    }
}
