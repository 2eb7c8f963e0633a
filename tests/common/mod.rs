//! Shared test harness: a site (the crate mounted in an actix app, on SQLite or
//! PostgreSQL), a cookie-keeping client, and helpers for users and devices.
#![allow(dead_code)]

#[cfg(feature = "webauthn")]
#[allow(dead_code)]
pub mod attestation;
pub mod logs;
pub mod proxy;
pub mod smtp;
#[cfg(feature = "webauthn")]
pub mod softkey;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

use actix_identity::IdentityMiddleware;
use actix_session::SessionMiddleware;
use actix_session::storage::CookieSessionStore;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::cookie::{Cookie, CookieJar, Key};
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::{App, HttpRequest, HttpResponse, test, web};
use futures_util::future::LocalBoxFuture;
use two_factor::clock::ManualClock;
use two_factor::devices::TotpDevice;
use two_factor::users::{DieselUserStore, NewUser, User};
use two_factor::{OtpExt, OtpRequiredMixin, TwoFactor, VerifiedUser};

pub const PASSWORD: &str = "correct horse battery staple";

/// Which database a test runs on.
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

impl Backend {
    pub fn name(&self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }
}

/// SQLite always; PostgreSQL when built with the `postgres` feature and `TEST_POSTGRES_URL`
/// is set (said loudly when not).
pub fn backends() -> Vec<Backend> {
    let mut v = vec![Backend::Sqlite];
    match postgres_url() {
        Some(url) => v.push(Backend::Postgres(url)),
        None => {
            // Written straight to stderr so the test harness's capture does not hide it.
            use std::io::Write;
            static ONCE: std::sync::Once = std::sync::Once::new();
            ONCE.call_once(|| {
                let _ = writeln!(
                    std::io::stderr(),
                    "\n*** SKIPPED: PostgreSQL variants of these tests: {} ***\n",
                    postgres_skip_reason()
                );
            });
        }
    }
    v
}

/// Why the PostgreSQL variants do not run.
pub fn postgres_skip_reason() -> &'static str {
    if cfg!(feature = "postgres") {
        "TEST_POSTGRES_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)"
    } else {
        "built without the `postgres` feature (cargo test --features postgres)"
    }
}

/// The PostgreSQL server for tests: `TEST_POSTGRES_URL`, when the crate has the `postgres`
/// feature.
pub fn postgres_url() -> Option<String> {
    if !cfg!(feature = "postgres") {
        return None;
    }
    std::env::var("TEST_POSTGRES_URL")
        .ok()
        .filter(|s| !s.is_empty())
}

/// Drops a test's PostgreSQL schema when the last site using it goes away.
pub struct SchemaGuard {
    base: String,
    schema: String,
}

impl Drop for SchemaGuard {
    #[cfg(not(feature = "postgres"))]
    fn drop(&mut self) {
        let _ = (&self.base, &self.schema);
    }

    #[cfg(feature = "postgres")]
    fn drop(&mut self) {
        use diesel::{Connection, PgConnection, RunQueryDsl};
        if let Ok(mut conn) = PgConnection::establish(&self.base) {
            let _ = diesel::sql_query(format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema))
                .execute(&mut conn);
        }
    }
}

/// A database URL private to one test: a temp SQLite file, or a fresh PostgreSQL schema
/// (dropped with the returned guard).
pub fn database_url(
    backend: &Backend,
    dir: &tempfile::TempDir,
) -> (String, Option<Rc<SchemaGuard>>) {
    match backend {
        Backend::Sqlite => (dir.path().join("test.sqlite3").display().to_string(), None),
        #[cfg(not(feature = "postgres"))]
        Backend::Postgres(_) => panic!("{}", postgres_skip_reason()),
        #[cfg(feature = "postgres")]
        Backend::Postgres(base) => {
            use diesel::{Connection, PgConnection, RunQueryDsl};
            let schema = format!("tf_test_{:016x}", rand::random::<u64>());
            let mut conn = PgConnection::establish(base).expect("connect to TEST_POSTGRES_URL");
            diesel::sql_query(format!("CREATE SCHEMA {schema}"))
                .execute(&mut conn)
                .expect("create schema");
            let sep = if base.contains('?') { '&' } else { '?' };
            let url = format!("{base}{sep}options=-csearch_path%3D{schema}");
            (
                url,
                Some(Rc::new(SchemaGuard {
                    base: base.clone(),
                    schema,
                })),
            )
        }
    }
}

