//! Translations: every page, mail and text message in the user's language.
//!
//! The crate's messages are [Fluent](https://projectfluent.org) catalogues, one file per
//! locale (`locales/<code>/two_factor.ftl`), embedded in the binary. Plural forms follow
//! each language's CLDR rules (Arabic has six, Russian three, Japanese and Chinese one).
//! A host adds its own messages, overrides the crate's, or adds a locale with
//! [`Languages::translations`](crate::config::Languages::translations).
//!
//! The language of a request is chosen as Django's `LocaleMiddleware` chooses it: the
//! visitor's explicit choice (the `django_language` cookie the `set_language` view sets),
//! then `Accept-Language` (by q-value), then the site's `language_code`; only the
//! `languages` offered are ever chosen ([`I18n::negotiate`]).
//!
//! While a request is served, its language is the *current* one ([`scope`], set by the
//! two-factor middleware): [`tr`] and [`tr_args`] translate into it wherever a message is
//! made (form errors, throttling, device names, mails and text messages), and templates
//! rendered without a `lang` in their context use it too. Outside a request (management
//! commands, receivers run after the response) they use the site's default, or the
//! language a signal carries.
//!
//! This module is domain code: no actix-web, no Tera. The template function `t` and the
//! language switcher are in the template engine.

use std::borrow::Cow;
use std::fmt;
use std::future::Future;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The catalogues shipped with the crate: `(code, Fluent source)`.
pub const SHIPPED: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/two_factor.ftl")),
    ("de", include_str!("../locales/de/two_factor.ftl")),
    ("fr", include_str!("../locales/fr/two_factor.ftl")),
    ("es", include_str!("../locales/es/two_factor.ftl")),
    ("nl", include_str!("../locales/nl/two_factor.ftl")),
    ("pt-BR", include_str!("../locales/pt-BR/two_factor.ftl")),
    ("ja", include_str!("../locales/ja/two_factor.ftl")),
    ("zh-Hans", include_str!("../locales/zh-Hans/two_factor.ftl")),
    ("ru", include_str!("../locales/ru/two_factor.ftl")),
    ("ar", include_str!("../locales/ar/two_factor.ftl")),
    ("it", include_str!("../locales/it/two_factor.ftl")),
    ("en-GB", include_str!("../locales/en-GB/two_factor.ftl")),
    ("pl", include_str!("../locales/pl/two_factor.ftl")),
    ("tr", include_str!("../locales/tr/two_factor.ftl")),
    ("he", include_str!("../locales/he/two_factor.ftl")),
    ("fa", include_str!("../locales/fa/two_factor.ftl")),
    ("sv", include_str!("../locales/sv/two_factor.ftl")),
    ("da", include_str!("../locales/da/two_factor.ftl")),
    ("nb", include_str!("../locales/nb/two_factor.ftl")),
    ("fi", include_str!("../locales/fi/two_factor.ftl")),
    ("cs", include_str!("../locales/cs/two_factor.ftl")),
    ("hu", include_str!("../locales/hu/two_factor.ftl")),
    ("ro", include_str!("../locales/ro/two_factor.ftl")),
    ("ca", include_str!("../locales/ca/two_factor.ftl")),
    ("vi", include_str!("../locales/vi/two_factor.ftl")),
    ("hi", include_str!("../locales/hi/two_factor.ftl")),
    ("sr", include_str!("../locales/sr/two_factor.ftl")),
    ("sr-Latn", include_str!("../locales/sr-Latn/two_factor.ftl")),
    ("lt", include_str!("../locales/lt/two_factor.ftl")),
    ("az", include_str!("../locales/az/two_factor.ftl")),
    ("ha", include_str!("../locales/ha/two_factor.ftl")),
    ("as", include_str!("../locales/as/two_factor.ftl")),
];

/// The language every message falls back to (the source catalogue).
pub const FALLBACK: &str = "en";

/// The name of the cookie that remembers the visitor's choice (Django's
/// `LANGUAGE_COOKIE_NAME`).
pub const LANGUAGE_COOKIE: &str = "django_language";

/// Primary language subtags written right to left.
const RTL: &[&str] = &["ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"];

/// The message each catalogue names its language with (the switcher shows it).
const NAME_KEY: &str = "language-name";

/// An argument of a message: text, or a number (which also picks the plural form).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MessageArg<'a> {
    /// Text, inserted as is (pages escape the whole message).
    Text(Cow<'a, str>),
    /// A number: printed, and used by `{ $n -> [one] … *[other] … }`.
    Number(f64),
}

