#!/usr/bin/env bash
# Cold-run series: bench/run.sh's benchmark in R fresh JVMs, then the spread of documents/s (min, median, max, and
# how many runs reach 20,000). One cold run on a shared 2-core machine varies by ±20 %, so a claim about speed wants
# a series, and a claim that a change helps wants the change alternated with its base on the same machine:
#   bench/series.sh [R=10] [N=100000]                   this working tree, R runs
#   bench/series.sh [R=10] [N=100000] --against REV     R pairs, alternating REV (a git worktree) and this tree
# JAVA_OPTS defaults to -Xmx1g. Every run generates the same corpus and prints recall/precision as run.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
N=${2:-100000}
AGAINST=""
if [ "${3:-}" = "--against" ]; then
  AGAINST=${4:?"--against needs a git revision"}
fi
source bench/classpath.sh
ARMS=("this|$CP")
if [ -n "$AGAINST" ]; then
  BASE="target/bench-against"
  rm -rf "$BASE" && git worktree prune
  git worktree add -q --detach "$BASE" "$AGAINST"
  (cd "$BASE" && ./mvnw -B -o -q test-compile -Dinvoker.skip=true >&2)
  ARMS=("$AGAINST|$BASE/target/classes:$BASE/target/test-classes:$(cat target/bench-cp.txt)" "${ARMS[@]}")
fi
OUT="$(mktemp)"
for i in $(seq 1 "$RUNS"); do
  for arm in "${ARMS[@]}"; do
    name=${arm%%|*}
    out=$(java ${JAVA_OPTS:--Xmx1g} -cp "${arm#*|}" io.github.corpuscheck.bench.DuplicateBenchmark "$N" 2>&1)
    rate=$(echo "$out" | grep -oE '[0-9,]+ documents/s' | head -1 | tr -d ',' | cut -d' ' -f1)
    cpu=$(echo "$out" | grep -oE 'process CPU during the engine run [0-9.]+' | awk '{print $NF}')
    quality=$(echo "$out" | grep -oE 'recall [0-9.]+, precision [0-9.]+')
    echo "run $i $name: $rate documents/s, process CPU $cpu s, $quality"
    echo "$name $rate" >> "$OUT"
  done
done
for arm in "${ARMS[@]}"; do
  name=${arm%%|*}
  grep "^$name " "$OUT" | awk '{print $2}' | sort -n | awk -v name="$name" '
    { v[NR] = $1; if ($1 >= 20000) hit++ }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
          printf "%s: %d runs, documents/s min %d, median %d, max %d; %d of %d reach 20,000\n", name, NR, v[1], m, v[NR], hit, NR }'
done
rm -f "$OUT"
if [ -n "$AGAINST" ]; then
  git worktree remove --force "$BASE"
fi
