#!/usr/bin/env bash
# npm run bench [-- part...]: runs the benchmarks and writes bench/results/latest.md + latest.json.
# Parts: build scoring http weight lighthouse (default: all five) and the opt-in profile.
# Example: bash bench/run.sh scoring http
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# Tools a clean machine lacks: GNU time (peak RSS), wrk and nginx (HTTP), Chromium (Lighthouse).
missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx-light)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "bench needs: ${missing[*]} (apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} from Debian packages..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
case " $* " in
  *" lighthouse "*|"  ") bash scripts/ensure-chromium.sh ;;
esac

mkdir -p bench/tmp bench/results
exec node node_modules/tsx/dist/cli.mjs bench/run.ts "$@"
