//! Tera templates: the defaults are embedded in the crate under Django's names
//! (`two_factor/core/login.html`, …); a host app overrides any of them by putting a file
//! with the same relative name in its template directory.
//!
//! Every template can call `{{ t(key="message-id", name=value, …) }}`: the message in the
//! page's language (the context's `lang`, set per request by the views and
//! `TwoFactor::page_context`; else the site's default), from the crate's Fluent
//! catalogues and the host's entries ([`crate::i18n`]). `{{ language_options() | safe }}`
//! gives the `<option>`s of a language switcher, the page's language selected.

mod fast;

use std::cell::Cell;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::i18n::I18n;

/// The embedded default templates, by name.
const DEFAULTS: &[(&str, &str)] = &[
    (
        "two_factor/_base.html",
        include_str!("../../templates/two_factor/_base.html"),
    ),
    (
        "two_factor/_base_focus.html",
        include_str!("../../templates/two_factor/_base_focus.html"),
    ),
    (
        "two_factor/_wizard_forms.html",
        include_str!("../../templates/two_factor/_wizard_forms.html"),
    ),
    (
        "two_factor/_wizard_actions.html",
        include_str!("../../templates/two_factor/_wizard_actions.html"),
    ),
    (
        "two_factor/core/login.html",
        include_str!("../../templates/two_factor/core/login.html"),
    ),
    (
        "two_factor/core/setup.html",
        include_str!("../../templates/two_factor/core/setup.html"),
    ),
    (
        "two_factor/core/setup_complete.html",
        include_str!("../../templates/two_factor/core/setup_complete.html"),
    ),
    (
        "two_factor/core/otp_required.html",
        include_str!("../../templates/two_factor/core/otp_required.html"),
    ),
    (
        "two_factor/profile/profile.html",
        include_str!("../../templates/two_factor/profile/profile.html"),
    ),
    (
        "two_factor/profile/disable.html",
        include_str!("../../templates/two_factor/profile/disable.html"),
    ),
    (
        "two_factor/core/backup_tokens.html",
        include_str!("../../templates/two_factor/core/backup_tokens.html"),
    ),
    (
        "two_factor/core/phone_register.html",
        include_str!("../../templates/two_factor/core/phone_register.html"),
    ),
    (
        "two_factor/core/reauth.html",
        include_str!("../../templates/two_factor/core/reauth.html"),
    ),
    (
        "two_factor/webauthn/create.html",
        include_str!("../../templates/two_factor/webauthn/create.html"),
    ),
    (
        "two_factor/webauthn/_messages.html",
        include_str!("../../templates/two_factor/webauthn/_messages.html"),
    ),
    (
        "two_factor/email/token.txt",
        include_str!("../../templates/two_factor/email/token.txt"),
    ),
    (
        "two_factor/email/token.html",
        include_str!("../../templates/two_factor/email/token.html"),
    ),
    (
        "two_factor/admin/base.html",
        include_str!("../../templates/two_factor/admin/base.html"),
    ),
    (
        "two_factor/admin/index.html",
        include_str!("../../templates/two_factor/admin/index.html"),
    ),
    (
        "two_factor/admin/user.html",
        include_str!("../../templates/two_factor/admin/user.html"),
    ),
    (
        "two_factor/admin/forbidden.html",
        include_str!("../../templates/two_factor/admin/forbidden.html"),
    ),
];

pub use crate::errors::TemplateError;

impl From<tera::Error> for TemplateError {
    fn from(e: tera::Error) -> Self {
        TemplateError::Tera(Box::new(e))
    }
}

