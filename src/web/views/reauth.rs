//! `two_factor:reauth`: before a sensitive action, the user confirms their password and,
//! when they have a device, a token. Success refreshes the session's authentication time.
//!
//! Password guesses are throttled (`src/throttling.rs`): per user, a failure is followed by
//! a refusal of `factor·2^(n-1)` seconds in every session, during which the password is not
//! checked; per session, `reauth_max_failures` failures log the session out. A correct
//! password forgets both counters.

use crate::web::guards::{LoginRequired, Post};
use actix_identity::IdentityExt;
use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{NextQuery, base_context, mark_authenticated, render, safe_next};
use crate::devices::{Device, Verification};
use crate::errors::TwoFactorError;
use crate::throttling::{self, ReauthGate, ReauthKeys};
use crate::users::User;
use crate::web::csrf;
use crate::web::forms::{self, Field, Form, FormField, TokenInput};
use crate::web::redirects::{redirect, with_query};
use crate::web::site::TwoFactor;

const TEMPLATE: &str = "two_factor/core/reauth.html";

fn form(device: Option<&Device>, password_error: Option<&str>, token_error: Option<&str>) -> Form {
    let mut password = FormField::new(
        "reauth",
        "password",
        &crate::i18n::tr("field-password"),
        "password",
    )
    .with_error(password_error);
    password.autocomplete = Some("current-password");
    password.autofocus = true;
    let mut fields = vec![password];
    let mut non_field_errors = Vec::new();
    match device {
        // A security key answers through the page's button: nothing to type.
        Some(Device::WebAuthn(_)) => non_field_errors.extend(token_error.map(str::to_owned)),
        Some(device) => {
            let mut token = FormField::token("reauth", "otp_token", device.token_length() as u8)
                .with_error(token_error);
            token.autofocus = false;
            fields.push(token);
        }
        None => {}
    }
    Form {
        fields,
        non_field_errors,
    }
}

fn page(
    tf: &TwoFactor,
    req: &HttpRequest,
    next: &str,
    device: Option<&Device>,
    form: Form,
) -> Result<HttpResponse, TwoFactorError> {
    let mut ctx = base_context(tf, req)?;
    ctx.insert("form", &form);
    ctx.insert("next", next);
    ctx.insert("device", &device.map(Device::context));
    ctx.insert("cancel_url", tf.urls.profile.as_str());
    #[cfg(feature = "webauthn")]
    if matches!(device, Some(Device::WebAuthn(_))) {
        ctx.insert("webauthn", &super::webauthn::page_context(tf, req));
    }
    render(tf, TEMPLATE, &ctx, StatusCode::OK)
}

/// GET: the confirmation form.
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    LoginRequired(user): LoginRequired,
) -> Result<HttpResponse, TwoFactorError> {
    let next = safe_next(
        None,
        &NextQuery::from_request(&req),
        tf.urls.profile.as_str(),
    );
    let device = tf.devices.default_device(&user.id).await?;
    page(
        &tf,
        &req,
        &next,
        device.as_ref(),
        form(device.as_ref(), None, None),
    )
}

/// POST: checks the password and the token, then continues to `next`.
pub(crate) async fn post(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Post {
        guard: LoginRequired(user),
        form: post,
    }: Post<LoginRequired>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    let next = safe_next(
        post.get("next"),
        &NextQuery::from_request(&req),
        tf.urls.profile.as_str(),
    );
    let device = tf.devices.default_device(&user.id).await?;
    let password = post.get("reauth-password").unwrap_or("");
    if password.is_empty() {
        return page(
            &tf,
            &req,
            &next,
            device.as_ref(),
            form(device.as_ref(), Some(forms::required()), None),
        );
    }
    // The session key is the CSRF token: random, rotated at login, and the same in every
    // replayed copy of this session's cookie.
    match reauthenticate(
        &tf,
        &req,
        &session,
        &user,
        password,
        device.as_ref(),
        |device| match device {
            // A security key's answer (JSON from the page's script).
            Device::WebAuthn(_) => post.field("reauth-webauthn"),
            _ => post.field("reauth-otp_token"),
        },
    )
    .await?
    {
        ReauthOutcome::Done => Ok(redirect(&next)),
        ReauthOutcome::LoggedOut => Ok(logged_out_redirect(&tf, &next)),
        ReauthOutcome::Refused { retry_after_secs } => {
            let message = throttling::reauth_refused_message(retry_after_secs);
            let mut response = page(
                &tf,
                &req,
                &next,
                device.as_ref(),
                form(device.as_ref(), Some(&message), None),
            )?;
            crate::web::client::mark_refused(&mut response, retry_after_secs);
            Ok(response)
        }
        ReauthOutcome::WrongPassword => page(
            &tf,
            &req,
            &next,
            device.as_ref(),
            form(device.as_ref(), Some(wrong_password()), None),
        ),
        ReauthOutcome::WrongToken { outcome, input } => {
            let error = forms::token_error(outcome, &input, forms::invalid_token());
            page(
                &tf,
                &req,
                &next,
                device.as_ref(),
                form(device.as_ref(), None, error.as_deref()),
            )
        }
        #[cfg(feature = "webauthn")]
        ReauthOutcome::WrongKey { message } => page(
            &tf,
            &req,
            &next,
            device.as_ref(),
            form(device.as_ref(), None, Some(&message)),
        ),
    }
}

/// The message for a wrong password at re-authentication (current language).
pub(crate) fn wrong_password() -> &'static str {
    crate::i18n::tr_static("form-wrong-password")
}

