"""Schemathesis hooks for the API check (tools/schemathesis.sh): every generated request
is an app client's, with a fresh session token from `login` (`X-Client: app`), so an
operation that ends the session (`logout`, `disable`) does not leave the rest of the run
testing only the `session_expired` answer.

Environment: SCHEMATHESIS_API (the API's base URL), SCHEMATHESIS_USER and
SCHEMATHESIS_PASSWORD (a user without two-factor authentication)."""
import os
import random

import requests
import schemathesis

API = os.environ["SCHEMATHESIS_API"]
USER = os.environ["SCHEMATHESIS_USER"]
PASSWORD = os.environ["SCHEMATHESIS_PASSWORD"]


@schemathesis.auth(refresh_interval=None)
class AppSession:
    def get(self, case, context):
        answer = requests.post(
            f"{API}/login",
            json={"username": USER, "password": PASSWORD},
            # The demo reads the client address from this header (CLIENT_IP_HEADER): the
            # generated wrong logins throttle the runner's own address, not these.
            headers={
                "X-Client": "app",
                "X-Forwarded-For": f"10.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}",
            },
            timeout=30,
        )
        answer.raise_for_status()
        return answer.json()["session_token"]

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["X-Session-Token"] = data
