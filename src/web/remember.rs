//! "Don't ask again on this device": the remember-device cookie
//! (`TWO_FACTOR_REMEMBER_COOKIE_*`), off by default.
//!
//! The cookie value is `v2.<user id>.<device>.<expires>.<grant>.<mac>`, where the MAC is an
//! HMAC-SHA256 over the user id, the device's persistent id, the user's credential version
//! (it changes with the password), the expiry and the grant key, under a server secret. It
//! is compared in constant time. The grant key (random) names the grant's row in
//! `two_factor_trusted_browser` (`src/trusted_browsers.rs`), which the user sees as a trusted
//! browser and can take back. A cookie stops working when it expires, when the password
//! changes, when its grant is revoked, and when the device is removed or two-factor
//! authentication is disabled (the device must still exist and belong to the user). A
//! malformed cookie (one that cannot be ours, `v1` cookies of earlier versions included) is
//! deleted without counting. A well-formed cookie for this user whose MAC fails is deleted
//! and counts as one failure of the user's device — at most one per request, however many
//! such cookies it carries, and none while the device is already throttled. A throttled
//! device still asks for the token.

use std::time::Duration;

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::devices::DeviceRef;

/// Longest cookie value considered at all.
const MAX_VALUE_LEN: usize = 1024;

/// Remember-cookie settings, with Django's defaults.
#[derive(Clone)]
pub struct RememberSettings {
    /// `TWO_FACTOR_REMEMBER_COOKIE_AGE`; `None` turns the feature off (the default).
    pub age: Option<Duration>,
    /// `TWO_FACTOR_REMEMBER_COOKIE_PREFIX` (default `remember-cookie_`). Use
    /// `__Host-remember-cookie_` with `secure` and no domain for the strongest binding.
    pub prefix: String,
    /// `TWO_FACTOR_REMEMBER_COOKIE_DOMAIN` (default none: this host only).
    pub domain: Option<String>,
    /// `TWO_FACTOR_REMEMBER_COOKIE_PATH` (default `/`).
    pub path: String,
    /// `TWO_FACTOR_REMEMBER_COOKIE_SECURE` (default false, as in Django; set it in production).
    pub secure: bool,
    /// `TWO_FACTOR_REMEMBER_COOKIE_HTTPONLY` (default true).
    pub http_only: bool,
    /// `TWO_FACTOR_REMEMBER_COOKIE_SAMESITE` (default `Lax`).
    pub same_site: SameSite,
    secret: [u8; 32],
}

impl std::fmt::Debug for RememberSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RememberSettings")
            .field("age", &self.age)
            .field("prefix", &self.prefix)
            .field("domain", &self.domain)
            .field("path", &self.path)
            .field("secure", &self.secure)
            .field("http_only", &self.http_only)
            .field("same_site", &self.same_site)
            .finish_non_exhaustive()
    }
}

impl Default for RememberSettings {
    fn default() -> Self {
        RememberSettings {
            age: None,
            prefix: "remember-cookie_".to_owned(),
            domain: None,
            path: "/".to_owned(),
            secure: false,
            http_only: true,
            same_site: SameSite::Lax,
            // A per-process secret unless the host sets one: cookies then do not survive
            // a restart or work across instances, which fails safe.
            secret: rand::random(),
        }
    }
}

impl RememberSettings {
    /// Sets the HMAC secret from key material of at least 32 bytes (hashed to 32).
    pub fn set_secret(&mut self, material: &[u8]) -> bool {
        if material.len() < 32 {
            return false;
        }
        use sha2::Digest;
        let mut hasher = Sha256::new();
        hasher.update(b"two_factor.remember-cookie.v1");
        hasher.update(material);
        self.secret = hasher.finalize().into();
        true
    }

    /// Whether the feature is on.
    pub fn enabled(&self) -> bool {
        self.age.is_some_and(|a| !a.is_zero())
    }