/// The template engine.
#[derive(Debug)]
pub struct Templates {
    tera: tera::Tera,
    /// The templates simple enough to render without Tera's interpreter, flattened once at
    /// load from the templates loaded (overrides included); see [`fast`].
    plans: HashMap<String, fast::Plan>,
    /// Values every template sees without them being in its context (`urls`, which never
    /// changes): a page's own context does not have to copy them. A context value of the
    /// same name wins.
    globals: tera::Map<String, tera::Value>,
    /// The catalogues behind `t()` and the page's language.
    i18n: Arc<I18n>,
    /// The largest page rendered so far (capped): the next page's buffer starts this big,
    /// so rendering writes it once instead of growing and copying it.
    size_hint: AtomicUsize,
}

/// The first buffer size, and the cap of the size hint.
const MIN_HINT: usize = 4 * 1024;
const MAX_HINT: usize = 64 * 1024;

impl Templates {
    /// Loads the defaults, then every file under `dir` (overriding defaults of the same name).
    pub fn load(dir: Option<&Path>) -> Result<Templates, TemplateError> {
        let mut sources: Vec<(String, String)> = DEFAULTS
            .iter()
            .map(|(name, body)| ((*name).to_owned(), (*body).to_owned()))
            .collect();
        if let Some(dir) = dir {
            let mut found = Vec::new();
            collect_files(dir, dir, &mut found)?;
            for (name, body) in found {
                match sources.iter_mut().find(|(n, _)| *n == name) {
                    Some(slot) => slot.1 = body,
                    None => sources.push((name, body)),
                }
            }
        }
        let mut tera = tera::Tera::default();
        let i18n = Arc::new(I18n::default());
        register_functions(&mut tera, &i18n);
        tera.add_raw_templates(sources)?;
        let urls = crate::web::urls::Urls::default().context;
        let mut globals = tera::Map::from_iter([("urls".to_owned(), urls)]);
        language_globals(&mut globals, &i18n);
        let plans = plans(&tera, &globals, &i18n);
        Ok(Templates {
            tera,
            plans,
            globals,
            i18n,
            size_hint: AtomicUsize::new(MIN_HINT),
        })
    }

    /// Uses `i18n`'s catalogues and languages (the settings' `languages`,
    /// `language_code` and the host's entries; `build()` does this) for `t()`, the
    /// switcher and the default `lang`; the plans are flattened again.
    pub fn with_i18n(mut self, i18n: Arc<I18n>) -> Templates {
        register_functions(&mut self.tera, &i18n);
        language_globals(&mut self.globals, &i18n);
        self.plans = plans(&self.tera, &self.globals, &i18n);
        self.i18n = i18n;
        self
    }

    /// The catalogues the templates translate with.
    pub fn i18n(&self) -> &Arc<I18n> {
        &self.i18n
    }

