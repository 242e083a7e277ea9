#!/usr/bin/env bash
# The whole test suite — what CI runs (.ci/run calls exactly this):
#   1. one formatter for the codebase (spotless check: palantir-java-format)
#   2. Maven: unit tests of the pure text/regions/metrics code, Spark tests on literal rows,
#      end-to-end runs of the real jobs into temporary warehouses (run twice: nothing changes)
#   3. the reliability tests (jobs/test-slow.sh, tag "slow"): a stage killed hard and rerun, the
#      pipeline on a Spark standalone cluster of a master and two workers, a crawl day salted
#      with broken records (about 13 minutes on 2 idle cores); JdbcAccessTest (tag "access") too
#   4. the notebooks, executed headless against the sample warehouse, beside
#   5. the ways people read the tables: JDBC/Thrift through a Python client, the HTML report in
#      headless Chromium, plain exports read back with pandas
# 4 and 5 run beside 3, and what they install is fetched while 2 runs.
# Needs a JDK 17, Maven 3.8+ and Python 3.11 with pip; the Python environment (.venv), Chromium
# and a CJK font are installed by the scripts themselves.
# RP_SKIP_SLOW=1 leaves out step 3 (for a quick local check; CI runs everything).
set -euo pipefail
RP_HOME="$(cd "$(dirname "$0")/.." && pwd)"
cd "$RP_HOME"
command -v mvn >/dev/null 2>&1 || { echo "regionpulse: mvn not found: install Maven 3.8+" >&2; exit 2; }
source jobs/lib/common.sh
source jobs/lib/python.sh
logs="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
mvn -B -ntp -q spotless:check
# What steps 4 and 5 need from outside (the Python environment with pyspark, Chromium, LibreOffice,
# a CJK font) is downloads and package installs, minutes on a fresh machine: fetched while Maven
# tests run.
(rp_python_env && rp_browser && rp_apt_install libreoffice-calc-nogui) >"$logs/setup.log" 2>&1 &
setup=$!
export RP_TARGET RP_WAREHOUSE="${RP_WAREHOUSE:-$RP_HOME/warehouse}"
# PipelineEndToEndTest's run on the samples becomes the sample warehouse of steps 4 and 5 (when
# RP_WAREHOUSE does not exist yet): one pipeline run on the samples instead of two.
mvn -B -ntp test -Drp.sample.warehouse="$RP_WAREHOUSE" "$@"
# The jar: ClusterTest submits it, the sample warehouse and the notebooks run it.
mvn -B -ntp -q -Dmaven.test.skip=true package
wait "$setup" || { cat "$logs/setup.log" >&2; echo "regionpulse: setting up Python, Chromium or LibreOffice failed" >&2; exit 1; }
rp_python_env   # installed above by now: only exports RP_PYTHON and RP_PYSPARK_JARS here
# Steps 4 and 5 read the same sample warehouse and start their own JVMs and Python processes. They
# run side by side, and beside step 3 (each one's output is printed whole when it is done): run one
# after the other, the steps used 1.2-1.4 of two cores on average (docs/benchmarks.md).
readers() {  # $1: 1 when JdbcAccessTest runs in step 3's Maven run (tag "access"), not in a second one
  if [[ ! -d "$RP_WAREHOUSE/region_timeline/_delta_log" ]]; then
    # interpreted projections, as in the Maven tests (the pom's rp.test.spark.opts): less CPU on small data
    RP_JAVA_OPTS="${RP_JAVA_OPTS:-} -Dspark.sql.codegen.factoryMode=NO_CODEGEN" \
      jobs/pipeline.sh --input samples --warehouse "$RP_WAREHOUSE" --quiet || return 1
  fi
  local failed=0
  jobs/test-notebooks.sh >"$logs/notebooks.log" 2>&1 & local notebooks=$!
  RP_SKIP_JDBC_JAVA="$1" jobs/test-access.sh >"$logs/access.log" 2>&1 & local access=$!
  wait "$notebooks" || failed=1
  wait "$access" || failed=1
  cat "$logs/notebooks.log" "$logs/access.log"
  return "$failed"
}
failed=0
if [[ "${RP_SKIP_SLOW:-0}" == 1 ]]; then
  readers 0 || failed=1
else
  readers 1 >"$logs/readers.log" 2>&1 & readers_pid=$!
  RP_PACKAGED=1 RP_SLOW_GROUPS=slow,access jobs/test-slow.sh -Drp.access.required=true \
    -Drp.pyspark.jars="$RP_PYSPARK_JARS" || failed=1
  wait "$readers_pid" || failed=1
  cat "$logs/readers.log"
fi
exit "$failed"
