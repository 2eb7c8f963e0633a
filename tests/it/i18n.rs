//! The translation catalogues and templates, checked the way CI checks them:
//!
//! - every locale has every message of the English catalogue and no other, each with the
//!   same `$variables`, and each parses;
//! - every plural message has a form for each CLDR category of its language's whole
//!   numbers, and none for a category the language lacks;
//! - every message is used (by a template's `t(key="…")` or the crate's code) and every
//!   key a template uses exists;
//! - every template renders in every locale, and a translated locale's page has no
//!   English left in it (words of the English page that are neither in that locale's
//!   catalogue, nor data from the context, nor on the allow-list of brand names).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use two_factor::Templates;
use two_factor::i18n::SHIPPED;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Words that stay as they are in every language: brand names, protocol names, the
/// Django form name the crate keeps.
const ALLOWED: &[&str] = &[
    "Google",
    "Authenticator",
    "Aegis",
    "FreeOTP",
    "CSRF",
    "ManagementForm",
    "SMS",
    "QR",
    "OTP",
    "E-mail",
    "Id",
];

/// Message id → the variables its pattern uses (selectors included).
fn catalogue(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("catalogue does not parse: {errors:?}");
    });
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut vars = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_vars(pattern, &mut vars);
                } else {
                    panic!("{} has no value", message.id.name);
                }
                assert!(
                    out.insert(message.id.name.to_owned(), vars).is_none(),
                    "{} twice",
                    message.id.name
                );
            }
            ast::Entry::Junk { content } => panic!("junk in catalogue: {content}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for variant in variants {
                pattern_vars(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, out),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::MessageReference { id, .. } => {
            panic!("message references are not used (found {})", id.name)
        }
        _ => {}
    }
}

fn english() -> BTreeMap<String, BTreeSet<String>> {
    catalogue(SHIPPED[0].1)
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    assert_eq!(SHIPPED[0].0, "en");
    let en = english();
    assert!(en.len() > 150, "{} messages", en.len());
    for (code, source) in &SHIPPED[1..] {
        let other = catalogue(source);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code} has messages English lacks: {extra:?}"
        );
        for (key, vars) in &en {
            assert_eq!(&other[key], vars, "{code}: {key} uses other variables");
        }
    }
}

#[test]
fn the_catalogues_are_on_disk_as_embedded() {
    for (code, source) in SHIPPED {
        let path = Path::new(ROOT).join(format!("locales/{code}/two_factor.ftl"));
        let on_disk = std::fs::read_to_string(&path).expect("read");
        assert_eq!(&on_disk, source, "{}", path.display());
    }
}

fn files_under(dir: &Path, ext: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files_under(&path, ext, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ext.contains(&e))
        {
            out.push(path);
        }
    }
}

/// The `key="…"` of every `t(…)` call in a template.
fn template_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("t(key=\"") {
        rest = &rest[at + 7..];
        let end = rest.find('"').expect("closing quote");
        keys.push(rest[..end].to_owned());
        rest = &rest[end..];
    }
    keys
}

#[test]
fn every_message_is_used_and_every_used_key_exists() {
    let en = english();
    let mut templates = Vec::new();
    files_under(
        &Path::new(ROOT).join("templates"),
        &["html", "txt", "xml"],
        &mut templates,
    );
    let mut used: BTreeSet<String> = BTreeSet::new();
    for path in &templates {
        for key in template_keys(&std::fs::read_to_string(path).expect("read")) {
            assert!(
                en.contains_key(&key),
                "{} uses unknown {key}",
                path.display()
            );
            used.insert(key);
        }
    }
    let mut sources = Vec::new();
    files_under(&Path::new(ROOT).join("src"), &["rs"], &mut sources);
    let code: String = sources
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("read"))
        .collect();
    let unused: Vec<_> = en
        .keys()
        .filter(|key| !used.contains(*key) && !code.contains(&format!("\"{key}\"")))
        .collect();
    assert!(unused.is_empty(), "messages nobody uses: {unused:?}");
}

