#!/usr/bin/env bash
# `npm test`: every check, in order of cost: lint, types, content, unit, production build, e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$1"; }

step "System tools (Chromium for e2e, Java for vnu)"
bash scripts/ensure-tools.sh chromium java
step "Lint"
npx eslint .
step "Typecheck"
npx tsc --noEmit
step "Content validation"
npm run --silent validate:content
logs="$(mktemp -d)"
passed() { sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -oE "$2" | grep -oE '[0-9]+' | head -1; }

step "Unit tests"
npx vitest run 2>&1 | tee "$logs/unit.log"
step "Production build"
npx next build
step "End-to-end tests (Chromium)"
npx playwright test 2>&1 | tee "$logs/e2e.log"

# Every step above stops the script on failure, so reaching here means nothing failed.
unit=$(passed "$logs/unit.log" 'Tests +[0-9]+ passed')
e2e=$(passed "$logs/e2e.log" '^ +[0-9]+ passed')
printf '\nunit: %s passed, 0 failed\ne2e: %s passed, 0 failed\n' "${unit:-0}" "${e2e:-0}"
