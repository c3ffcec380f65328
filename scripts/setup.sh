#!/usr/bin/env bash
# Brings a checkout up to date before it runs: installs the locked packages when they are
# missing or older than package-lock.json, then builds the command line when a source is newer
# than the last build. `npm start` and `npm test` call it, so a fresh clone needs nothing else.
#
# MINUTEBOOK_SETUP_DRY_RUN=1 says what it would do and does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
dry=${MINUTEBOOK_SETUP_DRY_RUN:-}
stamp=dist/.build-stamp

# npm says nothing while it downloads and compiles (the SQLite driver takes minutes on a new
# machine): a line every 15 seconds says it is still at work.
install() {
  echo "setup: installing packages (npm ci); the first install takes a few minutes…" >&2
  npm ci --no-audit --no-fund >&2 &
  local npm=$! started=$SECONDS
  while kill -0 "$npm" 2>/dev/null; do
    sleep 1
    local elapsed=$((SECONDS - started))
    if ((elapsed > 0 && elapsed % 15 == 0)); then
      echo "setup: still installing ($((elapsed / 60)) min $((elapsed % 60)) s)…" >&2
    fi
  done
  wait "$npm"
  echo "setup: packages installed in $((SECONDS - started)) s" >&2
}

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if [ -n "$dry" ]; then echo "setup: would install packages" >&2; else install; fi
fi

# What the build reads: every source, the compiler's settings and the locked packages.
newer=""
if [ -f "$stamp" ]; then
  newer=$(find src bin scripts/bundle.mjs tsconfig.json tsconfig.build.json package.json package-lock.json -newer "$stamp" -print -quit)
fi
if [ ! -f "$stamp" ] || [ -n "$newer" ]; then
  if [ -n "$dry" ]; then
    echo "setup: would build (${newer:-no build yet})" >&2
  else
    echo "setup: building${newer:+ ($newer changed)}…" >&2
    mkdir -p dist
    touch "$stamp.next"
    npx --no-install tsc -p tsconfig.build.json
    node scripts/bundle.mjs
    # Stamped with the time the build began: a source saved while it ran is built next time.
    mv "$stamp.next" "$stamp"
  fi
elif [ -n "$dry" ]; then
  echo "setup: the build is up to date" >&2
fi
