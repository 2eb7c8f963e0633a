#!/usr/bin/env bash
# Runs schemathesis (from the Python registry, in a virtual environment) against the JSON
# API the demo serves, as an app client with a session token: every check but
# `positive_data_acceptance` (generated "valid" bodies cannot know a real password or
# token). Fails on any failure: every status an operation answers must be in its document.
#
#   bash tools/schemathesis.sh            # builds the demo (debug) if needed
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
case "$target" in /*) ;; *) target="$(pwd)/$target" ;; esac
venv="$target/schemathesis-venv"
[ -x "$venv/bin/schemathesis" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/schemathesis/requirements.txt
cargo build --quiet --example demo
demo="$target/debug/examples/demo"
work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export DATABASE_URL="$work/demo.sqlite3" SECRET_KEY="schemathesis-run-secret-key-0123456789abcdef"
password="schemathesis correct horse"
"$demo" createsuperuser --username tester --password "$password" --email tester@example.com >/dev/null
# Wrong logins the tester generates throttle the runner's address; the hooks log in from
# addresses of their own through this header.
CLIENT_IP_HEADER=X-Forwarded-For "$demo" runserver --bind "127.0.0.1:$port" >"$work/demo.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
api="http://127.0.0.1:$port/account/two_factor/api/v1"
for _ in $(seq 100); do curl -sf "$api/openapi.json" >/dev/null && break; sleep 0.2; done
cd "$work"
SCHEMATHESIS_HOOKS="$OLDPWD/tests/schemathesis/hooks.py" SCHEMATHESIS_API="$api" \
  SCHEMATHESIS_USER=tester SCHEMATHESIS_PASSWORD="$password" \
  "$venv/bin/schemathesis" run "$api/openapi.json" \
    --exclude-checks positive_data_acceptance \
    --max-examples 40 --workers 1 --seed 1 --no-color
