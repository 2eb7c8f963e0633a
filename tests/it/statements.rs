//! The SQL the request paths send: no statement SQLite has to compile again on every run.
//!
//! SQLite (3.45 and later, bundled here as 3.50) reads a bound `LIMIT ?` as a constant when
//! it compiles a statement and marks the parameter, so binding it again — diesel binds
//! `.first()`'s `LIMIT 1` on every execution — expires the statement, and the next step
//! parses and plans the SQL anew (`computeLimitRegisters` → `sqlite3ExprIsInteger` →
//! `sqlite3VdbeSetVarmask`). diesel's statement cache then saves nothing: callgrind counted
//! about 87,000 instructions of re-preparing a user look-up, more than the whole verified
//! request. Lookups by a key use `get_result` (the first row, no `LIMIT`) instead. Two
//! kinds of query keep a real `LIMIT`: the code-sending rate limits (the newest sends in the
//! window, run only when a code goes out) and the key rotation's batches (a management
//! command); neither is on the paths below.

use std::sync::{Mutex, Once};

use diesel::connection::{Instrumentation, InstrumentationEvent};

use crate::common::{PASSWORD, Site};

/// Every statement the instrumented connections started: (database URL, SQL and binds).
static SENT: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());

/// Records the statements of one connection under its URL.
struct Recorder {
    url: String,
}

impl Instrumentation for Recorder {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartEstablishConnection { url, .. } => {
                self.url = url.to_owned();
            }
            InstrumentationEvent::StartQuery { query, .. } => {
                let sql = query.to_string();
                SENT.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((self.url.clone(), sql));
            }
            _ => {}
        }
    }
}

/// Connections opened from now on (in this test process) record what they send.
fn record_statements() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        diesel::connection::set_default_instrumentation(|| {
            Some(Box::new(Recorder { url: String::new() }))
        })
        .expect("install the recorder");
    });
}

/// The statements sent to the database at `url`.
fn sent_to(url: &str) -> Vec<String> {
    SENT.lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .filter(|(to, _)| to == url)
        .map(|(_, sql)| sql.clone())
        .collect()
}

#[actix_rt::test]
async fn the_request_paths_send_no_statement_with_a_bound_limit() {
    record_statements();
    let site = Site::new().await;
    let (user, device) = site.create_user_with_device("alice").await;
    let client = site.client();
    client.get("/account/login/").await;
    client.login_password("alice", PASSWORD, None).await;
    client
        .login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    // Past the re-check interval the verified request asks the database again: the
    // session's stamp (user and epoch), its record, the verifying device.
    for _ in 0..2 {
        site.clock.advance_secs(120);
        assert_eq!(client.get("/secret/").await.status, 200);
        for page in ["/account/two_factor/", "/account/two_factor/sessions/"] {
            assert_eq!(client.get(page).await.status, 200, "{page}");
        }
    }
    let tokens = client.post("/account/two_factor/backup/tokens/", &[]).await;
    assert_eq!(tokens.status, 200, "backup tokens generated");
    assert!(site.reload(&user).await.is_some());

    let sent = sent_to(site.database_url());
    assert!(
        sent.len() >= 20,
        "the recorder saw the site's statements: {sent:#?}"
    );
    assert!(
        sent.iter().any(|sql| sql.contains("`two_factor_user`")),
        "the user was loaded: {sent:#?}"
    );
    let limited: Vec<&String> = sent
        .iter()
        .filter(|sql| sql.to_ascii_uppercase().contains(" LIMIT "))
        .collect();
    assert!(
        limited.is_empty(),
        "statements SQLite compiles again on every run (a bound LIMIT): {limited:#?}"
    );
}

#[actix_rt::test]
async fn a_verified_request_within_the_recheck_interval_asks_the_database_nothing() {
    record_statements();
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("bob").await;
    let client = site.client();
    client.login_password("bob", PASSWORD, None).await;
    client
        .login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    // The first request after the login fills the caches; the next ones are answered from
    // them (the stamp, the record, the device), the rendered page included.
    assert_eq!(client.get("/secret/").await.status, 200);
    let before = sent_to(site.database_url()).len();
    for _ in 0..3 {
        assert_eq!(client.get("/secret/").await.status, 200);
        assert_eq!(client.get("/status/").await.body, "verified=true");
    }
    let after = sent_to(site.database_url());
    assert_eq!(
        after.len(),
        before,
        "statements sent by verified requests: {:#?}",
        &after[before..]
    );
}
