#!/usr/bin/env bash
# The issue-19 targets measured on the demo itself (examples/demo, release): its verified
# secret page (rendered, behind otp_required, with the demo's CSP header and admin routes),
# its login page and its account page, each against the bench server's bare actix routes
# in the same run (alternating rounds, so machine noise hits all alike):
#
#   rendered verified page ÷ bare cookie-session route   (target ≥ 0.75)
#   login page GET ÷ plain route                          (target ≥ 0.3)
#   account page (profile) ÷ bare cookie-session route    (target ≥ 0.12)
#
# The demo runs with SECRET_KEY set to the bench server's session key, so the bare route
# reads the very cookie the demo issued. A user is created, signed in and given an
# authenticator app through the pages (benches/demo_login.py), as a person would.
#
#   benches/demo_load.sh [ROUNDS] [SECONDS] [CONNECTIONS]
#
# Both servers run WORKERS workers (default 2, the machine's cores, as the demo's default);
# wrk runs 2 threads. Needs wrk, curl and python3. DEMO=path and BENCH_SERVER=path run
# those binaries instead of building them.
set -euo pipefail
ROUNDS=${1:-5}
SECS=${2:-5}
CONNS=${3:-16}
WORKERS=${WORKERS:-2}
PORT=${PORT:-8765}
cd "$(dirname "$0")/.."

if [ -z "${DEMO:-}" ]; then
  cargo build --release --example demo >/dev/null
  DEMO=./target/release/examples/demo
fi
if [ -z "${BENCH_SERVER:-}" ]; then
  cargo build --release --example bench_server >/dev/null
  BENCH_SERVER=./target/release/examples/bench_server
fi
dir=$(mktemp -d)
BENCH_WORKERS=$WORKERS "$BENCH_SERVER" >"$dir/bench.log" 2>&1 &
bench=$!
export DATABASE_URL="$dir/demo.sqlite3" RUST_LOG=warn
export SECRET_KEY=benchmark-session-key-benchmark-session-key-0123456789 # benches/apps.rs key()
PASSWORD='correct horse battery staple'
"$DEMO" createsuperuser --username alice --password "$PASSWORD" >/dev/null 2>&1
"$DEMO" runserver --bind "127.0.0.1:$PORT" >"$dir/demo.log" 2>&1 &
demo=$!
trap 'kill $bench $demo 2>/dev/null || true; rm -rf "$dir"' EXIT
base="http://127.0.0.1:$PORT"
for _ in $(seq 100); do
  curl -s -o /dev/null "$base/account/login/" && curl -s -o /dev/null 127.0.0.1:8182/plain/ && break
  sleep 0.1
done
jar="$dir/jar"
python3 benches/demo_login.py "$base" alice "$PASSWORD" "$jar"
cookie() { awk -F'\t' '$6=="sessionid"{print $7}' "$jar"; }
check=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: sessionid=$(cookie)" 127.0.0.1:8182/bare/)
[ "$check" = 200 ] || { echo "the bare route did not read the demo's session ($check)"; exit 1; }
for path in /secret/ /account/two_factor/; do
  check=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: sessionid=$(cookie)" "$base$path")
  [ "$check" = 200 ] || { echo "the demo's $path answered $check to the verified session"; exit 1; }
done
check=$(curl -s -o /dev/null -w '%{http_code}' "$base/account/login/")
[ "$check" = 200 ] || { echo "the demo's login page answered $check"; exit 1; }
if curl -s -D - -o /dev/null -H "Cookie: sessionid=$(cookie)" "$base/secret/" | grep -qi '^set-cookie:'; then
  echo "note: the demo's secret page writes the session (Set-Cookie on a read-only page)"
fi

# Requests per second; a run with answers other than 2xx/3xx (wrk counts them) fails.
rps() {
  local out
  out=$(wrk -t2 -c"$CONNS" -d"${SECS}s" "$@")
  if echo "$out" | grep -q 'Non-2xx'; then echo "wrk: $* had failing answers" >&2; exit 1; fi
  echo "$out" | awk '/Requests\/sec/{print $2}'
}
bare=(); page=(); plain=(); login=(); profile=()
for i in $(seq "$ROUNDS"); do
  # A browser keeps the cookie each answer sets (the activity stamp, once a minute).
  curl -s -o /dev/null -c "$jar" -b "$jar" "$base/secret/"
  c="Cookie: sessionid=$(cookie)"
  b=$(rps -H "$c" http://127.0.0.1:8182/bare/)
  s=$(rps -H "$c" "$base/secret/")
  pl=$(rps http://127.0.0.1:8182/plain/)
  lg=$(rps "$base/account/login/")
  pr=$(rps -H "$c" "$base/account/two_factor/")
  bare+=("$b"); page+=("$s"); plain+=("$pl"); login+=("$lg"); profile+=("$pr")
  echo "round $i: bare $b req/s, demo /secret/ $s, plain $pl, demo login GET $lg, demo profile $pr"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
ratio() { python3 -c "print(round($1 / $2, 3))"; }
mb=$(median "${bare[@]}"); ms=$(median "${page[@]}"); mpl=$(median "${plain[@]}")
mlg=$(median "${login[@]}"); mpr=$(median "${profile[@]}")
echo "median: bare $mb req/s, demo /secret/ $ms (ratio $(ratio "$ms" "$mb"), target 0.75)"
echo "median: plain $mpl req/s, demo login GET $mlg (ratio $(ratio "$mlg" "$mpl"), target 0.3), demo profile $mpr (ratio to bare $(ratio "$mpr" "$mb"), target 0.12)"
