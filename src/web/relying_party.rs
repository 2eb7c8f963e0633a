//! The WebAuthn relying party of a request (its scheme and host against the settings),
//! shared by the pages and the JSON API.

use actix_web::HttpRequest;

use crate::devices::webauthn::{RelyingParty, WebAuthnSettings};

/// The relying party of this request, or why its origin cannot use WebAuthn (in the
/// current language).
pub(crate) fn relying_party(
    settings: &WebAuthnSettings,
    req: &HttpRequest,
) -> Result<RelyingParty, String> {
    let info = req.connection_info();
    RelyingParty::for_request(settings, info.scheme(), info.host()).map_err(|e| e.message())
}
