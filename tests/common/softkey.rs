//! A software WebAuthn authenticator (ES256, P-256 through `ring`) that answers the
//! options the crate makes the way a browser and a security key would: `attestationObject`
//! with format `none`, authenticator data, `clientDataJSON` and DER signatures. Knobs
//! make it misbehave (another origin, another RP id, a counter set back, no UV).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair, KeyPair};
use serde_json::{Value, json};

pub const ORIGIN: &str = "http://localhost:8000";

/// The CBOR head of a byte string of `len` bytes.
fn cbor_bytes_head(len: usize) -> Vec<u8> {
    match len {
        0..=23 => vec![0x40 | len as u8],
        24..=255 => vec![0x58, len as u8],
        _ => {
            let mut v = vec![0x59];
            v.extend((len as u16).to_be_bytes());
            v
        }
    }
}

fn cbor_text_head(len: usize) -> Vec<u8> {
    let mut head = cbor_bytes_head(len);
    head[0] = (head[0] & 0x1f) | 0x60;
    head
}

/// The COSE_Key of an uncompressed P-256 point: {1: 2, 3: -7, -1: 1, -2: x, -3: y}.
pub fn es256_cose_key(point: &[u8]) -> Vec<u8> {
    let mut key = vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20];
    key.extend(&point[1..33]);
    key.extend([0x22, 0x58, 0x20]);
    key.extend(&point[33..65]);
    key
}

pub struct SoftKey {
    pub pair: EcdsaKeyPair,
    pub rng: SystemRandom,
    pub credential_id: Vec<u8>,
    /// The counter the next signature carries (then incremented); `None`: always 0.
    pub counter: Option<u32>,
    /// The user handle stored with a discoverable credential.
    pub user_handle: Option<String>,
    /// Set the UV flag.
    pub uv: bool,
    /// The origin written into clientDataJSON.
    pub origin: String,
    /// Overrides the RP id that is hashed into authenticator data.
    pub rp_id_override: Option<String>,
    /// The `credProps.rk` reported at registration.
    pub resident: bool,
    /// The attestation statement format written at registration.
    pub attestation_format: String,
    /// The attestation statement (CBOR map); `None`: an empty map, or for `packed` a self
    /// attestation signed with the credential key.
    pub attestation_statement: Option<Vec<u8>>,
    /// The authenticator model written at registration (zeros: none).
    pub aaguid: [u8; 16],
    /// The backup eligibility and backup state flags (BE, BS): a synced passkey sets both.
    pub backup: (bool, bool),
    /// Full `packed` attestation: the attestation key and its certificate chain (DER, leaf
    /// first). Overrides `attestation_format` and `attestation_statement`.
    pub attester: Option<(EcdsaKeyPair, Vec<Vec<u8>>)>,
}

impl Default for SoftKey {
    fn default() -> Self {
        SoftKey::new()
    }
}

