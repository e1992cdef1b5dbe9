# Sourced by the reliability scripts: builds the packaged server and the test classes (offline when the
# dependencies are present) and sets $classpath for running a proof's driver from the test classes.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cp_file=$(mktemp)
(cd "$here/.." && mvn -B -q -o -pl server -am -DskipTests -Dspotless.check.skip=true package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null)
classpath="$here/target/test-classes:$here/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
