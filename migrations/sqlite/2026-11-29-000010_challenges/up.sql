-- One pending code per device *and login attempt* (the attempt is a SHA-256 of the
-- session's challenge nonce), so two browsers never share or block each other's code.
CREATE TABLE two_factor_challenge (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    device_id BIGINT NOT NULL REFERENCES otp_challenge_device (id) ON DELETE CASCADE,
    attempt TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    UNIQUE (device_id, attempt)
);
-- Every code sent, for the per-destination and per-user rate limits (the destination is
-- a SHA-256 of the number or address). Rows older than the window are pruned.
CREATE TABLE two_factor_delivery (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id TEXT NOT NULL,
    destination TEXT NOT NULL,
    sent_at BIGINT NOT NULL
);
CREATE INDEX two_factor_delivery_destination ON two_factor_delivery (destination, sent_at);
CREATE INDEX two_factor_delivery_user ON two_factor_delivery (user_id, sent_at);
ALTER TABLE otp_challenge_device DROP COLUMN challenge_hash;
ALTER TABLE otp_challenge_device DROP COLUMN challenge_expires_at;
ALTER TABLE otp_challenge_device DROP COLUMN challenge_sent_at;
