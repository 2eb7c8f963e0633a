//! The API's side of the guard family (`web/guards.rs`): [`Json`] refuses with a problem
//! (JSON 401/403), never a redirect. Put the guards after [`Client`](super::client::Client)
//! in a handler's arguments (`Sensitive(user, _): Sensitive<Json>`), so a stale app token
//! or a missing CSRF header is refused first. Also here: the small pieces every operation
//! shares (the JSON body, the token field, failed verifications and deliveries as
//! problems).

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use serde::de::DeserializeOwned;

use super::extract::Json;
use super::problem::{ApiError, Code};
use crate::delivery::Delivery;
use crate::devices::{Device, Verification};
use crate::users::User;
use crate::web::forms::{self, Field, TokenInput};
use crate::web::guards::{Answer, Refused};
use crate::web::site::TwoFactor;

impl Answer for Json {
    type Error = ApiError;

    fn answer(_: &TwoFactor, _: &HttpRequest, refused: Refused) -> ApiError {
        match refused {
            Refused::Anonymous => {
                ApiError::new(Code::NotAuthenticated, crate::i18n::tr("api-log-in"))
            }
            Refused::Unverified => ApiError::new(
                Code::VerificationRequired,
                crate::i18n::tr("api-verification-required"),
            ),
            Refused::Reauthenticate => ApiError::new(
                Code::ReauthenticationRequired,
                crate::i18n::tr("api-reauthenticate"),
            ),
            Refused::Failed(e) => e.into(),
        }
    }
}

/// The JSON body as `T`, or `bad_request` with serde's reason (no input echoed back
/// beyond a field name).
/// The raw request body of an operation, at most 16 KiB: a larger one, or one that cannot
/// be read, is answered as a problem (`payload_too_large`, `bad_request`), never with
/// actix's plain-text error.
pub(crate) struct Body(pub(crate) web::Bytes);

impl FromRequest for Body {
    type Error = ApiError;
    type Future = futures_util::future::LocalBoxFuture<'static, Result<Body, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let bytes = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            bytes
                .await
                .map(Body)
                .map_err(|e| match e.as_response_error().status_code() {
                    actix_web::http::StatusCode::PAYLOAD_TOO_LARGE => {
                        ApiError::new(Code::PayloadTooLarge, crate::i18n::tr("api-body-too-large"))
                    }
                    _ => ApiError::new(Code::BadRequest, crate::i18n::tr("api-body-unreadable")),
                })
        })
    }
}

pub(crate) fn parse_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| {
        let detail = match e.classify() {
            serde_json::error::Category::Data => {
                crate::i18n::tr_args("api-body-mismatch", &[("error", e.to_string().into())])
            }
            _ => crate::i18n::tr("api-body-not-object").to_owned(),
        };
        ApiError::new(Code::BadRequest, detail)
    })
}

/// A token as a form field (an empty one reads as missing); `bad_request` when it is
/// longer than any token.
pub(crate) fn token_field(token: &str) -> Result<Field<'_>, ApiError> {
    let field = match token {
        "" => Field::Missing,
        t => Field::One(t),
    };
    if forms::token_field_too_long(field) {
        return Err(ApiError::new(
            Code::BadRequest,
            crate::i18n::tr("api-token-too-long"),
        ));
    }
    Ok(field)
}

/// The problem for a failed verification: `throttled` (with the seconds until the device
/// accepts tokens again) or `invalid_token` (with the views' message, `invalid`).
pub(crate) async fn verification_error(
    tf: &TwoFactor,
    user: &User,
    device: &Device,
    outcome: Verification,
    input: &TokenInput,
    invalid: &str,
) -> ApiError {
    let message = forms::token_error(outcome, input, invalid).unwrap_or_else(|| invalid.to_owned());
    match outcome {
        Verification::Throttled { .. } => {
            let current = tf
                .devices
                .get(&user.id, device.device_ref())
                .await
                .ok()
                .flatten()
                .unwrap_or_else(|| device.clone());
            let throttle = current.throttle();
            let until = throttle
                .failure_timestamp_ms
                .unwrap_or(0)
                .saturating_add(throttle.delay_ms(tf.devices.throttle_factor(&current)));
            let secs = crate::throttling::ceil_secs(until.saturating_sub(tf.clock.now_ms()));
            ApiError::throttled(message, secs)
        }
        _ => ApiError::new(Code::InvalidToken, message),
    }
}

/// `Ok` when a code is out there to be entered; else `throttled` (cooldown, sending
/// limit) or `unavailable` (the gateway or mail server refused).
pub(crate) fn delivery_error(delivery: Delivery) -> Result<(), ApiError> {
    let message = delivery.message().unwrap_or_default();
    match delivery {
        Delivery::Sent => Ok(()),
        Delivery::Cooldown { retry_after_secs }
        | Delivery::Limited {
            retry_after_secs, ..
        } => Err(ApiError::throttled(message, retry_after_secs as i64)),
        Delivery::Failed => Err(ApiError::new(Code::Unavailable, message)),
    }
}
