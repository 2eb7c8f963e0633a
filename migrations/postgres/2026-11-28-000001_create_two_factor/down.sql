DROP TABLE otp_totp_device;
DROP TABLE two_factor_user;
