//! `two_factor:login`: the login wizard, `auth` (username and password) → `token` →
//! `backup` (on request).
//!
//! Between the steps the session holds only the user id, the time the password was
//! checked, the safe `next` and the chosen device — never the password — and the token
//! steps expire after `LOGIN_TIMEOUT`.

use actix_session::{Session, SessionExt};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{NextQuery, base_context, render, safe_next};
use crate::delivery;
use crate::devices::{Device, DeviceRef, Verification};
use crate::errors::TwoFactorError;
use crate::flows::login::{
    LoginStep, PasswordCheck, PendingCheck, PendingLogin, begin_pending, load_pending, verify_token,
};
use crate::users::User;
use crate::web::csrf;
use crate::web::forms::{self, Form, FormField, PostData, TokenInput};
use crate::web::redirects::OTP_NEXT_KEY;
use crate::web::redirects::{redirect, with_query};
use crate::web::remembered_device::{add_removals, remembered_device};
use crate::web::session::{check_password, log_in};
use crate::web::site::TwoFactor;
use crate::web::urls::Route;
use crate::web::wizard::{GOTO_STEP_FIELD, Wizard};

/// The login wizard's session state (shared with the JSON API's `login`: one pending login
/// per session, whichever client started it).
pub(crate) const WIZARD: Wizard = Wizard {
    prefix: "login_view",
    session_key: crate::flows::session::SessionKey::Login.as_str(),
};
const TEMPLATE: &str = "two_factor/core/login.html";
const STEPS: &[&str] = &[
    LoginStep::Auth.as_str(),
    LoginStep::Token.as_str(),
    LoginStep::Backup.as_str(),
];

/// The posted step of the login page's passkey form.
#[cfg(feature = "webauthn")]
const PASSKEY_STEP: &str = "passkey";

/// GET: a fresh login form (a GET mid-wizard starts over, as in Django).
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    WIZARD.reset(&session);
    let next = safe_next(None, &NextQuery::from_request(&req), "");
    let notice: Vec<&str> = crate::web::client::login_notice(&req).into_iter().collect();
    render_auth(&tf, &req, &next, "", &notice, None)
}

/// POST: one wizard step.
pub(crate) async fn post(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    let post = PostData::parse(&body);
    csrf::check(&session, &post)?;
    let Some(step) = WIZARD.posted_step(&post) else {
        return Err(TwoFactorError::BadRequest(
            "ManagementForm data is missing or has been tampered with.",
        ));
    };
    let next = safe_next(post.get("next"), &NextQuery::from_request(&req), "");
    #[cfg(feature = "webauthn")]
    if step == PASSKEY_STEP {
        return passkey_step(&tf, &req, &session, &post, &next).await;
    }
    let pending: Option<PendingLogin> = WIZARD.load(&session);
    match (LoginStep::parse(step), pending) {
        (Some(LoginStep::Auth), _) => auth_step(&tf, &req, &session, &post, &next).await,
        (Some(step @ (LoginStep::Token | LoginStep::Backup)), Some(pending)) => {
            let next = if next.is_empty() {
                pending.next.clone()
            } else {
                next
            };
            Step {
                tf: &tf,
                req: &req,
                session: &session,
                next: &next,
            }
            .second_factor(step, &post, pending)
            .await
        }
        _ => {
            // A skipped or forged step: start over.
            WIZARD.reset(&session);
            render_auth(&tf, &req, &next, "", &[], None)
        }
    }
}

async fn auth_step(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    post: &PostData,
    next: &str,
) -> Result<HttpResponse, TwoFactorError> {
    WIZARD.reset(session);
    let username = post.get("auth-username").unwrap_or("");
    let password = post.get("auth-password").unwrap_or("");
    if username.trim().is_empty() || password.is_empty() {
        let username_error = username.trim().is_empty().then_some(forms::required());
        let password_error = password.is_empty().then_some(forms::required());
        return render_auth(
            tf,
            req,
            next,
            username,
            &[],
            Some((username_error, password_error)),
        );
    }
    let user = match check_password(tf, req, username, password).await? {
        PasswordCheck::Valid(user) => user,
        PasswordCheck::Refused { retry_after_secs } => {
            let message = crate::throttling::client_refused_message(retry_after_secs);
            let mut response = render_auth(tf, req, next, username, &[&message], None)?;
            crate::web::client::mark_refused(&mut response, retry_after_secs);
            return Ok(response);
        }
        PasswordCheck::Invalid { keep_username } => {
            let shown = if keep_username { username } else { "" };
            return render_auth(tf, req, next, shown, &[forms::invalid_login()], None);
        }
    };
    match tf.devices.default_device(&user.id).await? {
        Some(device) => {
            // A valid remember cookie skips the token step (unless the device is throttled).
            let (remembered, removals) = remembered_device(tf, req, &user, &device).await?;
            if let Some(d) = remembered {
                let mut response = finish(tf, req, session, &user, Some(&d), next).await?;
                add_removals(tf, &mut response, &removals);
                return Ok(response);
            }
            begin_pending(tf, session, &user, next).await?;
            tracing::info!(user = %user.id, outcome = "success", "password step; second factor required");
            let step = Step {
                tf,
                req,
                session,
                next,
            };
            let notice = step.challenge(&user, &device).await?;
            let mut response = step
                .render_token(&user, &device, None, notice.as_deref())
                .await?;
            add_removals(tf, &mut response, &removals);
            Ok(response)
        }
        None => finish(tf, req, session, &user, None, next).await,
    }
}

