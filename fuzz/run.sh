#!/usr/bin/env bash
# Bounded fuzzing of every target in fuzz/fuzz_targets, for CI and local use.
#
#   bash fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 30 s, all targets)
#
# Works on the stable toolchain: `--sanitizer none` leaves only the SanitizerCoverage
# flags (-Cpasses=sancov-module, -Cllvm-args=...), which stable rustc accepts, so no
# nightly and no RUSTC_BOOTSTRAP are needed. The crate under test forbids `unsafe`, so
# AddressSanitizer would add cost without finding more. `--debug-assertions` turns on
# debug assertions and integer-overflow checks in the fuzzed code.
#
# New corpus entries go to fuzz/corpus/<target> (git-ignored, kept between runs when the
# checkout is); the checked-in seeds in fuzz/seeds/<target> are only read. A crash leaves
# its input in fuzz/artifacts/<target>/ and makes this script exit non-zero after all
# targets have run.
set -euo pipefail
cd "$(dirname "$0")/.."

secs="${1:-30}"
shift || true
case "$secs" in
  '' | *[!0-9]*) echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2 ;;
esac

# libfuzzer-sys compiles libFuzzer (C++) in its build script.
if ! command -v c++ >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq g++
  else
    echo "fuzzing needs a C++ compiler (c++/g++) for libFuzzer" >&2
    exit 1
  fi
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

flags=(--fuzz-dir fuzz --target-dir fuzz/target --sanitizer none --debug-assertions)

if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo fuzz list --fuzz-dir fuzz)
fi
[ ${#targets[@]} -gt 0 ] || { echo "no fuzz targets found" >&2; exit 1; }

echo "== building ${#targets[@]} fuzz targets"
start=$SECONDS
cargo fuzz build "${flags[@]}"
echo "== built in $((SECONDS - start)) s"

failed=()
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/seeds/$t"
  echo "== fuzzing $t for ${secs} s"
  start=$SECONDS
  # -timeout: an input taking over 10 s is reported as a hang (a failure);
  # -rss_limit_mb: a runaway allocation is reported rather than swapping the machine.
  if cargo fuzz run "${flags[@]}" "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
      -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      2> >(grep -v -E '^(INFO: |WARNING: Failed to find function|#[0-9]+\s+(NEW|REDUCE|pulse)|\s+(NEW_FUNC|MS:))' >&2); then
    echo "== $t: ok ($((SECONDS - start)) s)"
  else
    echo "== $t: FAILED ($((SECONDS - start)) s); inputs in fuzz/artifacts/$t/" >&2
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "== fuzzing found problems in: ${failed[*]}" >&2
  echo "   reproduce: cargo fuzz run ${flags[*]} <target> fuzz/artifacts/<target>/<file>" >&2
  exit 1
fi
echo "== all ${#targets[@]} fuzz targets ran ${secs} s without a failure"
