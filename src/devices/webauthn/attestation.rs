//! Judging a `packed` attestation statement (WebAuthn §8.2): self attestation signed by the
//! credential key, or full attestation by a certificate chain (`x5c`) that, when the site
//! has FIDO metadata, must end at a root the metadata lists for the model, whose status
//! must not be revoked or compromised.

use super::WebAuthnError;
use super::cbor::{Lookup, Value};
use super::cose::PublicKey;
use super::metadata::{Metadata, verify_chain};
use x509_parser::prelude::{FromDer, X509Certificate};

/// What a `packed` statement proved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Judged {
    /// Signed by the credential's own key: proves possession, not the model.
    SelfAttested,
    /// A certificate chain checked against the metadata: the model is what it says.
    Attested,
    /// A certificate chain and no metadata to judge it by.
    Unjudged,
}

/// The AAGUID extension of attestation certificates (id-fido-gen-ce-aaguid).
const AAGUID_OID: &[u64] = &[1, 3, 6, 1, 4, 1, 45724, 1, 1, 4];

/// Checks `statement` over `auth_bytes || client_hash` for a credential `key` of model
/// `aaguid`.
pub(crate) fn check_packed(
    statement: &Value,
    auth_bytes: &[u8],
    client_hash: &[u8; 32],
    key: &PublicKey,
    aaguid: &[u8; 16],
    metadata: Option<&Metadata>,
) -> Result<Judged, WebAuthnError> {
    let alg = statement
        .get_text_key("alg")
        .and_then(Lookup::int)
        .ok_or(WebAuthnError::Malformed("attStmt"))?;
    let sig = statement
        .get_text_key("sig")
        .and_then(Lookup::bytes)
        .ok_or(WebAuthnError::Malformed("attStmt"))?;
    let mut signed = auth_bytes.to_vec();
    signed.extend_from_slice(client_hash);
    let Some(x5c) = statement.get_text_key("x5c") else {
        if alg != i128::from(key.algorithm().cose_id()) {
            return Err(WebAuthnError::Malformed("attStmt"));
        }
        return match key.verify(&signed, sig) {
            true => Ok(Judged::SelfAttested),
            false => Err(WebAuthnError::BadSignature),
        };
    };
    let Some(metadata) = metadata else {
        return Ok(Judged::Unjudged);
    };
    let chain: Vec<Vec<u8>> = x5c
        .as_array()
        .filter(|c| !c.is_empty() && c.len() <= 8)
        .ok_or(WebAuthnError::Malformed("x5c"))?
        .iter()
        .map(|c| c.bytes().map(<[u8]>::to_vec))
        .collect::<Option<_>>()
        .ok_or(WebAuthnError::Malformed("x5c"))?;
    let untrusted = |why: &str| WebAuthnError::AttestationUntrusted(why.to_owned());
    let (_, leaf) = X509Certificate::from_der(&chain[0]).map_err(|_| untrusted("certificate"))?;
    // The attestation signature, by the certificate's key.
    let spki = leaf.public_key().subject_public_key.data.as_ref();
    let algorithm: &dyn ring::signature::VerificationAlgorithm = match alg {
        -7 => &ring::signature::ECDSA_P256_SHA256_ASN1,
        -257 => &ring::signature::RSA_PKCS1_2048_8192_SHA256,
        _ => return Err(WebAuthnError::Malformed("attStmt alg")),
    };
    if ring::signature::UnparsedPublicKey::new(algorithm, spki)
        .verify(&signed, sig)
        .is_err()
    {
        return Err(WebAuthnError::BadSignature);
    }
    // §8.2.1: a version 3 end-entity certificate, naming the same model when it names one.
    let is_ca = leaf
        .basic_constraints()
        .map_err(|_| untrusted("certificate"))?
        .is_some_and(|bc| bc.value.ca);
    if leaf.version().0 != 2 || is_ca {
        return Err(untrusted("certificate"));
    }
    let oid = x509_parser::der_parser::oid::Oid::from(AAGUID_OID)
        .map_err(|_| untrusted("certificate"))?;
    if let Ok(Some(ext)) = leaf.get_extension_unique(&oid) {
        // An OCTET STRING of the 16 AAGUID bytes.
        if ext.value.len() != 18 || ext.value[..2] != [0x04, 0x10] || ext.value[2..] != aaguid[..] {
            return Err(untrusted("AAGUID"));
        }
    }
    let model = hex::encode(aaguid);
    let entry = metadata
        .entry(&model)
        .ok_or_else(|| WebAuthnError::NotInMetadata(model_name(&model, None)))?;
    if entry.is_refused() {
        return Err(WebAuthnError::Revoked(model_name(
            &model,
            Some(&entry.description),
        )));
    }
    verify_chain(&chain, &entry.roots).map_err(|e| untrusted(&e))?;
    Ok(Judged::Attested)
}

/// A model's name for messages: the metadata's, the provider list's, else the AAGUID.
pub(crate) fn model_name(aaguid: &str, description: Option<&str>) -> String {
    description
        .filter(|d| !d.is_empty())
        .or_else(|| super::providers::provider_name(aaguid))
        .map_or_else(|| aaguid.to_owned(), str::to_owned)
}