/// How a client reaches an app (boxed, so any app shape fits).
pub type Handler =
    Rc<dyn Fn(test::TestRequest) -> LocalBoxFuture<'static, ServiceResponse<BoxBody>>>;

/// The crate mounted in an app, plus the clock and session key behind it.
pub struct Site {
    pub tf: web::Data<TwoFactor>,
    pub clock: ManualClock,
    pub key: Key,
    pub backend: Backend,
    handler: Handler,
    database_url: String,
    schema: Option<Rc<SchemaGuard>>,
    pub gateway: Option<two_factor::gateways::FakeGateway>,
    pub mailer: Option<Arc<dyn two_factor::mail::Mailer>>,
    configure: Option<fn(two_factor::TwoFactorBuilder) -> two_factor::TwoFactorBuilder>,
    _dir: Rc<tempfile::TempDir>,
}

async fn secret_page() -> HttpResponse {
    HttpResponse::Ok().body("the secret page")
}

async fn mixin_page(user: VerifiedUser) -> HttpResponse {
    HttpResponse::Ok().body(format!("mixin ok {}", user.user.username))
}

async fn api_host_page(user: two_factor::api::VerifiedUser) -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "user": user.user.username }))
}

async fn status_page(req: HttpRequest) -> HttpResponse {
    HttpResponse::Ok().body(format!("verified={}", req.is_verified()))
}

pub struct SiteOptions {
    pub backend: Backend,
    pub throttle_factor: u32,
    pub database_url: Option<String>,
    pub key: Option<Key>,
    pub dir: Option<Rc<tempfile::TempDir>>,
    pub schema: Option<Rc<SchemaGuard>>,
    pub template_dir: Option<std::path::PathBuf>,
    /// A fake SMS and call gateway (enables phone methods).
    pub gateway: Option<two_factor::gateways::FakeGateway>,
    /// A mailer (enables the e-mail method).
    pub mailer: Option<Arc<dyn two_factor::mail::Mailer>>,
    /// The enforce-two-factor policy.
    pub policy: Option<two_factor::policy::TwoFactorPolicy>,
    /// Turns on the remember-device cookie for this long.
    pub remember: Option<std::time::Duration>,
    /// Any further settings (applied last, and to second instances too).
    pub configure: Option<fn(two_factor::TwoFactorBuilder) -> two_factor::TwoFactorBuilder>,
}

impl Default for SiteOptions {
    fn default() -> Self {
        SiteOptions {
            backend: Backend::Sqlite,
            throttle_factor: 1,
            database_url: None,
            key: None,
            dir: None,
            schema: None,
            template_dir: None,
            gateway: None,
            mailer: None,
            policy: None,
            remember: None,
            configure: None,
        }
    }
}

impl Site {
    /// A site with a fake SMS and voice gateway (the phone methods on), on `backend`.
    pub async fn with_phones_on(backend: Backend) -> (Site, two_factor::gateways::FakeGateway) {
        let gateway = two_factor::gateways::FakeGateway::new();
        let site = Site::with(SiteOptions {
            backend,
            gateway: Some(gateway.clone()),
            ..SiteOptions::default()
        })
        .await;
        (site, gateway)
    }

    /// [`Site::with_phones_on`] SQLite.
    pub async fn with_phones() -> (Site, two_factor::gateways::FakeGateway) {
        Site::with_phones_on(Backend::Sqlite).await
    }

    pub async fn new() -> Site {
        Site::with(SiteOptions::default()).await
    }

    pub async fn on(backend: &Backend) -> Site {
        Site::with(SiteOptions {
            backend: backend.clone(),
            ..SiteOptions::default()
        })
        .await
    }

    /// A second instance sharing this site's database and session key (its own caches).
    pub async fn second_instance(&self) -> Site {
        Site::with(SiteOptions {
            backend: self.backend.clone(),
            throttle_factor: self.tf.throttle_factor(),
            database_url: Some(self.database_url.clone()),
            key: Some(self.key.clone()),
            dir: Some(self._dir.clone()),
            schema: self.schema.clone(),
            template_dir: None,
            gateway: self.gateway.clone(),
            mailer: self.mailer.clone(),
            policy: Some(self.tf.policy().clone()),
            remember: self.tf.remember_cookie().age,
            configure: self.configure,
        })
        .await
    }

