-- Built-in user store (the embedded default; host apps may bring their own).
CREATE TABLE two_factor_user (
    id BIGSERIAL PRIMARY KEY,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL DEFAULT '',
    password TEXT NOT NULL,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    is_staff BOOLEAN NOT NULL DEFAULT FALSE,
    is_superuser BOOLEAN NOT NULL DEFAULT FALSE,
    date_joined BIGINT NOT NULL
);

-- django-otp's TOTPDevice, with throttling and timestamps; times in milliseconds.
CREATE TABLE otp_totp_device (
    id BIGSERIAL PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    confirmed BOOLEAN NOT NULL DEFAULT FALSE,
    key TEXT NOT NULL,
    step INTEGER NOT NULL DEFAULT 30,
    t0 BIGINT NOT NULL DEFAULT 0,
    digits INTEGER NOT NULL DEFAULT 6,
    tolerance INTEGER NOT NULL DEFAULT 1,
    drift INTEGER NOT NULL DEFAULT 0,
    last_t BIGINT NOT NULL DEFAULT -1,
    throttling_failure_timestamp BIGINT,
    throttling_failure_count INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX otp_totp_device_user_id ON otp_totp_device (user_id);
