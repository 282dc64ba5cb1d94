#!/usr/bin/env bash
# The test command of the README: every test project of the solution, with real Orleans silos,
# real SignalR connections and (for storage) a real Azurite started by the tests themselves; then the web app's
# unit tests (vitest). `dotnet test` builds the silo, and with it the web app (npm ci included), first.
set -uo pipefail
cd "$(dirname "$0")"
[ -f package-lock.json ] && [ ! -d node_modules ] && npm ci --no-audit --no-fund --loglevel=error
[ -f tests/Gateway.Tests/ics/package-lock.json ] && [ ! -d tests/Gateway.Tests/ics/node_modules ] && npm ci --prefix tests/Gateway.Tests/ics --no-audit --no-fund --loglevel=error
dotnet test Collaboration.sln "$@"
status=$?

# Web app unit tests. VITEST_JUNIT (set by .ci/run) names a JUnit file so CI counts them.
if command -v node >/dev/null 2>&1; then
  [ -d src/Web/node_modules ] || npm ci --prefix src/Web --no-audit --no-fund --loglevel=error
  npm test --prefix src/Web --silent || status=1
else
  echo "Node.js was not found: the web app's unit tests (src/Web) did not run."
fi
exit $status