    pub async fn with(opts: SiteOptions) -> Site {
        let dir = opts
            .dir
            .unwrap_or_else(|| Rc::new(tempfile::tempdir().expect("tempdir")));
        let (url, schema) = match opts.database_url {
            Some(url) => (url, opts.schema),
            None => database_url(&opts.backend, &dir),
        };
        let clock = ManualClock::new();
        let mut builder = TwoFactor::builder()
            .database_url(url.clone())
            .run_migrations(true)
            .max_connections(8)
            .site_name("Test Site")
            .login_throttling(
                two_factor::config::LoginThrottling::default()
                    .throttle_factor(opts.throttle_factor),
            )
            .clock(Arc::new(clock.clone()));
        let mut delivery = two_factor::config::CodeDelivery::default();
        if let Some(t) = opts.template_dir {
            builder = builder.template_dir(t);
        }
        if let Some(g) = &opts.gateway {
            delivery = delivery
                .sms_gateway(Arc::new(g.clone()))
                .call_gateway(Arc::new(g.clone()));
        }
        if let Some(m) = &opts.mailer {
            delivery = delivery.mailer(m.clone());
        }
        builder = builder.code_delivery(delivery);
        if let Some(age) = opts.remember {
            builder = builder.remember_device(
                two_factor::config::RememberDevice::new(age)
                    .secret(b"test remember-cookie secret, 32+ bytes long"),
            );
        }
        if let Some(p) = opts.policy.clone() {
            builder = builder.policy(p).policy_exempt_path("/public/");
        }
        if let Some(configure) = opts.configure {
            builder = configure(builder);
        }
        let tf = web::Data::new(builder.build().expect("build settings"));
        let key = opts.key.unwrap_or_else(Key::generate);
        let app = App::new()
            .app_data(tf.clone())
            .configure(two_factor::configure)
            .service(
                web::resource("/secret/")
                    .wrap(two_factor::otp_required())
                    .to(secret_page),
            )
            .service(
                web::resource("/secret-if-configured/")
                    .wrap(two_factor::otp_required().if_configured(true))
                    .to(secret_page),
            )
            .service(
                web::resource("/secret-custom/")
                    .wrap(
                        two_factor::otp_required()
                            .login_url("/custom/login/")
                            .redirect_field_name("goto"),
                    )
                    .to(secret_page),
            )
            .service(
                web::resource("/guarded/")
                    .route(web::get().guard(two_factor::IsVerified).to(secret_page)),
            )
            .service(web::resource("/mixin/").to(mixin_page))
            .service(
                web::resource("/mixin-raise-anonymous/")
                    .app_data(OtpRequiredMixin::default().raise_anonymous(true))
                    .to(mixin_page),
            )
            .service(
                web::resource("/mixin-raise-unverified/")
                    .app_data(OtpRequiredMixin::default().raise_unverified(true))
                    .to(mixin_page),
            )
            .service(
                web::resource("/mixin-verification-url/")
                    .app_data(
                        OtpRequiredMixin::default().verification_url("/account/two_factor/setup/"),
                    )
                    .to(mixin_page),
            )
            .route("/status/", web::get().to(status_page))
            .service(
                web::scope("/host-api")
                    .wrap(two_factor::api::AppSessions)
                    .route("/me", web::get().to(api_host_page)),
            )
            .route("/public/", web::get().to(status_page))
            .route("/static/app.css", web::get().to(status_page))
            .wrap(two_factor::OtpMiddleware)
            .wrap(IdentityMiddleware::default())
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                    .cookie_secure(false)
                    .cookie_name("sessionid".to_owned())
                    .build(),
            );
        let svc = Rc::new(test::init_service(app).await);
        let handler: Handler = Rc::new(move |req| {
            let svc = Rc::clone(&svc);
            Box::pin(async move {
                match svc.call(req.to_request()).await {
                    Ok(res) => res.map_into_boxed_body(),
                    Err(e) => panic!("service error escaped: {e}"),
                }
            })
        });
        Site {
            tf,
            clock,
            key,
            backend: opts.backend,
            handler,
            _dir: dir,
            database_url: url,
            schema,
            gateway: opts.gateway,
            mailer: opts.mailer,
            configure: opts.configure,
        }
    }

    pub fn client(&self) -> Client {
        Client {
            handler: Rc::clone(&self.handler),
            cookies: Rc::new(RefCell::new(BTreeMap::new())),
            csrf: Rc::new(RefCell::new(None)),
            origin: Rc::new(Origin::default()),
        }
    }

    pub fn users(&self) -> DieselUserStore {
        DieselUserStore::new(self.tf.database().clone())
    }

    /// Runs `sql` on the site's database; the rows it touched.
    pub fn exec(&self, sql: &str) -> usize {
        use diesel::RunQueryDsl;
        let mut conn = self.tf.database().connection().expect("conn");
        match &mut *conn {
            #[cfg(feature = "sqlite")]
            two_factor::db::AnyConnection::Sqlite(c) => diesel::sql_query(sql).execute(c),
            #[cfg(feature = "postgres")]
            two_factor::db::AnyConnection::Postgresql(c) => diesel::sql_query(sql).execute(c),
        }
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// The number of rows in `table`.
    pub fn count_rows(&self, table: &str) -> i64 {
        use diesel::RunQueryDsl;
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let sql = format!("SELECT COUNT(*) AS n FROM {table}");
        let mut conn = self.tf.database().connection().expect("conn");
        let count = match &mut *conn {
            #[cfg(feature = "sqlite")]
            two_factor::db::AnyConnection::Sqlite(c) => {
                diesel::sql_query(&sql).get_result::<Count>(c)
            }
            #[cfg(feature = "postgres")]
            two_factor::db::AnyConnection::Postgresql(c) => {
                diesel::sql_query(&sql).get_result::<Count>(c)
            }
        };
        count.unwrap_or_else(|e| panic!("{sql}: {e}")).n
    }

    pub async fn create_user(&self, username: &str) -> User {
        self.users()
            .create_user(NewUser {
                username,
                email: &format!("{username}@example.com"),
                password: PASSWORD,
                is_staff: false,
                is_superuser: false,
            })
            .await
            .expect("create user")
    }

    /// A user with a confirmed TOTP device; the clock is moved one step on so the next
    /// token is fresh.
    pub async fn create_user_with_device(&self, username: &str) -> (User, TotpDevice) {
        let user = self.create_user(username).await;
        let device = self
            .tf
            .devices()
            .begin_setup(&user.id)
            .await
            .expect("begin setup");
        let now = self.tf.clock().now_secs();
        let token = device.token_at_step(device.current_step(now));
        let outcome = self
            .tf
            .devices()
            .confirm_setup(&user.id, device.id, Some(token))
            .await
            .expect("confirm");
        assert_eq!(outcome, two_factor::devices::Verification::Verified);
        self.clock.advance_secs(30);
        let device = self.reload(&user).await.expect("device");
        (user, device)
    }

    /// The token an authenticator would show right now.
    pub fn current_token(&self, device: &TotpDevice) -> String {
        device.token_at_step(device.current_step(self.tf.clock().now_secs()))
    }

    /// The token `offset` steps from now.
    pub fn token_at_offset(&self, device: &TotpDevice, offset: i64) -> String {
        device.token_at_step(device.current_step(self.tf.clock().now_secs()) + offset)
    }

    /// Reloads a device row.
    pub async fn reload(&self, user: &User) -> Option<TotpDevice> {
        match self
            .tf
            .devices()
            .default_device(&user.id)
            .await
            .expect("db")
        {
            Some(two_factor::devices::Device::Totp(d)) => Some(d),
            _ => None,
        }
    }

    /// The failed attempts counted on `user`'s authenticator app (its throttle).
    pub async fn totp_failures(&self, user: &User) -> i32 {
        self.reload(user)
            .await
            .expect("the user has an authenticator app")
            .throttle()
            .failure_count
    }

    /// The decrypted session of `client` as JSON text (what the cookie store holds).
    pub fn session_text(&self, client: &Client) -> String {
        let Some(value) = client.cookie("sessionid") else {
            return String::new();
        };
        let jar = CookieJar::new();
        let value = percent_encoding::percent_decode_str(&value)
            .decode_utf8_lossy()
            .into_owned();
        let cookie = Cookie::new("sessionid", value);
        jar.private(&self.key)
            .decrypt(cookie)
            .map(|c| c.value().to_owned())
            .unwrap_or_default()
    }
}

