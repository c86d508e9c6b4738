#!/usr/bin/env bash
# Ending rules on a labelled set of made-up articles: rebuilds bench/truncation-eval/{tuned,heldout}.jsonl (a tuned
# and a held-out split, deterministic), runs the boilerplate and truncation checks over each and prints precision
# and recall per rule, recall per cut shape and findings per complete ending shape. -Deval.misses=true lists the
# articles scored wrong.
# Usage: bench/truncation-eval.sh [OUT_DIR=bench/truncation-eval] [N=400]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java ${JAVA_OPTS:-} -cp "$CP" io.github.corpuscheck.bench.TruncationEval "$@"
