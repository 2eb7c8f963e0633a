//! Renaming a device: what the user calls it (`label`), for every kind. The device's
//! `name` keeps its role (`default`, `backup`), so renaming never changes what a device
//! does.

use diesel::prelude::*;

use super::{DeviceKind, DeviceRef};
use crate::db::schema::{
    otp_challenge_device as c, otp_static_device as s, otp_totp_device as t,
    otp_webauthn_device as w,
};
use crate::db::{AnyConnection, DbError, with_backend};

/// Sets the label of the user's `device` (confirmed devices only); whether it was theirs.
/// The caller has cleaned `label`.
pub(crate) fn rename(
    conn: &mut AnyConnection,
    user_id: &str,
    device: DeviceRef,
    label: &str,
) -> Result<bool, DbError> {
    let id = device.id;
    let n = match device.kind {
        DeviceKind::Totp => with_backend!(conn, c => diesel::update(
            t::table
                .filter(t::id.eq(id))
                .filter(t::user_id.eq(user_id))
                .filter(t::confirmed.eq(true)),
        )
        .set(t::label.eq(label))
        .execute(c))?,
        DeviceKind::Email => with_backend!(conn, conn => diesel::update(
            c::table
                .filter(c::id.eq(id))
                .filter(c::user_id.eq(user_id))
                .filter(c::confirmed.eq(true))
                .filter(c::method.eq("email")),
        )
        .set(c::label.eq(label))
        .execute(conn))?,
        DeviceKind::Phone => with_backend!(conn, conn => diesel::update(
            c::table
                .filter(c::id.eq(id))
                .filter(c::user_id.eq(user_id))
                .filter(c::confirmed.eq(true))
                .filter(c::method.ne("email")),
        )
        .set(c::label.eq(label))
        .execute(conn))?,
        DeviceKind::Static => with_backend!(conn, c => diesel::update(
            s::table.filter(s::id.eq(id)).filter(s::user_id.eq(user_id)),
        )
        .set(s::label.eq(label))
        .execute(c))?,
        DeviceKind::WebAuthn => with_backend!(conn, c => diesel::update(
            w::table.filter(w::id.eq(id)).filter(w::user_id.eq(user_id)),
        )
        .set(w::label.eq(label))
        .execute(c))?,
    };
    Ok(n == 1)
}