/// A browser: keeps cookies and the last CSRF token it saw.
#[derive(Clone)]
pub struct Client {
    handler: Handler,
    cookies: Rc<RefCell<BTreeMap<String, String>>>,
    csrf: Rc<RefCell<Option<String>>>,
    origin: Rc<Origin>,
}

/// Where a client's requests come from: a peer address and extra headers.
#[derive(Debug, Default)]
struct Origin {
    peer: Option<std::net::SocketAddr>,
    headers: Vec<(String, String)>,
}

/// A response, read whole.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: StatusCode,
    pub location: Option<String>,
    pub content_type: Option<String>,
    pub cache_control: Option<String>,
    pub body: String,
    /// Every response header (name lowercase, value), in order.
    pub headers: Vec<(String, String)>,
}

impl Resp {
    /// The first value of header `name` (lowercase).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn assert_redirect(&self, to: &str) {
        assert_eq!(
            self.status,
            StatusCode::FOUND,
            "expected a redirect to {to}; body: {}",
            self.body
        );
        assert_eq!(self.location.as_deref(), Some(to));
    }

    pub fn assert_ok_contains(&self, text: &str) {
        assert_eq!(self.status, StatusCode::OK, "body: {}", self.body);
        assert!(
            self.body.contains(text),
            "expected {text:?} in: {}",
            self.body
        );
    }

    /// Which wizard step the page shows.
    pub fn step(&self) -> Option<String> {
        let marker = "-current_step\" value=\"";
        let i = self.body.find(marker)? + marker.len();
        let rest = &self.body[i..];
        Some(rest[..rest.find('"')?].to_owned())
    }
}

