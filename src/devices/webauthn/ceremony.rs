//! The relying party's two ceremonies (WebAuthn Level 3, §7): options for the browser, the
//! state kept in the session between the two requests, and the checks of what comes back.
//!
//! Pure functions of their inputs and the time given: storage (the credential row, the
//! sign counter, single use of a challenge) is [`Devices`](crate::devices::Devices)' job.

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::cbor::{self, Lookup, Value};
use super::cose::{Algorithm, PublicKey};
pub(crate) use super::relying_party::RelyingParty;
use super::settings::{UserVerification, WebAuthnSettings};
use super::{WebAuthnDevice, WebAuthnError};

/// base64url without padding out, with or without padding in.
pub(crate) const B64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Bytes in a challenge (WebAuthn asks for at least 16).
pub const CHALLENGE_BYTES: usize = 32;
/// The longest credential id WebAuthn allows.
pub const MAX_CREDENTIAL_ID: usize = 1023;
const MAX_CLIENT_DATA: usize = 16 * 1024;
const MAX_ATTESTATION_OBJECT: usize = 64 * 1024;
const MAX_AUTHENTICATOR_DATA: usize = 16 * 1024;
const MAX_SIGNATURE: usize = 1024;
const MAX_USER_HANDLE: usize = 64;

const FLAG_UP: u8 = 0x01;
const FLAG_UV: u8 = 0x04;
const FLAG_BE: u8 = 0x08;
const FLAG_BS: u8 = 0x10;
const FLAG_AT: u8 = 0x40;
const FLAG_ED: u8 = 0x80;

/// What a ceremony is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "for", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Purpose {
    /// Adding a credential to `user_id`'s account.
    Register {
        /// The account.
        user_id: String,
        /// The WebAuthn user handle (base64url) the credential is created under.
        user_handle: String,
        /// A passkey: resident key and user verification required.
        passkey: bool,
    },
    /// The second factor of `user_id`'s login (or a re-authentication).
    SecondFactor {
        /// The account that typed its password.
        user_id: String,
    },
    /// A passwordless login with a discoverable credential.
    PasskeyLogin,
}

/// The state a ceremony keeps in the session between its options and the answer: the
/// challenge and what was asked for. Serialisable (the session store keeps it as JSON);
/// use it once (take it out of the session before verifying).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CeremonyState {
    /// What the ceremony is for.
    pub purpose: Purpose,
    challenge: String,
    rp: RelyingParty,
    user_verification: UserVerification,
    issued_at_ms: i64,
}

impl CeremonyState {
    fn new(
        purpose: Purpose,
        rp: &RelyingParty,
        user_verification: UserVerification,
        now_ms: i64,
    ) -> CeremonyState {
        let challenge: [u8; CHALLENGE_BYTES] = rand::random();
        CeremonyState {
            purpose,
            challenge: B64.encode(challenge),
            rp: rp.clone(),
            user_verification,
            issued_at_ms: now_ms,
        }
    }

    /// The SHA-256 of the challenge (hex): how the "already answered" table knows it.
    pub(crate) fn challenge_hash(&self) -> String {
        hex::encode(Sha256::digest(self.challenge.as_bytes()))
    }

    /// When the challenge stops being accepted (ms).
    pub(crate) fn expires_at_ms(&self, settings: &WebAuthnSettings) -> i64 {
        self.issued_at_ms
            .saturating_add(settings.timeout.as_millis() as i64)
    }

    /// Whether the challenge is still valid at `now_ms` (not issued in the future either).
    pub fn is_fresh(&self, settings: &WebAuthnSettings, now_ms: i64) -> bool {
        now_ms >= self.issued_at_ms && now_ms < self.expires_at_ms(settings)
    }

    /// The relying party the options were made for.
    pub fn relying_party(&self) -> &RelyingParty {
        &self.rp
    }
}

/// The account a credential is created for (WebAuthn's `PublicKeyCredentialUserEntity`).
#[derive(Debug, Clone, Copy)]
pub struct UserEntity<'a> {
    /// The user handle (base64url of 32 random bytes, never the database id).
    pub handle: &'a str,
    /// The login name the authenticator shows.
    pub name: &'a str,
    /// A friendlier name (the same when there is none).
    pub display_name: &'a str,
}

fn descriptor(device: &WebAuthnDevice, settings: &WebAuthnSettings) -> serde_json::Value {
    let mut transports: Vec<String> = device.transports();
    if transports.is_empty() {
        transports = settings
            .transports
            .iter()
            .map(|t| t.as_str().to_owned())
            .collect();
    }
    serde_json::json!({"type": "public-key", "id": device.credential_id, "transports": transports})
}

