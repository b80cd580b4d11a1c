#!/usr/bin/env bash
# Runs every test of Inventory.Functions on a fresh machine that has the .NET SDK and Node.js.
# Installs the pinned npm emulators (package-lock.json) first; the emulator tests start and stop them themselves.
set -euo pipefail
cd "$(dirname "$0")"

if [ -f package-lock.json ]; then
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
fi

dotnet build Inventory.Functions.sln --configuration Release

log=$(mktemp)
set +e
dotnet test Inventory.Functions.sln --configuration Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over every test project, in the form CI reads.
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}'; }
echo "$(sum Passed) passed, $(sum Failed) failed, $(sum Skipped) skipped"
rm -f "$log"
exit "$status"
