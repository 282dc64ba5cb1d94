#!/usr/bin/env bash
# The test command of the README: every test project of the solution, with real Orleans silos,
# real SignalR connections and (for storage) a real Azurite started by the tests themselves.
set -uo pipefail
cd "$(dirname "$0")"
[ -f package-lock.json ] && [ ! -d node_modules ] && npm ci --no-audit --no-fund --loglevel=error
[ -f tests/Gateway.Tests/ics/package-lock.json ] && [ ! -d tests/Gateway.Tests/ics/node_modules ] && npm ci --prefix tests/Gateway.Tests/ics --no-audit --no-fund --loglevel=error
dotnet test Collaboration.sln "$@"
