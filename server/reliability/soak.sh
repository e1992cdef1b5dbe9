#!/usr/bin/env bash
# Soak: the packaged server on PostgreSQL used by a municipality's EHR (reads, searches, goal changes, the
# plan as a document). Measures the capacity first (requests/s from CLIENTS clients), then runs the same mix at
# half of it for MINUTES minutes. Prints the error rate and, at start and end, the heap after a full GC (jcmd),
# threads, open files and database connections, with a line a minute between; exits 1 on any error.
#
#   FHIR_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/ipfhir_test FHIR_TEST_DB_USER=postgres \
#     server/reliability/soak.sh [minutes=30] [clients=4] [capacity seconds=60]
# A database of its own is made beside FHIR_TEST_DB_URL's and dropped afterwards.
set -euo pipefail
: "${FHIR_TEST_DB_URL:?set FHIR_TEST_DB_URL (and FHIR_TEST_DB_USER) to a PostgreSQL database}"
source "$(dirname "$0")/classpath.sh"
cd "$here"
java -cp "$classpath" no.ipfhir.server.bench.Soak "${1:-30}" "${2:-4}" "${3:-60}"