/// Every key the code asks for by name (`tr("…")`, `tr_args("…", …)`, `tr_static("…")`)
/// exists: a missing one would show its key to the user.
#[test]
fn every_key_the_code_names_exists() {
    let en = english();
    let mut sources = Vec::new();
    files_under(&Path::new(ROOT).join("src"), &["rs"], &mut sources);
    let mut named = 0;
    for path in &sources {
        let code = std::fs::read_to_string(path).expect("read");
        for call in ["tr(", "tr_args(", "tr_static("] {
            for (at, _) in code.match_indices(call) {
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = code[at + call.len()..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                let key = rest.split('"').next().unwrap_or_default();
                if key.contains(['{', ' ']) {
                    continue;
                }
                named += 1;
                assert!(
                    en.contains_key(key),
                    "{} asks for unknown {key}",
                    path.display()
                );
            }
        }
    }
    assert!(named > 50, "{named}");
}

/// Contexts that take the templates' branches, filled with data that is no word of any
/// language (so it never counts as English left over).
fn contexts() -> Vec<serde_json::Value> {
    use serde_json::json;
    let field = |name: &str, input_type: &str| {
        json!({
            "name": name, "id": format!("id_{name}"), "label": "Lbl", "input_type": input_type,
            "value": "", "errors": ["Qqq"], "autocomplete": null, "inputmode": null,
            "pattern": null, "maxlength": 6, "autofocus": true, "required": true,
            "help_text": "Hhh"
        })
    };
    let base = json!({
        "csrf_token": "tok", "site_name": "Zyxco", "is_authenticated": true,
        "is_verified": true, "request_path": "/p/", "cancel_url": "/c/",
        "next": "/n/", "notice": "Nnn",
        "wizard": {
            "management_field": "login_view-current_step",
            "steps": {"current": "auth", "prev": "auth"},
            "form": {
                "fields": [field("f1", "text"), field("f2", "checkbox"), field("f3", "radio")],
                "non_field_errors": ["Qqq"]
            }
        },
        "form": {"fields": [field("f1", "password")], "non_field_errors": []},
        "methods": [{"value": "generator", "label": "Mmm"}],
        "device": {"method": "call", "description": "Ddd"},
        "other_devices": [{"persistent_id": "x.1", "description": "Ddd"}],
        "backup_tokens": 3, "remaining": 3, "tokens": [],
        "QR_URL": "/qr/", "otpauth_url": "otpauth://x", "secret_key": "ABCD",
        "issuer": "Zyxco", "totp_digits": 6, "phone_methods": true,
        "default_device": {"method": "sms", "description": "Ddd"},
        "available_phone_methods": true,
        "backup_phones": [{"description": "Ddd", "delete_url": "/d/", "persistent_id": "x.2",
            "rename": {"id": "rename-phone-2", "what": "Ddd", "url": "/rn/", "label": "Kkk"}}],
        "apps": [{"description": "Ddd", "label": "Kkk", "is_default": true, "created": "2026",
            "last_used": null, "delete_url": "/d/",
            "rename": {"id": "rename-totp-1", "what": "Ddd", "url": "/rn/", "label": "Kkk"}}],
        "name": "Kkk", "name_error": "Qqq", "token_error": "Qqq",
        "sessions": [{"id": 1, "browser": "Bbb", "kind": "app", "address": "1.2.3.0/24",
            "created": "2026", "last_seen": "2026", "current": true, "revoke_url": "/sr/"}],
        "others": true, "remember_enabled": true,
        "trusted": [{"id": 2, "browser": "Bbb", "address": "1.2.3.0/24", "granted": "2026",
            "last_used": null, "expires": "2027", "revoke_url": "/tr/"}],
        "username": "zyxuser", "token": "123456", "valid_minutes": 5,
        "admin_index_url": "/a/", "lookup_failed": "zyxuser", "can_list": true,
        "users": [{"url": "/a/u/", "two_factor": true, "user": {"username": "zyxuser",
            "email": "z@z.zz", "is_superuser": true, "is_staff": true, "is_active": true}}],
        "total_users": 7,
        "subject": {"username": "zyxuser", "email": "z@z.zz", "is_superuser": false,
            "is_staff": true, "is_active": false},
        "user": {"username": "zyxuser"},
        "two_factor": true,
        "devices": [{"description": "Ddd", "is_current": true, "name": "nnn",
            "persistent_id": "x.3", "failure_count": 2}],
        "static_device": {"persistent_id": "x.4", "failure_count": 3},
        "reauth_minutes": 15, "reset_throttle_url": "/r/", "remove_device_url": "/rm/",
        "end_sessions_url": "/es/", "untrust_browsers_url": "/ub/",
        "reset_url": "/rs/", "spoken_token": "1, 2, 3", "language": "en",
        "label": "Kkk", "error": null, "webauthn_alternatives": "both",
        "urls": {
            "webauthn_js": "/js/", "webauthn_login_options": "/lo/",
            "webauthn_passkey_options": "/po/", "webauthn_register_options": "/ro/",
            "webauthn_create": "/wc/", "profile": "/pr/", "phone_create": "/pc/", "app_create": "/ac/", "sessions": "/ss/",
            "sessions_revoke_others": "/sro/", "trusted_browsers_revoke_all": "/tra/",
            "backup_tokens": "/bt/", "disable": "/di/", "setup": "/se/", "login": "/li/",
            "logout": "/lt/", "set_language": "/sl/", "stylesheet": "/css/"
        }
    });
    let with = |changes: serde_json::Value| {
        let mut ctx = base.clone();
        for (k, v) in changes.as_object().expect("object") {
            if k == "step" {
                ctx["wizard"]["steps"]["current"] = v.clone();
            } else {
                ctx[k] = v.clone();
            }
        }
        ctx
    };
    let mut out = vec![base.clone()];
    for step in [
        "token",
        "backup",
        "welcome",
        "method",
        "generator",
        "sms",
        "call",
        "email",
        "validation",
        "setup",
    ] {
        for method in ["call", "sms", "email", "generator"] {
            out.push(with(
                json!({"step": step, "device": {"method": method, "description": "Ddd"}}),
            ));
        }
    }
    out.push(with(json!({
        "is_authenticated": false, "tokens": ["abcd1234"], "default_device": null,
        "phone_methods": false, "device": null, "backup_tokens": 0, "lookup_failed": null,
        "can_list": false, "reauth_minutes": 0, "two_factor": false,
        "subject": {"username": "zyxuser", "email": "", "is_superuser": true,
            "is_staff": true, "is_active": true}
    })));
    out.push(with(json!({
        "backup_tokens": 1, "remaining": 0, "users": [], "devices": [], "static_device": null,
        "trusted": [], "others": false, "apps": [], "sessions": [],
        "backup_phones": [], "default_device": {"method": "generator", "description": "Ddd"},
        "subject": {"username": "zyxuser", "email": "", "is_superuser": false,
            "is_staff": false, "is_active": true}
    })));
    out.push(with(
        json!({"backup_tokens": 2, "remaining": 21, "total_users": 1}),
    ));
    out.extend(webauthn_contexts(&with));
    out
}

/// The WebAuthn branches: the login's token step (a key as the device, or offered next
/// to a token, with and without backup tokens), the passkey form, the setup step,
/// re-authentication with a key, the profile's list of keys and the page to add one.
fn webauthn_contexts(
    with: &dyn Fn(serde_json::Value) -> serde_json::Value,
) -> Vec<serde_json::Value> {
    use serde_json::json;
    let problem = json!({"problem": "Ppp", "passkey_login": true});
    let keys = json!([
        {"persistent_id": "w.1", "label": "Kkk", "is_passkey": false, "is_primary": true,
            "details": "Ddd", "created": "2026-11-29 19:47 UTC", "last_used": null, "delete_url": null,
            "rename": {"id": "rename-webauthn-1", "what": "Kkk", "url": "/rn/", "label": "Kkk"}},
        {"persistent_id": "w.2", "label": "Kkk", "is_passkey": true, "is_primary": false,
            "details": "Ddd", "created": "2026-11-29 19:47 UTC", "last_used": "2026-11-29 19:47 UTC",
            "delete_url": "/wd/",
            "rename": {"id": "rename-webauthn-2", "what": "Kkk", "url": "/rn/", "label": "Kkk"}}
    ]);
    let mut out = Vec::new();
    for (method, backup_tokens) in [
        ("webauthn", 3),
        ("webauthn", 0),
        ("generator", 2),
        ("sms", 0),
    ] {
        out.push(with(json!({
            "step": "token", "webauthn": problem, "key_error": "Qqq",
            "device": {"method": method, "description": "Ddd"}, "backup_tokens": backup_tokens
        })));
    }
    out.push(with(json!({"step": "auth", "passkey_login": problem})));
    out.push(with(json!({"step": "webauthn", "webauthn": problem})));
    out.push(with(json!({
        "step": "validation", "webauthn": {"problem": null},
        "device": {"method": "webauthn", "description": "Ddd"}
    })));
    out.push(with(json!({
        "webauthn": problem, "webauthn_keys": keys, "label": "Kkk",
        "error": "Qqq", "webauthn_single_bound": true
    })));
    out.push(with(json!({
        "webauthn": {"problem": null}, "webauthn_keys": [], "label": "",
        "error": null
    })));
    out
}

/// The words of a page a reader sees (tags, styles and comments dropped; `alt`,
/// `aria-label` kept), letters only.
fn visible_words(page: &str) -> BTreeSet<String> {
    // Drop <style>…</style> and the switcher's <select>…</select> (each language's
    // name in that language, by design).
    let text = strip_between(
        &strip_between(page, "<style", "</style>"),
        "<select",
        "</select>",
    );
    let mut visible = String::new();
    let mut in_tag = false;
    let mut tag = String::new();
    for c in text.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                for attr in ["alt=\"", "aria-label=\""] {
                    if let Some(at) = tag.find(attr) {
                        let value = &tag[at + attr.len()..];
                        visible.push(' ');
                        visible.push_str(value.split('"').next().unwrap_or_default());
                        visible.push(' ');
                    }
                }
                visible.push(' ');
            }
            (true, c) => tag.push(c),
            (false, c) => visible.push(c),
        }
    }
    words(&visible)
}

