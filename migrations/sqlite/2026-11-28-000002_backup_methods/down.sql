DROP TABLE otp_challenge_device;
DROP TABLE otp_static_token;
DROP TABLE otp_static_device;