    /// The checkbox label: "Don't ask again on this device for 30 days".
    pub fn label(&self) -> String {
        let secs = self.age.map_or(0, |a| a.as_secs());
        let (n, unit) = if secs >= 86_400 && secs.is_multiple_of(86_400) {
            (secs / 86_400, "day")
        } else if secs >= 3_600 && secs.is_multiple_of(3_600) {
            (secs / 3_600, "hour")
        } else {
            (secs.div_ceil(60), "minute")
        };
        format!(
            "Don't ask again on this device for {n} {unit}{}",
            if n == 1 { "" } else { "s" }
        )
    }

    /// The MAC over a cookie's fields (length-prefixed, so fields cannot be shifted).
    /// HMAC accepts any key length, so this is `None` only in theory.
    fn mac(
        &self,
        user_id: &str,
        device: &str,
        credential_version: &str,
        expires: i64,
        grant: &str,
    ) -> Option<Hmac<Sha256>> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.secret).ok()?;
        for part in [user_id, device, credential_version] {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part.as_bytes());
        }
        mac.update(&expires.to_be_bytes());
        mac.update(&(grant.len() as u64).to_be_bytes());
        mac.update(grant.as_bytes());
        Some(mac)
    }

    /// A new cookie remembering `device` for `user_id` until `now + age`, with a new grant
    /// key (the caller records the grant); `None` when remembering is off, and for backup
    /// tokens, which are never remembered.
    pub fn issue(
        &self,
        user_id: &str,
        device: DeviceRef,
        credential_version: &str,
        now_secs: i64,
    ) -> Option<Issued> {
        // Backup tokens are for when the device is lost: a login with one is never
        // remembered (the grant would outlive the tokens' regeneration).
        if device.kind == crate::devices::DeviceKind::Static {
            return None;
        }
        let age = self.age.filter(|a| !a.is_zero())?;
        let expires = now_secs + age.as_secs() as i64;
        let device = device.to_string();
        let grant = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>());
        let tag = self
            .mac(user_id, &device, credential_version, expires, &grant)?
            .finalize()
            .into_bytes();
        let value = format!(
            "v2.{}.{}.{}.{}.{}",
            URL_SAFE_NO_PAD.encode(user_id),
            device,
            expires,
            grant,
            URL_SAFE_NO_PAD.encode(tag)
        );
        if value.len() > MAX_VALUE_LEN {
            // A user id this long would make a cookie the parser refuses: remember nothing.
            return None;
        }
        let name = format!(
            "{}{}",
            self.prefix,
            URL_SAFE_NO_PAD.encode(rand::random::<[u8; 12]>())
        );
        let mut cookie = Cookie::build(name, value)
            .path(self.path.clone())
            .secure(self.secure)
            .http_only(self.http_only)
            .same_site(self.same_site)
            .max_age(actix_web::cookie::time::Duration::seconds(
                age.as_secs() as i64
            ))
            .finish();
        if let Some(domain) = &self.domain {
            cookie.set_domain(domain.clone());
        }
        Some(Issued {
            cookie,
            grant,
            expires,
        })
    }

    /// A cookie that deletes the remember cookie `name` in the browser.
    pub fn removal(&self, name: &str) -> Cookie<'static> {
        let mut cookie = Cookie::build(name.to_owned(), "")
            .path(self.path.clone())
            .secure(self.secure)
            .http_only(self.http_only)
            .same_site(self.same_site)
            .finish();
        if let Some(domain) = &self.domain {
            cookie.set_domain(domain.clone());
        }
        cookie.make_removal();
        cookie
    }

    /// Whether `cookie`'s MAC is right for the claimed user, device and credentials.
    fn authentic(&self, cookie: &RememberCookie, credential_version: &str) -> bool {
        let device = cookie.device.to_string();
        let (user, expires, grant) = (&cookie.user_id, cookie.expires, &cookie.grant);
        self.mac(user, &device, credential_version, expires, grant)
            .is_some_and(|mac| mac.verify_slice(&cookie.mac).is_ok())
    }
}

