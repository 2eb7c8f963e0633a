DROP TABLE two_factor_webauthn_pending;
ALTER TABLE otp_static_device DROP COLUMN label;
ALTER TABLE otp_challenge_device DROP COLUMN label;
ALTER TABLE otp_totp_device DROP COLUMN label;
