#!/usr/bin/env bash
# Run the RegionPulse pipeline.
#   jobs/pipeline.sh [--input PATH]... [--warehouse DIR] [--stages ingest,clean,dedup,extract,aggregate]
#                    [--master URL] [--conf FILE] [--set key=value]...
# Defaults: the bundled samples/ corpus, ./warehouse, all stages, local[*].
# Builds the jar if missing; prints per-stage counts and the top regions at the end.
# With --master spark://… (or yarn, k8s://…) it submits the cluster jar with spark-submit
# ($SPARK_HOME/bin/spark-submit or spark-submit on PATH).
source "$(dirname "$0")/lib/common.sh"
cd "$RP_HOME_CWD"
master=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --master) master="${args[$((i + 1))]:-}" ;;
    --master=*) master="${args[$i]#--master=}" ;;
  esac
done
if [[ "$master" == spark://* || "$master" == yarn* || "$master" == k8s://* ]]; then
  rp_build
  submit="${SPARK_HOME:+$SPARK_HOME/bin/}spark-submit"
  # No distribution: the local cluster of jobs/cluster/start.sh brings its own launcher.
  if ! command -v "$submit" >/dev/null 2>&1 && [[ -d "${RP_CLUSTER_DIR:-/tmp/regionpulse-cluster}/spark-home/jars" ]]; then
    submit="$RP_HOME/jobs/cluster/spark-submit"
  fi
  command -v "$submit" >/dev/null 2>&1 || rp_die "spark-submit not found: set SPARK_HOME to a Spark 4.2 distribution"
  exec "$submit" --master "$master" --class io.regionpulse.jobs.Main \
    --conf "spark.driver.extraJavaOptions=${RP_JVM_OPENS[*]}" \
    --conf "spark.executor.extraJavaOptions=${RP_JVM_OPENS[*]}" \
    ${RP_SUBMIT_OPTS:-} "$RP_CLUSTER_JAR" pipeline "$@"
fi
# Relative default input resolves against the project when run from elsewhere.
has_input=0
for a in "$@"; do [[ "$a" == --input* ]] && has_input=1; done
if [[ $has_input -eq 0 && ! -d samples && -d "$RP_HOME/samples" ]]; then
  set -- --input "$RP_HOME/samples" "$@"
fi
rp_java io.regionpulse.jobs.Main pipeline "$@"
