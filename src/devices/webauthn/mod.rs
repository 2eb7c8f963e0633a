//! WebAuthn devices: security keys and passkeys, as a second factor and (passkeys) as a
//! passwordless login (django-two-factor-auth's `two_factor.plugins.webauthn`).
//!
//! The storage (one row per credential in `otp_webauthn_device`) is always compiled, so
//! credentials stay listed and removable whatever the features; the ceremonies (options,
//! verification, the `ring` signature checks) come with the `webauthn` cargo feature.
//!
//! A ceremony is two requests: `begin_*` returns the options for the browser and a
//! [`CeremonyState`] the caller keeps in the session; `finish_*` takes that state (the
//! caller removes it from the session first: one answer per challenge) and the browser's
//! JSON. Single use does not rest on the session alone: the challenge of every answer is
//! recorded (`two_factor_webauthn_used`) until it expires, so a replayed answer is refused
//! even with a copied cookie session.

#[cfg(feature = "webauthn")]
mod attestation;
#[cfg(feature = "webauthn")]
pub(crate) mod cbor;
#[cfg(feature = "webauthn")]
pub(crate) mod ceremony;
#[cfg(feature = "webauthn")]
pub(crate) mod cose;
#[cfg(feature = "webauthn")]
pub(crate) mod metadata;
#[cfg(feature = "webauthn")]
pub(crate) mod pending;
pub(crate) mod providers;
#[cfg(feature = "webauthn")]
mod relying_party;
#[cfg(feature = "webauthn")]
mod settings;

#[cfg(feature = "webauthn")]
pub use ceremony::{CeremonyState, Purpose};
#[cfg(feature = "webauthn")]
pub use metadata::{Metadata, MetadataEntry};
#[cfg(feature = "webauthn")]
pub use relying_party::{OriginProblem, RelyingParty};
#[cfg(feature = "webauthn")]
pub use settings::{
    AaguidPolicy, AttestationConveyance, AuthenticatorAttachment, Transport, UserVerification,
    WebAuthnSettings,
};

use diesel::prelude::*;

use super::throttle::Throttle;
use super::{DeviceKind, DeviceRef};
use crate::db::schema::otp_webauthn_device as t;
use crate::db::{AnyConnection, DbError, with_backend};

/// The name of the key set up as the primary method (the setup wizard).
pub(crate) const PRIMARY_NAME: &str = "default";
/// The name of keys added from the profile.
#[cfg(feature = "webauthn")]
pub(crate) const ADDITIONAL_NAME: &str = "additional";
/// The longest label a user may give a key.
pub(crate) const MAX_LABEL_CHARS: usize = 64;

/// A registered WebAuthn credential.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = t)]
pub struct WebAuthnDevice {
    /// Primary key.
    pub id: i64,
    /// The owner.
    pub user_id: String,
    /// `"default"` for the primary key, `"additional"` for the others (Django's device names).
    pub name: String,
    /// What the user called it ("YubiKey on my keyring").
    pub label: String,
    /// The credential id, base64url without padding.
    pub credential_id: String,
    #[cfg_attr(not(feature = "webauthn"), allow(dead_code))]
    public_key: Vec<u8>,
    /// The WebAuthn user handle it was created under (base64url).
    pub user_handle: String,
    /// The last signature counter seen (0: the authenticator keeps none).
    pub sign_count: i64,
    transports: String,
    /// The authenticator model (hex AAGUID; zeros when not attested).
    pub aaguid: String,
    /// The attestation format registered with (`none`, `packed`).
    pub attestation_format: String,
    /// Discoverable and user-verified: may log in without a password.
    pub is_passkey: bool,
    /// Backup eligible (a synced passkey).
    pub backup_eligible: bool,
    /// Backed up, as of the last use.
    pub backup_state: bool,
    throttling_failure_timestamp: Option<i64>,
    throttling_failure_count: i32,
    /// When it was registered (ms).
    pub created_at: i64,
    /// When it last verified (ms).
    pub last_used_at: Option<i64>,
}

impl WebAuthnDevice {
    /// `webauthn/<id>`.
    pub fn device_ref(&self) -> DeviceRef {
        DeviceRef {
            kind: DeviceKind::WebAuthn,
            id: self.id,
        }
    }

    /// The throttling state.
    pub fn throttle(&self) -> Throttle {
        Throttle {
            failure_count: self.throttling_failure_count,
            failure_timestamp_ms: self.throttling_failure_timestamp,
        }
    }

