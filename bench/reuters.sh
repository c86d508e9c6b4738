#!/usr/bin/env bash
# Duplicate detection on Reuters-21578 (read from ../shared; nothing is copied into the project).
# Usage: bench/reuters.sh [path/to/reuters21578.jsonl.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java -Xmx1g -cp "$CP" io.github.corpuscheck.bench.ReutersDuplicates "$@"
