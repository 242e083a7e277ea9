#!/usr/bin/env bash
# Stop the local standalone cluster started by jobs/cluster/start.sh (only the pids it recorded).
source "$(dirname "$0")/env.sh"
shopt -s nullglob
for pidf in "$RP_CLUSTER_DIR"/pids/worker-*.pid "$RP_CLUSTER_DIR"/pids/master.pid; do
  pid="$(cat "$pidf")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    echo "stopped $(basename "$pidf" .pid) (pid $pid)" >&2
  fi
  rm -f "$pidf"
done