    /// Adds configuration constants every template sees unless its context has the same
    /// name (the site's name, the cancel URL, the `urls` map under the URL prefix): no page
    /// copies them into its context. The plans are flattened again, with the constants'
    /// escaped text.
    pub(crate) fn with_globals<'a>(
        mut self,
        globals: impl IntoIterator<Item = (&'a str, tera::Value)>,
    ) -> Templates {
        for (name, value) in globals {
            self.globals.insert(name.to_owned(), value);
        }
        self.plans = plans(&self.tera, &self.globals, &self.i18n);
        self
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, TemplateError> {
        let bytes = self.render_bytes(name, context)?;
        // Tera writes only `str`s: this never fails, and costs one scan of the page.
        String::from_utf8(bytes).map_err(|e| TemplateError::from(tera::Error::msg(e)))
    }

    /// Renders template `name` with `context` as UTF-8 bytes (a response body), into a
    /// buffer as large as the largest page so far.
    pub fn render_bytes(
        &self,
        name: &str,
        context: &tera::Context,
    ) -> Result<Vec<u8>, TemplateError> {
        let mut out = Vec::with_capacity(self.size_hint.load(Ordering::Relaxed));
        let fast = self.plans.get(name).is_some_and(|plan| {
            plan.render(context, &self.globals, &self.i18n, &mut out)
                .is_ok()
        });
        if !fast {
            out.clear();
            self.render_with_tera(name, context, &mut out)?;
        }
        if out.len() > self.size_hint.load(Ordering::Relaxed) {
            self.size_hint
                .fetch_max(out.len().min(MAX_HINT), Ordering::Relaxed);
        }
        Ok(out)
    }

    /// Tera's rendering, with the globals the context lacks added to (a copy of) it, and
    /// the page's language set for `t()`.
    fn render_with_tera(
        &self,
        name: &str,
        context: &tera::Context,
        out: &mut Vec<u8>,
    ) -> Result<(), tera::Error> {
        let lang = fast::page_language(context, &self.globals, &self.i18n);
        let escape = self
            .tera
            .autoescape_suffixes
            .iter()
            .any(|suffix| name.ends_with(suffix));
        let previous = PAGE_LANGUAGE.with(|cell| cell.replace(Some((lang, escape))));
        let result = self.render_with_tera_in(name, context, out);
        PAGE_LANGUAGE.with(|cell| cell.set(previous));
        result
    }

    fn render_with_tera_in(
        &self,
        name: &str,
        context: &tera::Context,
        out: &mut Vec<u8>,
    ) -> Result<(), tera::Error> {
        let missing: Vec<_> = self
            .globals
            .iter()
            .filter(|(key, _)| !context.contains_key(key))
            .collect();
        if missing.is_empty() {
            return self.tera.render_to(name, context, out);
        }
        let mut full = context.clone();
        for (key, value) in missing {
            full.insert(key, value);
        }
        self.tera.render_to(name, &full, out)
    }

    /// Whether template `name` renders on the fast path (no Tera interpreter).
    pub fn is_precompiled(&self, name: &str) -> bool {
        self.plans.contains_key(name)
    }

    /// Whether a template of that name exists.
    pub fn has(&self, name: &str) -> bool {
        self.tera.get_template_names().any(|n| n == name)
    }
}

impl crate::core::MailTemplates for Templates {
    fn render(&self, name: &str, context: &serde_json::Value) -> Result<String, TemplateError> {
        let context = tera::Context::from_value(context.clone()).map_err(TemplateError::from)?;
        Templates::render(self, name, &context)
    }

    fn has(&self, name: &str) -> bool {
        Templates::has(self, name)
    }
}

/// The plan of every template simple enough to have one.
fn plans(
    tera: &tera::Tera,
    globals: &tera::Map<String, tera::Value>,
    i18n: &I18n,
) -> HashMap<String, fast::Plan> {
    tera.get_template_names()
        .filter_map(|name| {
            Some((
                name.to_owned(),
                fast::Plan::compile(tera, globals, i18n, name)?,
            ))
        })
        .collect()
}

thread_local! {
    /// The language of the page Tera is rendering on this thread (an index into the
    /// engine's [`I18n`]): Tera's functions do not see the context, so `render` sets it
    /// around each render (rendering is synchronous) and `t()` reads it.
    static PAGE_LANGUAGE: Cell<Option<(usize, bool)>> = const { Cell::new(None) };
}

/// `t(key=…, lang=…, name=value…)`: the message in the page's language. As Django's
/// `{% blocktranslate %}`, the catalogue's text is the template's own (not escaped) and
/// the arguments are data (escaped in an autoescaped template), so the function's output
/// is marked safe.
struct Translate(Arc<I18n>);

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        let (page, escape) = PAGE_LANGUAGE
            .with(Cell::get)
            .unwrap_or((self.0.default_index(), true));
        let lang = match args.get("lang").and_then(tera::Value::as_str) {
            Some(code) => self.0.index(code),
            None => page,
        };
        let values: Vec<_> = args
            .iter()
            .filter(|(name, _)| !matches!(name.as_str(), "key" | "lang"))
            .map(|(name, value)| (name.as_str(), fast::message_arg(value, escape)))
            .collect();
        self.0
            .format(lang, key, &values)
            .map(tera::Value::String)
            .ok_or_else(|| tera::Error::msg(format!("t(): no message {key:?} in any catalogue")))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// `t()` and `language_options()`.
fn register_functions(tera: &mut tera::Tera, i18n: &Arc<I18n>) {
    tera.register_function("t", Translate(Arc::clone(i18n)));
    let catalogues = Arc::clone(i18n);
    tera.register_function(
        "language_options",
        move |_: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let lang = PAGE_LANGUAGE
                .with(Cell::get)
                .map_or(catalogues.default_index(), |(lang, _)| lang);
            Ok(tera::Value::from(catalogues.options_at(lang)))
        },
    );
}

