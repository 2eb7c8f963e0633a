-- The browsers each account has signed in from (src/alerts/known.rs): the SHA-256 digest
-- (hex) of the random id a long-lived cookie gives each browser. A sign-in from a browser
-- not listed for the account (when the account has signed in before) sends a security
-- alert.
CREATE TABLE two_factor_known_browser (
    user_id TEXT NOT NULL,
    browser_digest TEXT NOT NULL,
    first_seen_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, browser_digest)
);