fn strip_between(page: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = page;
    while let Some(at) = rest.find(open) {
        out.push_str(&rest[..at]);
        rest = rest[at..]
            .find(close)
            .map_or("", |end| &rest[at + end + close.len()..]);
    }
    out.push_str(rest);
    out
}

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic() && c != '-')
        .map(|w| w.trim_matches('-'))
        .filter(|w| w.len() >= 3)
        .map(str::to_owned)
        .collect()
}

/// Every word of a catalogue's texts (what a translation may legitimately contain):
/// message ids, `{ $variables }` and `[variant]` keys left out.
fn catalogue_words(source: &str) -> BTreeSet<String> {
    let mut text = String::new();
    for line in source.lines() {
        let line = line.trim_start();
        if line.starts_with('#') {
            continue;
        }
        let value = match line.split_once(" = ") {
            Some((id, value)) if !id.contains(' ') && !line.starts_with('[') => value,
            _ => line,
        };
        let value = value.trim_start_matches('*');
        let value = match value.strip_prefix('[') {
            Some(rest) => rest.split_once(']').map_or("", |(_, v)| v),
            None => value,
        };
        text.push_str(&strip_between(value, "{", "}"));
        text.push('\n');
    }
    words(&text)
}

fn data_words(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(s) => out.extend(words(s)),
        serde_json::Value::Array(items) => items.iter().for_each(|v| data_words(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| data_words(v, out)),
        _ => {}
    }
}

