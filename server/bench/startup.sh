#!/usr/bin/env bash
# Startup benchmark: starts the packaged server (server/bin/ip-fhir-server), waits until
# GET /fhir/metadata answers 200, and prints seconds-to-ready and resident memory (RSS) then.
# Runs the embedded default (fresh ./data, then a restart on the same data) and PostgreSQL
# (a fresh database, then a restart). Baseline: HAPI's JPA starter 8.8.0 took ~45 s and ~1.2 GB RSS here.
#
#   server/bench/startup.sh            # needs: mvn -B -DskipTests package; PostgreSQL at 127.0.0.1:5432
#   PG_URL=jdbc:postgresql://host:5432 PG_USER=postgres server/bench/startup.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-18080}
pg_url=${PG_URL:-jdbc:postgresql://127.0.0.1:5432}
pg_user=${PG_USER:-postgres}
pg_host=$(echo "$pg_url" | sed -E 's#jdbc:postgresql://([^:/]+).*#\1#')
pg_port=$(echo "$pg_url" | sed -E 's#jdbc:postgresql://[^:/]+:?([0-9]*).*#\1#'); pg_port=${pg_port:-5432}
BASELINE_SECONDS=45
BASELINE_RSS_MB=1200

work=$(mktemp -d)
trap 'pkill -f "ip-fhir-server.jar.*--server.port=$port" 2>/dev/null || true; rm -rf "$work"' EXIT

measure() { # label, then env assignments for the server
  local label=$1; shift
  local start now pid rss
  start=$(date +%s.%N)
  (cd "$work" && env "$@" "$here/bin/ip-fhir-server" --server.port="$port" >"$work/$label.log" 2>&1 &)
  until curl -sf -o /dev/null "http://127.0.0.1:$port/fhir/metadata"; do
    if ! pgrep -f "ip-fhir-server.jar.*--server.port=$port" >/dev/null; then
      echo "$label: the server exited; last log lines:" >&2; tail -20 "$work/$label.log" >&2; exit 1
    fi
    sleep 0.2
  done
  now=$(date +%s.%N)
  pid=$(pgrep -f "java.*ip-fhir-server.jar.*--server.port=$port")
  rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  printf '%-28s ready %6.1f s (%.2fx baseline)   RSS %5d MB (%.2fx baseline)\n' "$label" \
    "$(echo "$now - $start" | bc)" "$(echo "($now - $start) / $BASELINE_SECONDS" | bc -l)" \
    "$rss" "$(echo "$rss / $BASELINE_RSS_MB" | bc -l)"
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

echo "Startup benchmark on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
measure "embedded H2, first start"
measure "embedded H2, restart"
db="ipfhir_bench_$(date +%s)"
psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -q -c "create database $db" postgres
# On PostgreSQL the server requires a token issuer; its keys are fetched only when a token arrives.
issuer=(FHIR_SECURITY_ISSUER_URI=https://issuer.example FHIR_SECURITY_JWK_SET_URI=https://issuer.example/jwks FHIR_SECURITY_AUDIENCE=ip-fhir)
measure "PostgreSQL, first start" FHIR_DB_URL="$pg_url/$db" FHIR_DB_USER="$pg_user" FHIR_DB_PASSWORD="${PG_PASSWORD:-}" "${issuer[@]}"
measure "PostgreSQL, restart" FHIR_DB_URL="$pg_url/$db" FHIR_DB_USER="$pg_user" FHIR_DB_PASSWORD="${PG_PASSWORD:-}" "${issuer[@]}"
psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -q -c "drop database $db" postgres
