#!/usr/bin/env bash
# The distributed-mode tests (real PostgreSQL) use Debian's PostgreSQL on 127.0.0.1:5432 with a role
# that may create databases (each test file makes its own). Installs and starts it when needed.
# TEST_POSTGRES_URL overrides the server the tests use; then this script does nothing.
set -euo pipefail
if [ -n "${TEST_POSTGRES_URL:-}" ]; then exit 0; fi
role="prepersonalize"
url="postgres://${role}:${role}@127.0.0.1:5432/postgres"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if command -v psql >/dev/null && psql "$url" -Atc "select 1" >/dev/null 2>&1; then exit 0; fi

if ! command -v pg_lsclusters >/dev/null || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  echo "Installing Debian's PostgreSQL for the distributed-mode tests…"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
fi
# The first cluster (Debian creates one on install); start it unless it is running.
read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
if [ "$status" != "online" ]; then
  $sudo_cmd pg_ctlcluster "$version" "$cluster" start
fi
if [ "$port" != "5432" ]; then
  echo "PostgreSQL cluster $version/$cluster listens on $port, not 5432: set TEST_POSTGRES_URL." >&2
  exit 1
fi
for _ in $(seq 1 50); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 0.2
done
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
    CREATE ROLE ${role} LOGIN CREATEDB PASSWORD '${role}';
  END IF;
END \$\$;
SQL
psql "$url" -Atc "select 1" >/dev/null
echo "PostgreSQL is ready for the tests: $url"
