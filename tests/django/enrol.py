#!/usr/bin/env python3
"""A Django site running django-two-factor-auth, whose users are enrolled through Django's
own models, for the import test (`tests/it/django_import.rs`).

    python tests/django/enrol.py OUT_DIR            # SQLite: OUT_DIR/db.sqlite3
    DJANGO_DATABASE_URL=postgres://u@h:5432/name python tests/django/enrol.py OUT_DIR

Writes OUT_DIR/fixture.json: each user's password and what was enrolled (TOTP keys, the
backup tokens, a code and a backup token already used in Django, a WebAuthn key's private
half), so the Rust test can log them in after the import. The PostgreSQL database is
dropped and created again.
"""
import base64
import json
import os
import secrets
import sys
from urllib.parse import urlparse

out_dir = os.path.abspath(sys.argv[1])
os.makedirs(out_dir, exist_ok=True)
url = os.environ.get("DJANGO_DATABASE_URL")
if url:
    parts = urlparse(url)
    db = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": parts.path.lstrip("/"),
        "USER": parts.username or "postgres",
        "PASSWORD": parts.password or "",
        "HOST": parts.hostname or "127.0.0.1",
        "PORT": str(parts.port or 5432),
    }
    import psycopg

    admin = psycopg.connect(
        host=db["HOST"], port=db["PORT"], user=db["USER"], password=db["PASSWORD"],
        dbname="postgres", autocommit=True,
    )
    admin.execute(f'DROP DATABASE IF EXISTS "{db["NAME"]}"')
    admin.execute(f'CREATE DATABASE "{db["NAME"]}"')
    admin.close()
else:
    path = os.path.join(out_dir, "db.sqlite3")
    if os.path.exists(path):
        os.remove(path)
    db = {"ENGINE": "django.db.backends.sqlite3", "NAME": path}

from django.conf import settings

settings.configure(
    DATABASES={"default": db},
    INSTALLED_APPS=[
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django_otp",
        "django_otp.plugins.otp_static",
        "django_otp.plugins.otp_totp",
        "django_otp.plugins.otp_email",
        "two_factor",
        "two_factor.plugins.phonenumber",
        "two_factor.plugins.email",
        "two_factor.plugins.webauthn",
    ],
    PASSWORD_HASHERS=[
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
        "django.contrib.auth.hashers.ScryptPasswordHasher",
    ],
    USE_TZ=True,
    SECRET_KEY="enrol-only",
    TWO_FACTOR_WEBAUTHN_RP_NAME="Import test",
    TWO_FACTOR_WEBAUTHN_RP_ID="localhost",
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
)

import django

django.setup()

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_email.models import EmailDevice
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from two_factor.plugins.phonenumber.models import PhoneDevice
from two_factor.plugins.webauthn.models import WebauthnDevice

call_command("migrate", verbosity=0)

fixture = {"users": {}, "database": url or db["NAME"]}


def user(username, hasher, **flags):
    password = f"{username}-old-django-password"
    u = User.objects.create(
        username=username,
        email=f"{username}@example.com",
        password=make_password(password, hasher=hasher),
        **flags,
    )
    entry = {"password": password, "hasher": hasher, "id": u.id}
    fixture["users"][username] = entry
    return u, entry


def totp_device(u, entry, name="default", digits=6, confirmed=True):
    key = secrets.token_hex(20)
    TOTPDevice.objects.create(user=u, name=name, key=key, digits=digits, confirmed=confirmed)
    entry.setdefault("totp", []).append({"name": name, "key": key, "digits": digits})
    return key


# alice: the default hasher, an authenticator app she used in Django just before the move,
# backup tokens (one used in Django), a backup phone and a security key.
alice, entry = user("alice", "pbkdf2_sha256")
key = totp_device(alice, entry)
device = TOTPDevice.objects.get(user=alice)
code = totp(bytes.fromhex(key), step=30, t0=0, digits=6, drift=0)
code = str(code).zfill(6)
assert device.verify_token(code), "Django refused its own code"
device.refresh_from_db()
entry["used_code"] = code
entry["used_step"] = device.last_t
static = StaticDevice.objects.create(user=alice, name="backup")
tokens = [StaticToken.random_token() for _ in range(5)]
for token in tokens:
    static.token_set.create(token=token)
assert static.verify_token(tokens[0]), "Django refused its own backup token"
entry["used_backup_token"] = tokens[0]
entry["backup_tokens"] = tokens[1:]
PhoneDevice.objects.create(
    user=alice, name="backup", number="+14155552671", method="sms", confirmed=True
)
entry["phone"] = "+14155552671"

from cryptography.hazmat.primitives.asymmetric import ec

private = ec.generate_private_key(ec.SECP256R1())
numbers = private.public_key().public_numbers()
import cbor2

cose = cbor2.dumps(
    {1: 2, 3: -7, -1: 1, -2: numbers.x.to_bytes(32, "big"), -3: numbers.y.to_bytes(32, "big")}
)
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
credential_id = secrets.token_bytes(16)
WebauthnDevice.objects.create(
    user=alice,
    name="YubiKey",
    confirmed=True,
    public_key=b64(cose),
    key_handle=b64(credential_id),
    sign_count=7,
)
entry["webauthn"] = {
    "credential_id": b64(credential_id),
    "private_key": private.private_numbers().private_value.to_bytes(32, "big").hex(),
    "public_point": (b"\x04" + numbers.x.to_bytes(32, "big") + numbers.y.to_bytes(32, "big")).hex(),
    "sign_count": 7,
}

# bob: argon2 (as Django writes it) and an e-mail device as his only method.
bob, entry = user("bob", "argon2")
EmailDevice.objects.create(user=bob, name="default", email="bob@mail.example.com", confirmed=True)
entry["email_device"] = "bob@mail.example.com"

# carol: staff, bcrypt_sha256, an eight-digit app.
carol, entry = user("carol", "bcrypt_sha256", is_staff=True)
totp_device(carol, entry, digits=8)

# dave: superuser, scrypt; erin: pbkdf2_sha1, an unconfirmed app (skipped).
dave, entry = user("dave", "scrypt", is_staff=True, is_superuser=True)
totp_device(dave, entry)
erin, entry = user("erin", "pbkdf2_sha1")
totp_device(erin, entry, confirmed=False)

# frank: inactive, with an app; grace: no two-factor authentication at all.
frank, entry = user("frank", "pbkdf2_sha256", is_active=False)
totp_device(frank, entry)
user("grace", "pbkdf2_sha256")

with open(os.path.join(out_dir, "fixture.json"), "w") as f:
    json.dump(fixture, f, indent=2)
print(f"enrolled {len(fixture['users'])} users into {fixture['database']}")