fn extract_csrf(body: &str) -> Option<String> {
    let marker = "name=\"csrfmiddlewaretoken\" value=\"";
    let i = body.find(marker)? + marker.len();
    let rest = &body[i..];
    Some(rest[..rest.find('"')?].to_owned())
}

impl Client {
    /// A fresh browser for an app reached through `handler`.
    pub fn new(handler: Handler) -> Client {
        Client {
            handler,
            cookies: Rc::new(RefCell::new(BTreeMap::new())),
            csrf: Rc::new(RefCell::new(None)),
            origin: Rc::new(Origin::default()),
        }
    }

    /// Names of the cookies this browser holds that start with `prefix`.
    pub fn cookie_names(&self, prefix: &str) -> Vec<String> {
        self.cookies
            .borrow()
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect()
    }

    /// Sets (or forges) a cookie.
    pub fn set_cookie(&self, name: &str, value: &str) {
        self.cookies
            .borrow_mut()
            .insert(name.to_owned(), value.to_owned());
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.borrow().get(name).cloned()
    }

    /// A copy of this browser's cookies in a second browser (a stolen or replayed cookie).
    pub fn clone_cookies(&self) -> Client {
        Client {
            handler: Rc::clone(&self.handler),
            cookies: Rc::new(RefCell::new(self.cookies.borrow().clone())),
            csrf: Rc::new(RefCell::new(self.csrf.borrow().clone())),
            origin: Rc::clone(&self.origin),
        }
    }

    /// The same cookies, sent to another site instance.
    pub fn on(&self, site: &Site) -> Client {
        Client {
            handler: Rc::clone(&site.handler),
            cookies: Rc::clone(&self.cookies),
            csrf: Rc::clone(&self.csrf),
            origin: Rc::clone(&self.origin),
        }
    }

    /// This browser's requests from now on come from `peer` with `headers` added (a
    /// client address, a reverse proxy's header).
    pub fn at_origin(&self, peer: &str, headers: &[(&str, &str)]) -> Client {
        Client {
            handler: Rc::clone(&self.handler),
            cookies: Rc::clone(&self.cookies),
            csrf: Rc::clone(&self.csrf),
            origin: Rc::new(Origin {
                peer: Some(peer.parse().expect("a socket address")),
                headers: headers
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect(),
            }),
        }
    }

    pub fn csrf_token(&self) -> String {
        self.csrf.borrow().clone().unwrap_or_default()
    }