    /// The transports the browser reported at registration (`usb`, `nfc`, …).
    pub fn transports(&self) -> Vec<String> {
        self.transports
            .split(',')
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// Who made the authenticator, from the bundled AAGUID list ("YubiKey 5 Series",
    /// "Google Password Manager"); `None` when unknown or hidden.
    pub fn provider(&self) -> Option<&'static str> {
        providers::provider_name(&self.aaguid)
    }

    /// Whether the key is device-bound (it dies with the device), or a passkey its
    /// provider syncs (backed up as of its last use: the BE and BS flags).
    pub fn is_device_bound(&self) -> bool {
        !self.backup_eligible
    }

    /// "YubiKey 5 Series, device-bound", "Google Password Manager, synced" (the provider
    /// left out when unknown), in the current language.
    pub fn details(&self) -> String {
        let sync = crate::i18n::tr(match (self.backup_eligible, self.backup_state) {
            (_, true) => "webauthn-synced",
            (true, false) => "webauthn-syncable",
            (false, false) => "webauthn-device-bound",
        });
        match self.provider() {
            Some(provider) => crate::i18n::tr_args(
                "webauthn-details",
                &[("provider", provider.into()), ("sync", sync.into())],
            ),
            None => sync,
        }
    }

    /// "Security key “label” (YubiKey 5 Series, device-bound)" or "Passkey “label”
    /// (synced)", in the current language.
    pub fn describe(&self) -> String {
        let key = if self.is_passkey {
            "device-webauthn-passkey"
        } else {
            "device-webauthn-key"
        };
        let description = crate::i18n::tr_args(key, &[("label", self.label.as_str().into())]);
        crate::i18n::tr_args(
            "device-webauthn-details",
            &[
                ("description", description.into()),
                ("details", self.details().into()),
            ],
        )
    }

    #[cfg(feature = "webauthn")]
    fn stored(&self) -> ceremony::StoredCredential<'_> {
        ceremony::StoredCredential {
            credential_id: &self.credential_id,
            public_key: &self.public_key,
            sign_count: self.sign_count,
            user_handle: &self.user_handle,
        }
    }
}

/// Why a label is refused (English, for logs; [`label_message`] translates).
pub(crate) const LABEL_CONTROL: &str = "The name may not contain control characters.";
/// Why a label is refused: too long.
pub(crate) const LABEL_TOO_LONG: &str = "The name may have at most 64 characters.";

/// The reason [`clean_label`] gave, in the current language.
pub(crate) fn label_message(reason: &str) -> String {
    if reason == LABEL_CONTROL {
        crate::i18n::tr("webauthn-label-control")
    } else {
        crate::i18n::tr_args(
            "webauthn-label-too-long",
            &[("max", MAX_LABEL_CHARS.into())],
        )
    }
}

/// Whether `c` reorders the text around it (bidirectional embeddings, overrides and
/// isolates, and the invisible direction marks): a label holding one could read backwards
/// on the profile and in the admin.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A user-given label, trimmed: at most [`MAX_LABEL_CHARS`] characters, no control or
/// bidirectional control characters; empty gives `fallback`.
pub(crate) fn clean_label(label: &str, fallback: &str) -> Result<String, &'static str> {
    let label = label.trim();
    if label.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return Err(LABEL_CONTROL);
    }
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(LABEL_TOO_LONG);
    }
    Ok(if label.is_empty() {
        fallback.to_owned()
    } else {
        label.to_owned()
    })
}

/// Loads a credential row by id.
pub(crate) fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<WebAuthnDevice>, DbError> {
    Ok(with_backend!(conn, c => t::table
        .find(id)
        .select(WebAuthnDevice::as_select())
        .get_result(c)
        .optional())?)
}

/// Loads a credential row by credential id (base64url).
#[cfg(feature = "webauthn")]
pub(crate) fn by_credential_id(
    conn: &mut AnyConnection,
    credential_id: &str,
) -> Result<Option<WebAuthnDevice>, DbError> {
    Ok(with_backend!(conn, c => t::table
        .filter(t::credential_id.eq(credential_id))
        .select(WebAuthnDevice::as_select())
        .get_result(c)
        .optional())?)
}

/// The user's credentials, oldest first.
pub(crate) fn for_user(
    conn: &mut AnyConnection,
    user_id: &str,
) -> Result<Vec<WebAuthnDevice>, DbError> {
    Ok(with_backend!(conn, c => t::table
        .filter(t::user_id.eq(user_id))
        .order(t::id.asc())
        .select(WebAuthnDevice::as_select())
        .load(c))?)
}

