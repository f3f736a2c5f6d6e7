#!/usr/bin/env bash
# Apache Kafka for development and CI: one node in KRaft mode (broker + controller), on 127.0.0.1.
#   infra/kafka.sh up        fetch the jars (Maven, cached), format storage once, start, wait until it answers
#   infra/kafka.sh down      stop it (SIGTERM, then SIGKILL after KAFKA_STOP_TIMEOUT)
#   infra/kafka.sh status    exit 0 when the broker answers an admin request
#   infra/kafka.sh topics …  run kafka-topics against it, e.g. `infra/kafka.sh topics --list`
# `up` after `down` keeps the data (infra/.run/kafka/data); `reset` deletes it (stops first).
# Env: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_HEAP_OPTS (-Xms256m -Xmx512m),
#      KAFKA_START_TIMEOUT (90 s), KAFKA_STOP_TIMEOUT (30 s).
set -euo pipefail
INFRA_TAG=kafka
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

KAFKA_PORT="${KAFKA_PORT:-9092}"; check_port KAFKA_PORT "$KAFKA_PORT"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"; check_port KAFKA_CONTROLLER_PORT "$KAFKA_CONTROLLER_PORT"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
BOOTSTRAP="127.0.0.1:$KAFKA_PORT"

POM="$INFRA_DIR/kafka/pom.xml"
KDIR="$RUN_DIR/kafka"
LIBS="$KDIR/libs"
DATA="$KDIR/data"
CONF="$KDIR/server.properties"
PIDFILE="$RUN_DIR/kafka.pid"
PORTFILE="$RUN_DIR/kafka.port"   # the port the running broker was started with
LOGFILE="$RUN_DIR/kafka.log"

ours() { pid_alive "$PIDFILE" kafka.Kafka; }

ensure_tools() {
  if ! command -v java >/dev/null; then
    log "java is not installed"
    apt_install openjdk-17-jre-headless
  fi
  local v
  v="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed, found '${v:-?}' ($(command -v java))"
  if ! command -v mvn >/dev/null && ! libs_ok; then
    log "maven is not installed"
    apt_install maven
  fi
}

pom_sum() { sha256sum "$POM" | cut -d' ' -f1; }
libs_ok() { [ -f "$LIBS/.pom.sha256" ] && [ "$(cat "$LIBS/.pom.sha256")" = "$(pom_sum)" ]; }

