//! Checking what was read, row by row, and turning it into what will be written: keys
//! decoded, phone numbers parsed, backup tokens hashed. Nothing here touches a database.
//!
//! A row is *skipped* when there is nothing to carry (an unconfirmed device, a key for
//! another relying party) and *invalid* when its data is wrong (a key that is not hex, a
//! number that does not parse): invalid rows stop the import unless `--skip-invalid`.

use std::collections::{HashMap, HashSet};

use zeroize::Zeroizing;

use super::source::{self, DjangoData, UserRow};
use super::{ImportOptions, SkippedRow};
use crate::devices::Method;

/// One row to bring over: where it came from, whose it is, and what it becomes.
#[derive(Debug)]
pub(super) struct Planned<T> {
    pub(super) source_id: i64,
    pub(super) django_user: i64,
    pub(super) item: T,
}

/// An authenticator app.
#[derive(Debug)]
pub(super) struct Totp {
    pub(super) name: String,
    pub(super) key: Zeroizing<Vec<u8>>,
    pub(super) step: i32,
    pub(super) t0: i64,
    pub(super) digits: i32,
    pub(super) tolerance: i32,
    pub(super) drift: i32,
    pub(super) last_t: i64,
}

/// A phone or e-mail device.
#[derive(Debug)]
pub(super) struct Challenge {
    pub(super) name: String,
    pub(super) method: Method,
    pub(super) target: String,
}

/// A security key (only built with the `webauthn` feature).
#[derive(Debug)]
#[cfg_attr(not(feature = "webauthn"), allow(dead_code))]
pub(super) struct Key {
    pub(super) name: &'static str,
    pub(super) label: String,
    pub(super) credential_id: String,
    pub(super) public_key: Vec<u8>,
    pub(super) sign_count: i64,
}

/// What an import will write.
#[derive(Debug, Default)]
pub(super) struct Plan {
    /// Users to create or match (all of them with `UserMatching::Create`).
    pub(super) users: Vec<UserRow>,
    pub(super) totp: Vec<Planned<Totp>>,
    /// Backup tokens as argon2id hashes.
    pub(super) tokens: Vec<Planned<String>>,
    pub(super) challenges: Vec<Planned<Challenge>>,
    pub(super) keys: Vec<Planned<Key>>,
    pub(super) skipped: Vec<SkippedRow>,
    pub(super) invalid: Vec<SkippedRow>,
    /// Rows recorded by an earlier run.
    pub(super) already: usize,
}

impl Plan {
    fn skip(&mut self, table: &str, id: i64, reason: impl Into<String>) {
        self.skipped.push(SkippedRow::new(table, id, reason));
    }

    fn invalid(&mut self, table: &str, id: i64, reason: impl Into<String>) {
        self.invalid.push(SkippedRow::new(table, id, reason));
    }
}

