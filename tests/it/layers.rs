//! The crate's layers, checked from the source on module paths (not substrings):
//!
//! - **core** (the crate root's modules but `web`): the domain, the use cases (`flows`),
//!   the core services (`core`, `delivery`, `session_stamp`, `signals`, `management`) and
//!   the outbound adapters (`gateways`, `mail`). No file there imports a `crate::web` path
//!   or names actix-web, actix-session, actix-identity or (but the adapters, which render
//!   their own TwiML and texts) Tera.
//! - **web** (`src/web/`) sits on top; its JSON API (`web::api`) imports nothing from the
//!   HTML views (`web::views`): both are adapters over `flows`.
//! - No import cycle among the files of `src/` (the crate root's re-exports resolved to the
//!   module that defines them), and no file over 800 lines.
//!
//! Every `crate::`, `super::` and `self::` path outside comments, string literals and
//! `#[cfg(test)]` modules counts, `use` trees with their braces included; `mod` lines do
//! not (a parent declaring a child is not an import).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The crates the core must not name.
const WEB_CRATES: &[&str] = &["actix_web", "actix_session", "actix_identity", "actix_rt"];
/// Core modules that may name Tera (they render their own message templates).
const TERA_ALLOWED: &[&str] = &["gateways"];
/// The longest a source file may be.
const MAX_LINES: usize = 800;

/// A module path: `["web", "views", "login"]`; the crate root is `[]`.
type ModPath = Vec<String>;

struct Source {
    file: PathBuf,
    module: ModPath,
    /// Whether the file is a `mod.rs`/`lib.rs` (its `super` is one level further up).
    is_dir_module: bool,
    code: String,
    lines: usize,
}

fn sources() -> Vec<Source> {
    sources_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

fn sources_in(src: &Path) -> Vec<Source> {
    let src = src.to_path_buf();
    let mut out = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(&src).expect("under src");
                let mut module: ModPath = rel
                    .with_extension("")
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                let is_dir_module =
                    matches!(module.last().map(String::as_str), Some("mod") | Some("lib"));
                if is_dir_module {
                    module.pop();
                }
                let text = std::fs::read_to_string(&path).expect("read source");
                out.push(Source {
                    lines: text.lines().count(),
                    code: strip(&text),
                    file: path,
                    module,
                    is_dir_module,
                });
            }
        }
    }
    out.sort_by(|a, b| a.module.cmp(&b.module));
    out
}

