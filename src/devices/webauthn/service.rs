//! The WebAuthn ceremonies on [`Devices`]: options, then verification against the stored
//! credentials, with throttling, the sign counter and single use in the database.

use base64::Engine as _;
use diesel::prelude::*;

use super::ceremony::{
    self, AssertionResponse, B64, CeremonyState, Purpose, RegistrationResponse, RelyingParty,
    UserEntity,
};
use super::cose::KeyError;
use super::settings::WebAuthnSettings;
use super::{ADDITIONAL_NAME, PRIMARY_NAME, WebAuthnDevice, by_credential_id, for_user};
use crate::db::schema::otp_webauthn_device as t;
use crate::db::schema::two_factor_webauthn_used as used;
use crate::db::{AnyConnection, DbError, with_backend, write_transaction};
use crate::devices::throttle::record_failure;
use crate::devices::{Devices, Verification};

/// Why a WebAuthn answer was refused. The messages are safe to show the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebAuthnError {
    /// A field of the browser's answer is missing or malformed.
    #[error("The browser's answer could not be read ({0}). Please try again.")]
    Malformed(&'static str),
    /// The credential public key is unusable.
    #[error("{0}")]
    Key(KeyError),
    /// The answer is for another challenge.
    #[error("This answer belongs to another request. Please try again.")]
    ChallengeMismatch,
    /// The challenge expired (or the clock says it was issued in the future).
    #[error("The request expired. Please try again.")]
    Expired,
    /// The answer came from an origin the site does not serve.
    #[error("The answer came from another site ({0}).")]
    WrongOrigin(String),
    /// The authenticator answered for another relying-party id.
    #[error("The security key answered for another site.")]
    WrongRpId,
    /// The user-presence flag is missing.
    #[error("The security key was not touched.")]
    UserNotPresent,
    /// User verification was required and not done.
    #[error("The security key did not verify you (PIN or biometrics). Please try again.")]
    UserNotVerified,
    /// The signature does not verify.
    #[error("The security key's signature is not valid.")]
    BadSignature,
    /// No credential of this account (or of this site) has that id.
    #[error("This security key is not registered for this account.")]
    UnknownCredential,
    /// The credential is not a passkey of this site (registered as a second factor only).
    #[error("This key is not a passkey of this site. Sign in with your password.")]
    NotPasskey,
    /// Passkey login is turned off.
    #[error("Signing in with a passkey is turned off on this site.")]
    PasskeyLoginDisabled,
    /// The signature counter did not increase: the key may have been cloned.
    #[error(
        "This security key's signature counter went backwards, which happens when a key has been copied. It was refused; contact the site's administrators."
    )]
    CounterRegression {
        /// The counter stored.
        stored: i64,
        /// The counter received.
        received: i64,
    },
    /// The challenge was already answered once.
    #[error("This answer was already used. Please try again.")]
    Replayed,
    /// The credential is registered already (to this or another account).
    #[error("This security key is already registered.")]
    AlreadyRegistered,
    /// An attestation format this site does not accept.
    #[error(
        "This authenticator's attestation ({0}) is not supported; the site accepts `none` and `packed`."
    )]
    UnsupportedAttestation(String),
    /// A passkey registration whose credential is not discoverable.
    #[error("This authenticator cannot keep a passkey. Add it as a security key instead.")]
    NotDiscoverable,
    /// The session's state is for another ceremony or another user.
    #[error("This answer belongs to another step. Please start again.")]
    WrongCeremony,
    /// The key is in its back-off window.
    #[error("{}", crate::devices::throttle::throttled_message(*failure_count))]
    Throttled {
        /// Consecutive failures so far.
        failure_count: i32,
    },
    /// The label the user gave is not acceptable.
    #[error("{0}")]
    BadLabel(&'static str),
    /// The site's policy does not accept this authenticator model (its AAGUID).
    #[error("This kind of authenticator ({0}) is not accepted on this site.")]
    ModelNotAccepted(String),
    /// The site requires attested keys and this one sent no attestation it could judge.
    #[error("This site accepts only security keys that prove their model (attestation).")]
    AttestationRequired,
    /// The attestation's certificates do not hold (the reason, for logs).
    #[error("The security key's attestation could not be verified ({0}).")]
    AttestationUntrusted(String),
    /// The model is not in the site's FIDO metadata.
    #[error("This kind of authenticator ({0}) is not in the site's list of known models.")]
    NotInMetadata(String),
    /// Its maker reported the model revoked or its keys compromised.
    #[error(
        "This kind of authenticator ({0}) has been reported revoked or compromised by its maker."
    )]
    Revoked(String),
}

