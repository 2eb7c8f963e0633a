//! Diesel table definitions, shared by the SQLite and PostgreSQL backends.

diesel::table! {
    /// The built-in user store's users.
    two_factor_user (id) {
        id -> BigInt,
        username -> Text,
        username_key -> Text,
        email -> Text,
        password -> Text,
        is_active -> Bool,
        is_staff -> Bool,
        is_superuser -> Bool,
        date_joined -> BigInt,
    }
}

diesel::table! {
    /// TOTP devices (django-otp's `otp_totp.TOTPDevice`).
    otp_totp_device (id) {
        id -> BigInt,
        user_id -> Text,
        name -> Text,
        confirmed -> Bool,
        key -> Text,
        step -> Integer,
        t0 -> BigInt,
        digits -> Integer,
        tolerance -> Integer,
        drift -> Integer,
        last_t -> BigInt,
        throttling_failure_timestamp -> Nullable<BigInt>,
        throttling_failure_count -> Integer,
        created_at -> BigInt,
        last_used_at -> Nullable<BigInt>,
    }
}
