//! The pages themselves: reading a page writes nothing to the session (no `Set-Cookie`,
//! no session store round trip), so rendered pages stay cheap.

use crate::common;

use actix_web::http::StatusCode;
use common::{PASSWORD, Site};

#[actix_rt::test]
async fn read_only_pages_after_login_leave_the_session_untouched() {
    let site = Site::new().await;
    site.create_user("alice").await;
    let client = site.client();
    let res = client.login_password("alice", PASSWORD, None).await;
    assert_eq!(res.status, StatusCode::FOUND, "logged in (no device)");
    let after_login = client.cookie("sessionid").expect("a session");
    // (The setup wizard's first page does write: it starts a wizard.)
    for path in ["/account/two_factor/", "/account/two_factor/", "/status/"] {
        let page = client.get(path).await;
        assert!(
            page.status == StatusCode::OK || page.status == StatusCode::FOUND,
            "{path}: {}",
            page.status
        );
        assert_eq!(
            client.cookie("sessionid").as_deref(),
            Some(after_login.as_str()),
            "GET {path} rewrote the session cookie"
        );
    }
    // The forms on those pages still carry the session's token: a POST is accepted.
    let profile = client.get("/account/two_factor/").await;
    assert_eq!(profile.status, StatusCode::OK);
    let token = client.csrf_token();
    assert!(token.len() >= 32, "{token:?}");
    let logout = client.post("/account/logout/", &[]).await;
    assert_eq!(
        logout.status,
        StatusCode::FOUND,
        "logout accepted the page's token"
    );
}

#[actix_rt::test]
async fn the_login_token_changes_at_login_and_a_second_login_page_view_writes_nothing() {
    let site = Site::new().await;
    site.create_user("alice").await;
    let client = site.client();
    let first = client.get("/account/login/").await;
    assert_eq!(first.status, StatusCode::OK);
    let anonymous_token = client.csrf_token();
    let cookie = client.cookie("sessionid").expect("the token's session");
    let again = client.get("/account/login/").await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(client.csrf_token(), anonymous_token, "same token on reload");
    assert_eq!(
        client.cookie("sessionid").as_deref(),
        Some(cookie.as_str()),
        "reloading the login page rewrote the session"
    );
    let res = client.login_password("alice", PASSWORD, None).await;
    assert_eq!(res.status, StatusCode::FOUND);
    client.get("/account/two_factor/").await;
    assert_ne!(
        client.csrf_token(),
        anonymous_token,
        "the token is rotated at login (Django's rotate_token)"
    );
}