impl WebAuthnError {
    /// The message for the user, in the current language (the `Display` text is the
    /// English one, for logs).
    pub fn message(&self) -> String {
        use crate::i18n::{tr, tr_args};
        match self {
            WebAuthnError::Malformed(part) => {
                tr_args("webauthn-error-malformed", &[("part", (*part).into())])
            }
            WebAuthnError::Key(error) => error.message(),
            WebAuthnError::ChallengeMismatch => tr("webauthn-error-challenge-mismatch"),
            WebAuthnError::Expired => tr("webauthn-error-expired"),
            WebAuthnError::WrongOrigin(origin) => tr_args(
                "webauthn-error-wrong-origin",
                &[("origin", origin.as_str().into())],
            ),
            WebAuthnError::WrongRpId => tr("webauthn-error-wrong-rp-id"),
            WebAuthnError::UserNotPresent => tr("webauthn-error-user-not-present"),
            WebAuthnError::UserNotVerified => tr("webauthn-error-user-not-verified"),
            WebAuthnError::BadSignature => tr("webauthn-error-bad-signature"),
            WebAuthnError::UnknownCredential => tr("webauthn-error-unknown-credential"),
            WebAuthnError::NotPasskey => tr("webauthn-error-not-passkey"),
            WebAuthnError::PasskeyLoginDisabled => tr("webauthn-error-passkey-login-disabled"),
            WebAuthnError::CounterRegression { .. } => tr("webauthn-error-counter-regression"),
            WebAuthnError::Replayed => tr("webauthn-error-replayed"),
            WebAuthnError::AlreadyRegistered => tr("webauthn-error-already-registered"),
            WebAuthnError::UnsupportedAttestation(format) => tr_args(
                "webauthn-error-unsupported-attestation",
                &[("format", format.as_str().into())],
            ),
            WebAuthnError::NotDiscoverable => tr("webauthn-error-not-discoverable"),
            WebAuthnError::WrongCeremony => tr("webauthn-error-wrong-ceremony"),
            WebAuthnError::Throttled { failure_count } => {
                crate::devices::throttle::throttled_message(*failure_count)
            }
            WebAuthnError::BadLabel(reason) => super::label_message(reason),
            WebAuthnError::ModelNotAccepted(model) => tr_args(
                "webauthn-error-model-not-accepted",
                &[("model", model.as_str().into())],
            ),
            WebAuthnError::AttestationRequired => tr("webauthn-error-attestation-required"),
            WebAuthnError::AttestationUntrusted(_) => tr("webauthn-error-attestation-untrusted"),
            WebAuthnError::NotInMetadata(model) => tr_args(
                "webauthn-error-not-in-metadata",
                &[("model", model.as_str().into())],
            ),
            WebAuthnError::Revoked(model) => tr_args(
                "webauthn-error-revoked",
                &[("model", model.as_str().into())],
            ),
        }
    }
}

/// The outcome of an authentication answer.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Assertion {
    /// As for a token: `Verified`, `Invalid`, `Replayed` (a used challenge or a counter
    /// regression) or `Throttled`.
    pub verification: Verification,
    /// The credential the answer named, when it is one of the account's (for a passkey
    /// login: of any account — its `user_id` is who logs in).
    pub device: Option<WebAuthnDevice>,
    /// Why it was refused (`None` when verified).
    pub error: Option<WebAuthnError>,
    /// Whether the authenticator verified the user (a passkey login needs it).
    pub user_verified: bool,
}

impl Assertion {
    fn refused(
        verification: Verification,
        device: Option<WebAuthnDevice>,
        error: WebAuthnError,
    ) -> Assertion {
        Assertion {
            verification,
            device,
            error: Some(error),
            user_verified: false,
        }
    }
}