/// Checks every row of `data`; `done` holds the `(table, id)` pairs an earlier run
/// recorded, `rp_id` this site's WebAuthn relying party (when WebAuthn is on). Hashes the
/// new backup tokens: blocking, run it off the async workers.
pub(super) fn plan(
    data: DjangoData,
    done: &HashSet<(String, i64)>,
    options: &ImportOptions,
    rp_id: Option<&str>,
) -> Plan {
    let mut plan = Plan::default();
    let is_done = |table: &str, id: i64| done.contains(&(table.to_owned(), id));
    let user_table = options.user_table.as_str();
    let users: HashMap<i64, &UserRow> = data.users.iter().map(|u| (u.id, u)).collect();

    let mut keys_seen = HashMap::new();
    for user in &data.users {
        let username = user.username.trim();
        if username.is_empty() || username.chars().count() > 150 {
            plan.invalid(
                user_table,
                user.id,
                "a username of 1 to 150 characters is required",
            );
            continue;
        }
        // Django's usernames are unique as written; ours ignore case.
        if let Some(first) = keys_seen.insert(username.to_lowercase(), username.to_owned()) {
            plan.invalid(
                user_table,
                user.id,
                format!("username {username:?} differs from {first:?} only in case"),
            );
            continue;
        }
        if is_done(user_table, user.id) {
            plan.already += 1;
        }
        plan.users.push(user.clone());
    }

    // A device whose owner is missing cannot be brought over whatever its data.
    let owner_missing = |user_id: i64| !users.contains_key(&user_id);

    for row in data.totp {
        if is_done(source::TOTP, row.id) {
            plan.already += 1;
            continue;
        }
        if owner_missing(row.user_id) {
            plan.skip(
                source::TOTP,
                row.id,
                format!("user {} does not exist", row.user_id),
            );
            continue;
        }
        if !row.confirmed {
            plan.skip(source::TOTP, row.id, "unconfirmed (setup never finished)");
            continue;
        }
        let key = match hex::decode(row.key.trim()) {
            Ok(key) if !key.is_empty() && key.len() <= 64 => Zeroizing::new(key),
            Ok(_) => {
                plan.invalid(source::TOTP, row.id, "the key must be 1 to 64 bytes of hex");
                continue;
            }
            Err(_) => {
                plan.invalid(source::TOTP, row.id, "the key is not hex");
                continue;
            }
        };
        if !(row.digits == 6 || row.digits == 8) {
            plan.invalid(
                source::TOTP,
                row.id,
                format!("{} digits (6 or 8 are supported)", row.digits),
            );
            continue;
        }
        if row.step <= 0 || row.tolerance < 0 {
            plan.invalid(
                source::TOTP,
                row.id,
                "step must be positive and tolerance not negative",
            );
            continue;
        }
        plan.totp.push(Planned {
            source_id: row.id,
            django_user: row.user_id,
            item: Totp {
                name: device_name(&row.name),
                key,
                step: row.step,
                t0: row.t0,
                digits: row.digits,
                tolerance: row.tolerance,
                drift: row.drift,
                last_t: row.last_t,
            },
        });
    }

    for row in data.tokens {
        if is_done(source::STATIC_TOKEN, row.id) {
            plan.already += 1;
            continue;
        }
        if owner_missing(row.user_id) {
            plan.skip(
                source::STATIC_TOKEN,
                row.id,
                format!("user {} does not exist", row.user_id),
            );
            continue;
        }
        if !row.confirmed {
            plan.skip(
                source::STATIC_TOKEN,
                row.id,
                "its backup device is unconfirmed",
            );
            continue;
        }
        let Some(token) = crate::devices::static_tokens::canonical_backup_token(row.token.trim())
        else {
            plan.invalid(
                source::STATIC_TOKEN,
                row.id,
                "not a token of 8 letters a-z and digits 2-7 (django-otp's own form)",
            );
            continue;
        };
        match crate::devices::static_tokens::hash_token(&token) {
            Ok(hash) => plan.tokens.push(Planned {
                source_id: row.id,
                django_user: row.user_id,
                item: hash,
            }),
            Err(e) => plan.invalid(source::STATIC_TOKEN, row.id, format!("cannot hash: {e}")),
        }
    }

    for row in data.phones {
        if is_done(source::PHONE, row.id) {
            plan.already += 1;
            continue;
        }
        if owner_missing(row.user_id) {
            plan.skip(
                source::PHONE,
                row.id,
                format!("user {} does not exist", row.user_id),
            );
            continue;
        }
        if !row.confirmed {
            plan.skip(source::PHONE, row.id, "unconfirmed (setup never finished)");
            continue;
        }
        let method = match row.method.trim() {
            "sms" => Method::Sms,
            "call" => Method::Call,
            other => {
                plan.invalid(
                    source::PHONE,
                    row.id,
                    format!("unknown method {other:?} (sms or call)"),
                );
                continue;
            }
        };
        let Ok(number) = crate::phone::parse_phone_number(&row.number) else {
            plan.invalid(
                source::PHONE,
                row.id,
                format!("the number {:?} does not parse", row.number),
            );
            continue;
        };
        plan.challenges.push(Planned {
            source_id: row.id,
            django_user: row.user_id,
            item: Challenge {
                name: device_name(&row.name),
                method,
                target: number.as_e164().to_owned(),
            },
        });
    }

    for row in data.emails {
        if is_done(source::EMAIL, row.id) {
            plan.already += 1;
            continue;
        }
        let Some(owner) = users.get(&row.user_id) else {
            plan.skip(
                source::EMAIL,
                row.id,
                format!("user {} does not exist", row.user_id),
            );
            continue;
        };
        if !row.confirmed {
            plan.skip(source::EMAIL, row.id, "unconfirmed (setup never finished)");
            continue;
        }
        // django-otp sends to the device's address, or to the user's when it has none.
        let address = row
            .email
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .unwrap_or(owner.email.trim());
        if !is_plausible_address(address) {
            plan.invalid(
                source::EMAIL,
                row.id,
                format!("no usable e-mail address ({address:?})"),
            );
            continue;
        }
        plan.challenges.push(Planned {
            source_id: row.id,
            django_user: row.user_id,
            item: Challenge {
                name: device_name(&row.name),
                method: Method::Email,
                target: address.to_owned(),
            },
        });
    }

    for row in data.keys {
        if is_done(source::WEBAUTHN, row.id) {
            plan.already += 1;
            continue;
        }
        if owner_missing(row.user_id) {
            plan.skip(
                source::WEBAUTHN,
                row.id,
                format!("user {} does not exist", row.user_id),
            );
            continue;
        }
        if !row.confirmed {
            plan.skip(
                source::WEBAUTHN,
                row.id,
                "unconfirmed (setup never finished)",
            );
            continue;
        }
        match key(&row, options.webauthn_rp_id.as_deref(), rp_id) {
            Ok(Ok(item)) => plan.keys.push(Planned {
                source_id: row.id,
                django_user: row.user_id,
                item,
            }),
            Ok(Err(reason)) => plan.skip(source::WEBAUTHN, row.id, reason),
            Err(reason) => plan.invalid(source::WEBAUTHN, row.id, reason),
        }
    }
    plan
}

