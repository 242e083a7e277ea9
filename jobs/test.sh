#!/usr/bin/env bash
# The whole test suite — what CI runs (.ci/run calls exactly this):
#   1. one formatter for the codebase (spotless check: palantir-java-format)
#   2. Maven: unit tests of the pure text/regions/metrics code, Spark tests on literal rows,
#      end-to-end runs of the real jobs into temporary warehouses (run twice: nothing changes)
#   3. the reliability tests (jobs/test-slow.sh, tag "slow"): a stage killed hard and rerun, the
#      pipeline on a Spark standalone cluster of a master and two workers, a crawl day salted
#      with broken records (about 13 minutes on 2 idle cores)
#   4. the notebooks, executed headless against the sample warehouse, beside
#   5. the ways people read the tables: JDBC/Thrift through a Python client, the HTML report in
#      headless Chromium, plain exports read back with pandas
# Needs a JDK 17, Maven 3.8+ and Python 3.11 with pip; the Python environment (.venv), Chromium
# and a CJK font are installed by the scripts themselves.
# RP_SKIP_SLOW=1 leaves out step 3 (for a quick local check; CI runs everything).
set -euo pipefail
RP_HOME="$(cd "$(dirname "$0")/.." && pwd)"
cd "$RP_HOME"
command -v mvn >/dev/null 2>&1 || { echo "regionpulse: mvn not found: install Maven 3.8+" >&2; exit 2; }
mvn -B -ntp -q spotless:check
mvn -B -ntp test "$@"
[[ "${RP_SKIP_SLOW:-0}" == 1 ]] || jobs/test-slow.sh
# Steps 4 and 5 read the same sample warehouse and start their own JVMs and Python processes;
# they run side by side (each one's output is printed whole when both are done), after what both
# need is in place: the jar, the Python environment, the system packages, the sample warehouse.
source jobs/lib/common.sh
source jobs/lib/python.sh
rp_build
rp_python_env
rp_browser
rp_apt_install libreoffice-calc-nogui
export RP_WAREHOUSE="${RP_WAREHOUSE:-$RP_HOME/warehouse}"
if [[ ! -d "$RP_WAREHOUSE/region_timeline/_delta_log" ]]; then
  # interpreted projections, as in the Maven tests (the pom's rp.test.spark.opts): less CPU on small data
  RP_JAVA_OPTS="${RP_JAVA_OPTS:-} -Dspark.sql.codegen.factoryMode=NO_CODEGEN" \
    jobs/pipeline.sh --input samples --warehouse "$RP_WAREHOUSE" --quiet
fi
logs="$(mktemp -d)"
jobs/test-notebooks.sh >"$logs/notebooks.log" 2>&1 & notebooks=$!
jobs/test-access.sh >"$logs/access.log" 2>&1 & access=$!
failed=0
wait "$notebooks" || failed=1
wait "$access" || failed=1
cat "$logs/notebooks.log" "$logs/access.log"
exit "$failed"
