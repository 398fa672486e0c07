#!/bin/sh
# The README's test command (`npm test`): typecheck, lint, unit and integration tests, then the
# browser tests. With THIDUA_DB_TESTS_ONLY set (the second engine of .ci/run), only the tiers that
# touch the database run: typecheck, lint and the pure unit tests give the same answer on any engine.
set -e
if [ -z "$THIDUA_DB_TESTS_ONLY" ]; then
  npm run typecheck
  npm run lint
  projects="--project unit --project integration"
else
  projects="--project integration"
fi
vitest run $projects --reporter=default --reporter=json --outputFile.json=tmp/test-results/unit-integration.json
npm run test:e2e
