#!/usr/bin/env bash
# npm run bench [-- part...]: runs the benchmarks and writes bench/results/latest.md + latest.json.
# Parts: build scoring http weight lighthouse (default: all five), the opt-in profile and versus, and report
# (reassembles latest.* only). Example: bash bench/run.sh scoring http
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# System tools of the selected parts (a clean machine lacks them): GNU time for builds (peak RSS),
# wrk and nginx for http, Chromium for lighthouse. The report's machine table names nginx and wrk.
parts=" ${*:-build scoring http weight lighthouse} "
tools=()
[ "$parts" = " report " ] || tools+=(time) # any part may build the real catalog first
case "$parts" in *" http "*) tools+=(wrk nginx) ;; esac
case "$parts" in *" lighthouse "* | *" versus "*) tools+=(chromium) ;; esac
if [ ${#tools[@]} -gt 0 ]; then bash scripts/ensure-tools.sh "${tools[@]}"; fi

mkdir -p bench/tmp bench/results
exec node node_modules/tsx/dist/cli.mjs bench/run.ts "$@"
