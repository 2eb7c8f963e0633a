//! The JSON API (issue 13): every operation and error code, browser and app clients, the
//! guarantees shared with the HTML flow, and the OpenAPI document itself.

use crate::common;

use std::cell::RefCell;
use std::collections::BTreeSet;

use actix_web::http::StatusCode;
use actix_web::test;
use common::{Client, PASSWORD, Resp, Site, SiteOptions};
use serde_json::{Value, json};
use two_factor::users::UserStore;

pub(crate) const BASE: &str = "/account/two_factor/api/v1";

/// A client of the API: a browser (cookie + `X-CSRFToken`) or an app (`X-Session-Token`).
pub(crate) struct Api {
    pub(crate) c: Client,
    app: bool,
    token: RefCell<Option<String>>,
    csrf: RefCell<Option<String>>,
}

impl Api {
    fn new(c: Client, app: bool) -> Api {
        Api {
            c,
            app,
            token: RefCell::default(),
            csrf: RefCell::default(),
        }
    }

    pub(crate) fn browser(site: &Site) -> Api {
        Api::new(site.client(), false)
    }

    pub(crate) fn app(site: &Site) -> Api {
        Api::new(site.client(), true)
    }

    /// An app client whose requests come from `peer` (a socket address).
    pub(crate) fn app_at(site: &Site, peer: &str) -> Api {
        Api::new(site.client().at_origin(peer, &[]), true)
    }

    pub(crate) async fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> (Resp, Value) {
        let uri = format!("{BASE}{path}");
        let mut req = match method {
            "GET" => test::TestRequest::get(),
            "POST" => test::TestRequest::post(),
            "DELETE" => test::TestRequest::delete(),
            "PUT" => test::TestRequest::put(),
            "PATCH" => test::TestRequest::patch(),
            _ => unreachable!(),
        }
        .uri(&uri);
        if let Some(body) = body {
            req = req
                .insert_header(("content-type", "application/json"))
                .set_payload(body.to_string());
        }
        if self.app {
            match self.token.borrow().as_deref() {
                Some(token) => req = req.insert_header(("X-Session-Token", token)),
                None => req = req.insert_header(("X-Client", "app")),
            }
        } else if method != "GET"
            && let Some(csrf) = self.csrf.borrow().as_deref()
        {
            req = req.insert_header(("X-CSRFToken", csrf));
        }
        let r = self.c.request(req).await;
        if self.app {
            assert!(
                r.header("set-cookie").is_none(),
                "an app gets no cookie: {r:?}"
            );
            if let Some(token) = r.header("x-session-token") {
                *self.token.borrow_mut() = Some(token.to_owned());
            }
        } else if let Some(csrf) = r.header("x-csrftoken") {
            *self.csrf.borrow_mut() = Some(csrf.to_owned());
        }
        let value = serde_json::from_str(&r.body).unwrap_or(Value::Null);
        (r, value)
    }

    pub(crate) async fn ok(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (r, v) = self.call(method, path, body).await;
        assert_eq!(r.status, StatusCode::OK, "{method} {path}: {}", r.body);
        assert_eq!(r.content_type.as_deref(), Some("application/json"));
        assert_eq!(r.cache_control.as_deref(), Some("no-store"));
        v
    }

    /// Asserts a problem answer with `status` and `code`.
    pub(crate) async fn problem(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
        status: u16,
        code: &str,
    ) -> Value {
        let (r, v) = self.call(method, path, body).await;
        assert_problem(&r, &v, status, code);
        v
    }

    pub(crate) async fn login(&self, username: &str) -> Value {
        if !self.app {
            self.ok("GET", "/session", None).await;
        }
        self.ok(
            "POST",
            "/login",
            Some(json!({"username": username, "password": PASSWORD})),
        )
        .await
    }

    /// Logs in with the password, then with `token`: a verified session.
    pub(crate) async fn login_verified(&self, username: &str, token: String) -> Value {
        self.login(username).await;
        self.ok("POST", "/login/token", Some(json!({ "token": token })))
            .await
    }
}

pub(crate) fn assert_problem(r: &Resp, v: &Value, status: u16, code: &str) {
    assert_eq!(r.status.as_u16(), status, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("application/problem+json"));
    assert_eq!(v["code"], code, "{}", r.body);
    assert_eq!(v["status"], status);
    assert_eq!(v["type"], "about:blank");
    assert!(v["title"].is_string() && v["detail"].is_string(), "{v}");
}

fn phone_site() -> SiteOptions {
    SiteOptions {
        gateway: Some(two_factor::gateways::FakeGateway::new()),
        ..SiteOptions::default()
    }
}

#[actix_rt::test]
async fn a_browser_logs_in_with_password_and_token_and_out_again() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("alice").await;
    let api = Api::browser(&site);

    let anon = api.ok("GET", "/session", None).await;
    assert_eq!(anon["status"], "anonymous");
    assert_eq!(anon["verified"], false);
    assert_eq!(anon["user"], Value::Null);
    assert_eq!(anon["devices"], json!([]));
    assert!(anon["csrf_token"].as_str().is_some_and(|t| t.len() >= 32));
    assert_eq!(api.csrf.borrow().as_deref(), anon["csrf_token"].as_str());

    // No (or a wrong) CSRF header: refused before anything is checked.
    let saved = api.csrf.borrow_mut().replace("forged".repeat(8));
    let body = json!({"username": "alice", "password": PASSWORD});
    api.problem("POST", "/login", Some(body.clone()), 403, "csrf_failed")
        .await;
    *api.csrf.borrow_mut() = saved;

    api.problem(
        "POST",
        "/login",
        Some(json!({"username": "alice", "password": "wrong"})),
        400,
        "invalid_credentials",
    )
    .await;
    let pending = api.ok("POST", "/login", Some(body)).await;
    assert_eq!(pending["status"], "token_required");
    assert_eq!(pending["user"]["username"], "alice");
    assert_eq!(
        pending["devices"],
        json!([{"id": format!("totp/{}", device.id), "kind": "totp", "method": "generator",
                 "description": "Authenticator app", "name": "default"}])
    );
    // Not logged in yet.
    assert_eq!(
        site.client().get("/secret/").await.status,
        StatusCode::FOUND
    );

    api.problem(
        "POST",
        "/login/token",
        Some(json!({"token": "000000"})),
        400,
        "invalid_token",
    )
    .await;
    site.clock.advance_secs(2); // past the one-second back-off of that failure
    let token = site.current_token(&device);
    let done = api
        .ok("POST", "/login/token", Some(json!({"token": token})))
        .await;
    assert_eq!(done["status"], "authenticated");
    assert_eq!(done["verified"], true);
    // The session renewed at login: the CSRF token rotated with it.
    assert_ne!(done["csrf_token"], anon["csrf_token"]);
    // The HTML guards see the same session.
    assert_eq!(api.c.get("/secret/").await.status, StatusCode::OK);
    assert_eq!(
        api.ok("GET", "/session", None).await["status"],
        "authenticated"
    );
    // The host's own JSON route.
    let (r, me) = api.c.get("/host-api/me").await.into_json();
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(me["user"], "alice");

    let out = api.ok("POST", "/logout", None).await;
    assert_eq!(out["status"], "anonymous");
    assert_eq!(api.c.get("/secret/").await.status, StatusCode::FOUND);
    // The logout answer's CSRF token is the new session's: a login may follow at once.
    assert_ne!(out["csrf_token"], done["csrf_token"]);
    let again = api
        .ok(
            "POST",
            "/login",
            Some(json!({"username": "alice", "password": PASSWORD})),
        )
        .await;
    assert_eq!(again["status"], "token_required");
    api.ok("POST", "/logout", None).await;
    let (r, v) = api.c.get("/host-api/me").await.into_json();
    assert_problem(&r, &v, 401, "not_authenticated");
}

