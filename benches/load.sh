#!/usr/bin/env bash
# HTTP load benchmark: a verified request to /secret/ (session + identity + OtpMiddleware +
# otp_required, 2-byte body) and to /page/ (the same, rendering the demo's secret page
# through the crate's templates) against a bare actix-web route reading the same cookie
# session, measured side by side in one run (alternating rounds, so machine noise hits
# all alike).
#
#   benches/load.sh [ROUNDS] [SECONDS] [CONNECTIONS]
#   PAIRS=7 benches/load.sh 0 2   # short brackets bare, /secret/, /page/, bare (noisy machine)
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
code=$(python3 benches/totp.py "$secret")
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

# Each run prints "req/s µs": throughput, and the server's own CPU time per request (user +
# system ticks of the process around the run), which other load on the machine hardly moves.
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
hz=$(getconf CLK_TCK)
run() {
  local t0 t1 out
  t0=$(ticks)
  out=$(wrk -t1 -c"$CONNS" -d"${SECS}s" -H "Cookie: sessionid=$cookie" "$1")
  t1=$(ticks)
  echo "$out" | awk -v t="$((t1 - t0))" -v hz="$hz" '/requests in/{n=$1} /Requests\/sec/{r=$2} END{printf "%s %.2f\n", r, t * 1e6 / hz / n}'
}
# The login page is fetched anonymously (no cookie: a new session and CSRF token each time).
run_anonymous() {
  local t0 t1 out
  t0=$(ticks)
  out=$(wrk -t1 -c"$CONNS" -d"${SECS}s" "$1")
  t1=$(ticks)
  echo "$out" | awk -v t="$((t1 - t0))" -v hz="$hz" '/requests in/{n=$1} /Requests\/sec/{r=$2} END{printf "%s %.2f\n", r, t * 1e6 / hz / n}'
}
bare=(); secret_rps=(); page_rps=(); bare_us=(); secret_us=(); page_us=()
plain_rps=(); login_rps=(); profile_rps=()
# A browser keeps the cookie each answer sets; wrk sends the same one for ever. Once the
# session's activity stamp is older than a minute, every request of that stale cookie
# rewrites the session (and re-encrypts the cookie), which no browser would cause: take the
# refreshed cookie before each round.
refresh() {
  curl -s -o /dev/null -c "$jar" -b "$jar" http://127.0.0.1:8181/secret/
  cookie=$(awk '$6=="sessionid"{print $7}' "$jar")
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
# PAIRS=N: a mode for a noisy machine. Each of N short brackets runs bare, /secret/,
# /page/, bare again, and rates the two pages against the mean of the bare runs around
# them; the medians of those per-bracket ratios move far less with the machine's load
# than ratios of medians over long rounds (what the default mode prints).
if [ -n "${PAIRS:-}" ]; then
  secret_ratios=(); page_ratios=()
  for i in $(seq "$PAIRS"); do
    refresh
    read -r b1 _ <<<"$(run http://127.0.0.1:8182/bare/)"
    read -r s _ <<<"$(run http://127.0.0.1:8181/secret/)"
    read -r p _ <<<"$(run http://127.0.0.1:8181/page/)"
    read -r b2 _ <<<"$(run http://127.0.0.1:8182/bare/)"
    rs=$(python3 -c "print(round(2 * $s / ($b1 + $b2), 3))")
    rp=$(python3 -c "print(round(2 * $p / ($b1 + $b2), 3))")
    secret_ratios+=("$rs"); page_ratios+=("$rp")
    echo "bracket $i: bare $b1 / $b2 req/s, /secret/ $s ($rs), /page/ $p ($rp)"
  done
  echo "median of $PAIRS brackets: /secret/ $(median "${secret_ratios[@]}") of bare, /page/ $(median "${page_ratios[@]}") of bare"
  exit 0
fi
for i in $(seq "$ROUNDS"); do
  refresh
  read -r b bu <<<"$(run http://127.0.0.1:8182/bare/)"
  read -r s su <<<"$(run http://127.0.0.1:8181/secret/)"
  read -r p pu <<<"$(run http://127.0.0.1:8181/page/)"
  read -r pl _ <<<"$(run_anonymous http://127.0.0.1:8182/plain/)"
  read -r lg _ <<<"$(run_anonymous http://127.0.0.1:8181/account/login/)"
  read -r pr _ <<<"$(run http://127.0.0.1:8181/account/two_factor/)"
  bare+=("$b"); secret_rps+=("$s"); page_rps+=("$p"); bare_us+=("$bu"); secret_us+=("$su"); page_us+=("$pu")
  plain_rps+=("$pl"); login_rps+=("$lg"); profile_rps+=("$pr")
  echo "round $i: bare $b req/s ($bu µs CPU/req), verified /secret/ $s req/s ($su µs), rendered /page/ $p req/s ($pu µs), plain $pl, login GET $lg, profile $pr"
done
mb=$(median "${bare[@]}"); ms=$(median "${secret_rps[@]}"); mp=$(median "${page_rps[@]}")
ub=$(median "${bare_us[@]}"); us=$(median "${secret_us[@]}"); up=$(median "${page_us[@]}")
echo "median: bare $mb req/s, verified /secret/ $ms req/s (ratio $(python3 -c "print(round($ms/$mb, 3))")), rendered /page/ $mp req/s (ratio $(python3 -c "print(round($mp/$mb, 3))"))"
echo "server CPU per request (median): bare $ub µs, /secret/ $us µs (ratio $(python3 -c "print(round($ub/$us, 3))")), /page/ $up µs (ratio $(python3 -c "print(round($ub/$up, 3))"))"
mpl=$(median "${plain_rps[@]}"); mlg=$(median "${login_rps[@]}"); mpr=$(median "${profile_rps[@]}")
echo "median: plain $mpl req/s, login GET $mlg req/s (ratio $(python3 -c "print(round($mlg/$mpl, 3))")), profile $mpr req/s (ratio to bare $(python3 -c "print(round($mpr/$mb, 3))"))"
