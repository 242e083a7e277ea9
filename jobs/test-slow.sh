#!/usr/bin/env bash
# The long reliability tests: a stage killed hard and rerun, the pipeline on a Spark standalone
# cluster (master + two workers on this machine), a corpus salted with broken records.
# They start child JVMs running the real launchers: about 13 minutes on 2 idle cores. jobs/test.sh
# (CI) runs this after the fast suite, beside the notebooks and the access tests.
# RP_SLOW_GROUPS (default "slow") picks the JUnit tags: jobs/test.sh adds "access" (JdbcAccessTest)
# so that it shares this Maven run. RP_PACKAGED=1 says the jar is already built from these sources.
set -euo pipefail
RP_HOME="$(cd "$(dirname "$0")/.." && pwd)"
cd "$RP_HOME"
if [[ "${RP_PACKAGED:-0}" != 1 ]]; then
  mvn -B -ntp -q -Dmaven.test.skip=true package   # ClusterTest submits the cluster jar
fi
mvn -B -ntp test -Dtest.groups.excluded=__none__ -Dgroups="${RP_SLOW_GROUPS:-slow}" -Drp.cluster.required=true "$@"
