#!/usr/bin/env bash
# Regenerates the FHIR package (ig/package/), the example Bundles (ig/examples/) and the
# counter-examples (ig/counter-examples/) from the FSH in profiles/fsh, terminology/fsh and
# ig/input/fsh; the counter-examples' expected messages come from ig/input/counter-examples.json.
# Works offline: the FHIR core package is rebuilt from a Maven artifact when it is missing, HL7
# Norway's no-basis package is unpacked from ig/packages/, and SUSHI is the pinned fsh-sushi in
# ig/tools (installed from npm on first use).
#
#   ig/build-package.sh          regenerate and overwrite ig/package/, ig/examples/, ig/counter-examples/
#   ig/build-package.sh --check  regenerate into a temporary folder; exit 1 with a diff if the
#                                committed files differ from what the FSH produces
set -euo pipefail

IG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(dirname "$IG_DIR")"
TOOLS_DIR="$IG_DIR/tools"
SUSHI_VERSION="3.21.0"
OUTPUT_DIRS=(package examples counter-examples)
# SUSHI reads its dependencies from this cache folder.
PACKAGE_CACHE="$HOME/.fhir/packages"
CORE_PACKAGE_DIR="$PACKAGE_CACHE/hl7.fhir.r4.core#4.0.1/package"
# HL7 Norway's base profiles, vendored in the repository (see ig/packages/README.md).
NO_BASIS_TGZ="$IG_DIR/packages/hl7.fhir.no.basis-2.2.0.tgz"
NO_BASIS_DIR="$PACKAGE_CACHE/hl7.fhir.no.basis#2.2.0"

mode="write"
case "${1:-}" in
  "") ;;
  --check) mode="check" ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

log() { echo "build-package: $*" >&2; }

ensure_core_package() {
  if [[ -f "$CORE_PACKAGE_DIR/package.json" ]]; then
    return
  fi
  log "building hl7.fhir.r4.core#4.0.1 from hapi-fhir-validation-resources-r4 into $CORE_PACKAGE_DIR"
  local offline=""
  [[ "${MAVEN_OFFLINE:-}" == "true" ]] && offline="-o"
  mvn -B -q -Dstyle.color=never $offline -f "$IG_DIR/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >&2
  local partial="$CORE_PACKAGE_DIR.partial"
  rm -rf "$partial"
  java -cp "$(cat "$work/classpath.txt")" "$TOOLS_DIR/BuildCorePackage.java" "$partial" \
    > "$work/core.log" 2>&1 || { cat "$work/core.log" >&2; exit 1; }
  mv "$partial" "$CORE_PACKAGE_DIR"
}

# Unpacks the vendored no-basis package into SUSHI's cache, unless the same package is there.
ensure_no_basis_package() {
  local marker="$NO_BASIS_DIR/.vendored-sha256"
  local sha
  sha="$(sha256sum "$NO_BASIS_TGZ" | cut -d' ' -f1)"
  if [[ -f "$NO_BASIS_DIR/package/package.json" && "$(cat "$marker" 2>/dev/null)" == "$sha" ]]; then
    return
  fi
  log "unpacking $(basename "$NO_BASIS_TGZ") from ig/packages into $NO_BASIS_DIR"
  local partial="$NO_BASIS_DIR.partial"
  rm -rf "$partial"
  mkdir -p "$partial"
  tar -xzf "$NO_BASIS_TGZ" -C "$partial"
  echo "$sha" > "$partial/.vendored-sha256"
  rm -rf "$NO_BASIS_DIR"
  mv "$partial" "$NO_BASIS_DIR"
}

ensure_sushi() {
  local installed=""
  if [[ -f "$TOOLS_DIR/node_modules/fsh-sushi/package.json" ]]; then
    installed="$(node -p "require('$TOOLS_DIR/node_modules/fsh-sushi/package.json').version")"
  fi
  if [[ "$installed" != "$SUSHI_VERSION" ]]; then
    log "installing fsh-sushi $SUSHI_VERSION into ig/tools/node_modules"
    (cd "$TOOLS_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}

# Copies the .fsh files under a folder, keeping its subfolders (SUSHI reads input/fsh recursively).
copy_fsh() {
  (cd "$1" && find . -name '*.fsh' -exec cp --parents {} "$2/" \;)
}

generate() {
  local out="$1"
  local project="$work/sushi-project"
  mkdir -p "$project/input/fsh/profiles" "$project/input/fsh/terminology" "$project/input/fsh/ig"
  cp "$IG_DIR/sushi-config.yaml" "$project/"
  copy_fsh "$ROOT_DIR/profiles/fsh" "$project/input/fsh/profiles"
  copy_fsh "$ROOT_DIR/terminology/fsh" "$project/input/fsh/terminology"
  cp -r "$IG_DIR/input/fsh/." "$project/input/fsh/ig/"
  if ! "$TOOLS_DIR/node_modules/.bin/sushi" build "$project" > "$work/sushi.log" 2>&1; then
    cat "$work/sushi.log" >&2
    log "SUSHI failed"
    exit 1
  fi
  # SUSHI's own notes about FSHOnly and the packages it cannot download are expected offline.
  grep -A3 -E '^(warn|error)' "$work/sushi.log" \
    | grep -vE '^info|FSHOnly property|automatically-provided|sushi-config.yaml|^--$' >&2 || true
  node "$TOOLS_DIR/assemble-package.js" "$IG_DIR/sushi-config.yaml" \
    "$project/fsh-generated/resources" "$IG_DIR/input/counter-examples.json" "$out"
}

ensure_core_package
ensure_no_basis_package
ensure_sushi
generate "$work/out"

if [[ "$mode" == "check" ]]; then
  status=0
  for dir in "${OUTPUT_DIRS[@]}"; do
    diff -ruN "$IG_DIR/$dir" "$work/out/$dir" || status=1
  done
  if [[ $status -ne 0 ]]; then
    log "the committed ${OUTPUT_DIRS[*]} differ from the FSH; run ig/build-package.sh"
    exit 1
  fi
  log "committed ${OUTPUT_DIRS[*]} match the FSH"
else
  for dir in "${OUTPUT_DIRS[@]}"; do
    rm -rf "${IG_DIR:?}/$dir"
    cp -r "$work/out/$dir" "$IG_DIR/$dir"
    log "wrote ig/$dir ($(ls -A "$IG_DIR/$dir" | wc -l) files)"
  done
fi
