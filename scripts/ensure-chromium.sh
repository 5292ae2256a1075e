#!/usr/bin/env bash
# Installs Debian's Chromium when no browser is available (Playwright cannot download its own here).
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  echo "chromium: $browser"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium not found at $browser; install it (apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Chromium from Debian packages..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "chromium: $(command -v chromium)"
