#!/usr/bin/env bash
# Ingest benchmark: posts N whole-plan transaction Bundles (the guide's examples with fresh
# synthetic identifiers, ~15-31 resources each) from C clients against the packaged server on
# PostgreSQL, once with profile validation and the cross-resource rules ON and once with both OFF
# (each on a fresh database), and prints resources/second, p50/p95 per Bundle and the ratio.
# Baseline named in the issue: plain HAPI 8.8.0 without validation, ~430 resources/s here
# (15-resource plan Bundles, 4 clients). Targets: ON costs <= 1.5x OFF; >= 300 resources/s ON.
#
#   server/bench/ingest.sh [bundles=200] [warmup=40] [clients=4]
# Needs: mvn -B -DskipTests package (and test-compile), PostgreSQL at 127.0.0.1:5432 (PG_URL/PG_USER).
# Runs without access control (FHIR_SECURITY_ENABLED=false): it measures storage and validation.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bundles=${1:-200}
warmup=${2:-40}
clients=${3:-4}
port=${PORT:-18081}
pg_url=${PG_URL:-jdbc:postgresql://127.0.0.1:5432}
pg_user=${PG_USER:-postgres}
pg_host=$(echo "$pg_url" | sed -E 's#jdbc:postgresql://([^:/]+).*#\1#')

work=$(mktemp -d)
dbs=()
cleanup() {
  pkill -f "ip-fhir-server.jar.*--server.port=$port" 2>/dev/null || true
  for db in "${dbs[@]}"; do psql -h "$pg_host" -U "$pg_user" -q -c "drop database if exists $db with (force)" postgres || true; done
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$here/.." && mvn -B -q -o -pl server -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null)
classpath="$here/target/test-classes:$here/target/classes:$(cat "$work/cp.txt")"

measure() { # label, validation on/off
  local label=$1 switch=$2 db="ipfhir_ingest_$(date +%s)_$2"
  dbs+=("$db")
  psql -h "$pg_host" -U "$pg_user" -q -c "create database $db" postgres
  (cd "$work" && FHIR_DB_URL="$pg_url/$db" FHIR_DB_USER="$pg_user" FHIR_DB_PASSWORD="${PG_PASSWORD:-}" \
    FHIR_VALIDATION_PROFILES=$switch FHIR_VALIDATION_RULES=$switch \
    FHIR_SECURITY_ENABLED=false \
    "$here/bin/ip-fhir-server" --server.port="$port" >"$work/$label.log" 2>&1 &)
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    pgrep -f "ip-fhir-server.jar.*--server.port=$port" >/dev/null || { tail -30 "$work/$label.log" >&2; exit 1; }
    sleep 0.5
  done
  java -cp "$classpath" no.ipfhir.server.bench.IngestBenchmark "http://127.0.0.1:$port/fhir" "$label" \
    "$bundles" "$warmup" "$clients" | tee -a "$work/results.txt"
  pkill -f "ip-fhir-server.jar.*--server.port=$port"
  while pgrep -f "ip-fhir-server.jar.*--server.port=$port" >/dev/null; do sleep 0.5; done
}

echo "Ingest benchmark on $(nproc) cores: $bundles Bundles after $warmup warm-up, $clients clients"
measure validation-on true
measure validation-off false
on=$(grep 'RESULT validation-on' "$work/results.txt" | sed -E 's/.*resources_per_second=([0-9]+).*/\1/')
off=$(grep 'RESULT validation-off' "$work/results.txt" | sed -E 's/.*resources_per_second=([0-9]+).*/\1/')
printf 'cost of validation and rules: %.2fx the time without them (target <= 1.5x)\n' "$(echo "$off / $on" | bc -l)"
printf 'with everything on: %d resources/s = %.2fx the plain-HAPI baseline of 430/s (target >= 300/s)\n' "$on" "$(echo "$on / 430" | bc -l)"