/// The language globals: `lang` and `lang_dir` (the site's default; a page's context
/// brings its request's), `language_choice` (whether more than one language is offered:
/// the switcher shows) and `languages` (`code`, `name`, `dir` of each offered one).
fn language_globals(globals: &mut tera::Map<String, tera::Value>, i18n: &I18n) {
    let default = i18n.default_code();
    globals.insert("lang".to_owned(), default.into());
    globals.insert("lang_dir".to_owned(), i18n.dir(default).into());
    globals.insert("language_choice".to_owned(), (i18n.len() > 1).into());
    let languages = i18n
        .codes()
        .map(|code| serde_json::json!({ "code": code, "name": i18n.name(code), "dir": i18n.dir(code) }))
        .collect();
    globals.insert("languages".to_owned(), tera::Value::Array(languages));
}

fn collect_files(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(String, String)>,
) -> Result<(), TemplateError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| TemplateError::Io { path, source }
    };
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let path = entry.map_err(io(dir))?.path();
        if path.is_dir() {
            collect_files(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            let name = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let body = std::fs::read_to_string(&path).map_err(io(&path))?;
            out.push((name, body));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse() {
        let t = Templates::load(None).expect("defaults load");
        for (name, _) in DEFAULTS {
            assert!(t.has(name), "{name}");
        }
    }

    #[test]
    fn a_file_in_the_template_dir_overrides_the_default() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("two_factor")).expect("mkdir");
        std::fs::write(
            dir.path().join("two_factor/_base.html"),
            "OVERRIDDEN {% block content %}{% endblock content %}",
        )
        .expect("write");
        let t = Templates::load(Some(dir.path())).expect("load");
        let html = t
            .render("two_factor/_base.html", &tera::Context::new())
            .expect("render");
        assert!(html.starts_with("OVERRIDDEN"));
    }

    #[test]
    fn render_and_render_bytes_agree_and_the_buffer_hint_follows_the_largest_page() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("t.html"), "<p>{{ site_name }}</p>").expect("write");
        let t = Templates::load(Some(dir.path())).expect("load");
        assert_eq!(t.size_hint.load(Ordering::Relaxed), MIN_HINT);
        let mut ctx = tera::Context::new();
        ctx.insert("site_name", "<Site & Co>");
        let text = t.render("t.html", &ctx).expect("render");
        let bytes = t.render_bytes("t.html", &ctx).expect("render");
        assert_eq!(text.as_bytes(), &bytes[..]);
        assert_eq!(text, "<p>&lt;Site &amp; Co&gt;</p>", "escaped");
        assert_eq!(
            t.size_hint.load(Ordering::Relaxed),
            MIN_HINT,
            "small pages keep it"
        );
        ctx.insert("site_name", &"x".repeat(10_000));
        let page = t.render_bytes("t.html", &ctx).expect("render");
        assert_eq!(t.size_hint.load(Ordering::Relaxed), page.len());
        ctx.insert("site_name", &"y".repeat(200_000));
        t.render_bytes("t.html", &ctx).expect("render");
        assert_eq!(t.size_hint.load(Ordering::Relaxed), MAX_HINT, "capped");
    }
}

#[cfg(test)]
mod fast_tests {
    use super::*;

