#!/usr/bin/env bash
# bench/ab.sh: two build commands against each other, in pairs, for changes smaller than the machine's noise.
#
# Usage: bench/ab.sh [--rounds 30] COMMAND_A COMMAND_B
#   COMMAND_A, COMMAND_B  shell commands; each '@O' in them becomes a fresh output folder (removed before
#                         every build), e.g.
#                         bench/ab.sh "/tmp/wt/explainer build -q --content C --output @O" \
#                                     "./explainer build -q --content C --output @O"
#   --rounds              how many pairs (default: 30)
#
# Each round builds once with A and once with B, A first in odd rounds and B first in even ones, so that
# neither always runs on a warmer page cache. Every build is timed by /usr/bin/time -f '%e %U %S' (wall,
# user and system seconds). The machine's speed drifts by 10-20% over minutes, which hides a change of a
# few per cent in medians taken apart; the difference within a round does not drift with it. Printed:
#   - the median wall time of each;
#   - the median and mean of B's wall time minus A's within each round, and in how many rounds B was the
#     faster (about half when the two are the same);
#   - the median difference in CPU time (user + system);
#   - the median and quartiles of B/A within each round (B/A against Hugo, for instance, with Hugo as A).
# The output folders go under ${TMPDIR:-/tmp}; set TMPDIR=/dev/shm for tmpfs.
set -euo pipefail

rounds=30
usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) [ $# -ge 2 ] || usage; rounds="$2"; shift 2 ;;
    --rounds=*) rounds="${1#*=}"; shift ;;
    -h|--help) usage ;;
    --) shift; break ;;
    -*) echo "ab.sh: unknown option '$1'" >&2; usage ;;
    *) break ;;
  esac
done
[ $# -eq 2 ] || usage
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "ab.sh: --rounds needs a positive number, not '$rounds'" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "ab.sh: GNU time (/usr/bin/time) is needed; install the 'time' package" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "ab.sh: python3 is needed for the statistics" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/ab.XXXXXX")"
trap 'rm -rf "$work"' EXIT
times="$work/times"
: >"$times"

build() { # build LABEL COMMAND ROUND
  local out="$work/out" cmd="$2"
  rm -rf "$out"
  cmd="${cmd//@O/$out}"
  if ! /usr/bin/time -o "$work/t" -f '%e %U %S' bash -c "$cmd" >"$work/log" 2>&1; then
    echo "ab.sh: command $1 failed in round $3: $2" >&2
    cat "$work/log" >&2
    exit 1
  fi
  echo "$3 $1 $(tail -1 "$work/t")" >>"$times"
}

for ((round = 1; round <= rounds; round++)); do
  if ((round % 2)); then
    build A "$1" "$round"; build B "$2" "$round"
  else
    build B "$2" "$round"; build A "$1" "$round"
  fi
  printf '.' >&2
done
echo >&2

python3 - "$times" <<'PY'
import collections, statistics as st, sys
runs = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    r, which, wall, user, system = line.split()
    runs[r][which] = (float(wall), float(user) + float(system))
rounds = list(runs.values())
a = [x['A'][0] for x in rounds]
b = [x['B'][0] for x in rounds]
diff = [x['B'][0] - x['A'][0] for x in rounds]
cpu = [x['B'][1] - x['A'][1] for x in rounds]
ratio = sorted(x['B'][0] / x['A'][0] for x in rounds)
n = len(rounds)
print(f"A: median {st.median(a):.3f} s   B: median {st.median(b):.3f} s   ({n} rounds)")
print(f"B - A within a round: median {st.median(diff):+.3f} s, mean {st.mean(diff):+.3f} s; "
      f"B faster in {sum(d < 0 for d in diff)} of {n}; CPU median {st.median(cpu):+.3f} s")
print(f"B / A within a round: median {st.median(ratio):.3f}, quartiles {ratio[n // 4]:.3f} to {ratio[(3 * n) // 4]:.3f}")
PY
