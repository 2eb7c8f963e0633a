-- Keyed throttling of password guessing (re-authentication per user and per session, the
-- login's password step per account and per client address). Keys are SHA-256 digests
-- (hex) of the scope and the raw key, so arbitrary input has a fixed length and no
-- username, address or session secret is stored.
CREATE TABLE two_factor_throttle (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    failure_count INTEGER NOT NULL DEFAULT 0,
    failure_timestamp BIGINT NOT NULL,
    PRIMARY KEY (scope, key)
);
-- Pruning deletes rows by age.
CREATE INDEX two_factor_throttle_timestamp ON two_factor_throttle (failure_timestamp);
