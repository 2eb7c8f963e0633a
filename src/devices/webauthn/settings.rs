//! WebAuthn settings (django-two-factor-auth's `TWO_FACTOR_WEBAUTHN_*`), plain data checked
//! by [`TwoFactorBuilder::build`](crate::TwoFactorBuilder::build).

use std::time::Duration;

/// How much the authenticator must check that the user is who they say (a PIN, a
/// fingerprint): WebAuthn's `userVerification`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum UserVerification {
    /// Refuse an assertion without the UV flag.
    Required,
    /// Ask for it, accept without.
    Preferred,
    /// Do not ask (the default for a second factor: the password is the other factor).
    Discouraged,
}

impl UserVerification {
    /// The WebAuthn spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            UserVerification::Required => "required",
            UserVerification::Preferred => "preferred",
            UserVerification::Discouraged => "discouraged",
        }
    }
}

/// Which authenticators may be registered: WebAuthn's `authenticatorAttachment`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticatorAttachment {
    /// Built into the device (Touch ID, Windows Hello, Android screen lock).
    Platform,
    /// Roaming keys (USB, NFC, Bluetooth security keys, a phone over hybrid).
    CrossPlatform,
}

impl AuthenticatorAttachment {
    /// The WebAuthn spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthenticatorAttachment::Platform => "platform",
            AuthenticatorAttachment::CrossPlatform => "cross-platform",
        }
    }
}

/// What attestation the site asks for: WebAuthn's `attestation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttestationConveyance {
    /// No attestation (the default; browsers send format `none`).
    None,
    /// Attestation the client may anonymise.
    Indirect,
    /// The authenticator's own attestation.
    Direct,
    /// Uniquely identifying attestation: refused by `build()` (it identifies the user's
    /// device across sites and needs an enterprise policy in the browser).
    Enterprise,
}

impl AttestationConveyance {
    /// The WebAuthn spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AttestationConveyance::None => "none",
            AttestationConveyance::Indirect => "indirect",
            AttestationConveyance::Direct => "direct",
            AttestationConveyance::Enterprise => "enterprise",
        }
    }
}

/// How the browser may reach an authenticator: WebAuthn's `AuthenticatorTransport`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Transport {
    /// USB.
    Usb,
    /// NFC.
    Nfc,
    /// Bluetooth Low Energy.
    Ble,
    /// A phone, through a QR code and Bluetooth proximity (`hybrid`).
    Hybrid,
    /// Built into the client device.
    Internal,
}

impl Transport {
    /// The WebAuthn spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Transport::Usb => "usb",
            Transport::Nfc => "nfc",
            Transport::Ble => "ble",
            Transport::Hybrid => "hybrid",
            Transport::Internal => "internal",
        }
    }

    /// Parses the WebAuthn spelling.
    pub(crate) fn parse(s: &str) -> Option<Transport> {
        [
            Transport::Usb,
            Transport::Nfc,
            Transport::Ble,
            Transport::Hybrid,
            Transport::Internal,
        ]
        .into_iter()
        .find(|t| t.as_str() == s)
    }
}

/// The WebAuthn settings in force ([`TwoFactor::webauthn`](crate::Core::webauthn)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebAuthnSettings {
    /// `TWO_FACTOR_WEBAUTHN_RP_NAME`: the site's name shown by the authenticator. Required.
    pub rp_name: String,
    /// `TWO_FACTOR_WEBAUTHN_RP_ID`: the relying-party id, a domain (`example.com`). `None`:
    /// the request's host, without port.
    pub rp_id: Option<String>,
    /// The origins allowed to answer (`https://example.com`, `https://www.example.com`).
    /// Empty: the request's own origin (its scheme and `Host`).
    pub origins: Vec<String>,
    /// `TWO_FACTOR_WEBAUTHN_AUTHENTICATOR_ATTACHMENT`: `None` lets the user choose.
    pub authenticator_attachment: Option<AuthenticatorAttachment>,
    /// `TWO_FACTOR_WEBAUTHN_UV_REQUIREMENT` for security keys as a second factor (default
    /// `discouraged`). Passkeys always require user verification.
    pub user_verification: UserVerification,
    /// `TWO_FACTOR_WEBAUTHN_ATTESTATION_CONVEYANCE` (default `none`).
    pub attestation: AttestationConveyance,
    /// `TWO_FACTOR_WEBAUTHN_PREFERRED_TRANSPORTS`: hints for credentials whose transports
    /// the browser did not report. Empty: no hints.
    pub transports: Vec<Transport>,
    /// `TWO_FACTOR_WEBAUTHN_THROTTLE_FACTOR` (django-otp's throttling, per key).
    pub throttle_factor: u32,
    /// Whether the login page offers "Sign in with a passkey" (default on).
    pub passkey_login: bool,
    /// How long a challenge stays valid (default five minutes, at most ten).
    pub timeout: Duration,
    /// Which authenticator models (AAGUIDs) may be registered and used.
    pub aaguids: AaguidPolicy,
    /// Origins on other domains that may use this RP id (`https://shop.example.net`):
    /// WebAuthn Level 3's related origins, listed at `/.well-known/webauthn`. Needs `rp_id`.
    pub related_origins: Vec<String>,
    /// Native apps' origins (`android:apk-key-hash:<base64url SHA-256>`) whose answers
    /// count, for apps that call the platform's passkey API with this RP id.
    pub app_origins: Vec<String>,
    /// FIDO metadata: with it, attestation is required and judged against it.
    pub metadata: Option<std::sync::Arc<super::metadata::Metadata>>,
    /// Why the metadata could not be loaded (`build()` reports it).
    pub(crate) metadata_error: Option<String>,
}

