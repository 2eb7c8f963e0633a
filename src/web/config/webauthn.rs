//! [`WebAuthn`]: security keys and passkeys (the `webauthn` feature).

use std::time::Duration;

use super::{AttestationConveyance, AuthenticatorAttachment, Transport, UserVerification};
use crate::devices::webauthn::{AaguidPolicy, WebAuthnSettings};

/// `TWO_FACTOR_WEBAUTHN_*`: security keys as a second factor and passkeys for login
/// without a password. On once the builder is given one.
#[must_use]
#[derive(Clone, Debug)]
pub struct WebAuthn(pub(crate) WebAuthnSettings);

impl WebAuthn {
    /// `TWO_FACTOR_WEBAUTHN_RP_NAME`: the site's name as the authenticator shows it.
    pub fn new(rp_name: impl Into<String>) -> Self {
        WebAuthn(WebAuthnSettings::new(rp_name))
    }

    /// `TWO_FACTOR_WEBAUTHN_RP_ID`: the relying-party id, a domain such as `example.com`
    /// (credentials then work on its subdomains too). Default: the request's host.
    pub fn rp_id(mut self, id: impl Into<String>) -> Self {
        self.0.rp_id = Some(id.into());
        self
    }

    /// The origins answers may come from (`https://example.com`); default: the request's
    /// own origin. Set it in production behind a proxy that rewrites `Host`.
    pub fn origins<I, S>(mut self, origins: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.0.origins = origins.into_iter().map(Into::into).collect();
        self
    }

    /// `TWO_FACTOR_WEBAUTHN_AUTHENTICATOR_ATTACHMENT` (default: the user chooses).
    pub fn authenticator_attachment(mut self, attachment: AuthenticatorAttachment) -> Self {
        self.0.authenticator_attachment = Some(attachment);
        self
    }

    /// `TWO_FACTOR_WEBAUTHN_UV_REQUIREMENT` for security keys as a second factor (default
    /// `discouraged`; passkeys always require it).
    pub fn user_verification(mut self, uv: UserVerification) -> Self {
        self.0.user_verification = uv;
        self
    }

    /// `TWO_FACTOR_WEBAUTHN_ATTESTATION_CONVEYANCE` (default `none`; `enterprise` is
    /// refused by `build()`).
    pub fn attestation(mut self, conveyance: AttestationConveyance) -> Self {
        self.0.attestation = conveyance;
        self
    }

    /// `TWO_FACTOR_WEBAUTHN_PREFERRED_TRANSPORTS`: hints for credentials whose transports
    /// are unknown.
    pub fn transports(mut self, transports: impl IntoIterator<Item = Transport>) -> Self {
        self.0.transports = transports.into_iter().collect();
        self
    }

    /// Only these authenticator models may be registered and used (AAGUIDs: 32 hex digits,
    /// dashes allowed). With attestation `none` an authenticator names its own model: this
    /// keeps users to approved models, it does not stop a forged one.
    pub fn allow_aaguids<I, S>(mut self, aaguids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.0.aaguids = AaguidPolicy::Allow(aaguids.into_iter().map(Into::into).collect());
        self
    }

    /// These authenticator models may not be registered, and keys of them already
    /// registered stop working (a model retired after a recall).
    pub fn deny_aaguids<I, S>(mut self, aaguids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.0.aaguids = AaguidPolicy::Deny(aaguids.into_iter().map(Into::into).collect());
        self
    }

    /// Origins on other domains that may use this site's passkeys (WebAuthn Level 3's
    /// related origins: `https://shop.example.net`), listed at `/.well-known/webauthn`,
    /// which `configure` serves at the host's root. Needs [`rp_id`](Self::rp_id).
    pub fn related_origins<I, S>(mut self, origins: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.0.related_origins = origins.into_iter().map(Into::into).collect();
        self
    }

    /// Native Android apps whose passkey answers count for this RP id: their origins
    /// (`android:apk-key-hash:` and the base64url SHA-256 of the signing certificate).
    pub fn app_origins<I, S>(mut self, origins: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.0.app_origins = origins.into_iter().map(Into::into).collect();
        self
    }

    /// Requires attestation, judged against FIDO metadata: the MDS3 blob at `blob` (as
    /// downloaded from `https://mds3.fidoalliance.org/`), verified against the root
    /// certificate at `root` (DER or PEM; FIDO signs with GlobalSign Root CA - R3). A key must
    /// send a `packed` attestation whose certificate chain ends at a root the metadata lists
    /// for its model, and a model its maker reported revoked or compromised is refused — at
    /// registration and at every use. Loaded now; `build()` reports a blob that does not
    /// verify. Refresh the file and restart to pick up new reports.
    pub fn attestation_required(
        mut self,
        blob: impl AsRef<std::path::Path>,
        root: impl AsRef<std::path::Path>,
    ) -> Self {
        match crate::devices::webauthn::Metadata::load(blob.as_ref(), root.as_ref()) {
            Ok(metadata) => {
                self.0.metadata = Some(std::sync::Arc::new(metadata));
                self.0.metadata_error = None;
                self.0.attestation = AttestationConveyance::Direct;
            }
            Err(error) => self.0.metadata_error = Some(error),
        }
        self
    }

    /// Whether the login page offers "Sign in with a passkey" (default on).
    pub fn passkey_login(mut self, on: bool) -> Self {
        self.0.passkey_login = on;
        self
    }

    /// How long a challenge is valid (default 5 minutes; 30 seconds to 10 minutes).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.0.timeout = timeout;
        self
    }
}
