//! `two_factor:login`: the login wizard, `auth` (username and password) → `token` →
//! `backup` (on request).
//!
//! Between the steps the session holds only the user id, the time the password was
//! checked, the safe `next` and the chosen device — never the password — and the token
//! steps expire after `LOGIN_TIMEOUT`.

use actix_session::{Session, SessionExt};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{NextQuery, base_context, complete_login, render, safe_next};
use crate::delivery;
use crate::devices::{Device, DeviceRef, Verification};
use crate::errors::TwoFactorError;
use crate::flows::login::{LoginStep, PendingLogin};
use crate::settings::TwoFactor;
use crate::signals::{DeviceInfo, Signal};
use crate::users::User;
use crate::web::csrf;
use crate::web::decorators::OTP_NEXT_KEY;
use crate::web::forms::{self, Form, FormField, PostData, TokenInput};
use crate::web::redirects::{redirect, with_query};
use crate::web::remember;
use crate::web::wizard::{GOTO_STEP_FIELD, Wizard};

const WIZARD: Wizard = Wizard {
    prefix: "login_view",
    session_key: "two_factor.login",
};
const TEMPLATE: &str = "two_factor/core/login.html";
const STEPS: &[&str] = &[
    LoginStep::Auth.as_str(),
    LoginStep::Token.as_str(),
    LoginStep::Backup.as_str(),
];

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
    if username.len() > 150 || password.len() > 4096 {
        return render_auth(tf, req, next, "", &[forms::invalid_login()], None);
    }
    // Throttling (src/throttling.rs): a client address inside its back-off is refused
    // unchecked; otherwise the attempt is counted and the username's delay waited out.
    let attempt = match tf
        .throttling
        .login_begin(
            &tf.db,
            tf.clock.now_ms(),
            &crate::web::client::client_address(&tf.throttling, req),
            username,
        )
        .await?
    {
        crate::throttling::LoginGate::Open(attempt) => attempt,
        crate::throttling::LoginGate::Refused { retry_after_secs } => {
            tracing::info!(
                outcome = "refused",
                reason = "client throttled",
                retry_after_secs,
                "password step"
            );
            let message = crate::throttling::client_refused_message(retry_after_secs);
            let mut response = render_auth(tf, req, next, username, &[&message], None)?;
            crate::web::client::mark_refused(&mut response, retry_after_secs);
            return Ok(response);
        }
    };
    let Some(user) = tf.users.authenticate(username, password).await? else {
        tracing::info!(
            outcome = "failure",
            reason = "bad credentials",
            "password step"
        );
        return render_auth(tf, req, next, username, &[forms::invalid_login()], None);
    };
    tf.throttling.login_succeeded(&tf.db, attempt).await?;
    match tf.devices.default_device(&user.id).await? {
        Some(device) => {
            // A valid remember cookie skips the token step (unless the device is throttled).
            let mut removals = Vec::new();
            if tf.remember.enabled() {
                let inspection = remember::inspect(
                    &tf.remember,
                    req,
                    &user.id,
                    &user.credential_version,
                    tf.clock.now_secs(),
                );
                if let Some(claimed) = inspection.forged {
                    // One failure for the request, on the device the cookie claims when it is
                    // this user's (else the default device), and none while it is throttled.
                    let target = tf
                        .devices
                        .get(&user.id, claimed)
                        .await?
                        .unwrap_or(device.clone());
                    if !tf.devices.is_throttled(&target) {
                        tf.devices.count_failure(target.device_ref()).await?;
                    }
                }
                removals = inspection.remove;
                if let Some((name, remembered)) = inspection.device {
                    match tf.devices.get(&user.id, remembered).await? {
                        Some(d) if !tf.devices.is_throttled(&d) => {
                            tracing::info!(user = %user.id, device = %remembered, "remembered device");
                            let mut response =
                                finish(tf, req, session, &user, Some(&d), next).await?;
                            add_removals(tf, &mut response, &removals);
                            return Ok(response);
                        }
                        Some(_) => {}
                        None => removals.push(name),
                    }
                }
            }
            let pending = PendingLogin {
                user_id: user.id.clone(),
                auth_time: tf.clock.now_secs(),
                next: next.to_owned(),
                device: None,
                stamp: tf.stamps.fresh(tf, &user).await?,
            };
            WIZARD.save(session, &pending)?;
            session.renew();
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
        let timeout = tf.login_timeout().as_secs() as i64;
        if pending.timed_out(tf.clock.now_secs(), timeout) {
            WIZARD.reset(session);
            tracing::info!(user = %pending.user_id, outcome = "failure", reason = "timeout", "token step");
            return render_auth(tf, self.req, self.next, "", &[forms::timed_out()], None);
        }
        let user = tf
            .users
            .get_user(&pending.user_id)
            .await?
            .filter(|u| u.is_active);
        let Some(user) = user else {
            WIZARD.reset(session);
            return render_auth(tf, self.req, self.next, "", &[], None);
        };
        if tf.stamps.fresh(tf, &user).await? != pending.stamp {
            WIZARD.reset(session);
            tracing::info!(user = %user.id, outcome = "failure", reason = "credentials changed", "token step");
            return render_auth(tf, self.req, self.next, "", &[], None);
        }
        let devices = tf.devices.list(&user.id).await?;
        let chosen = pending.device(&devices).cloned();
        let Some(device) = chosen else {
            // The devices went away since the password step.
            WIZARD.reset(session);
            return render_auth(tf, self.req, self.next, "", &[], None);
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

        let field = post.field("token-otp_token");
        if forms::token_field_too_long(field) {
            return Err(TwoFactorError::BadRequest("The token field is too long."));
        }
        let input = device.parse_token(field);
        let outcome = self.verify(&user, &device, &input).await?;
        match outcome {
            Verification::Verified => {
                let mut response =
                    finish(tf, self.req, session, &user, Some(&device), self.next).await?;
                if post.checked("token-remember")
                    && let Some(cookie) = tf.remember.issue(
                        &user.id,
                        device.device_ref(),
                        &user.credential_version,
                        tf.clock.now_secs(),
                    )
                {
                    let _ = response.add_cookie(&cookie);
                }
                Ok(response)
            }
            failed => {
                let error = forms::token_error(failed, &input, forms::invalid_token());
                self.render_token(&user, &device, error, None).await
            }
        }
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
        match self.verify(user, &device, &input).await? {
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
    ) -> Result<Verification, TwoFactorError> {
        let token = match input {
            TokenInput::Token(t) => Some(t.clone()),
            TokenInput::Empty | TokenInput::Malformed => None,
        };
        let nonce = delivery::existing_nonce(self.session);
        let outcome = self
            .tf
            .devices
            .verify(&user.id, device.device_ref(), token, nonce)
            .await?;
        for signal in crate::signals::verification_signals(outcome, user, device) {
            self.tf.signals.send(signal).await;
        }
        Ok(outcome)
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
        let mut field = FormField::token("token", "otp_token", device.token_length() as u8);
        field.errors.extend(error);
        let mut fields = vec![field];
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
        let others: Vec<_> = self
            .tf
            .devices
            .list(&user.id)
            .await?
            .iter()
            .filter(|d| d.device_ref() != device.device_ref() && matches!(d, Device::Challenge(_)))
            .map(Device::context)
            .collect();
        let backup_tokens = self.tf.devices.backup_token_count(&user.id).await?;
        let mut ctx = base_context(self.tf, self.req)?;
        ctx.insert(
            "wizard",
            &WIZARD.context(STEPS, LoginStep::Token.as_str(), form),
        );
        ctx.insert("next", self.next);
        ctx.insert("device", &device.context());
        ctx.insert("other_devices", &others);
        ctx.insert("backup_tokens", &backup_tokens);
        ctx.insert("notice", &notice);
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
        let mut ctx = base_context(self.tf, self.req)?;
        ctx.insert(
            "wizard",
            &WIZARD.context(STEPS, LoginStep::Backup.as_str(), form),
        );
        ctx.insert("next", self.next);
        render(self.tf, TEMPLATE, &ctx, StatusCode::OK)
    }
}

/// Logs the user in and sends them on: to `next`, to setup when a user without a device
/// was on their way to an OTP-protected page, or to `LOGIN_REDIRECT_URL`.
/// Deletes the named remember cookies in the browser.
fn add_removals(tf: &TwoFactor, response: &mut HttpResponse, names: &[String]) {
    for name in names {
        let _ = response.add_cookie(&tf.remember.removal(name));
    }
}

async fn finish(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    user: &User,
    device: Option<&Device>,
    next: &str,
) -> Result<HttpResponse, TwoFactorError> {
    let otp_next: Option<String> = session.get(OTP_NEXT_KEY).ok().flatten();
    let stamp = tf.stamps.fresh(tf, user).await?;
    complete_login(tf, req, session, user, device.map(Device::device_ref))?;
    session
        .insert(crate::session_stamp::STAMP_KEY, &stamp)
        .map_err(|e| TwoFactorError::Session(e.to_string()))?;
    if let Some(device) = device {
        tf.signals
            .send(Signal::UserVerified {
                request: req.clone(),
                user: user.clone(),
                device: DeviceInfo::of(device),
            })
            .await;
    }
    if device.is_none() && !next.is_empty() && otp_next.as_deref() == Some(next) {
        return Ok(redirect(&with_query(tf.urls.setup.as_str(), "next", next)));
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
    let (user_err, pass_err) = field_errors.unwrap_or((None, None));
    let mut username_field = FormField::new(
        "auth",
        "username",
        &crate::i18n::tr("field-username"),
        "text",
    )
    .with_value(username)
    .with_error(user_err);
    username_field.autocomplete = Some("username");
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
    let mut ctx = base_context(tf, req)?;
    ctx.insert(
        "wizard",
        &WIZARD.context(STEPS, LoginStep::Auth.as_str(), form),
    );
    ctx.insert("next", next);
    render(tf, TEMPLATE, &ctx, StatusCode::OK)
}
