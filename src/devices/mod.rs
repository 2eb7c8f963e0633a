//! OTP devices: what a user proves possession of (django-otp's `Device` models).
//!
//! [`Devices`] is the service the views use; the per-kind modules hold the storage and
//! the verification rules. Every check-and-consume is one atomic statement.

pub mod throttle;
pub mod totp;

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

pub use throttle::Throttle;
pub use totp::TotpDevice;

use crate::clock::Clock;
use crate::db::{Database, DbError};

/// The kinds of device this crate knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DeviceKind {
    /// An authenticator app (TOTP).
    Totp,
}

impl DeviceKind {
    fn as_str(self) -> &'static str {
        match self {
            DeviceKind::Totp => "totp",
        }
    }
}

/// A device's persistent id, such as `totp/3` (django-otp's `persistent_id`); this is
/// what the session stores under `otp_device_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeviceRef {
    /// The device table.
    pub kind: DeviceKind,
    /// The row's primary key.
    pub id: i64,
}

impl fmt::Display for DeviceRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.kind.as_str(), self.id)
    }
}

/// A string that is not a device reference.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a device reference")]
pub struct BadDeviceRef;

impl FromStr for DeviceRef {
    type Err = BadDeviceRef;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (kind, id) = s.split_once('/').ok_or(BadDeviceRef)?;
        let kind = match kind {
            "totp" => DeviceKind::Totp,
            _ => return Err(BadDeviceRef),
        };
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BadDeviceRef);
        }
        let id = id.parse().map_err(|_| BadDeviceRef)?;
        Ok(DeviceRef { kind, id })
    }
}

/// The outcome of one verification attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    /// The token was right and has now been used up.
    Verified,
    /// Wrong, malformed, replayed or for a missing device (one message for all).
    Invalid,
    /// Refused without evaluation: the device is in its back-off window.
    Throttled {
        /// Consecutive failures so far.
        failure_count: i32,
    },
}

/// Remembers, for a short while, which user a confirmed device belongs to, so the
/// middleware can check on every request that the device behind a verified session still
/// exists without a database query each time.
#[derive(Debug)]
struct DeviceCache {
    ttl: Duration,
    entries: RwLock<HashMap<DeviceRef, (Option<String>, Instant)>>,
}

impl DeviceCache {
    const MAX_ENTRIES: usize = 100_000;

    fn get(&self, device: DeviceRef) -> Option<Option<String>> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        match entries.get(&device) {
            Some((owner, at)) if at.elapsed() < self.ttl => Some(owner.clone()),
            _ => None,
        }
    }

    fn put(&self, device: DeviceRef, owner: Option<String>) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= Self::MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(device, (owner, Instant::now()));
    }

    fn forget_user(&self, user_id: &str) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        for (owner, at) in entries.values_mut() {
            if owner.as_deref() == Some(user_id) {
                *owner = None;
                *at = Instant::now();
            }
        }
    }
}

/// The device service: look-ups, setup, verification and removal.
#[derive(Clone)]
pub struct Devices {
    db: Database,
    clock: Arc<dyn Clock>,
    throttle_factor: u32,
    digits: u8,
    cache: Arc<DeviceCache>,
}

impl fmt::Debug for Devices {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Devices")
            .field("throttle_factor", &self.throttle_factor)
            .field("digits", &self.digits)
            .finish_non_exhaustive()
    }
}

impl Devices {
    pub(crate) fn new(
        db: Database,
        clock: Arc<dyn Clock>,
        throttle_factor: u32,
        digits: u8,
        recheck_interval: Duration,
    ) -> Self {
        Self {
            db,
            clock,
            throttle_factor,
            digits,
            cache: Arc::new(DeviceCache {
                ttl: recheck_interval,
                entries: RwLock::new(HashMap::new()),
            }),
        }
    }

    /// The user's default device: the confirmed device named `default`, else the oldest.
    pub async fn default_device(&self, user_id: &str) -> Result<Option<TotpDevice>, DbError> {
        let devices = self.list(user_id).await?;
        let default = devices.iter().position(|d| d.name == "default");
        Ok(match default {
            Some(i) => devices.into_iter().nth(i),
            None => devices.into_iter().next(),
        })
    }

    /// Whether the user has any confirmed device (Django's `user_has_device`).
    pub async fn has_device(&self, user_id: &str) -> Result<bool, DbError> {
        Ok(!self.list(user_id).await?.is_empty())
    }

    /// The user's confirmed devices.
    pub async fn list(&self, user_id: &str) -> Result<Vec<TotpDevice>, DbError> {
        let user_id = user_id.to_owned();
        self.db
            .run(move |conn| totp::confirmed_for_user(conn, &user_id))
            .await
    }

