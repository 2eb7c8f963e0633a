//! Per-device throttling (django-otp's `ThrottlingMixin`), stored in the database so it
//! holds across sessions and instances.
//!
//! After `n` consecutive failures, verification is refused until
//! `factor × 2^(n-1)` seconds have passed since the last failure. Attempts made while
//! refused are not evaluated and do not count; a success resets the counter.

/// Beyond this many consecutive failures a device refuses every attempt until an
/// administrator resets it (ASVS: at most 100 failed attempts).
pub const MAX_FAILURES: i32 = 100;

/// The throttling columns of a device row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Throttle {
    /// Consecutive failed attempts.
    pub failure_count: i32,
    /// When the last failure happened (ms since the epoch).
    pub failure_timestamp_ms: Option<i64>,
}

impl Throttle {
    /// How long after the last failure verification stays refused, in milliseconds.
    pub fn delay_ms(&self, factor: u32) -> i64 {
        if factor == 0 || self.failure_count <= 0 {
            return 0;
        }
        // 2^30 s is over 30 years: cap the exponent so the arithmetic cannot overflow.
        let exponent = (self.failure_count - 1).min(30) as u32;
        i64::from(factor)
            .saturating_mul(1000)
            .saturating_mul(1_i64 << exponent)
    }

    /// Whether an attempt at `now_ms` is refused without being evaluated.
    pub fn is_throttled(&self, factor: u32, now_ms: i64) -> bool {
        if factor == 0 || self.failure_count <= 0 {
            return false;
        }
        if self.failure_count >= MAX_FAILURES {
            return true;
        }
        match self.failure_timestamp_ms {
            Some(ts) => now_ms < ts.saturating_add(self.delay_ms(factor)),
            None => false,
        }
    }
}

/// Records a failed attempt on row `$id` of the device table module `$t` (any table with
/// the throttling columns). With throttling on (`$factor > 0`) the increment is
/// conditional on the count read before the attempt (`$seen`), so attempts racing past
/// the check add one failure, not one each; with it off every failure is counted.
macro_rules! record_failure {
    ($conn:expr, $t:ident, $id:expr, $seen:expr, $factor:expr, $now:expr) => {{
        let values = (
            $t::throttling_failure_count.eq($t::throttling_failure_count + 1),
            $t::throttling_failure_timestamp.eq(Some($now)),
        );
        let result = if $factor == 0 {
            $crate::db::with_backend!($conn, c => diesel::update($t::table.filter($t::id.eq($id)))
                .set(values)
                .execute(c))
        } else {
            $crate::db::with_backend!($conn, c => diesel::update(
                $t::table
                    .filter($t::id.eq($id))
                    .filter($t::throttling_failure_count.eq($seen)),
            )
            .set(values)
            .execute(c))
        };
        result.map(|_| ()).map_err($crate::db::DbError::from)
    }};
}
pub(crate) use record_failure;

/// Clears the failed-attempt count and back-off of row `$id` of the device table module
/// `$t`, when it belongs to `$user`; evaluates to whether a row was changed.
macro_rules! reset_failures {
    ($conn:expr, $t:ident, $id:expr, $user:expr) => {{
        $crate::db::with_backend!($conn, c => diesel::update(
            $t::table.filter($t::id.eq($id)).filter($t::user_id.eq($user)),
        )
        .set((
            $t::throttling_failure_count.eq(0),
            $t::throttling_failure_timestamp.eq(None::<i64>),
        ))
        .execute(c))
        .map(|n| n == 1)
        .map_err($crate::db::DbError::from)
    }};
}
pub(crate) use reset_failures;

/// The message shown while a device is throttled (django-otp's wording).
pub fn throttled_message(failure_count: i32) -> String {
    crate::i18n::tr_args("throttle-device", &[("count", failure_count.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delay_doubles_with_each_failure() {
        let t = |n| Throttle {
            failure_count: n,
            failure_timestamp_ms: Some(0),
        };
        assert_eq!(t(0).delay_ms(1), 0);
        assert_eq!(t(1).delay_ms(1), 1000);
        assert_eq!(t(2).delay_ms(1), 2000);
        assert_eq!(t(3).delay_ms(2), 8000);
        assert!(t(1000).delay_ms(u32::MAX) > 0);
    }

    #[test]
    fn refused_inside_window_and_allowed_after() {
        let t = Throttle {
            failure_count: 1,
            failure_timestamp_ms: Some(10_000),
        };
        assert!(t.is_throttled(1, 10_999));
        assert!(!t.is_throttled(1, 11_000));
        assert!(!t.is_throttled(0, 10_001));
    }

    #[test]
    fn hundred_failures_lock_for_good() {
        let t = Throttle {
            failure_count: MAX_FAILURES,
            failure_timestamp_ms: Some(0),
        };
        assert!(t.is_throttled(1, i64::MAX / 2));
    }

    #[test]
    fn message_counts_attempts() {
        assert!(throttled_message(1).contains("1 failed attempt,"));
        assert!(throttled_message(3).contains("3 failed attempts,"));
    }
}
