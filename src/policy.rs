//! The enforce-two-factor policy (Django leaves it to you; this crate ships it).
//!
//! Under a requiring policy, [`OtpMiddleware`](crate::OtpMiddleware) sends a logged-in user
//! who must use two-factor authentication but has no device to the setup wizard from
//! every page except the exempt ones, with `next` set so they return to where they were
//! going; a user who has a device but whose session is not verified is sent to log in.

use std::fmt;
use std::sync::Arc;

use crate::users::User;

/// Who must use two-factor authentication.
#[derive(Clone, Default)]
#[non_exhaustive]
pub enum TwoFactorPolicy {
    /// Nobody is forced (Django's behaviour; the default).
    #[default]
    Optional,
    /// Every user.
    Required,
    /// Staff users (`is_staff` or `is_superuser`).
    Staff,
    /// Whoever the host app's predicate says.
    Custom(Arc<dyn Fn(&User) -> bool + Send + Sync>),
}

impl fmt::Debug for TwoFactorPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TwoFactorPolicy::Optional => "Optional",
            TwoFactorPolicy::Required => "Required",
            TwoFactorPolicy::Staff => "Staff",
            TwoFactorPolicy::Custom(_) => "Custom(..)",
        })
    }
}

impl TwoFactorPolicy {
    /// Parses `optional`, `required` or `staff` (what the demo reads from
    /// `TWO_FACTOR_POLICY`).
    pub fn from_name(name: &str) -> Option<TwoFactorPolicy> {
        match name.trim().to_ascii_lowercase().as_str() {
            "optional" | "" => Some(TwoFactorPolicy::Optional),
            "required" => Some(TwoFactorPolicy::Required),
            "staff" => Some(TwoFactorPolicy::Staff),
            _ => None,
        }
    }

    /// Whether the policy is anything but optional.
    pub fn is_enforcing(&self) -> bool {
        !matches!(self, TwoFactorPolicy::Optional)
    }

    /// Whether `user` must use two-factor authentication.
    pub fn requires(&self, user: &User) -> bool {
        match self {
            TwoFactorPolicy::Optional => false,
            TwoFactorPolicy::Required => true,
            TwoFactorPolicy::Staff => user.is_staff || user.is_superuser,
            TwoFactorPolicy::Custom(predicate) => predicate(user),
        }
    }
}

/// Paths a requiring policy never redirects: the two-factor views a user needs to get
/// verified, plus the host's exemptions (static files, public pages).
#[derive(Debug, Clone)]
pub(crate) struct Exemptions {
    prefixes: Vec<String>,
}

impl Default for Exemptions {
    /// Static files and the favicon; [`TwoFactorBuilder::build`](crate::TwoFactorBuilder::build)
    /// adds the two-factor views a user needs to get verified (login, logout, setup, QR
    /// code) where they are mounted.
    fn default() -> Self {
        Exemptions {
            prefixes: vec!["/static/".to_owned(), "/favicon.ico".to_owned()],
        }
    }
}

impl Exemptions {
    /// Exempts the paths of the views a user needs on the way to verification.
    pub(crate) fn add_own_views(&mut self, paths: &[String]) {
        self.prefixes.extend(paths.iter().cloned());
    }

    /// Adds a path prefix that stays reachable without two-factor authentication.
    pub fn add(&mut self, prefix: impl Into<String>) {
        self.prefixes.push(prefix.into());
    }

    /// Whether `path` is exempt. `/account/two_factor/setup/` also covers
    /// `/account/two_factor/setup/complete/`, which itself requires verification.
    pub fn contains(&self, path: &str) -> bool {
        self.prefixes.iter().any(|p| path.starts_with(p.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(staff: bool) -> User {
        User {
            id: "1".into(),
            username: "u".into(),
            email: String::new(),
            is_active: true,
            is_staff: staff,
            is_superuser: false,
            credential_version: String::new(),
        }
    }

    #[test]
    fn policies_decide_who_must_use_two_factor() {
        assert!(!TwoFactorPolicy::Optional.requires(&user(true)));
        assert!(TwoFactorPolicy::Required.requires(&user(false)));
        assert!(TwoFactorPolicy::Staff.requires(&user(true)));
        assert!(!TwoFactorPolicy::Staff.requires(&user(false)));
        let custom = TwoFactorPolicy::Custom(Arc::new(|u: &User| u.username == "u"));
        assert!(custom.requires(&user(false)));
    }

    #[test]
    fn names_parse() {
        assert!(matches!(
            TwoFactorPolicy::from_name("Required"),
            Some(TwoFactorPolicy::Required)
        ));
        assert!(matches!(
            TwoFactorPolicy::from_name("staff"),
            Some(TwoFactorPolicy::Staff)
        ));
        assert!(matches!(
            TwoFactorPolicy::from_name("optional"),
            Some(TwoFactorPolicy::Optional)
        ));
        assert!(TwoFactorPolicy::from_name("sometimes").is_none());
    }

    #[test]
    fn the_two_factor_views_are_exempt() {
        let mut e = Exemptions::default();
        e.add_own_views(&[
            "/account/login/".into(),
            "/account/two_factor/setup/".into(),
        ]);
        assert!(e.contains("/account/login/"));
        assert!(e.contains("/account/two_factor/setup/"));
        assert!(e.contains("/static/app.css"));
        assert!(!e.contains("/secret/"));
        assert!(!e.contains("/account/two_factor/"));
        e.add("/public/");
        assert!(e.contains("/public/about/"));
    }
}