trait IntoJson {
    fn into_json(self) -> (Resp, Value);
}

impl IntoJson for Resp {
    fn into_json(self) -> (Resp, Value) {
        let v = serde_json::from_str(&self.body).unwrap_or(Value::Null);
        (self, v)
    }
}

#[actix_rt::test]
async fn an_app_logs_in_with_a_session_token_that_is_renewed_stored_hashed_and_ended() {
    for backend in common::backends() {
        an_app_session_on(&Site::on(&backend).await).await;
    }
}

async fn an_app_session_on(site: &Site) {
    let (_, device) = site.create_user_with_device("alice").await;
    let app = Api::app(site);
    let pending = app.login("alice").await;
    assert_eq!(pending["status"], "token_required");
    assert!(pending.get("csrf_token").is_none(), "no CSRF for apps");
    let first = pending["session_token"]
        .as_str()
        .expect("session_token")
        .to_owned();
    assert_eq!(app.token.borrow().as_deref(), Some(first.as_str()));

    // No CSRF header needed; the login completes and the token is replaced.
    let token = site.current_token(&device);
    let done = app
        .ok("POST", "/login/token", Some(json!({"token": token})))
        .await;
    assert_eq!(done["status"], "authenticated");
    assert_eq!(done["verified"], true);
    let second = done["session_token"].as_str().expect("renewed").to_owned();
    assert_ne!(first, second);

    // The old token is dead; the new one works, with the host's JSON routes too.
    let stale = Api::app(site);
    *stale.token.borrow_mut() = Some(first.clone());
    stale
        .problem("GET", "/session", None, 401, "session_expired")
        .await;
    let session = app.ok("GET", "/session", None).await;
    assert_eq!(session["status"], "authenticated");
    assert!(
        session.get("session_token").is_none(),
        "issued only when it changes"
    );
    let me = app
        .c
        .request(
            test::TestRequest::get()
                .uri("/host-api/me")
                .insert_header(("X-Session-Token", second.as_str())),
        )
        .await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    let me = app
        .c
        .request(
            test::TestRequest::get()
                .uri("/host-api/me")
                .insert_header(("X-Session-Token", first.as_str())),
        )
        .await;
    let (r, v) = me.into_json();
    assert_problem(&r, &v, 401, "session_expired");

    // Only digests are stored.
    let rows = stored_sessions(site).await;
    assert_eq!(rows.len(), 1);
    assert!(!rows[0].contains(&second) && !rows[0].contains(&first));

    app.ok("POST", "/logout", None).await;
    app.problem("GET", "/session", None, 401, "session_expired")
        .await;
    assert!(stored_sessions(site).await.is_empty());
}

async fn stored_sessions(site: &Site) -> Vec<String> {
    use diesel::prelude::*;
    diesel::table! {
        two_factor_api_session (token_hash) {
            token_hash -> Text,
            state -> Text,
        }
    }
    let db = site.tf.database().clone();
    actix_web::web::block(move || {
        let mut conn = db.connection().expect("connection");
        let query = two_factor_api_session::table.select((
            two_factor_api_session::token_hash,
            two_factor_api_session::state,
        ));
        let rows: Vec<(String, String)> = match &mut *conn {
            two_factor::db::AnyConnection::Sqlite(c) => query.load(c),
            #[cfg(feature = "postgres")]
            two_factor::db::AnyConnection::Postgresql(c) => query.load(c),
        }
        .expect("query");
        rows.into_iter().map(|(h, s)| format!("{h} {s}")).collect()
    })
    .await
    .expect("blocking")
}

#[actix_rt::test]
async fn an_app_request_with_the_session_cookie_is_refused() {
    let site = Site::new().await;
    site.create_user("bob").await;
    let browser = Api::browser(&site);
    browser.login("bob").await;
    let r = browser
        .c
        .request(
            test::TestRequest::get()
                .uri(&format!("{BASE}/session"))
                .insert_header(("X-Client", "app")),
        )
        .await;
    let (r, v) = r.into_json();
    assert_problem(&r, &v, 400, "bad_request");
}

#[actix_rt::test]
async fn the_token_step_times_out_and_throttles_like_the_html_one() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("alice").await;
    let app = Api::app(&site);
    app.login("alice").await;
    site.clock.advance_secs(601);
    let token = site.current_token(&device);
    app.problem(
        "POST",
        "/login/token",
        Some(json!({"token": token})),
        401,
        "session_expired",
    )
    .await;

    // Wrong tokens: the device backs off and says for how long.
    let app = Api::app(&site);
    app.login("alice").await;
    app.problem(
        "POST",
        "/login/token",
        Some(json!({"token": "000000"})),
        400,
        "invalid_token",
    )
    .await;
    let (r, v) = app
        .call("POST", "/login/token", Some(json!({"token": "000001"})))
        .await;
    assert_problem(&r, &v, 429, "throttled");
    assert_eq!(v["retry_after"], 1);
    assert_eq!(r.header("retry-after"), Some("1"));
    // The HTML login of the same user meets the same throttle.
    let c = site.client();
    c.login_password("alice", PASSWORD, None).await;
    let token = site.current_token(&device);
    c.login_token(&token)
        .await
        .assert_ok_contains("Verification temporarily disabled");
}