/// `PublicKeyCredentialCreationOptions` (JSON, binary fields as base64url) and the state
/// to keep. `existing` are the user's credentials (excluded, so a key is not added
/// twice). A passkey asks for a resident key and user verification.
pub fn registration_options(
    settings: &WebAuthnSettings,
    rp: &RelyingParty,
    user_id: &str,
    user: UserEntity<'_>,
    existing: &[WebAuthnDevice],
    passkey: bool,
    now_ms: i64,
) -> (serde_json::Value, CeremonyState) {
    let uv = if passkey {
        UserVerification::Required
    } else {
        settings.user_verification
    };
    let state = CeremonyState::new(
        Purpose::Register {
            user_id: user_id.to_owned(),
            user_handle: user.handle.to_owned(),
            passkey,
        },
        rp,
        uv,
        now_ms,
    );
    let mut selection = serde_json::json!({
        "residentKey": if passkey { "required" } else { "discouraged" },
        "requireResidentKey": passkey,
        "userVerification": uv.as_str(),
    });
    if let Some(attachment) = settings.authenticator_attachment {
        selection["authenticatorAttachment"] = attachment.as_str().into();
    }
    let options = serde_json::json!({
        "rp": {"name": settings.rp_name, "id": rp.id},
        "user": {"id": user.handle, "name": user.name, "displayName": user.display_name},
        "challenge": state.challenge,
        "pubKeyCredParams": Algorithm::ALL
            .iter()
            .map(|a| serde_json::json!({"type": "public-key", "alg": a.cose_id()}))
            .collect::<Vec<_>>(),
        "timeout": settings.timeout.as_millis() as u64,
        "excludeCredentials": existing.iter().map(|d| descriptor(d, settings)).collect::<Vec<_>>(),
        "authenticatorSelection": selection,
        "attestation": settings.attestation.as_str(),
        "extensions": {"credProps": true},
    });
    (options, state)
}

/// `PublicKeyCredentialRequestOptions` and the state to keep: for the second factor,
/// `user_id` and its `credentials`; for a passkey login, no user and no credentials (the
/// browser offers the discoverable ones).
pub fn assertion_options(
    settings: &WebAuthnSettings,
    rp: &RelyingParty,
    user_id: Option<&str>,
    credentials: &[WebAuthnDevice],
    now_ms: i64,
) -> (serde_json::Value, CeremonyState) {
    let (purpose, uv) = match user_id {
        Some(user_id) => (
            Purpose::SecondFactor {
                user_id: user_id.to_owned(),
            },
            settings.user_verification,
        ),
        None => (Purpose::PasskeyLogin, UserVerification::Required),
    };
    let state = CeremonyState::new(purpose, rp, uv, now_ms);
    let allow: Vec<_> = match user_id {
        Some(_) => credentials
            .iter()
            .map(|d| descriptor(d, settings))
            .collect(),
        None => Vec::new(),
    };
    let options = serde_json::json!({
        "challenge": state.challenge,
        "rpId": rp.id,
        "timeout": settings.timeout.as_millis() as u64,
        "allowCredentials": allow,
        "userVerification": uv.as_str(),
    });
    (options, state)
}

/// A registration answer as the browser script posts it (`PublicKeyCredential.toJSON()`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegistrationResponse {
    /// The credential id (base64url).
    pub id: String,
    /// The same, from the raw bytes.
    pub raw_id: String,
    /// Always `public-key`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The authenticator's answer.
    pub response: AttestationPart,
    /// Extension outputs (`credProps`).
    #[serde(default)]
    pub client_extension_results: ExtensionResults,
}

/// The `response` member of a registration answer.
#[derive(Debug, Clone, Deserialize)]
pub struct AttestationPart {
    /// base64url.
    #[serde(rename = "clientDataJSON")]
    pub client_data_json: String,
    /// base64url CBOR.
    #[serde(rename = "attestationObject")]
    pub attestation_object: String,
    /// What `getTransports()` said.
    #[serde(default)]
    pub transports: Vec<String>,
}

/// Client extension outputs.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExtensionResults {
    /// `credProps`.
    #[serde(default)]
    pub cred_props: Option<CredProps>,
}

/// The `credProps` output.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CredProps {
    /// Whether the credential is discoverable (a resident key).
    #[serde(default)]
    pub rk: Option<bool>,
}

