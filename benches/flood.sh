#!/usr/bin/env bash
# A crowd at the login form: CONNECTIONS (default 300) concurrent wrong-password logins,
# each with a session cookie and its CSRF token, against the demo built in release mode,
# for SECONDS (default 20), with wrk (benches/flood.lua). Meanwhile a real user logs in
# (password step, retried on 503 after Retry-After, as the page asks).
#
#   benches/flood.sh [SECONDS] [CONNECTIONS]
#
# Reports: idle RSS (and after one login), peak RSS and its growth over idle, RSS 5 s after
# the flood; the answers
# by status (200 = "wrong password" page, 503 = the documented overload answer, anything
# else is a failure); p50/p99 latency of the login POST; the real user's outcome.
# Needs wrk, curl. DEMO=path runs that binary instead of building examples/demo.
set -euo pipefail
SECS=${1:-20}
CONNS=${2:-300}
PORT=${PORT:-8765}
cd "$(dirname "$0")/.."

if [ -z "${DEMO:-}" ]; then
  cargo build --release --example demo >/dev/null
  DEMO=./target/release/examples/demo
fi
dir=$(mktemp -d)
export DATABASE_URL="$dir/flood.sqlite3" RUST_LOG=${RUST_LOG:-warn}
# 300 client addresses in X-Forwarded-For (benches/flood.lua), read as the proxy's header.
export CLIENT_IP_HEADER=X-Forwarded-For
PASSWORD='correct horse battery staple'
"$DEMO" createsuperuser --username alice --password "$PASSWORD" >/dev/null 2>&1
"$DEMO" runserver --bind "127.0.0.1:$PORT" >"$dir/log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$dir"' EXIT
base="http://127.0.0.1:$PORT"
for _ in $(seq 100); do curl -s -o /dev/null "$base/account/login/" && break; sleep 0.1; done

rss() { awk '/VmRSS/{print $2}' "/proc/$server/status"; } # KiB
csrf() { sed -n 's/.*name="csrfmiddlewaretoken" value="\([^"]*\)".*/\1/p' | head -1; }
sessionid() { awk '$6=="sessionid"{print $7}' "$1"; }

# The real user: GET the form, POST the password; on 503 wait Retry-After and try again.
real_login() {
  local jar tok status start attempts=0 wait
  jar=$(mktemp)
  start=$(date +%s.%N)
  while [ $attempts -lt 10 ]; do
    attempts=$((attempts + 1))
    tok=$(curl -s -c "$jar" -b "$jar" "$base/account/login/" | csrf)
    status=$(curl -s -o /dev/null -D "$jar.h" -w '%{http_code}' -c "$jar" -b "$jar" \
      --data-urlencode "csrfmiddlewaretoken=$tok" --data-urlencode "auth-password=$PASSWORD" \
      -d 'login_view-current_step=auth&auth-username=alice' "$base/account/login/")
    [ "$status" = 503 ] || break
    wait=$(awk 'tolower($1)=="retry-after:"{print $2+0}' "$jar.h")
    sleep "${wait:-1}"
  done
  echo "real user login: status $status after $attempts attempt(s), $(python3 -c "print(round($(date +%s.%N) - $start, 2))") s"
  rm -f "$jar" "$jar.h"
}

# Idle: after start and one page; then one wrong login (the first hash) and the flood.
jar="$dir/jar"
tok=$(curl -s -c "$jar" -b "$jar" "$base/account/login/" | csrf)
sleep 1
idle=$(rss)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrfmiddlewaretoken=$tok" \
  -d 'login_view-current_step=auth&auth-username=alice&auth-password=warm-up' "$base/account/login/"
tok=$(curl -s -c "$jar" -b "$jar" "$base/account/login/" | csrf)
cookie=$(sessionid "$jar")
sleep 1
warm=$(rss)

FLOOD_COOKIE=$cookie FLOOD_TOKEN=$tok wrk -t2 -c"$CONNS" -d"${SECS}s" --timeout 30s --latency \
  -s benches/flood.lua "$base/account/login/" >"$dir/wrk" 2>&1 &
flood=$!
peak=$idle
( sleep "$(python3 -c "print($SECS / 2)")"; real_login >"$dir/real" ) &
real=$!
while kill -0 $flood 2>/dev/null; do
  r=$(rss); [ "$r" -gt "$peak" ] && peak=$r
  sleep 0.2
done
wait $real || true
sleep 5
after=$(rss)

cat "$dir/wrk"
cat "$dir/real"
overloads=$(grep -c "password hashing overloaded" "$dir/log" || true)
p50=$(awk '$1=="50%"{print $2}' "$dir/wrk"); p99=$(awk '$1=="99%"{print $2}' "$dir/wrk")
others=$(awk '/^status /{s=$2+0; if (s!=200 && s!=503) n+=$3} END{print n+0}' "$dir/wrk")
checked=$(awk '/^status 200:/{print $3+0}' "$dir/wrk")
cores=$(nproc)
echo "password checks: $checked in ${SECS} s = $(python3 -c "print(round(${checked:-0} / $SECS, 1))") logins/s on $cores cores, $(python3 -c "print(round(${checked:-0} / $SECS / $cores, 1))") per core (argon2id m=19456 KiB, t=2, p=1: OWASP's and the crate's default)"
echo "summary: $CONNS connections, ${SECS} s: idle RSS $((idle / 1024)) MiB, $((warm / 1024)) MiB after one login, peak $((peak / 1024)) MiB (growth $(((peak - idle) / 1024)) MiB), 5 s after $((after / 1024)) MiB; login POST p50 $p50, p99 $p99; answers other than 200/503: $others; overload log lines: $overloads"
