#!/usr/bin/env bash
# What can be checked of docker/ without a Docker engine (none runs where this project is developed):
#  1. compose.yaml is valid against the Compose file schema, for each profile (docker-compose from
#     Debian's packages validates it; installed here if missing);
#  2. the image's entrypoint (server/bin/ip-fhir-server with the image's JAVA_OPTS) starts the packaged
#     jar as a plain `java -jar` and its health check command (curl on readiness) answers 200.
# Build the jar first: mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null; then
  echo "Installing docker-compose (Debian) to validate compose.yaml"
  apt-get install -y -q docker-compose >/dev/null
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true' EXIT
cp docker/compose.yaml docker/haproxy.cfg "$scratch/"
cp docker/.env.example "$scratch/.env"
for profile in single scaleout; do
  docker-compose -f "$scratch/compose.yaml" --project-directory "$scratch" --profile "$profile" config -q
  echo "compose.yaml, profile $profile: valid"
done
if command -v haproxy >/dev/null; then
  FHIR_PROXY_PORT=8080 FHIR_NODE_A=127.0.0.1:1 FHIR_NODE_B=127.0.0.1:2 haproxy -c -q -f docker/haproxy.cfg
  echo "haproxy.cfg: valid"
fi

# The entrypoint, with the JAVA_OPTS the image sets.
java_opts=$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' docker/Dockerfile)
port=${CHECK_PORT:-18080}
(cd "$scratch" && JAVA_OPTS="$java_opts" FHIR_SEARCH_INDEX_DIRECTORY="$scratch/data/lucene" \
  FHIR_DB_URL="jdbc:h2:file:$scratch/data/h2/fhir" "$OLDPWD/server/bin/ip-fhir-server" --server.port="$port" \
  > "$scratch/server.log" 2>&1) &
server=$!
for _ in $(seq 1 600); do
  if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then
    echo "entrypoint: ready on port $port with JAVA_OPTS=$java_opts"
    exit 0
  fi
  sleep 1
done
tail -50 "$scratch/server.log"
echo "entrypoint: not ready within 10 minutes" >&2
exit 1
