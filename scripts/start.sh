#!/usr/bin/env bash
# `npm start`: sets up the checkout if needed, then loads the example summary into an empty
# default database (./minutebook.db) and serves the application at http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec node bin/minutebook.js serve "$@"