/// An authentication answer as the browser script posts it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssertionResponse {
    /// The credential id (base64url).
    pub id: String,
    /// The same, from the raw bytes.
    pub raw_id: String,
    /// Always `public-key`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The authenticator's answer.
    pub response: AssertionPart,
}

/// The `response` member of an authentication answer.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssertionPart {
    /// base64url.
    #[serde(rename = "clientDataJSON")]
    pub client_data_json: String,
    /// base64url.
    pub authenticator_data: String,
    /// base64url (DER for ECDSA).
    pub signature: String,
    /// base64url; set by discoverable credentials.
    #[serde(default)]
    pub user_handle: Option<String>,
}

/// A credential a registration produced, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCredential {
    /// base64url credential id.
    pub credential_id: String,
    /// The COSE_Key bytes.
    pub public_key: Vec<u8>,
    /// The authenticator's counter at registration.
    pub sign_count: u32,
    /// Reported transports (`usb,nfc`).
    pub transports: Vec<String>,
    /// The authenticator model (hex; zeros when not attested).
    pub aaguid: String,
    /// `none` or `packed`.
    pub attestation_format: String,
    /// Created as a passkey: discoverable and user-verified.
    pub is_passkey: bool,
    /// Backup eligible (a synced passkey).
    pub backup_eligible: bool,
    /// Backed up now.
    pub backup_state: bool,
}

/// What a valid assertion says, for the stored credential to be updated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssertionData {
    /// The new counter.
    pub sign_count: u32,
    /// Whether the user was verified (PIN, biometrics).
    pub user_verified: bool,
    /// Backed up now.
    pub backup_state: bool,
}

pub(crate) fn b64(field: &'static str, value: &str, max: usize) -> Result<Vec<u8>, WebAuthnError> {
    // Four base64 characters per three bytes: refuse before decoding anything huge.
    if value.len() > max.saturating_mul(4) / 3 + 4 {
        return Err(WebAuthnError::Malformed(field));
    }
    let bytes = B64
        .decode(value)
        .map_err(|_| WebAuthnError::Malformed(field))?;
    if bytes.len() > max {
        return Err(WebAuthnError::Malformed(field));
    }
    Ok(bytes)
}

#[derive(Deserialize)]
struct ClientData {
    #[serde(rename = "type")]
    kind: String,
    challenge: String,
    origin: String,
    #[serde(rename = "crossOrigin", default)]
    cross_origin: Option<bool>,
}

/// The digest of the challenge an answer's `clientDataJSON` names, as
/// [`CeremonyState::challenge_hash`] makes it; `None` when it cannot be read. Only to find
/// the parked state: the answer is then checked in full against it.
pub(crate) fn answered_challenge_hash(response: &AssertionResponse) -> Option<String> {
    let bytes = b64(
        "clientDataJSON",
        &response.response.client_data_json,
        MAX_CLIENT_DATA,
    )
    .ok()?;
    let data: ClientData = serde_json::from_slice(&bytes).ok()?;
    let challenge = B64.encode(B64.decode(&data.challenge).ok()?);
    Some(hex::encode(Sha256::digest(challenge.as_bytes())))
}

/// Checks `clientDataJSON` (type, challenge, origin, not cross-origin); returns its hash.
fn check_client_data(
    state: &CeremonyState,
    raw: &str,
    expected_type: &str,
) -> Result<[u8; 32], WebAuthnError> {
    let bytes = b64("clientDataJSON", raw, MAX_CLIENT_DATA)?;
    let data: ClientData =
        serde_json::from_slice(&bytes).map_err(|_| WebAuthnError::Malformed("clientDataJSON"))?;
    if data.kind != expected_type {
        return Err(WebAuthnError::Malformed("clientDataJSON type"));
    }
    let sent = B64
        .decode(&data.challenge)
        .map_err(|_| WebAuthnError::ChallengeMismatch)?;
    let expected = B64
        .decode(&state.challenge)
        .map_err(|_| WebAuthnError::ChallengeMismatch)?;
    if sent.len() != expected.len() || !bool::from(sent.ct_eq(&expected)) {
        return Err(WebAuthnError::ChallengeMismatch);
    }
    if !state.rp.origins.contains(&data.origin) {
        return Err(WebAuthnError::WrongOrigin(printable(&data.origin, 200)));
    }
    if data.cross_origin == Some(true) {
        return Err(WebAuthnError::WrongOrigin(
            "a cross-origin frame".to_owned(),
        ));
    }
    Ok(Sha256::digest(&bytes).into())
}