impl<'a> From<&'a str> for MessageArg<'a> {
    fn from(s: &'a str) -> Self {
        MessageArg::Text(Cow::Borrowed(s))
    }
}
impl From<String> for MessageArg<'_> {
    fn from(s: String) -> Self {
        MessageArg::Text(Cow::Owned(s))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for MessageArg<'_> {
            fn from(n: $t) -> Self {
                MessageArg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize, f64);

/// One language: its catalogue (the crate's plus the host's entries) and how it is shown.
struct Language {
    code: String,
    name: String,
    rtl: bool,
    bundle: FluentBundle<FluentResource>,
}

impl Language {
    fn new(code: &str, sources: &[&str]) -> Result<Language, String> {
        let id: unic_langid::LanguageIdentifier = code
            .parse()
            .map_err(|e| format!("{code:?} is not a language tag: {e}"))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
        // No bidi isolation marks around values: they would end up in text messages and
        // mail subjects. Pages set `dir` on <html>; tokens and keys carry `dir="ltr"`.
        bundle.set_use_isolating(false);
        for source in sources {
            let resource =
                FluentResource::try_new((*source).to_owned()).map_err(|(_, errors)| {
                    format!(
                        "the {code} catalogue does not parse: {}",
                        errors
                            .iter()
                            .map(|e| e.to_string())
                            .collect::<Vec<_>>()
                            .join("; ")
                    )
                })?;
            bundle.add_resource_overriding(resource);
        }
        let rtl = RTL.contains(&id.language.as_str());
        let mut language = Language {
            code: code.to_owned(),
            name: String::new(),
            rtl,
            bundle,
        };
        language.name = language
            .format(NAME_KEY, None)
            .unwrap_or_else(|| code.to_owned());
        Ok(language)
    }

    /// The message formatted, or `None` when this catalogue does not have it.
    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key, language = %self.code, ?errors, "message formatted with errors");
        }
        Some(text.into_owned())
    }
}

/// The catalogues of the offered languages and the choice among them.
pub struct I18n {
    /// The offered languages, in the order the switcher lists them.
    languages: Vec<Language>,
    /// The site's default (index into `languages`).
    default: usize,
    /// English (with the host's English entries): what a message missing from a
    /// language's catalogue falls back to.
    fallback: Language,
    /// Per language: the `<option>`s of the switcher, that language selected.
    options: Vec<String>,
    /// This set of catalogues among all built in the process: the key of its entries in
    /// the per-thread cache of negotiated `Accept-Language` headers.
    id: u64,
}

/// The most distinct `Accept-Language` headers a worker thread remembers the outcome of
/// (browsers send a handful of distinct ones; a client sending random ones only empties
/// the cache, it never grows past this).
const ACCEPT_CACHE_SIZE: usize = 256;

/// Catalogues id → `Accept-Language` header → the negotiated language's index (looked up
/// by `&str`: a hit allocates nothing).
type AcceptCache =
    std::collections::HashMap<u64, std::collections::HashMap<Box<str>, Option<usize>>>;

thread_local! {
    /// Every request negotiates, most send one of a few headers, and parsing one costs a
    /// list, a sort and lookups: each worker remembers the answers.
    static ACCEPT_CACHE: std::cell::RefCell<AcceptCache> =
        std::cell::RefCell::new(AcceptCache::new());
}

impl fmt::Debug for I18n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("I18n")
            .field(
                "languages",
                &self.languages.iter().map(|l| &l.code).collect::<Vec<_>>(),
            )
            .field("default", &self.languages[self.default].code)
            .finish_non_exhaustive()
    }
}

impl Default for I18n {
    /// Every shipped language offered, English the default, no host entries.
    #[allow(
        clippy::expect_used,
        reason = "the shipped catalogues are compiled in and loaded by every test run \
                  (tests/it/i18n.rs): failing here is a defect of the build, not of input"
    )]
    fn default() -> I18n {
        let codes: Vec<&str> = SHIPPED.iter().map(|(code, _)| *code).collect();
        I18n::new(FALLBACK, &codes, &[]).expect("the shipped catalogues load")
    }
}

