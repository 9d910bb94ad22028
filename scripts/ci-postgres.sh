#!/usr/bin/env bash
# A real PostgreSQL for the hub's tests, on this machine (Debian, run as root).
#
# Idempotent: installs Debian's postgresql when missing, starts the cluster, makes the role and the
# database when missing. Everything it says goes to stderr except one line on stdout, the export of
# the URL the hub tests read:
#
#     eval "$(bash scripts/ci-postgres.sh)"    # sets SOCIEUX_TEST_PG_URL
set -euo pipefail

ROLE="${SOCIEUX_PG_ROLE:-socieux}"
PASSWORD="${SOCIEUX_PG_PASSWORD:-socieux-test}"
DATABASE="${SOCIEUX_PG_DATABASE:-socieux_hub_test}"

say() { echo "ci-postgres: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
    say "run me as root (I install and start PostgreSQL)"
    exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    say "installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
    say "creating cluster $version/main"
    pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    say "starting cluster $version/main"
    pg_ctlcluster "$version" main start >&2
fi
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"

# Wait until the server accepts connections (a fresh start may take a moment).
for _ in $(seq 1 30); do
    if su postgres -c "psql -p $port -qAtc 'select 1'" >/dev/null 2>&1; then
        break
    fi
    sleep 1
done

psql_admin() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt $*"; }

if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname = '$ROLE'\"")" != 1 ]; then
    say "creating role $ROLE"
    psql_admin "-c \"create role $ROLE login password '$PASSWORD'\"" >&2
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname = '$DATABASE'\"")" != 1 ]; then
    say "creating database $DATABASE"
    psql_admin "-c \"create database $DATABASE owner $ROLE\"" >&2
fi

say "PostgreSQL $version ready on port $port, database $DATABASE"
echo "export SOCIEUX_TEST_PG_URL=postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$port/$DATABASE"