#[test]
fn every_template_renders_in_every_locale_without_english_left_over() {
    let templates = Templates::load(None).expect("templates");
    let names = [
        "two_factor/_base.html",
        "two_factor/_base_focus.html",
        "two_factor/core/login.html",
        "two_factor/core/setup.html",
        "two_factor/core/setup_complete.html",
        "two_factor/core/otp_required.html",
        "two_factor/core/backup_tokens.html",
        "two_factor/core/phone_register.html",
        "two_factor/core/reauth.html",
        "two_factor/webauthn/create.html",
        "two_factor/profile/profile.html",
        "two_factor/profile/disable.html",
        "two_factor/email/token.txt",
        "two_factor/email/token.html",
        "two_factor/admin/base.html",
        "two_factor/admin/index.html",
        "two_factor/admin/user.html",
        "two_factor/admin/forbidden.html",
    ];
    let mut data = BTreeSet::new();
    for ctx in contexts() {
        data_words(&ctx, &mut data);
    }
    let allowed: BTreeSet<String> = ALLOWED.iter().map(|w| (*w).to_owned()).collect();
    let mut rendered = 0;
    for name in names {
        assert!(templates.has(name), "{name}");
        for ctx in contexts() {
            let render = |code: &str| {
                let mut ctx = tera::Context::from_value(ctx.clone()).expect("context");
                ctx.insert("lang", code);
                ctx.insert("lang_dir", templates.i18n().dir(code));
                let page = templates
                    .render(name, &ctx)
                    .unwrap_or_else(|e| panic!("{name} in {code}: {e:?}"));
                // The fast path (a plan, when the template has one) writes what Tera writes.
                let interpreted = templates
                    .render_interpreted(name, &ctx)
                    .unwrap_or_else(|e| panic!("{name} in {code} (Tera): {e:?}"));
                assert_eq!(
                    page, interpreted,
                    "{name} in {code}: the plan differs from Tera"
                );
                page
            };
            let english = visible_words(&render("en"));
            for (code, source) in &SHIPPED[1..] {
                let page = render(code);
                rendered += 1;
                if page.contains("<html") {
                    let dir = if ["ar", "fa", "he"].contains(code) {
                        "rtl"
                    } else {
                        "ltr"
                    };
                    assert!(
                        page.contains(&format!("<html lang=\"{code}\" dir=\"{dir}\">")),
                        "{name} in {code}: no lang/dir"
                    );
                }
                let own = catalogue_words(source);
                let left: Vec<_> = visible_words(&page)
                    .into_iter()
                    .filter(|w| {
                        english.contains(w)
                            && !own.contains(w)
                            && !data.contains(w)
                            && !allowed.contains(w)
                    })
                    .collect();
                assert!(left.is_empty(), "{name} in {code}: English left: {left:?}");
            }
        }
    }
    assert!(rendered > 17 * 40 * 9, "{rendered}");
}