/// The code of a file without comments, string and char literals (their content blanked)
/// and `#[cfg(test)]`/`#[cfg(all(test, …))]` modules.
fn strip(text: &str) -> String {
    let bytes: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < bytes.len() && bytes[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < bytes.len() {
                if bytes[i] == '/' && bytes.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if bytes[i] == '*' && bytes.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && raw_string_at(&bytes, i) {
            // r"…", r#"…"#
            let mut j = i + 1;
            let mut hashes = 0;
            while bytes.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            j += 1;
            loop {
                if j >= bytes.len() {
                    break;
                }
                if bytes[j] == '"' && (0..hashes).all(|k| bytes.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < bytes.len() && bytes[i] != '"' {
                if bytes[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && char_literal_at(&bytes, i) {
            // 'x', '\n', '\u{..}' (lifetimes like 'a are left alone)
            let mut j = i + 1;
            if bytes[j] == '\\' {
                j += 1;
            }
            while j < bytes.len() && bytes[j] != '\'' {
                j += 1;
            }
            out.push_str("' '");
            i = j + 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    drop_test_modules(&out)
}

fn raw_string_at(chars: &[char], i: usize) -> bool {
    let before_ok = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    let mut j = i + 1;
    while chars.get(j) == Some(&'#') {
        j += 1;
    }
    before_ok && chars.get(j) == Some(&'"')
}

fn char_literal_at(chars: &[char], i: usize) -> bool {
    matches!(
        (chars.get(i + 1), chars.get(i + 2)),
        (Some('\\'), _) | (Some(_), Some('\''))
    )
}

/// Removes every `#[cfg(test)]` (or `#[cfg(all(test …))]`) item: the attribute and the
/// braced item after it.
fn drop_test_modules(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    loop {
        let found = ["#[cfg(test)]", "#[cfg(all(test"]
            .iter()
            .filter_map(|m| rest.find(m))
            .min();
        let Some(at) = found else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(open) = after.find('{') else {
            return out;
        };
        let mut depth = 0;
        let mut end = after.len();
        for (k, ch) in after[open..].char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
}

/// Every path starting at `crate`, `super` or `self`, with `use` groups expanded:
/// `crate::a::{b, c::{d, e}}` gives `crate::a::b`, `crate::a::c::d`, `crate::a::c::e`.
fn paths(code: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let at_word_start = i == 0
            || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == ':');
        if at_word_start {
            for root in ["crate", "super", "self"] {
                let word: Vec<char> = root.chars().collect();
                if chars[i..].starts_with(&word)
                    && chars.get(i + word.len()) == Some(&':')
                    && chars.get(i + word.len() + 1) == Some(&':')
                {
                    let (found, end) = path_tree(&chars, i, Vec::new());
                    out.extend(found);
                    i = end;
                    break;
                }
            }
        }
        i += 1;
    }
    out
}

/// Parses a path (or `use` tree) starting at `i` under `prefix`; returns the full paths
/// and where parsing stopped.
fn path_tree(chars: &[char], mut i: usize, prefix: Vec<String>) -> (Vec<Vec<String>>, usize) {
    let mut path = prefix;
    loop {
        while chars.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        if chars.get(i) == Some(&'{') {
            i += 1;
            let mut all = Vec::new();
            loop {
                while chars.get(i).is_some_and(|c| c.is_whitespace() || *c == ',') {
                    i += 1;
                }
                match chars.get(i) {
                    None => return (all, i),
                    Some('}') => return (all, i + 1),
                    _ => {
                        let (found, end) = path_tree(chars, i, path.clone());
                        all.extend(found);
                        // Skip an `as name` alias.
                        i = end;
                        while chars.get(i).is_some_and(|c| !matches!(c, ',' | '}')) {
                            i += 1;
                        }
                    }
                }
            }
        }
        let start = i;
        while chars
            .get(i)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '*')
        {
            i += 1;
        }
        if i == start {
            return (vec![path], i);
        }
        path.push(chars[start..i].iter().collect());
        if chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            return (vec![path], i);
        }
    }
}

/// The crate root's `pub use` re-exports: name → the module path it comes from.
fn root_reexports(lib: &Source) -> BTreeMap<String, ModPath> {
    let mut map = BTreeMap::new();
    for statement in lib.code.split(';') {
        let Some(at) = statement.find("pub use ") else {
            continue;
        };
        let tree = &statement[at + "pub use ".len()..];
        let chars: Vec<char> = format!("crate::{}", tree.trim()).chars().collect();
        for path in path_tree(&chars, 0, Vec::new()).0 {
            if let Some((name, module)) = path.split_last() {
                map.insert(name.clone(), module[1..].to_vec());
            }
        }
    }
    map
}

/// The file a path names: its longest prefix that is a module of the crate.
fn resolve(
    from: &Source,
    path: &[String],
    modules: &BTreeSet<ModPath>,
    reexports: &BTreeMap<String, ModPath>,
) -> Option<ModPath> {
    let mut base: ModPath = match path.first().map(String::as_str) {
        Some("crate") => Vec::new(),
        Some("self") => from.module.clone(),
        Some("super") => {
            let mut m = from.module.clone();
            if !from.is_dir_module || !m.is_empty() {
                m.pop();
            }
            m
        }
        _ => return None,
    };
    let mut rest = &path[1..];
    while rest.first().map(String::as_str) == Some("super") {
        base.pop();
        rest = &rest[1..];
    }
    // A root item re-exported from its module (`crate::TwoFactor`).
    if base.is_empty()
        && let Some(first) = rest.first()
        && !modules.contains(&vec![first.clone()])
    {
        return reexports.get(first).cloned();
    }
    let mut full = base;
    full.extend(rest.iter().cloned());
    (0..=full.len())
        .rev()
        .map(|n| full[..n].to_vec())
        .find(|m| modules.contains(m))
}

/// Each file's imports of other files (module paths).
fn graph() -> (Vec<Source>, BTreeMap<ModPath, BTreeSet<ModPath>>) {
    graph_of(sources())
}

fn graph_of(sources: Vec<Source>) -> (Vec<Source>, BTreeMap<ModPath, BTreeSet<ModPath>>) {
    let modules: BTreeSet<ModPath> = sources.iter().map(|s| s.module.clone()).collect();
    let lib = sources
        .iter()
        .find(|s| s.module.is_empty())
        .expect("lib.rs");
    let reexports = root_reexports(lib);
    let mut edges = BTreeMap::new();
    for source in &sources {
        let mut deps = BTreeSet::new();
        if !source.module.is_empty() {
            for path in paths(&source.code) {
                if let Some(target) = resolve(source, &path, &modules, &reexports)
                    && target != source.module
                    && !target.is_empty()
                {
                    deps.insert(target);
                }
            }
        }
        edges.insert(source.module.clone(), deps);
    }
    (sources, edges)
}

fn name(m: &ModPath) -> String {
    if m.is_empty() {
        "crate".to_owned()
    } else {
        m.join("::")
    }
}

fn is_web(m: &ModPath) -> bool {
    m.first().map(String::as_str) == Some("web")
}

/// Whether `code` names `krate` as a path root (`actix_web::…` or `use actix_web`).
fn names_crate(code: &str, krate: &str) -> bool {
    code.match_indices(krate).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = &code[at + krate.len()..];
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
            && (after.starts_with("::") || after.starts_with(';') || after.starts_with(" as "))
    })
}

#[test]
fn the_core_knows_nothing_of_the_web() {
    let (sources, edges) = graph();
    let mut offences = Vec::new();
    for source in sources
        .iter()
        .filter(|s| !s.module.is_empty() && !is_web(&s.module))
    {
        for target in &edges[&source.module] {
            if is_web(target) {
                offences.push(format!("{} imports {}", name(&source.module), name(target)));
            }
        }
        let mut crates: Vec<&str> = WEB_CRATES.to_vec();
        if !TERA_ALLOWED.contains(&source.module[0].as_str()) {
            crates.push("tera");
        }
        for krate in crates {
            if names_crate(&source.code, krate) {
                offences.push(format!("{} names {krate}", source.file.display()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the core reaches into the web:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_json_api_imports_nothing_from_the_html_views() {
    let (_, edges) = graph();
    let views: ModPath = vec!["web".into(), "views".into()];
    let offences: Vec<String> = edges
        .iter()
        .filter(|(m, _)| m.starts_with(&["web".to_owned(), "api".to_owned()]))
        .flat_map(|(m, targets)| {
            targets
                .iter()
                .filter(|t| t.starts_with(&views))
                .map(move |t| format!("{} imports {}", name(m), name(t)))
        })
        .collect();
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}

/// The import cycles (strongly connected components of two or more files).
fn cycles(edges: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Vec<Vec<String>> {
    // Tarjan's strongly connected components: any with two or more files is a cycle.
    struct State<'a> {
        edges: &'a BTreeMap<ModPath, BTreeSet<ModPath>>,
        index: BTreeMap<&'a ModPath, usize>,
        low: BTreeMap<&'a ModPath, usize>,
        stack: Vec<&'a ModPath>,
        on_stack: BTreeSet<&'a ModPath>,
        next: usize,
        cycles: Vec<Vec<String>>,
    }
    fn visit<'a>(v: &'a ModPath, s: &mut State<'a>) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.edges.get(v).into_iter().flatten() {
            let Some((w, _)) = s.edges.get_key_value(w) else {
                continue;
            };
            if !s.index.contains_key(w) {
                visit(w, s);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(name(w));
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.cycles.push(component);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        cycles: Vec::new(),
    };
    for v in edges.keys() {
        if !state.index.contains_key(v) {
            visit(v, &mut state);
        }
    }
    state.cycles
}

#[test]
fn no_import_cycle_among_the_files_of_src() {
    let (_, edges) = graph();
    let report: Vec<String> = cycles(&edges)
        .iter()
        .map(|c| format!("{} files: {}", c.len(), c.join(", ")))
        .collect();
    assert!(report.is_empty(), "import cycles:\n{}", report.join("\n"));
}

#[test]
fn no_file_in_src_is_over_800_lines() {
    let long: Vec<String> = sources()
        .iter()
        .filter(|s| s.lines > MAX_LINES)
        .map(|s| format!("{}: {} lines", s.file.display(), s.lines))
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn the_checks_see_what_they_look_for() {
    // The parser finds real imports, so an empty result above is no artefact of it.
    let (sources, edges) = graph();
    let m = |s: &str| -> ModPath { s.split("::").map(str::to_owned).collect() };
    // `use` trees with braces, `super::`, a root re-export, and a path in an expression.
    assert!(
        edges[&m("flows::login")].contains(&m("core")),
        "use crate::core::Core"
    );
    assert!(edges[&m("flows::login")].contains(&m("flows::session")));
    assert!(
        edges[&m("web::api::auth")].contains(&m("web::api::problem")),
        "super::problem"
    );
    assert!(edges[&m("web::routes")].contains(&m("web::views")));
    assert!(edges[&m("web::views::login")].contains(&m("web::site")));
    // The stripping keeps code and drops tests and comments.
    let throttling = sources
        .iter()
        .find(|s| s.module == m("throttling"))
        .expect("throttling");
    assert!(throttling.code.contains("fn reserve("));
    assert!(
        !throttling
            .code
            .contains("contention_is_never_read_as_failures")
    );
    assert!(names_crate("use actix_web::web;", "actix_web"));
    assert!(!names_crate("let my_actix_web_thing = 1;", "actix_web"));
    // A cycle is found when there is one (a small crate written for the purpose).
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |file: &str, text: &str| {
        let path = dir.path().join(file);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    write("lib.rs", "mod a;\nmod b;\npub use b::Thing;\n");
    write("a.rs", "use crate::Thing;\npub struct Other;\n");
    write("b/mod.rs", "mod c;\npub struct Thing;\n");
    write(
        "b/c.rs",
        "use super::super::a::{self, Other};\n// use crate::nothing;\n",
    );
    write("d.rs", "fn f() { let _ = \"crate::a::X\"; }\n");
    let (_, small) = graph_of(sources_in(dir.path()));
    assert_eq!(small[&m("a")], BTreeSet::from([m("b")]), "a root re-export");
    assert_eq!(small[&m("b::c")], BTreeSet::from([m("a")]), "super::super");
    assert!(small[&m("d")].is_empty(), "no path in a string");
    write(
        "b/mod.rs",
        "mod c;\npub struct Thing;\nfn g() { crate::b::c::h(); }\n",
    );
    write("b/c.rs", "use crate::a::Other;\npub fn h() {}\n");
    write(
        "a.rs",
        "use crate::Thing;\npub struct Other;\nfn k() { super::b::c::h(); }\n",
    );
    let (_, small) = graph_of(sources_in(dir.path()));
    assert_eq!(
        cycles(&small),
        vec![vec!["a".to_owned(), "b".to_owned(), "b::c".to_owned()]]
    );
    let chars: Vec<char> = "crate::a::{b, c::{d as e, f}}".chars().collect();
    let trees = path_tree(&chars, 0, Vec::new()).0;
    assert_eq!(trees.len(), 3, "{trees:?}");
    assert_eq!(trees[1], vec!["crate", "a", "c", "d"]);
}