ensure_libs() {
  if libs_ok; then return 0; fi
  log "fetching Kafka jars with Maven ($POM -> $LIBS)"
  local tmp="$KDIR/libs.tmp" mvnlog="$RUN_DIR/kafka-mvn.log"
  rm -rf "$tmp"; mkdir -p "$KDIR"
  if ! mvn -q -B -f "$POM" dependency:copy-dependencies -DincludeScope=runtime \
        -DoutputDirectory="$tmp" >"$mvnlog" 2>&1; then
    tail -n 30 "$mvnlog" >&2
    die "mvn dependency:copy-dependencies failed (log: $mvnlog)"
  fi
  ls "$tmp"/kafka_2.13-*.jar >/dev/null 2>&1 || die "Maven did not produce kafka_2.13 jars in $tmp"
  pom_sum > "$tmp/.pom.sha256"
  rm -rf "$LIBS"; mv "$tmp" "$LIBS"
  local jars=("$LIBS"/*.jar)
  log "${#jars[@]} jars in $LIBS"
}

write_config() {
  mkdir -p "$DATA"
  cat > "$CONF" <<PROPS
# Written by infra/kafka.sh on every 'up'; change the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA

# single node
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
auto.create.topics.enable=true
delete.topic.enable=true
group.initial.rebalance.delay.ms=0

# small machine, throwaway data
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=2
log.retention.hours=24
PROPS
  cat > "$KDIR/log4j.properties" <<'PROPS'
log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.log=WARN
log4j.logger.org.apache.kafka.storage.internals.log=WARN
log4j.logger.kafka.cluster.Partition=WARN
PROPS
  cat > "$KDIR/tools-log4j.properties" <<'PROPS'
log4j.rootLogger=ERROR, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.appender.stderr.Target=System.err
PROPS
  cat > "$KDIR/admin.properties" <<'PROPS'
request.timeout.ms=5000
default.api.timeout.ms=8000
PROPS
}

# run a Kafka command-line class with a small, quick-starting JVM
tool_java() {
  printf '%s\0' java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    "-Dlog4j.configuration=file:$KDIR/tools-log4j.properties" -cp "$LIBS/*"
}
tool() { local cmd; mapfile -d '' cmd < <(tool_java); "${cmd[@]}" "$@"; }
topics() {
  case " $* " in
    *" --bootstrap-server "*) tool org.apache.kafka.tools.TopicCommand "$@" ;;
    *) tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --command-config "$KDIR/admin.properties" "$@" ;;
  esac
}
# the broker answers an admin request (listing topics); each try is bounded by `timeout`
answers() {
  local cmd
  port_open "$KAFKA_PORT" || return 1
  mapfile -d '' cmd < <(tool_java)
  timeout 30 "${cmd[@]}" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" \
    --command-config "$KDIR/admin.properties" --list >/dev/null 2>&1
}

format_storage() {
  if [ -f "$DATA/meta.properties" ]; then return 0; fi
  local id
  id="$(tool kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)"
  [ -n "$id" ] || die "kafka-storage random-uuid failed"
  log "formatting $DATA (cluster id $id)"
  tool kafka.tools.StorageTool format -t "$id" -c "$CONF" >&2 || die "kafka-storage format failed"
  echo "$id" > "$KDIR/cluster-id"
}

wait_ready() {
  local deadline=$((SECONDS + KAFKA_START_TIMEOUT)) pid
  pid="$(cat "$PIDFILE")"
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$LOGFILE" >&2 || true
      rm -f "$PIDFILE"
      die "Kafka exited during startup (log: $LOGFILE)"
    fi
    if answers; then return 0; fi
    if ((SECONDS >= deadline)); then
      tail -n 40 "$LOGFILE" >&2 || true
      die "Kafka did not answer on $BOOTSTRAP within ${KAFKA_START_TIMEOUT}s (pid $pid still running; log: $LOGFILE)"
    fi
    sleep 1
  done
}

up() {
  if ours; then
    if [ -f "$PORTFILE" ] && [ "$(cat "$PORTFILE")" != "$KAFKA_PORT" ]; then
      die "a broker started by this script (pid $(cat "$PIDFILE")) listens on 127.0.0.1:$(cat "$PORTFILE" 2>/dev/null || echo '?'), not $KAFKA_PORT; run '$0 down' first"
    fi
    if [ -d "$LIBS" ] && answers; then
      log "already running (pid $(cat "$PIDFILE"), $BOOTSTRAP)"; return 0
    fi
    log "already started (pid $(cat "$PIDFILE")); waiting until it answers"
    wait_ready
    log "ready: $BOOTSTRAP"; return 0
  fi
  rm -f "$PIDFILE"
  ensure_tools
  ensure_libs
  mkdir -p "$KDIR"
  if port_open "$KAFKA_PORT"; then
    if answers; then log "a Kafka not started by this script already answers on $BOOTSTRAP; leaving it alone"; return 0; fi
    die "port $BOOTSTRAP is taken by another process; stop it or set KAFKA_PORT"
  fi
  port_open "$KAFKA_CONTROLLER_PORT" && die "controller port 127.0.0.1:$KAFKA_CONTROLLER_PORT is taken; stop that process or set KAFKA_CONTROLLER_PORT"
  write_config
  format_storage
  # keep the log from growing without bound across restarts
  if [ -f "$LOGFILE" ] && [ "$(stat -c %s "$LOGFILE")" -gt $((50 * 1024 * 1024)) ]; then mv -f "$LOGFILE" "$LOGFILE.1"; fi
  local jar=("$LIBS"/kafka_2.13-*.jar) version
  version="${jar[0]##*/kafka_2.13-}"; version="${version%.jar}"
  log "starting Kafka $version on $BOOTSTRAP (controller 127.0.0.1:$KAFKA_CONTROLLER_PORT)"
  printf '\n===== %s infra/kafka.sh up =====\n' "$(date -Is)" >> "$LOGFILE"
  # setsid: own session, so the broker outlives the shell that started it
  # shellcheck disable=SC2086
  nohup setsid java $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$KDIR/log4j.properties" -Dkafka.logs.dir="$KDIR/logs" \
    -cp "$LIBS/*" kafka.Kafka "$CONF" >>"$LOGFILE" 2>&1 </dev/null 9>&- &
  echo $! > "$PIDFILE"
  echo "$KAFKA_PORT" > "$PORTFILE"
  wait_ready
  log "ready: $BOOTSTRAP (pid $(cat "$PIDFILE"))"
}

down() {
  if ours; then
    stop_pid "$PIDFILE" kafka "$KAFKA_STOP_TIMEOUT"
    log "stopped"
  else
    rm -f "$PIDFILE"
    if port_open "$KAFKA_PORT"; then
      log "something not started by this script listens on $BOOTSTRAP; leaving it alone"
    else
      log "already stopped"
    fi
  fi
}

status() {
  if [ -d "$LIBS" ] && answers; then log "running: $BOOTSTRAP"; else log "not answering on $BOOTSTRAP"; return 1; fi
}

case "${1:-}" in
  up|start|down|stop|reset) take_lock kafka ;;
esac
case "${1:-}" in
  up|start) up ;;
  down|stop) down ;;
  status) status ;;
  topics) shift; [ -d "$LIBS" ] || die "no jars yet; run '$0 up' first"; topics "$@" ;;
  reset) down; log "deleting $DATA"; rm -rf "$DATA" "$KDIR/cluster-id" ;;
  *) echo "usage: $0 up|down|status|reset|topics ARGS..." >&2; exit 2 ;;
esac
