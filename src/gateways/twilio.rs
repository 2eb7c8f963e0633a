//! [`TwilioGateway`]: sends tokens through Twilio's REST API (2010-04-01), like
//! django-two-factor-auth's `two_factor.gateways.twilio.gateway.Twilio`.
//!
//! Requests are made with a blocking `ureq` agent (rustls for HTTPS) on the async runtime's
//! blocking pool, so the futures are `Send` and never stall an actix-web worker.

use std::fmt;
use std::time::Duration;

use base64::Engine as _;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

use super::{Gateway, GatewayError};
use crate::phone::PhoneNumber;

/// The default TwiML read out by [`TwilioGateway::make_call`].
const DEFAULT_VOICE_TEMPLATE: &str = include_str!("../../templates/two_factor/twilio/token.xml");

/// The default text message body.
const DEFAULT_SMS_TEMPLATE: &str =
    include_str!("../../templates/two_factor/twilio/sms_message.txt");

/// Twilio's API host.
const DEFAULT_BASE_URL: &str = "https://api.twilio.com";

/// How long one API request may take by default.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// How much of an error answer is kept in [`GatewayError::Status`].
const MAX_ERROR_DETAIL: usize = 512;

/// Largest answer body read from Twilio.
const MAX_BODY: u64 = 64 * 1024;

/// Sends tokens by SMS and voice call through Twilio.
///
/// ```no_run
/// use two_factor::gateways::TwilioGateway;
/// let gateway = TwilioGateway::new("ACxxxxxxxx", "auth-token").caller_id("+31101234567");
/// // or: TwilioGateway::from_env()
/// ```
#[derive(Clone)]
pub struct TwilioGateway {
    account_sid: String,
    auth_token: String,
    caller_id: Option<String>,
    messaging_service_sid: Option<String>,
    base_url: String,
    timeout: Duration,
    voice_template: String,
    sms_template: String,
    voice_language: Option<String>,
    agent: ureq::Agent,
}

