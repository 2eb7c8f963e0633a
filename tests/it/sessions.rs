//! "Where am I signed in" (issue 23, part 2): every logged-in session has a server-side
//! record; the sessions page and the API list them (browser, system, coarse address,
//! times, the current one marked) and end one, all others, on every instance.

use crate::common;

use actix_web::http::StatusCode;
use common::{Backend, Client, PASSWORD, Site, backends, unescape};
use serde_json::json;

use crate::api::Api;

const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
const SESSIONS: &str = "/account/two_factor/sessions/";

/// A verified browser of `username` (who has an app), from `peer` with `agent`.
async fn signed_in(site: &Site, username: &str, peer: &str, agent: &str) -> Client {
    let c = site.client().at_origin(peer, &[("user-agent", agent)]);
    c.login_password(username, PASSWORD, None).await;
    let device = site
        .reload(&user_of(site, username).await)
        .await
        .expect("app");
    site.clock.advance_secs(30);
    c.login_token(&site.current_token(&device)).await;
    assert!(c.is_verified().await, "{username} verified");
    c
}

async fn user_of(site: &Site, username: &str) -> two_factor::users::User {
    use two_factor::users::UserStore;
    site.users()
        .get_by_username(username)
        .await
        .expect("db")
        .expect("user")
}

/// The ids in the page's sign-out forms, in the page's order (the current session first).
fn revoke_ids(page: &str) -> Vec<i64> {
    unescape(page)
        .split("action=\"/account/two_factor/sessions/revoke/")
        .skip(1)
        .map(|rest| rest.split('/').next().unwrap().parse().expect("an id"))
        .collect()
}

