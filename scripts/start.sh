#!/usr/bin/env bash
# `npm start`: sets up the checkout if needed, then imports the example summary into the
# default database (./minutebook.db) and shows the stored meeting.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec node bin/minutebook.js example "$@"
