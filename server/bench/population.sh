#!/usr/bin/env bash
# Population benchmark: the synthetic population (population/) loaded into the packaged server on
# PostgreSQL with everything on (profiles, rules, access control with real signed tokens from a local
# issuer, audit, Provenance, two active subscriptions), reads measured at each stage ("my plan" with
# a patient token, the EHR worklist with a user token, at 1, 8 and 32 clients), then the same plans
# loaded into the same server on a fresh database with every switch off; a pgbench insert figure on
# the same PostgreSQL as the ceiling. Writes docs/benchmarks.md and docs/benchmarks-latency.png.
#
#   server/bench/population.sh [plans=1000] [stages=250,500,1000] [clients=4] [requests=100,400,640]
#
# requests: how many reads are timed at 1, 8 and 32 clients.
#
# Needs Java 17, Maven, pgbench and PostgreSQL at 127.0.0.1:5432 (PG_URL, PG_USER; databases
# ${BENCH_DB}_on, _off and _pgbench are made afresh and dropped afterwards). PORT (default 8301) and PORT+1 are
# where the two servers listen; SKIP_BUILD=1 uses the jar and classes already built.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/.." && pwd)
plans=${1:-1000}
stages=${2:-250,500,$plans}
clients=${3:-4}
requests=${4:-100,400,640}
port=${PORT:-8301}
pg_url=${PG_URL:-jdbc:postgresql://127.0.0.1:5432}
pg_user=${PG_USER:-postgres}
pg_host=$(echo "$pg_url" | sed -E 's#jdbc:postgresql://([^:/]+).*#\1#')
db=${BENCH_DB:-ip_perf_bench}
logs="$here/target/population-bench"
mkdir -p "$logs"
work=$(mktemp -d)

psql_admin() { psql -h "$pg_host" -U "$pg_user" -q -v ON_ERROR_STOP=1 "$@" postgres; }
cleanup() {
  for suffix in on off pgbench; do psql_admin -c "drop database if exists ${db}_$suffix with (force)" || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  (cd "$root" && mvn -B -q ${MVN_FLAGS:--o} -pl server -am -DskipTests package >/dev/null)
fi
(cd "$root" && mvn -B -q ${MVN_FLAGS:--o} -pl server -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null)
classpath="$here/target/test-classes:$here/target/classes:$(cat "$work/cp.txt")"

for suffix in on off pgbench; do
  psql_admin -c "drop database if exists ${db}_$suffix with (force)"
  psql_admin -c "create database ${db}_$suffix"
done

# The ceiling: committed inserts on the same PostgreSQL, one row per transaction and 30 rows per
# transaction (about a plan Bundle's worth), from as many clients as the loader uses.
pgbench -h "$pg_host" -U "$pg_user" -i -s 1 -q "${db}_pgbench" >/dev/null 2>&1
cat >"$work/insert1.sql" <<'SQL'
\set aid random(1, 100000)
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (1, 1, :aid, 1, CURRENT_TIMESTAMP);
SQL
{ echo 'BEGIN;'; for _ in $(seq 30); do echo "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (1, 1, 1, 1, CURRENT_TIMESTAMP);"; done; echo 'END;'; } >"$work/insert30.sql"
tps() { pgbench -h "$pg_host" -U "$pg_user" -n -c "$clients" -j 2 -T 15 -f "$1" "${db}_pgbench" 2>/dev/null \
  | sed -nE 's/^tps = ([0-9.]+).*/\1/p' | head -1; }
tps1=$(tps "$work/insert1.sql")
tps30=$(tps "$work/insert30.sql")
pgbench_text=$(printf '(%s clients, 15 s each): %.0f single-row insert transactions/s; %.0f rows/s in 30-row transactions.' \
  "$clients" "$tps1" "$(echo "$tps30 * 30" | bc -l)")
echo "pgbench $pgbench_text"

java -Xmx1g -cp "$classpath" no.ipfhir.server.bench.PopulationBenchmark \
  --root "$root" --plans "$plans" --stages "$stages" --clients "$clients" --requests "$requests" --port "$port" \
  --pg "$pg_url" --pg-user "$pg_user" --db "$db" --logs "$logs" \
  --pgbench "$pgbench_text" --command "server/bench/population.sh $plans $stages $clients $requests"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