    /// Verifies a token against one of `user_id`'s confirmed devices.
    pub async fn verify(
        &self,
        user_id: &str,
        device: DeviceRef,
        token: Option<String>,
    ) -> Result<Verification, DbError> {
        self.verify_inner(user_id, device, token, false).await
    }

    /// Starts TOTP setup: a fresh unconfirmed device with a new random key.
    pub async fn begin_setup(&self, user_id: &str) -> Result<TotpDevice, DbError> {
        let user_id = user_id.to_owned();
        let (digits, now) = (self.digits, self.clock.now_ms());
        self.db
            .run(move |conn| totp::create_unconfirmed(conn, &user_id, digits, now))
            .await
    }

    /// The unconfirmed device a setup in progress created, if it is still there.
    pub async fn pending_setup(
        &self,
        user_id: &str,
        id: i64,
    ) -> Result<Option<TotpDevice>, DbError> {
        let user_id = user_id.to_owned();
        let device = self.db.run(move |conn| totp::get(conn, id)).await?;
        Ok(device.filter(|d| d.user_id == user_id && !d.confirmed))
    }

    /// Confirms a setup in progress with a token from the authenticator.
    pub async fn confirm_setup(
        &self,
        user_id: &str,
        id: i64,
        token: Option<String>,
    ) -> Result<Verification, DbError> {
        let device = DeviceRef {
            kind: DeviceKind::Totp,
            id,
        };
        self.verify_inner(user_id, device, token, true).await
    }

    async fn verify_inner(
        &self,
        user_id: &str,
        device: DeviceRef,
        token: Option<String>,
        setup: bool,
    ) -> Result<Verification, DbError> {
        let (now, factor, owner) = (
            self.clock.now_ms(),
            self.throttle_factor,
            user_id.to_owned(),
        );
        let outcome = self
            .db
            .run(move |conn| match device.kind {
                DeviceKind::Totp => match totp::get(conn, device.id)? {
                    Some(d) if d.user_id == owner => {
                        totp::verify(conn, device.id, token.as_deref(), now, factor, setup)
                    }
                    _ => Ok(Verification::Invalid),
                },
            })
            .await?;
        tracing::info!(user = %user_id, device = %device, outcome = ?outcome, setup, "otp verification");
        Ok(outcome)
    }

    /// Removes every device of a user (disable, `two_factor_disable`). Sessions verified
    /// by them stop being verified at once on this instance, within the re-check
    /// interval on others.
    pub async fn remove_all(&self, user_id: &str) -> Result<usize, DbError> {
        let uid = user_id.to_owned();
        let n = self
            .db
            .run(move |conn| totp::delete_for_user(conn, &uid))
            .await?;
        self.cache.forget_user(user_id);
        tracing::info!(user = %user_id, removed = n, "devices removed");
        Ok(n)
    }

    /// Removes one device of a user; returns whether it existed.
    pub async fn remove(&self, user_id: &str, device: DeviceRef) -> Result<bool, DbError> {
        let uid = user_id.to_owned();
        let removed = self
            .db
            .run(move |conn| match device.kind {
                DeviceKind::Totp => totp::delete(conn, &uid, device.id),
            })
            .await?;
        self.cache.put(device, None);
        tracing::info!(user = %user_id, device = %device, removed, "device removed");
        Ok(removed)
    }

    /// The owner of a confirmed device, or `None` when it no longer exists. Answers from
    /// a short-lived cache (the re-check interval) so verified requests stay cheap.
    pub async fn confirmed_owner(&self, device: DeviceRef) -> Result<Option<String>, DbError> {
        if let Some(owner) = self.cache.get(device) {
            return Ok(owner);
        }
        let owner = self
            .db
            .run(move |conn| match device.kind {
                DeviceKind::Totp => Ok(totp::get(conn, device.id)?
                    .filter(|d| d.confirmed)
                    .map(|d| d.user_id)),
            })
            .await?;
        self.cache.put(device, owner.clone());
        Ok(owner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_ref_round_trips() {
        let r: DeviceRef = "totp/42".parse().expect("valid");
        assert_eq!(
            r,
            DeviceRef {
                kind: DeviceKind::Totp,
                id: 42
            }
        );
        assert_eq!(r.to_string(), "totp/42");
    }

    #[test]
    fn malformed_device_refs_are_rejected() {
        for bad in [
            "",
            "totp",
            "totp/",
            "totp/-1",
            "totp/+1",
            "sms/1",
            "totp/1/2",
            "totp/99999999999999999999",
        ] {
            assert!(bad.parse::<DeviceRef>().is_err(), "{bad}");
        }
    }
}
