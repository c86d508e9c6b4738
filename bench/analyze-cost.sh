#!/usr/bin/env bash
# Where the per-document time goes: CPU µs per document of reading and of each check's analysis, one thread, after
# warm-up rounds, over N synthetic articles (a profiling aid; bench/run.sh gives the throughput of record).
# Usage: bench/analyze-cost.sh [N=20000] [ROUNDS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx2g} -cp "$CP" io.github.corpuscheck.bench.AnalyzeCost "$@"