    fn demo_dir() -> &'static Path {
        Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/demo/templates"
        ))
    }

    /// The shipped catalogues plus the demo's own messages.
    fn demo_i18n() -> Arc<I18n> {
        let root = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/demo/locales"
        ));
        let extra: Vec<(String, String)> = crate::i18n::SHIPPED
            .iter()
            .map(|(code, _)| {
                let text = std::fs::read_to_string(root.join(code).join("demo.ftl"))
                    .expect("demo catalogue");
                ((*code).to_owned(), text)
            })
            .collect();
        let codes: Vec<&str> = crate::i18n::SHIPPED.iter().map(|(c, _)| *c).collect();
        Arc::new(I18n::new("en", &codes, &extra).expect("i18n"))
    }

    fn load_demo(dir: &Path) -> Templates {
        Templates::load(Some(dir))
            .expect("load")
            .with_i18n(demo_i18n())
    }

    /// Contexts that take every branch of the default templates' conditions, with text
    /// that needs escaping.
    fn contexts() -> Vec<tera::Context> {
        let mut out = Vec::new();
        for (authenticated, site) in [
            (false, "Site"),
            (true, "<A & B's \"site\"/>"),
            (true, "é ünïcødé ✓"),
        ] {
            let mut ctx = tera::Context::new();
            ctx.insert("csrf_token", "tok-123/<&>");
            ctx.insert("site_name", site);
            if authenticated {
                // Pages get `urls` from the engine's globals; a context may still bring its own.
                ctx.insert("urls", &urls_value());
            }
            ctx.insert("cancel_url", "/accounts/logout/?next=/");
            ctx.insert("is_authenticated", &authenticated);
            ctx.insert("is_verified", &authenticated);
            ctx.insert("request_path", "/page/");
            out.push(ctx.clone());
            // The same page in other languages (one right to left).
            for lang in ["de", "ar"] {
                ctx.insert("lang", lang);
                out.push(ctx.clone());
            }
        }
        out
    }

    fn urls_value() -> tera::Value {
        crate::web::urls::Urls::default().context
    }

    /// Tera's rendering (the globals added as `render` adds them), for comparison.
    fn tera_render(t: &Templates, name: &str, ctx: &tera::Context) -> tera::Result<String> {
        let mut out = Vec::new();
        t.render_with_tera(name, ctx, &mut out)?;
        Ok(String::from_utf8(out).expect("utf-8"))
    }

    #[test]
    fn every_plan_renders_exactly_what_tera_renders() {
        let t = load_demo(demo_dir());
        for name in [
            "two_factor/_base.html",
            "demo/secret.html",
            "demo/home.html",
            "two_factor/core/otp_required.html",
        ] {
            assert!(t.is_precompiled(name), "{name} should take the fast path");
        }
        let mut compared = 0;
        for name in t.plans.keys() {
            for ctx in contexts() {
                let mut fast = Vec::new();
                let fast = t.plans[name]
                    .render(&ctx, &t.globals, &t.i18n, &mut fast)
                    .map(|()| fast);
                match tera_render(&t, name, &ctx) {
                    Ok(expected) => {
                        let fast = fast.unwrap_or_else(|_| panic!("{name}: plan gave up"));
                        assert_eq!(String::from_utf8(fast).expect("utf-8"), expected, "{name}");
                        compared += 1;
                    }
                    Err(_) => assert!(fast.is_err(), "{name}: Tera fails, the plan must too"),
                }
            }
        }
        assert!(compared >= 4 * 3, "only {compared} renders compared");
    }

    #[test]
    fn an_overridden_base_is_what_the_fast_path_renders() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("two_factor")).expect("mkdir");
        std::fs::create_dir_all(dir.path().join("demo")).expect("mkdir");
        std::fs::write(
            dir.path().join("two_factor/_base.html"),
            "HOST BASE [{{ csrf_token }}] {% block content %}default{% endblock content %}",
        )
        .expect("write");
        std::fs::write(
            dir.path().join("demo/secret.html"),
            std::fs::read_to_string(demo_dir().join("demo/secret.html")).expect("read"),
        )
        .expect("write");
        let t = load_demo(dir.path());
        assert!(t.is_precompiled("demo/secret.html"));
        let html = t
            .render("demo/secret.html", &contexts()[3])
            .expect("render");
        assert!(
            html.starts_with("HOST BASE [tok-123&#x2F;&lt;&amp;&gt;] "),
            "{html}"
        );
        assert!(html.contains("<h1>The secret page</h1>"), "{html}");
        assert!(
            !html.contains("<style>"),
            "the default base is not used: {html}"
        );
        assert!(!html.contains("default"), "{html}");
    }

    #[test]
    fn a_fast_page_shows_each_request_its_own_data() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("me.html"),
            "{% extends \"two_factor/_base.html\" %}{% block content %}\
             <p>Hello {{ user.username }}</p>{% endblock content %}",
        )
        .expect("write");
        let t = Templates::load(Some(dir.path())).expect("load");
        assert!(t.is_precompiled("me.html"));
        for (user, token) in [("alice", "token-of-alice"), ("<bob>", "token-of-bob")] {
            let mut ctx = contexts()[3].clone();
            ctx.insert("csrf_token", token);
            ctx.insert("user", &serde_json::json!({ "username": user }));
            let html = t.render("me.html", &ctx).expect("render");
            let escaped = user.replace('<', "&lt;").replace('>', "&gt;");
            assert!(html.contains(&format!("<p>Hello {escaped}</p>")), "{html}");
            assert!(
                html.contains(&format!("name=\"csrfmiddlewaretoken\" value=\"{token}\"")),
                "{html}"
            );
            assert_eq!(html, tera_render(&t, "me.html", &ctx).expect("tera"));
        }
    }

    #[test]
    fn what_a_plan_does_not_print_is_left_to_tera() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("v.html"), "<p>{{ value }}</p>").expect("write");
        std::fs::write(
            dir.path().join("loop.html"),
            "{% for i in value %}{{ i }},{% endfor %}",
        )
        .expect("write");
        let t = Templates::load(Some(dir.path())).expect("load");
        assert!(t.is_precompiled("v.html"));
        assert!(!t.is_precompiled("loop.html"), "loops are Tera's");
        let mut ctx = tera::Context::new();
        ctx.insert("value", &[1, 2]);
        assert_eq!(t.render("v.html", &ctx).expect("render"), "<p>[1, 2]</p>");
        assert_eq!(t.render("loop.html", &ctx).expect("render"), "1,2,");
        for value in [
            serde_json::json!(7),
            serde_json::json!(-1.5),
            serde_json::json!(true),
            serde_json::json!(null),
            serde_json::json!({"a": 1}),
        ] {
            ctx.insert("value", &value);
            assert_eq!(
                t.render("v.html", &ctx).expect("render"),
                tera_render(&t, "v.html", &ctx).expect("tera"),
                "{value}"
            );
        }
        // A missing variable is Tera's error, not an empty string.
        let err = t
            .render("v.html", &tera::Context::new())
            .expect_err("missing");
        assert!(format!("{err:?}").contains("value"), "{err:?}");
    }

    #[test]
    fn t_escapes_its_arguments_not_the_catalogues_text_on_both_paths() {
        let dir = tempfile::tempdir().expect("tempdir");
        let call = "{{ t(key=\"admin-no-user-named\", username=who) }}|{{ t(key=\"backup-tokens-none\") }}";
        std::fs::write(dir.path().join("fast.html"), call).expect("write");
        std::fs::write(
            dir.path().join("tera.html"),
            format!("{{% for n in [1] %}}{call}{{% endfor %}}"),
        )
        .expect("write");
        std::fs::write(dir.path().join("mail.txt"), call).expect("write");
        let t = Templates::load(Some(dir.path())).expect("load");
        assert!(t.is_precompiled("fast.html"));
        assert!(!t.is_precompiled("tera.html"));
        let mut ctx = tera::Context::new();
        ctx.insert("who", "<b>'x'</b>");
        let html = "No user named “&lt;b&gt;&#x27;x&#x27;&lt;&#x2F;b&gt;”.|You don't have any backup codes yet.";
        assert_eq!(t.render("fast.html", &ctx).expect("fast"), html);
        assert_eq!(t.render("tera.html", &ctx).expect("tera"), html);
        assert_eq!(
            t.render("mail.txt", &ctx).expect("text"),
            "No user named “<b>'x'</b>”.|You don't have any backup codes yet."
        );
        ctx.insert("lang", "fr");
        assert!(
            t.render("fast.html", &ctx)
                .expect("fast")
                .starts_with("Aucun utilisateur nommé « &lt;b&gt;")
        );
        // An unknown key is an error on both paths.
        std::fs::write(dir.path().join("bad.html"), "{{ t(key=\"no-such\") }}").expect("write");
        let t = Templates::load(Some(dir.path())).expect("load");
        assert!(!t.is_precompiled("bad.html"));
        assert!(t.render("bad.html", &ctx).is_err());
    }

    #[test]
    fn urls_reach_every_template_without_being_in_the_context() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("plain.html"),
            "<a href=\"{{ urls.login }}\">",
        )
        .expect("write");
        std::fs::write(
            dir.path().join("looped.html"),
            "{% for n in [1] %}<a href=\"{{ urls.login }}\">{% endfor %}",
        )
        .expect("write");
        let t = Templates::load(Some(dir.path())).expect("load");
        let expected = format!(
            "<a href=\"{}\">",
            tera::escape_html(crate::web::urls::LOGIN)
        );
        let ctx = tera::Context::new();
        assert_eq!(t.render("plain.html", &ctx).expect("plan"), expected);
        assert_eq!(t.render("looped.html", &ctx).expect("tera"), expected);
        let mut own = tera::Context::new();
        own.insert("urls", &serde_json::json!({ "login": "/host/login/" }));
        for name in ["plain.html", "looped.html"] {
            assert_eq!(
                t.render(name, &own).expect("render"),
                "<a href=\"&#x2F;host&#x2F;login&#x2F;\">",
                "the context's own urls win in {name}"
            );
        }
    }

    #[test]
    fn configuration_globals_reach_pages_and_a_context_value_wins() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("p.html"),
            "<title>{{ site_name }}</title>{% if cancel_url %}<a href=\"{{ cancel_url }}\">{% endif %}",
        )
        .expect("write");
        std::fs::write(
            dir.path().join("l.html"),
            "{% for n in [1] %}{{ site_name }} {{ cancel_url }}{% endfor %}",
        )
        .expect("write");
        let t = Templates::load(Some(dir.path()))
            .expect("load")
            .with_globals([
                ("site_name", "A & B".into()),
                ("cancel_url", "/bye/".into()),
            ]);
        assert!(t.is_precompiled("p.html"));
        let none = tera::Context::new();
        assert_eq!(
            t.render("p.html", &none).expect("plan"),
            "<title>A &amp; B</title><a href=\"&#x2F;bye&#x2F;\">"
        );
        assert_eq!(
            t.render("l.html", &none).expect("tera"),
            "A &amp; B &#x2F;bye&#x2F;"
        );
        let mut own = tera::Context::new();
        own.insert("cancel_url", "/profile/");
        own.insert("site_name", "Mine");
        assert_eq!(
            t.render("p.html", &own).expect("plan"),
            "<title>Mine</title><a href=\"&#x2F;profile&#x2F;\">"
        );
        assert_eq!(
            t.render("l.html", &own).expect("tera"),
            "Mine &#x2F;profile&#x2F;"
        );
    }
}
