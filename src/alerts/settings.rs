//! [`SecurityAlerts`]: which account events mail the user, and where the mail's link points.

/// The security alert mails (`TWO_FACTOR_ALERT_*`): each on by default, sent off the
/// request path when the site has a mailer and the user an e-mail address. Every alert is
/// also a signal ([`Signal`](crate::signals::Signal)) a site can act on itself.
///
/// ```
/// use two_factor::config::SecurityAlerts;
///
/// let alerts = SecurityAlerts::default()
///     .site_url("https://example.com")
///     .backup_tokens(false);
/// let builder = two_factor::TwoFactor::builder().security_alerts(alerts);
/// # drop(builder);
/// ```
#[must_use]
#[derive(Clone, Debug)]
pub struct SecurityAlerts {
    pub(crate) new_browser: bool,
    pub(crate) device_added: bool,
    pub(crate) device_removed: bool,
    pub(crate) backup_tokens: bool,
    pub(crate) disabled: bool,
    pub(crate) locked: bool,
    pub(crate) site_url: Option<String>,
}

impl Default for SecurityAlerts {
    fn default() -> Self {
        SecurityAlerts {
            new_browser: true,
            device_added: true,
            device_removed: true,
            backup_tokens: true,
            disabled: true,
            locked: true,
            site_url: None,
        }
    }
}

impl SecurityAlerts {
    /// Every alert off (signals are still sent).
    pub fn off() -> Self {
        SecurityAlerts {
            new_browser: false,
            device_added: false,
            device_removed: false,
            backup_tokens: false,
            disabled: false,
            locked: false,
            site_url: None,
        }
    }

    /// `TWO_FACTOR_ALERT_NEW_BROWSER`: a sign-in from a browser the account has not used
    /// before (not the account's first browser, and not app clients, which carry no
    /// browser cookie).
    pub fn new_browser(mut self, on: bool) -> Self {
        self.new_browser = on;
        self
    }

    /// `TWO_FACTOR_ALERT_DEVICE_ADDED`: an app, phone, e-mail device or key was added.
    pub fn device_added(mut self, on: bool) -> Self {
        self.device_added = on;
        self
    }

    /// `TWO_FACTOR_ALERT_DEVICE_REMOVED`: one device was removed.
    pub fn device_removed(mut self, on: bool) -> Self {
        self.device_removed = on;
        self
    }

    /// `TWO_FACTOR_ALERT_BACKUP_TOKENS`: new backup tokens replaced the old ones.
    pub fn backup_tokens(mut self, on: bool) -> Self {
        self.backup_tokens = on;
        self
    }

    /// `TWO_FACTOR_ALERT_DISABLED`: two-factor authentication was turned off.
    pub fn disabled(mut self, on: bool) -> Self {
        self.disabled = on;
        self
    }

    /// `TWO_FACTOR_ALERT_LOCKED`: a device refused a code because of failed ones before it
    /// (at 5, 10, 20, 50 and 100 failures in a row, once each per hour).
    pub fn locked(mut self, on: bool) -> Self {
        self.locked = on;
        self
    }

    /// The site's address (`https://example.com`, no trailing slash needed) for the mail's
    /// "this wasn't me" link to the sessions page. Without it the mail names the page's
    /// path: a link is never built from a request's `Host` header, which a client chooses.
    pub fn site_url(mut self, url: impl Into<String>) -> Self {
        self.site_url = Some(url.into());
        self
    }
}
