#!/usr/bin/env bash
# Installs the system tools that tests and benchmarks use, only those missing, from Debian packages
# (one apt-get update for all of them). A clean machine or CI has none of them.
#
# Usage: bash scripts/ensure-tools.sh TOOL...
#   chromium  Debian's Chromium at $CHROMIUM_PATH or /usr/bin/chromium (Playwright, Lighthouse)
#   java      a Java runtime (the Nu HTML Checker, vnu-jar)
#   wrk       HTTP load generator (bench http part)
#   nginx     nginx-light (bench http part: static file and proxy_cache baselines)
#   time      GNU time at /usr/bin/time (bench build part: peak RSS)
# Example: bash scripts/ensure-tools.sh chromium java wrk nginx
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: bash scripts/ensure-tools.sh chromium|java|wrk|nginx|time..." >&2
  exit 2
fi

package_for() {
  case "$1" in
    chromium) echo chromium ;;
    java) echo default-jre-headless ;;
    wrk) echo wrk ;;
    nginx) echo nginx-light ;;
    time) echo time ;;
    *) return 1 ;;
  esac
}

location_of() {
  case "$1" in
    chromium) local b="${CHROMIUM_PATH:-/usr/bin/chromium}"; [ -x "$b" ] && echo "$b" ;;
    time) [ -x /usr/bin/time ] && echo /usr/bin/time ;;
    *) command -v "$1" ;;
  esac
}

missing=()
for tool in "$@"; do
  if ! package_for "$tool" >/dev/null; then
    echo "ensure-tools: unknown tool '$tool' (known: chromium java wrk nginx time)" >&2
    exit 2
  fi
  location_of "$tool" >/dev/null || missing+=("$(package_for "$tool")")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "Missing packages: ${missing[*]}; install them with: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} from Debian packages..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

for tool in "$@"; do
  if ! where="$(location_of "$tool")"; then
    echo "ensure-tools: $tool still missing after installing $(package_for "$tool")" >&2
    exit 1
  fi
  echo "$tool: $where"
done
