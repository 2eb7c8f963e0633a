//! `two_factor:setup`: the setup wizard, `welcome` → `method` (skipped while there is only
//! one method) → `generator` (QR code, secret key, first token) or `sms` / `call` (number)
//! or `email` (address, only when the user has none) → `validation` (the code sent).
//!
//! New keys live in unconfirmed device rows from the start, so the session holds only
//! their ids — never a secret.

use actix_session::{Session, SessionExt};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{NextQuery, base_context, render, safe_next};
use crate::delivery;
use crate::devices::{ChallengeDevice, Device, Method, TotpDevice, Verification};
use crate::errors::TwoFactorError;
use crate::flows::setup::{
    self, SetupMethod, SetupState, SetupStep, finish_setup, state, validate_code,
};
use crate::phone;
use crate::users::User;
use crate::web::forms::{self, Form, FormField, PostData, TokenInput};
use crate::web::guards::{Post, RecentLogin};
use crate::web::redirects::redirect;
use crate::web::site::TwoFactor;
use crate::web::urls::Route;
use crate::web::wizard::{GOTO_STEP_FIELD, Wizard};

const WIZARD: Wizard = Wizard {
    prefix: "setup_view",
    session_key: crate::flows::session::SessionKey::Setup.as_str(),
};
const TEMPLATE: &str = "two_factor/core/setup.html";

/// The methods this site offers.
fn methods(tf: &TwoFactor) -> Vec<SetupMethod> {
    #[cfg(feature = "webauthn")]
    let webauthn = tf.webauthn().is_some();
    #[cfg(not(feature = "webauthn"))]
    let webauthn = false;
    setup::offered_methods_with(
        tf.sms_gateway().is_some(),
        tf.call_gateway().is_some(),
        tf.mailer().is_some(),
        webauthn,
    )
}

/// A method's label on the method step.
fn method_label(method: SetupMethod) -> &'static str {
    crate::i18n::tr_static(match method {
        SetupMethod::Generator => "method-generator",
        SetupMethod::Sms => "method-sms",
        SetupMethod::Call => "method-call",
        SetupMethod::Email => "method-email",
        SetupMethod::WebAuthn => "method-webauthn",
    })
}

fn steps(tf: &TwoFactor, state: &SetupState) -> Vec<SetupStep> {
    setup::steps(&methods(tf), state.method)
}

/// GET: starts the wizard (or redirects a user who already has a device).
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    RecentLogin(user, _): RecentLogin,
) -> Result<HttpResponse, TwoFactorError> {
    if tf.devices.has_device(&user.id).await? {
        return Ok(redirect(&tf.urls[Route::SetupComplete]));
    }
    let session = req.get_session();
    let state = SetupState {
        step: SetupStep::Welcome,
        next: safe_next(None, &NextQuery::from_request(&req), ""),
        ..SetupState::default()
    };
    WIZARD.save(&session, &state)?;
    Page::new(&tf, &req, &user)
        .render(&state, Form::default(), None)
        .await
}

/// POST: one wizard step.
pub(crate) async fn post(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Post {
        guard: RecentLogin(user, _),
        form: post,
    }: Post<RecentLogin>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    if tf.devices.has_device(&user.id).await? {
        WIZARD.reset(&session);
        return Ok(redirect(&tf.urls[Route::SetupComplete]));
    }
    let Some(posted) = WIZARD.posted_step(&post) else {
        return Err(TwoFactorError::BadRequest(
            "ManagementForm data is missing or has been tampered with.",
        ));
    };
    let page = Page::new(&tf, &req, &user);
    let posted = SetupStep::parse(posted);
    let Some(mut state) = state(&session).filter(|s| Some(s.step) == posted) else {
        // Out of order (another tab, a forged or unknown step): start over.
        let state = SetupState {
            step: SetupStep::Welcome,
            ..SetupState::default()
        };
        WIZARD.save(&session, &state)?;
        return page.render(&state, Form::default(), None).await;
    };
    let order = steps(&tf, &state);
    if let Some(target) = post.get(GOTO_STEP_FIELD).and_then(SetupStep::parse)
        && order.contains(&target)
        && target != SetupStep::Validation
    {
        state.step = target;
        WIZARD.save(&session, &state)?;
        return page.render(&state, Form::default(), None).await;
    }
    match state.step {
        SetupStep::Welcome => {
            if order.get(1) == Some(&SetupStep::Method) {
                state.step = SetupStep::Method;
                WIZARD.save(&session, &state)?;
                return page.render(&state, Form::default(), None).await;
            }
            page.choose(&session, state, SetupMethod::Generator).await
        }
        SetupStep::Method => {
            let chosen = post
                .get("method-method")
                .and_then(SetupMethod::parse)
                .filter(|m| methods(&tf).contains(m));
            match chosen {
                Some(method) => page.choose(&session, state, method).await,
                None => {
                    page.render(&state, method_form(Some(forms::required())), None)
                        .await
                }
            }
        }
        SetupStep::Generator => page.generator_step(&session, state, &post).await,
        SetupStep::Sms | SetupStep::Call => page.number_step(&session, state, &post).await,
        SetupStep::Email => page.email_step(&session, state, &post).await,
        SetupStep::Validation => page.validation_step(&session, state, &post).await,
        SetupStep::WebAuthn => page.webauthn_step(&session, state, &post).await,
    }
}