async fn page_on(backend: Backend) {
    let site = Site::on(&backend).await;
    site.create_user_with_device("alice").await;
    let laptop = signed_in(&site, "alice", "203.0.113.7:5000", FIREFOX).await;
    let phone = signed_in(&site, "alice", "198.51.100.20:6000", IPHONE).await;

    let page = laptop.get(SESSIONS).await;
    page.assert_ok_contains("Where you're signed in");
    let text = unescape(&page.body);
    for expected in [
        "Firefox 121 on Linux",
        "Safari 17 on iPhone",
        "203.0.113.0/24",
        "198.51.100.0/24",
        "This session",
        "Sign out everywhere else",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(!text.contains("203.0.113.7"), "the address is coarse");
    let ids = revoke_ids(&page.body);
    assert_eq!(ids.len(), 2, "{}", backend.name());
    let phone_id = ids[1];

    // Bad input changes nothing.
    assert_eq!(
        laptop
            .post_raw(&format!("{SESSIONS}revoke/{phone_id}/"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    for bad in ["x", "-1", "99999999"] {
        let r = laptop.post(&format!("{SESSIONS}revoke/{bad}/"), &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{bad}");
    }
    site.create_user_with_device("bob").await;
    let bob = signed_in(&site, "bob", "192.0.2.1:7000", FIREFOX).await;
    bob.get(SESSIONS).await;
    let r = bob
        .post(&format!("{SESSIONS}revoke/{phone_id}/"), &[])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "not bob's session");
    assert!(phone.is_verified().await);

    // Signed out from the laptop: the phone's next request is logged out.
    laptop
        .post(&format!("{SESSIONS}revoke/{phone_id}/"), &[])
        .await
        .assert_redirect(SESSIONS);
    assert!(!phone.is_verified().await);
    phone
        .get("/account/two_factor/")
        .await
        .assert_redirect("/account/login/?next=%2Faccount%2Ftwo_factor%2F");
    assert!(laptop.is_verified().await, "the laptop stays");
    let page = laptop.get(SESSIONS).await;
    assert_eq!(revoke_ids(&page.body).len(), 1);
    assert!(!unescape(&page.body).contains("Sign out everywhere else"));

    // Logging out deletes the record; signing the current session out logs it out.
    let tablet = signed_in(&site, "alice", "203.0.113.9:5000", IPHONE).await;
    tablet.get("/account/two_factor/").await;
    tablet
        .post("/account/logout/", &[])
        .await
        .assert_redirect("/");
    let page = laptop.get(SESSIONS).await;
    let ids = revoke_ids(&page.body);
    assert_eq!(ids.len(), 1, "the logged-out tablet is gone");
    laptop
        .post(&format!("{SESSIONS}revoke/{}/", ids[0]), &[])
        .await
        .assert_redirect("/account/login/");
    assert!(!laptop.is_verified().await);
}

#[actix_rt::test]
async fn a_user_sees_their_sessions_and_signs_one_out() {
    for backend in backends() {
        page_on(backend).await;
    }
}

#[actix_rt::test]
async fn sign_out_everywhere_else_keeps_only_this_session() {
    let site = Site::new().await;
    site.create_user_with_device("carol").await;
    let here = signed_in(&site, "carol", "203.0.113.1:1", FIREFOX).await;
    let others = [
        signed_in(&site, "carol", "203.0.113.2:1", IPHONE).await,
        signed_in(&site, "carol", "203.0.113.3:1", FIREFOX).await,
    ];
    here.get(SESSIONS).await;
    here.post(&format!("{SESSIONS}revoke-others/"), &[])
        .await
        .assert_redirect(SESSIONS);
    for other in &others {
        assert!(!other.is_verified().await);
    }
    assert!(here.is_verified().await);
    assert_eq!(revoke_ids(&here.get(SESSIONS).await.body).len(), 1);
}

#[actix_rt::test]
async fn the_page_needs_a_verified_session_when_the_user_has_a_device() {
    let site = Site::new().await;
    site.create_user_with_device("dave").await;
    let half = site.client();
    half.login_password("dave", PASSWORD, None).await;
    half.get(SESSIONS)
        .await
        .assert_redirect("/account/login/?next=%2Faccount%2Ftwo_factor%2Fsessions%2F");
    // A user without two-factor authentication sees theirs after the password.
    site.create_user("erin").await;
    let erin = site
        .client()
        .at_origin("203.0.113.5:1", &[("user-agent", FIREFOX)]);
    erin.login_password("erin", PASSWORD, None).await;
    erin.get(SESSIONS)
        .await
        .assert_ok_contains("Firefox 121 on Linux");
    // Anonymous: to the login page.
    site.client()
        .get(SESSIONS)
        .await
        .assert_redirect("/account/login/?next=%2Faccount%2Ftwo_factor%2Fsessions%2F");
}

#[actix_rt::test]
async fn a_session_signed_out_on_one_instance_is_refused_on_another() {
    for backend in backends() {
        let a = Site::on(&backend).await;
        let b = a.second_instance().await;
        a.create_user_with_device("frank").await;
        let laptop = signed_in(&a, "frank", "203.0.113.1:1", FIREFOX).await;
        let phone = signed_in(&a, "frank", "203.0.113.2:1", IPHONE).await;
        // The phone is served by instance B, which now trusts its record for a second.
        let phone_on_b = phone.on(&b);
        assert!(phone_on_b.is_verified().await);
        let ids = revoke_ids(&laptop.get(SESSIONS).await.body);
        laptop
            .post(&format!("{SESSIONS}revoke/{}/", ids[1]), &[])
            .await
            .assert_redirect(SESSIONS);
        // Its next request (past B's one-second re-check) is refused there.
        b.clock.advance_secs(2);
        assert!(!phone_on_b.is_verified().await, "{}", backend.name());
        phone_on_b
            .get("/account/two_factor/")
            .await
            .assert_redirect("/account/login/?next=%2Faccount%2Ftwo_factor%2F");
    }
}

#[actix_rt::test]
async fn last_seen_is_written_at_most_once_a_minute() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("gina").await;
    let api = Api::app(&site);
    api.login_verified("gina", site.current_token(&device))
        .await;
    let first = api.ok("GET", "/sessions", None).await;
    let seen = first["sessions"][0]["last_seen"]
        .as_i64()
        .expect("last_seen");
    site.clock.advance_secs(30);
    let again = api.ok("GET", "/sessions", None).await;
    assert_eq!(again["sessions"][0]["last_seen"].as_i64(), Some(seen));
    site.clock.advance_secs(40);
    let later = api.ok("GET", "/sessions", None).await;
    assert_eq!(later["sessions"][0]["last_seen"].as_i64(), Some(seen + 70));
}

#[actix_rt::test]
async fn the_api_lists_and_ends_browser_and_app_sessions() {
    for backend in backends() {
        let site = Site::on(&backend).await;
        let (_, device) = site.create_user_with_device("hank").await;
        let browser = Api::browser(&site);
        browser
            .login_verified("hank", site.current_token(&device))
            .await;
        site.clock.advance_secs(30);
        let app = Api::app(&site);
        app.login_verified("hank", site.current_token(&device))
            .await;
        site.clock.advance_secs(30);

        let listed = app.ok("GET", "/sessions", None).await;
        let sessions = listed["sessions"].as_array().expect("sessions");
        assert_eq!(sessions.len(), 2, "{}", backend.name());
        assert_eq!(sessions[0]["current"], true);
        assert_eq!(sessions[0]["kind"], "app");
        assert_eq!(sessions[1]["kind"], "browser");
        assert_eq!(sessions[1]["current"], false);
        let browser_id = sessions[1]["id"].as_i64().expect("id");

        app.problem("DELETE", "/sessions/abc", None, 404, "not_found")
            .await;
        app.problem("DELETE", "/sessions/99999999", None, 404, "not_found")
            .await;
        let left = app
            .ok("DELETE", &format!("/sessions/{browser_id}"), None)
            .await;
        assert_eq!(left["sessions"].as_array().map(Vec::len), Some(1));
        browser
            .problem("GET", "/sessions", None, 401, "not_authenticated")
            .await;

        // Sign out everywhere else, from a new browser.
        let second = Api::browser(&site);
        second
            .login_verified("hank", site.current_token(&device))
            .await;
        let revoked = second
            .ok("POST", "/sessions/revoke-others", Some(json!({})))
            .await;
        assert_eq!(revoked["revoked"], 1);
        app.problem("GET", "/sessions", None, 401, "not_authenticated")
            .await;
        // Its own session, ended by id: logged out.
        let own = second.ok("GET", "/sessions", None).await["sessions"][0]["id"]
            .as_i64()
            .expect("id");
        let gone = second.ok("DELETE", &format!("/sessions/{own}"), None).await;
        assert_eq!(gone["sessions"], json!([]));
        let after = second.ok("GET", "/session", None).await;
        assert_eq!(after["status"], "anonymous");
    }
}
