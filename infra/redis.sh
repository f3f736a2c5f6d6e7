#!/usr/bin/env bash
# Redis for development and CI, on 127.0.0.1 only (no persistence).
#   infra/redis.sh up       install redis-server if missing, start it, wait for PONG
#   infra/redis.sh down     stop it
#   infra/redis.sh status   exit 0 when it answers PING
# Env: REDIS_PORT (6379), REDIS_START_TIMEOUT (30 s). Files: infra/.run/redis.{pid,log}, infra/.run/redis/
set -euo pipefail
INFRA_TAG=redis
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

REDIS_PORT="${REDIS_PORT:-6379}"; check_port REDIS_PORT "$REDIS_PORT"
REDIS_START_TIMEOUT="${REDIS_START_TIMEOUT:-30}"
PIDFILE="$RUN_DIR/redis.pid"
PORTFILE="$RUN_DIR/redis.port"   # the port the running server was started with
LOGFILE="$RUN_DIR/redis.log"
DATADIR="$RUN_DIR/redis"
URL="redis://127.0.0.1:$REDIS_PORT"

ping() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }
ours() { pid_alive "$PIDFILE" redis-server; }

ensure_installed() {
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    log "redis-server is not installed"
    apt_install redis-server
  fi
}

up() {
  ensure_installed
  if ours && [ -f "$PORTFILE" ] && [ "$(cat "$PORTFILE")" != "$REDIS_PORT" ]; then
    die "a redis-server started by this script (pid $(cat "$PIDFILE")) listens on 127.0.0.1:$(cat "$PORTFILE" 2>/dev/null || echo '?'), not $REDIS_PORT; run '$0 down' first"
  fi
  if ours && ping; then
    log "already running (pid $(cat "$PIDFILE"), $URL)"; return 0
  fi
  if ! ours && ping; then
    log "a Redis not started by this script already answers on $URL; leaving it alone"; return 0
  fi
  if ours; then
    die "redis-server (pid $(cat "$PIDFILE")) is running but does not answer on $URL; run '$0 down' first"
  fi
  rm -f "$PIDFILE"
  port_open "$REDIS_PORT" && die "port 127.0.0.1:$REDIS_PORT is taken by a process that is not Redis; stop it or set REDIS_PORT"
  mkdir -p "$DATADIR"
  echo "$REDIS_PORT" > "$PORTFILE"
  log "starting redis-server on 127.0.0.1:$REDIS_PORT"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes \
    --pidfile "$PIDFILE" --logfile "$LOGFILE" --dir "$DATADIR" \
    --save '' --appendonly no </dev/null 9>&- >&2 || die "redis-server failed to start (log: $LOGFILE)"
  local deadline=$((SECONDS + REDIS_START_TIMEOUT))
  until ping; do
    if ((SECONDS >= deadline)); then
      tail -n 20 "$LOGFILE" >&2 2>/dev/null || true
      die "Redis did not answer PING on $URL within ${REDIS_START_TIMEOUT}s (log: $LOGFILE)"
    fi
    sleep 0.2
  done
  # --daemonize writes the pidfile a moment after forking
  for _ in $(seq 50); do [ -s "$PIDFILE" ] && break; sleep 0.1; done
  log "ready: $URL (pid $(cat "$PIDFILE" 2>/dev/null || echo '?'))"
}

down() {
  if ours; then
    local pid i; pid="$(cat "$PIDFILE")"
    log "stopping redis-server (pid $pid)"
    # redis removes its own pidfile on shutdown
    redis-cli -h 127.0.0.1 -p "$(cat "$PORTFILE" 2>/dev/null || echo "$REDIS_PORT")" shutdown nosave >/dev/null 2>&1 || true
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then echo "$pid" > "$PIDFILE"; stop_pid "$PIDFILE" redis-server 10; fi
    rm -f "$PIDFILE"
    log "stopped"
  else
    rm -f "$PIDFILE"
    if command -v redis-cli >/dev/null && ping; then
      log "a Redis not started by this script answers on $URL; leaving it alone"
    else
      log "already stopped"
    fi
  fi
}

status() {
  if command -v redis-cli >/dev/null && ping; then log "running: $URL"; else log "not running on 127.0.0.1:$REDIS_PORT"; return 1; fi
}

case "${1:-}" in
  up|start|down|stop) take_lock redis ;;
esac
case "${1:-}" in
  up|start) up ;;
  down|stop) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