#[actix_rt::test]
async fn wrong_passwords_through_the_api_and_the_form_share_one_client_throttle() {
    let site = Site::new().await;
    site.create_user("alice").await;
    let app = Api::app(&site);
    for i in 0..5 {
        app.problem(
            "POST",
            "/login",
            Some(json!({"username": format!("guess{i}"), "password": "x"})),
            400,
            "invalid_credentials",
        )
        .await;
    }
    let c = site.client();
    for i in 5..10 {
        c.login_password(&format!("guess{i}"), "x", None).await;
    }
    let (r, v) = app
        .call(
            "POST",
            "/login",
            Some(json!({"username": "alice", "password": PASSWORD})),
        )
        .await;
    assert_problem(&r, &v, 429, "throttled");
    assert_eq!(v["retry_after"], 1);
    assert_eq!(r.header("retry-after"), Some("1"));
}

#[actix_rt::test]
async fn a_user_sets_up_totp_gets_backup_tokens_and_logs_in_with_one() {
    let site = Site::new().await;
    site.create_user("carol").await;
    let api = Api::browser(&site);
    let s = api.login("carol").await;
    assert_eq!(s["status"], "authenticated");
    assert_eq!(s["verified"], false);
    assert!(s["reauthentication_expires"].is_i64());
    assert_eq!(api.ok("GET", "/devices", None).await["devices"], json!([]));
    // Sensitive operations need a verified session.
    api.problem("POST", "/backup-tokens", None, 403, "verification_required")
        .await;
    api.problem(
        "POST",
        "/totp/confirm",
        Some(json!({"token": "123456"})),
        404,
        "not_found",
    )
    .await;

    let setup = api.ok("POST", "/totp/setup", None).await;
    let secret = setup["secret"].as_str().expect("secret");
    assert!(
        setup["otpauth_url"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/")
    );
    assert!(setup["otpauth_url"].as_str().unwrap().contains(secret));
    assert_eq!(setup["qr_url"], "/account/two_factor/qrcode/");
    let qr = api.c.get("/account/two_factor/qrcode/").await;
    assert_eq!(qr.status, StatusCode::OK);
    assert!(qr.body.starts_with("<svg") || qr.body.contains("<svg"));

    api.problem(
        "POST",
        "/totp/confirm",
        Some(json!({"token": "12345x"})),
        400,
        "invalid_token",
    )
    .await;
    let device = site
        .tf
        .devices()
        .list(s["user"]["id"].as_str().unwrap())
        .await
        .unwrap();
    assert!(device.is_empty(), "not confirmed yet");
    let id: i64 = setup["device"].as_str().unwrap()["totp/".len()..]
        .parse()
        .unwrap();
    let pending = site
        .tf
        .devices()
        .pending_setup(s["user"]["id"].as_str().unwrap(), id)
        .await
        .unwrap()
        .expect("pending device");
    let token = site.current_token(&pending);
    let done = api
        .ok("POST", "/totp/confirm", Some(json!({"token": token})))
        .await;
    assert_eq!(done["verified"], true);
    assert_eq!(done["devices"][0]["method"], "generator");
    api.problem("POST", "/totp/setup", None, 409, "already_enabled")
        .await;

    let tokens = api.ok("POST", "/backup-tokens", None).await;
    let tokens: Vec<String> = serde_json::from_value(tokens["tokens"].clone()).unwrap();
    assert_eq!(tokens.len(), 10);
    let left = api.ok("GET", "/backup-tokens", None).await;
    assert_eq!(left, json!({"remaining": 10}));
    api.ok("POST", "/logout", None).await;

    // A backup token at the token step (no device named): logged in, once.
    let app = Api::app(&site);
    let pending = app.login("carol").await;
    assert!(
        pending["devices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["method"] == "backup"),
        "{pending}"
    );
    let done = app
        .ok("POST", "/login/token", Some(json!({"token": tokens[0]})))
        .await;
    assert_eq!(done["verified"], true);
    assert_eq!(app.ok("GET", "/backup-tokens", None).await["remaining"], 9);
    let again = Api::app(&site);
    again.login("carol").await;
    again
        .problem(
            "POST",
            "/login/token",
            Some(json!({"token": tokens[0]})),
            400,
            "invalid_token",
        )
        .await;
}

#[actix_rt::test]
async fn sensitive_operations_need_a_recent_reauthentication() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("dave").await;
    let app = Api::app(&site);
    let s = app
        .login_verified("dave", site.current_token(&device))
        .await;
    let now = site.tf.clock().now_secs();
    assert_eq!(s["reauthentication_expires"], now + 900);
    site.clock.advance_secs(901);
    app.problem(
        "POST",
        "/backup-tokens",
        None,
        403,
        "reauthentication_required",
    )
    .await;
    app.problem("POST", "/disable", None, 403, "reauthentication_required")
        .await;
    app.problem(
        "POST",
        "/reauthenticate",
        Some(json!({"password": "wrong", "token": "000000"})),
        400,
        "invalid_credentials",
    )
    .await;
    site.clock.advance_secs(2);
    app.problem(
        "POST",
        "/reauthenticate",
        Some(json!({"password": PASSWORD, "token": "000000"})),
        400,
        "invalid_token",
    )
    .await;
    site.clock.advance_secs(30);
    let token = site.current_token(&device);
    let s = app
        .ok(
            "POST",
            "/reauthenticate",
            Some(json!({"password": PASSWORD, "token": token})),
        )
        .await;
    assert_eq!(
        s["reauthentication_expires"],
        site.tf.clock().now_secs() + 900
    );
    assert!(
        s["session_token"].is_string(),
        "re-authentication renews the session"
    );
    app.ok("POST", "/backup-tokens", None).await;
    let off = app.ok("POST", "/disable", None).await;
    assert_eq!(off["verified"], false);
    assert_eq!(off["devices"], json!([]));
    assert!(
        !site
            .tf
            .devices()
            .has_device(off["user"]["id"].as_str().unwrap())
            .await
            .unwrap()
    );
}

#[actix_rt::test]
async fn backup_phones_are_added_challenged_and_removed() {
    let site = Site::with(phone_site()).await;
    let gateway = site.gateway.clone().unwrap();
    let (_, device) = site.create_user_with_device("erin").await;
    let api = Api::browser(&site);
    api.login_verified("erin", site.current_token(&device))
        .await;
    api.problem(
        "POST",
        "/phones",
        Some(json!({"number": "12", "method": "sms"})),
        400,
        "bad_request",
    )
    .await;
    api.problem(
        "POST",
        "/phones/confirm",
        Some(json!({"token": "123456"})),
        404,
        "not_found",
    )
    .await;
    let added = api
        .ok(
            "POST",
            "/phones",
            Some(json!({"number": "+31 6 12345678", "method": "sms"})),
        )
        .await;
    let phone_id = added["device"]["id"].as_str().unwrap().to_owned();
    assert_eq!(added["device"]["name"], "backup");
    api.problem(
        "POST",
        "/phones/confirm",
        Some(json!({"token": "000000"})),
        400,
        "invalid_token",
    )
    .await;
    // The phone backs off like any device, and says for how long.
    let (r, v) = api
        .call("POST", "/phones/confirm", Some(json!({"token": "000001"})))
        .await;
    assert_problem(&r, &v, 429, "throttled");
    assert_eq!(v["retry_after"], 1);
    site.clock.advance_secs(2);
    let code = gateway.last_token_to("+31612345678").expect("a text");
    let confirmed = api
        .ok("POST", "/phones/confirm", Some(json!({"token": code})))
        .await;
    assert_eq!(confirmed["device"]["id"], phone_id.as_str());
    let listed = api.ok("GET", "/devices", None).await;
    assert!(
        listed["devices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == phone_id.as_str())
    );
    api.ok("POST", "/logout", None).await;

    // At login, the phone is sent a code on request and its code logs in.
    let app = Api::app(&site);
    app.login("erin").await;
    app.problem(
        "POST",
        "/login/challenge",
        Some(json!({"device": "phone/999"})),
        404,
        "not_found",
    )
    .await;
    gateway.clear();
    app.ok(
        "POST",
        "/login/challenge",
        Some(json!({"device": phone_id})),
    )
    .await;
    app.problem(
        "POST",
        "/login/challenge",
        Some(json!({"device": phone_id})),
        429,
        "throttled",
    )
    .await;
    let code = gateway.last_token_to("+31612345678").expect("a text");
    let done = app
        .ok(
            "POST",
            "/login/token",
            Some(json!({"token": code, "device": phone_id})),
        )
        .await;
    assert_eq!(done["verified"], true);

    // Only backup phones are removed this way (the main device goes with `disable`).
    app.problem(
        "DELETE",
        &format!("/devices/totp/{}", device.id),
        None,
        404,
        "not_found",
    )
    .await;
    app.problem("DELETE", "/devices/phone/999", None, 404, "not_found")
        .await;
    let path = format!("/devices/{phone_id}");
    let left = app.ok("DELETE", &path, None).await;
    assert!(
        !left["devices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == phone_id.as_str())
    );
    // That phone verified this session: it is no longer verified.
    assert_eq!(app.ok("GET", "/session", None).await["verified"], false);
    app.problem("DELETE", &path, None, 403, "verification_required")
        .await;
}

#[actix_rt::test]
async fn protected_operations_answer_json_never_a_redirect() {
    let site = Site::with(SiteOptions {
        policy: Some(two_factor::policy::TwoFactorPolicy::Required),
        ..SiteOptions::default()
    })
    .await;
    site.create_user("frank").await;
    let anon = Api::app(&site);
    for (method, path) in [
        ("GET", "/devices"),
        ("POST", "/backup-tokens"),
        ("GET", "/backup-tokens"),
        ("POST", "/disable"),
        ("POST", "/totp/setup"),
    ] {
        let (r, v) = anon.call(method, path, None).await;
        assert_problem(&r, &v, 401, "not_authenticated");
    }
    // Logged in without a device under a requiring policy: the API answers 403 where a
    // second factor is needed (and lets setup through); other pages give apps JSON too.
    let app = Api::app(&site);
    let s = app.login("frank").await;
    assert_eq!(s["verified"], false);
    app.problem("POST", "/backup-tokens", None, 403, "verification_required")
        .await;
    app.ok("POST", "/totp/setup", None).await;
    let token = app.token.borrow().clone().unwrap();
    // Outside the API and the host's `AppSessions` scopes a token is not a credential:
    // the request is an anonymous browser's (served as such, not as the app's user).
    let r = app
        .c
        .request(
            test::TestRequest::get()
                .uri("/status/")
                .insert_header(("X-Session-Token", token.as_str())),
        )
        .await;
    r.assert_ok_contains("verified=false");
    assert!(
        r.header("x-session-token").is_none(),
        "no app session there"
    );
    let r = app
        .c
        .request(
            test::TestRequest::get()
                .uri("/host-api/me")
                .insert_header(("X-Session-Token", token.as_str())),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[actix_rt::test]
async fn bad_input_gets_a_clear_problem_never_a_500() {
    let site = Site::new().await;
    site.create_user("gina").await;
    let app = Api::app(&site);
    for body in [
        "not json",
        "[]",
        "{\"username\": 1}",
        "{\"username\": \"gina\"}",
        "{\"username\": \"gina\", \"password\": \"x\", \"extra\": 1}",
    ] {
        let r = app
            .c
            .request(
                test::TestRequest::post()
                    .uri(&format!("{BASE}/login"))
                    .insert_header(("X-Client", "app"))
                    .set_payload(body),
            )
            .await;
        let (r, v) = r.into_json();
        assert_problem(&r, &v, 400, "bad_request");
    }
    let (r, _) = app
        .call(
            "POST",
            "/login",
            Some(json!({"username": "gina", "password": "x".repeat(20_000)})),
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    app.problem("PUT", "/login", None, 405, "method_not_allowed")
        .await;
    app.problem("GET", "/login", None, 405, "method_not_allowed")
        .await;
    app.login("gina").await;
    app.problem(
        "POST",
        "/login/token",
        Some(json!({"token": "1".repeat(100)})),
        401,
        "session_expired",
    )
    .await;
    let garbage = Api::app(&site);
    *garbage.token.borrow_mut() = Some("x".repeat(500));
    garbage
        .problem("GET", "/session", None, 401, "session_expired")
        .await;
}

#[actix_rt::test]
async fn one_token_logs_in_exactly_one_of_two_racing_apps_and_signals_once() {
    for backend in common::backends() {
        racing_apps_on(Site::on(&backend).await).await;
    }
}

async fn racing_apps_on(site: Site) {
    use std::sync::{Arc, Mutex};
    let verified = Arc::new(Mutex::new(0));
    let sink = Arc::clone(&verified);
    site.tf.signals().connect(move |signal| {
        let sink = Arc::clone(&sink);
        async move {
            if let two_factor::signals::Signal::UserVerified { .. } = signal {
                *sink.lock().unwrap() += 1;
            }
            Ok(())
        }
    });
    let (_, device) = site.create_user_with_device("hana").await;
    let (a, b) = (Api::app(&site), Api::app(&site));
    a.login("hana").await;
    b.login("hana").await;
    let token = site.current_token(&device);
    let body = Some(json!({"token": token}));
    let ((ra, _), (rb, _)) = futures_util::future::join(
        a.call("POST", "/login/token", body.clone()),
        b.call("POST", "/login/token", body),
    )
    .await;
    let mut statuses = [ra.status.as_u16(), rb.status.as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 400], "{} / {}", ra.body, rb.body);
    site.tf.signals().flush().await;
    assert_eq!(*verified.lock().unwrap(), 1);
}

#[actix_rt::test]
async fn a_browser_may_be_remembered_and_skip_the_token_step() {
    let site = Site::with(SiteOptions {
        remember: Some(std::time::Duration::from_secs(3600)),
        ..SiteOptions::default()
    })
    .await;
    let (_, device) = site.create_user_with_device("ivan").await;
    let api = Api::browser(&site);
    api.login("ivan").await;
    let token = site.current_token(&device);
    api.ok(
        "POST",
        "/login/token",
        Some(json!({"token": token, "remember": true})),
    )
    .await;
    assert!(!api.c.cookie_names("remember-cookie_").is_empty());
    api.ok("POST", "/logout", None).await;
    let again = api.login("ivan").await;
    assert_eq!(again["status"], "authenticated");
    assert_eq!(again["verified"], true);
}

/// The operations the API mounts (method, path under BASE, operationId).
const ROUTES: &[(&str, &str, &str)] = &[
    ("get", "/session", "session"),
    ("post", "/login", "login"),
    ("post", "/login/token", "login_token"),
    ("post", "/login/challenge", "challenge"),
    ("post", "/logout", "logout"),
    ("post", "/reauthenticate", "reauthenticate"),
    ("get", "/devices", "devices"),
    ("delete", "/devices/{kind}/{id}", "device_remove"),
    ("patch", "/devices/{kind}/{id}", "device_rename"),
    ("post", "/totp/setup", "totp_setup"),
    ("post", "/totp/confirm", "totp_confirm"),
    ("post", "/backup-tokens", "backup_tokens"),
    ("get", "/backup-tokens", "backup_tokens_remaining"),
    ("post", "/phones", "phone_add"),
    ("post", "/phones/confirm", "phone_confirm"),
    ("post", "/disable", "disable"),
    ("get", "/sessions", "sessions"),
    ("delete", "/sessions/{id}", "session_revoke"),
    ("post", "/sessions/revoke-others", "sessions_revoke_others"),
    ("get", "/trusted-browsers", "trusted_browsers"),
    ("delete", "/trusted-browsers/{id}", "trusted_browser_revoke"),
    (
        "post",
        "/trusted-browsers/revoke-all",
        "trusted_browsers_revoke_all",
    ),
];

#[actix_rt::test]
async fn the_openapi_document_describes_every_route_with_its_operation_id() {
    let site = Site::new().await;
    let api = Api::browser(&site);
    let (r, doc) = api.call("GET", "/openapi.json", None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1."),
        "{}",
        doc["openapi"]
    );
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    assert_eq!(doc["servers"][0]["url"], BASE);
    let paths = doc["paths"].as_object().unwrap();
    let mut ids = BTreeSet::new();
    for (method, path, id) in ROUTES {
        let op = &paths[*path][*method];
        assert_eq!(op["operationId"], *id, "{method} {path}");
        assert!(op["responses"].as_object().is_some_and(|r| !r.is_empty()));
        ids.insert(*id);
    }
    // Nothing in the document that is not mounted, and operationIds are unique.
    let documented: usize = paths
        .values()
        .map(|p| {
            p.as_object()
                .unwrap()
                .keys()
                .filter(|k| *k != "parameters")
                .count()
        })
        .sum();
    assert_eq!(documented, ROUTES.len());
    assert_eq!(ids.len(), ROUTES.len());
    // The names are all there.
    for id in [
        "login",
        "login_token",
        "challenge",
        "session",
        "logout",
        "devices",
        "totp_setup",
        "totp_confirm",
        "backup_tokens",
        "phone_add",
        "phone_confirm",
        "device_remove",
        "disable",
        "reauthenticate",
        "device_rename",
        "sessions",
        "session_revoke",
        "sessions_revoke_others",
        "trusted_browsers",
        "trusted_browser_revoke",
    ] {
        assert!(ids.contains(id), "{id}");
    }
    // Every documented route answers (never 404) with the documented kinds of answer.
    for (method, path, _) in ROUTES {
        let concrete = path.replace("{kind}/{id}", "phone/1").replace("{id}", "1");
        let (r, _) = api.call(&method.to_uppercase(), &concrete, None).await;
        assert_ne!(
            r.status,
            StatusCode::NOT_FOUND,
            "{method} {path} is mounted"
        );
        let ct = r.content_type.clone().unwrap_or_default();
        assert!(
            ct == "application/json" || ct == "application/problem+json",
            "{ct}"
        );
    }
    // Every $ref resolves.
    let text = doc.to_string();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for piece in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = &piece[..piece.find('"').unwrap()];
        assert!(schemas.contains_key(name), "dangling $ref {name}");
    }
}

#[actix_rt::test]
async fn the_documents_examples_and_codes_match_what_the_server_sends() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("judy").await;
    let api = Api::browser(&site);
    let (_, doc) = api.call("GET", "/openapi.json", None).await;
    let schemas = &doc["components"]["schemas"];
    let keys = |v: &Value| -> BTreeSet<String> { v.as_object().unwrap().keys().cloned().collect() };

    // The session answer: the example's members are what the server sends (the client
    // token fields are documented optional members).
    let pending = api.login("judy").await;
    let example = &schemas["SessionAnswer"]["example"];
    let mut sent = keys(&pending);
    sent.remove("csrf_token");
    assert_eq!(keys(example), sent);
    assert_eq!(example["status"], pending["status"]);
    assert_eq!(keys(&example["devices"][0]), keys(&pending["devices"][0]));
    let documented = keys(&schemas["SessionAnswer"]["properties"]);
    assert!(keys(&pending).is_subset(&documented));
    let required: BTreeSet<String> =
        serde_json::from_value(schemas["SessionAnswer"]["required"].clone()).unwrap();
    assert!(required.is_subset(&keys(&pending)));

    // A problem: the example's members and code as sent.
    let problem = api
        .problem(
            "POST",
            "/login/token",
            Some(json!({"token": "000000"})),
            400,
            "invalid_token",
        )
        .await;
    assert_eq!(keys(&schemas["Problem"]["example"]), keys(&problem));
    assert_eq!(schemas["Problem"]["example"], problem);
    // Every code the document lists is one of the issue's, or a documented extra.
    let codes: BTreeSet<String> = serde_json::from_value(schemas["Code"]["enum"].clone()).unwrap();
    for code in [
        "invalid_credentials",
        "invalid_token",
        "throttled",
        "session_expired",
        "reauthentication_required",
        "csrf_failed",
        "not_found",
        "unavailable",
    ] {
        assert!(codes.contains(code), "{code}");
    }
    // The device example is a real device.
    site.clock.advance_secs(30);
    let done = api
        .ok(
            "POST",
            "/login/token",
            Some(json!({"token": site.current_token(&device)})),
        )
        .await;
    let example = &schemas["DeviceInfo"]["example"];
    assert_eq!(keys(example), keys(&done["devices"][0]));
    assert_eq!(example["method"], done["devices"][0]["method"]);
    let devices = api.ok("GET", "/devices", None).await;
    assert_eq!(keys(&schemas["DevicesAnswer"]["example"]), keys(&devices));
    let tokens = api.ok("POST", "/backup-tokens", None).await;
    assert_eq!(
        keys(&schemas["BackupTokensAnswer"]["example"]),
        keys(&tokens)
    );

    // The request examples are requests the server takes: the login example, verbatim,
    // logs "alice" in (an app, as `X-Client` says).
    site.create_user("alice").await;
    let login = doc["paths"]["/login"]["post"].clone();
    let example = login["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        .as_str()
        .and_then(|r| r.rsplit('/').next())
        .map(|name| schemas[name]["example"].clone())
        .expect("the login body's example");
    assert_eq!(login["parameters"][0]["name"], "X-Client");
    let app = Api::app(&site);
    let answer = app.ok("POST", "/login", Some(example)).await;
    assert_eq!(answer["user"]["username"], "alice");
    // A setup's answer has the example's members.
    let fresh = Api::app(&site);
    site.create_user("newbie").await;
    fresh.login("newbie").await;
    let setup = fresh.ok("POST", "/totp/setup", None).await;
    assert_eq!(keys(&schemas["TotpSetupAnswer"]["example"]), keys(&setup));
    assert_eq!(doc["security"].as_array().map(Vec::len), Some(3));
}

#[actix_rt::test]
async fn a_failing_gateway_is_unavailable_and_signals_follow_the_html_flow() {
    use std::sync::{Arc, Mutex};
    let site = Site::with(SiteOptions {
        gateway: Some(two_factor::gateways::FakeGateway::failing()),
        ..SiteOptions::default()
    })
    .await;
    let log: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = Arc::clone(&log);
    site.tf
        .signals()
        .connect(move |signal: two_factor::signals::Signal| {
            let sink = Arc::clone(&sink);
            async move {
                sink.lock().unwrap().push(signal.name().to_owned());
                Ok(())
            }
        });
    site.create_user("kim").await;
    let app = Api::app(&site);
    app.login("kim").await;
    let setup = app.ok("POST", "/totp/setup", None).await;
    let user_id = site
        .users()
        .get_by_username("kim")
        .await
        .unwrap()
        .unwrap()
        .id;
    let id: i64 = setup["device"].as_str().unwrap()["totp/".len()..]
        .parse()
        .unwrap();
    let pending = site
        .tf
        .devices()
        .pending_setup(&user_id, id)
        .await
        .unwrap()
        .unwrap();
    app.ok(
        "POST",
        "/totp/confirm",
        Some(json!({"token": site.current_token(&pending)})),
    )
    .await;
    app.problem(
        "POST",
        "/phones",
        Some(json!({"number": "+31 6 12345678", "method": "sms"})),
        503,
        "unavailable",
    )
    .await;
    app.ok("POST", "/backup-tokens", None).await;
    app.ok("POST", "/disable", None).await;
    site.tf.signals().flush().await;
    let names = log.lock().unwrap().clone();
    for expected in [
        "device_added",
        "backup_tokens_generated",
        "two_factor_disabled",
    ] {
        assert_eq!(
            names.iter().filter(|n| *n == expected).count(),
            1,
            "{expected} in {names:?}"
        );
    }
}

#[actix_rt::test]
async fn the_api_follows_the_url_prefix_and_works_behind_two_factor_middleware() {
    use actix_session::storage::CookieSessionStore;
    use actix_web::{App, cookie::Key, web};
    let dir = tempfile::tempdir().unwrap();
    let tf = web::Data::new(
        two_factor::TwoFactor::builder()
            .database_url(dir.path().join("db.sqlite3").display().to_string())
            .run_migrations(true)
            .url_prefix("/auth")
            .build()
            .unwrap(),
    );
    two_factor::users::DieselUserStore::new(tf.database().clone())
        .create_user(two_factor::users::NewUser {
            username: "lee",
            email: "lee@example.com",
            password: PASSWORD,
            is_staff: false,
            is_superuser: false,
        })
        .await
        .unwrap();
    let app = test::init_service(
        App::new()
            .app_data(tf.clone())
            .configure(tf.configure())
            .wrap(
                two_factor::TwoFactorMiddleware::builder(
                    CookieSessionStore::default(),
                    Key::generate(),
                )
                .cookie_secure(false)
                .build(),
            ),
    )
    .await;
    let doc = test::call_service(
        &app,
        test::TestRequest::get()
            .uri("/auth/account/two_factor/api/v1/openapi.json")
            .to_request(),
    )
    .await;
    assert_eq!(doc.status(), StatusCode::OK);
    let doc: Value = test::read_body_json(doc).await;
    assert_eq!(doc["servers"][0]["url"], "/auth/account/two_factor/api/v1");
    let unprefixed = test::call_service(
        &app,
        test::TestRequest::get()
            .uri(&format!("{BASE}/session"))
            .to_request(),
    )
    .await;
    assert_eq!(unprefixed.status(), StatusCode::NOT_FOUND);
    // An app logs in under the prefix: a token, no cookie.
    let login = test::call_service(
        &app,
        test::TestRequest::post()
            .uri("/auth/account/two_factor/api/v1/login")
            .insert_header(("X-Client", "app"))
            .set_json(json!({"username": "lee", "password": PASSWORD}))
            .to_request(),
    )
    .await;
    assert_eq!(login.status(), StatusCode::OK);
    assert!(login.headers().get("set-cookie").is_none());
    let token = login
        .headers()
        .get("x-session-token")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let body: Value = test::read_body_json(login).await;
    assert_eq!(body["status"], "authenticated");
    assert_eq!(body["session_token"], token.as_str());
    let session = test::call_service(
        &app,
        test::TestRequest::get()
            .uri("/auth/account/two_factor/api/v1/session")
            .insert_header(("X-Session-Token", token.as_str()))
            .to_request(),
    )
    .await;
    let body: Value = test::read_body_json(session).await;
    assert_eq!(body["user"]["username"], "lee");
}

/// The session-token digest a stolen token `token` is stored under.
fn digest(token: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(token.as_bytes()))
}

/// The stored CSRF token of the app session stored under `token` (what a thief holding the
/// token reads from any page the session renders).
async fn stored_csrf(site: &Site, token: &str) -> String {
    let hash = digest(token);
    let row = stored_sessions(site)
        .await
        .into_iter()
        .find(|row| row.starts_with(&hash))
        .expect("the session is stored");
    let state: serde_json::Map<String, Value> =
        serde_json::from_str(row.split_once(' ').expect("hash state").1).expect("state");
    let csrf = state["two_factor.csrf"].as_str().expect("csrf entry");
    serde_json::from_str(csrf).expect("a JSON string")
}

/// Finding 17.1: a thief holding a copy of an app token keeps changing the session (each
/// WebAuthn options call stores a new challenge) while the owner logs out, then while the
/// owner re-authenticates (which renews the token). A write that loaded the session before
/// the logout or renewal must never bring the old row back.
#[cfg(feature = "webauthn")]
#[actix_rt::test]
async fn a_stolen_app_token_dies_at_logout_and_renewal_however_the_thief_races() {
    for backend in common::backends() {
        let site = Site::with(SiteOptions {
            backend: backend.clone(),
            configure: Some(|b| b.webauthn(two_factor::config::WebAuthn::new("Test Site"))),
            ..SiteOptions::default()
        })
        .await;
        stolen_token_races_on(&site).await;
    }
}

#[cfg(feature = "webauthn")]
async fn stolen_token_races_on(site: &Site) {
    use std::cell::Cell;
    let (_, device) = site.create_user_with_device("owner").await;
    for round in 0..3 {
        for renew in [false, true] {
            site.clock.advance_secs(30);
            let owner = Api::app(site);
            owner
                .login_verified("owner", site.current_token(&device))
                .await;
            let stolen = owner.token.borrow().clone().expect("token");
            let csrf = stored_csrf(site, &stolen).await;
            site.clock.advance_secs(30);
            let sent = Cell::new(0usize);
            let thief = |_| {
                let (stolen, csrf, sent) = (stolen.clone(), csrf.clone(), &sent);
                async move {
                    let client = site.client();
                    let mut after_end = Vec::new();
                    for _ in 0..12 {
                        let r = client
                            .request(
                                test::TestRequest::post()
                                    .uri("/account/two_factor/webauthn/login/options/")
                                    .insert_header(("X-Session-Token", stolen.as_str()))
                                    .insert_header((
                                        "content-type",
                                        "application/x-www-form-urlencoded",
                                    ))
                                    .set_payload(format!("csrfmiddlewaretoken={csrf}")),
                            )
                            .await;
                        sent.set(sent.get() + 1);
                        after_end.push(r.status.as_u16());
                    }
                    after_end
                }
            };
            let owner_ends = async {
                // Some thief requests are in flight (loaded the session) before it ends.
                while sent.get() < 8 {
                    tokio::task::yield_now().await;
                }
                if renew {
                    let token = site.current_token(&device);
                    owner
                        .ok(
                            "POST",
                            "/reauthenticate",
                            Some(json!({"password": PASSWORD, "token": token})),
                        )
                        .await;
                } else {
                    owner.ok("POST", "/logout", None).await;
                }
            };
            let (answers, ()) = futures_util::future::join(
                futures_util::future::join_all((0..8).map(thief)),
                owner_ends,
            )
            .await;
            let answers: Vec<u16> = answers.into_iter().flatten().collect();
            assert!(
                answers.iter().all(|s| [200, 401, 403].contains(s)),
                "round {round}: success, session_expired or a refused form: {answers:?}"
            );
            let rows = stored_sessions(site).await;
            assert!(
                !rows.iter().any(|row| row.starts_with(&digest(&stolen))),
                "round {round}, renew={renew}: the stolen token's row came back ({} rows)",
                rows.len()
            );
            let thief = Api::app(site);
            *thief.token.borrow_mut() = Some(stolen.clone());
            thief
                .problem("GET", "/session", None, 401, "session_expired")
                .await;
            if renew {
                let fresh = owner.ok("GET", "/session", None).await;
                assert_eq!(fresh["verified"], true, "the owner's renewed session lives");
                owner.ok("POST", "/logout", None).await;
            }
        }
    }
}

/// Finding 17.3: `X-Client: app` without a token on pages and operations that do not log
/// in stores no session and hands out no token; only `login` starts an app session.
#[actix_rt::test]
async fn anonymous_app_requests_store_no_session() {
    for backend in common::backends() {
        let site = Site::on(&backend).await;
        site.create_user("ola").await;
        let client = site.client();
        for path in [
            "/account/login/".to_owned(),
            "/account/two_factor/".to_owned(),
            format!("{BASE}/session"),
            format!("{BASE}/openapi.json"),
        ] {
            for _ in 0..3 {
                let r = client
                    .request(
                        test::TestRequest::get()
                            .uri(&path)
                            .insert_header(("X-Client", "app")),
                    )
                    .await;
                assert!(r.status.as_u16() < 500, "{path}: {}", r.body);
                assert!(r.header("x-session-token").is_none(), "{path}: a token");
                // The HTML pages are not the API's: there the request is a browser's, which
                // gets its CSRF cookie like any visitor (no app session, no stored row).
                if path.starts_with(BASE) {
                    assert!(r.header("set-cookie").is_none(), "{path}: a cookie");
                }
            }
        }
        // A wrong password does not start one either.
        let app = Api::app(&site);
        app.problem(
            "POST",
            "/login",
            Some(json!({"username": "ola", "password": "wrong"})),
            400,
            "invalid_credentials",
        )
        .await;
        assert!(app.token.borrow().is_none());
        assert!(
            stored_sessions(&site).await.is_empty(),
            "{}: anonymous requests stored sessions",
            backend.name()
        );
        // The login does.
        app.login("ola").await;
        assert!(app.token.borrow().is_some());
        assert_eq!(stored_sessions(&site).await.len(), 1);
    }
}

/// Finding 17.5: as on the pages, a backup token never earns the remember-device cookie
/// (it would outlive the regeneration of the tokens); a device's token does.
#[actix_rt::test]
async fn a_backup_token_login_through_the_api_is_not_remembered() {
    let site = Site::with(SiteOptions {
        remember: Some(std::time::Duration::from_secs(3600)),
        ..SiteOptions::default()
    })
    .await;
    let (user, _) = site.create_user_with_device("petra").await;
    let tokens = site
        .tf
        .devices()
        .generate_backup_tokens(&user.id)
        .await
        .expect("tokens");
    let api = Api::browser(&site);
    api.login("petra").await;
    let done = api
        .ok(
            "POST",
            "/login/token",
            Some(json!({"token": tokens[0], "remember": true})),
        )
        .await;
    assert_eq!(done["verified"], true);
    assert!(
        api.c.cookie_names("remember-cookie_").is_empty(),
        "a backup token was remembered"
    );
    api.ok("POST", "/logout", None).await;
    let again = api.login("petra").await;
    assert_eq!(again["status"], "token_required");
}

/// Finding 17.6: under the API's scope every error is a problem document with its code —
/// an oversized body, an unknown path, a wrong method, and a session store that is down.
#[actix_rt::test]
async fn every_api_error_is_a_problem_document() {
    let site = Site::new().await;
    let api = Api::browser(&site);
    api.ok("GET", "/session", None).await;
    let csrf = api.csrf.borrow().clone().expect("csrf");
    let big = format!(
        "{{\"username\": \"{}\", \"password\": \"x\"}}",
        "a".repeat(20 * 1024)
    );
    let r = api
        .c
        .request(
            test::TestRequest::post()
                .uri(&format!("{BASE}/login"))
                .insert_header(("content-type", "application/json"))
                .insert_header(("X-CSRFToken", csrf.as_str()))
                .set_payload(big),
        )
        .await;
    let (r, v) = r.into_json();
    assert_problem(&r, &v, 413, "payload_too_large");

    let (r, v) = api.call("GET", "/no-such-operation", None).await;
    assert_problem(&r, &v, 404, "not_found");
}

/// Issue 22 (from the outside API test): a 405 names the methods the path takes in `Allow`
/// (RFC 9110 §15.5.6), for every operation of the API and every page.
#[actix_rt::test]
async fn a_405_says_which_methods_are_allowed() {
    let site = Site::new().await;
    let app = Api::app(&site);
    for (method, path, allow) in [
        ("PUT", "/login", "POST"),
        ("GET", "/login", "POST"),
        ("POST", "/session", "GET"),
        ("PATCH", "/devices", "GET"),
        ("GET", "/devices/totp/1", "DELETE, PATCH"),
        ("DELETE", "/backup-tokens", "GET, POST"),
        ("POST", "/openapi.json", "GET"),
    ] {
        let (r, v) = app.call(method, path, None).await;
        assert_problem(&r, &v, 405, "method_not_allowed");
        assert_eq!(r.header("allow"), Some(allow), "{method} {path}");
    }
    let client = site.client();
    for (method, path, allow) in [
        ("PUT", "/account/login/", "GET, POST"),
        ("GET", "/account/logout/", "POST"),
        ("DELETE", "/account/two_factor/", "GET"),
        ("GET", "/account/two_factor/phone/unregister/1/", "POST"),
    ] {
        let r = client
            .request(
                test::TestRequest::default()
                    .method(actix_web::http::Method::from_bytes(method.as_bytes()).expect("method"))
                    .uri(path),
            )
            .await;
        assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
        assert_eq!(r.header("allow"), Some(allow), "{method} {path}");
    }
}

#[actix_rt::test]
async fn problem_details_speak_the_request_language() {
    let site = Site::new().await;
    let client = site.client();
    for (language, path, method, status, detail) in [
        ("de", "/devices", "GET", 401, "Bitte melden Sie sich an."),
        (
            "fr",
            "/nowhere",
            "GET",
            404,
            "L'API n'a aucune opération à ce chemin.",
        ),
        (
            "ja",
            "/login",
            "PUT",
            405,
            "このパスはこのメソッドを受け付けません。",
        ),
        (
            "ru",
            "/login",
            "POST",
            400,
            "Тело JSON не подходит: invalid type: integer `1`, expected a string at line 1 column 2.",
        ),
        ("en", "/devices", "GET", 401, "Please log in."),
    ] {
        let req = match method {
            "GET" => test::TestRequest::get(),
            "PUT" => test::TestRequest::put(),
            _ => test::TestRequest::post(),
        }
        .uri(&format!("{BASE}{path}"))
        .insert_header(("Accept-Language", language))
        .insert_header(("X-Client", "app"))
        .insert_header(("content-type", "application/json"))
        .set_payload("[1]");
        let r = client.request(req).await;
        let v: Value = serde_json::from_str(&r.body).expect("a problem document");
        assert_eq!(r.status.as_u16(), status, "{language} {path}: {}", r.body);
        assert_eq!(v["detail"], detail, "{language} {path}");
        // The code and title stay the same in every language: clients branch on `code`.
        assert!(v["code"].is_string() && v["title"].is_string());
    }
}