/// The second-factor steps of one request.
struct Step<'a> {
    tf: &'a TwoFactor,
    req: &'a HttpRequest,
    session: &'a Session,
    next: &'a str,
}

impl Step<'_> {
    async fn second_factor(
        &self,
        step: LoginStep,
        post: &PostData,
        mut pending: PendingLogin,
    ) -> Result<HttpResponse, TwoFactorError> {
        let (tf, session) = (self.tf, self.session);
        let (user, devices, device) = match load_pending(tf, session, &pending).await? {
            PendingCheck::Ready(ready) => (ready.user, ready.devices, ready.device),
            PendingCheck::TimedOut => {
                return render_auth(tf, self.req, self.next, "", &[forms::timed_out()], None);
            }
            PendingCheck::Ended => return render_auth(tf, self.req, self.next, "", &[], None),
        };

        // Navigation: to the backup step and back.
        match post.get(GOTO_STEP_FIELD).and_then(LoginStep::parse) {
            Some(LoginStep::Backup) => return self.render_backup(None).await,
            Some(LoginStep::Token | LoginStep::Auth) => {
                return self.render_token(&user, &device, None, None).await;
            }
            None => {}
        }
        // Another device asked to send its code; an unknown or foreign one is ignored.
        if step == LoginStep::Token
            && let Some(choice) = post.get("challenge_device")
        {
            let picked = choice
                .parse::<DeviceRef>()
                .ok()
                .and_then(|r| devices.iter().find(|d| d.device_ref() == r))
                .cloned();
            return match picked {
                Some(picked) => {
                    pending.device = Some(picked.device_ref().to_string());
                    WIZARD.save(session, &pending)?;
                    let notice = self.challenge(&user, &picked).await?;
                    self.render_token(&user, &picked, None, notice.as_deref())
                        .await
                }
                None => self.render_token(&user, &device, None, None).await,
            };
        }
        if step == LoginStep::Backup {
            return self.backup_step(&user, post).await;
        }

        #[cfg(feature = "webauthn")]
        if tf.webauthn().is_some() {
            let answer = post.get("token-webauthn").unwrap_or("");
            if !answer.is_empty() {
                return self.webauthn_answer(&user, &device, post, answer).await;
            }
            if matches!(device, Device::WebAuthn(_)) {
                let message = crate::i18n::tr("webauthn-use-key-hint");
                return self.render_token(&user, &device, Some(message), None).await;
            }
        }
        let field = post.field("token-otp_token");
        if forms::token_field_too_long(field) {
            return Err(TwoFactorError::BadRequest("The token field is too long."));
        }
        let input = device.parse_token(field);
        let (outcome, device) = self.verify(&user, &device, &input).await?;
        match outcome {
            Verification::Verified => {
                let mut response =
                    finish(tf, self.req, session, &user, Some(&device), self.next).await?;
                if post.checked("token-remember") {
                    crate::web::remembered_device::remember_this_browser(
                        tf,
                        self.req,
                        &mut response,
                        &user,
                        &device,
                    )
                    .await?;
                }
                Ok(response)
            }
            failed => {
                let error = forms::token_error(failed, &input, forms::invalid_token());
                self.render_token(&user, &device, error, None).await
            }
        }
    }

    /// A security key's answer at the token step: verified like a token (session
    /// renewed, `user_verified` once with the key, remember-device, throttling).
    #[cfg(feature = "webauthn")]
    async fn webauthn_answer(
        &self,
        user: &User,
        device: &Device,
        post: &PostData,
        answer: &str,
    ) -> Result<HttpResponse, TwoFactorError> {
        let tf = self.tf;
        let outcome =
            crate::flows::webauthn::answer_token_step(tf, self.session, user, device, answer)
                .await?;
        if let Some(message) = outcome.message {
            return self.render_token(user, device, Some(message), None).await;
        }
        let used = outcome.used;
        let mut response = finish(tf, self.req, self.session, user, Some(&used), self.next).await?;
        if post.checked("token-remember") {
            crate::web::remembered_device::remember_this_browser(
                tf,
                self.req,
                &mut response,
                user,
                &used,
            )
            .await?;
        }
        Ok(response)
    }

    async fn backup_step(
        &self,
        user: &User,
        post: &PostData,
    ) -> Result<HttpResponse, TwoFactorError> {
        let Some(device) = self.tf.devices.static_device(&user.id).await? else {
            return self
                .render_backup(Some(forms::invalid_token().to_owned()))
                .await;
        };
        let device = Device::Static(device);
        let field = post.field("backup-otp_token");
        if forms::token_field_too_long(field) {
            return Err(TwoFactorError::BadRequest("The token field is too long."));
        }
        let input = device.parse_token(field);
        match self.verify(user, &device, &input).await?.0 {
            Verification::Verified => {
                finish(
                    self.tf,
                    self.req,
                    self.session,
                    user,
                    Some(&device),
                    self.next,
                )
                .await
            }
            failed => {
                let error = forms::token_error(failed, &input, forms::invalid_token());
                self.render_backup(error).await
            }
        }
    }

    async fn verify(
        &self,
        user: &User,
        device: &Device,
        input: &TokenInput,
    ) -> Result<(Verification, Device), TwoFactorError> {
        verify_token(self.tf, self.session, user, device, input).await
    }

    /// Sends the code of a phone or e-mail device (nothing for an authenticator app).
    async fn challenge(
        &self,
        user: &User,
        device: &Device,
    ) -> Result<Option<String>, TwoFactorError> {
        match device {
            Device::Challenge(d) => Ok(delivery::send_challenge(self.tf, self.session, user, d)
                .await?
                .message()),
            _ => Ok(None),
        }
    }

    async fn render_token(
        &self,
        user: &User,
        device: &Device,
        error: Option<String>,
        notice: Option<&str>,
    ) -> Result<HttpResponse, TwoFactorError> {
        let mut fields = Vec::new();
        let mut key_error = None;
        if matches!(device, Device::WebAuthn(_)) {
            // Nothing to type: the key answers (the error is shown next to its button).
            key_error = error;
        } else {
            let mut field = FormField::token("token", "otp_token", device.token_length() as u8);
            field.errors.extend(error);
            fields.push(field);
        }
        if self.tf.remember.enabled() {
            let mut remember =
                FormField::new("token", "remember", &self.tf.remember.label(), "checkbox");
            remember.value = "on".to_owned();
            remember.required = false;
            fields.push(remember);
        }
        let form = Form {
            fields,
            non_field_errors: Vec::new(),
        };
        // "Try another way": every other device by its name, one button each (apps, keys,
        // phones by their last digits, e-mail); backup tokens have their own form below.
        #[cfg(feature = "webauthn")]
        let keys_on = self.tf.webauthn().is_some();
        #[cfg(not(feature = "webauthn"))]
        let keys_on = false;
        let others: Vec<_> = self
            .tf
            .devices
            .list(&user.id)
            .await?
            .iter()
            .filter(|d| d.device_ref() != device.device_ref())
            .filter(|d| keys_on || !matches!(d, Device::WebAuthn(_)))
            .map(Device::context)
            .collect();
        let backup_tokens = self.tf.devices.backup_token_count(&user.id).await?;
        let mut ctx = base_context(self.req)?;
        ctx.insert(
            "wizard",
            &WIZARD.context(STEPS, LoginStep::Token.as_str(), form),
        );
        ctx.insert("next", self.next);
        ctx.insert("device", &device.context());
        ctx.insert("other_devices", &others);
        ctx.insert("backup_tokens", &backup_tokens);
        ctx.insert("notice", &notice);
        ctx.insert("key_error", &key_error);
        #[cfg(feature = "webauthn")]
        {
            let has_keys = matches!(device, Device::WebAuthn(_))
                || !self.tf.devices.webauthn_devices(&user.id).await?.is_empty();
            if has_keys {
                ctx.insert(
                    "webauthn",
                    &super::webauthn::page_context(self.tf, self.req),
                );
                // What the page offers besides the key, for the no-script notice.
                let by_code = !matches!(device, Device::WebAuthn(_));
                let alternatives = match (by_code, backup_tokens > 0) {
                    (true, true) => "both",
                    (true, false) => "token",
                    (false, true) => "backup",
                    (false, false) => "none",
                };
                ctx.insert("webauthn_alternatives", alternatives);
            }
        }
        render(self.tf, TEMPLATE, &ctx, StatusCode::OK)
    }

    async fn render_backup(&self, error: Option<String>) -> Result<HttpResponse, TwoFactorError> {
        let mut field = FormField::new(
            "backup",
            "otp_token",
            &crate::i18n::tr("field-token"),
            "text",
        );
        field.autocomplete = Some("one-time-code");
        field.autofocus = true;
        field.maxlength = Some(crate::devices::static_tokens::TOKEN_LENGTH);
        field.errors.extend(error);
        let form = Form {
            fields: vec![field],
            non_field_errors: Vec::new(),
        };
        let mut ctx = base_context(self.req)?;
        ctx.insert(
            "wizard",
            &WIZARD.context(STEPS, LoginStep::Backup.as_str(), form),
        );
        ctx.insert("next", self.next);
        render(self.tf, TEMPLATE, &ctx, StatusCode::OK)
    }
}

