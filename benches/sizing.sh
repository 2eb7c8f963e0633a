#!/usr/bin/env bash
# Sizing figures a site can plan with, in one command: verified requests per second per
# core (benches/load.sh with one worker), and a crowd at the login form (benches/flood.sh:
# password checks per second per core, memory, p50/p99 of the login POST under 300
# concurrent wrong logins from 300 client addresses, a real user's login meanwhile).
#
#   benches/sizing.sh [FLOOD_SECONDS]
#
# Needs wrk, curl and python3; builds the demo and the bench server in release mode.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== verified requests, one worker (one core), 16 connections"
BENCH_WORKERS=1 bash benches/load.sh 3 5 16 | tail -3
echo "== a crowd at the login form: 300 connections, 300 client addresses"
bash benches/flood.sh "${1:-20}" 300 | tail -4
