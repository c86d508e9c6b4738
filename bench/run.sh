#!/usr/bin/env bash
# Duplicate benchmark: generate N synthetic news articles with a known duplicate structure (deterministic; raw
# sentences from ../shared/corpora/reuters21578 when present), run all standard checks once, cold, and print
# documents/s, MB/s, peak heap and recall/precision.
# Usage: bench/run.sh [N=100000] [--gz] [--threads T] [--keep]      (JAVA_OPTS defaults to -Xmx1g)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx1g} -cp "$CP" io.github.corpuscheck.bench.DuplicateBenchmark "${@:-100000}"