    async fn send(&self, req: test::TestRequest) -> Resp {
        let cookie_header = self
            .cookies
            .borrow()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let mut req = if cookie_header.is_empty() {
            req
        } else {
            req.insert_header(("cookie", cookie_header))
        };
        if let Some(peer) = self.origin.peer {
            req = req.peer_addr(peer);
        }
        for (name, value) in &self.origin.headers {
            req = req.append_header((name.as_str(), value.as_str()));
        }
        let res = (self.handler)(req).await;
        for value in res.headers().get_all("set-cookie") {
            let Ok(text) = value.to_str() else { continue };
            let Ok(cookie) = Cookie::parse(text.to_owned()) else {
                continue;
            };
            let expired = cookie
                .max_age()
                .is_some_and(|a| a.is_zero() || a.is_negative())
                || cookie.value().is_empty();
            let mut jar = self.cookies.borrow_mut();
            if expired {
                jar.remove(cookie.name());
            } else {
                jar.insert(cookie.name().to_owned(), cookie.value().to_owned());
            }
        }
        let status = res.status();
        let header = |name: &str| {
            res.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let headers: Vec<(String, String)> = res
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
            .collect();
        let location = header("location");
        let content_type = header("content-type");
        let cache_control = header("cache-control");
        let body = res.into_body().try_into_bytes().unwrap_or_default();
        let body = String::from_utf8_lossy(&body).into_owned();
        if let Some(token) = extract_csrf(&body) {
            *self.csrf.borrow_mut() = Some(token);
        }
        Resp {
            status,
            location,
            content_type,
            cache_control,
            body,
            headers,
        }
    }

    /// Sends any request (this browser's cookies and origin added).
    pub async fn request(&self, req: test::TestRequest) -> Resp {
        self.send(req).await
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.send(test::TestRequest::get().uri(path)).await
    }

    /// POSTs `fields` plus the CSRF token from the last page seen.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let token = self.csrf_token();
        let mut all: Vec<(&str, &str)> = vec![("csrfmiddlewaretoken", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// POSTs exactly `fields` (no CSRF token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.post_body(path, body.into_bytes()).await
    }

    pub async fn post_body(&self, path: &str, body: Vec<u8>) -> Resp {
        self.send(
            test::TestRequest::post()
                .uri(path)
                .insert_header(("content-type", "application/x-www-form-urlencoded"))
                .set_payload(body),
        )
        .await
    }

    /// Password step: loads the login page, posts credentials.
    pub async fn login_password(&self, username: &str, password: &str, next: Option<&str>) -> Resp {
        let path = match next {
            Some(n) => with_query("/account/login/", "next", n),
            None => "/account/login/".to_owned(),
        };
        let page = self.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        self.post(
            &path,
            &[
                ("login_view-current_step", "auth"),
                ("auth-username", username),
                ("auth-password", password),
            ],
        )
        .await
    }

    /// Token step.
    pub async fn login_token(&self, token: &str) -> Resp {
        self.post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-otp_token", token),
            ],
        )
        .await
    }

    /// Setup wizard: opens it, passes `welcome` and picks `method` on the method step;
    /// returns the page that follows.
    pub async fn choose_setup_method(&self, method: &str) -> Resp {
        let welcome = self.get("/account/two_factor/setup/").await;
        assert_eq!(
            welcome.step().as_deref(),
            Some("welcome"),
            "{}",
            welcome.body
        );
        let r = self
            .post(
                "/account/two_factor/setup/",
                &[("setup_view-current_step", "welcome")],
            )
            .await;
        assert_eq!(r.step().as_deref(), Some("method"), "{}", r.body);
        assert!(
            r.body.contains(&format!("value=\"{method}\"")),
            "{method} is offered"
        );
        self.post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "method"),
                ("method-method", method),
            ],
        )
        .await
    }

    pub async fn is_verified(&self) -> bool {
        self.get("/status/").await.body == "verified=true"
    }
}

/// Helper so `Site` can hand its URL to a second instance.
impl Site {
    pub fn database_url(&self) -> &str {
        &self.database_url
    }
}

/// Undoes the pages' HTML escaping (Django's), as a browser does when it reads an attribute.
pub fn unescape(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// `url` with `name=value` appended to its query, form-encoded (what the views build for
/// `?next=`).
pub fn with_query(url: &str, name: &str, value: &str) -> String {
    let encoded: String = form_urlencoded::Serializer::new(String::new())
        .append_pair(name, value)
        .finish();
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{encoded}")
}
