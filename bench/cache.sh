#!/usr/bin/env bash
# Incremental cache benchmark: N synthetic articles (as bench/run.sh), the check goal's checks run with an empty
# cache, again over the unchanged corpus, and once without cache; prints the engine time of each run.
# Usage: bench/cache.sh [N=100000] [--threads T]      (JAVA_OPTS defaults to -Xmx1g)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx1g} -cp "$CP" io.github.corpuscheck.bench.CacheBenchmark "${@:-100000}"
