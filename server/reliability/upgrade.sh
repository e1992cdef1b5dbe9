#!/usr/bin/env bash
# Upgrade proof: builds the previous release of the server from git (a commit, default the last one that
# landed before this round's work: stop 20's 423a182), lets it make a database and store plans, then starts
# this checkout's build on that database (UpgradeIT): the same plans, history, Provenance and styringsdata,
# and new writes taken.
#
#   FHIR_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/ipfhir_test FHIR_TEST_DB_USER=postgres \
#     server/reliability/upgrade.sh [previous-commit]
set -euo pipefail
: "${FHIR_TEST_DB_URL:?set FHIR_TEST_DB_URL (and FHIR_TEST_DB_USER) to a PostgreSQL database}"
previous=${1:-423a182}
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'git -C "$here" worktree remove --force "$work/main" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "Building the previous release ($previous) in $work/main"
git -C "$here" worktree add --detach "$work/main" "$previous" >/dev/null
# the build reads ../shared beside the checkout, as CI has it
[ -e "$here/../shared" ] && ln -s "$(cd "$here/../shared" && pwd)" "$work/shared"
(cd "$work/main" && mvn -B -q -o -pl server -am -DskipTests -Dspotless.check.skip=true package)

echo "Starting this build on the previous release's database"
cd "$here"
mvn -B -o -pl server -am verify -Dspotless.check.skip=true -Dit.test=UpgradeIT -Dtest=NoSuch \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dupgrade.previous-jar="$work/main/server/target/ip-fhir-server.jar"
