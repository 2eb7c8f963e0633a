//! Security keys and passkeys through the JSON API (issue 22): an app client that has only
//! a passkey signs up, logs in, re-authenticates, adds, renames and removes a key; a
//! browser client answers the token step with a key; the document lists the operations
//! exactly when the site enables WebAuthn.

use crate::api::{Api, BASE};
use crate::common;

use common::softkey::SoftKey;
use common::{PASSWORD, Site, SiteOptions};
use serde_json::{Value, json};

/// The origin of actix's test requests.
const TEST_ORIGIN: &str = "http://localhost:8080";

async fn site() -> Site {
    Site::with(SiteOptions {
        configure: Some(|b| b.webauthn(two_factor::config::WebAuthn::new("Test Site"))),
        ..SiteOptions::default()
    })
    .await
}

fn passkey() -> SoftKey {
    SoftKey {
        origin: TEST_ORIGIN.to_owned(),
        ..SoftKey::passkey()
    }
}

fn security_key() -> SoftKey {
    SoftKey {
        origin: TEST_ORIGIN.to_owned(),
        ..SoftKey::new()
    }
}

fn json_of(answer: String) -> Value {
    serde_json::from_str(&answer).expect("the authenticator's JSON")
}

/// The `webauthn/N` ids among an answer's devices, with their labels.
fn keys_in(answer: &Value) -> Vec<(String, String)> {
    answer["devices"]
        .as_array()
        .expect("devices")
        .iter()
        .filter(|d| d["method"] == "webauthn")
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_owned(),
                d["label"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[actix_rt::test]
async fn an_app_with_only_a_passkey_signs_up_logs_in_reauthenticates_and_manages_keys() {
    let site = site().await;
    site.create_user("pat").await;

    // Sign up: password, then a passkey as the only device.
    let app = Api::app(&site);
    let v = app.login("pat").await;
    assert_eq!(v["status"], "authenticated", "{v}");
    let options = app
        .ok(
            "POST",
            "/webauthn/register/options",
            Some(json!({"passkey": true})),
        )
        .await;
    let public_key = &options["publicKey"];
    assert_eq!(
        public_key["authenticatorSelection"]["residentKey"], "required",
        "{options}"
    );
    assert!(public_key["challenge"].is_string() && public_key["user"]["id"].is_string());
    let mut phone = passkey();
    let credential = json_of(phone.register(public_key));
    let v = app
        .ok(
            "POST",
            "/webauthn/register",
            Some(json!({"credential": credential, "name": "Phone passkey"})),
        )
        .await;
    assert_eq!(
        (v["status"].as_str(), v["verified"].as_bool()),
        (Some("authenticated"), Some(true)),
        "{v}"
    );
    assert!(
        v["session_token"].is_string(),
        "setup renews the app session: {v}"
    );
    let keys = keys_in(&v);
    assert_eq!(keys.len(), 1, "{v}");
    assert_eq!(keys[0].1, "Phone passkey");
    // The same answer again: the ceremony is gone.
    app.problem(
        "POST",
        "/webauthn/register",
        Some(json!({"credential": credential})),
        404,
        "not_found",
    )
    .await;
    app.ok("POST", "/logout", None).await;

    // Log in with the passkey alone: no username, no password.
    let app = Api::app(&site);
    let options = app.ok("POST", "/passkey/login/options", None).await;
    let answer = json_of(phone.sign(&options["publicKey"]));
    let v = app
        .ok(
            "POST",
            "/passkey/login",
            Some(json!({ "credential": answer })),
        )
        .await;
    assert_eq!(
        (v["status"].as_str(), v["verified"].as_bool()),
        (Some("authenticated"), Some(true)),
        "{v}"
    );
    assert!(v["session_token"].is_string(), "{v}");
    assert_eq!(v["user"]["username"], "pat");
    // Its answer is used up, for this app and any other.
    Api::app(&site)
        .problem(
            "POST",
            "/passkey/login",
            Some(json!({ "credential": answer })),
            400,
            "invalid_credentials",
        )
        .await;

    // Re-authenticate with password and passkey.
    site.clock.advance_secs(1000);
    app.problem(
        "POST",
        "/backup-tokens",
        None,
        403,
        "reauthentication_required",
    )
    .await;
    let options = app.ok("POST", "/webauthn/login/options", None).await;
    let answer = json_of(phone.sign(&options["publicKey"]));
    let v = app
        .ok(
            "POST",
            "/reauthenticate",
            Some(json!({"password": PASSWORD, "webauthn": answer})),
        )
        .await;
    assert!(v["reauthentication_expires"].is_i64(), "{v}");

    // Add a security key, rename it, remove it.
    let options = app.ok("POST", "/webauthn/register/options", None).await;
    assert_eq!(
        options["publicKey"]["excludeCredentials"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let mut blue = security_key();
    let credential = json_of(blue.register(&options["publicKey"]));
    let v = app
        .ok(
            "POST",
            "/webauthn/register",
            Some(json!({"credential": credential, "name": "Blue key"})),
        )
        .await;
    let keys = keys_in(&v);
    assert_eq!(keys.len(), 2, "{v}");
    let (blue_id, _) = keys
        .iter()
        .find(|(_, l)| l == "Blue key")
        .cloned()
        .expect("blue");
    let v = app
        .ok(
            "PATCH",
            &format!("/devices/{blue_id}"),
            Some(json!({"name": "Spare key"})),
        )
        .await;
    assert!(
        keys_in(&v)
            .iter()
            .any(|(id, l)| *id == blue_id && l == "Spare key"),
        "{v}"
    );
    app.problem(
        "PATCH",
        &format!("/devices/{blue_id}"),
        Some(json!({"name": "bad\u{202e}name"})),
        400,
        "bad_request",
    )
    .await;
    let (primary, _) = keys.iter().find(|(id, _)| *id != blue_id).cloned().unwrap();
    app.problem(
        "DELETE",
        &format!("/devices/{primary}"),
        None,
        404,
        "not_found",
    )
    .await;
    let v = app.ok("DELETE", &format!("/devices/{blue_id}"), None).await;
    assert_eq!(keys_in(&v).len(), 1, "{v}");
    app.problem(
        "PATCH",
        &format!("/devices/{blue_id}"),
        Some(json!({"name": "x"})),
        404,
        "not_found",
    )
    .await;
}

#[actix_rt::test]
async fn a_browser_answers_the_token_step_with_a_key_and_a_wrong_answer_counts() {
    let site = site().await;
    site.create_user("kim").await;
    let mut key = security_key();
    // Setup through the API with a browser client.
    let browser = Api::browser(&site);
    browser.login("kim").await;
    let options = browser.ok("POST", "/webauthn/register/options", None).await;
    let credential = json_of(key.register(&options["publicKey"]));
    browser
        .ok(
            "POST",
            "/webauthn/register",
            Some(json!({ "credential": credential })),
        )
        .await;
    browser.ok("POST", "/logout", None).await;

    let browser = Api::browser(&site);
    let v = browser.login("kim").await;
    assert_eq!(v["status"], "token_required", "{v}");
    // Another key's answer: refused and counted.
    let options = browser.ok("POST", "/webauthn/login/options", None).await;
    let mut stranger = security_key();
    stranger.credential_id = key.credential_id.clone();
    let wrong = json_of(stranger.sign(&options["publicKey"]));
    browser
        .problem(
            "POST",
            "/login/token",
            Some(json!({ "webauthn": wrong })),
            400,
            "invalid_token",
        )
        .await;
    site.clock.advance_secs(10);
    let options = browser.ok("POST", "/webauthn/login/options", None).await;
    let answer = json_of(key.sign(&options["publicKey"]));
    let v = browser
        .ok("POST", "/login/token", Some(json!({ "webauthn": answer })))
        .await;
    assert_eq!(
        (v["status"].as_str(), v["verified"].as_bool()),
        (Some("authenticated"), Some(true)),
        "{v}"
    );
}

#[actix_rt::test]
async fn the_document_lists_the_webauthn_operations_exactly_when_the_site_has_them() {
    let ops = [
        (
            "post",
            "/webauthn/register/options",
            "webauthn_register_options",
        ),
        ("post", "/webauthn/register", "webauthn_register"),
        ("post", "/webauthn/login/options", "webauthn_login_options"),
        ("post", "/passkey/login/options", "passkey_login_options"),
        ("post", "/passkey/login", "passkey_login"),
        ("patch", "/devices/{kind}/{id}", "device_rename"),
    ];
    let with = site().await;
    let doc = Api::browser(&with)
        .call("GET", "/openapi.json", None)
        .await
        .1;
    for (method, path, id) in ops {
        assert_eq!(
            doc["paths"][path][method]["operationId"], id,
            "{method} {path}"
        );
    }
    let without = Site::new().await;
    without.create_user("lee").await;
    let api = Api::browser(&without);
    api.login("lee").await;
    let doc = api.call("GET", "/openapi.json", None).await.1;
    for (method, path, id) in ops.iter().filter(|(_, _, id)| *id != "device_rename") {
        assert!(
            doc["paths"][*path][*method].is_null(),
            "{id} listed without WebAuthn"
        );
        let v = api
            .problem(&method.to_uppercase(), path, None, 404, "not_found")
            .await;
        assert!(v["detail"].as_str().unwrap().contains("not enabled"), "{v}");
    }
    assert_eq!(doc["servers"][0]["url"], BASE);
}

/// Google Password Manager's AAGUID, as the bundled list has it.
const GOOGLE_PASSWORD_MANAGER: [u8; 16] = [
    0xea, 0x9b, 0x8d, 0x66, 0x4d, 0x01, 0x1d, 0x21, 0x3c, 0xe4, 0xb6, 0xb4, 0x8c, 0xb5, 0x75, 0xd4,
];
/// "YubiKey 5 Series" (19083c3d-8383-4b18-bc03-8f1c9ab2fd1b).
const YUBIKEY_5: [u8; 16] = [
    0x19, 0x08, 0x3c, 0x3d, 0x83, 0x83, 0x4b, 0x18, 0xbc, 0x03, 0x8f, 0x1c, 0x9a, 0xb2, 0xfd, 0x1b,
];

/// A browser client of `site`, logged in as a new user `name` whose first device is `key`.
async fn browser_with_key(site: &Site, name: &str, key: &mut SoftKey, label: &str) -> Api {
    site.create_user(name).await;
    let browser = Api::browser(site);
    browser.login(name).await;
    let options = browser.ok("POST", "/webauthn/register/options", None).await;
    let credential = json_of(key.register(&options["publicKey"]));
    browser
        .ok(
            "POST",
            "/webauthn/register",
            Some(json!({"credential": credential, "name": label})),
        )
        .await;
    browser
}

#[actix_rt::test]
async fn a_keys_provider_and_sync_state_are_shown_and_a_lone_device_bound_key_warns() {
    let site = site().await;
    let mut yubikey = SoftKey {
        aaguid: YUBIKEY_5,
        ..security_key()
    };
    let browser = browser_with_key(&site, "ada", &mut yubikey, "Keyring").await;
    let devices = browser.ok("GET", "/devices", None).await;
    let key = &devices["devices"][0];
    assert_eq!(
        (key["provider"].as_str(), key["synced"].as_bool()),
        (Some("YubiKey 5 Series"), Some(false)),
        "{devices}"
    );
    let profile = browser.c.get("/account/two_factor/").await;
    profile.assert_ok_contains("YubiKey 5 Series, device-bound");
    profile.assert_ok_contains("Your only security key is bound to one device");

    // A synced passkey beside it: the warning goes.
    let mut synced = SoftKey {
        aaguid: GOOGLE_PASSWORD_MANAGER,
        backup: (true, true),
        ..passkey()
    };
    let options = browser
        .ok(
            "POST",
            "/webauthn/register/options",
            Some(json!({"passkey": true})),
        )
        .await;
    let credential = json_of(synced.register(&options["publicKey"]));
    let v = browser
        .ok(
            "POST",
            "/webauthn/register",
            Some(json!({ "credential": credential })),
        )
        .await;
    assert!(
        v["devices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["provider"] == "Google Password Manager" && d["synced"] == true),
        "{v}"
    );
    let profile = browser.c.get("/account/two_factor/").await;
    profile.assert_ok_contains("Google Password Manager, synced");
    assert!(
        !profile.body.contains("Your only security key"),
        "no warning with two keys"
    );
    // The management command says the same.
    let lines = two_factor::management::two_factor_devices(&site.tf, &["ada".to_owned()])
        .await
        .unwrap();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Google Password Manager, synced")),
        "{lines:?}"
    );
}

#[actix_rt::test]
async fn a_company_denies_or_allows_authenticator_models() {
    // Denied: registering a YubiKey 5 is refused with a message naming it.
    let denying = Site::with(SiteOptions {
        configure: Some(|b| {
            b.webauthn(
                two_factor::config::WebAuthn::new("Test Site")
                    .deny_aaguids(["19083c3d-8383-4b18-bc03-8f1c9ab2fd1b"]),
            )
        }),
        ..SiteOptions::default()
    })
    .await;
    denying.create_user("bo").await;
    let browser = Api::browser(&denying);
    browser.login("bo").await;
    let options = browser.ok("POST", "/webauthn/register/options", None).await;
    let mut yubikey = SoftKey {
        aaguid: YUBIKEY_5,
        ..security_key()
    };
    let credential = json_of(yubikey.register(&options["publicKey"]));
    let v = browser
        .problem(
            "POST",
            "/webauthn/register",
            Some(json!({ "credential": credential })),
            400,
            "invalid_token",
        )
        .await;
    assert_eq!(
        v["detail"], "This kind of authenticator (YubiKey 5 Series) is not accepted on this site.",
        "{v}"
    );

    // A key registered before the model was denied stops working at the next login.
    let open = site().await;
    let mut old = SoftKey {
        aaguid: YUBIKEY_5,
        ..security_key()
    };
    browser_with_key(&open, "cy", &mut old, "Old key").await;
    let later = Site::with(SiteOptions {
        database_url: Some(open.database_url().to_owned()),
        configure: Some(|b| {
            b.webauthn(
                two_factor::config::WebAuthn::new("Test Site")
                    .deny_aaguids(["19083C3D83834B18BC038F1C9AB2FD1B"]),
            )
        }),
        ..SiteOptions::default()
    })
    .await;
    let browser = Api::browser(&later);
    assert_eq!(browser.login("cy").await["status"], "token_required");
    let options = browser.ok("POST", "/webauthn/login/options", None).await;
    let answer = json_of(old.sign(&options["publicKey"]));
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
        v["detail"].as_str().unwrap().contains("YubiKey 5 Series"),
        "{v}"
    );

    // Allowed list: a model outside it, and a key that hides its model, are refused.
    let allowing = Site::with(SiteOptions {
        configure: Some(|b| {
            b.webauthn(
                two_factor::config::WebAuthn::new("Test Site")
                    .allow_aaguids(["19083c3d-8383-4b18-bc03-8f1c9ab2fd1b"]),
            )
        }),
        ..SiteOptions::default()
    })
    .await;
    allowing.create_user("di").await;
    let browser = Api::browser(&allowing);
    browser.login("di").await;
    for (aaguid, allowed) in [
        ([0u8; 16], false),
        (GOOGLE_PASSWORD_MANAGER, false),
        (YUBIKEY_5, true),
    ] {
        let options = browser.ok("POST", "/webauthn/register/options", None).await;
        let mut key = SoftKey {
            aaguid,
            ..security_key()
        };
        let credential = json_of(key.register(&options["publicKey"]));
        let (r, v) = browser
            .call(
                "POST",
                "/webauthn/register",
                Some(json!({ "credential": credential })),
            )
            .await;
        assert_eq!(r.status.is_success(), allowed, "{aaguid:?}: {v}");
    }

    // A list entry that is not an AAGUID stops the build.
    let err = two_factor::TwoFactor::builder()
        .database_url(":memory:")
        .webauthn(two_factor::config::WebAuthn::new("Site").allow_aaguids(["not-an-aaguid"]))
        .build()
        .expect_err("a bad AAGUID");
    assert!(err.to_string().contains("webauthn_aaguids"), "{err}");
}

#[actix_rt::test]
async fn related_origins_are_listed_and_served_and_an_android_apps_answer_counts() {
    const APP: &str = "android:apk-key-hash:lGEMb9Nq7AK5L0xXQs3mhj4rGpNYqXdv8I8bYSmXiYc";
    let site = Site::with(SiteOptions {
        configure: Some(|b| {
            b.webauthn(
                two_factor::config::WebAuthn::new("Test Site")
                    .rp_id("localhost")
                    .related_origins(["https://shop.example.net"])
                    .app_origins([APP]),
            )
        }),
        ..SiteOptions::default()
    })
    .await;
    // The related origins document, at the host's root, public.
    let r = site.client().get("/.well-known/webauthn").await;
    assert_eq!(r.status.as_u16(), 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("application/json"));
    let doc: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(doc, json!({"origins": ["https://shop.example.net"]}));
    let plain = crate::api_webauthn::site().await;
    assert_eq!(
        plain
            .client()
            .get("/.well-known/webauthn")
            .await
            .status
            .as_u16(),
        404
    );

    // An Android app's passkey answer (its origin is its signing key's hash) counts; the
    // same answer from another app's origin does not.
    site.create_user("ann").await;
    let app = Api::app(&site);
    app.login("ann").await;
    let options = app
        .ok(
            "POST",
            "/webauthn/register/options",
            Some(json!({"passkey": true})),
        )
        .await;
    assert_eq!(options["publicKey"]["rp"]["id"], "localhost");
    let mut phone = SoftKey {
        origin: APP.to_owned(),
        ..SoftKey::passkey()
    };
    let credential = json_of(phone.register(&options["publicKey"]));
    app.ok(
        "POST",
        "/webauthn/register",
        Some(json!({ "credential": credential })),
    )
    .await;
    let other = Api::app(&site);
    let options = other.ok("POST", "/passkey/login/options", None).await;
    phone.origin = "android:apk-key-hash:AAAAb9Nq7AK5L0xXQs3mhj4rGpNYqXdv8I8bYSmXiYc".to_owned();
    let answer = json_of(phone.sign(&options["publicKey"]));
    let v = other
        .problem(
            "POST",
            "/passkey/login",
            Some(json!({ "credential": answer })),
            400,
            "invalid_credentials",
        )
        .await;
    assert!(
        v["detail"].as_str().unwrap().contains("another site"),
        "{v}"
    );
    // (That refusal counted against the key: past its back-off.)
    site.clock.advance_secs(5);
    let options = other.ok("POST", "/passkey/login/options", None).await;
    phone.origin = APP.to_owned();
    let answer = json_of(phone.sign(&options["publicKey"]));
    let v = other
        .ok(
            "POST",
            "/passkey/login",
            Some(json!({ "credential": answer })),
        )
        .await;
    assert_eq!(v["user"]["username"], "ann");

    // What `build()` refuses.
    for (settings, setting) in [
        (
            two_factor::config::WebAuthn::new("S").related_origins(["https://shop.example.net"]),
            "webauthn_related_origins",
        ),
        (
            two_factor::config::WebAuthn::new("S")
                .rp_id("example.com")
                .related_origins(["https://www.example.com"]),
            "webauthn_related_origins",
        ),
        (
            two_factor::config::WebAuthn::new("S").app_origins(["android:apk-key-hash:short"]),
            "webauthn_app_origins",
        ),
    ] {
        let err = two_factor::TwoFactor::builder()
            .database_url(":memory:")
            .webauthn(settings)
            .build()
            .expect_err(setting);
        assert!(err.to_string().contains(setting), "{err}");
    }
}

/// Anonymous app clients park their passkey ceremonies in the database (they have no
/// session): without a bound, anyone could fill it at request rate. One client address
/// parks at most ten ceremonies at a time (429 with `Retry-After` until one is answered or
/// expires), and the table holds at most 10,000 (503 with `Retry-After`: the database
/// stays bounded whatever the number of addresses).
#[actix_rt::test]
async fn anonymous_passkey_ceremonies_are_bounded_per_client_address_and_in_all() {
    for backend in common::backends() {
        let site = Site::with(SiteOptions {
            backend: backend.clone(),
            configure: Some(|b| b.webauthn(two_factor::config::WebAuthn::new("Test Site"))),
            ..SiteOptions::default()
        })
        .await;
        site.create_user("pat").await;
        let mut phone = passkey();
        let owner = Api::app(&site);
        owner.login("pat").await;
        let options = owner
            .ok(
                "POST",
                "/webauthn/register/options",
                Some(json!({"passkey": true})),
            )
            .await;
        let credential = json_of(phone.register(&options["publicKey"]));
        owner
            .ok(
                "POST",
                "/webauthn/register",
                Some(json!({ "credential": credential })),
            )
            .await;

        let flooder = Api::app_at(&site, "203.0.113.7:40000");
        let mut first = None;
        for i in 0..10 {
            let options = flooder.ok("POST", "/passkey/login/options", None).await;
            first.get_or_insert(options);
            site.clock.advance_secs(1);
            assert_eq!(
                site.count_rows("two_factor_webauthn_pending"),
                i + 1,
                "{}",
                backend.name()
            );
        }
        let (r, v) = flooder.call("POST", "/passkey/login/options", None).await;
        crate::api::assert_problem(&r, &v, 429, "throttled");
        // The oldest of the ten expires in 300 s less the 10 s that passed.
        assert_eq!(r.header("retry-after"), Some("290"), "{}", backend.name());
        assert_eq!(v["retry_after"], 290, "{v}");
        assert_eq!(
            site.count_rows("two_factor_webauthn_pending"),
            10,
            "a refused request parks nothing"
        );

        // Another address is not affected; an answered ceremony frees its slot.
        Api::app_at(&site, "198.51.100.20:40000")
            .ok("POST", "/passkey/login/options", None)
            .await;
        let answer = json_of(phone.sign(&first.expect("options")["publicKey"]));
        let v = flooder
            .ok(
                "POST",
                "/passkey/login",
                Some(json!({ "credential": answer })),
            )
            .await;
        assert_eq!(v["user"]["username"], "pat");
        let flooder = Api::app_at(&site, "203.0.113.7:40001");
        flooder.ok("POST", "/passkey/login/options", None).await;
        flooder
            .problem("POST", "/passkey/login/options", None, 429, "throttled")
            .await;
        // Once they expire, the address may start again.
        site.clock.advance_secs(300);
        flooder.ok("POST", "/passkey/login/options", None).await;
        assert_eq!(
            site.count_rows("two_factor_webauthn_pending"),
            1,
            "expired ceremonies are pruned"
        );

        // Many addresses: the table's bound holds whatever their number.
        let expires = two_factor::clock::Clock::now_ms(&site.clock) + 60_000;
        let fill = match backend {
            common::Backend::Sqlite => format!(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9999) \
                 INSERT INTO two_factor_webauthn_pending (challenge_hash, state, expires_at, client) \
                 SELECT 'fill' || i, '{{}}', {expires}, 'address ' || i FROM n"
            ),
            _ => format!(
                "INSERT INTO two_factor_webauthn_pending (challenge_hash, state, expires_at, client) \
                 SELECT 'fill' || i, '{{}}', {expires}, 'address ' || i \
                 FROM generate_series(1, 9999) AS i"
            ),
        };
        assert_eq!(site.exec(&fill), 9999);
        let (r, v) = Api::app_at(&site, "192.0.2.1:40000")
            .call("POST", "/passkey/login/options", None)
            .await;
        crate::api::assert_problem(&r, &v, 503, "unavailable");
        assert_eq!(r.header("retry-after"), Some("60"), "{}", backend.name());
        assert_eq!(site.count_rows("two_factor_webauthn_pending"), 10_000);
        // The browser's ceremony lives in its session: not bounded by the app table.
        let browser = Api::browser(&site);
        browser.ok("GET", "/session", None).await;
        browser.ok("POST", "/passkey/login/options", None).await;
    }
}

/// A passkey answer naming no registered key leaves nothing behind: the challenge is
/// recorded as answered only once the answer names a key of the site, so anonymous clients
/// cannot fill `two_factor_webauthn_used` with answers from keys nobody registered (the
/// challenge still cannot be answered twice: its state was taken out of the session).
#[actix_rt::test]
async fn anonymous_answers_from_unknown_keys_write_nothing() {
    for backend in common::backends() {
        let site = Site::with(SiteOptions {
            backend: backend.clone(),
            configure: Some(|b| b.webauthn(two_factor::config::WebAuthn::new("Test Site"))),
            ..SiteOptions::default()
        })
        .await;
        let mut stranger = passkey();
        for _ in 0..5 {
            let browser = Api::browser(&site);
            browser.ok("GET", "/session", None).await;
            let options = browser.ok("POST", "/passkey/login/options", None).await;
            let answer = json_of(stranger.sign(&options["publicKey"]));
            browser
                .problem(
                    "POST",
                    "/passkey/login",
                    Some(json!({ "credential": answer })),
                    400,
                    "invalid_credentials",
                )
                .await;
        }
        assert_eq!(
            site.count_rows("two_factor_webauthn_used"),
            0,
            "{}",
            backend.name()
        );
    }
}
