//! The layers have one direction: the domain (devices, tokens, users, throttling,
//! secrets, policy, clock, database, the wizards' state machines, gateways, mail) knows
//! nothing of actix-web, sessions, templates or the configured site, and its modules do
//! not import each other in a circle. The web layer (`src/web/`) and the site modules
//! (settings, signals, management, delivery, session stamps) sit on top.
//!
//! Checked from the source text: `crate::<module>` paths and crate names outside comments
//! and outside `#[cfg(test)]` modules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The domain modules (a file `src/<name>.rs` or a directory `src/<name>/`).
const DOMAIN: &[&str] = &[
    "api_sessions",
    "clock",
    "db",
    "devices",
    "errors",
    "flows",
    "hashers",
    "i18n",
    "phone",
    "policy",
    "secrets",
    "throttling",
    "users",
];

/// The outbound adapters (SMS/voice gateways, mail): domain code that may render its own
/// message templates (a text message, TwiML) but knows nothing of the web or the site.
const ADAPTERS: &[&str] = &["gateways", "mail"];

/// What no domain file may name.
const FORBIDDEN: &[&str] = &[
    "actix_web",
    "actix_session",
    "actix_identity",
    "actix_rt",
    "tera::",
    "HttpRequest",
    "HttpResponse",
    "crate::web",
    "crate::settings",
    "crate::signals",
    "crate::management",
    "crate::delivery",
    "crate::session_stamp",
    "crate::TwoFactor",
];

fn files_of(module: &str) -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let file = src.join(format!("{module}.rs"));
    let mut out = Vec::new();
    if file.exists() {
        out.push(file);
    }
    let dir = src.join(module);
    if dir.is_dir() {
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).expect("read src dir") {
                let path = entry.expect("dir entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
    }
    assert!(!out.is_empty(), "no source for domain module {module}");
    out
}

/// The code lines of a file: comments and the `#[cfg(test)]` module dropped.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).expect("read source");
    let mut lines = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        let code = match line.find("//") {
            // A trailing comment (not inside a string such as a URL).
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        };
        lines.push((n + 1, code.to_owned()));
    }
    lines
}

#[test]
fn the_domain_knows_nothing_of_the_web_or_the_site() {
    let mut offences = Vec::new();
    for module in DOMAIN.iter().chain(ADAPTERS) {
        for path in files_of(module) {
            for (n, line) in code_lines(&path) {
                for word in FORBIDDEN {
                    if *word == "tera::" && ADAPTERS.contains(module) {
                        continue;
                    }
                    if line.contains(word) {
                        offences.push(format!("{}:{n}: {word}: {}", path.display(), line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "domain files reach into the web layer or the site:\n{}",
        offences.join("\n")
    );
}

#[test]
fn domain_modules_do_not_import_each_other_in_a_circle() {
    let all: Vec<&str> = DOMAIN.iter().chain(ADAPTERS).copied().collect();
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for module in &all {
        let edges = graph.entry(module).or_default();
        for path in files_of(module) {
            for (_, line) in code_lines(&path) {
                for other in &all {
                    if other != module && line.contains(&format!("crate::{other}::")) {
                        edges.insert(other);
                    }
                }
            }
        }
    }
    // Depth-first search for a back edge.
    fn visit<'a>(
        node: &'a str,
        graph: &BTreeMap<&'a str, BTreeSet<&'a str>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<&'a str>> {
        if let Some(i) = path.iter().position(|n| *n == node) {
            let mut cycle = path[i..].to_vec();
            cycle.push(node);
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node);
        for next in &graph[node] {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node);
        None
    }
    let mut done = BTreeSet::new();
    for module in &all {
        if let Some(cycle) = visit(module, &graph, &mut Vec::new(), &mut done) {
            panic!("import cycle among domain modules: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_checks_see_what_they_look_for() {
    // The checks read real code: a known import is found (so an empty result above is
    // not an artefact of the parsing).
    let devices = files_of("devices");
    let found = devices.iter().any(|p| {
        code_lines(p)
            .iter()
            .any(|(_, line)| line.contains("crate::db::"))
    });
    assert!(
        found,
        "devices import the database, and the check must see it"
    );
}