#[test]
fn a_page_in_arabic_is_right_to_left_and_counts_in_arabic_plurals() {
    let templates = Templates::load(None).expect("templates");
    let mut ctx = tera::Context::from_value(contexts()[0].clone()).expect("context");
    ctx.insert("lang", "ar");
    ctx.insert("lang_dir", "rtl");
    ctx.insert(
        "default_device",
        &serde_json::json!({"method": "generator"}),
    );
    for (count, expected) in [
        (1, "رمز احتياطي واحد"),
        (2, "رمزان احتياطيان"),
        (5, "5 رموز احتياطية"),
        (11, "11 رمزًا احتياطيًا"),
    ] {
        ctx.insert("backup_tokens", &count);
        let page = templates
            .render("two_factor/profile/profile.html", &ctx)
            .expect("render");
        assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(page.contains(expected), "{count}: {page}");
    }
}

/// The demo's own catalogue (`examples/demo/locales`): the same checks for its pages.
#[test]
fn the_demo_pages_are_translated_too() {
    let root = Path::new(ROOT).join("examples/demo/locales");
    let read =
        |code: &str| std::fs::read_to_string(root.join(code).join("demo.ftl")).expect("demo.ftl");
    let en = catalogue(&read("en"));
    let mut extra = Vec::new();
    for (code, _) in SHIPPED {
        let source = read(code);
        let other = catalogue(&source);
        assert_eq!(
            other.keys().collect::<Vec<_>>(),
            en.keys().collect::<Vec<_>>(),
            "{code}: the demo's messages"
        );
        for (key, vars) in &en {
            assert_eq!(&other[key], vars, "{code}: {key}");
        }
        extra.push(((*code).to_owned(), source));
    }
    let codes: Vec<&str> = SHIPPED.iter().map(|(c, _)| *c).collect();
    let i18n = two_factor::i18n::I18n::new("en", &codes, &extra).expect("catalogues");
    let templates = Templates::load(Some(&Path::new(ROOT).join("examples/demo/templates")))
        .expect("templates")
        .with_i18n(std::sync::Arc::new(i18n));
    let allowed: BTreeSet<String> = ALLOWED.iter().map(|w| (*w).to_owned()).collect();
    for name in ["demo/home.html", "demo/secret.html"] {
        for (authenticated, verified) in [(false, false), (true, false), (true, true)] {
            let render = |code: &str| {
                let mut ctx = tera::Context::new();
                ctx.insert("csrf_token", "tok");
                ctx.insert("site_name", "Zyxco");
                ctx.insert("request_path", "/");
                ctx.insert("is_authenticated", &authenticated);
                ctx.insert("is_verified", &verified);
                ctx.insert("lang", code);
                ctx.insert("lang_dir", templates.i18n().dir(code));
                templates.render(name, &ctx).expect("render")
            };
            let english = visible_words(&render("en"));
            for (code, source) in &SHIPPED[1..] {
                let page = render(code);
                let mut own = catalogue_words(source);
                own.extend(catalogue_words(&read(code)));
                // The command line and the crate's name are the same in every language.
                own.extend(words("cargo run example demo createsuperuser username admin password secret email example com actix-two-factor otp_required Zyxco openapi json"));
                let left: Vec<_> = visible_words(&page)
                    .into_iter()
                    .filter(|w| english.contains(w) && !own.contains(w) && !allowed.contains(w))
                    .collect();
                assert!(left.is_empty(), "{name} in {code}: English left: {left:?}");
            }
        }
    }
}

