//! A crowd at the login form: password hashing runs on blocking threads, at most
//! `password_hashing_concurrency` at once; a caller that waits longer than
//! `password_hashing_wait` gets the overload answer (503 + `Retry-After`), not a pile-up.

use std::time::{Duration, Instant};

use actix_identity::IdentityMiddleware;
use actix_session::SessionMiddleware;
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Cookie, Key};
use actix_web::http::StatusCode;
use actix_web::{App, test, web};
use two_factor::TwoFactor;
use two_factor::db::Database;
use two_factor::hashers::{HashingError, PasswordHasher};
use two_factor::users::{DieselUserStore, NewUser, StoreError, UserStore};

const PASSWORD: &str = "correct horse battery staple";

fn database(dir: &tempfile::TempDir) -> Database {
    let url = dir.path().join("db.sqlite3").display().to_string();
    let db = Database::connect(&url, 4).expect("db");
    db.run_migrations().expect("migrations");
    db
}

/// Holds every permit of `hasher` for `hold` (a long hash elsewhere), returning once they
/// are all taken.
async fn occupy(hasher: &PasswordHasher, hold: Duration) -> Vec<actix_rt::task::JoinHandle<()>> {
    let mut blockers = Vec::new();
    for _ in 0..hasher.max_concurrency() {
        let h = hasher.clone();
        blockers.push(actix_rt::spawn(async move {
            h.run_blocking(move || std::thread::sleep(hold))
                .await
                .expect("the blocker gets a permit");
        }));
    }
    let start = Instant::now();
    while hasher.running() < hasher.max_concurrency() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "blockers never ran"
        );
        actix_rt::time::sleep(Duration::from_millis(5)).await;
    }
    blockers
}

#[actix_rt::test]
async fn concurrent_authentications_run_at_most_max_concurrency_hashes_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let hasher = PasswordHasher::new(2, Duration::from_secs(60));
    let store = DieselUserStore::with_hasher(database(&dir), hasher.clone());
    store
        .create_user(NewUser {
            username: "alice",
            password: PASSWORD,
            ..Default::default()
        })
        .await
        .expect("user");
    // Wrong passwords, unknown users and the right password, all at once.
    let attempts = (0..12).map(|i| {
        let store = store.clone();
        async move {
            let (username, password) = match i % 3 {
                0 => ("alice", "wrong"),
                1 => ("mallory", "wrong"),
                _ => ("alice", PASSWORD),
            };
            store
                .authenticate(username, password)
                .await
                .map(|u| u.is_some())
        }
    });
    let results = futures_util::future::join_all(attempts).await;
    let successes = results
        .iter()
        .map(|r| *r.as_ref().expect("no overload with a 60 s wait"))
        .filter(|ok| *ok)
        .count();
    assert_eq!(successes, 4, "exactly the four right passwords log in");
    assert!(
        (1..=2).contains(&hasher.peak()),
        "at most 2 hashes at once, saw {}",
        hasher.peak()
    );
    assert_eq!(hasher.running(), 0);
    assert_eq!(hasher.overloads(), 0);
}

#[actix_rt::test]
async fn a_queued_caller_gets_the_overload_error_after_the_wait_bound() {
    let dir = tempfile::tempdir().expect("tempdir");
    let hasher = PasswordHasher::new(1, Duration::from_millis(150));
    let store = DieselUserStore::with_hasher(database(&dir), hasher.clone());
    let blockers = occupy(&hasher, Duration::from_millis(1500)).await;
    for (username, password) in [("mallory", "unknown user"), ("alice", "any")] {
        let start = Instant::now();
        let outcome = store.authenticate(username, password).await;
        let waited = start.elapsed();
        assert!(
            matches!(
                outcome,
                Err(StoreError::Hashing(HashingError::Overloaded { retry_after }))
                    if retry_after == Duration::from_secs(1)
            ),
            "{outcome:?}"
        );
        assert!(
            waited >= Duration::from_millis(150) && waited < Duration::from_millis(1400),
            "refused after the 150 ms wait, not at once nor after the blocker: {waited:?}"
        );
    }
    // Creating users and setting passwords hash under the same limit.
    let created = store
        .create_user(NewUser {
            username: "bob",
            password: PASSWORD,
            ..Default::default()
        })
        .await;
    assert!(
        matches!(
            created,
            Err(StoreError::Hashing(HashingError::Overloaded { .. }))
        ),
        "{created:?}"
    );
    assert_eq!(hasher.overloads(), 3);
    for b in blockers {
        b.await.expect("blocker");
    }
    // Once the slot is free the same calls work.
    let bob = store
        .create_user(NewUser {
            username: "bob",
            password: PASSWORD,
            ..Default::default()
        })
        .await
        .expect("created once the slot is free");
    assert!(
        store
            .set_password(&bob.id, "new password")
            .await
            .expect("set")
    );
    assert!(
        store
            .authenticate("bob", "new password")
            .await
            .expect("ok")
            .is_some()
    );
    assert_eq!(hasher.peak(), 1);
}

