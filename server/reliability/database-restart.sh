#!/usr/bin/env bash
# Database-restart proof: the packaged server on a PostgreSQL cluster of its own, under load from 4 clients
# (plan Bundles, reads, searches); the cluster is stopped (pg_ctlcluster … stop -m fast) for AWAY seconds and
# started again, the server is left alone. Prints the answers while the database was away (each failure must
# be 503 with an OperationOutcome, none slower than the bound), when readiness went DOWN and UP, and that
# requests succeed again in the same server process; exits 1 otherwise.
#
#   server/reliability/database-restart.sh [away seconds=15] [clients=4]
# Never points at a shared cluster: it uses (and creates, if missing, then drops) CLUSTER=15/iprestart on
# PORT=5483 unless told otherwise. Needs root or the postgres user for pg_createcluster/pg_ctlcluster.
set -euo pipefail
cluster=${CLUSTER:-15/iprestart}
port=${PORT:-5483}
version=${cluster%/*}
name=${cluster#*/}
created=false
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$cluster"; then
  pg_createcluster "$version" "$name" -p "$port" >/dev/null
  # Local trials only: the cluster is made for this run and dropped afterwards.
  sed -i -E 's/^(host\s+all\s+all\s+127\.0\.0\.1\/32\s+)\S+/\1trust/' "/etc/postgresql/$version/$name/pg_hba.conf"
  created=true
fi
pg_ctlcluster "$version" "$name" start 2>/dev/null || true
cleanup() { if $created; then pg_dropcluster --stop "$version" "$name"; fi; }
trap cleanup EXIT
source "$(dirname "$0")/classpath.sh"
cd "$here"
FHIR_TEST_DB_URL="jdbc:postgresql://127.0.0.1:$port/${DB_NAME:-ipfhir_restart}" FHIR_TEST_DB_USER=postgres FHIR_TEST_DB_PASSWORD= \
  java -cp "$classpath" no.ipfhir.server.bench.DatabaseRestartUnderLoad "$cluster" "${1:-15}" "${2:-4}"
