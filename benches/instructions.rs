//! The hot paths counted in instructions, each next to a bare actix-web route in the same
//! process: run under callgrind by `tools/instructions.sh`, which turns the counts into
//! ratios and fails when one falls below its floor in `benches/instructions-floor.txt`.
//! Instruction counts do not move with other load on the machine, so the guard cannot be
//! fooled by noise the way wall-clock ratios are.
//!
//! Each scenario sends the same request `ROUNDS` times through the in-process service
//! (`actix_web::test`), after a warm-up; callgrind's statistics are zeroed before it and
//! dumped after it under the scenario's name (Valgrind client requests; outside Valgrind
//! they do nothing), so every thread's work is counted — the database queries on the
//! blocking pool too.
//!
//! | scenario | request | against |
//! |---|---|---|
//! | `secret` | verified `GET /secret/` behind `otp_required`, 2-byte body | `bare_session` |
//! | `page` | verified `GET /page/`, the demo's secret page rendered | `bare_session` |
//! | `login_get` | anonymous `GET /account/login/` (new session, CSRF token) | `plain` |
//! | `profile` | verified `GET /account/two_factor/` | `bare_session` |
//! | `bare_session` | a route reading the same cookie session | |
//! | `plain` | a route answering a constant | |

use std::future::Future;

use actix_identity::IdentityMiddleware;
use actix_web::body::MessageBody;
use actix_web::cookie::Cookie;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::{App, test, web};

#[path = "apps.rs"]
mod apps;
use apps::{bare_session, page, plain, secret, session_layer};

/// Requests per scenario (the script divides by it).
const ROUNDS: usize = 200;
/// Requests before a scenario is counted: caches filled, buffers grown.
const WARM_UP: usize = 20;

/// Valgrind's client requests on x86-64: the magic preamble, then `xchg rbx, rbx` asks
/// the tool; natively the sequence leaves every register as it was and `default` comes
/// back. (Valgrind's `valgrind.h`, `VALGRIND_DO_CLIENT_REQUEST_EXPR`.)
#[cfg(target_arch = "x86_64")]
fn client_request(request: u64, arg1: u64) -> u64 {
    let args: [u64; 6] = [request, arg1, 0, 0, 0, 0];
    let mut result: u64 = 0;
    // SAFETY: four rotations of rdi by 128 bits in all leave it unchanged and
    // `xchg rbx, rbx` is a no-op; rax only points at `args`, which outlives the asm.
    unsafe {
        std::arch::asm!(
            "rol rdi, 3",
            "rol rdi, 13",
            "rol rdi, 61",
            "rol rdi, 51",
            "xchg rbx, rbx",
            inout("rdx") result,
            in("rax") args.as_ptr(),
            inout("rdi") 0u64 => _,
        );
    }
    result
}

#[cfg(not(target_arch = "x86_64"))]
fn client_request(_: u64, _: u64) -> u64 {
    0
}

/// `VG_USERREQ_TOOL_BASE('C', 'T')`: callgrind's requests.
const CALLGRIND: u64 = (b'C' as u64) << 24 | (b'T' as u64) << 16;
const ZERO_STATS: u64 = CALLGRIND + 1;
const DUMP_STATS_AT: u64 = CALLGRIND + 3;

fn zero_stats() {
    client_request(ZERO_STATS, 0);
}

fn dump_stats_at(name: &str) {
    let name = std::ffi::CString::new(name).expect("a name without NUL");
    client_request(DUMP_STATS_AT, name.as_ptr() as u64);
}

/// The response's `sessionid` cookie, if it set one.
fn session_cookie<B>(res: &ServiceResponse<B>) -> Option<Cookie<'static>> {
    res.response()
        .cookies()
        .find(|c| c.name() == "sessionid")
        .map(Cookie::into_owned)
}

fn csrf(body: &str) -> String {
    let marker = "name=\"csrfmiddlewaretoken\" value=\"";
    let start = body.find(marker).expect("a CSRF field") + marker.len();
    body[start..start + body[start..].find('"').expect("end")].to_owned()
}

