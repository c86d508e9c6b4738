#!/usr/bin/env bash
# What the JIT does during a cold benchmark run: runs bench/run.sh's benchmark with a flight recording of compilations
# and deoptimisations (bench/jit.jfc), then prints C2 compile time by method and the deoptimisations in the engine's
# code during the engine run (JitReport). The recording costs a little speed; use bench/run.sh for throughput.
# Usage: bench/jit.sh [N=100000] [TOP=25]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
REC="$(mktemp --suffix=.jfr)"
java ${JAVA_OPTS:--Xmx1g} -XX:StartFlightRecording=filename="$REC",settings=bench/jit.jfc -cp "$CP" \
  io.github.corpuscheck.bench.DuplicateBenchmark "${1:-100000}" | grep -E '^(engine|process CPU|CPU seconds)'
java -cp "$CP" io.github.corpuscheck.bench.JitReport "$REC" "${2:-25}"
rm -f "$REC"
