-- One row per live login session (browser or app), so users can see where they are signed
-- in and end a session anywhere (src/session_records/). The session itself keeps a random
-- key; the row holds its SHA-256 digest (hex), never the key. `address` is coarse (an IPv4
-- /24 or IPv6 /48), `user_agent` the raw header (at most 512 characters), parsed for display.
-- `last_seen_at` is written at most once a minute. Deleting the row ends the session at its
-- next request on every instance.
CREATE TABLE two_factor_session (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id TEXT NOT NULL,
    key_digest TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    address TEXT NOT NULL,
    user_agent TEXT NOT NULL
);
CREATE INDEX two_factor_session_user ON two_factor_session (user_id);
CREATE INDEX two_factor_session_seen ON two_factor_session (last_seen_at);
