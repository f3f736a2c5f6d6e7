#!/usr/bin/env bash
# Start PostgreSQL, Redis and Kafka on loopback (idempotent: running servers are left alone)
# and print the environment to use, as `export` lines on stdout (messages go to stderr):
#   bash infra/up.sh                # start + show
#   eval "$(bash infra/up.sh)"      # start + set the variables in this shell
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
start=$SECONDS
for s in postgres redis kafka; do
  bash "$here/$s.sh" up || { echo "[infra] ERROR: $s failed to start (see messages above; logs in $here/.run/)" >&2; exit 1; }
done
echo "[infra] all up in $((SECONDS - start))s" >&2
cat <<ENV
export DATABASE_URL=postgresql://shanzhi:shanzhi@127.0.0.1:${PGPORT:-5432}/postgres
export REDIS_URL=redis://127.0.0.1:${REDIS_PORT:-6379}
export KAFKA_BROKERS=127.0.0.1:${KAFKA_PORT:-9092}
ENV
