-- A per-user counter bumped when two-factor authentication is disabled or reset: sessions
-- (including cookie-store sessions, which cannot be deleted server-side) carry a stamp
-- derived from it and from the password, and stop working when either changes.
CREATE TABLE two_factor_user_epoch (
    user_id TEXT PRIMARY KEY NOT NULL,
    epoch BIGINT NOT NULL DEFAULT 0
);
