//! FIDO Metadata Service (MDS3): which authenticator models exist, the root certificates
//! their attestations chain to, and whether their maker reported them revoked or
//! compromised. Read from a blob file the operator downloads from the FIDO Alliance (and
//! refreshes): no network at request time.
//!
//! The blob is a JWT whose header carries the signing certificate chain (`x5c`); the chain
//! must end at the root the operator names (FIDO's is GlobalSign Root R3), every certificate
//! within its validity, and the signature must verify, before any entry is believed.

use std::collections::HashMap;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use x509_parser::prelude::{FromDer, X509Certificate};

/// Statuses that make a model unacceptable (FIDO's `AuthenticatorStatus`).
const REFUSED: [&str; 5] = [
    "REVOKED",
    "USER_VERIFICATION_BYPASS",
    "ATTESTATION_KEY_COMPROMISE",
    "USER_KEY_REMOTE_COMPROMISE",
    "USER_KEY_PHYSICAL_COMPROMISE",
];

/// One authenticator model of the metadata.
#[derive(Debug, Clone)]
pub struct MetadataEntry {
    /// The model's name (`metadataStatement.description`).
    pub description: String,
    /// Its attestation root certificates (DER).
    pub roots: Vec<Vec<u8>>,
    /// The latest status report's status (`FIDO_CERTIFIED_L1`, `REVOKED`, …).
    pub status: Option<String>,
}

impl MetadataEntry {
    /// Whether the maker reported the model revoked or its keys compromised.
    pub fn is_refused(&self) -> bool {
        self.status.as_deref().is_some_and(|s| REFUSED.contains(&s))
    }
}

/// A verified MDS3 blob, by AAGUID.
#[derive(Debug)]
pub struct Metadata {
    entries: HashMap<String, MetadataEntry>,
    /// The blob's serial number (`no`).
    pub serial: u64,
    /// When FIDO will publish the next blob (`nextUpdate`, `YYYY-MM-DD`).
    pub next_update: String,
    digest: [u8; 32],
}

impl PartialEq for Metadata {
    fn eq(&self, other: &Self) -> bool {
        self.digest == other.digest
    }
}

impl Eq for Metadata {}

impl Metadata {
    /// Reads the blob at `blob` and verifies it against the root certificate at `root`
    /// (DER or PEM).
    pub fn load(blob: &Path, root: &Path) -> Result<Metadata, String> {
        let text = std::fs::read_to_string(blob)
            .map_err(|e| format!("cannot read the metadata blob {}: {e}", blob.display()))?;
        let root = std::fs::read(root)
            .map_err(|e| format!("cannot read the root certificate {}: {e}", root.display()))?;
        Metadata::verify(text.trim(), &der_of(&root)?)
    }

