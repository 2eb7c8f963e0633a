-- Who parked each passkey ceremony of an app client: the SHA-256 (hex) of its address
-- bucket (as throttling counts it; no address is stored), so one client parks a bounded
-- number at a time.
ALTER TABLE two_factor_webauthn_pending ADD COLUMN client TEXT NOT NULL DEFAULT '';
CREATE INDEX two_factor_webauthn_pending_client ON two_factor_webauthn_pending (client, expires_at);