impl I18n {
    /// The catalogues for `languages` (offered, in this order; the shipped ones and any
    /// the host brings in `extra`), `default` being the site's language. `extra` holds
    /// `(code, Fluent source)` pairs applied over the shipped catalogues: a message of
    /// the same id replaces the crate's, a new id is added, a new code is a new locale
    /// (its catalogue should name itself with `language-name`).
    #[doc(hidden)]
    pub fn new(
        default: &str,
        languages: &[&str],
        extra: &[(String, String)],
    ) -> Result<I18n, String> {
        if languages.is_empty() {
            return Err("no language offered".to_owned());
        }
        let load = |code: &str| -> Result<Language, String> {
            let mut sources: Vec<&str> = SHIPPED
                .iter()
                .filter(|(c, _)| c.eq_ignore_ascii_case(code))
                .map(|(_, s)| *s)
                .collect();
            sources.extend(
                extra
                    .iter()
                    .filter(|(c, _)| c.eq_ignore_ascii_case(code))
                    .map(|(_, s)| s.as_str()),
            );
            if sources.is_empty() {
                return Err(format!(
                    "no catalogue for {code:?}: ship none, so add one with translations({code:?}, …)"
                ));
            }
            Language::new(code, &sources)
        };
        let mut offered = Vec::with_capacity(languages.len());
        for code in languages {
            if offered
                .iter()
                .any(|l: &Language| l.code.eq_ignore_ascii_case(code))
            {
                return Err(format!("{code:?} is offered twice"));
            }
            offered.push(load(code)?);
        }
        let default = offered
            .iter()
            .position(|l| l.code.eq_ignore_ascii_case(default))
            .ok_or_else(|| {
                format!("the default language {default:?} is not among the offered ones")
            })?;
        let fallback = load(FALLBACK)?;
        let options = (0..offered.len())
            .map(|selected| options_html(&offered, selected))
            .collect();
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Ok(I18n {
            languages: offered,
            default,
            fallback,
            options,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    /// The offered languages' codes, in order.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }

    /// The site's default language.
    #[doc(hidden)]
    pub fn default_code(&self) -> &str {
        &self.languages[self.default].code
    }

    /// The number of offered languages.
    #[doc(hidden)]
    pub fn len(&self) -> usize {
        self.languages.len()
    }

    /// Whether no language is offered (never: `new` refuses that).
    #[doc(hidden)]
    pub fn is_empty(&self) -> bool {
        self.languages.is_empty()
    }

    /// `code`'s name in its own language (`Deutsch`), for switchers.
    pub fn name(&self, code: &str) -> &str {
        &self.languages[self.index(code)].name
    }

    /// `ltr` or `rtl`: the `dir` of pages in `code`.
    #[doc(hidden)]
    pub fn dir(&self, code: &str) -> &'static str {
        if self.languages[self.index(code)].rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The offered language that serves `code` (exactly, or by its primary subtag:
    /// `de-AT` → `de`, `pt` → `pt-BR`, `zh-CN` → `zh-Hans`), if any.
    #[doc(hidden)]
    pub fn find(&self, code: &str) -> Option<&str> {
        self.lookup(code).map(|i| self.languages[i].code.as_str())
    }

    /// The index of `code`, or of the default when it is not offered.
    pub(crate) fn index(&self, code: &str) -> usize {
        // Exact first: the common case costs a few byte comparisons.
        self.languages
            .iter()
            .position(|l| l.code == code)
            .or_else(|| self.lookup(code))
            .unwrap_or(self.default)
    }

    /// Django's `get_supported_language_variant`: the exact tag, then its primary
    /// subtag, then any offered variant of that primary subtag.
    fn lookup(&self, code: &str) -> Option<usize> {
        let code = code.trim();
        if code.is_empty()
            || code.len() > 35
            || !code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return None;
        }
        let code = code.replace('_', "-");
        // RFC 4647 lookup: the tag, then ever shorter prefixes ("sr-Latn-RS", "sr-Latn").
        let mut prefix = code.as_str();
        loop {
            if let Some(i) = self
                .languages
                .iter()
                .position(|l| l.code.eq_ignore_ascii_case(prefix))
            {
                return Some(i);
            }
            match prefix.rsplit_once('-') {
                Some((shorter, _)) => prefix = shorter,
                None => break,
            }
        }
        // Then any offered variant of the same language ("pt-PT" finds "pt-BR").
        let primary = code.split('-').next().unwrap_or_default();
        self.languages.iter().position(|l| {
            let offered = l.code.split('-').next().unwrap_or_default();
            offered.eq_ignore_ascii_case(primary)
        })
    }

    /// The request's language: the explicit choice (`cookie`, the value of the
    /// [`LANGUAGE_COOKIE`]) when offered, else the best `Accept-Language` entry by
    /// q-value (`q=0` never), else the site's default.
    pub fn negotiate(&self, cookie: Option<&str>, accept_language: Option<&str>) -> &str {
        &self.languages[self.negotiate_index(cookie, accept_language)].code
    }

    /// [`negotiate`](Self::negotiate) as the index of the language among these catalogues'
    /// (what the request's language scope holds: no code copied, none looked up again).
    pub(crate) fn negotiate_index(
        &self,
        cookie: Option<&str>,
        accept_language: Option<&str>,
    ) -> usize {
        cookie
            .and_then(|c| self.lookup(c))
            .or_else(|| accept_language.and_then(|h| self.accept_cached(h)))
            .unwrap_or(self.default)
    }

    /// [`accept`](Self::accept), remembered per worker thread for each distinct header.
    fn accept_cached(&self, header: &str) -> Option<usize> {
        let known = ACCEPT_CACHE.with(|cache| {
            cache
                .borrow()
                .get(&self.id)
                .and_then(|headers| headers.get(header).copied())
        });
        if let Some(known) = known {
            return known;
        }
        let index = self.accept(header);
        ACCEPT_CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            let headers = cache.entry(self.id).or_default();
            if headers.len() >= ACCEPT_CACHE_SIZE {
                headers.clear();
            }
            headers.insert(header.into(), index);
        });
        index
    }

    /// The first offered language of an `Accept-Language` header, by q-value.
    fn accept(&self, header: &str) -> Option<usize> {
        let mut ranges: Vec<(u16, usize, &str)> = header
            .split(',')
            .take(32)
            .enumerate()
            .filter_map(|(order, item)| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let mut q = 1000u16;
                for param in parts {
                    let (name, value) = param.split_once('=')?;
                    if name.trim().eq_ignore_ascii_case("q") {
                        q = parse_q(value.trim())?;
                    }
                }
                (q > 0 && !tag.is_empty() && tag != "*").then_some((q, order, tag))
            })
            .collect();
        // Highest q first; equal q keeps the header's order.
        ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.iter().find_map(|(_, _, tag)| self.lookup(tag))
    }

