#!/usr/bin/env bash
# Writes docker/.env.example from the README's table of settings (DeploymentFilesTest checks they agree).
set -euo pipefail
cd "$(dirname "$0")/.."
{
  echo "# Every setting of the server, as environment variables (README, Settings, says what each does)."
  echo "# Copy to docker/.env for compose.yaml; a line left commented keeps the default shown."
  echo "# Generated from the README by docker/env-example.sh."
  echo
  echo "# PostgreSQL of compose.yaml (the server's FHIR_DB_* are derived from these there)"
  echo "POSTGRES_DB=fhir"
  echo "POSTGRES_USER=fhir"
  echo "POSTGRES_PASSWORD=change-me"
  echo
  awk -F' [|] ' '/^\| `[a-z][^`]*` \| `[A-Z0-9_]+` \|/ {
      name = $1; sub(/^\| /, "", name); gsub(/`/, "", name)
      env = $2; gsub(/`/, "", env)
      def = $3; gsub(/`/, "", def); if (def ~ /^\*\(/) def = ""
      meaning = $4; gsub(/`/, "", meaning); sub(/ \|$/, "", meaning)
      printf "# %s: %s\n# %s=%s\n", name, substr(meaning, 1, 140), env, def
  }' README.md
} > docker/.env.example
