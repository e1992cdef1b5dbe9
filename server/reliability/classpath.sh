# Sourced by the reliability scripts: builds the packaged server and the test classes (offline when the
# dependencies are present) and sets $classpath for running a proof's driver from the test classes.
# The dependency plugin is named with its version: without one the parent module (a pom of its own, no
# Spring Boot parent) takes the super POM's 2.8, whose dependencies are not in an offline repository.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cp_file=$(mktemp)
(cd "$here/.." && mvn -B -q -o -pl server -am -DskipTests -Dspotless.check.skip=true package org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null)
classpath="$here/target/test-classes:$here/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