/// The browser script's messages (cancelled, timed out, unsupported, …) come from the
/// page: every WebAuthn button carries them as `data-msg-*`, in the page's language.
#[test]
fn the_browser_script_gets_its_messages_in_the_page_language() {
    let templates = Templates::load(None).expect("templates");
    let base = contexts();
    let ctx = base
        .iter()
        .find(|c| c["wizard"]["steps"]["current"] == "token" && c["device"]["method"] == "webauthn")
        .expect("a WebAuthn token step");
    let attributes = |code: &str| -> Vec<(String, String)> {
        let mut ctx = tera::Context::from_value(ctx.clone()).expect("context");
        ctx.insert("lang", code);
        ctx.insert("lang_dir", templates.i18n().dir(code));
        let page = templates
            .render("two_factor/core/login.html", &ctx)
            .expect("render");
        let button = page
            .split("<button")
            .find(|b| b.contains("data-webauthn=\"get\""))
            .expect("the key's button")
            .split('>')
            .next()
            .expect("tag")
            .to_owned();
        button
            .split(" data-msg-")
            .skip(1)
            .map(|a| {
                let (name, value) = a.split_once("=\"").expect("attribute");
                (
                    name.to_owned(),
                    value.split('"').next().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    };
    let english = attributes("en");
    let names: Vec<&str> = english.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "unsupported",
            "insecure",
            "cancelled",
            "aborted",
            "exists",
            "security",
            "network",
            "failed",
            "working"
        ]
    );
    assert!(
        english[2].1.starts_with("The request was cancelled"),
        "{english:?}"
    );
    // Every name the script knows has its attribute.
    let script = std::fs::read_to_string(Path::new(ROOT).join("static/two_factor/webauthn.js"))
        .expect("script");
    for name in &names {
        assert!(
            script.contains(&format!("\n    {name}: \"")),
            "{name} is no message of the script"
        );
    }
    for (code, _) in &SHIPPED[1..] {
        let translated = attributes(code);
        assert_eq!(translated.len(), english.len(), "{code}");
        for ((name, en), (_, value)) in english.iter().zip(&translated) {
            // English variants (en-GB) may say the same as the source.
            let english_variant = code.starts_with("en-");
            assert!(
                !value.is_empty() && (english_variant || value != en),
                "{code}: {name} is English: {value}"
            );
        }
    }
}

/// The variant keys of the plural selects (`{ $count -> [one] … *[other] … }`) of each
/// message of `source`: message id → keys.
fn plural_variants(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).expect("parses");
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let Some(pattern) = &message.value else {
            continue;
        };
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } = element
            {
                let keys = out
                    .entry(message.id.name.to_owned())
                    .or_insert_with(BTreeSet::new);
                for variant in variants {
                    keys.insert(match &variant.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    });
                }
            }
        }
    }
    out
}

