//! Safe `next` redirects (Django's `url_has_allowed_host_and_scheme`, stricter): only a
//! same-origin relative path is honoured; anything else falls back to a default.

/// Longest `next` value honoured.
const MAX_NEXT_LEN: usize = 2048;

/// Whether `url` is a same-origin relative path that is safe to redirect to.
///
/// Rejected: absolute and scheme-relative URLs (`http:`, `javascript:`, `//host`),
/// backslash tricks browsers read as `//` (`/\host`), and any control character or
/// whitespace (`\x08//host`).
pub fn is_safe_next(url: &str) -> bool {
    if url.is_empty() || url.len() > MAX_NEXT_LEN {
        return false;
    }
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    let bytes = url.as_bytes();
    if bytes[0] != b'/' {
        return false;
    }
    if matches!(bytes.get(1), Some(b'/' | b'\\')) {
        return false;
    }
    // Browsers treat `\` as `/` in the path part; no legitimate path of ours needs one.
    let path = url.split(['?', '#']).next().unwrap_or("");
    !path.contains('\\')
}

/// `next` when it is safe, otherwise `fallback`.
pub fn safe_next_or<'a>(next: Option<&'a str>, fallback: &'a str) -> &'a str {
    match next {
        Some(n) if is_safe_next(n) => n,
        _ => fallback,
    }
}

/// A `302 Found` to `url`.
pub fn redirect(url: &str) -> actix_web::HttpResponse {
    actix_web::HttpResponse::Found()
        .insert_header((actix_web::http::header::LOCATION, url))
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .finish()
}

/// Django's `redirect_to_login`: `login_url?next=<path>` (the field name configurable).
pub fn redirect_to_login(
    login_url: &str,
    redirect_field_name: &str,
    next: &str,
) -> actix_web::HttpResponse {
    redirect(&with_query(login_url, redirect_field_name, next))
}

/// `url` with `name=value` appended to its query string, `value` percent-encoded.
pub fn with_query(url: &str, name: &str, value: &str) -> String {
    let encoded: String = form_urlencoded::Serializer::new(String::new())
        .append_pair(name, value)
        .finish();
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{encoded}")
}

/// The path and query of the request, for `next`.
pub(crate) fn request_target(req: &actix_web::HttpRequest) -> String {
    req.uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_else(|| "/".to_owned())
}

/// The session key remembering the OTP-protected page a visitor was sent away from.
pub(crate) const OTP_NEXT_KEY: &str = crate::flows::session::SessionKey::OtpNext.as_str();

/// Sends a visitor of an OTP-protected page to log in with `field=<this page>`, and
/// remembers the page in the session so a user without a device continues from the
/// password step to setup and then back here (every guard uses this one path).
pub(crate) fn redirect_to_otp_login(
    req: &actix_web::HttpRequest,
    login_url: &str,
    field: &str,
) -> actix_web::HttpResponse {
    let target = request_target(req);
    let _ = actix_session::SessionExt::get_session(req).insert(OTP_NEXT_KEY, &target);
    redirect_to_login(login_url, field, &target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_values_fall_back() {
        for bad in [
            "//evil.com",
            "/\\evil.com",
            "\\\\evil.com",
            "http:///evil.com",
            "https://evil.com/",
            "http://testserver\\@evil.com",
            "http://good.com.evil.com",
            "javascript:alert(1)",
            "\x08//evil.com",
            "/\t/evil.com",
            " /x",
            "",
            "evil.com",
            "/a\\b",
            "///evil.com",
        ] {
            assert!(!is_safe_next(bad), "{bad:?} must be refused");
        }
    }

    #[test]
    fn relative_paths_are_kept() {
        for good in [
            "/",
            "/secret/",
            "/v/?p=http://x",
            "/a/b?c=d#e",
            "/%2F%2Fevil.com",
        ] {
            assert!(is_safe_next(good), "{good:?} must be allowed");
        }
        assert_eq!(safe_next_or(Some("//x"), "/home/"), "/home/");
        assert_eq!(safe_next_or(Some("/ok/"), "/home/"), "/ok/");
        assert_eq!(safe_next_or(None, "/home/"), "/home/");
    }

    #[test]
    fn login_redirect_encodes_next() {
        assert_eq!(
            with_query("/account/login/", "next", "/secret/?a=1&b=2"),
            "/account/login/?next=%2Fsecret%2F%3Fa%3D1%26b%3D2"
        );
        assert_eq!(with_query("/l/?x=1", "next", "/"), "/l/?x=1&next=%2F");
    }
}
