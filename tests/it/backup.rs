//! Backup tokens: generation, hashing, login with the backup step, exactly-once use under
//! concurrency, and throttling kept per device.

use crate::common;

use actix_web::http::StatusCode;
use common::{Client, PASSWORD, Site, SiteOptions};
use futures_util::future::join_all;

async fn verified(
    site: &Site,
    username: &str,
) -> (
    Client,
    two_factor::users::User,
    two_factor::devices::TotpDevice,
) {
    let (user, device) = site.create_user_with_device(username).await;
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    (c, user, device)
}

fn shown_tokens(body: &str) -> Vec<String> {
    let start = body
        .find("<ul class=\"secret tokens\"")
        .expect("token list");
    let list = &body[start..body[start..].find("</ul>").map(|e| start + e).expect("end")];
    list.split("<li>")
        .skip(1)
        .map(|s| s.split("</li>").next().unwrap_or("").to_owned())
        .collect()
}

async fn generate(c: &Client) -> Vec<String> {
    c.get("/account/two_factor/backup/tokens/").await;
    let r = c.post("/account/two_factor/backup/tokens/", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    let tokens = shown_tokens(&r.body);
    assert_eq!(tokens.len(), 10);
    tokens
}

#[actix_rt::test]
async fn generating_shows_ten_tokens_once_and_stores_only_hashes() {
    let site = Site::new().await;
    let (c, _, _) = verified(&site, "alice").await;
    let r = c.get("/account/two_factor/backup/tokens/").await;
    r.assert_ok_contains("You don't have any backup codes yet.");
    let tokens = generate(&c).await;
    for t in &tokens {
        assert_eq!(t.len(), 8);
        assert!(
            t.bytes()
                .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b))
        );
    }
    // Afterwards only the count is shown.
    let r = c.get("/account/two_factor/backup/tokens/").await;
    r.assert_ok_contains("You have 10 unused backup tokens");
    assert!(!r.body.contains(&tokens[0]));
    c.get("/account/two_factor/")
        .await
        .assert_ok_contains("You have 10 backup tokens remaining");
    // The database holds no token in plain text.
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        token_hash: String,
    }
    let mut conn = site.tf.database().connection().expect("conn");
    let rows: Vec<Row> = match &mut *conn {
        two_factor::db::AnyConnection::Sqlite(c) => {
            diesel::sql_query("SELECT token_hash FROM otp_static_token").load(c)
        }
        #[cfg(feature = "postgres")]
        two_factor::db::AnyConnection::Postgresql(c) => {
            diesel::sql_query("SELECT token_hash FROM otp_static_token").load(c)
        }
    }
    .expect("rows");
    assert_eq!(rows.len(), 10);
    for row in rows {
        assert!(row.token_hash.starts_with("$argon2id$"));
        assert!(tokens.iter().all(|t| !row.token_hash.contains(t.as_str())));
    }
    // A new set replaces the old one.
    let fresh = generate(&c).await;
    assert_ne!(fresh, tokens);
    c.get("/account/two_factor/backup/tokens/")
        .await
        .assert_ok_contains("You have 10 unused backup tokens");
}

#[actix_rt::test]
async fn backup_tokens_page_requires_a_verified_session() {
    let site = Site::new().await;
    let (bob, _) = site.create_user_with_device("bob").await;
    let c = site.client();
    c.login_password("bob", PASSWORD, None).await;
    c.get("/account/two_factor/backup/tokens/")
        .await
        .assert_redirect("/account/login/?next=%2Faccount%2Ftwo_factor%2Fbackup%2Ftokens%2F");
    let r = c.post("/account/two_factor/backup/tokens/", &[]).await;
    assert_eq!(r.status, StatusCode::FOUND);
    assert_eq!(
        site.tf
            .devices()
            .backup_token_count(&bob.id)
            .await
            .expect("db"),
        0
    );
}

#[actix_rt::test]
async fn login_with_a_backup_token_uses_it_up() {
    let site = Site::new().await;
    let (c, user, _) = verified(&site, "carol").await;
    let tokens = generate(&c).await;
    let login = site.client();
    let r = login
        .login_password("carol", PASSWORD, Some("/secret/"))
        .await;
    r.assert_ok_contains("Use Backup Token");
    assert!(
        r.body
            .contains("name=\"wizard_goto_step\" type=\"submit\" value=\"backup\"")
    );
    let r = login
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("wizard_goto_step", "backup"),
            ],
        )
        .await;
    assert_eq!(r.step().as_deref(), Some("backup"));
    assert!(r.body.contains("name=\"backup-otp_token\""));
    let r = login
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "backup"),
                ("backup-otp_token", &tokens[0].to_uppercase()),
            ],
        )
        .await;
    r.assert_redirect("/secret/");
    assert!(login.is_verified().await);
    assert_eq!(
        site.tf
            .devices()
            .backup_token_count(&user.id)
            .await
            .expect("db"),
        9
    );

    // The same token again fails.
    let again = site.client();
    again.login_password("carol", PASSWORD, None).await;
    let r = again
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "backup"),
                ("backup-otp_token", &tokens[0]),
            ],
        )
        .await;
    r.assert_ok_contains("Invalid token");
    assert!(!again.is_verified().await);
}