/// Every plural message of every locale has a form for each CLDR category its language
/// gives whole numbers (Arabic's six, Polish's and Lithuanian's four, …) and none for a
/// category the language does not have — by the rules fluent-bundle formats with.
#[test]
fn every_plural_message_has_the_forms_cldr_gives_its_language() {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

    let name = |category: PluralCategory| {
        match category {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        }
        .to_owned()
    };
    let english = plural_variants(SHIPPED[0].1);
    let plural: Vec<&String> = english
        .iter()
        .filter(|(_, keys)| keys.contains("one"))
        .map(|(id, _)| id)
        .collect();
    assert!(plural.len() >= 14, "{plural:?}");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (code, source) in SHIPPED {
        let primary: unic_langid::LanguageIdentifier = code
            .split('-')
            .next()
            .unwrap_or_default()
            .parse()
            .expect("a language");
        let rules = PluralRules::create(primary, PluralRuleType::CARDINAL)
            .unwrap_or_else(|e| panic!("{code}: CLDR has no plural rules ({e})"));
        let mut whole = BTreeSet::new();
        for n in (0..=1000).chain([1_000_000]) {
            whole.insert(name(rules.select(n).expect("a category")));
        }
        let mut allowed = whole.clone();
        allowed.insert("other".to_owned());
        for fraction in ["0.5", "1.5", "2.5", "0.1", "1.1", "2.1", "5.5", "21.5"] {
            allowed.insert(name(rules.select(fraction).expect("a category")));
        }
        let variants = plural_variants(source);
        for id in &plural {
            match variants.get(*id) {
                Some(keys) if !whole.is_subset(keys) || !keys.is_subset(&allowed) => {
                    wrong.push(format!(
                        "{code} {id}: {keys:?}, CLDR: {whole:?} (+ {allowed:?})"
                    ));
                }
                Some(_) => {}
                // One form for every number: right only where CLDR has one category.
                None if whole.len() != 1 => {
                    wrong.push(format!("{code} {id}: no plural forms, CLDR: {whole:?}"));
                }
                None => {}
            }
            checked += 1;
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(checked, plural.len() * 32);
}
