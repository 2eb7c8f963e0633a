#!/usr/bin/env bash
# Builds the Django site the import test reads (tests/it/django_import.rs): a virtual
# environment with Django, django-otp and django-two-factor-auth 1.18
# (tests/django/requirements.txt), then users enrolled through Django's own models
# (tests/django/enrol.py) into a SQLite file and, when DJANGO_POSTGRES_URL is set, into
# that PostgreSQL database (dropped and created again).
#
#   bash tools/django-site.sh OUT_DIR
#   export TEST_DJANGO_SITE=OUT_DIR/sqlite TEST_DJANGO_POSTGRES_SITE=OUT_DIR/postgres
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-${CARGO_TARGET_DIR:-target}/django}"
venv="$out/venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/django/requirements.txt
"$venv/bin/python" tests/django/enrol.py "$out/sqlite"
if [ -n "${DJANGO_POSTGRES_URL:-}" ]; then
  DJANGO_DATABASE_URL="$DJANGO_POSTGRES_URL" "$venv/bin/python" tests/django/enrol.py "$out/postgres"
fi
