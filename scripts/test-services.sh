#!/usr/bin/env bash
# Starts the real Redis and PostgreSQL servers the store contract tests use, on loopback only, and
# prints the variables that point the tests at them. Needs root (apt-get). Usage:
#   eval "$(bash scripts/test-services.sh)"   # then: npm test
set -euo pipefail

REDIS_PORT="${REDIS_PORT:-6390}"
PG_PORT="${PG_PORT:-5432}"

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${need[@]}" >&2
fi

if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --daemonize yes >&2
fi
for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$REDIS_PORT" ping >/dev/null

PG_VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx main; then
  pg_createcluster "$PG_VERSION" main >&2
fi
if ! pg_lsclusters -h | awk '$2=="main"{print $4}' | grep -qx online; then
  pg_ctlcluster "$PG_VERSION" main start -- -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT" >&2 ||
    pg_ctlcluster "$PG_VERSION" main start >&2
fi
for _ in $(seq 1 50); do su postgres -c "psql -p $PG_PORT -qtAc 'select 1'" >/dev/null 2>&1 && break; sleep 0.2; done
su postgres -c "psql -p $PG_PORT -qtAc \"select 1 from pg_roles where rolname='reseller_desk'\"" | grep -q 1 ||
  su postgres -c "psql -p $PG_PORT -qc \"create role reseller_desk login password 'reseller_desk'\"" >&2
su postgres -c "psql -p $PG_PORT -qtAc \"select 1 from pg_database where datname='reseller_desk_test'\"" | grep -q 1 ||
  su postgres -c "createdb -p $PG_PORT -O reseller_desk reseller_desk_test" >&2

echo "export TEST_REDIS_URL=redis://127.0.0.1:${REDIS_PORT}"
echo "export TEST_POSTGRES_URL=postgres://reseller_desk:reseller_desk@127.0.0.1:${PG_PORT}/reseller_desk_test"
