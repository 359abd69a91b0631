#!/usr/bin/env bash
# The real traffic components canary-deploy's tests run: HAProxy, NGINX and Prometheus from
# Debian. Idempotent and quick when they are installed. The tests start their own instances on
# free 127.0.0.1 ports with their own configs, so the system services must not keep running
# (they would hold :80 and :9090 and scrape nothing of ours).
set -euo pipefail

need=()
for pair in haproxy:haproxy nginx:nginx prometheus:prometheus; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need+=("${pair#*:}")
done
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "canary-deploy tests need ${need[*]}: run as root, or: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "Installing ${need[*]} for the canary-deploy tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # policy-rc.d 101 keeps maintainer scripts from starting the services at all.
  policy=/usr/sbin/policy-rc.d
  made_policy=0
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && made_policy=1; fi
  apt-get install -y -qq --no-install-recommends haproxy nginx prometheus >/dev/null
  if [ "$made_policy" = 1 ]; then rm -f "$policy"; fi
fi

# Stop any system instance that is running anyway (an earlier install without the policy, a
# boot with systemd); tests never rely on them.
for service in haproxy nginx prometheus; do
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$service" 2>/dev/null; then
    systemctl stop "$service" || true
  fi
  if command -v service >/dev/null 2>&1 && [ ! -d /run/systemd/system ]; then
    service "$service" stop >/dev/null 2>&1 || true
  fi
done
exit 0