#[actix_rt::test]
async fn no_backup_button_without_tokens() {
    let site = Site::new().await;
    site.create_user_with_device("dave").await;
    let r = site.client().login_password("dave", PASSWORD, None).await;
    assert!(!r.body.contains("Use Backup Token"));
}

#[actix_rt::test]
async fn wildcards_and_garbage_never_match() {
    let site = Site::with(SiteOptions {
        throttle_factor: 0,
        ..Default::default()
    })
    .await;
    let (c, _, _) = verified(&site, "erin").await;
    generate(&c).await;
    let login = site.client();
    login.login_password("erin", PASSWORD, None).await;
    for bad in [
        "%",
        "_",
        "%%%%%%%%",
        "________",
        "' OR 1=1 --",
        "",
        "aaaaaaaaa",
    ] {
        let r = login
            .post(
                "/account/login/",
                &[
                    ("login_view-current_step", "backup"),
                    ("backup-otp_token", bad),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{bad:?}");
        assert_eq!(r.step().as_deref(), Some("backup"));
        assert!(!login.is_verified().await);
    }
}

#[actix_rt::test]
async fn throttling_is_per_device() {
    let site = Site::new().await;
    let (c, user, device) = verified(&site, "frank").await;
    let tokens = generate(&c).await;
    // Wrong backup tokens throttle the backup device only.
    let login = site.client();
    login.login_password("frank", PASSWORD, None).await;
    login
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "backup"),
                ("backup-otp_token", "aaaaaaaa"),
            ],
        )
        .await
        .assert_ok_contains("Invalid token");
    let backup = site
        .tf
        .devices()
        .static_device(&user.id)
        .await
        .expect("db")
        .expect("device");
    assert_eq!(backup.throttle().failure_count, 1);
    assert_eq!(site.totp_failures(&user).await, 0);
    // The TOTP device still verifies at once.
    site.clock.advance_secs(30);
    login
        .login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");

    // A wrong TOTP does not touch the backup device, and many good TOTP logins leave it at 0.
    site.clock.advance_secs(30);
    let l2 = site.client();
    l2.login_password("frank", PASSWORD, None).await;
    l2.login_token("000000").await;
    site.clock.advance_ms(1100);
    let l3 = site.client();
    l3.login_password("frank", PASSWORD, None).await;
    let r = l3
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "backup"),
                ("backup-otp_token", &tokens[1]),
            ],
        )
        .await;
    r.assert_redirect("/account/two_factor/");
    for _ in 0..5 {
        site.clock.advance_secs(30);
        let l = site.client();
        l.login_password("frank", PASSWORD, None).await;
        l.login_token(&site.current_token(&device))
            .await
            .assert_redirect("/account/two_factor/");
    }
    let backup = site
        .tf
        .devices()
        .static_device(&user.id)
        .await
        .expect("db")
        .expect("device");
    assert_eq!(backup.throttle().failure_count, 0);
}

#[actix_rt::test]
async fn one_backup_token_thirty_times_at_once_verifies_once() {
    for backend in common::backends() {
        let site = Site::on(&backend).await;
        let (c, user, _) = verified(&site, "gina").await;
        let tokens = generate(&c).await;
        let login = site.client();
        login.login_password("gina", PASSWORD, None).await;
        let clients: Vec<_> = (0..30).map(|_| login.clone_cookies()).collect();
        let fields = [
            ("login_view-current_step", "backup"),
            ("backup-otp_token", tokens[3].as_str()),
        ];
        let responses =
            join_all(clients.iter().map(|cl| cl.post("/account/login/", &fields))).await;
        let successes = responses
            .iter()
            .filter(|r| r.status == StatusCode::FOUND)
            .count();
        assert_eq!(successes, 1, "{}", backend.name());
        assert_eq!(
            site.tf
                .devices()
                .backup_token_count(&user.id)
                .await
                .expect("db"),
            9,
            "{}",
            backend.name()
        );
    }
}