// ---- What the login view shares with the JSON API (`web/api/`) -------------------------

/// Logs the user in and sends them on: to `next`, to setup when a user without a device
/// was on their way to an OTP-protected page, or to `LOGIN_REDIRECT_URL`.
async fn finish(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    user: &User,
    device: Option<&Device>,
    next: &str,
) -> Result<HttpResponse, TwoFactorError> {
    let otp_next: Option<String> = session.get(OTP_NEXT_KEY).ok().flatten();
    log_in(tf, req, user, device).await?;
    if device.is_none() && !next.is_empty() && otp_next.as_deref() == Some(next) {
        return Ok(redirect(&with_query(&tf.urls[Route::Setup], "next", next)));
    }
    Ok(redirect(if next.is_empty() {
        tf.login_redirect_url()
    } else {
        next
    }))
}

fn render_auth(
    tf: &TwoFactor,
    req: &HttpRequest,
    next: &str,
    username: &str,
    errors: &[&str],
    field_errors: Option<(Option<&str>, Option<&str>)>,
) -> Result<HttpResponse, TwoFactorError> {
    #[cfg(feature = "webauthn")]
    let webauthn = super::webauthn::page_context(tf, req);
    #[cfg(feature = "webauthn")]
    let passkey_login = webauthn["passkey_login"] == true;
    #[cfg(not(feature = "webauthn"))]
    let passkey_login = false;
    let mut ctx = base_context(req)?;
    ctx.insert("next", next);
    #[cfg(feature = "webauthn")]
    if passkey_login {
        ctx.insert("passkey_login", &webauthn);
    }
    let pristine = username.is_empty() && errors.is_empty() && field_errors.is_none();
    if !pristine {
        ctx.insert(
            "wizard",
            &auth_wizard(username, errors, field_errors, passkey_login),
        );
        return render(tf, TEMPLATE, &ctx, StatusCode::OK);
    }
    // The empty form is the same on every GET in a language: its values are made once.
    let key = match passkey_login {
        true => "login.auth.passkey",
        false => "login.auth",
    };
    let shared = tf.templates.shared_context(key, || {
        let mut shared = tera::Context::new();
        shared.insert("wizard", &auth_wizard("", &[], None, passkey_login));
        shared
    });
    super::render_with(tf, TEMPLATE, &ctx, Some(&shared), StatusCode::OK)
}