/// One request's view of the wizard.
struct Page<'a> {
    tf: &'a TwoFactor,
    req: &'a HttpRequest,
    user: &'a User,
}

impl<'a> Page<'a> {
    fn new(tf: &'a TwoFactor, req: &'a HttpRequest, user: &'a User) -> Self {
        Page { tf, req, user }
    }

    /// Moves to the step for `method`.
    async fn choose(
        &self,
        session: &Session,
        mut state: SetupState,
        method: SetupMethod,
    ) -> Result<HttpResponse, TwoFactorError> {
        state.method = Some(method);
        match method {
            SetupMethod::Generator => self.start_generator(session, state).await,
            SetupMethod::Email if !self.user.email.trim().is_empty() => {
                let address = self.user.email.trim().to_owned();
                self.start_challenge(session, state, Method::Email, &address, SetupStep::Email)
                    .await
            }
            other => {
                state.step = other.step();
                WIZARD.save(session, &state)?;
                self.render(&state, Form::default(), None).await
            }
        }
    }

    async fn start_generator(
        &self,
        session: &Session,
        mut state: SetupState,
    ) -> Result<HttpResponse, TwoFactorError> {
        let device = self.tf.devices.begin_setup(&self.user.id).await?;
        state.step = SetupStep::Generator;
        state.method = Some(SetupMethod::Generator);
        state.device_id = Some(device.id);
        WIZARD.save(session, &state)?;
        self.render(&state, Form::default(), None).await
    }

    async fn generator_step(
        &self,
        session: &Session,
        state: SetupState,
        post: &PostData,
    ) -> Result<HttpResponse, TwoFactorError> {
        let device = match state.device_id {
            Some(id) => self.tf.devices.pending_setup(&self.user.id, id).await?,
            None => None,
        };
        let Some(device) = device else {
            return self.start_generator(session, state).await;
        };
        let field = post.field("generator-token");
        if forms::token_field_too_long(field) {
            return Err(TwoFactorError::BadRequest("The token field is too long."));
        }
        // Empty and malformed input is a form error here, not a verification attempt.
        let input = forms::parse_token(field, device.digits as u8);
        let error = match &input {
            TokenInput::Empty => Some(forms::required().to_owned()),
            TokenInput::Malformed => Some(forms::invalid_setup_token().to_owned()),
            TokenInput::Token(token) => {
                let outcome = self
                    .tf
                    .devices
                    .confirm_setup(&self.user.id, device.id, Some(token.clone()))
                    .await?;
                forms::token_error(outcome, &input, forms::invalid_setup_token())
            }
        };
        match error {
            Some(error) => {
                let field = token_field("generator", "token", device.digits as u8, error);
                self.render(&state, form_of(field), None).await
            }
            None => self.done(session, &state, Device::Totp(device)).await,
        }
    }

    async fn number_step(
        &self,
        session: &Session,
        state: SetupState,
        post: &PostData,
    ) -> Result<HttpResponse, TwoFactorError> {
        let method = if state.step == SetupStep::Call {
            Method::Call
        } else {
            Method::Sms
        };
        let name = format!("{}-number", method.as_str());
        let raw = post.get(&name).unwrap_or("");
        match phone::parse_phone_number(raw) {
            Ok(number) => {
                let back_to = state.step;
                self.start_challenge(session, state, method, number.as_e164(), back_to)
                    .await
            }
            Err(_) => {
                let message = if raw.trim().is_empty() {
                    forms::required()
                } else {
                    phone::invalid_phone_number()
                };
                let field = number_field(method.as_str())
                    .with_value(raw)
                    .with_error(Some(message));
                self.render(&state, form_of(field), None).await
            }
        }
    }

    async fn email_step(
        &self,
        session: &Session,
        state: SetupState,
        post: &PostData,
    ) -> Result<HttpResponse, TwoFactorError> {
        let raw = post.get("email-email").unwrap_or("").trim().to_owned();
        if !plausible_email(&raw) {
            let message = if raw.is_empty() {
                forms::required()
            } else {
                crate::i18n::tr_static("form-invalid-email")
            };
            let field = email_field().with_value(&raw).with_error(Some(message));
            return self.render(&state, form_of(field), None).await;
        }
        self.start_challenge(session, state, Method::Email, &raw, SetupStep::Email)
            .await
    }