impl SoftKey {
    pub fn new() -> SoftKey {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng).unwrap();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng)
            .unwrap();
        SoftKey {
            pair,
            rng,
            credential_id: rand::random::<[u8; 16]>().to_vec(),
            counter: Some(1),
            user_handle: None,
            uv: false,
            origin: ORIGIN.to_owned(),
            rp_id_override: None,
            resident: false,
            attestation_format: "none".to_owned(),
            attestation_statement: None,
            aaguid: [0; 16],
            backup: (false, false),
            attester: None,
        }
    }

    /// A passkey: discoverable, user-verifying, no counter (as synced passkeys do).
    pub fn passkey() -> SoftKey {
        SoftKey {
            counter: None,
            uv: true,
            resident: true,
            ..SoftKey::new()
        }
    }

    pub fn id(&self) -> String {
        B64.encode(&self.credential_id)
    }

    fn next_counter(&mut self) -> u32 {
        match &mut self.counter {
            Some(n) => {
                let now = *n;
                *n += 1;
                now
            }
            None => 0,
        }
    }

    fn auth_data(&mut self, rp_id: &str, attested: bool) -> Vec<u8> {
        let rp_id = self
            .rp_id_override
            .clone()
            .unwrap_or_else(|| rp_id.to_owned());
        let mut data = ring::digest::digest(&ring::digest::SHA256, rp_id.as_bytes())
            .as_ref()
            .to_vec();
        let mut flags = 0x01;
        if self.uv {
            flags |= 0x04;
        }
        if attested {
            flags |= 0x40;
        }
        if self.backup.0 {
            flags |= 0x08;
        }
        if self.backup.1 {
            flags |= 0x10;
        }
        data.push(flags);
        let counter = self.next_counter();
        data.extend(counter.to_be_bytes());
        if attested {
            data.extend(self.aaguid);
            data.extend((self.credential_id.len() as u16).to_be_bytes());
            data.extend(&self.credential_id);
            data.extend(es256_cose_key(self.pair.public_key().as_ref()));
        }
        data
    }

    fn client_data(&self, kind: &str, challenge: &str) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "type": kind,
            "challenge": challenge,
            "origin": self.origin,
            "crossOrigin": false,
        }))
        .unwrap()
    }

    /// Answers `navigator.credentials.create` options.
    pub fn register(&mut self, options: &Value) -> String {
        let rp_id = options["rp"]["id"].as_str().unwrap().to_owned();
        let challenge = options["challenge"].as_str().unwrap().to_owned();
        if self.resident {
            self.user_handle = options["user"]["id"].as_str().map(str::to_owned);
        }
        let auth_data = self.auth_data(&rp_id, true);
        let client_data = self.client_data("webauthn.create", &challenge);
        // {"alg": -7, "sig": h'…', "x5c": [h'…', …]}: the attestation key signs authData and
        // the client data's hash.
        let attested = self.attester.as_ref().map(|(key, chain)| {
            let mut signed = auth_data.clone();
            signed.extend(ring::digest::digest(&ring::digest::SHA256, &client_data).as_ref());
            let sig = key.sign(&self.rng, &signed).unwrap();
            let mut statement = vec![0xa3, 0x63];
            statement.extend(b"alg");
            statement.push(0x26);
            statement.push(0x63);
            statement.extend(b"sig");
            statement.extend(cbor_bytes_head(sig.as_ref().len()));
            statement.extend(sig.as_ref());
            statement.push(0x63);
            statement.extend(b"x5c");
            statement.push(0x80 | chain.len() as u8);
            for cert in chain {
                statement.extend(cbor_bytes_head(cert.len()));
                statement.extend(cert);
            }
            statement
        });
        let format = match attested {
            Some(_) => "packed",
            None => self.attestation_format.as_str(),
        };
        // {"fmt": "none", "attStmt": {}, "authData": h'…'} in CBOR.
        let mut object = vec![0xa3, 0x63];
        object.extend(b"fmt");
        object.extend(cbor_text_head(format.len()));
        object.extend(format.as_bytes());
        object.push(0x67);
        object.extend(b"attStmt");
        match attested.as_ref().or(self.attestation_statement.as_ref()) {
            Some(statement) => object.extend(statement),
            None => object.push(0xa0),
        }
        object.push(0x68);
        object.extend(b"authData");
        object.extend(cbor_bytes_head(auth_data.len()));
        object.extend(auth_data);
        json!({
            "id": self.id(),
            "rawId": self.id(),
            "type": "public-key",
            "response": {
                "clientDataJSON": B64.encode(client_data),
                "attestationObject": B64.encode(object),
                "transports": ["usb"],
            },
            "clientExtensionResults": {"credProps": {"rk": self.resident}},
        })
        .to_string()
    }

    /// Answers `navigator.credentials.get` options (whatever credentials they allow).
    pub fn sign(&mut self, options: &Value) -> String {
        let rp_id = options["rpId"].as_str().unwrap().to_owned();
        let challenge = options["challenge"].as_str().unwrap().to_owned();
        let auth_data = self.auth_data(&rp_id, false);
        let client_data = self.client_data("webauthn.get", &challenge);
        let mut signed = auth_data.clone();
        signed.extend(ring::digest::digest(&ring::digest::SHA256, &client_data).as_ref());
        let signature = self.pair.sign(&self.rng, &signed).unwrap();
        json!({
            "id": self.id(),
            "rawId": self.id(),
            "type": "public-key",
            "response": {
                "clientDataJSON": B64.encode(client_data),
                "authenticatorData": B64.encode(auth_data),
                "signature": B64.encode(signature.as_ref()),
                "userHandle": self.user_handle,
            },
            "clientExtensionResults": {},
        })
        .to_string()
    }
}