struct AuthData {
    rp_id_hash: [u8; 32],
    flags: u8,
    sign_count: u32,
    attested: Option<Attested>,
}

struct Attested {
    aaguid: [u8; 16],
    credential_id: Vec<u8>,
    public_key: Vec<u8>,
    key: PublicKey,
}

fn parse_auth_data(bytes: &[u8]) -> Result<AuthData, WebAuthnError> {
    let bad = || WebAuthnError::Malformed("authenticatorData");
    if bytes.len() < 37 {
        return Err(bad());
    }
    let rp_id_hash: [u8; 32] = bytes[..32].try_into().map_err(|_| bad())?;
    let flags = bytes[32];
    let sign_count = u32::from_be_bytes(bytes[33..37].try_into().map_err(|_| bad())?);
    let mut rest = &bytes[37..];
    let attested = if flags & FLAG_AT != 0 {
        if rest.len() < 18 {
            return Err(bad());
        }
        let aaguid: [u8; 16] = rest[..16].try_into().map_err(|_| bad())?;
        let id_len = usize::from(u16::from_be_bytes([rest[16], rest[17]]));
        rest = &rest[18..];
        if id_len == 0 || id_len > MAX_CREDENTIAL_ID || rest.len() < id_len {
            return Err(bad());
        }
        let credential_id = rest[..id_len].to_vec();
        rest = &rest[id_len..];
        let (_, used) = cbor::decode_prefix(rest).map_err(|_| bad())?;
        let key = PublicKey::from_cose_bytes(&rest[..used]).map_err(WebAuthnError::Key)?;
        let public_key = rest[..used].to_vec();
        rest = &rest[used..];
        Some(Attested {
            aaguid,
            credential_id,
            public_key,
            key,
        })
    } else {
        None
    };
    if flags & FLAG_ED != 0 {
        let (_, used) = cbor::decode_prefix(rest).map_err(|_| bad())?;
        rest = &rest[used..];
    }
    if !rest.is_empty() {
        return Err(bad());
    }
    if flags & FLAG_BS != 0 && flags & FLAG_BE == 0 {
        return Err(bad());
    }
    Ok(AuthData {
        rp_id_hash,
        flags,
        sign_count,
        attested,
    })
}

/// The checks both ceremonies make on authenticator data: RP id hash, UP, UV.
fn check_flags(state: &CeremonyState, data: &AuthData) -> Result<(), WebAuthnError> {
    let expected: [u8; 32] = Sha256::digest(state.rp.id.as_bytes()).into();
    if !bool::from(expected.ct_eq(&data.rp_id_hash)) {
        return Err(WebAuthnError::WrongRpId);
    }
    if data.flags & FLAG_UP == 0 {
        return Err(WebAuthnError::UserNotPresent);
    }
    if state.user_verification == UserVerification::Required && data.flags & FLAG_UV == 0 {
        return Err(WebAuthnError::UserNotVerified);
    }
    Ok(())
}

fn check_time(
    state: &CeremonyState,
    settings: &WebAuthnSettings,
    now_ms: i64,
) -> Result<(), WebAuthnError> {
    if state.is_fresh(settings, now_ms) {
        Ok(())
    } else {
        Err(WebAuthnError::Expired)
    }
}