/// The outcome of a re-authentication.
pub(crate) enum ReauthOutcome {
    /// Password (and token) right: the session is marked re-authenticated and renewed.
    Done,
    /// Too many wrong passwords in this session: the user was logged out.
    LoggedOut,
    /// Throttled: refused without checking.
    Refused {
        /// What `Retry-After` says.
        retry_after_secs: i64,
    },
    /// The password was wrong.
    WrongPassword,
    /// The password was right, the token not.
    WrongToken {
        /// What the device said.
        outcome: Verification,
        /// What was entered.
        input: TokenInput,
    },
    /// The password was right, the security key's answer not (or there was none).
    #[cfg(feature = "webauthn")]
    WrongKey {
        /// Why, for the user.
        message: String,
    },
}

/// Re-authentication, shared by the view and the JSON API: the throttled password check
/// (per user and per session), then the default device's token when there is one (its
/// signals sent), then the session marked re-authenticated and renewed. `token` gives the
/// token field for the device (called only when the user has one); for a security key it
/// is the browser's answer (JSON).
pub(crate) async fn reauthenticate<'p>(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &actix_session::Session,
    user: &User,
    password: &str,
    device: Option<&Device>,
    token: impl FnOnce(&Device) -> Field<'p>,
) -> Result<ReauthOutcome, TwoFactorError> {
    let keys = ReauthKeys::new(&user.id, &csrf::token(session)?);
    let gate = tf
        .throttling
        .reauth_begin(&tf.db, tf.clock.now_ms(), &keys)
        .await?;
    let session_failures = match gate {
        ReauthGate::LoggedOut => {
            log_out(req, user);
            return Ok(ReauthOutcome::LoggedOut);
        }
        ReauthGate::Refused { retry_after_secs } => {
            tracing::info!(user = %user.id, outcome = "refused", reason = "throttled", retry_after_secs, "re-authentication");
            return Ok(ReauthOutcome::Refused { retry_after_secs });
        }
        ReauthGate::Open { session_failures } => session_failures,
    };
    let password_ok = password.len() <= 4096
        && tf
            .users
            .authenticate(&user.username, password)
            .await?
            .is_some_and(|u| u.id == user.id);
    if !password_ok {
        tracing::info!(user = %user.id, outcome = "failure", reason = "password", session_failures, "re-authentication");
        if tf.throttling.reauth_session_exhausted(session_failures) {
            log_out(req, user);
            return Ok(ReauthOutcome::LoggedOut);
        }
        return Ok(ReauthOutcome::WrongPassword);
    }
    tf.throttling.reauth_succeeded(&tf.db, &keys).await?;
    #[cfg(feature = "webauthn")]
    if let Some(key @ Device::WebAuthn(_)) = device {
        let answer = match token(key) {
            Field::One(answer) => answer,
            Field::Missing | Field::Repeated => "",
        };
        if let Some(message) = webauthn_answer(tf, session, user, key, answer).await? {
            tracing::info!(user = %user.id, outcome = "failure", reason = "security key", "re-authentication");
            return Ok(ReauthOutcome::WrongKey { message });
        }
        mark_authenticated(tf, session)?;
        session.renew();
        tracing::info!(user = %user.id, outcome = "success", "re-authentication");
        return Ok(ReauthOutcome::Done);
    }
    if let Some(device) = device {
        let field = token(device);
        if forms::token_field_too_long(field) {
            return Err(TwoFactorError::BadRequest("The token field is too long."));
        }
        let input = device.parse_token(field);
        let outcome = crate::flows::login::verify_token(tf, session, user, device, &input).await?;
        if outcome != Verification::Verified {
            tracing::info!(user = %user.id, outcome = "failure", reason = "token", "re-authentication");
            return Ok(ReauthOutcome::WrongToken { outcome, input });
        }
    }
    mark_authenticated(tf, session)?;
    session.renew();
    tracing::info!(user = %user.id, outcome = "success", "re-authentication");
    Ok(ReauthOutcome::Done)
}

/// Checks a security key's answer for `user`: the message to show, or `None` when it
/// verified. Failures count and signal as at the token step.
#[cfg(feature = "webauthn")]
async fn webauthn_answer(
    tf: &TwoFactor,
    session: &actix_session::Session,
    user: &User,
    device: &Device,
    answer: &str,
) -> Result<Option<String>, TwoFactorError> {
    let settings = super::webauthn::settings(tf)?;
    if answer.is_empty() {
        return Ok(Some(crate::i18n::tr("webauthn-use-key-hint")));
    }
    let Some(state) = super::webauthn::take_state(session) else {
        return Ok(Some(super::webauthn::no_ceremony()));
    };
    let outcome = tf
        .devices
        .finish_webauthn_assertion(settings, state, Some(&user.id), answer)
        .await?;
    let used = match outcome.device.clone() {
        Some(key) => Device::WebAuthn(key),
        None => {
            if !tf.devices.is_throttled(device) {
                tf.devices.count_failure(device.device_ref()).await?;
            }
            device.clone()
        }
    };
    for signal in crate::signals::verification_signals(outcome.verification, user, &used) {
        tf.signals.send(signal).await;
    }
    Ok(match outcome.verification {
        Verification::Verified => None,
        _ => Some(
            outcome
                .error
                .map_or_else(|| forms::invalid_token().to_owned(), |e| e.message()),
        ),
    })
}

fn log_out(req: &HttpRequest, user: &User) {
    tracing::warn!(user = %user.id, outcome = "logged out", reason = "too many failed passwords", "re-authentication");
    if let Ok(identity) = req.get_identity() {
        identity.logout();
    }
    req.get_session().purge();
}

fn logged_out_redirect(tf: &TwoFactor, next: &str) -> HttpResponse {
    redirect(&with_query(
        &with_query(tf.login_url(), "next", next),
        throttling::LOGGED_OUT_PARAM,
        throttling::LOGGED_OUT_REAUTH,
    ))
}
