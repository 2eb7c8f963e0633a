//! Attestation required, judged against FIDO metadata (issue 22): a key must prove its
//! model with a `packed` certificate chain that ends at the root the metadata lists for
//! it; a model its maker reported revoked is refused at registration and, once reported,
//! at its next use.

use crate::api::Api;
use crate::common;

use std::path::PathBuf;
use std::sync::OnceLock;

use common::attestation::{Authority, Model, blob};
use common::softkey::SoftKey;
use common::{Site, SiteOptions};
use serde_json::{Value, json};

const TEST_ORIGIN: &str = "http://localhost:8080";
const GOOD: [u8; 16] = [0x11; 16];
const REVOKED: [u8; 16] = [0x22; 16];
const UNLISTED: [u8; 16] = [0x33; 16];

/// The PKI and metadata files, made once for the module (the site's settings are a
/// function pointer, so the paths live in statics).
struct Pki {
    /// Attestation root of the GOOD and REVOKED models.
    maker: Authority,
    /// An attestation root no model lists.
    stranger: Authority,
    /// The metadata where GOOD is certified and REVOKED revoked.
    blob: PathBuf,
    /// The same, a year later: GOOD revoked too.
    later: PathBuf,
    /// A blob whose signature was tampered with.
    tampered: PathBuf,
    /// A file that is no blob at all.
    junk: PathBuf,
    /// The metadata root (DER).
    root: PathBuf,
}

fn pki() -> &'static Pki {
    static PKI: OnceLock<Pki> = OnceLock::new();
    PKI.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        let metadata_root = Authority::new("Test Metadata Root");
        let maker = Authority::new("Test Maker Attestation Root");
        let stranger = Authority::new("Someone Else's Root");
        let models = |good_status| {
            blob(
                &metadata_root,
                &[
                    Model {
                        aaguid: GOOD,
                        name: "Test Key 5",
                        root: &maker,
                        status: good_status,
                    },
                    Model {
                        aaguid: REVOKED,
                        name: "Recalled Key",
                        root: &maker,
                        status: "REVOKED",
                    },
                ],
            )
        };
        let write = |name: &str, text: &str| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path
        };
        let current = models("FIDO_CERTIFIED_L2");
        let mut tampered = current.clone();
        tampered.replace_range(tampered.len() - 3.., "AAA");
        let root = dir.join("root.der");
        std::fs::write(&root, &metadata_root.der).unwrap();
        Pki {
            blob: write("blob.jwt", &current),
            later: write("later.jwt", &models("ATTESTATION_KEY_COMPROMISE")),
            tampered: write("tampered.jwt", &tampered),
            junk: write("junk.jwt", "this is not a metadata blob"),
            root,
            maker,
            stranger,
        }
    })
}

fn settings() -> two_factor::config::WebAuthn {
    two_factor::config::WebAuthn::new("Test Site").attestation_required(&pki().blob, &pki().root)
}

async fn site() -> Site {
    Site::with(SiteOptions {
        configure: Some(|b| b.webauthn(settings())),
        ..SiteOptions::default()
    })
    .await
}

fn key(aaguid: [u8; 16]) -> SoftKey {
    SoftKey {
        origin: TEST_ORIGIN.to_owned(),
        aaguid,
        ..SoftKey::new()
    }
}

/// Registers `key` as the first device of a new user `name`; the raw answer.
async fn register(
    site: &Site,
    name: &str,
    key: &mut SoftKey,
) -> (Api, actix_web::http::StatusCode, Value) {
    site.create_user(name).await;
    let browser = Api::browser(site);
    browser.login(name).await;
    let options = browser.ok("POST", "/webauthn/register/options", None).await;
    assert_eq!(options["publicKey"]["attestation"], "direct", "{options}");
    let credential: Value = serde_json::from_str(&key.register(&options["publicKey"])).unwrap();
    let (r, v) = browser
        .call(
            "POST",
            "/webauthn/register",
            Some(json!({ "credential": credential })),
        )
        .await;
    (browser, r.status, v)
}

