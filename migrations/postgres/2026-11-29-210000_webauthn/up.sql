-- WebAuthn credentials (security keys and passkeys), one row per credential. `name` is
-- `default` for the key set up as the primary method and `additional` for keys added from
-- the profile; `label` is what the user called it. The credential id is base64url (no
-- padding), unique across users, so a passkey login finds its row from the id alone.
CREATE TABLE otp_webauthn_device (
    id BIGSERIAL PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    credential_id TEXT NOT NULL UNIQUE,
    public_key BYTEA NOT NULL,
    user_handle TEXT NOT NULL,
    sign_count BIGINT NOT NULL DEFAULT 0,
    transports TEXT NOT NULL DEFAULT '',
    aaguid TEXT NOT NULL DEFAULT '',
    attestation_format TEXT NOT NULL DEFAULT 'none',
    is_passkey BOOLEAN NOT NULL DEFAULT FALSE,
    backup_eligible BOOLEAN NOT NULL DEFAULT FALSE,
    backup_state BOOLEAN NOT NULL DEFAULT FALSE,
    throttling_failure_timestamp BIGINT,
    throttling_failure_count INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX otp_webauthn_device_user ON otp_webauthn_device (user_id);
-- Challenges already answered (a SHA-256 of the challenge), kept until they expire: an
-- answer is accepted once even when the session that held the challenge is replayed (a
-- copied cookie session).
CREATE TABLE two_factor_webauthn_used (
    challenge_hash TEXT PRIMARY KEY NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX two_factor_webauthn_used_expiry ON two_factor_webauthn_used (expires_at);
