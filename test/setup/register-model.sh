#!/usr/bin/env bash
# Servers the register-model tests run for real: Debian's docker-registry (the CNCF
# distribution registry) and an MLflow tracking server. Idempotent: returns at once when both
# are installed. MLflow gets its own virtual environment so its many dependencies never touch
# the pinned test references in .venv.
set -euo pipefail
cd "$(dirname "$0")/../.."

MLFLOW_VERSION=3.17.2
# mlflow[auth] for the basic-auth server (wrong-credential tests); bcrypt writes the OCI registry's htpasswd.
EXTRA="bcrypt==4.3.0"
STAMP="$MLFLOW_VERSION auth $EXTRA"
venv=.venv-mlflow

if ! command -v docker-registry >/dev/null 2>&1; then
  # Only refresh the package lists when the package is missing: a no-op run stays offline.
  if ! apt-cache show docker-registry >/dev/null 2>&1; then apt-get update -qq; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-registry >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-registry >/dev/null
  }
  # The package starts a system service on :5000; the tests run their own on free ports.
  if command -v systemctl >/dev/null 2>&1; then systemctl disable --now docker-registry >/dev/null 2>&1 || true; fi
fi

if [ "$(cat "$venv/.mlflow-version" 2>/dev/null)" != "$STAMP" ]; then
  echo "Installing mlflow $MLFLOW_VERSION into $venv..."
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  # The venv is a local install, never source: keep git from seeing it without editing .gitignore.
  printf '*\n' > "$venv/.gitignore"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "mlflow[auth]==$MLFLOW_VERSION" $EXTRA
  echo "$STAMP" > "$venv/.mlflow-version"
fi
