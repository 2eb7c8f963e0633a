-- Sessions of the JSON API's app clients (`X-Session-Token`, src/api_sessions.rs): the
-- session's entries as a JSON object, keyed by the SHA-256 digest (hex) of the token, so
-- the database never holds a usable token. Rows past `expires_at` are dead and pruned.
CREATE TABLE two_factor_api_session (
    token_hash TEXT PRIMARY KEY NOT NULL,
    state TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX two_factor_api_session_expires ON two_factor_api_session (expires_at);