impl fmt::Debug for TwilioGateway {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TwilioGateway")
            .field("account_sid", &self.account_sid)
            .field("auth_token", &"<redacted>")
            .field("caller_id", &self.caller_id)
            .field("messaging_service_sid", &self.messaging_service_sid)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl TwilioGateway {
    /// A gateway for the account `account_sid` (`TWILIO_ACCOUNT_SID`) authenticated with
    /// `auth_token` (`TWILIO_AUTH_TOKEN`). Set a caller id or messaging service before use.
    pub fn new(account_sid: impl Into<String>, auth_token: impl Into<String>) -> TwilioGateway {
        TwilioGateway {
            account_sid: account_sid.into(),
            auth_token: auth_token.into(),
            caller_id: None,
            messaging_service_sid: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            timeout: DEFAULT_TIMEOUT,
            voice_template: DEFAULT_VOICE_TEMPLATE.to_owned(),
            sms_template: DEFAULT_SMS_TEMPLATE.to_owned(),
            voice_language: None,
            agent: build_agent(DEFAULT_TIMEOUT),
        }
    }

    /// Reads Django's settings from the environment: `TWILIO_ACCOUNT_SID` and
    /// `TWILIO_AUTH_TOKEN` (both required, else `None`), `TWILIO_CALLER_ID` and
    /// `TWILIO_MESSAGING_SERVICE_SID` (optional).
    pub fn from_env() -> Option<TwilioGateway> {
        let var = |name: &str| {
            std::env::var(name)
                .ok()
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let mut gateway = TwilioGateway::new(var("TWILIO_ACCOUNT_SID")?, var("TWILIO_AUTH_TOKEN")?);
        gateway.caller_id = var("TWILIO_CALLER_ID");
        gateway.messaging_service_sid = var("TWILIO_MESSAGING_SERVICE_SID");
        Some(gateway)
    }

    /// `TWILIO_CALLER_ID`: the number calls (and SMS without a messaging service) come from.
    pub fn caller_id(mut self, caller_id: impl Into<String>) -> TwilioGateway {
        self.caller_id = Some(caller_id.into());
        self
    }

    /// `TWILIO_MESSAGING_SERVICE_SID`: send SMS through this messaging service instead of
    /// from the caller id.
    pub fn messaging_service_sid(mut self, sid: impl Into<String>) -> TwilioGateway {
        self.messaging_service_sid = Some(sid.into());
        self
    }

    /// The API's scheme and host (default `https://api.twilio.com`; tests use a local server).
    pub fn base_url(mut self, base_url: impl Into<String>) -> TwilioGateway {
        self.base_url = base_url.into().trim_end_matches('/').to_owned();
        self
    }

    /// How long one API request may take in total (default 10 s).
    pub fn timeout(mut self, timeout: Duration) -> TwilioGateway {
        self.timeout = timeout;
        self.agent = build_agent(timeout);
        self
    }

    /// Replaces the TwiML template of calls (default `two_factor/twilio/token.xml`). It is
    /// rendered by Tera with autoescaping, with `token`, `digits` (a list), `spoken_token`
    /// (`1, 2, 3, 4, 5, 6`) and `language`.
    pub fn voice_template(mut self, template: String) -> TwilioGateway {
        self.voice_template = template;
        self
    }

    /// Replaces the SMS body template (default `two_factor/twilio/sms_message.txt`,
    /// `Your OTP token is {{ token }}`). Rendered by Tera without autoescaping.
    pub fn sms_template(mut self, template: String) -> TwilioGateway {
        self.sms_template = template;
        self
    }

    /// The `language` the call's `<Say>` uses, whatever the request's language (default:
    /// the voice of the request's language, such as `de-DE`, `pt-BR`, `zh-CN` or `arb`;
    /// English for the languages Twilio has no voice for (`fa`, `ha`, `az`, `as`), the
    /// call then spoken in English; the code itself for a host's own).
    pub fn voice_language(mut self, language: impl Into<String>) -> TwilioGateway {
        self.voice_language = Some(language.into());
        self
    }

    /// The text message body for `token`.
    #[doc(hidden)]
    pub fn render_sms(&self, token: &str) -> Result<String, GatewayError> {
        let mut context = tera::Context::new();
        context.insert("token", token);
        render(&self.sms_template, &context, false)
            .map(|body| body.trim().to_owned())
            .map_err(|e| GatewayError::Config(format!("SMS template: {e:?}")))
    }

    /// The TwiML document read out for `token`.
    #[doc(hidden)]
    pub fn render_twiml(&self, token: &str) -> Result<String, GatewayError> {
        let digits: Vec<String> = token.chars().map(String::from).collect();
        let mut context = tera::Context::new();
        context.insert("token", token);
        context.insert("spoken_token", &digits.join(", "));
        context.insert("digits", &digits);
        let current = crate::i18n::current_code();
        let (voice, words) = voice_of(&current);
        let language = self.voice_language.as_deref().unwrap_or(voice);
        context.insert("language", language);
        let read = || render(&self.voice_template, &context, true);
        // Another catalogue's words only when the site offers it (else the request's).
        let rendered = if self.voice_language.is_none()
            && words != current
            && crate::i18n::current_offers(words)
        {
            crate::i18n::with_language(words, read)
        } else {
            read()
        };
        rendered.map_err(|e| GatewayError::Config(format!("voice template: {e:?}")))
    }

    /// `{base}/2010-04-01/Accounts/{AccountSid}/{resource}`.
    fn url(&self, resource: &str) -> Result<String, GatewayError> {
        if self.account_sid.is_empty() {
            return Err(GatewayError::Config(
                "Twilio account SID is empty".to_owned(),
            ));
        }
        let sid = utf8_percent_encode(&self.account_sid, NON_ALPHANUMERIC);
        Ok(format!(
            "{}/2010-04-01/Accounts/{sid}/{resource}",
            self.base_url
        ))
    }

    /// POSTs `form` to `url` on the blocking pool and checks the status.
    async fn post(
        &self,
        url: String,
        form: Vec<(&'static str, String)>,
    ) -> Result<(), GatewayError> {
        let handle = tokio::runtime::Handle::try_current().map_err(|_| {
            GatewayError::Config("Twilio gateway used outside an async runtime".to_owned())
        })?;
        let agent = self.agent.clone();
        let credentials = base64::engine::general_purpose::STANDARD
            .encode(format!("{}:{}", self.account_sid, self.auth_token));
        let authorization = format!("Basic {credentials}");
        handle
            .spawn_blocking(move || post_blocking(&agent, &url, &authorization, &form))
            .await
            .map_err(|e| GatewayError::Transport(Box::new(e)))?
    }
}

/// Tera's `one_off` with the translation function: `{{ t(key="sms-token", token=token) }}`
/// formats the message in the current language (the request's).
fn render(source: &str, context: &tera::Context, autoescape: bool) -> tera::Result<String> {
    let mut tera = tera::Tera::default();
    tera.autoescape_on(if autoescape { vec!["one_off"] } else { vec![] });
    tera.register_function(
        "t",
        |args: &std::collections::HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let key = args
                .get("key")
                .and_then(tera::Value::as_str)
                .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
            let values: Vec<(&str, crate::i18n::MessageArg<'_>)> = args
                .iter()
                .filter(|(name, _)| name.as_str() != "key")
                .map(|(name, value)| {
                    let arg = match value {
                        tera::Value::Number(n) => {
                            crate::i18n::MessageArg::Number(n.as_f64().unwrap_or(0.0))
                        }
                        tera::Value::String(s) => s.as_str().into(),
                        other => other.to_string().into(),
                    };
                    (name.as_str(), arg)
                })
                .collect();
            Ok(tera::Value::String(crate::i18n::tr_args(key, &values)))
        },
    );
    tera.add_raw_template("one_off", source)?;
    tera.render("one_off", context)
}

/// Twilio's `<Say language>` for a language of the catalogues, and the catalogue whose
/// words it reads. Serbian in Latin script is read from the Cyrillic catalogue (what the
/// Serbian voice reads); a language Twilio has no voice for (Persian, Hausa, Azerbaijani,
/// Assamese) is spoken in English rather than spelled out by a voice of another language.
/// A host's own language keeps its code for both.
fn voice_of(code: &str) -> (&str, &str) {
    let voice = match code {
        "fa" | "ha" | "az" | "as" => return ("en", "en"),
        "sr-Latn" => return ("sr-RS", "sr"),
        "ar" => "arb",
        "zh-Hans" => "zh-CN",
        "ca" => "ca-ES",
        "cs" => "cs-CZ",
        "da" => "da-DK",
        "de" => "de-DE",
        "es" => "es-ES",
        "fi" => "fi-FI",
        "fr" => "fr-FR",
        "he" => "he-IL",
        "hi" => "hi-IN",
        "hu" => "hu-HU",
        "it" => "it-IT",
        "ja" => "ja-JP",
        "lt" => "lt-LT",
        "nb" => "nb-NO",
        "nl" => "nl-NL",
        "pl" => "pl-PL",
        "ro" => "ro-RO",
        "ru" => "ru-RU",
        "sr" => "sr-RS",
        "sv" => "sv-SE",
        "tr" => "tr-TR",
        "vi" => "vi-VN",
        other => other,
    };
    (voice, code)
}

#[async_trait::async_trait]
impl Gateway for TwilioGateway {
    async fn send_sms(&self, number: &PhoneNumber, token: &str) -> Result<(), GatewayError> {
        let body = self.render_sms(token)?;
        let mut form = vec![("To", number.as_e164().to_owned()), ("Body", body)];
        if let Some(sid) = &self.messaging_service_sid {
            form.push(("MessagingServiceSid", sid.clone()));
        } else if let Some(from) = &self.caller_id {
            form.push(("From", from.clone()));
        } else {
            return Err(GatewayError::Config(
                "set TWILIO_CALLER_ID or TWILIO_MESSAGING_SERVICE_SID to send SMS".to_owned(),
            ));
        }
        let url = self.url("Messages.json")?;
        tracing::info!(to = %number.masked(), "sending token by SMS through Twilio");
        self.post(url, form).await
    }

    async fn make_call(&self, number: &PhoneNumber, token: &str) -> Result<(), GatewayError> {
        let Some(from) = &self.caller_id else {
            return Err(GatewayError::Config(
                "set TWILIO_CALLER_ID to place calls".to_owned(),
            ));
        };
        let twiml = self.render_twiml(token)?;
        let form = vec![
            ("To", number.as_e164().to_owned()),
            ("From", from.clone()),
            ("Twiml", twiml),
        ];
        let url = self.url("Calls.json")?;
        tracing::info!(to = %number.masked(), "calling with token through Twilio");
        self.post(url, form).await
    }
}

/// An agent with an overall `timeout`, no redirects, and non-2xx answers as responses.
fn build_agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .max_redirects(0)
        .user_agent(concat!("actix-two-factor/", env!("CARGO_PKG_VERSION")))
        .build()
        .new_agent()
}

/// The blocking request: a form POST with basic auth; anything but 2xx is an error.
fn post_blocking(
    agent: &ureq::Agent,
    url: &str,
    authorization: &str,
    form: &[(&'static str, String)],
) -> Result<(), GatewayError> {
    let mut response = agent
        .post(url)
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .send_form(form.iter().map(|(k, v)| (*k, v.as_str())))
        .map_err(|e| {
            tracing::warn!(error = %e, "Twilio request failed");
            GatewayError::Transport(Box::new(e))
        })?;
    let status = response.status();
    if status.is_success() {
        return Ok(());
    }
    let mut detail = response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_string()
        .unwrap_or_default();
    if detail.len() > MAX_ERROR_DETAIL {
        let mut end = MAX_ERROR_DETAIL;
        while !detail.is_char_boundary(end) {
            end -= 1;
        }
        detail.truncate(end);
    }
    tracing::warn!(status = status.as_u16(), detail = %detail, "Twilio refused the request");
    Err(GatewayError::Status {
        status: status.as_u16(),
        detail,
    })
}
