#!/usr/bin/env bash
# HTTP load benchmark: a verified request to /secret/ (session + identity + OtpMiddleware +
# otp_required, 2-byte body) and to /page/ (the same, rendering the demo's secret page
# through the crate's templates) against a bare actix-web route reading the same cookie
# session, measured side by side in one run (alternating rounds, so machine noise hits
# all alike).
#
#   benches/load.sh [ROUNDS] [SECONDS] [CONNECTIONS]
#
# Needs wrk (apt-get install wrk), curl and python3. Prints each round and the ratios of
# medians; the README quotes the latest figures. BENCH_SERVER=path runs that binary
# instead of building examples/bench_server.rs (to compare two builds).
set -euo pipefail
ROUNDS=${1:-5}
SECS=${2:-5}
CONNS=${3:-32}
cd "$(dirname "$0")/.."

if [ -z "${BENCH_SERVER:-}" ]; then
  cargo build --release --example bench_server >/dev/null
  BENCH_SERVER=./target/release/examples/bench_server
fi
out=$(mktemp)
"$BENCH_SERVER" >"$out" 2>/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$out" "${jar:-}"' EXIT
for _ in $(seq 100); do grep -q '^SECRET=' "$out" && curl -s -o /dev/null 127.0.0.1:8182/bare/ && break; sleep 0.1; done
secret=$(sed -n 's/^SECRET=//p' "$out")

# Log in for real: password step, then a TOTP token computed from the printed secret.
jar=$(mktemp)
csrf() { sed -n 's/.*name="csrfmiddlewaretoken" value="\([^"]*\)".*/\1/p' | head -1; }
tok=$(curl -s -c "$jar" -b "$jar" http://127.0.0.1:8181/account/login/ | csrf)
tok=$(curl -s -c "$jar" -b "$jar" --data-urlencode "csrfmiddlewaretoken=$tok" \
  -d 'login_view-current_step=auth&auth-username=bench&auth-password=bench' \
  http://127.0.0.1:8181/account/login/ | csrf)
code=$(python3 - "$secret" <<'PY'
import base64, hmac, hashlib, struct, sys, time
key = base64.b32decode(sys.argv[1] + "=" * (-len(sys.argv[1]) % 8))
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
o = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "csrfmiddlewaretoken=$tok" \
  -d "login_view-current_step=token&token-otp_token=$code" http://127.0.0.1:8181/account/login/)
[ "$status" = 302 ] || { echo "login failed ($status)"; exit 1; }
cookie=$(awk '$6=="sessionid"{print $7}' "$jar")
check=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: sessionid=$cookie" http://127.0.0.1:8181/secret/)
[ "$check" = 200 ] || { echo "verified session not accepted ($check)"; exit 1; }
headers=$(curl -s -D - -o /dev/null -H "Cookie: sessionid=$cookie" http://127.0.0.1:8181/page/)
echo "$headers" | grep -q '^HTTP/1.1 200' || { echo "rendered page not served"; exit 1; }
if echo "$headers" | grep -qi '^set-cookie:'; then
  echo "note: the rendered page writes the session (Set-Cookie on a read-only page)"
fi

run() { wrk -t1 -c"$CONNS" -d"${SECS}s" -H "Cookie: sessionid=$cookie" "$1" | awk '/Requests\/sec/{print $2}'; }
bare=(); secret_rps=(); page_rps=()
for i in $(seq "$ROUNDS"); do
  b=$(run http://127.0.0.1:8182/bare/)
  s=$(run http://127.0.0.1:8181/secret/)
  p=$(run http://127.0.0.1:8181/page/)
  bare+=("$b"); secret_rps+=("$s"); page_rps+=("$p")
  echo "round $i: bare $b req/s, verified /secret/ $s req/s, rendered /page/ $p req/s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
mb=$(median "${bare[@]}"); ms=$(median "${secret_rps[@]}"); mp=$(median "${page_rps[@]}")
echo "median: bare $mb req/s, verified /secret/ $ms req/s (ratio $(python3 -c "print(round($ms/$mb, 3))")), rendered /page/ $mp req/s (ratio $(python3 -c "print(round($mp/$mb, 3))"))"
