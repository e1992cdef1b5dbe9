#!/usr/bin/env bash
# Styringsdata benchmark: Measure/$evaluate-measure for all indicators, whole country and the largest
# municipality, as the projection grows (rows made from generated plans, in stages), against the packaged
# server on PostgreSQL with access control on and a leader's user/Measure.rs token. Prints RESULT lines with
# the median and slowest of several runs against the target of 2 s, and PASSED or FAILED.
#
#   FHIR_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/ipfhir_test FHIR_TEST_DB_USER=postgres \
#     server/bench/styringsdata.sh [stages=1000,10000,100000] [runs=5]
# A database of its own is made beside FHIR_TEST_DB_URL's and dropped afterwards.
set -euo pipefail
: "${FHIR_TEST_DB_URL:?set FHIR_TEST_DB_URL (and FHIR_TEST_DB_USER) to a PostgreSQL database}"
source "$(dirname "$0")/../reliability/classpath.sh"
cd "$here"
java -Xmx2g -Dpackaged-server.startup="${STARTUP:-PT15M}" -Dpackaged-server.java-options="${SERVER_JAVA_OPTS:--Xmx768m}" \
  -cp "$classpath" no.ipfhir.server.bench.StyringsdataBenchmark "${1:-1000,10000,100000}" "${2:-5}"
