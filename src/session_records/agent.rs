//! The browser and system of a session, read from its User-Agent by `woothee` (a
//! maintained parser with the project's shared test data), never by a pattern of our own.

use std::sync::LazyLock;

static PARSER: LazyLock<woothee::parser::Parser> = LazyLock::new(woothee::parser::Parser::new);

/// "Firefox 121 on Linux", "Safari 17 on iPhone", "Chrome 120 on Windows 10"; the parts
/// that are known, in the request's language; "Unknown browser" for nothing known.
pub(crate) fn describe(user_agent: &str) -> String {
    use crate::i18n::{tr, tr_args};
    let parsed = PARSER.parse(user_agent);
    let known = |s: &str| !s.is_empty() && s != "UNKNOWN";
    let (browser, system) = match &parsed {
        Some(p) => {
            let major = p.version.split('.').next().unwrap_or_default();
            let browser = match (known(p.name), known(major) && p.browser_type == "browser") {
                (true, true) => Some(format!("{} {major}", p.name)),
                (true, false) => Some(p.name.to_owned()),
                (false, _) => None,
            };
            (browser, known(p.os).then(|| p.os.to_string()))
        }
        None => (None, None),
    };
    match (browser, system) {
        (Some(browser), Some(system)) => tr_args(
            "session-agent",
            &[("browser", browser.into()), ("system", system.into())],
        ),
        (Some(browser), None) => browser,
        (None, Some(system)) => tr_args(
            "session-agent-unknown-browser",
            &[("system", system.into())],
        ),
        (None, None) => tr("session-agent-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn common_agents_read_as_browser_and_system() {
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
        assert_eq!(describe(firefox), "Firefox 121 on Linux");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
        assert_eq!(describe(iphone), "Safari 17 on iPhone");
        assert_eq!(describe("curl/8.0"), "HTTP Library");
        assert_eq!(describe(""), "Unknown browser");
        assert_eq!(describe("\u{0}\u{202e}garbage"), "Unknown browser");
    }
}
