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
        label -> Text,
    }
}

diesel::table! {
    /// Backup token devices (django-otp's `otp_static.StaticDevice`), one per user.
    otp_static_device (id) {
        id -> BigInt,
        user_id -> Text,
        name -> Text,
        throttling_failure_timestamp -> Nullable<BigInt>,
        throttling_failure_count -> Integer,
        created_at -> BigInt,
        last_used_at -> Nullable<BigInt>,
        label -> Text,
    }
}

diesel::table! {
    /// Backup tokens, as argon2id hashes.
    otp_static_token (id) {
        id -> BigInt,
        device_id -> BigInt,
        token_hash -> Text,
    }
}

diesel::table! {
    /// Phone (SMS, call) and e-mail devices.
    otp_challenge_device (id) {
        id -> BigInt,
        user_id -> Text,
        name -> Text,
        confirmed -> Bool,
        method -> Text,
        target -> Text,
        throttling_failure_timestamp -> Nullable<BigInt>,
        throttling_failure_count -> Integer,
        created_at -> BigInt,
        last_used_at -> Nullable<BigInt>,
        label -> Text,
    }
}

diesel::joinable!(otp_static_token -> otp_static_device (device_id));
diesel::allow_tables_to_appear_in_same_query!(otp_static_device, otp_static_token);

diesel::table! {
    /// Per-user session epoch, bumped when two-factor authentication is disabled.
    two_factor_user_epoch (user_id) {
        user_id -> Text,
        epoch -> BigInt,
    }
}

diesel::table! {
    /// Pending codes of phone and e-mail devices, one per device and login attempt.
    two_factor_challenge (id) {
        id -> BigInt,
        device_id -> BigInt,
        attempt -> Text,
        code_hash -> Text,
        sent_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::table! {
    /// Codes sent, for the per-destination and per-user rate limits.
    two_factor_delivery (id) {
        id -> BigInt,
        user_id -> Text,
        destination -> Text,
        sent_at -> BigInt,
    }
}

diesel::joinable!(two_factor_challenge -> otp_challenge_device (device_id));
diesel::allow_tables_to_appear_in_same_query!(otp_challenge_device, two_factor_challenge);

diesel::table! {
    /// Keyed throttling of password guessing (`src/throttling.rs`); keys are SHA-256 hex.
    two_factor_throttle (scope, key) {
        scope -> Text,
        key -> Text,
        failure_count -> Integer,
        failure_timestamp -> BigInt,
    }
}

diesel::table! {
    /// Sessions of the JSON API's app clients (`src/api_sessions.rs`); keyed by the
    /// SHA-256 hex digest of the session token.
    two_factor_api_session (token_hash) {
        token_hash -> Text,
        state -> Text,
        expires_at -> BigInt,
    }
}

diesel::table! {
    /// WebAuthn credentials: security keys and passkeys (`src/devices/webauthn/`).
    otp_webauthn_device (id) {
        id -> BigInt,
        user_id -> Text,
        name -> Text,
        label -> Text,
        credential_id -> Text,
        public_key -> Binary,
        user_handle -> Text,
        sign_count -> BigInt,
        transports -> Text,
        aaguid -> Text,
        attestation_format -> Text,
        is_passkey -> Bool,
        backup_eligible -> Bool,
        backup_state -> Bool,
        throttling_failure_timestamp -> Nullable<BigInt>,
        throttling_failure_count -> Integer,
        created_at -> BigInt,
        last_used_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    /// WebAuthn challenges already answered (SHA-256 hex), until they expire.
    two_factor_webauthn_used (challenge_hash) {
        challenge_hash -> Text,
        expires_at -> BigInt,
    }
}

diesel::table! {
    /// Rows brought over by `two_factor_import_django` (`src/django_import/`): source table
    /// and id, and the id they became here.
    two_factor_imported (source_table, source_id) {
        source_table -> Text,
        source_id -> BigInt,
        target_id -> Text,
        imported_at -> BigInt,
    }
}

diesel::table! {
    /// Passkey logins of app clients in progress: the ceremony state by challenge digest.
    two_factor_webauthn_pending (challenge_hash) {
        challenge_hash -> Text,
        state -> Text,
        expires_at -> BigInt,
        client -> Text,
    }
}

diesel::table! {
    /// Live login sessions, one row each (`src/session_records/`); keyed by the SHA-256 hex
    /// digest of the key the session keeps.
    two_factor_session (id) {
        id -> BigInt,
        user_id -> Text,
        key_digest -> Text,
        kind -> Text,
        created_at -> BigInt,
        last_seen_at -> BigInt,
        address -> Text,
        user_agent -> Text,
    }
}

diesel::table! {
    /// Remember-device grants (`src/trusted_browsers.rs`); keyed by the SHA-256 hex digest
    /// of the grant key the cookie carries.
    two_factor_trusted_browser (id) {
        id -> BigInt,
        user_id -> Text,
        grant_digest -> Text,
        device -> Text,
        created_at -> BigInt,
        last_used_at -> Nullable<BigInt>,
        expires_at -> BigInt,
        address -> Text,
        user_agent -> Text,
    }
}

diesel::table! {
    /// The browsers each account signed in from (`src/alerts/known.rs`).
    two_factor_known_browser (user_id, browser_digest) {
        user_id -> Text,
        browser_digest -> Text,
        first_seen_at -> BigInt,
    }
}