/// Verifies a registration answer against its state (§7.1): the stored state's purpose
/// must be a registration, the challenge fresh. Does not check that the credential is new
/// (the database's unique id does).
pub fn verify_registration(
    settings: &WebAuthnSettings,
    state: &CeremonyState,
    response: &RegistrationResponse,
    now_ms: i64,
) -> Result<NewCredential, WebAuthnError> {
    let Purpose::Register { passkey, .. } = &state.purpose else {
        return Err(WebAuthnError::WrongCeremony);
    };
    check_time(state, settings, now_ms)?;
    if response.kind != "public-key" {
        return Err(WebAuthnError::Malformed("type"));
    }
    let raw_id = b64("rawId", &response.raw_id, MAX_CREDENTIAL_ID)?;
    let client_hash = check_client_data(
        state,
        &response.response.client_data_json,
        "webauthn.create",
    )?;
    let object_bytes = b64(
        "attestationObject",
        &response.response.attestation_object,
        MAX_ATTESTATION_OBJECT,
    )?;
    let object =
        cbor::decode(&object_bytes).map_err(|_| WebAuthnError::Malformed("attestationObject"))?;
    let fmt = object
        .get_text_key("fmt")
        .and_then(Value::as_text)
        .ok_or(WebAuthnError::Malformed("attestationObject"))?;
    let statement = object
        .get_text_key("attStmt")
        .filter(|v| v.as_map().is_some())
        .ok_or(WebAuthnError::Malformed("attestationObject"))?;
    let auth_bytes = object
        .get_text_key("authData")
        .and_then(Lookup::bytes)
        .filter(|b| b.len() <= MAX_AUTHENTICATOR_DATA)
        .ok_or(WebAuthnError::Malformed("attestationObject"))?;
    let data = parse_auth_data(auth_bytes)?;
    check_flags(state, &data)?;
    let Some(attested) = &data.attested else {
        return Err(WebAuthnError::Malformed("authenticatorData"));
    };
    if attested.credential_id != raw_id || B64.encode(&raw_id) != response.id.trim_end_matches('=')
    {
        return Err(WebAuthnError::Malformed("credential id"));
    }
    let mut stored_format = fmt;
    let metadata = settings.metadata.as_deref();
    match fmt {
        "none" => {
            if !statement.as_map().is_some_and(Vec::is_empty) {
                return Err(WebAuthnError::Malformed("attStmt"));
            }
        }
        "packed" => {
            use super::attestation::{Judged, check_packed};
            let judged = check_packed(
                statement,
                auth_bytes,
                &client_hash,
                &attested.key,
                &attested.aaguid,
                metadata,
            )?;
            if judged == Judged::Unjudged {
                // A certificate chain nobody judged proves nothing about the model: the
                // key is stored as unattested.
                stored_format = "none";
            }
            if metadata.is_some() && judged != Judged::Attested {
                return Err(WebAuthnError::AttestationRequired);
            }
        }
        other => {
            return Err(WebAuthnError::UnsupportedAttestation(printable(other, 32)));
        }
    }
    // With metadata the site requires attestation: `none` proves nothing about the model.
    if metadata.is_some() && fmt == "none" {
        return Err(WebAuthnError::AttestationRequired);
    }
    let user_verified = data.flags & FLAG_UV != 0;
    let resident = response
        .client_extension_results
        .cred_props
        .as_ref()
        .and_then(|p| p.rk);
    if *passkey && resident == Some(false) {
        return Err(WebAuthnError::NotDiscoverable);
    }
    Ok(NewCredential {
        credential_id: B64.encode(&raw_id),
        public_key: attested.public_key.clone(),
        sign_count: data.sign_count,
        transports: response
            .response
            .transports
            .iter()
            .filter(|t| super::settings::Transport::parse(t).is_some())
            .take(8)
            .cloned()
            .collect(),
        aaguid: hex::encode(attested.aaguid),
        attestation_format: stored_format.to_owned(),
        is_passkey: *passkey && user_verified,
        backup_eligible: data.flags & FLAG_BE != 0,
        backup_state: data.flags & FLAG_BS != 0,
    })
}

/// Client-supplied text made safe to show and to log: at most `max` characters, with
/// control and other invisible characters (newlines, bidi overrides) escaped as
/// `\n`, `\u{202e}`, so it can never start a log line or reorder a page.
pub(crate) fn printable(text: &str, max: usize) -> String {
    text.chars()
        .take(max)
        .flat_map(char::escape_debug)
        .collect()
}

/// `packed` attestation: self attestation (no `x5c`) must be the credential key's own
/// signature (`Ok(true)`: verified); a certificate chain is accepted without judging its
/// trust (the site asked for no attestation, or accepts any): `Ok(false)`, unverified.
/// The stored parts of a credential an assertion is checked against.
#[derive(Debug, Clone, Copy)]
pub struct StoredCredential<'a> {
    /// base64url credential id.
    pub credential_id: &'a str,
    /// COSE_Key bytes.
    pub public_key: &'a [u8],
    /// The last counter seen.
    pub sign_count: i64,
    /// base64url user handle.
    pub user_handle: &'a str,
}

