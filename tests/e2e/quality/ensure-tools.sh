#!/usr/bin/env bash
# Installs what the quality specs need when missing (a clean CI machine has neither):
# Java for the Nu HTML Checker (vnu-jar) and wrk for the load-robustness spec. The specs also
# install them on demand; doing it here keeps install time out of test timeouts.
set -euo pipefail
missing=()
command -v java >/dev/null || missing+=(default-jre-headless)
command -v wrk >/dev/null || missing+=(wrk)
if [ ${#missing[@]} -eq 0 ]; then
  echo "java: $(command -v java), wrk: $(command -v wrk)"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Missing ${missing[*]}; install with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian packages..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
echo "java: $(command -v java), wrk: $(command -v wrk)"
