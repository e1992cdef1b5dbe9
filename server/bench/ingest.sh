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
#   BASELINE_JAR=/path/to/older/ip-fhir-server.jar  also measures that build (ON and OFF) in the same run
#                                                   and prints the new build's speed-up against it
#   SERVER_JAR=/path/to/ip-fhir-server.jar  measures that build instead of server/target's
#   JFR_DIR=/some/dir       records a flight recording (JFR) of each server there, for profiles
#   BENCH_CLASSPATH=...     the benchmark client's classpath, instead of building it here
#   DB_PREFIX=ipfhir_ingest names the databases created (and dropped) for each measurement
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bundles=${1:-200}
warmup=${2:-40}
clients=${3:-4}
port=${PORT:-18081}
pg_url=${PG_URL:-jdbc:postgresql://127.0.0.1:5432}
pg_user=${PG_USER:-postgres}
pg_host=$(echo "$pg_url" | sed -E 's#jdbc:postgresql://([^:/]+).*#\1#')

db_prefix=${DB_PREFIX:-ipfhir_ingest}

work=$(mktemp -d)
dbs=()
server_pid=
stop_server() {
  [ -n "$server_pid" ] || return 0
  kill "$server_pid" 2>/dev/null || true
  while kill -0 "$server_pid" 2>/dev/null; do sleep 0.5; done
  server_pid=
}
cleanup() {
  stop_server
  for db in "${dbs[@]}"; do psql -h "$pg_host" -U "$pg_user" -q -c "drop database if exists $db with (force)" postgres || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${BENCH_CLASSPATH:-}" ]; then
  classpath=$BENCH_CLASSPATH
else
  (cd "$here/.." && mvn -B -q -o -pl server -am -DskipTests test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null)
  classpath="$here/target/test-classes:$here/target/classes:$(cat "$work/cp.txt")"
fi
# A build given by its jar is started by this build's start script, so that every build runs with the
# same JVM settings.
server_for() { # name, jar
  mkdir -p "$work/$1/bin" "$work/$1/target"
  cp "$here/bin/ip-fhir-server" "$work/$1/bin/"
  ln -s "$(realpath "$2")" "$work/$1/target/ip-fhir-server.jar"
  echo "$work/$1/bin/ip-fhir-server"
}
candidate=$here/bin/ip-fhir-server
[ -z "${SERVER_JAR:-}" ] || candidate=$(server_for candidate "$SERVER_JAR")

measure() { # label, validation on/off, server start script
  local label=$1 switch=$2 server=$3 db="${db_prefix}_$(date +%s)_$2"
  dbs+=("$db")
  psql -h "$pg_host" -U "$pg_user" -q -c "create database $db" postgres
  local jfr=
  [ -z "${JFR_DIR:-}" ] || jfr="-XX:StartFlightRecording=filename=$JFR_DIR/$label.jfr,settings=profile"
  (cd "$work" && FHIR_DB_URL="$pg_url/$db" FHIR_DB_USER="$pg_user" FHIR_DB_PASSWORD="${PG_PASSWORD:-}" \
    FHIR_VALIDATION_PROFILES=$switch FHIR_VALIDATION_RULES=$switch \
    FHIR_SECURITY_ENABLED=false JDK_JAVA_OPTIONS="$jfr" \
    exec "$server" --server.port="$port" >"$work/$label.log" 2>&1) &
  server_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    kill -0 "$server_pid" 2>/dev/null || { tail -30 "$work/$label.log" >&2; exit 1; }
    sleep 0.5
  done
  java -cp "$classpath" no.ipfhir.server.bench.IngestBenchmark "http://127.0.0.1:$port/fhir" "$label" \
    "$bundles" "$warmup" "$clients" | tee -a "$work/results.txt"
  stop_server
}
rate() { grep "RESULT $1 " "$work/results.txt" | sed -E 's/.*resources_per_second=([0-9]+).*/\1/'; }

echo "Ingest benchmark on $(nproc) cores: $bundles Bundles after $warmup warm-up, $clients clients"
if [ -n "${BASELINE_JAR:-}" ]; then
  baseline=$(server_for baseline "$BASELINE_JAR")
  measure baseline-on true "$baseline"
  measure baseline-off false "$baseline"
fi
measure validation-on true "$candidate"
measure validation-off false "$candidate"
on=$(rate validation-on)
off=$(rate validation-off)
printf 'cost of validation and rules: %.2fx the time without them (target <= 1.5x)\n' "$(echo "$off / $on" | bc -l)"
printf 'with everything on: %d resources/s = %.2fx the plain-HAPI baseline of 430/s (target >= 300/s)\n' "$on" "$(echo "$on / 430" | bc -l)"
if [ -n "${BASELINE_JAR:-}" ]; then
  printf 'against the baseline build: ON %.2fx, OFF %.2fx the resources/s (baseline ON %d/s, OFF %d/s)\n' \
    "$(echo "$on / $(rate baseline-on)" | bc -l)" "$(echo "$off / $(rate baseline-off)" | bc -l)" \
    "$(rate baseline-on)" "$(rate baseline-off)"
fi
