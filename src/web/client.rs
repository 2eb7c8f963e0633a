//! The client of a request as throttling sees it: its address (from the trusted proxy
//! header or the socket), and how a refusal is answered (`429` with `Retry-After`).

use actix_web::HttpRequest;
use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderValue, RETRY_AFTER};

use crate::throttling::{LOGGED_OUT_PARAM, LOGGED_OUT_REAUTH, Throttling};

/// The address bucket `req` is counted under (see [`Throttling::client_address`]).
pub(crate) fn client_address(throttling: &Throttling, req: &HttpRequest) -> String {
    let forwarded = throttling.client_ip_header().and_then(|name| {
        req.headers()
            .get_all(name)
            .last()
            .and_then(|v| v.to_str().ok())
    });
    throttling.client_address(forwarded, req.peer_addr().map(|a| a.ip()))
}

/// What a session record keeps of `req`: browser or app, the coarse address, the agent.
pub(crate) fn record_client(
    tf: &crate::web::site::TwoFactor,
    req: &HttpRequest,
) -> crate::session_records::Client {
    use crate::web::api::client::{CLIENT_HEADER, SESSION_TOKEN_HEADER};
    let app = req.headers().contains_key(SESSION_TOKEN_HEADER)
        || req
            .headers()
            .get(CLIENT_HEADER)
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"app"));
    let address = client_address(&tf.throttling, req);
    let agent = req
        .headers()
        .get(actix_web::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    crate::session_records::Client::new(if app { "app" } else { "browser" }, &address, agent)
}

/// Makes a refusal page `429 Too Many Requests` with `Retry-After`.
pub(crate) fn mark_refused(response: &mut HttpResponse, retry_after_secs: i64) {
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    if let Ok(value) = HeaderValue::from_str(&retry_after_secs.to_string()) {
        response.headers_mut().insert(RETRY_AFTER, value);
    }
}

/// The login page's notice for `?logged_out=reauth`, else nothing.
pub(crate) fn login_notice(req: &HttpRequest) -> Option<&'static str> {
    form_urlencoded::parse(req.query_string().as_bytes())
        .any(|(k, v)| k == LOGGED_OUT_PARAM && v == LOGGED_OUT_REAUTH)
        .then(crate::throttling::logged_out_message)
}

/// What a signal keeps of `req` ([`crate::signals::RequestSummary`]).
pub(crate) fn summary(req: &HttpRequest) -> crate::signals::RequestSummary {
    let tf = req.app_data::<actix_web::web::Data<crate::web::site::TwoFactor>>();
    let (i18n, language) = match crate::web::i18n::request_language(req) {
        Some((i18n, code)) => (Some(i18n), Some(code)),
        None => (None, None),
    };
    let mut summary = crate::signals::RequestSummary::new(req.path());
    summary.language = language;
    summary.i18n = i18n;
    summary.client_address = tf.map(|tf| client_address(&tf.throttling, req));
    summary.user_agent = req
        .headers()
        .get(actix_web::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|ua| ua.chars().take(256).collect());
    summary
}