/// Which authenticator models a company accepts, by AAGUID (32 hex digits, dashes
/// allowed). Without attestation an authenticator states its own AAGUID, so an allow list
/// keeps honest users to approved models rather than stopping a forger; a deny list
/// retires a model (keys already registered stop working too).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum AaguidPolicy {
    /// Every authenticator (the default).
    #[default]
    Any,
    /// Only these models (an all-zero AAGUID, which hides the model, is refused).
    Allow(Vec<String>),
    /// Every model but these.
    Deny(Vec<String>),
}

impl AaguidPolicy {
    /// Whether a key of model `aaguid` (hex, as stored) is accepted.
    pub fn accepts(&self, aaguid: &str) -> bool {
        let normalized = super::providers::normalize(aaguid);
        let listed = |list: &[String]| {
            normalized.as_ref().is_some_and(|a| {
                list.iter()
                    .any(|l| super::providers::normalize(l).as_ref() == Some(a))
            })
        };
        match self {
            AaguidPolicy::Any => true,
            AaguidPolicy::Allow(list) => listed(list),
            AaguidPolicy::Deny(list) => !listed(list),
        }
    }

    /// The first entry that is not an AAGUID.
    fn invalid_entry(&self) -> Option<&str> {
        match self {
            AaguidPolicy::Any => None,
            AaguidPolicy::Allow(list) | AaguidPolicy::Deny(list) => list
                .iter()
                .find(|a| super::providers::normalize(a).is_none())
                .map(String::as_str),
        }
    }
}

impl WebAuthnSettings {
    /// Django's defaults with the given relying-party name.
    pub fn new(rp_name: impl Into<String>) -> Self {
        WebAuthnSettings {
            rp_name: rp_name.into(),
            rp_id: None,
            origins: Vec::new(),
            authenticator_attachment: None,
            user_verification: UserVerification::Discouraged,
            attestation: AttestationConveyance::None,
            transports: Vec::new(),
            throttle_factor: 1,
            passkey_login: true,
            timeout: Duration::from_secs(300),
            aaguids: AaguidPolicy::Any,
            related_origins: Vec::new(),
            app_origins: Vec::new(),
            metadata: None,
            metadata_error: None,
        }
    }

    /// The checks `build()` makes: the failing setting (a builder method name) and why.
    pub(crate) fn validate(&self) -> Result<(), (&'static str, String)> {
        let name = self.rp_name.trim();
        if name.is_empty() {
            return Err(("webauthn_rp_name", "empty; name the site".to_owned()));
        }
        if name.chars().any(char::is_control) || name.chars().count() > 64 {
            return Err((
                "webauthn_rp_name",
                "at most 64 characters, no control characters".to_owned(),
            ));
        }
        if let Some(id) = &self.rp_id
            && let Err(reason) = check_rp_id(id)
        {
            return Err(("webauthn_rp_id", reason));
        }
        if let Some(error) = &self.metadata_error {
            return Err(("webauthn_attestation_required", error.clone()));
        }
        if let Some(entry) = self.aaguids.invalid_entry() {
            return Err((
                "webauthn_aaguids",
                format!("{entry:?} is not an AAGUID (32 hex digits, dashes allowed)"),
            ));
        }
        for origin in &self.origins {
            let Some(host) = origin_host(origin) else {
                return Err((
                    "webauthn_origins",
                    format!(
                        "{origin:?} is not an origin: `https://host[:port]` (or `http://localhost[:port]`), no path"
                    ),
                ));
            };
            if let Some(id) = &self.rp_id
                && !host_within_rp_id(&host, id)
            {
                return Err((
                    "webauthn_origins",
                    format!("the host of {origin:?} is not {id} or a subdomain of it"),
                ));
            }
        }
        for origin in &self.related_origins {
            let Some(host) = origin_host(origin).filter(|_| origin.starts_with("https://")) else {
                return Err((
                    "webauthn_related_origins",
                    format!("{origin:?} is not an origin: `https://host[:port]`, no path"),
                ));
            };
            let Some(id) = &self.rp_id else {
                return Err((
                    "webauthn_related_origins",
                    "related origins share a fixed relying-party id: set rp_id too".to_owned(),
                ));
            };
            if host_within_rp_id(&host, id) {
                return Err((
                    "webauthn_related_origins",
                    format!("{origin:?} is within {id}: list it in origins instead"),
                ));
            }
        }
        for origin in &self.app_origins {
            let hash = origin
                .strip_prefix("android:apk-key-hash:")
                .unwrap_or_default();
            let valid = hash.len() == 43
                && hash
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if !valid {
                return Err((
                    "webauthn_app_origins",
                    format!(
                        "{origin:?} is not an Android app's origin: `android:apk-key-hash:` and the base64url SHA-256 of its signing certificate (43 characters)"
                    ),
                ));
            }
        }
        if self.attestation == AttestationConveyance::Enterprise {
            return Err((
                "webauthn_attestation",
                "enterprise attestation identifies the user's device across sites; use none, indirect or direct".to_owned(),
            ));
        }
        if self.timeout < Duration::from_secs(30) || self.timeout > Duration::from_secs(600) {
            return Err((
                "webauthn_timeout",
                format!("{:?}; between 30 seconds and 10 minutes", self.timeout),
            ));
        }
        Ok(())
    }
}

