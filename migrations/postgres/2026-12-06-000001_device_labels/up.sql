-- What the user calls each device ("phone", "tablet"): renamed with `device_rename`.
-- `name` keeps its role (Django's `default` for the primary device, `backup` for backup
-- phones and tokens); an empty label shows the device by what it is.
ALTER TABLE otp_totp_device ADD COLUMN label TEXT NOT NULL DEFAULT '';
ALTER TABLE otp_challenge_device ADD COLUMN label TEXT NOT NULL DEFAULT '';
ALTER TABLE otp_static_device ADD COLUMN label TEXT NOT NULL DEFAULT '';
-- Passkey logins of app clients, which have no session before they log in: the ceremony's
-- state, keyed by the SHA-256 (hex) of its challenge, claimed (deleted) by the answer.
CREATE TABLE two_factor_webauthn_pending (
    challenge_hash TEXT PRIMARY KEY NOT NULL,
    state TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX two_factor_webauthn_pending_expiry ON two_factor_webauthn_pending (expires_at);
