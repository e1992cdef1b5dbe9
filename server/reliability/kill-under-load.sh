#!/usr/bin/env bash
# Crash proof: the packaged server on PostgreSQL takes whole-plan transaction Bundles (the guide's examples
# with fresh synthetic identifiers) from 4 clients, with a back end subscribed to the plan topic (a local
# receiver); mid-run it is killed with kill -9, then started again on the same database. Prints writes
# acknowledged (2xx) vs found whole after the restart, half-written Bundles (must be 0) and notifications
# owed vs delivered after the restart; exits 1 if a write or notification was lost.
#
#   FHIR_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/ipfhir_test FHIR_TEST_DB_USER=postgres \
#     server/reliability/kill-under-load.sh [seconds of load before the kill=40] [clients=4]
# A database of its own is made beside FHIR_TEST_DB_URL's and dropped afterwards.
set -euo pipefail
: "${FHIR_TEST_DB_URL:?set FHIR_TEST_DB_URL (and FHIR_TEST_DB_USER) to a PostgreSQL database}"
source "$(dirname "$0")/classpath.sh"
cd "$here"
java -cp "$classpath" no.ipfhir.server.bench.KillUnderWriteLoad "${1:-40}" "${2:-4}"
