//! The flows' session traits (`flows/session.rs`) over actix's `Session`, and the
//! request-level helpers every view and API operation shares: who is logged in, and
//! whether they proved it recently.

use actix_identity::Identity;
use actix_session::{Session, SessionExt};
use actix_web::{HttpMessage, HttpRequest};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::errors::TwoFactorError;
use crate::flows::session::{LoginSession, SessionKey, SessionState};
use crate::users::User;
use crate::web::middleware::OtpExt;
use crate::web::site::TwoFactor;

impl SessionState for Session {
    fn get<T: DeserializeOwned>(&self, key: SessionKey) -> Option<T> {
        match Session::get::<T>(self, key.as_str()) {
            Ok(value) => value,
            Err(_) => {
                Session::remove(self, key.as_str());
                None
            }
        }
    }

    fn set<T: Serialize>(&self, key: SessionKey, value: &T) -> Result<(), TwoFactorError> {
        self.insert(key.as_str(), value)
            .map_err(|e| TwoFactorError::Session(Box::new(e)))
    }

    fn remove(&self, key: SessionKey) {
        // `Session::remove` marks the session changed even when the key is absent, which
        // would re-send the session cookie on every page view.
        if self.contains_key(key.as_str()) {
            Session::remove(self, key.as_str());
        }
    }

    fn clear(&self) {
        Session::clear(self);
    }

    fn renew(&self) {
        Session::renew(self);
    }
}

/// The session of a request that may log someone in (the identity lives in the request).
pub(crate) struct WebSession<'a> {
    req: &'a HttpRequest,
    session: Session,
}

impl<'a> WebSession<'a> {
    /// The session of `req`.
    pub(crate) fn of(req: &'a HttpRequest) -> WebSession<'a> {
        WebSession {
            req,
            session: req.get_session(),
        }
    }
}

impl SessionState for WebSession<'_> {
    fn get<T: DeserializeOwned>(&self, key: SessionKey) -> Option<T> {
        SessionState::get(&self.session, key)
    }

    fn set<T: Serialize>(&self, key: SessionKey, value: &T) -> Result<(), TwoFactorError> {
        SessionState::set(&self.session, key, value)
    }

    fn remove(&self, key: SessionKey) {
        SessionState::remove(&self.session, key)
    }

    fn clear(&self) {
        SessionState::clear(&self.session)
    }

    fn renew(&self) {
        SessionState::renew(&self.session)
    }
}

impl LoginSession for WebSession<'_> {
    fn attach_identity(&self, user_id: &str) -> Result<(), TwoFactorError> {
        Identity::login(&self.req.extensions(), user_id.to_owned())
            .map_err(|e| TwoFactorError::Session(Box::new(e)))?;
        crate::web::csrf::rotate(&self.session);
        Ok(())
    }

    fn end(&self) {
        if let Ok(identity) = actix_identity::IdentityExt::get_identity(self.req) {
            identity.logout();
        }
        self.session.purge();
    }

    fn secret(&self) -> Result<String, TwoFactorError> {
        crate::web::csrf::token(&self.session)
    }
}

/// The logged-in user (active, still existing), or `None`.
pub(crate) async fn current_user(
    tf: &TwoFactor,
    req: &HttpRequest,
) -> Result<Option<User>, TwoFactorError> {
    let Some(id) = req.otp_state().user_id else {
        return Ok(None);
    };
    Ok(tf.users.get_user(&id).await?.filter(|u| u.is_active))
}

/// Whether the user's last proof (login or re-authentication) is within the
/// re-authentication window (always, when the window is off).
pub(crate) fn recently_authenticated(tf: &TwoFactor, req: &HttpRequest) -> bool {
    crate::flows::account::recently_authenticated(tf, &req.get_session())
}

/// Logs `user` in on this request ([`crate::flows::login::log_in`] with the request's
/// session, identity and summary).
pub(crate) async fn log_in(
    tf: &TwoFactor,
    req: &HttpRequest,
    user: &User,
    device: Option<&crate::devices::Device>,
) -> Result<(), TwoFactorError> {
    let summary = crate::web::client::summary(req);
    let session = WebSession::of(req);
    crate::flows::login::log_in(tf, &session, summary, user, device).await?;
    // The new session's record, so it is listed (and can be ended) from the start.
    let client = crate::web::client::record_client(tf, req);
    let app = client.kind == "app";
    let record = SessionState::get::<String>(&session, SessionKey::Record);
    // The login's time, read once for the record and the browser note.
    let now = tf.clock.now_ms();
    crate::flows::sessions::check_record(tf, &session, record.as_deref(), &user.id, || client, now)
        .await?;
    // A browser the account has not signed in from before (apps carry no browser id).
    if !app {
        let browser = crate::web::browser_id::of(req);
        let familiar = crate::alerts::known::note(&tf.db, &user.id, &browser, now).await?;
        if familiar == crate::alerts::known::Familiar::New {
            tracing::info!(user = %user.id, "sign-in from a new browser");
            tf.signals
                .send(crate::signals::Signal::NewBrowserSignIn {
                    request: crate::web::client::summary(req),
                    user: user.clone(),
                })
                .await;
        }
    }
    Ok(())
}

/// The throttled password step for this request's client address
/// ([`crate::flows::login::check_password`]).
pub(crate) async fn check_password(
    tf: &TwoFactor,
    req: &HttpRequest,
    username: &str,
    password: &str,
) -> Result<crate::flows::login::PasswordCheck, TwoFactorError> {
    let client = crate::web::client::client_address(&tf.throttling, req);
    crate::flows::login::check_password(tf, &client, username, password).await
}