    /// Creates the unconfirmed device, sends it a code and moves to `validation`; when
    /// the code cannot be sent, stays on `back_to` with a warning.
    async fn start_challenge(
        &self,
        session: &Session,
        mut state: SetupState,
        method: Method,
        target: &str,
        back_to: SetupStep,
    ) -> Result<HttpResponse, TwoFactorError> {
        let device = self
            .tf
            .devices
            .begin_challenge_setup(&self.user.id, "default", method, target)
            .await?;
        let delivery = delivery::send_challenge(self.tf, session, self.user, &device).await?;
        if !delivery.code_outstanding() {
            state.step = back_to;
            WIZARD.save(session, &state)?;
            return self
                .render(&state, Form::default(), delivery.message().as_deref())
                .await;
        }
        state.step = SetupStep::Validation;
        state.method = SetupMethod::parse(method.as_str());
        state.challenge_id = Some(device.id);
        WIZARD.save(session, &state)?;
        self.render(&state, Form::default(), delivery.message().as_deref())
            .await
    }

    async fn validation_step(
        &self,
        session: &Session,
        state: SetupState,
        post: &PostData,
    ) -> Result<HttpResponse, TwoFactorError> {
        let device = match state.challenge_id {
            Some(id) => {
                self.tf
                    .devices
                    .pending_challenge_setup(&self.user.id, id)
                    .await?
            }
            None => None,
        };
        let Some(device) = device else {
            WIZARD.reset(session);
            return Ok(redirect(&self.tf.urls[Route::Setup]));
        };
        let (error, outcome) = validate_code(
            self.tf,
            session,
            self.user,
            &device,
            post.field("validation-token"),
        )
        .await?;
        if outcome == Some(Verification::Verified) {
            return self.done(session, &state, Device::Challenge(device)).await;
        }
        let field = token_field(
            "validation",
            "token",
            crate::devices::challenge::CODE_DIGITS,
            error.unwrap_or_default(),
        );
        self.render(&state, form_of(field), None).await
    }

    /// The security key's answer (`webauthn-credential`) and its name.
    async fn webauthn_step(
        &self,
        session: &Session,
        state: SetupState,
        post: &PostData,
    ) -> Result<HttpResponse, TwoFactorError> {
        #[cfg(feature = "webauthn")]
        if let Some(settings) = self.tf.webauthn() {
            let label = post.get("webauthn-label").unwrap_or("");
            let answer = post.get("webauthn-credential").unwrap_or("");
            let error = if answer.is_empty() {
                super::webauthn::press_the_button()
            } else {
                match super::webauthn::take_state(session) {
                    None => super::webauthn::no_ceremony(),
                    Some(ceremony) => match self
                        .tf
                        .devices
                        .finish_webauthn_registration(
                            settings,
                            ceremony,
                            &self.user.id,
                            label,
                            true,
                            answer,
                        )
                        .await?
                    {
                        Ok(device) => {
                            return self.done(session, &state, Device::WebAuthn(device)).await;
                        }
                        Err(error) => error.message(),
                    },
                }
            };
            let mut field = webauthn_label_field().with_value(label);
            field.errors.push(error);
            return self.render(&state, form_of(field), None).await;
        }
        let _ = post;
        WIZARD.reset(session);
        let _ = state;
        Ok(redirect(&self.tf.urls[Route::Setup]))
    }

    async fn done(
        &self,
        session: &Session,
        state: &SetupState,
        device: Device,
    ) -> Result<HttpResponse, TwoFactorError> {
        finish_setup(self.tf, session, self.user, &device).await?;
        let target = if state.next.is_empty() {
            &self.tf.urls[Route::SetupComplete]
        } else {
            &state.next
        };
        Ok(redirect(target))
    }

