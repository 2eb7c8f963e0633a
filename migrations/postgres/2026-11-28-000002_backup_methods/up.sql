-- Backup tokens (django-otp's StaticDevice/StaticToken); only argon2id hashes are stored.
CREATE TABLE otp_static_device (
    id BIGSERIAL PRIMARY KEY,
    user_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT 'backup',
    throttling_failure_timestamp BIGINT,
    throttling_failure_count INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE TABLE otp_static_token (
    id BIGSERIAL PRIMARY KEY,
    device_id BIGINT NOT NULL REFERENCES otp_static_device (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL
);
CREATE INDEX otp_static_token_device_id ON otp_static_token (device_id);

-- Devices that are sent a code (two_factor's PhoneDevice, django-otp's EmailDevice):
-- method is sms, call or email; target the E.164 number or the address. The pending
-- code is stored only as a hash bound to the login attempt, with its expiry.
CREATE TABLE otp_challenge_device (
    id BIGSERIAL PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    confirmed BOOLEAN NOT NULL DEFAULT FALSE,
    method TEXT NOT NULL,
    target TEXT NOT NULL,
    challenge_hash TEXT,
    challenge_expires_at BIGINT,
    challenge_sent_at BIGINT,
    throttling_failure_timestamp BIGINT,
    throttling_failure_count INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX otp_challenge_device_user_id ON otp_challenge_device (user_id);
