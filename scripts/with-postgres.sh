#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throwaway PostgreSQL 15 cluster that lives only
# as long as the command: `scripts/with-postgres.sh npm test`. Works as root (the server then
# runs as the postgres user, which it requires) and as an ordinary user.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PGBIN/initdb" ]; then
  echo "with-postgres: no PostgreSQL server binaries in $PGBIN (apt-get install -y postgresql)" >&2
  exit 1
fi
PGPORT=${PGPORT:-55432}
PGDATA=$(mktemp -d /tmp/minutebook-pg.XXXXXX)
as_server() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  chown postgres:postgres "$PGDATA"
  as_server() { (cd / && runuser -u postgres -- "$@"); }
fi
chmod 700 "$PGDATA"
stop() {
  as_server "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
trap stop EXIT
as_server "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_server "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDATA -c fsync=off" start >/dev/null
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $PGPORT" >&2
"$@"
