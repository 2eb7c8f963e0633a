//! [`Languages`]: which languages the pages, mails and messages speak.

use std::path::PathBuf;

/// `LANGUAGE_CODE` and `LANGUAGES`, plus the host's own Fluent messages.
#[must_use]
#[derive(Clone, Debug)]
pub struct Languages {
    pub(crate) language_code: String,
    pub(crate) offered: Option<Vec<String>>,
    pub(crate) cookie_secure: bool,
    pub(crate) translations: Vec<(String, String)>,
    pub(crate) translations_dir: Option<PathBuf>,
}

impl Default for Languages {
    fn default() -> Self {
        Languages {
            language_code: crate::i18n::FALLBACK.to_owned(),
            offered: None,
            cookie_secure: false,
            translations: Vec::new(),
            translations_dir: None,
        }
    }
}

impl Languages {
    /// `LANGUAGE_CODE`: the site's language, for requests that state no preference
    /// (default `en`); one of the [`offered`](Self::offered) ones.
    pub fn language_code(mut self, code: impl Into<String>) -> Self {
        self.language_code = code.into();
        self
    }

    /// `LANGUAGES`: the languages offered, in the switcher's order (default: every shipped
    /// one, [`i18n::SHIPPED`](crate::i18n::SHIPPED)). A code the crate ships no catalogue
    /// for needs one from [`translations`](Self::translations). One language hides the
    /// switcher.
    pub fn offered<I, S>(mut self, codes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.offered = Some(codes.into_iter().map(Into::into).collect());
        self
    }

    /// `LANGUAGE_COOKIE_SECURE`: mark the cookie `set_language` writes `Secure` (default
    /// false; it is also `Secure` on any request that arrived over HTTPS).
    pub fn cookie_secure(mut self, secure: bool) -> Self {
        self.cookie_secure = secure;
        self
    }

    /// Fluent messages for language `code`, applied over the crate's catalogue: an id the
    /// crate has replaces its message, a new id is the host's own (for its templates,
    /// `{{ t(key="…") }}`), a new code is a new locale (name it with `language-name = …`).
    /// `build()` refuses a catalogue that does not parse; later entries win.
    pub fn translations(mut self, code: impl Into<String>, ftl: impl Into<String>) -> Self {
        self.translations.push((code.into(), ftl.into()));
        self
    }

    /// Reads `DIR/<code>/*.ftl` at `build()` as [`translations`](Self::translations) for
    /// each `<code>` directory (files in name order, before any `translations(..)`).
    pub fn translations_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.translations_dir = Some(dir.into());
        self
    }
}