/// The `auth` step's wizard context: the username and password fields, `username` shown
/// again, the errors given.
fn auth_wizard(
    username: &str,
    errors: &[&str],
    field_errors: Option<(Option<&str>, Option<&str>)>,
    passkey_login: bool,
) -> crate::web::wizard::WizardContext<'static> {
    let (user_err, pass_err) = field_errors.unwrap_or((None, None));
    let mut username_field = FormField::new(
        "auth",
        "username",
        &crate::i18n::tr("field-username"),
        "text",
    )
    .with_value(username)
    .with_error(user_err);
    // Conditional UI: the browser offers passkeys in the username's autofill.
    username_field.autocomplete = Some(match passkey_login {
        true => "username webauthn",
        false => "username",
    });
    username_field.autofocus = true;
    username_field.maxlength = Some(150);
    let mut password_field = FormField::new(
        "auth",
        "password",
        &crate::i18n::tr("field-password"),
        "password",
    )
    .with_error(pass_err);
    password_field.autocomplete = Some("current-password");
    let form = Form {
        fields: vec![username_field, password_field],
        non_field_errors: errors.iter().map(|e| (*e).to_owned()).collect(),
    };
    WIZARD.context(STEPS, LoginStep::Auth.as_str(), form)
}

/// The login page's passkey form: a discoverable credential with user verification logs
/// in with both factors at once (the site can turn this off; the policy still applies).
#[cfg(feature = "webauthn")]
async fn passkey_step(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    post: &PostData,
    next: &str,
) -> Result<HttpResponse, TwoFactorError> {
    WIZARD.reset(session);
    let answer = post.get("passkey-credential").unwrap_or("");
    let state = super::webauthn::take_state(session);
    let message = match crate::flows::webauthn::passkey_login(tf, state, answer).await? {
        crate::flows::webauthn::PasskeyLogin::Verified { user, device } => {
            return finish(tf, req, session, &user, Some(device.as_ref()), next).await;
        }
        crate::flows::webauthn::PasskeyLogin::Refused(message) => message,
    };
    render_auth(tf, req, next, "", &[&message], None)
}
