//! Tera templates: the defaults are embedded in the crate under Django's names
//! (`two_factor/core/login.html`, …); a host app overrides any of them by putting a file
//! with the same relative name in its template directory.
//!
//! Every template can call `{{ t(key="message-id", name=value, …) }}`: the message in the
//! page's language (the context's `lang` if it sets one, else the request's, else the
//! site's default; `lang` and `lang_dir` are filled in the same way), from the crate's Fluent
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
        "two_factor/profile/_rename.html",
        include_str!("../../templates/two_factor/profile/_rename.html"),
    ),
    (
        "two_factor/profile/app_create.html",
        include_str!("../../templates/two_factor/profile/app_create.html"),
    ),
    (
        "two_factor/profile/sessions.html",
        include_str!("../../templates/two_factor/profile/sessions.html"),
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
    plans: crate::cache_map::CacheMap<String, fast::Plan>,
    /// Values every template sees without them being in its context (`urls`, which never
    /// changes): a page's own context does not have to copy them. A context value of the
    /// same name wins.
    globals: tera::Map<String, tera::Value>,
    /// The catalogues behind `t()` and the page's language.
    i18n: Arc<I18n>,
    /// `lang` and `lang_dir` of each of `i18n`'s languages: what a page whose context does
    /// not set them sees (its request's language), made once.
    page_languages: Vec<[tera::Value; 2]>,
    /// The largest page rendered so far (capped): the next page's buffer starts this big,
    /// so rendering writes it once instead of growing and copying it.
    size_hint: AtomicUsize,
    /// Context values that are the same on every render of a page in one language (the
    /// login page's empty form), made once per language: see [`Self::shared_context`].
    shared:
        std::sync::RwLock<crate::cache_map::CacheMap<(&'static str, usize), Arc<tera::Context>>>,
}

/// The first buffer size, and the cap of the size hint.
const MIN_HINT: usize = 4 * 1024;
const MAX_HINT: usize = crate::web::body_pool::MAX_KEPT_CAPACITY;

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
        tera.set_escape_fn(crate::escape::escape_html);
        tera.add_raw_templates(sources)?;
        let urls = crate::web::urls::Urls::default().context;
        let mut globals = tera::Map::from_iter([
            ("urls".to_owned(), urls),
            (
                "stylesheet_version".to_owned(),
                tera::Value::from(crate::web::assets::STYLESHEET_VERSION.as_str()),
            ),
        ]);
        language_globals(&mut globals, &i18n);
        let plans = plans(&tera, &globals, &i18n);
        Ok(Templates {
            tera,
            plans,
            globals,
            page_languages: page_languages(&i18n),
            i18n,
            size_hint: AtomicUsize::new(MIN_HINT),
            shared: Default::default(),
        })
    }

    /// Uses `i18n`'s catalogues and languages (the settings' `languages`,
    /// `language_code` and the host's entries; `build()` does this) for `t()`, the
    /// switcher and the default `lang`; the plans are flattened again.
    pub fn with_i18n(mut self, i18n: Arc<I18n>) -> Templates {
        register_functions(&mut self.tera, &i18n);
        language_globals(&mut self.globals, &i18n);
        self.plans = plans(&self.tera, &self.globals, &i18n);
        self.page_languages = page_languages(&i18n);
        self.i18n = i18n;
        self.shared = Default::default();
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
        self.shared = Default::default();
        self
    }

    /// The context values `key` names — the same on every render in the request's
    /// language — made by `build` the first time in each language (messages in it are the
    /// current language's), then shared. Pass it to [`Self::render_bytes_with`]: building
    /// and dropping a form's values was a third of the login page (callgrind: about 36,000
    /// of its 106,000 instructions). Outside a request of these catalogues' site,
    /// `build` runs every time.
    pub(crate) fn shared_context(
        &self,
        key: &'static str,
        build: impl FnOnce() -> tera::Context,
    ) -> Arc<tera::Context> {
        let Some(lang) = crate::i18n::current_index_in(&self.i18n) else {
            return Arc::new(build());
        };
        let found = self
            .shared
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&(key, lang))
            .cloned();
        found.unwrap_or_else(|| {
            let made = Arc::new(build());
            self.shared
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .insert((key, lang), Arc::clone(&made));
            made
        })
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, TemplateError> {
        let bytes = self.render_bytes(name, context)?;
        // Tera writes only `str`s: this never fails, and costs one scan of the page.
        String::from_utf8(bytes).map_err(|e| TemplateError::from(tera::Error::msg(e)))
    }

    /// Renders template `name` with `context` as UTF-8 bytes (a response body), into a
    /// buffer as large as the largest page so far (a recycled one when the thread has one:
    /// [`crate::web::body_pool`]).
    pub fn render_bytes(
        &self,
        name: &str,
        context: &tera::Context,
    ) -> Result<Vec<u8>, TemplateError> {
        self.render_bytes_with(name, context, None)
    }

    /// [`Self::render_bytes`] with the names `context` lacks taken from `shared` (a
    /// [`Self::shared_context`]).
    pub(crate) fn render_bytes_with(
        &self,
        name: &str,
        context: &tera::Context,
        shared: Option<&tera::Context>,
    ) -> Result<Vec<u8>, TemplateError> {
        let layers = fast::Layers {
            own: context,
            shared,
        };
        let mut out = crate::web::body_pool::buffer(self.size_hint.load(Ordering::Relaxed));
        let fast = self.plans.get(name).is_some_and(|plan| {
            plan.render(
                layers,
                &self.globals,
                &self.i18n,
                &self.page_languages,
                &mut out,
            )
            .is_ok()
        });
        if !fast {
            out.clear();
            match shared {
                None => self.render_with_tera(name, context, &mut out)?,
                Some(shared) => {
                    // Tera reads one context: the shared values under the page's own.
                    let mut merged = shared.clone();
                    merged.extend(context.clone());
                    self.render_with_tera(name, &merged, &mut out)?;
                }
            }
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
        let own = fast::Layers {
            own: context,
            shared: None,
        };
        let lang = fast::page_language(own, &self.globals, &self.i18n);
        let escape = self
            .tera
            .autoescape_suffixes
            .iter()
            .any(|suffix| name.ends_with(suffix));
        let previous = PAGE_LANGUAGE.with(|cell| cell.replace(Some((lang, escape))));
        let token = context
            .get("csrf_token")
            .and_then(tera::Value::as_str)
            .map(str::to_owned);
        let previous_token = PAGE_CSRF_TOKEN.with(|cell| cell.replace(token));
        let result = self.render_with_tera_in(name, context, lang, out);
        PAGE_LANGUAGE.with(|cell| cell.set(previous));
        PAGE_CSRF_TOKEN.with(|cell| cell.replace(previous_token));
        result
    }

    fn render_with_tera_in(
        &self,
        name: &str,
        context: &tera::Context,
        lang: usize,
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
            // `lang` and `lang_dir` are the page's language, not the default's.
            let value = match fast::PAGE_LANGUAGE_NAMES.iter().position(|n| n == key) {
                Some(i) => self.page_languages.get(lang).map_or(value, |page| &page[i]),
                None => value,
            };
            full.insert(key, value);
        }
        self.tera.render_to(name, &full, out)
    }

    /// Renders `name` with Tera's interpreter even when it has a plan: the tests compare
    /// the two paths with it.
    #[doc(hidden)]
    pub fn render_interpreted(
        &self,
        name: &str,
        context: &tera::Context,
    ) -> Result<String, TemplateError> {
        let mut out = Vec::new();
        self.render_with_tera(name, context, &mut out)?;
        String::from_utf8(out).map_err(|e| TemplateError::from(tera::Error::msg(e)))
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
) -> crate::cache_map::CacheMap<String, fast::Plan> {
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
    /// The page's CSRF token (its context's `csrf_token`), for `csrf_input()`, set the same
    /// way.
    static PAGE_CSRF_TOKEN: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// `csrf_input()`: the hidden form field with the page's CSRF token (Django's
/// `{% csrf_token %}`), nothing when the context has no token. Safe output: the token is
/// escaped here.
struct CsrfInput;

/// What `csrf_input()` writes around the escaped token.
pub(crate) const CSRF_INPUT: (&str, &str) = (
    "<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"",
    "\">",
);

impl tera::Function for CsrfInput {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        if !args.is_empty() {
            return Err(tera::Error::msg("csrf_input() takes no arguments"));
        }
        let html = PAGE_CSRF_TOKEN.with(|cell| {
            cell.borrow().as_deref().map_or_else(String::new, |token| {
                let (before, after) = CSRF_INPUT;
                format!("{before}{}{after}", crate::escape::escape_html(token))
            })
        });
        Ok(tera::Value::from(html))
    }

    fn is_safe(&self) -> bool {
        true
    }
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
    tera.register_function("csrf_input", CsrfInput);
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

/// `lang` and `lang_dir` of each language, by index.
fn page_languages(i18n: &I18n) -> Vec<[tera::Value; 2]> {
    (0..i18n.len())
        .map(|i| {
            let code = i18n.code_at(i);
            [code.into(), i18n.dir(code).into()]
        })
        .collect()
}

/// The language globals: `lang` and `lang_dir` (the site's default; a page whose context
/// does not set them sees its request's language instead), `language_choice` (whether more than one language is offered:
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

    #[test]
    fn shared_values_fill_in_what_the_page_lacks_in_both_renderers() {
        let dir = tempfile::tempdir().expect("tempdir");
        // One template the fast path plans, one only Tera renders (a filter).
        std::fs::write(dir.path().join("plain.html"), "{{ a }}/{{ b }}").expect("write");
        std::fs::write(dir.path().join("tera.html"), "{{ a | upper }}/{{ b }}").expect("write");
        let t = Templates::load(Some(dir.path())).expect("load");
        assert!(t.plans.contains_key("plain.html"));
        assert!(!t.plans.contains_key("tera.html"));
        let mut shared = tera::Context::new();
        shared.insert("a", "shared a");
        shared.insert("b", "shared b");
        let mut own = tera::Context::new();
        own.insert("b", "own b");
        for (name, expected) in [
            ("plain.html", "shared a/own b"),
            ("tera.html", "SHARED A/own b"),
        ] {
            let page = t
                .render_bytes_with(name, &own, Some(&shared))
                .expect("render");
            assert_eq!(String::from_utf8(page).expect("utf-8"), expected, "{name}");
        }
        // Without the shared values, `a` is missing: Tera's error, as before.
        assert!(t.render_bytes("tera.html", &own).is_err());
    }

    #[test]
    fn a_shared_context_is_made_once_per_language_and_only_inside_a_request() {
        let t = Templates::load(None).expect("load");
        let made = std::cell::Cell::new(0);
        let build = || {
            made.set(made.get() + 1);
            let mut ctx = tera::Context::new();
            ctx.insert("label", &crate::i18n::tr("field-username"));
            ctx
        };
        // Outside a request of this site's catalogues: made every time, in the default.
        t.shared_context("k", build);
        t.shared_context("k", build);
        assert_eq!(made.get(), 2);
        let label = |lang: &str| {
            let index = t.i18n.index(lang);
            let i18n = Arc::clone(&t.i18n);
            let ctx = crate::i18n::in_language_index(i18n, index, || t.shared_context("k", build));
            ctx.get("label")
                .and_then(tera::Value::as_str)
                .map(str::to_owned)
        };
        assert_eq!(label("de").as_deref(), Some("Benutzername"));
        assert_eq!(label("fr").as_deref(), Some("Identifiant"));
        assert_eq!(label("de").as_deref(), Some("Benutzername"));
        assert_eq!(made.get(), 4, "once for German, once for French");
    }
}

#[cfg(test)]
mod fast_tests;
