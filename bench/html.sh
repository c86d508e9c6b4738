#!/usr/bin/env bash
# Times an HTML report in headless Chromium (needs chromium and chromedriver, e.g. Debian's chromium-driver):
# first contentful paint, a filter change and a keystroke, medians of several loads.
# Usage: bench/html.sh path/to/index.html [runs=7]
set -euo pipefail
page="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java -cp "$CP" io.github.corpuscheck.bench.HtmlReportTiming "$page" "$@"