    /// Message `key` in language `code` (the default when `code` is not offered), with
    /// `args`; English when the language's catalogue lacks it, the key itself when no
    /// catalogue has it (logged).
    pub fn message(&self, code: &str, key: &str, args: &[(&str, MessageArg<'_>)]) -> String {
        self.format(self.index(code), key, args).unwrap_or_else(|| {
            tracing::warn!(key, "no such message in any catalogue");
            key.to_owned()
        })
    }

    /// Message `key` without arguments (see [`I18n::message`]).
    pub fn t(&self, code: &str, key: &str) -> String {
        self.message(code, key, &[])
    }

    /// Message `key` in the language at `index`, or `None` when no catalogue has it.
    /// Whether message `key` exists (in the offered languages' catalogues or the English
    /// fallback), checked without formatting it.
    pub(crate) fn has(&self, key: &str) -> bool {
        self.fallback.bundle.has_message(key)
            || self.languages.iter().any(|l| l.bundle.has_message(key))
    }

    pub(crate) fn format(
        &self,
        index: usize,
        key: &str,
        args: &[(&str, MessageArg<'_>)],
    ) -> Option<String> {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fa = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                match value {
                    MessageArg::Text(text) => fa.set(*name, FluentValue::from(text.as_ref())),
                    MessageArg::Number(n) => fa.set(*name, FluentValue::from(*n)),
                }
            }
            fa
        });
        let language = self.languages.get(index)?;
        language
            .format(key, fluent_args.as_ref())
            .or_else(|| self.fallback.format(key, fluent_args.as_ref()))
    }

    /// The code of the language at `index`.
    pub(crate) fn code_at(&self, index: usize) -> &str {
        &self.languages[index].code
    }

    /// The index of the site's default language.
    pub(crate) fn default_index(&self) -> usize {
        self.default
    }

    /// The switcher's `<option>` elements, the language at `index` selected (HTML).
    pub(crate) fn options_at(&self, index: usize) -> &str {
        &self.options[index]
    }
}

/// An `Accept-Language` q-value in thousandths (`0.8` → 800); `None` when malformed.
fn parse_q(value: &str) -> Option<u16> {
    let q: f32 = value.parse().ok()?;
    (0.0..=1.0)
        .contains(&q)
        .then(|| (q * 1000.0).round() as u16)
}

/// The switcher's `<option>`s, `selected` marked. Without their end tags: HTML ends an
/// option at the next one and at `</select>` (an optional end tag, as Google's HTML style
/// guide leaves them out), so the page's DOM is the same and every page is 9 bytes per
/// offered language shorter; the switcher is on every page.
fn options_html(languages: &[Language], selected: usize) -> String {
    let mut out = String::new();
    for (i, l) in languages.iter().enumerate() {
        let code = crate::escape::escape_html(&l.code);
        out.push_str(&format!(
            "<option value=\"{code}\" lang=\"{code}\"{}>{}",
            if i == selected { " selected" } else { "" },
            crate::escape::escape_html(&l.name)
        ));
    }
    out
}

tokio::task_local! {
    /// The language of the request being served: its catalogues and the index of the
    /// negotiated language among them.
    static CURRENT: (Arc<I18n>, usize);
}

/// Runs `future` with `code` (negotiated by [`I18n::negotiate`]) as the current language.
#[doc(hidden)]
pub fn scope<F: Future>(i18n: Arc<I18n>, code: &str, future: F) -> impl Future<Output = F::Output> {
    let index = i18n.index(code);
    scope_index(i18n, index, future)
}

/// [`scope`] with the language given by its index among `i18n`'s (from
/// [`I18n::negotiate_index`]).
pub(crate) fn scope_index<F: Future>(
    i18n: Arc<I18n>,
    index: usize,
    future: F,
) -> impl Future<Output = F::Output> {
    CURRENT.scope((i18n, index), future)
}

/// The shipped catalogues with English as the default: what messages made outside any
/// request use.
fn shipped() -> &'static Arc<I18n> {
    static SHIPPED_I18N: OnceLock<Arc<I18n>> = OnceLock::new();
    SHIPPED_I18N.get_or_init(|| Arc::new(I18n::default()))
}

