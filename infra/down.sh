#!/usr/bin/env bash
# Stop Kafka, Redis and PostgreSQL (idempotent: stopped servers are left alone).
# Data is kept: Kafka's in infra/.run/kafka/data, PostgreSQL's in its Debian cluster; Redis keeps none.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
failed=()
for s in kafka redis postgres; do
  bash "$here/$s.sh" down || failed+=("$s")
done
if ((${#failed[@]})); then
  echo "[infra] ERROR: could not stop: ${failed[*]}" >&2
  exit 1
fi
echo "[infra] all down" >&2
