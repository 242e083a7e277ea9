#!/usr/bin/env bash
# Shared by jobs/cluster/*: where our local Spark standalone cluster lives, and how to lay out a
# SPARK_HOME from the Spark jars Maven already downloaded (no Spark distribution is needed).
#   RP_CLUSTER_DIR   state folder (default /tmp/regionpulse-cluster): spark-home/, logs/, pids/, work/
#   RP_CLUSTER_PORT  master port (default 7077)
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
RP_CLUSTER_DIR="${RP_CLUSTER_DIR:-/tmp/regionpulse-cluster}"
RP_CLUSTER_PORT="${RP_CLUSTER_PORT:-7077}"
RP_CLUSTER_MASTER="spark://127.0.0.1:$RP_CLUSTER_PORT"
RP_SPARK_HOME="$RP_CLUSTER_DIR/spark-home"
RP_CLUSTER_LOG4J="$RP_HOME/jobs/cluster/log4j2.properties"

# Our own dependencies ship in the cluster jar; a Spark distribution would not have them.
rp_cluster_bundled() {
  case "$1" in
    */io/delta/* | */io/unitycatalog/* | */com/hankcs/* | */org/jsoup/* | */org/netpreserve/* | \
    */com/github/albfernandez/* | */info/picocli/* | */com/typesafe/config/* | */org/yaml/snakeyaml/* | \
    */jackson-datatype-jdk8/*) return 0 ;;
  esac
  return 1
}

# SPARK_HOME/jars = the local classpath minus what the cluster jar bundles (symlinks into ~/.m2);
# SPARK_HOME/bin/spark-submit = our launcher. Rebuilt when the classpath file changes.
rp_cluster_spark_home() {
  rp_build
  local cp="$RP_TARGET/classpath.txt" stamp="$RP_SPARK_HOME/.classpath"
  if [[ -f "$stamp" ]] && cmp -s "$cp" "$stamp"; then
    return 0
  fi
  rm -rf "$RP_SPARK_HOME"
  mkdir -p "$RP_SPARK_HOME/jars" "$RP_SPARK_HOME/bin" "$RP_SPARK_HOME/conf"
  local jar n=0
  while IFS= read -r jar; do
    [[ -n "$jar" && "$jar" == *.jar ]] || continue
    rp_cluster_bundled "$jar" && continue
    ln -sf "$jar" "$RP_SPARK_HOME/jars/$(basename "$jar")"
    n=$((n + 1))
  done < <(tr ':' '\n' < "$cp")
  ln -sf "$RP_HOME/jobs/cluster/spark-submit" "$RP_SPARK_HOME/bin/spark-submit"
  echo "RegionPulse local Spark home (jars linked from the Maven repository)" > "$RP_SPARK_HOME/README"
  cp "$cp" "$stamp"
  echo "spark home: $RP_SPARK_HOME ($n Spark jars)" >&2
}

# rp_cluster_java MAIN ARGS... — a Spark daemon or launcher JVM on the Spark jars only.
rp_cluster_java_cmd() {
  local heap="$1"; shift
  RP_CLUSTER_CMD=(java -Xmx"$heap" -XX:+UseParallelGC "${RP_JVM_OPENS[@]}"
    -Dlog4j2.configurationFile="$RP_CLUSTER_LOG4J" -Dfile.encoding=UTF-8
    -cp "$RP_SPARK_HOME/jars/*" "$@")
}
