#!/usr/bin/env bash
# `npm test`: every check, in order of cost: lint, types, content, unit, production build, e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$1"; }

step "Browser"
bash scripts/ensure-chromium.sh
step "Quality-test tools (Java for vnu, wrk)"
bash tests/e2e/quality/ensure-tools.sh
step "Lint"
npx eslint .
step "Typecheck"
npx tsc --noEmit
step "Content validation"
npm run --silent validate:content
step "Unit tests"
npx vitest run
step "Production build"
npx next build
step "End-to-end tests (Chromium)"
npx playwright test