/// Which of `user_ids` have a primary WebAuthn device.
#[cfg(feature = "admin")]
pub(crate) fn users_with_default(
    conn: &mut AnyConnection,
    user_ids: &[String],
) -> Result<Vec<String>, DbError> {
    Ok(with_backend!(conn, c => t::table
        .filter(t::user_id.eq_any(user_ids))
        .filter(t::name.eq(PRIMARY_NAME))
        .select(t::user_id)
        .distinct()
        .load(c))?)
}

/// A security key brought from another system (a Django import): its credential id
/// (base64url without padding), COSE public key and signature counter.
#[cfg(feature = "webauthn")]
#[derive(Debug)]
pub(crate) struct ImportedKey<'a> {
    /// [`PRIMARY_NAME`] or [`ADDITIONAL_NAME`].
    pub(crate) name: &'a str,
    /// What the user called it.
    pub(crate) label: &'a str,
    /// The credential id, base64url without padding.
    pub(crate) credential_id: &'a str,
    /// The COSE_Key bytes (already checked to parse).
    pub(crate) public_key: &'a [u8],
    /// The last signature counter seen there.
    pub(crate) sign_count: i64,
}

/// Stores an imported key under the user's WebAuthn user handle (a new one when the user
/// has no credential yet); `None` when the credential id is registered already. Imported
/// keys are second factors, not passkeys: Django's plugin does not create discoverable
/// credentials.
#[cfg(feature = "webauthn")]
pub(crate) fn insert_imported(
    conn: &mut AnyConnection,
    user_id: &str,
    key: &ImportedKey<'_>,
    now_ms: i64,
) -> Result<Option<i64>, DbError> {
    use base64::Engine;
    if by_credential_id(conn, key.credential_id)?.is_some() {
        return Ok(None);
    }
    let handle = match for_user(conn, user_id)?.into_iter().next() {
        Some(existing) => existing.user_handle,
        None => ceremony::B64.encode(rand::random::<[u8; 32]>()),
    };
    Ok(Some(with_backend!(conn, c => diesel::insert_into(t::table)
        .values((
            t::user_id.eq(user_id),
            t::name.eq(key.name),
            t::label.eq(key.label),
            t::credential_id.eq(key.credential_id),
            t::public_key.eq(key.public_key),
            t::user_handle.eq(&handle),
            t::sign_count.eq(key.sign_count),
            t::created_at.eq(now_ms),
        ))
        .returning(t::id)
        .get_result(c))?))
}

/// Deletes one of the user's credentials.
pub(crate) fn delete(conn: &mut AnyConnection, user_id: &str, id: i64) -> Result<bool, DbError> {
    let n = with_backend!(conn, c => diesel::delete(
        t::table.filter(t::id.eq(id)).filter(t::user_id.eq(user_id)),
    )
    .execute(c))?;
    Ok(n == 1)
}

/// Deletes every credential of the user.
pub(crate) fn delete_for_user(conn: &mut AnyConnection, user_id: &str) -> Result<usize, DbError> {
    Ok(
        with_backend!(conn, c => diesel::delete(t::table.filter(t::user_id.eq(user_id))).execute(c))?,
    )
}

/// Adds one failure to the credential's throttle counter, unconditionally.
pub(crate) fn count_failure(conn: &mut AnyConnection, id: i64, now_ms: i64) -> Result<(), DbError> {
    super::throttle::record_failure!(conn, t, id, 0, 0, now_ms)
}

#[cfg(feature = "webauthn")]
pub use service::{Assertion, WebAuthnError};

#[cfg(feature = "webauthn")]
mod service;

#[cfg(all(test, feature = "webauthn"))]
mod tests {
    use super::*;

    #[test]
    fn labels_refuse_control_and_bidi_characters() {
        assert_eq!(clean_label("  Blue key ", "x").as_deref(), Ok("Blue key"));
        assert_eq!(
            clean_label("", "Security key").as_deref(),
            Ok("Security key")
        );
        assert_eq!(clean_label("a\nb", "x"), Err(LABEL_CONTROL));
        // "yek eulB" shown as "Blue key" through a right-to-left override.
        assert_eq!(clean_label("\u{202e}yek eulB", "x"), Err(LABEL_CONTROL));
        assert_eq!(clean_label("key\u{2067}", "x"), Err(LABEL_CONTROL));
        assert_eq!(clean_label("mot\u{200f}", "x"), Err(LABEL_CONTROL));
        // Right-to-left letters themselves are fine.
        assert!(clean_label("مفتاح", "x").is_ok());
        assert!(clean_label(&"k".repeat(MAX_LABEL_CHARS + 1), "x").is_err());
    }
}
