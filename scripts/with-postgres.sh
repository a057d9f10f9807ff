#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Starts a throw-away PostgreSQL on 127.0.0.1 (a free port), runs "$@" against it with
# PGHOST/PGPORT/PGUSER/PGDATABASE and ACTDESK_TEST_PG_URL set, then stops it and deletes it,
# even when the command fails. Works as root (drops to the 'postgres' user) or as any user.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
free_port() {
  local p
  for p in $(seq 54330 54400); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo "$p"; return; fi
  done
  echo "with-postgres: no free port" >&2; exit 1
}
export PGPORT=${PGPORT:-$(free_port)} PGHOST=127.0.0.1 PGUSER=actdesk PGDATABASE=postgres
export ACTDESK_TEST_PG_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$PGDATABASE"
RUNAS=${PG_RUNAS:-postgres}
DIR=$(mktemp -d "${TMPDIR:-/tmp}/actdesk-pg.XXXXXX")
if [ "$(id -u)" = 0 ]; then
  chown "$RUNAS" "$DIR"
  as() { runuser -u "$RUNAS" -- "$@"; }
else
  as() { "$@"; }
fi
stop() {
  as "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT
as "$PGBIN/initdb" -D "$DIR/data" -U "$PGUSER" --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
  >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log"; exit 1; }
as "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$DIR/server.log"; exit 1; }
echo "with-postgres: PostgreSQL on $PGHOST:$PGPORT"
"$@"
