#!/usr/bin/env bash
# Start a Spark standalone cluster on this machine: one master and N workers, each a separate
# JVM on 127.0.0.1, run from the Spark jars in the Maven repository (see env.sh).
#   jobs/cluster/start.sh [--workers 2] [--cores 1] [--memory 2g]
# Then: SPARK_HOME=/tmp/regionpulse-cluster/spark-home jobs/pipeline.sh --master spark://127.0.0.1:7077 ...
# Stop with jobs/cluster/stop.sh. State, logs and pid files: $RP_CLUSTER_DIR (default /tmp/regionpulse-cluster).
source "$(dirname "$0")/env.sh"
workers=2 cores=1 memory=2g
while [[ $# -gt 0 ]]; do
  case "$1" in
    --workers) workers="$2"; shift 2 ;;
    --cores) cores="$2"; shift 2 ;;
    --memory) memory="$2"; shift 2 ;;
    *) rp_die "unknown option $1 (options: --workers N --cores N --memory 2g)" ;;
  esac
done
rp_cluster_spark_home
mkdir -p "$RP_CLUSTER_DIR/logs" "$RP_CLUSTER_DIR/pids"
export SPARK_HOME="$RP_SPARK_HOME" SPARK_SCALA_VERSION=2.13

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# start NAME HEAP MAIN ARGS... — one daemon in the background, its pid in pids/NAME.pid
start() {
  local name="$1" heap="$2"; shift 2
  local pidf="$RP_CLUSTER_DIR/pids/$name.pid" log="$RP_CLUSTER_DIR/logs/$name.log"
  if alive "$pidf"; then
    echo "$name already running (pid $(cat "$pidf"))" >&2
    return 0
  fi
  rp_cluster_java_cmd "$heap" "$@"
  nohup "${RP_CLUSTER_CMD[@]}" > "$log" 2>&1 < /dev/null &
  echo $! > "$pidf"
  echo "started $name (pid $!, log $log)" >&2
}

# wait_for LOG PATTERN COUNT SECONDS
wait_for() {
  local log="$1" pattern="$2" count="$3" secs="$4" i
  for ((i = 0; i < secs; i++)); do
    [[ "$(grep -c -- "$pattern" "$log" 2>/dev/null || true)" -ge "$count" ]] && return 0
    sleep 1
  done
  return 1
}

start master 512m org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$RP_CLUSTER_PORT" --webui-port 0
wait_for "$RP_CLUSTER_DIR/logs/master.log" "Starting Spark master at" 1 120 \
  || { tail -20 "$RP_CLUSTER_DIR/logs/master.log" >&2; rp_die "master did not start"; }
for ((w = 1; w <= workers; w++)); do
  mkdir -p "$RP_CLUSTER_DIR/work/worker-$w"
  start "worker-$w" 512m org.apache.spark.deploy.worker.Worker "$RP_CLUSTER_MASTER" --host 127.0.0.1 --port 0 \
    --webui-port 0 --cores "$cores" --memory "$memory" --work-dir "$RP_CLUSTER_DIR/work/worker-$w"
done
# Count registrations since this master started (the log is per master start).
wait_for "$RP_CLUSTER_DIR/logs/master.log" "Registering worker" "$workers" 180 \
  || { tail -20 "$RP_CLUSTER_DIR/logs/master.log" >&2; rp_die "workers did not register with $RP_CLUSTER_MASTER"; }
echo "cluster up: $RP_CLUSTER_MASTER with $workers workers x $cores core(s), $memory"
echo "run: SPARK_HOME=$RP_SPARK_HOME jobs/pipeline.sh --master $RP_CLUSTER_MASTER --input ... --warehouse /tmp/..."
