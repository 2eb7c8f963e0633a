//! The relying party of a request (its RP id and the origins an answer may come from),
//! worked out from the settings and the request's host, or why the page's origin cannot
//! use WebAuthn.

use serde::{Deserialize, Serialize};

use super::settings::{WebAuthnSettings, check_rp_id, host_within_rp_id, is_localhost};

/// The relying party of one request: the RP id and the origin the browser must report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelyingParty {
    /// The RP id (a domain).
    pub id: String,
    /// The origins an answer may come from (`https://example.com`).
    pub origins: Vec<String>,
}

/// Why WebAuthn cannot work for the page's origin (the setup page says so).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OriginProblem {
    /// Plain HTTP on a host other than `localhost`.
    #[error(
        "security keys and passkeys need a secure connection: open this site over HTTPS (or at http://localhost during development)"
    )]
    NotSecure,
    /// The host is a loopback IP address (`127.0.0.1:8000`), which cannot be a
    /// relying-party id: the same site answers at `localhost`.
    #[error(
        "security keys and passkeys need a domain name, not an IP address: open this site at {suggestion} instead of {address}"
    )]
    IpAddress {
        /// The address the page was opened at (`127.0.0.1:8000`).
        address: String,
        /// The same page at `localhost` (`http://localhost:8000`).
        suggestion: String,
    },
    /// The request's host name cannot be a relying-party id.
    #[error("this page's host name cannot be used for security keys and passkeys")]
    BadHost,
    /// The request's host is not the configured RP id or a subdomain of it.
    #[error("this page's address is not part of the site's relying-party id {0}")]
    OutsideRpId(String),
    /// The configured origins do not include this page's.
    #[error("this page's origin is not among the site's WebAuthn origins")]
    OriginNotAllowed,
}

impl OriginProblem {
    /// The message for the user, in the current language.
    pub fn message(&self) -> String {
        use crate::i18n::{tr, tr_args};
        match self {
            OriginProblem::NotSecure => tr("webauthn-origin-not-secure"),
            OriginProblem::IpAddress {
                address,
                suggestion,
            } => tr_args(
                "webauthn-origin-ip-address",
                &[
                    ("address", address.as_str().into()),
                    ("suggestion", suggestion.as_str().into()),
                ],
            ),
            OriginProblem::BadHost => tr("webauthn-origin-bad-host"),
            OriginProblem::OutsideRpId(id) => tr_args(
                "webauthn-origin-outside-rp-id",
                &[("rp_id", id.as_str().into())],
            ),
            OriginProblem::OriginNotAllowed => tr("webauthn-origin-not-allowed"),
        }
    }
}

impl RelyingParty {
    /// The relying party for a request made with `scheme` (`http`/`https`) to `host`
    /// (the `Host` header, with its port): the configured RP id or the request's host,
    /// and the configured origins or the request's origin.
    pub fn for_request(
        settings: &WebAuthnSettings,
        scheme: &str,
        host: &str,
    ) -> Result<RelyingParty, OriginProblem> {
        let origin = format!(
            "{}://{}",
            scheme.to_ascii_lowercase(),
            host.to_ascii_lowercase()
        );
        let hostname = host
            .rsplit_once(':')
            .filter(|(h, p)| !h.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            .map_or(host, |(h, _)| h)
            .to_ascii_lowercase();
        let ip = hostname
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .ok();
        if let Some(ip) = ip {
            // A loopback address: the same development server answers at `localhost`,
            // which browsers treat as a secure context.
            if !ip.is_loopback() {
                return Err(OriginProblem::BadHost);
            }
            let port = host
                .strip_prefix(hostname.as_str())
                .or_else(|| host.rsplit_once("]").map(|(_, p)| p))
                .filter(|p| p.starts_with(':'))
                .unwrap_or("");
            return Err(OriginProblem::IpAddress {
                address: host.to_owned(),
                suggestion: format!("{}://localhost{port}", scheme.to_ascii_lowercase()),
            });
        }
        let id = match &settings.rp_id {
            Some(id) => id.clone(),
            None => {
                check_rp_id(&hostname).map_err(|_| OriginProblem::BadHost)?;
                hostname.clone()
            }
        };
        // A page on a related origin (another domain sharing this RP id) is served too.
        let related = settings.related_origins.iter().any(|o| {
            o.split_once("://")
                .is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host))
        });
        if !related && !host_within_rp_id(&hostname, &id) {
            return Err(OriginProblem::OutsideRpId(id));
        }
        let mut origins = if related {
            // The configured related origins (added below): behind a TLS-terminating proxy
            // the request's scheme may read `http`.
            Vec::new()
        } else if settings.origins.is_empty() {
            // The request's own origin: it must be a secure context.
            if scheme != "https" && !is_localhost(&hostname) {
                return Err(OriginProblem::NotSecure);
            }
            vec![origin]
        } else {
            // Configured origins (behind a TLS-terminating proxy the request's scheme may
            // read `http`): the request's host must be one of theirs.
            let request_host = host.to_ascii_lowercase();
            let listed = settings.origins.iter().any(|o| {
                o.split_once("://")
                    .is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(&request_host))
            });
            if !listed {
                return Err(OriginProblem::OriginNotAllowed);
            }
            settings.origins.clone()
        };
        // Answers may also come from the related origins and the site's native apps.
        for extra in settings.related_origins.iter().chain(&settings.app_origins) {
            if !origins.contains(extra) {
                origins.push(extra.clone());
            }
        }
        Ok(RelyingParty { id, origins })
    }
}
