//! Credential public keys (COSE_Key, RFC 9053, parsed by `coset`) and signature checks,
//! through `ring`.
//!
//! Three algorithms: ES256 (ECDSA P-256 with SHA-256, what every authenticator offers),
//! EdDSA (Ed25519) and RS256 (RSASSA-PKCS1-v1_5 with SHA-256, 2048 bits or more: Windows
//! Hello). Anything else is refused at registration.

use super::cbor::Lookup;
#[cfg(test)]
use super::cbor::{self, Value};

/// A COSE algorithm this crate verifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Algorithm {
    /// ECDSA over P-256 with SHA-256 (COSE -7).
    Es256,
    /// Ed25519 (COSE -8).
    EdDsa,
    /// RSASSA-PKCS1-v1_5 with SHA-256 (COSE -257).
    Rs256,
}

impl Algorithm {
    /// Every supported algorithm, most preferred first (the order offered to browsers).
    pub const ALL: [Algorithm; 3] = [Algorithm::Es256, Algorithm::EdDsa, Algorithm::Rs256];

    /// The COSE algorithm identifier.
    pub fn cose_id(self) -> i64 {
        match self {
            Algorithm::Es256 => -7,
            Algorithm::EdDsa => -8,
            Algorithm::Rs256 => -257,
        }
    }

    fn from_cose(id: i128) -> Option<Algorithm> {
        Algorithm::ALL
            .into_iter()
            .find(|a| i128::from(a.cose_id()) == id)
    }
}

/// Why a COSE key is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// Not a CBOR map.
    #[error("the credential public key is not valid CBOR")]
    Cbor,
    /// An algorithm or key type other than ES256, EdDSA (Ed25519) and RS256.
    #[error("the authenticator uses an algorithm this site does not support")]
    Unsupported,
    /// A field is missing or has the wrong size.
    #[error("the credential public key is malformed")]
    Malformed,
}

impl KeyError {
    /// The message for the user, in the current language.
    pub fn message(&self) -> String {
        crate::i18n::tr(match self {
            KeyError::Cbor => "webauthn-error-key-cbor",
            KeyError::Unsupported => "webauthn-error-key-unsupported",
            KeyError::Malformed => "webauthn-error-key-malformed",
        })
    }
}

/// A parsed credential public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicKey {
    /// An uncompressed P-256 point (`04 || x || y`).
    Es256(Vec<u8>),
    /// An Ed25519 public key (32 bytes).
    EdDsa(Vec<u8>),
    /// An RSA modulus and exponent (big-endian).
    Rs256 {
        /// Modulus.
        n: Vec<u8>,
        /// Public exponent.
        e: Vec<u8>,
    },
}

impl PublicKey {
    /// Parses the bytes of a COSE_Key (through `coset`).
    pub fn from_cose_bytes(bytes: &[u8]) -> Result<PublicKey, KeyError> {
        use coset::iana::{self, EnumI64};
        use coset::{CborSerializable, CoseKey, KeyType, Label, RegisteredLabelWithPrivate};

        let key = CoseKey::from_slice(bytes).map_err(|_| KeyError::Cbor)?;
        let alg = match &key.alg {
            Some(RegisteredLabelWithPrivate::Assigned(alg)) => {
                Algorithm::from_cose(i128::from(alg.to_i64())).ok_or(KeyError::Unsupported)?
            }
            _ => return Err(KeyError::Unsupported),
        };
        let param = |label: i64| {
            key.params
                .iter()
                .find(|(l, _)| *l == Label::Int(label))
                .map(|(_, v)| v)
        };
        let int = |label| param(label).and_then(Lookup::int);
        let bytes = |label| param(label).and_then(Lookup::bytes);
        match alg {
            Algorithm::Es256 => {
                if key.kty != KeyType::Assigned(iana::KeyType::EC2)
                    || int(iana::Ec2KeyParameter::Crv.to_i64())
                        != Some(i128::from(iana::EllipticCurve::P_256.to_i64()))
                {
                    return Err(KeyError::Unsupported);
                }
                let (x, y) = (
                    bytes(iana::Ec2KeyParameter::X.to_i64()),
                    bytes(iana::Ec2KeyParameter::Y.to_i64()),
                );
                match (x, y) {
                    (Some(x), Some(y)) if x.len() == 32 && y.len() == 32 => {
                        let mut point = Vec::with_capacity(65);
                        point.push(4);
                        point.extend_from_slice(x);
                        point.extend_from_slice(y);
                        Ok(PublicKey::Es256(point))
                    }
                    _ => Err(KeyError::Malformed),
                }
            }
            Algorithm::EdDsa => {
                if key.kty != KeyType::Assigned(iana::KeyType::OKP)
                    || int(iana::OkpKeyParameter::Crv.to_i64())
                        != Some(i128::from(iana::EllipticCurve::Ed25519.to_i64()))
                {
                    return Err(KeyError::Unsupported);
                }
                match bytes(iana::OkpKeyParameter::X.to_i64()) {
                    Some(x) if x.len() == 32 => Ok(PublicKey::EdDsa(x.to_vec())),
                    _ => Err(KeyError::Malformed),
                }
            }
            Algorithm::Rs256 => {
                if key.kty != KeyType::Assigned(iana::KeyType::RSA) {
                    return Err(KeyError::Unsupported);
                }
                match (
                    bytes(iana::RsaKeyParameter::N.to_i64()),
                    bytes(iana::RsaKeyParameter::E.to_i64()),
                ) {
                    // 2048 to 8192 bits, as ring accepts.
                    (Some(n), Some(e)) if (256..=1024).contains(&n.len()) && !e.is_empty() => {
                        Ok(PublicKey::Rs256 {
                            n: n.to_vec(),
                            e: e.to_vec(),
                        })
                    }
                    _ => Err(KeyError::Malformed),
                }
            }
        }
    }