/// The current catalogues and language index: the request's, else the shipped ones'
/// default.
fn current() -> (Arc<I18n>, usize) {
    CURRENT
        .try_with(|(i18n, index)| (Arc::clone(i18n), *index))
        .unwrap_or_else(|_| {
            let i18n = Arc::clone(shipped());
            let index = i18n.default_index();
            (i18n, index)
        })
}

/// The current language's code (the request's, else `en`).
pub fn current_code() -> String {
    let (i18n, index) = current();
    i18n.code_at(index).to_owned()
}

/// Whether the current catalogues offer language `code` itself (not a stand-in).
#[cfg(feature = "twilio")]
pub(crate) fn current_offers(code: &str) -> bool {
    current().0.find(code) == Some(code)
}

/// `ltr` or `rtl`: the current language's direction.
#[doc(hidden)]
pub fn current_dir() -> &'static str {
    let (i18n, index) = current();
    if i18n.languages[index].rtl {
        "rtl"
    } else {
        "ltr"
    }
}

/// The current language's index when `i18n` is the request's catalogue set.
pub(crate) fn current_index_in(i18n: &Arc<I18n>) -> Option<usize> {
    CURRENT
        .try_with(|(current, index)| Arc::ptr_eq(current, i18n).then_some(*index))
        .ok()
        .flatten()
}

/// Message `key` in the current language (see [`I18n::message`]).
pub fn tr(key: &str) -> String {
    tr_args(key, &[])
}

/// Message `key` in the current language as a `&'static str` (for code that hands out
/// borrowed messages): each distinct text is kept once for the life of the process, so
/// use it for messages without arguments only.
pub(crate) fn tr_static(key: &str) -> &'static str {
    static TEXTS: OnceLock<std::sync::Mutex<std::collections::HashSet<&'static str>>> =
        OnceLock::new();
    let text = tr(key);
    let mut texts = TEXTS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(kept) = texts.get(text.as_str()) {
        return kept;
    }
    let kept: &'static str = Box::leak(text.into_boxed_str());
    texts.insert(kept);
    kept
}

/// Message `key` with `args` in the current language.
pub fn tr_args(key: &str, args: &[(&str, MessageArg<'_>)]) -> String {
    let (i18n, index) = current();
    i18n.format(index, key, args).unwrap_or_else(|| {
        tracing::warn!(key, "no such message in any catalogue");
        key.to_owned()
    })
}

/// Runs `f` with `code` of `i18n` as the current language (synchronously).
#[doc(hidden)]
pub fn in_language<T>(i18n: Arc<I18n>, code: &str, f: impl FnOnce() -> T) -> T {
    let index = i18n.index(code);
    in_language_index(i18n, index, f)
}

/// [`in_language`] with the language given by its index among `i18n`'s.
pub(crate) fn in_language_index<T>(i18n: Arc<I18n>, index: usize, f: impl FnOnce() -> T) -> T {
    CURRENT.sync_scope((i18n, index), f)
}

/// Runs `f` with `code` as the current language (of the current catalogues) when it is
/// offered: for work done outside the request, such as a mail sent after the response
/// in the language of the request that caused it.
#[doc(hidden)]
pub fn with_language<T>(code: &str, f: impl FnOnce() -> T) -> T {
    let (i18n, _) = current();
    let index = i18n.index(code);
    CURRENT.sync_scope((i18n, index), f)
}

#[cfg(test)]
mod tests;