/// Django's device names carry over (`default` is the primary device, `backup` a backup
/// phone); an empty one becomes `default`.
fn device_name(name: &str) -> String {
    let name = name.trim();
    if name.is_empty() { "default" } else { name }
        .chars()
        .take(64)
        .collect()
}

/// Enough of an address check for data Django already validated: one `@`, both sides
/// non-empty, no spaces or control characters.
fn is_plausible_address(address: &str) -> bool {
    let mut parts = address.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(l), Some(d), None) if !l.is_empty() && !d.is_empty())
        && !address.chars().any(|c| c.is_whitespace() || c.is_control())
        && address.len() <= 254
}

/// A security key, `Ok(Err(reason))` when it is skipped (its relying party is not ours),
/// `Err(reason)` when its data is invalid.
#[cfg(feature = "webauthn")]
fn key(
    row: &super::source::KeyRow,
    theirs: Option<&str>,
    ours: Option<&str>,
) -> Result<Result<Key, String>, String> {
    use crate::devices::webauthn::ceremony::{B64, MAX_CREDENTIAL_ID};
    use base64::Engine;
    let Some(ours) = ours else {
        return Ok(Err(
            "WebAuthn is not configured on this site (TwoFactorBuilder::webauthn)".into(),
        ));
    };
    let Some(theirs) = theirs else {
        return Ok(Err(
            "the Django site's relying party is unknown: pass its TWO_FACTOR_WEBAUTHN_RP_ID \
             (--webauthn-rp-id)"
                .into(),
        ));
    };
    // An empty id here follows the request's host: the key answers when the site is
    // served at theirs.
    if !ours.is_empty() && !theirs.eq_ignore_ascii_case(ours) {
        return Ok(Err(format!(
            "registered for relying party {theirs:?}, this site is {ours:?}: the key would not \
             answer here"
        )));
    }
    let credential_id = B64
        .decode(row.key_handle.trim())
        .ok()
        .filter(|id| !id.is_empty() && id.len() <= MAX_CREDENTIAL_ID)
        .ok_or("the credential id (key_handle) is not base64url")?;
    let public_key = B64
        .decode(row.public_key.trim())
        .map_err(|_| "the public key is not base64url".to_owned())?;
    if let Err(e) = crate::devices::webauthn::cose::PublicKey::from_cose_bytes(&public_key) {
        return Err(format!(
            "the public key is not a usable COSE key: {}",
            e.message()
        ));
    }
    let (name, label) = if row.name.trim() == "default" || row.name.trim().is_empty() {
        (
            crate::devices::webauthn::PRIMARY_NAME,
            "Security key".to_owned(),
        )
    } else {
        (
            crate::devices::webauthn::ADDITIONAL_NAME,
            row.name
                .trim()
                .chars()
                .take(crate::devices::webauthn::MAX_LABEL_CHARS)
                .collect(),
        )
    };
    Ok(Ok(Key {
        name,
        label,
        credential_id: B64.encode(&credential_id),
        public_key,
        sign_count: row.sign_count.max(0),
    }))
}

#[cfg(not(feature = "webauthn"))]
fn key(
    _: &super::source::KeyRow,
    _: Option<&str>,
    _: Option<&str>,
) -> Result<Result<Key, String>, String> {
    Ok(Err(
        "this build has no WebAuthn support (the `webauthn` cargo feature)".into(),
    ))
}
