//! `next` redirect targets.
//!
//! Properties, for any string `s`:
//! - when `is_safe_next(s)`: `s` starts with `/`, its second character is neither `/` nor
//!   `\`, it has no control character and no whitespace, no `\` before any `?`/`#`, and it
//!   is at most 2048 bytes;
//! - resolved the way a browser resolves a `Location` header (WHATWG URL, against
//!   `https://good.example/account/login/`), a safe `s` stays on `https://good.example`;
//! - `redirect(s)` for a safe `s` is a `302` whose `Location` is exactly `s`;
//! - `safe_next_or(Some(s), fallback)` is `s` when safe and `fallback` otherwise, and
//!   `safe_next_or(None, fallback)` is `fallback`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use two_factor::__private::{is_safe_next, redirect, safe_next_or};

const FALLBACK: &str = "/account/two_factor/";

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let s: &str = &s;
    let safe = is_safe_next(s);

    let chosen = safe_next_or(Some(s), FALLBACK);
    if safe {
        assert!(std::ptr::eq(chosen, s), "safe {s:?} not returned as is");
    } else {
        assert!(
            std::ptr::eq(chosen, FALLBACK),
            "unsafe {s:?} did not fall back"
        );
    }
    assert!(std::ptr::eq(safe_next_or(None, FALLBACK), FALLBACK));

    if !safe {
        return;
    }
    assert!(s.len() <= 2048, "{} bytes accepted", s.len());
    let mut chars = s.chars();
    assert_eq!(chars.next(), Some('/'), "{s:?} does not start with /");
    assert!(
        !matches!(chars.next(), Some('/' | '\\')),
        "{s:?} is scheme-relative"
    );
    assert!(
        !s.chars().any(|c| c.is_control() || c.is_whitespace()),
        "{s:?} has control characters or whitespace"
    );
    let path = s.split(['?', '#']).next().unwrap_or_default();
    assert!(!path.contains('\\'), "{s:?} has a backslash in its path");

    // Where a browser would actually go.
    let base = url::Url::parse("https://good.example/account/login/").expect("base URL");
    let target = base
        .join(s)
        .unwrap_or_else(|e| panic!("safe {s:?} does not resolve: {e}"));
    assert_eq!(target.scheme(), "https", "{s:?} -> {target}");
    assert_eq!(target.host_str(), Some("good.example"), "{s:?} -> {target}");
    assert_eq!(target.port(), None, "{s:?} -> {target}");
    assert!(
        target.username().is_empty() && target.password().is_none(),
        "{s:?} -> {target}"
    );

    // The redirect the views send must carry it unchanged.
    let response = redirect(s);
    assert_eq!(
        response.status().as_u16(),
        302,
        "redirect({s:?}) is {}",
        response.status()
    );
    let location = response.headers().get("location").map(|v| v.as_bytes());
    assert_eq!(location, Some(s.as_bytes()), "redirect({s:?}) Location");
});
