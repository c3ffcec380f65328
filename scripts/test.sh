#!/usr/bin/env bash
# The test suite: every *.test.ts under src/ and test/, run by Node's test runner through tsx
# (Node 20 does not find .ts test files by itself, hence the list). The command line is built
# first because some tests run the installed `minutebook` command.
#
# PostgreSQL tests run against a throwaway database created on the server DATABASE_URL names.
# With MINUTEBOOK_REQUIRE_POSTGRES=1 (as .ci/run sets) a missing server fails the run instead
# of skipping those tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mapfile -t files < <(find src test -name '*.test.ts' -not -path '*/fixtures/*' | sort)
exec node --import tsx --test --test-reporter=spec "$@" "${files[@]}"
