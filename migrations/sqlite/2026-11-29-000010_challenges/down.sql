ALTER TABLE otp_challenge_device ADD COLUMN challenge_hash TEXT;
ALTER TABLE otp_challenge_device ADD COLUMN challenge_expires_at BIGINT;
ALTER TABLE otp_challenge_device ADD COLUMN challenge_sent_at BIGINT;
DROP TABLE two_factor_delivery;
DROP TABLE two_factor_challenge;