/// Sends `request()` `n` times and reads every body.
///
/// Each body is copied chunk by chunk into one buffer reused for every response, as
/// actix's HTTP/1 dispatcher copies it into its connection's write buffer: the harness
/// itself allocates nothing per body (`actix_web::body::to_bytes` would allocate a buffer
/// of the body's size for every response and charge it to the page being measured).
async fn send<S, R, B>(app: &S, request: impl Fn() -> R, n: usize)
where
    S: Service<R, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    let mut written = Vec::with_capacity(64 * 1024);
    for _ in 0..n {
        let res = app.call(request()).await.expect("a response");
        assert!(
            res.status().is_success(),
            "status {} for a counted request",
            res.status()
        );
        written.clear();
        let body = res.into_body();
        let mut body = std::pin::pin!(body);
        while let Some(chunk) = std::future::poll_fn(|cx| body.as_mut().poll_next(cx)).await {
            let chunk = chunk.map_err(Into::<Box<dyn std::error::Error>>::into);
            written.extend_from_slice(&chunk.expect("a body chunk"));
        }
        assert!(!written.is_empty(), "every counted answer has a body");
    }
}

/// Warms a scenario up, then counts `ROUNDS` of it under `name`.
fn scenario<F: Future<Output = ()>>(
    system: &actix_rt::SystemRunner,
    name: &str,
    run: impl Fn(usize) -> F,
) {
    system.block_on(run(WARM_UP));
    zero_stats();
    system.block_on(run(ROUNDS));
    dump_stats_at(name);
    eprintln!("counted {name}: {ROUNDS} requests");
}

fn main() {
    let system = actix_rt::System::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("bench.sqlite3").display().to_string();
    let (tf, secret_key) = system.block_on(apps::site(db)).expect("the bench site");
    let tf = web::Data::new(tf);
    let key = apps::key();

    let (full, bare, verified) = system.block_on(async {
        let full = test::init_service(
            App::new()
                .app_data(tf.clone())
                .configure(two_factor::configure)
                .service(
                    web::resource("/secret/")
                        .wrap(two_factor::otp_required())
                        .to(secret),
                )
                .service(
                    web::resource("/page/")
                        .wrap(two_factor::otp_required())
                        .to(page),
                )
                .wrap(two_factor::OtpMiddleware)
                .wrap(IdentityMiddleware::default())
                .wrap(session_layer(&key)),
        )
        .await;
        let bare = test::init_service(
            App::new()
                .route("/bare/", web::get().to(bare_session))
                .route("/plain/", web::get().to(plain))
                .wrap(session_layer(&key)),
        )
        .await;

        // Log in for real: the password, then the current TOTP code.
        let res = test::call_service(
            &full,
            test::TestRequest::get().uri("/account/login/").to_request(),
        )
        .await;
        let cookie = session_cookie(&res).expect("a session");
        let body = String::from_utf8(test::read_body(res).await.to_vec()).expect("utf-8");
        let res = test::call_service(
            &full,
            test::TestRequest::post()
                .uri("/account/login/")
                .cookie(cookie)
                .set_form([
                    ("csrfmiddlewaretoken", csrf(&body).as_str()),
                    ("login_view-current_step", "auth"),
                    ("auth-username", "bench"),
                    ("auth-password", "bench"),
                ])
                .to_request(),
        )
        .await;
        let cookie = session_cookie(&res).expect("a renewed session");
        let body = String::from_utf8(test::read_body(res).await.to_vec()).expect("utf-8");
        let code = secret_key.token_at_step(secret_key.current_step(tf.clock().now_secs()));
        let res = test::call_service(
            &full,
            test::TestRequest::post()
                .uri("/account/login/")
                .cookie(cookie)
                .set_form([
                    ("csrfmiddlewaretoken", csrf(&body).as_str()),
                    ("login_view-current_step", "token"),
                    ("token-otp_token", code.as_str()),
                ])
                .to_request(),
        )
        .await;
        assert_eq!(res.status(), 302, "the token step logs in");
        let verified = session_cookie(&res).expect("the verified session");
        (full, bare, verified)
    });
    let get = |path: &'static str| {
        let cookie = verified.clone();
        move || {
            test::TestRequest::get()
                .uri(path)
                .cookie(cookie.clone())
                .to_request()
        }
    };
    let anonymous = |path: &'static str| move || test::TestRequest::get().uri(path).to_request();
    scenario(&system, "bare_session", |n| send(&bare, get("/bare/"), n));
    scenario(&system, "plain", |n| send(&bare, anonymous("/plain/"), n));
    scenario(&system, "secret", |n| send(&full, get("/secret/"), n));
    scenario(&system, "page", |n| send(&full, get("/page/"), n));
    scenario(&system, "login_get", |n| {
        send(&full, anonymous("/account/login/"), n)
    });
    scenario(&system, "profile", |n| {
        send(&full, get("/account/two_factor/"), n)
    });
}
