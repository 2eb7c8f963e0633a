#!/usr/bin/env bash
# The callgrind guard: counts the instructions of the hot paths (benches/instructions.rs)
# next to bare actix-web routes in the same process, prints the ratios, and fails when one
# falls below its floor in benches/instructions-floor.txt. Instruction counts do not move
# with other load on the machine, so a slower hot path cannot hide in the noise.
#
#   bash tools/instructions.sh           # measure and check against the floors
#
# A change that makes a page slower must lower its floor in the same commit, with a reason
# in the floor file. Needs valgrind (apt-get install valgrind) on x86-64.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
bin=$(cargo build --profile bench --bench instructions --message-format=json 2>/dev/null \
  | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "instructions" and m.get("executable"):
        print(m["executable"])')
[ -n "$bin" ] || { echo "could not build benches/instructions.rs" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out/cg.out" --dump-instr=no \
  --compress-strings=no --compress-pos=no "$bin" 2>"$out/valgrind.log" \
  || { cat "$out/valgrind.log" >&2; exit 1; }
python3 - "$out" benches/instructions-floor.txt <<'PY'
import glob, os, re, sys
out, floor_file = sys.argv[1], sys.argv[2]
ROUNDS = 200
counts = {}
for path in glob.glob(os.path.join(out, "cg.out*")):
    name = total = None
    with open(path) as f:
        for line in f:
            m = re.match(r"desc: Trigger: Client Request: (\S+)", line)
            if m:
                name = m.group(1)
            # `totals:` sums the part's cost lines (what ran since the zeroing);
            # `summary:` of the first part also counts the set-up before it.
            m = re.match(r"totals: (\d+)", line)
            if m:
                total = int(m.group(1))
    if name and total is not None:
        counts[name] = total / ROUNDS
pairs = {"secret": "bare_session", "page": "bare_session", "profile": "bare_session", "login_get": "plain"}
missing = [n for n in list(pairs) + list(pairs.values()) if n not in counts]
if missing:
    sys.exit(f"no count for {missing}; callgrind dumps: {sorted(counts)}")
floors = {}
for line in open(floor_file):
    line = line.split("#", 1)[0].split()
    if len(line) == 2:
        floors[line[0]] = float(line[1])
failed = []
print(f"{'request':<12} {'instructions':>14} {'bare':>12} {'ratio':>7} {'floor':>7}")
for name, bare in pairs.items():
    ratio = counts[bare] / counts[name]
    floor = floors.get(name)
    mark = ""
    if floor is None:
        failed.append(f"{name}: no floor in {floor_file}")
    elif ratio < floor:
        failed.append(f"{name}: ratio {ratio:.3f} is below its floor {floor}")
        mark = "  <-- below the floor"
    print(f"{name:<12} {counts[name]:>14,.0f} {counts[bare]:>12,.0f} {ratio:>7.3f} {floor if floor is not None else '-':>7}{mark}")
if failed:
    print("\n".join(["instruction guard failed:"] + failed), file=sys.stderr)
    sys.exit(1)
print("instruction guard: every ratio at or above its floor")
PY
