"""The current TOTP code (RFC 6238: SHA-1, 30-second steps, six digits) of a base32 key, as
an authenticator app shows it: what the load scripts type in after reading the key.

    python3 benches/totp.py BASE32_KEY
"""

import base64
import hashlib
import hmac
import struct
import sys
import time


def code(secret, now=None):
    """The six-digit code of `secret` (base32, spaces and padding optional) at `now`."""
    secret = "".join(secret.split()).upper()
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    step = int(time.time() if now is None else now) // 30
    mac = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = mac[-1] & 15
    return "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


if __name__ == "__main__":
    print(code(sys.argv[1]))