/// A cookie just issued, with what its grant's row needs.
#[derive(Debug)]
pub struct Issued {
    /// The cookie to set.
    pub cookie: Cookie<'static>,
    /// Its grant key (the row keeps the digest).
    pub grant: String,
    /// Unix seconds when it runs out.
    pub expires: i64,
}

/// A parsed (not yet verified) remember cookie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RememberCookie {
    /// The user it claims to be for.
    pub user_id: String,
    /// The device it claims.
    pub device: DeviceRef,
    /// Unix seconds after which it is void.
    pub expires: i64,
    /// The grant key: its row in `two_factor_trusted_browser` must still be there.
    pub grant: String,
    mac: Vec<u8>,
}

impl RememberCookie {
    /// Parses a cookie value strictly; anything malformed is `None`, never a panic.
    pub fn parse(value: &str) -> Option<RememberCookie> {
        if value.len() > MAX_VALUE_LEN {
            return None;
        }
        let mut parts = value.split('.');
        let (Some("v2"), Some(user), Some(device), Some(expires), Some(grant), Some(mac), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return None;
        };
        if grant.len() != 22 || URL_SAFE_NO_PAD.decode(grant).is_err() {
            return None;
        }
        let user_id = String::from_utf8(URL_SAFE_NO_PAD.decode(user).ok()?).ok()?;
        if user_id.is_empty()
            || expires.is_empty()
            || !expires.bytes().all(|b| b.is_ascii_digit())
            || (expires.len() > 1 && expires.starts_with('0'))
        {
            return None;
        }
        let mac = URL_SAFE_NO_PAD.decode(mac).ok()?;
        if mac.len() != 32 {
            return None;
        }
        Some(RememberCookie {
            user_id,
            device: device.parse().ok()?,
            expires: expires.parse().ok()?,
            grant: grant.to_owned(),
            mac,
        })
    }
}

/// What the remember cookies of a request say about `user_id`.
#[derive(Debug, Default)]
pub struct Inspection {
    /// A valid, unexpired cookie for this user: its name, the device it vouches for and
    /// its grant key (the caller checks the grant is still there).
    pub device: Option<(String, DeviceRef, String)>,
    /// Cookies to delete (expired, tampered, malformed).
    pub remove: Vec<String>,
    /// A well-formed cookie for this user whose MAC failed, and the device it claims: the
    /// request counts one failure (whatever the number of such cookies). Malformed cookies
    /// are only deleted: they cannot be ours, and counting them would let anyone who can
    /// plant cookies lock the user's device.
    pub forged: Option<DeviceRef>,
}