/// Whether `id` can be a relying-party id: a lowercase domain name (not an IP address).
pub fn check_rp_id(id: &str) -> Result<(), String> {
    let valid_label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    if id.is_empty() || id.len() > 253 || !id.split('.').all(valid_label) {
        return Err(format!(
            "{id:?} is not a domain (lowercase letters, digits, `-` and `.`; no scheme, port or path)"
        ));
    }
    if id.split('.').all(|l| l.bytes().all(|b| b.is_ascii_digit())) {
        return Err(format!(
            "{id:?} is an IP address; WebAuthn needs a domain (browse the site at localhost or a name)"
        ));
    }
    Ok(())
}

/// The host of an origin (`https://h[:port]`, or `http://` on localhost), lowercased.
pub(crate) fn origin_host(origin: &str) -> Option<String> {
    let (scheme, rest) = origin.split_once("://")?;
    if rest.is_empty() || rest.contains(['/', '?', '#', '@']) {
        return None;
    }
    // IPv6 literals cannot be relying-party ids: refused with the other IP hosts.
    if rest.starts_with('[') {
        return None;
    }
    let host = match rest.split_once(':') {
        Some((h, port)) => {
            if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            h
        }
        None => rest,
    };
    if host.is_empty() {
        return None;
    }
    let host = host.to_ascii_lowercase();
    match scheme {
        "https" => Some(host),
        "http" if is_localhost(&host) => Some(host),
        _ => None,
    }
}

/// `localhost` and `*.localhost`: the names browsers treat as secure over plain HTTP.
pub(crate) fn is_localhost(host: &str) -> bool {
    host == "localhost" || host.ends_with(".localhost")
}

/// Whether `host` is `rp_id` or a subdomain of it.
pub(crate) fn host_within_rp_id(host: &str, rp_id: &str) -> bool {
    host == rp_id
        || host
            .strip_suffix(rp_id)
            .is_some_and(|prefix| prefix.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_djangos_and_valid() {
        let s = WebAuthnSettings::new("My Site");
        assert_eq!(s.user_verification, UserVerification::Discouraged);
        assert_eq!(s.attestation, AttestationConveyance::None);
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn bad_settings_name_themselves() {
        let with = |f: &dyn Fn(&mut WebAuthnSettings)| {
            let mut s = WebAuthnSettings::new("Site");
            f(&mut s);
            s.validate().err().map(|(setting, _)| setting)
        };
        assert_eq!(with(&|s| s.rp_name = " ".into()), Some("webauthn_rp_name"));
        assert_eq!(
            with(&|s| s.rp_id = Some("127.0.0.1".into())),
            Some("webauthn_rp_id")
        );
        assert_eq!(
            with(&|s| s.rp_id = Some("https://x.com".into())),
            Some("webauthn_rp_id")
        );
        assert_eq!(
            with(&|s| s.rp_id = Some("Example.com".into())),
            Some("webauthn_rp_id")
        );
        assert_eq!(with(&|s| s.rp_id = Some("example.com".into())), None);
        assert_eq!(
            with(&|s| s.attestation = AttestationConveyance::Enterprise),
            Some("webauthn_attestation")
        );
        assert_eq!(
            with(&|s| s.origins = vec!["http://example.com".into()]),
            Some("webauthn_origins")
        );
        assert_eq!(
            with(&|s| s.origins = vec!["https://example.com/".into()]),
            Some("webauthn_origins")
        );
        assert_eq!(
            with(&|s| {
                s.rp_id = Some("example.com".into());
                s.origins = vec!["https://evil-example.com".into()];
            }),
            Some("webauthn_origins")
        );
        assert_eq!(
            with(&|s| {
                s.rp_id = Some("example.com".into());
                s.origins = vec!["https://login.example.com:8443".into()];
            }),
            None
        );
        assert_eq!(
            with(&|s| s.origins = vec!["http://localhost:8000".into()]),
            None
        );
        assert_eq!(
            with(&|s| s.timeout = Duration::from_secs(3600)),
            Some("webauthn_timeout")
        );
    }

    #[test]
    fn hosts_within_rp_ids() {
        assert!(host_within_rp_id("example.com", "example.com"));
        assert!(host_within_rp_id("a.example.com", "example.com"));
        assert!(!host_within_rp_id("badexample.com", "example.com"));
        assert!(!host_within_rp_id("example.com.evil", "example.com"));
    }
}
