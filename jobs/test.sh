#!/usr/bin/env bash
# The whole test suite — what CI runs (.ci/run calls exactly this):
#   1. one formatter for the codebase (spotless check: palantir-java-format)
#   2. Maven: unit tests of the pure text/regions/metrics code, Spark tests on literal rows,
#      end-to-end runs of the real jobs into temporary warehouses (run twice: nothing changes)
#   3. the reliability tests (jobs/test-slow.sh, tag "slow"): a stage killed hard and rerun, the
#      pipeline on a Spark standalone cluster of a master and two workers, a crawl day salted
#      with broken records (about 13 minutes on 2 idle cores)
#   4. the notebooks, executed headless against the sample warehouse
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
jobs/test-notebooks.sh
jobs/test-access.sh
