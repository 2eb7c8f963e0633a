#!/usr/bin/env bash
# Lists the public API (every feature on) into public-api.txt, or with --check fails when
# the committed list differs from the code: changes to the public API are then deliberate.
#
#   bash tools/public-api.sh          # rewrite public-api.txt
#   bash tools/public-api.sh --check  # CI: compare
#
# rustdoc's JSON output is unstable; RUSTC_BOOTSTRAP=1 lets the stable toolchain emit it
# (the format is read by tools/public_api.py; a new toolchain may need the script adjusted).
set -euo pipefail
cd "$(dirname "$0")/.."
RUSTC_BOOTSTRAP=1 cargo rustdoc --quiet --lib --all-features -- -Z unstable-options \
  --output-format json
target="${CARGO_TARGET_DIR:-target}"
python3 tools/public_api.py "$target/doc/two_factor.json" > "$target/public-api.txt"
if [ "${1:-}" = "--check" ]; then
  if ! diff -u public-api.txt "$target/public-api.txt"; then
    echo "the public API changed: run 'bash tools/public-api.sh' and commit public-api.txt" >&2
    exit 1
  fi
  echo "public API unchanged ($(wc -l < public-api.txt) items)"
else
  cp "$target/public-api.txt" public-api.txt
  echo "public-api.txt: $(wc -l < public-api.txt) items"
fi