#[actix_rt::test]
async fn only_keys_that_prove_a_listed_unrevoked_model_are_registered() {
    let site = site().await;
    // A certified model with a chain to its maker's root.
    let mut good = SoftKey {
        attester: Some(pki().maker.attester(GOOD)),
        ..key(GOOD)
    };
    let (_, status, v) = register(&site, "al", &mut good).await;
    assert!(status.is_success(), "{v}");

    let refused = [
        ("none", key(GOOD), "prove their model"),
        (
            "packed without a statement",
            SoftKey {
                attestation_format: "packed".into(),
                attestation_statement: None,
                ..key(GOOD)
            },
            "attStmt",
        ),
        (
            "revoked model",
            SoftKey {
                attester: Some(pki().maker.attester(REVOKED)),
                ..key(REVOKED)
            },
            "Recalled Key) has been reported revoked or compromised",
        ),
        (
            "unlisted model",
            SoftKey {
                attester: Some(pki().maker.attester(UNLISTED)),
                ..key(UNLISTED)
            },
            "not in the site's list of known models",
        ),
        (
            "another root",
            SoftKey {
                attester: Some(pki().stranger.attester(GOOD)),
                ..key(GOOD)
            },
            "attestation could not be verified",
        ),
        (
            "a certificate for another model",
            SoftKey {
                attester: Some(pki().maker.attester(REVOKED)),
                ..key(GOOD)
            },
            "attestation could not be verified",
        ),
    ];
    for (i, (what, mut key, says)) in refused.into_iter().enumerate() {
        let (_, status, v) = register(&site, &format!("u{i}"), &mut key).await;
        assert_eq!(status.as_u16(), 400, "{what}: {v}");
        assert!(v["detail"].as_str().unwrap().contains(says), "{what}: {v}");
    }
}

#[actix_rt::test]
async fn a_model_reported_compromised_later_stops_signing_in() {
    let site = site().await;
    let mut good = SoftKey {
        attester: Some(pki().maker.attester(GOOD)),
        ..key(GOOD)
    };
    let (_, status, v) = register(&site, "bea", &mut good).await;
    assert!(status.is_success(), "{v}");
    // The operator refreshes the metadata file: the maker reported the model compromised.
    let later = Site::with(SiteOptions {
        database_url: Some(site.database_url().to_owned()),
        configure: Some(|b| {
            b.webauthn(
                two_factor::config::WebAuthn::new("Test Site")
                    .attestation_required(&pki().later, &pki().root),
            )
        }),
        ..SiteOptions::default()
    })
    .await;
    let browser = Api::browser(&later);
    assert_eq!(browser.login("bea").await["status"], "token_required");
    let options = browser.ok("POST", "/webauthn/login/options", None).await;
    let answer: Value = serde_json::from_str(&good.sign(&options["publicKey"])).unwrap();
    let v = browser
        .problem(
            "POST",
            "/login/token",
            Some(json!({ "webauthn": answer })),
            400,
            "invalid_token",
        )
        .await;
    assert!(
        v["detail"]
            .as_str()
            .unwrap()
            .contains("Test Key 5) has been reported revoked"),
        "{v}"
    );
}

#[actix_rt::test]
async fn a_blob_that_does_not_verify_stops_the_build() {
    for (blob, root, says) in [
        (&pki().tampered, &pki().root, "signature does not verify"),
        (&pki().blob, &pki().blob, "root certificate does not parse"),
        (&pki().root, &pki().root, "cannot read the metadata blob"),
        (&pki().junk, &pki().root, "not a JWT"),
    ] {
        let err = two_factor::TwoFactor::builder()
            .database_url(":memory:")
            .webauthn(two_factor::config::WebAuthn::new("S").attestation_required(blob, root))
            .build()
            .expect_err("a bad blob");
        let text = err.to_string();
        assert!(
            text.contains("webauthn_attestation_required") && text.contains(says),
            "{text}"
        );
    }
}