/// Records a challenge as answered; false when it already was. Prunes expired entries.
fn consume_challenge(
    conn: &mut AnyConnection,
    hash: &str,
    expires_at: i64,
    now_ms: i64,
) -> Result<bool, DbError> {
    with_backend!(conn, c => diesel::delete(used::table.filter(used::expires_at.lt(now_ms))).execute(c))?;
    let n = with_backend!(conn, c => diesel::insert_into(used::table)
        .values((used::challenge_hash.eq(hash), used::expires_at.eq(expires_at)))
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

impl Devices {
    /// The user's WebAuthn credentials, oldest first.
    pub async fn webauthn_devices(&self, user_id: &str) -> Result<Vec<WebAuthnDevice>, DbError> {
        let uid = user_id.to_owned();
        self.db.run(move |conn| for_user(conn, &uid)).await
    }

    /// Starts adding a credential (a security key, or a passkey when `passkey`) to
    /// `user_id`'s account, shown by the authenticator as `username`. Returns the options
    /// for `navigator.credentials.create` and the state to keep in the session.
    pub async fn begin_webauthn_registration(
        &self,
        settings: &WebAuthnSettings,
        rp: &RelyingParty,
        user_id: &str,
        username: &str,
        passkey: bool,
    ) -> Result<(serde_json::Value, CeremonyState), DbError> {
        let existing = self.webauthn_devices(user_id).await?;
        // One user handle per account: reuse the one its credentials were made under.
        let handle = existing
            .first()
            .map(|d| d.user_handle.clone())
            .unwrap_or_else(|| B64.encode(rand::random::<[u8; 32]>()));
        let user = UserEntity {
            handle: &handle,
            name: username,
            display_name: username,
        };
        Ok(ceremony::registration_options(
            settings,
            rp,
            user_id,
            user,
            &existing,
            passkey,
            self.clock.now_ms(),
        ))
    }

    /// Finishes a registration: checks the browser's `response` (JSON) against `state`
    /// and stores the credential as `label` (`primary`: the account's default device, from
    /// the setup wizard). The outer error is the database; the inner one says why the
    /// answer was refused.
    pub async fn finish_webauthn_registration(
        &self,
        settings: &WebAuthnSettings,
        state: CeremonyState,
        user_id: &str,
        label: &str,
        primary: bool,
        response: &str,
    ) -> Result<Result<WebAuthnDevice, WebAuthnError>, DbError> {
        let Purpose::Register {
            user_id: owner,
            user_handle,
            passkey,
        } = &state.purpose
        else {
            return Ok(Err(WebAuthnError::WrongCeremony));
        };
        if owner != user_id {
            return Ok(Err(WebAuthnError::WrongCeremony));
        }
        let fallback = crate::i18n::tr(if *passkey {
            "webauthn-kind-passkey"
        } else {
            "webauthn-kind-security-key"
        });
        let label = match super::clean_label(label, &fallback) {
            Ok(label) => label,
            Err(reason) => return Ok(Err(WebAuthnError::BadLabel(reason))),
        };
        let parsed: RegistrationResponse = match serde_json::from_str(response) {
            Ok(parsed) => parsed,
            Err(_) => return Ok(Err(WebAuthnError::Malformed("credential"))),
        };
        let now = self.clock.now_ms();
        let credential = match ceremony::verify_registration(settings, &state, &parsed, now) {
            Ok(credential) => credential,
            Err(error) => {
                tracing::info!(user = %user_id, %error, "webauthn registration refused");
                return Ok(Err(error));
            }
        };
        if !settings.aaguids.accepts(&credential.aaguid) {
            let error = WebAuthnError::ModelNotAccepted(super::attestation::model_name(
                &credential.aaguid,
                None,
            ));
            tracing::info!(user = %user_id, aaguid = %credential.aaguid, "webauthn registration refused: model not accepted");
            return Ok(Err(error));
        }
        let (hash, expires) = (state.challenge_hash(), state.expires_at_ms(settings));
        let (uid, handle) = (user_id.to_owned(), user_handle.clone());
        let name = if primary {
            PRIMARY_NAME
        } else {
            ADDITIONAL_NAME
        };
        let stored = self
            .db
            .run(move |conn| {
                write_transaction(conn, |conn| {
                    if !consume_challenge(conn, &hash, expires, now)? {
                        return Ok(Err(WebAuthnError::Replayed));
                    }
                    if by_credential_id(conn, &credential.credential_id)?.is_some() {
                        return Ok(Err(WebAuthnError::AlreadyRegistered));
                    }
                    let row = with_backend!(conn, c => diesel::insert_into(t::table)
                        .values((
                            t::user_id.eq(&uid),
                            t::name.eq(name),
                            t::label.eq(&label),
                            t::credential_id.eq(&credential.credential_id),
                            t::public_key.eq(&credential.public_key),
                            t::user_handle.eq(&handle),
                            t::sign_count.eq(i64::from(credential.sign_count)),
                            t::transports.eq(credential.transports.join(",")),
                            t::aaguid.eq(&credential.aaguid),
                            t::attestation_format.eq(&credential.attestation_format),
                            t::is_passkey.eq(credential.is_passkey),
                            t::backup_eligible.eq(credential.backup_eligible),
                            t::backup_state.eq(credential.backup_state),
                            t::created_at.eq(now),
                        ))
                        .returning(WebAuthnDevice::as_returning())
                        .get_result(c))?;
                    Ok(Ok(row))
                })
            })
            .await?;
        match &stored {
            Ok(device) => tracing::info!(user = %user_id, device = %device.device_ref(),
                passkey = device.is_passkey, "webauthn credential registered"),
            Err(error) => tracing::warn!(user = %user_id, %error, "webauthn registration refused"),
        }
        Ok(stored)
    }

    /// Starts an authentication: for the second factor of `user_id` (its credentials are
    /// offered), or, with `None`, a passkey login (the browser offers discoverable ones).
    pub async fn begin_webauthn_assertion(
        &self,
        settings: &WebAuthnSettings,
        rp: &RelyingParty,
        user_id: Option<&str>,
    ) -> Result<(serde_json::Value, CeremonyState), DbError> {
        let credentials = match user_id {
            Some(uid) => self.webauthn_devices(uid).await?,
            None => Vec::new(),
        };
        Ok(ceremony::assertion_options(
            settings,
            rp,
            user_id,
            &credentials,
            self.clock.now_ms(),
        ))
    }

    /// Parks the state of an app client's passkey login until its answer, unless the
    /// client address (`client`, its throttling bucket) or the table is at its bound
    /// ([`pending`](super::pending)).
    pub(crate) async fn park_webauthn_state(
        &self,
        settings: &WebAuthnSettings,
        state: CeremonyState,
        client: &str,
    ) -> Result<super::pending::Parked, DbError> {
        let (expires, now) = (state.expires_at_ms(settings), self.clock.now_ms());
        let client = super::pending::client_key(client);
        self.db
            .run(move |conn| super::pending::park(conn, &state, &client, expires, now))
            .await
    }

    /// Claims the parked state an app client's passkey answer names, if any.
    pub(crate) async fn claim_webauthn_state(
        &self,
        answer: &str,
    ) -> Result<Option<CeremonyState>, DbError> {
        let Ok(parsed) = serde_json::from_str::<AssertionResponse>(answer) else {
            return Ok(None);
        };
        let now = self.clock.now_ms();
        self.db
            .run(move |conn| super::pending::claim(conn, &parsed, now))
            .await
    }

    /// Finishes an authentication. For the second factor, `user_id` is the account whose
    /// password was checked (the state must be for it, the credential must be its); for a
    /// passkey login it is `None` and the credential's owner is who logs in. A refused
    /// answer counts as a failed attempt on the credential it names.
    pub async fn finish_webauthn_assertion(
        &self,
        settings: &WebAuthnSettings,
        state: CeremonyState,
        user_id: Option<&str>,
        response: &str,
    ) -> Result<Assertion, DbError> {
        let invalid = |error| Ok(Assertion::refused(Verification::Invalid, None, error));
        match (&state.purpose, user_id) {
            (Purpose::SecondFactor { user_id: owner }, Some(uid)) if owner == uid => {}
            (Purpose::PasskeyLogin, None) => {
                if !settings.passkey_login {
                    return invalid(WebAuthnError::PasskeyLoginDisabled);
                }
            }
            _ => return invalid(WebAuthnError::WrongCeremony),
        }
        let parsed: AssertionResponse = match serde_json::from_str(response) {
            Ok(parsed) => parsed,
            Err(_) => return invalid(WebAuthnError::Malformed("credential")),
        };
        let credential_id = match ceremony::assertion_credential_id(&parsed) {
            Ok(id) => id,
            Err(error) => return invalid(error),
        };
        let now = self.clock.now_ms();
        if !state.is_fresh(settings, now) {
            return invalid(WebAuthnError::Expired);
        }
        let (hash, expires) = (state.challenge_hash(), state.expires_at_ms(settings));
        let owner = user_id.map(str::to_owned);
        let settings_owned = settings.clone();
        let factor = self.settings.webauthn_throttle_factor;
        let outcome = self
            .db
            .run(move |conn| {
                write_transaction(conn, |conn| {
                    let settings = &settings_owned;
                    // The key first: an answer naming no key of the site is refused and
                    // writes nothing (anyone may send those, again and again). One that
                    // names a key, replayed with an old cookie's state, still meets the
                    // record of answered challenges below.
                    let Some(row) = by_credential_id(conn, &credential_id)? else {
                        return Ok(Assertion::refused(
                            Verification::Invalid,
                            None,
                            WebAuthnError::UnknownCredential,
                        ));
                    };
                    if !consume_challenge(conn, &hash, expires, now)? {
                        return Ok(Assertion::refused(
                            Verification::Replayed,
                            None,
                            WebAuthnError::Replayed,
                        ));
                    }
                    match &owner {
                        Some(uid) if *uid != row.user_id => {
                            // Someone else's credential: nothing of theirs is touched.
                            return Ok(Assertion::refused(
                                Verification::Invalid,
                                None,
                                WebAuthnError::UnknownCredential,
                            ));
                        }
                        None if !row.is_passkey => {
                            return Ok(Assertion::refused(
                                Verification::Invalid,
                                None,
                                WebAuthnError::NotPasskey,
                            ));
                        }
                        _ => {}
                    }
                    if let Some(entry) = settings
                        .metadata
                        .as_deref()
                        .and_then(|m| m.entry(&row.aaguid))
                        .filter(|e| e.is_refused())
                    {
                        // Reported revoked or compromised since it was registered.
                        let model =
                            super::attestation::model_name(&row.aaguid, Some(&entry.description));
                        return Ok(Assertion::refused(
                            Verification::Invalid,
                            None,
                            WebAuthnError::Revoked(model),
                        ));
                    }
                    if !settings.aaguids.accepts(&row.aaguid) {
                        // A model the site no longer accepts: refused like an unknown key,
                        // with the reason (and no failure counted: it is not a guess).
                        let model = super::attestation::model_name(&row.aaguid, None);
                        return Ok(Assertion::refused(
                            Verification::Invalid,
                            None,
                            WebAuthnError::ModelNotAccepted(model),
                        ));
                    }
                    let throttle = row.throttle();
                    if throttle.is_throttled(factor, now) {
                        let failure_count = throttle.failure_count;
                        return Ok(Assertion::refused(
                            Verification::Throttled { failure_count },
                            Some(row),
                            WebAuthnError::Throttled { failure_count },
                        ));
                    }
                    match ceremony::verify_assertion(settings, &state, &parsed, row.stored(), now) {
                        Ok(data) => {
                            let n = with_backend!(conn, c => diesel::update(
                                t::table
                                    .filter(t::id.eq(row.id))
                                    .filter(t::sign_count.eq(row.sign_count)),
                            )
                            .set((
                                t::sign_count.eq(i64::from(data.sign_count)),
                                t::backup_state.eq(data.backup_state),
                                t::last_used_at.eq(Some(now)),
                                t::throttling_failure_count.eq(0),
                                t::throttling_failure_timestamp.eq(None::<i64>),
                            ))
                            .execute(c))?;
                            if n != 1 {
                                return Ok(Assertion::refused(
                                    Verification::Replayed,
                                    Some(row),
                                    WebAuthnError::Replayed,
                                ));
                            }
                            let mut row = row;
                            row.sign_count = i64::from(data.sign_count);
                            row.last_used_at = Some(now);
                            Ok(Assertion {
                                verification: Verification::Verified,
                                device: Some(row),
                                error: None,
                                user_verified: data.user_verified,
                            })
                        }
                        Err(error) => {
                            record_failure!(conn, t, row.id, throttle.failure_count, factor, now)?;
                            let verification = match error {
                                WebAuthnError::CounterRegression { .. } => Verification::Replayed,
                                _ => Verification::Invalid,
                            };
                            Ok(Assertion::refused(verification, Some(row), error))
                        }
                    }
                })
            })
            .await?;
        let device = outcome.device.as_ref().map(WebAuthnDevice::device_ref);
        let user = outcome
            .device
            .as_ref()
            .map(|d| d.user_id.as_str())
            .or(user_id)
            .unwrap_or("-");
        match &outcome.error {
            None => tracing::info!(user = %user, device = ?device, "webauthn assertion verified"),
            Some(WebAuthnError::CounterRegression { stored, received }) => {
                tracing::warn!(target: "two_factor::security", user = %user, device = ?device,
                    stored, received, "webauthn sign counter went backwards: the authenticator may have been cloned; refused")
            }
            Some(WebAuthnError::Replayed) => {
                tracing::warn!(target: "two_factor::security", user = %user, device = ?device,
                    "webauthn answer replayed: its challenge was already used")
            }
            Some(error) => {
                tracing::info!(user = %user, device = ?device, %error, "webauthn assertion refused")
            }
        }
        Ok(outcome)
    }
}
