#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster: `scripts/with-postgres.sh pytest -q`.
# Installs Debian's postgresql when missing, starts a cluster on a free local port, exports
# DATABASE_URL for the command, and removes the cluster afterwards.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
PORT=${PGPORT_TEST:-55432}
DATA=$(mktemp -d /tmp/academy-pg.XXXXXX)
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$DATA"
  RUN_AS=(runuser -u postgres --)
fi
cleanup() { "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true; rm -rf "$DATA"; }
trap cleanup EXIT

"${RUN_AS[@]}" "$BIN/initdb" -D "$DATA" -U academy --auth=trust >/dev/null
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null
"${RUN_AS[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U academy academy

export DATABASE_URL="postgres://academy@127.0.0.1:$PORT/academy"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on $DATABASE_URL"
"$@"
