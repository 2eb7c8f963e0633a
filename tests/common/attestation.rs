//! A test PKI for WebAuthn attestation: attestation roots and authenticator certificates
//! (with the AAGUID extension), and a FIDO metadata (MDS3) blob signed through a chain to a
//! metadata root — what the FIDO Alliance and the makers publish, made here with `rcgen`.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use rcgen::{
    BasicConstraints, CertificateParams, CustomExtension, DnType, IsCa, Issuer, KeyPair,
    PKCS_ECDSA_P256_SHA256,
};
use ring::rand::SystemRandom;
use ring::signature::{
    ECDSA_P256_SHA256_ASN1_SIGNING, ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair,
};
use serde_json::{Value, json};

/// A certificate authority: its certificate (DER) and what signs with it.
pub struct Authority {
    pub der: Vec<u8>,
    issuer: Issuer<'static, KeyPair>,
}

impl Authority {
    pub fn new(name: &str) -> Authority {
        let key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).unwrap();
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.distinguished_name.push(DnType::CommonName, name);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let der = params.self_signed(&key).unwrap().der().to_vec();
        Authority {
            der,
            issuer: Issuer::new(params, key),
        }
    }

    /// An end-entity certificate signed by this authority; returns it (DER) and its key.
    fn leaf(&self, name: &str, extensions: Vec<CustomExtension>) -> (Vec<u8>, KeyPair) {
        let key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).unwrap();
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.distinguished_name.push(DnType::CommonName, name);
        params
            .distinguished_name
            .push(DnType::OrganizationalUnitName, "Authenticator Attestation");
        params.is_ca = IsCa::ExplicitNoCa;
        params.custom_extensions = extensions;
        let der = params.signed_by(&key, &self.issuer).unwrap().der().to_vec();
        (der, key)
    }

    /// An authenticator's attestation key and certificate chain for model `aaguid`.
    pub fn attester(&self, aaguid: [u8; 16]) -> (EcdsaKeyPair, Vec<Vec<u8>>) {
        let mut content = vec![0x04, 0x10];
        content.extend(aaguid);
        let extension =
            CustomExtension::from_oid_content(&[1, 3, 6, 1, 4, 1, 45724, 1, 1, 4], content);
        let (der, key) = self.leaf("Test Authenticator", vec![extension]);
        let rng = SystemRandom::new();
        let pair =
            EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &key.serialize_der(), &rng)
                .unwrap();
        (pair, vec![der])
    }
}

/// A model of the metadata: its AAGUID, name, attestation root and status.
pub struct Model<'a> {
    pub aaguid: [u8; 16],
    pub name: &'a str,
    pub root: &'a Authority,
    pub status: &'a str,
}

fn dashed(aaguid: [u8; 16]) -> String {
    let h = hex::encode(aaguid);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// An MDS3 blob listing `models`, signed by a certificate of `metadata_root`.
pub fn blob(metadata_root: &Authority, models: &[Model<'_>]) -> String {
    let (signer, key) = metadata_root.leaf("Test Metadata Signer", Vec::new());
    let entries: Vec<Value> = models
        .iter()
        .map(|m| {
            json!({
                "aaguid": dashed(m.aaguid),
                "metadataStatement": {
                    "description": m.name,
                    "attestationRootCertificates": [STANDARD.encode(&m.root.der)],
                },
                "statusReports": [
                    {"status": "FIDO_CERTIFIED_L1", "effectiveDate": "2024-01-01"},
                    {"status": m.status, "effectiveDate": "2025-06-01"},
                ],
            })
        })
        .collect();
    let header = json!({"alg": "ES256", "typ": "JWT", "x5c": [STANDARD.encode(&signer)]});
    let payload = json!({"no": 7, "nextUpdate": "2027-01-01", "entries": entries});
    let signed = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(payload.to_string())
    );
    let rng = SystemRandom::new();
    let pair =
        EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &key.serialize_der(), &rng)
            .unwrap();
    let signature = pair.sign(&rng, signed.as_bytes()).unwrap();
    format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature.as_ref()))
}
