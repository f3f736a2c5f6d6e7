#!/usr/bin/env bash
# PostgreSQL for development and CI, on 127.0.0.1 only.
#   infra/postgres.sh up       start the Debian cluster (create/configure it if needed), wait until ready
#   infra/postgres.sh down     stop it (fast shutdown)
#   infra/postgres.sh status   exit 0 when it accepts connections
# Env: PGPORT (5432), PG_VERSION (15, else newest installed), PG_CLUSTER (main),
#      PG_MAX_CONNECTIONS (300), PG_DURABLE=1 to keep fsync on, PG_START_TIMEOUT (60 s).
# Role shanzhi/shanzhi (SUPERUSER): postgresql://shanzhi:shanzhi@127.0.0.1:5432/postgres
set -euo pipefail
INFRA_TAG=postgres
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PGPORT="${PGPORT:-5432}"; check_port PGPORT "$PGPORT"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_MAX_CONNECTIONS="${PG_MAX_CONNECTIONS:-300}"
PG_START_TIMEOUT="${PG_START_TIMEOUT:-60}"
PG_DURABLE="${PG_DURABLE:-0}"
PG_USER=shanzhi
PG_PASSWORD=shanzhi
URL="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PGPORT/postgres"

pick_version() {
  if [ -n "${PG_VERSION:-}" ]; then echo "$PG_VERSION"; return; fi
  if [ -x /usr/lib/postgresql/15/bin/postgres ]; then echo 15; return; fi
  local d best=""
  for d in /usr/lib/postgresql/*/bin/postgres; do
    d="${d#/usr/lib/postgresql/}"; d="${d%%/*}"
    if [[ "$d" =~ ^[0-9]+$ ]] && { [ -z "$best" ] || [ "$d" -gt "$best" ]; }; then best="$d"; fi
  done
  echo "$best"
}

ensure_installed() {
  if ! command -v pg_ctlcluster >/dev/null || [ -z "$(pick_version)" ]; then
    log "PostgreSQL is not installed"
    apt_install postgresql postgresql-client
  fi
  PG_VERSION="$(pick_version)"
  [ -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ] || die "PostgreSQL $PG_VERSION is not installed (/usr/lib/postgresql/$PG_VERSION)"
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  elif [ "$(id -un)" = postgres ]; then
    "$@"
  else
    command -v sudo >/dev/null || die "run as root (or postgres), or install sudo"
    sudo -n -u postgres -- "$@"
  fi
}

cluster_exists()  { [ -f "/etc/postgresql/$PG_VERSION/$PG_CLUSTER/postgresql.conf" ]; }
cluster_running() { as_postgres pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; }
ready()           { pg_isready -q -h 127.0.0.1 -p "$PGPORT" -t 2 >/dev/null 2>&1; }

# Writes our conf.d drop-in and pg_hba line; echoes "restart", "reload" or "" for what the change needs.
configure() {
  local confdir="/etc/postgresql/$PG_VERSION/$PG_CLUSTER" dropin new hba action=""
  dropin="$confdir/conf.d/90-shanzhi.conf"
  mkdir -p "$confdir/conf.d"
  new="# Written by infra/postgres.sh (dev/CI settings). Change the script, not this file.
listen_addresses = '127.0.0.1'
port = $PGPORT
max_connections = $PG_MAX_CONNECTIONS
password_encryption = 'scram-sha-256'"
  if [ "$PG_DURABLE" != 1 ]; then
    new+="
# throwaway dev/test data: trade crash safety for speed (PG_DURABLE=1 turns this off)
fsync = off
synchronous_commit = off
full_page_writes = off"
  fi
  if [ ! -f "$dropin" ] || [ "$(cat "$dropin")" != "$new" ]; then
    printf '%s\n' "$new" > "$dropin"
    chown postgres:postgres "$dropin" 2>/dev/null || true
    action=restart
  fi
  # Personal data (ID numbers, phones) travels in statements and bind parameters: keep both out of the
  # log. A drop-in of its own, because these settings take a reload, not a restart of a shared server.
  local privacy="$confdir/conf.d/91-shanzhi-log-privacy.conf" newprivacy
  newprivacy="# Written by infra/postgres.sh. Change the script, not this file.
log_min_error_statement = panic
log_parameter_max_length = 0
log_parameter_max_length_on_error = 0"
  if [ ! -f "$privacy" ] || [ "$(cat "$privacy")" != "$newprivacy" ]; then
    printf '%s\n' "$newprivacy" > "$privacy"
    chown postgres:postgres "$privacy" 2>/dev/null || true
    [ -n "$action" ] || action=reload
  fi
  # Debian's conf.d is included at the end of postgresql.conf, so the drop-in wins; make sure it is included.
  grep -Eq "^[[:space:]]*include_dir[[:space:]]*=?[[:space:]]*'conf.d'" "$confdir/postgresql.conf" \
    || { printf "include_dir = 'conf.d'\n" >> "$confdir/postgresql.conf"; action=restart; }

  hba="$confdir/pg_hba.conf"
  if ! grep -Eq '^[[:space:]]*host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+(scram-sha-256|md5)' "$hba"; then
    log "allowing password logins from 127.0.0.1 in $hba"
    sed -i '1i # added by infra/postgres.sh\nhost    all             all             127.0.0.1/32            scram-sha-256' "$hba"
    [ -n "$action" ] || action=reload
  fi
  echo "$action"
}

ensure_role() {
  as_postgres psql -X -q -p "$PGPORT" -h /var/run/postgresql -d postgres -v ON_ERROR_STOP=1 >/dev/null <<SQL || die "could not create/update role $PG_USER"
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN SUPERUSER CREATEDB CREATEROLE PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $PG_USER LOGIN SUPERUSER CREATEDB CREATEROLE PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
SQL
}

wait_ready() {
  local deadline=$((SECONDS + PG_START_TIMEOUT))
  until ready; do
    if ((SECONDS >= deadline)); then
      tail -n 20 "$RUN_DIR/postgres.log" >&2 2>/dev/null || true
      die "PostgreSQL did not accept connections on 127.0.0.1:$PGPORT within ${PG_START_TIMEOUT}s (log: $RUN_DIR/postgres.log)"
    fi
    sleep 0.3
  done
}

up() {
  ensure_installed
  if ! cluster_exists; then
    log "creating cluster $PG_VERSION/$PG_CLUSTER (UTF8, C.UTF-8)"
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PGPORT" --encoding UTF8 --locale C.UTF-8 \
      -- --auth-local=peer --auth-host=scram-sha-256 >&2 || die "pg_createcluster failed"
  fi
  # the socket directory lives on /run, which may be empty after a reboot
  install -d -o postgres -g postgres -m 2775 /var/run/postgresql 2>/dev/null || true
  ln -sfn "/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" "$RUN_DIR/postgres.log"

  local action
  action="$(configure)"
  if cluster_running; then
    if [ "$action" = restart ]; then
      log "configuration changed; restarting $PG_VERSION/$PG_CLUSTER"
      as_postgres pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart -m fast >&2 9>&- || die "restart failed (log: $RUN_DIR/postgres.log)"
    elif [ "$action" = reload ]; then
      as_postgres pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" reload >&2 9>&- || die "reload failed"
    else
      log "already running ($PG_VERSION/$PG_CLUSTER on 127.0.0.1:$PGPORT)"
    fi
  else
    if port_open "$PGPORT"; then
      die "port 127.0.0.1:$PGPORT is taken by another process; stop it or set PGPORT"
    fi
    log "starting $PG_VERSION/$PG_CLUSTER on 127.0.0.1:$PGPORT"
    as_postgres pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >&2 9>&- \
      || { tail -n 20 "$RUN_DIR/postgres.log" >&2 2>/dev/null || true; die "pg_ctlcluster start failed (log: $RUN_DIR/postgres.log)"; }
  fi
  wait_ready
  ensure_role
  PGPASSWORD="$PG_PASSWORD" psql -X -q -At "$URL" -c 'select 1' >/dev/null \
    || die "cannot log in as $PG_USER over TCP ($URL)"
  log "ready: $URL"
}

down() {
  PG_VERSION="$(pick_version)"
  if [ -z "$PG_VERSION" ] || ! command -v pg_ctlcluster >/dev/null || ! cluster_exists; then
    log "not installed / no cluster; nothing to stop"; return 0
  fi
  if cluster_running; then
    log "stopping $PG_VERSION/$PG_CLUSTER"
    as_postgres pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m fast >&2 || die "pg_ctlcluster stop failed"
    log "stopped"
  else
    log "already stopped"
  fi
}

status() {
  if ready; then log "running: $URL"; else log "not running on 127.0.0.1:$PGPORT"; return 1; fi
}

case "${1:-}" in
  up|start|down|stop) take_lock postgres ;;
esac
case "${1:-}" in
  up|start) up ;;
  down|stop) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