/// Reads every remember cookie on `req` for `user_id` (checks MAC and expiry only; the
/// caller checks that the device still exists, belongs to the user and is not throttled).
pub fn inspect(
    settings: &RememberSettings,
    req: &HttpRequest,
    user_id: &str,
    credential_version: &str,
    now_secs: i64,
) -> Inspection {
    let mut out = Inspection::default();
    let Ok(cookies) = req.cookies() else {
        return out;
    };
    for cookie in cookies
        .iter()
        .filter(|c| c.name().starts_with(&settings.prefix))
    {
        let name = cookie.name().to_owned();
        match RememberCookie::parse(cookie.value()) {
            Some(parsed)
                if parsed.user_id == user_id && settings.authentic(&parsed, credential_version) =>
            {
                if parsed.expires <= now_secs {
                    out.remove.push(name);
                } else if out.device.is_none() {
                    out.device = Some((name, parsed.device, parsed.grant));
                }
            }
            Some(parsed) if parsed.user_id != user_id => {
                // Another user's cookie on this browser: not for this login. Leave it.
                let _ = parsed;
            }
            Some(parsed) => {
                out.remove.push(name);
                out.forged.get_or_insert(parsed.device);
            }
            None => out.remove.push(name),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devices::DeviceKind;

    fn settings() -> RememberSettings {
        let mut s = RememberSettings {
            age: Some(Duration::from_secs(30 * 86_400)),
            ..RememberSettings::default()
        };
        assert!(s.set_secret(&[7; 32]));
        s
    }

    fn device() -> DeviceRef {
        DeviceRef {
            kind: DeviceKind::Totp,
            id: 3,
        }
    }

    #[test]
    fn issued_cookies_parse_and_authenticate() {
        let s = settings();
        let issued = s.issue("42", device(), "cv1", 1_000).expect("on");
        let c = issued.cookie;
        assert!(c.name().starts_with("remember-cookie_"));
        let parsed = RememberCookie::parse(c.value()).expect("parses");
        assert_eq!(parsed.user_id, "42");
        assert_eq!(parsed.device, device());
        assert_eq!(parsed.expires, 1_000 + 30 * 86_400);
        assert_eq!(parsed.grant, issued.grant);
        assert!(s.authentic(&parsed, "cv1"));
        assert!(!s.authentic(&parsed, "cv2"), "a password change voids it");
        let mut other = settings();
        assert!(other.set_secret(&[8; 32]));
        assert!(!other.authentic(&parsed, "cv1"), "another secret voids it");
    }

    #[test]
    fn tampering_breaks_the_mac() {
        let s = settings();
        let issued = s.issue("42", device(), "cv", 1_000).expect("on");
        let v = issued.cookie.value().to_owned();
        let forged_expiry = v.replace(&format!(".{}.", 1_000 + 30 * 86_400), ".99999999999.");
        let parsed = RememberCookie::parse(&forged_expiry).expect("well-formed");
        assert!(!s.authentic(&parsed, "cv"));
        let forged_device = v.replace(".totp/3.", ".totp/4.");
        assert!(!s.authentic(
            &RememberCookie::parse(&forged_device).expect("well-formed"),
            "cv"
        ));
        let other_grant = v.replace(&format!(".{}.", issued.grant), ".AAAAAAAAAAAAAAAAAAAAAA.");
        assert!(!s.authentic(
            &RememberCookie::parse(&other_grant).expect("well-formed"),
            "cv"
        ));
    }

    #[test]
    fn malformed_values_are_rejected() {
        let long = "a".repeat(10_000);
        for bad in [
            "",
            "abc",
            "v1",
            "v2.....",
            "v1.NDI.totp/3.1.AAAA",
            "v2.NDI.totp/3.1.AAAAAAAAAAAAAAAAAAAAAA.AAAA.extra",
            "v2.NDI.totp/3.-1.AAAAAAAAAAAAAAAAAAAAAA.AAAA",
            "v2.NDI.sms/3.1.AAAAAAAAAAAAAAAAAAAAAA.AAAA",
            "v2.!!.totp/3.1.AAAAAAAAAAAAAAAAAAAAAA.AAAA",
            "v2.NDI.totp/3.1.short.AAAA",
            long.as_str(),
        ] {
            assert!(RememberCookie::parse(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn labels_use_the_largest_whole_unit() {
        let mut s = settings();
        assert_eq!(s.label(), "Don't ask again on this device for 30 days");
        s.age = Some(Duration::from_secs(3_600));
        assert_eq!(s.label(), "Don't ask again on this device for 1 hour");
        s.age = Some(Duration::from_secs(90 * 60));
        assert_eq!(s.label(), "Don't ask again on this device for 90 minutes");
        assert!(!RememberSettings::default().enabled());
    }

    #[test]
    fn overlong_user_ids_get_no_cookie() {
        let s = settings();
        assert!(s.issue(&"u".repeat(760), device(), "cv", 1_000).is_none());
        let ok = s
            .issue(&"u".repeat(500), device(), "cv", 1_000)
            .expect("fits");
        assert!(RememberCookie::parse(ok.cookie.value()).is_some());
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(!RememberSettings::default().set_secret(b"short"));
    }
}
