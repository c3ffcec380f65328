#!/usr/bin/env bash
# Brings a checkout up to date before it runs: installs the locked packages when they are
# missing or older than package-lock.json, then builds the command line. `npm start` and
# `npm test` call it, so a fresh clone needs nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing packages (npm ci)…" >&2
  npm ci --no-audit --no-fund >&2
fi
npx --no-install tsc -p tsconfig.build.json