#[actix_rt::test]
async fn make_password_and_check_password_agree() {
    let hasher = PasswordHasher::new(1, Duration::from_secs(60));
    let encoded = hasher.make_password("s3cret").await.expect("hash");
    assert!(
        encoded.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{encoded}"
    );
    assert!(
        hasher
            .check_password("s3cret", &encoded)
            .await
            .expect("check")
    );
    assert!(
        !hasher
            .check_password("s3cret ", &encoded)
            .await
            .expect("check")
    );
    assert!(
        !hasher
            .check_password("s3cret", "garbage")
            .await
            .expect("check")
    );
    assert!(!hasher.check_unknown_user("s3cret").await.expect("check"));
    // The synchronous helpers (the argon2 crate's own path) read our hashes.
    assert!(two_factor::users::check_password("s3cret", &encoded));
}

fn session_cookie<B>(res: &actix_web::dev::ServiceResponse<B>) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .filter_map(|v| Cookie::parse(v.to_str().ok()?.to_owned()).ok())
        .find(|c| c.name() == "sessionid")
        .map(|c| c.value().to_owned())
}

fn csrf_of(body: &str) -> String {
    let marker = "name=\"csrfmiddlewaretoken\" value=\"";
    let i = body.find(marker).expect("a CSRF field") + marker.len();
    body[i..].split('"').next().unwrap_or_default().to_owned()
}

#[actix_rt::test]
async fn an_overloaded_login_answers_503_with_retry_after_and_works_again_after() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = dir.path().join("db.sqlite3").display().to_string();
    let tf = web::Data::new(
        TwoFactor::builder()
            .database_url(url)
            .run_migrations(true)
            .password_hasher(two_factor::hashers::PasswordHasher::new(
                1,
                Duration::from_millis(100),
            ))
            .build()
            .expect("settings"),
    );
    assert_eq!(tf.password_hasher().max_concurrency(), 1);
    assert_eq!(tf.password_hasher().wait(), Duration::from_millis(100));
    two_factor::management::createsuperuser(&tf, "alice", "", PASSWORD)
        .await
        .expect("user");
    let app = test::init_service(
        App::new()
            .app_data(tf.clone())
            .configure(two_factor::configure)
            .wrap(two_factor::OtpMiddleware)
            .wrap(IdentityMiddleware::default())
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), Key::generate())
                    .cookie_secure(false)
                    .cookie_name("sessionid".to_owned())
                    .build(),
            ),
    )
    .await;
    let page = test::call_service(
        &app,
        test::TestRequest::get().uri("/account/login/").to_request(),
    )
    .await;
    let cookie = session_cookie(&page).expect("a session");
    let body = String::from_utf8(test::read_body(page).await.to_vec()).expect("utf-8");
    let token = csrf_of(&body);
    let login = |password: &str| {
        let form = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("csrfmiddlewaretoken", token.as_str()),
                ("login_view-current_step", "auth"),
                ("auth-username", "alice"),
                ("auth-password", password),
            ])
            .finish();
        test::TestRequest::post()
            .uri("/account/login/")
            .insert_header(("cookie", format!("sessionid={cookie}")))
            .insert_header(("content-type", "application/x-www-form-urlencoded"))
            .set_payload(form)
            .to_request()
    };

    let blockers = occupy(tf.password_hasher(), Duration::from_millis(800)).await;
    let res = test::call_service(&app, login(PASSWORD)).await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    let header = |name: &str| {
        res.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(header("retry-after").as_deref(), Some("1"));
    assert_eq!(header("cache-control").as_deref(), Some("no-store"));
    let body = String::from_utf8(test::read_body(res).await.to_vec()).expect("utf-8");
    assert!(body.contains("503 Service Unavailable"), "{body}");
    assert!(body.contains("temporarily unavailable"), "{body}");
    assert!(
        !body.contains(PASSWORD) && !body.contains("alice"),
        "{body}"
    );
    for b in blockers {
        b.await.expect("blocker");
    }

    // The flood is over: the same login goes on to the next step.
    let res = test::call_service(&app, login(PASSWORD)).await;
    assert_eq!(
        res.status(),
        StatusCode::FOUND,
        "logged in (no device: redirected)"
    );
    assert_eq!(tf.password_hasher().overloads(), 1);
}
