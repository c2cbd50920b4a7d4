#!/usr/bin/env bash
# Run the store tests against a real PostgreSQL server: a throw-away cluster on
# 127.0.0.1, owned by an unprivileged user, removed afterwards.
# Installs Debian's postgresql where no server binaries are found.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTEST=${PYTEST:-.venv/bin/pytest}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "installing Debian's postgresql"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

run_as=()
if [ "$(id -u)" = 0 ]; then
    # The server refuses to run as root: use an unprivileged system user.
    id truce-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin truce-pg
    run_as=(runuser -u truce-pg --)
fi

cluster=$(mktemp -d -t truce-pg.XXXXXX)
chmod 755 "$cluster"
[ "${#run_as[@]}" -gt 0 ] && chown truce-pg "$cluster"
port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
    "${run_as[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$cluster"
}
trap stop EXIT

"${run_as[@]}" "$bindir/initdb" -D "$cluster/data" -U postgres -A trust --no-sync >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $cluster -c fsync=off" start >/dev/null
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

TRUCE_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres" \
    "$PYTEST" -q -p no:cacheprovider tests/store
