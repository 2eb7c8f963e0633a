DROP INDEX two_factor_webauthn_pending_client;
ALTER TABLE two_factor_webauthn_pending DROP COLUMN client;
