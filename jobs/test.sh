#!/usr/bin/env bash
# The whole test suite — what CI runs (.ci/run calls exactly this):
#   1. Maven: unit tests (pure text/regions/metrics code), Spark tests on literal rows,
#      end-to-end runs of the real jobs into temporary warehouses, reliability tests.
#   2. The notebooks, executed headless against the sample warehouse (when notebooks/ has them).
# Needs only a JDK 17, Maven 3.8+ and Python 3.11 with pip; everything else it installs itself.
set -euo pipefail
RP_HOME="$(cd "$(dirname "$0")/.." && pwd)"
cd "$RP_HOME"
command -v mvn >/dev/null 2>&1 || { echo "regionpulse: mvn not found: install Maven 3.8+" >&2; exit 2; }
# Tests tagged "slow" (crash, cluster) run here too; `mvn test` alone skips them.
mvn -B -ntp test -Dtest.groups.excluded=__none__ "$@"
if [[ -x jobs/test-notebooks.sh ]]; then
  jobs/test-notebooks.sh
fi
