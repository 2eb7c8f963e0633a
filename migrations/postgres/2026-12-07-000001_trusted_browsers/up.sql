-- "Don't ask again on this browser" grants (src/trusted_browsers.rs), one row per remember
-- cookie issued, so a user can list them and take one back. The cookie carries a random
-- grant key under the cookie's MAC; the row holds its SHA-256 digest (hex). A cookie whose
-- row is gone no longer skips the token step.
CREATE TABLE two_factor_trusted_browser (
    id BIGSERIAL PRIMARY KEY,
    user_id TEXT NOT NULL,
    grant_digest TEXT NOT NULL UNIQUE,
    device TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    expires_at BIGINT NOT NULL,
    address TEXT NOT NULL,
    user_agent TEXT NOT NULL
);
CREATE INDEX two_factor_trusted_browser_user ON two_factor_trusted_browser (user_id);