    async fn render(
        &self,
        state: &SetupState,
        mut form: Form,
        notice: Option<&str>,
    ) -> Result<HttpResponse, TwoFactorError> {
        let tf = self.tf;
        let order = steps(tf, state);
        let current = order
            .iter()
            .copied()
            .find(|s| *s == state.step)
            .unwrap_or(SetupStep::Welcome);
        let mut ctx = base_context(self.req)?;
        if form.fields.is_empty() {
            match current {
                SetupStep::Method => form = method_form(None),
                SetupStep::Sms | SetupStep::Call => form = form_of(number_field(current.as_str())),
                SetupStep::Email => form = form_of(email_field()),
                SetupStep::Validation => {
                    form = form_of(token_field("validation", "token", 6, String::new()))
                }
                SetupStep::WebAuthn => form = form_of(webauthn_label_field()),
                SetupStep::Welcome | SetupStep::Generator => {}
            }
        }
        if current == SetupStep::Generator {
            let device: Option<TotpDevice> = match state.device_id {
                Some(id) => tf.devices.pending_setup(&self.user.id, id).await?,
                None => None,
            };
            let digits = device.as_ref().map_or(tf.totp_digits(), |d| d.digits as u8);
            if form.fields.is_empty() {
                form.fields
                    .push(FormField::token("generator", "token", digits));
            }
            if let Some(device) = &device {
                ctx.insert("QR_URL", &tf.urls[Route::Qr]);
                ctx.insert(
                    "otpauth_url",
                    &device.config_url(tf.totp_issuer(), &self.user.username),
                );
                ctx.insert("secret_key", &device.secret_base32());
            }
            ctx.insert("issuer", tf.totp_issuer());
            ctx.insert("totp_digits", &digits);
        }
        if current == SetupStep::Validation {
            let device: Option<ChallengeDevice> = match state.challenge_id {
                Some(id) => {
                    tf.devices
                        .pending_challenge_setup(&self.user.id, id)
                        .await?
                }
                None => None,
            };
            ctx.insert(
                "device",
                &device.map(|d| crate::devices::Device::Challenge(d).context()),
            );
        }
        // The first is checked (the template's plan needs no `loop.first`).
        let methods: Vec<_> = methods(tf)
            .into_iter()
            .enumerate()
            .map(|(i, m)| {
                serde_json::json!({ "value": m.as_str(), "label": method_label(m), "checked": i == 0 })
            })
            .collect();
        ctx.insert("methods", &methods);
        #[cfg(feature = "webauthn")]
        if current == SetupStep::WebAuthn {
            ctx.insert("webauthn", &super::webauthn::page_context(tf, self.req));
        }
        let names: Vec<&str> = order.iter().map(|s| s.as_str()).collect();
        ctx.insert("wizard", &WIZARD.context(&names, current.as_str(), form));
        ctx.insert("user", self.user);
        ctx.insert("notice", &notice);
        render(tf, TEMPLATE, &ctx, StatusCode::OK)
    }
}

/// A deliberately loose check (one `@`, a dot in the domain, no spaces); the mail server
/// is the real judge, and a wrong address simply never receives the code.
fn plausible_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    address.len() <= 254
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !address
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
}

fn form_of(field: FormField) -> Form {
    Form {
        fields: vec![field],
        non_field_errors: Vec::new(),
    }
}

fn token_field(prefix: &str, name: &str, digits: u8, error: String) -> FormField {
    let mut field = FormField::token(prefix, name, digits);
    if !error.is_empty() {
        field.errors.push(error);
    }
    field
}

/// The phone number input of the `sms`/`call` step.
pub(crate) fn number_field(prefix: &str) -> FormField {
    let mut field = FormField::new(
        prefix,
        "number",
        &crate::i18n::tr("field-phone-number"),
        "tel",
    );
    field.autocomplete = Some("tel");
    field.autofocus = true;
    field.maxlength = Some(32);
    field.help_text = Some(crate::i18n::tr("field-phone-help"));
    field
}

/// The name of the key being added (optional).
fn webauthn_label_field() -> FormField {
    let mut field = FormField::new(
        "webauthn",
        "label",
        &crate::i18n::tr("webauthn-label-field"),
        "text",
    );
    field.autocomplete = Some("off");
    field.maxlength = Some(crate::devices::webauthn::MAX_LABEL_CHARS);
    field.required = false;
    field.help_text = Some(crate::i18n::tr("webauthn-label-help"));
    field
}

fn email_field() -> FormField {
    let mut field = FormField::new("email", "email", &crate::i18n::tr("field-email"), "email");
    field.autocomplete = Some("email");
    field.autofocus = true;
    field.maxlength = Some(254);
    field
}

fn method_form(error: Option<&str>) -> Form {
    form_of(
        FormField::new(
            "method",
            "method",
            &crate::i18n::tr("field-method"),
            "radio",
        )
        .with_error(error),
    )
}

#[cfg(test)]
mod tests {
    use super::plausible_email;

    #[test]
    fn email_addresses_are_checked_loosely() {
        assert!(plausible_email("a@example.com"));
        for bad in [
            "",
            "a",
            "a@b",
            "@example.com",
            "a@.com",
            "a b@example.com",
            "a@@example.com",
            "<a@example.com>",
        ] {
            assert!(!plausible_email(bad), "{bad:?}");
        }
    }
}