/// Verifies an authentication answer (§7.2) for `stored` (the row its credential id
/// names): challenge, origin, RP id, flags, signature and the sign counter. For a passkey
/// login the user handle must be the credential's.
pub fn verify_assertion(
    settings: &WebAuthnSettings,
    state: &CeremonyState,
    response: &AssertionResponse,
    stored: StoredCredential<'_>,
    now_ms: i64,
) -> Result<AssertionData, WebAuthnError> {
    if matches!(state.purpose, Purpose::Register { .. }) {
        return Err(WebAuthnError::WrongCeremony);
    }
    check_time(state, settings, now_ms)?;
    if response.kind != "public-key" {
        return Err(WebAuthnError::Malformed("type"));
    }
    let raw_id = b64("rawId", &response.raw_id, MAX_CREDENTIAL_ID)?;
    if B64.encode(&raw_id) != stored.credential_id {
        return Err(WebAuthnError::UnknownCredential);
    }
    if state.purpose == Purpose::PasskeyLogin {
        let handle = response
            .response
            .user_handle
            .as_deref()
            .filter(|h| !h.is_empty())
            .ok_or(WebAuthnError::Malformed("userHandle"))?;
        let handle = b64("userHandle", handle, MAX_USER_HANDLE)?;
        let expected = B64.decode(stored.user_handle).unwrap_or_default();
        if handle.len() != expected.len() || !bool::from(handle.ct_eq(&expected)) {
            return Err(WebAuthnError::UnknownCredential);
        }
    }
    let client_hash =
        check_client_data(state, &response.response.client_data_json, "webauthn.get")?;
    let auth_bytes = b64(
        "authenticatorData",
        &response.response.authenticator_data,
        MAX_AUTHENTICATOR_DATA,
    )?;
    let data = parse_auth_data(&auth_bytes)?;
    if data.attested.is_some() {
        return Err(WebAuthnError::Malformed("authenticatorData"));
    }
    check_flags(state, &data)?;
    let signature = b64("signature", &response.response.signature, MAX_SIGNATURE)?;
    let key = PublicKey::from_cose_bytes(stored.public_key).map_err(WebAuthnError::Key)?;
    let mut signed = auth_bytes;
    signed.extend_from_slice(&client_hash);
    if !key.verify(&signed, &signature) {
        return Err(WebAuthnError::BadSignature);
    }
    let new = i64::from(data.sign_count);
    if (new != 0 || stored.sign_count != 0) && new <= stored.sign_count {
        return Err(WebAuthnError::CounterRegression {
            stored: stored.sign_count,
            received: new,
        });
    }
    Ok(AssertionData {
        sign_count: data.sign_count,
        user_verified: data.flags & FLAG_UV != 0,
        backup_state: data.flags & FLAG_BS != 0,
    })
}

/// The credential id an assertion names (base64url, canonical), if it is well formed.
pub fn assertion_credential_id(response: &AssertionResponse) -> Result<String, WebAuthnError> {
    let raw = b64("rawId", &response.raw_id, MAX_CREDENTIAL_ID)?;
    if raw.is_empty() {
        return Err(WebAuthnError::Malformed("rawId"));
    }
    let id = B64.encode(raw);
    if response.id.trim_end_matches('=') != id {
        return Err(WebAuthnError::Malformed("id"));
    }
    Ok(id)
}

/// The fuzz target's entry (`two_factor::__private::webauthn_answer`): `answer` checked
/// as an assertion and as a registration against fixed states.
pub(crate) fn fuzz_answer(answer: &str) -> bool {
    let settings = WebAuthnSettings::new("Fuzz");
    let rp = RelyingParty {
        id: "localhost".to_owned(),
        origins: vec!["http://localhost:8000".to_owned()],
    };
    let state = |purpose| CeremonyState {
        purpose,
        challenge: B64.encode([7u8; CHALLENGE_BYTES]),
        rp: rp.clone(),
        user_verification: UserVerification::Preferred,
        issued_at_ms: 0,
    };
    let mut accepted = false;
    if let Ok(response) = serde_json::from_str::<AssertionResponse>(answer) {
        let _ = assertion_credential_id(&response);
        let stored = StoredCredential {
            credential_id: &response.id,
            public_key: &[],
            sign_count: 0,
            user_handle: "AAAA",
        };
        for purpose in [
            Purpose::PasskeyLogin,
            Purpose::SecondFactor {
                user_id: "1".into(),
            },
        ] {
            accepted |= verify_assertion(&settings, &state(purpose), &response, stored, 1).is_ok();
        }
    }
    if let Ok(response) = serde_json::from_str::<RegistrationResponse>(answer) {
        let purpose = Purpose::Register {
            user_id: "1".into(),
            user_handle: "AAAA".into(),
            passkey: false,
        };
        accepted |= verify_registration(&settings, &state(purpose), &response, 1).is_ok();
    }
    accepted
}
