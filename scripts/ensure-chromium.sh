#!/usr/bin/env bash
# Installs Debian's Chromium when no browser is available (Playwright cannot download its own here).
# Kept for existing callers and docs; the installer itself is scripts/ensure-tools.sh.
exec bash "$(dirname "$0")/ensure-tools.sh" chromium