    /// The key's algorithm.
    pub fn algorithm(&self) -> Algorithm {
        match self {
            PublicKey::Es256(_) => Algorithm::Es256,
            PublicKey::EdDsa(_) => Algorithm::EdDsa,
            PublicKey::Rs256 { .. } => Algorithm::Rs256,
        }
    }

    /// Whether `signature` is this key's signature of `message`.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        use ring::signature;
        match self {
            PublicKey::Es256(point) => {
                signature::UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_ASN1, point)
                    .verify(message, signature)
                    .is_ok()
            }
            PublicKey::EdDsa(key) => signature::UnparsedPublicKey::new(&signature::ED25519, key)
                .verify(message, signature)
                .is_ok(),
            PublicKey::Rs256 { n, e } => signature::RsaPublicKeyComponents { n, e }
                .verify(&signature::RSA_PKCS1_2048_8192_SHA256, message, signature)
                .is_ok(),
        }
    }
}

/// The COSE_Key of an uncompressed P-256 point, as authenticators encode it.
#[cfg(test)]
pub(crate) fn es256_cose_key(point: &[u8]) -> Vec<u8> {
    let (x, y) = (point[1..33].to_vec(), point[33..65].to_vec());
    cbor::encode(&Value::Map(vec![
        (Value::Integer(1.into()), Value::Integer(2.into())),
        (Value::Integer(3.into()), Value::Integer((-7i64).into())),
        (Value::Integer((-1i64).into()), Value::Integer(1.into())),
        (Value::Integer((-2i64).into()), Value::Bytes(x)),
        (Value::Integer((-3i64).into()), Value::Bytes(y)),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::rand::SystemRandom;
    use ring::signature::{self, KeyPair};

    #[test]
    fn es256_keys_verify_their_signatures_and_nothing_else() {
        let rng = SystemRandom::new();
        let pkcs8 = signature::EcdsaKeyPair::generate_pkcs8(
            &signature::ECDSA_P256_SHA256_ASN1_SIGNING,
            &rng,
        )
        .expect("key");
        let pair = signature::EcdsaKeyPair::from_pkcs8(
            &signature::ECDSA_P256_SHA256_ASN1_SIGNING,
            pkcs8.as_ref(),
            &rng,
        )
        .expect("key");
        let key = PublicKey::from_cose_bytes(&es256_cose_key(pair.public_key().as_ref()))
            .expect("parses");
        assert_eq!(key.algorithm(), Algorithm::Es256);
        let sig = pair.sign(&rng, b"message").expect("sign");
        assert!(key.verify(b"message", sig.as_ref()));
        assert!(!key.verify(b"messagf", sig.as_ref()));
        assert!(!key.verify(b"message", &sig.as_ref()[1..]));
    }

    #[test]
    fn ed25519_keys_verify() {
        let rng = SystemRandom::new();
        let pkcs8 = signature::Ed25519KeyPair::generate_pkcs8(&rng).expect("key");
        let pair = signature::Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).expect("key");
        let cose = cbor::encode(&Value::Map(vec![
            (Value::Integer(1.into()), Value::Integer(1.into())),
            (Value::Integer(3.into()), Value::Integer((-8i64).into())),
            (Value::Integer((-1i64).into()), Value::Integer(6.into())),
            (
                Value::Integer((-2i64).into()),
                Value::Bytes(pair.public_key().as_ref().to_vec()),
            ),
        ]));
        let key = PublicKey::from_cose_bytes(&cose).expect("parses");
        let sig = pair.sign(b"m");
        assert!(key.verify(b"m", sig.as_ref()));
        assert!(!key.verify(b"n", sig.as_ref()));
    }

    #[test]
    fn unsupported_and_malformed_keys_are_refused() {
        let map = |entries: Vec<(Value, Value)>| cbor::encode(&Value::Map(entries));
        // ES384 (-35).
        let es384 = map(vec![
            (Value::Integer(1.into()), Value::Integer(2.into())),
            (Value::Integer(3.into()), Value::Integer((-35i64).into())),
        ]);
        assert_eq!(
            PublicKey::from_cose_bytes(&es384),
            Err(KeyError::Unsupported)
        );
        // ES256 with a short x.
        let short = map(vec![
            (Value::Integer(1.into()), Value::Integer(2.into())),
            (Value::Integer(3.into()), Value::Integer((-7i64).into())),
            (Value::Integer((-1i64).into()), Value::Integer(1.into())),
            (Value::Integer((-2i64).into()), Value::Bytes(vec![1; 31])),
            (Value::Integer((-3i64).into()), Value::Bytes(vec![1; 32])),
        ]);
        assert_eq!(PublicKey::from_cose_bytes(&short), Err(KeyError::Malformed));
        // ES256 claimed on another curve (P-384 = 2).
        let curve = map(vec![
            (Value::Integer(1.into()), Value::Integer(2.into())),
            (Value::Integer(3.into()), Value::Integer((-7i64).into())),
            (Value::Integer((-1i64).into()), Value::Integer(2.into())),
        ]);
        assert_eq!(
            PublicKey::from_cose_bytes(&curve),
            Err(KeyError::Unsupported)
        );
        assert_eq!(PublicKey::from_cose_bytes(&[0x01]), Err(KeyError::Cbor));
        assert_eq!(PublicKey::from_cose_bytes(&[]), Err(KeyError::Cbor));
        // An invalid point parses (sizes are right) but verifies nothing.
        let bogus = PublicKey::Es256(vec![4; 65]);
        assert!(!bogus.verify(b"m", &[0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01]));
    }
}
