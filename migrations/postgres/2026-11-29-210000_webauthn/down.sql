DROP TABLE two_factor_webauthn_used;
DROP TABLE otp_webauthn_device;
