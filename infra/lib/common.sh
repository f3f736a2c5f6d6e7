# shellcheck shell=bash
# Shared helpers for infra/*.sh. Source it; do not run it.
# Messages go to stderr so that stdout stays clean for `export ...` lines.

INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="${SHANZHI_RUN_DIR:-$INFRA_DIR/.run}"
mkdir -p "$RUN_DIR"

_tag="${INFRA_TAG:-infra}"
log()  { printf '[%s] %s\n' "$_tag" "$*" >&2; }
warn() { printf '[%s] WARNING: %s\n' "$_tag" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$_tag" "$*" >&2; exit 1; }

# apt-get install, non-interactive; `apt-get update` once per script run.
_apt_updated=0
apt_install() {
  [ "$(id -u)" -eq 0 ] || die "need root to apt-get install $*"
  export DEBIAN_FRONTEND=noninteractive
  if [ "$_apt_updated" -eq 0 ]; then
    log "apt-get update"
    apt-get update -qq >&2 || die "apt-get update failed"
    _apt_updated=1
  fi
  log "apt-get install -y $*"
  apt-get install -y -qq --no-install-recommends "$@" >&2 || die "apt-get install $* failed"
}

# true when something accepts TCP connections on 127.0.0.1:$1
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# true when the pid in file $1 is a live process (optionally whose command line contains $2)
pid_alive() {
  local file="$1" pattern="${2:-}" pid
  [ -s "$file" ] || return 1
  pid="$(cat "$file" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [ -n "$pattern" ]; then
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$pattern" || return 1
  fi
}

# stop_pid FILE NAME TIMEOUT_S: SIGTERM, wait, then SIGKILL. Removes FILE.
stop_pid() {
  local file="$1" name="$2" timeout="${3:-30}" pid i
  pid="$(cat "$file")"
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name did not stop within ${timeout}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$file"
}

# valid port number or die
check_port() {
  if ! [[ "$2" =~ ^[0-9]+$ ]] || [ "$2" -lt 1 ] || [ "$2" -gt 65535 ]; then
    die "$1 must be a port number, got '$2'"
  fi
}

# serialize concurrent up/down calls of one script (e.g. two test runs starting at once)
take_lock() {
  exec 9>"$RUN_DIR/$1.lock"
  flock -w "${2:-300}" 9 || die "another infra/$1.sh is still running (lock $RUN_DIR/$1.lock)"
}