    /// Verifies `jwt` (the blob's text) against `root` (DER) and indexes its entries.
    pub fn verify(jwt: &str, root: &[u8]) -> Result<Metadata, String> {
        use sha2::Digest;
        if X509Certificate::from_der(root).is_err() {
            return Err("the root certificate does not parse (DER or PEM expected)".into());
        }
        let mut parts = jwt.split('.');
        let (Some(header), Some(payload), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err("the metadata blob is not a JWT (three dot-separated parts)".into());
        };
        let decode = |part: &str, what: &str| {
            URL_SAFE_NO_PAD
                .decode(part.trim_end_matches('='))
                .map_err(|_| format!("the metadata blob's {what} is not base64url"))
        };
        let header: serde_json::Value = serde_json::from_slice(&decode(header, "header")?)
            .map_err(|_| "the metadata blob's header is not JSON".to_owned())?;
        let chain: Vec<Vec<u8>> = header["x5c"]
            .as_array()
            .filter(|c| !c.is_empty())
            .ok_or("the metadata blob's header has no x5c chain")?
            .iter()
            .map(|c| {
                c.as_str()
                    .and_then(|c| STANDARD.decode(c).ok())
                    .ok_or_else(|| "an x5c entry is not base64".to_owned())
            })
            .collect::<Result<_, _>>()?;
        verify_chain(&chain, &[root.to_vec()])
            .map_err(|e| format!("the metadata blob's signing chain: {e}"))?;
        let (_, signer) = X509Certificate::from_der(&chain[0])
            .map_err(|_| "the metadata signing certificate does not parse".to_owned())?;
        let key = signer.public_key().subject_public_key.data.as_ref();
        let signed = &jwt[..jwt.len() - signature.len() - 1];
        let signature = decode(signature, "signature")?;
        let algorithm: &dyn ring::signature::VerificationAlgorithm = match header["alg"].as_str() {
            Some("RS256") => &ring::signature::RSA_PKCS1_2048_8192_SHA256,
            Some("ES256") => &ring::signature::ECDSA_P256_SHA256_FIXED,
            other => {
                return Err(format!(
                    "the metadata blob's algorithm {other:?} is not RS256 or ES256"
                ));
            }
        };
        ring::signature::UnparsedPublicKey::new(algorithm, key)
            .verify(signed.as_bytes(), &signature)
            .map_err(|_| "the metadata blob's signature does not verify".to_owned())?;
        let payload: serde_json::Value = serde_json::from_slice(&decode(payload, "payload")?)
            .map_err(|_| "the metadata blob's payload is not JSON".to_owned())?;
        let mut entries = HashMap::new();
        for entry in payload["entries"].as_array().into_iter().flatten() {
            let Some(aaguid) = entry["aaguid"]
                .as_str()
                .and_then(super::providers::normalize)
            else {
                continue; // A U2F or UAF entry: no AAGUID.
            };
            let statement = &entry["metadataStatement"];
            let roots = statement["attestationRootCertificates"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c.as_str().and_then(|c| STANDARD.decode(c).ok()))
                .collect();
            // The latest report decides (dates are ISO 8601, so text order is date order).
            let status = entry["statusReports"]
                .as_array()
                .into_iter()
                .flatten()
                .max_by(|a, b| {
                    a["effectiveDate"]
                        .as_str()
                        .unwrap_or_default()
                        .cmp(b["effectiveDate"].as_str().unwrap_or_default())
                })
                .and_then(|r| r["status"].as_str())
                .map(str::to_owned);
            entries.insert(
                aaguid,
                MetadataEntry {
                    description: statement["description"]
                        .as_str()
                        .unwrap_or_default()
                        .to_owned(),
                    roots,
                    status,
                },
            );
        }
        Ok(Metadata {
            entries,
            serial: payload["no"].as_u64().unwrap_or_default(),
            next_update: payload["nextUpdate"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            digest: sha2::Sha256::digest(jwt.as_bytes()).into(),
        })
    }

    /// The entry of a model (AAGUID as stored: hex, dashes allowed).
    pub fn entry(&self, aaguid: &str) -> Option<&MetadataEntry> {
        self.entries.get(&super::providers::normalize(aaguid)?)
    }

    /// How many models it describes.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it describes none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// DER from a DER or PEM certificate file.
fn der_of(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Ok(bytes.to_vec());
    };
    if !text.contains("-----BEGIN") {
        return Ok(bytes.to_vec());
    }
    let body: String = text
        .lines()
        .skip_while(|l| !l.starts_with("-----BEGIN"))
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
        .collect();
    STANDARD
        .decode(body.trim())
        .map_err(|_| "the root certificate's PEM is not base64".to_owned())
}

/// Checks that `chain` (leaf first, DER) is within its validity and each certificate is
/// signed by the next, and the last one by (or is) one of `roots`.
pub(crate) fn verify_chain(chain: &[Vec<u8>], roots: &[Vec<u8>]) -> Result<(), String> {
    let parsed = chain
        .iter()
        .map(|der| X509Certificate::from_der(der).map(|(_, c)| c))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| "a certificate does not parse".to_owned())?;
    for (i, cert) in parsed.iter().enumerate() {
        if !cert.validity().is_valid() {
            return Err(format!("certificate {i} is outside its validity period"));
        }
        if let Some(issuer) = parsed.get(i + 1)
            && cert.verify_signature(Some(issuer.public_key())).is_err()
        {
            return Err(format!(
                "certificate {i} is not signed by certificate {}",
                i + 1
            ));
        }
    }
    let last = parsed.last().ok_or("an empty chain")?;
    let anchored = roots.iter().any(|root| {
        chain.last().is_some_and(|l| l == root)
            || X509Certificate::from_der(root).is_ok_and(|(_, root)| {
                root.validity().is_valid() && last.verify_signature(Some(root.public_key())).is_ok()
            })
    });
    if anchored {
        Ok(())
    } else {
        Err("the chain does not end at a trusted root".to_owned())
    }
}
