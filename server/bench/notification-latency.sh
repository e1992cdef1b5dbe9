#!/usr/bin/env bash
# Notification latency benchmark: the server (in the integration-test setup, over PostgreSQL) takes a steady
# stream of goal updates while a subscribed EHR (a real HTTP receiver) records when each notification
# arrives; prints p50/p95 of "update committed -> receiver got it". Target: p95 <= 1 s.
#
#   FHIR_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/ipfhir_bench FHIR_TEST_DB_USER=postgres \
#     server/bench/notification-latency.sh [writes-per-second] [seconds]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mvn -B -q -pl server -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=NotificationLatencyBenchmark -Dbench.writesPerSecond="${1:-5}" -Dbench.seconds="${2:-60}"
grep -h "notification-latency:" server/target/failsafe-reports/*NotificationLatencyBenchmark-output.txt
