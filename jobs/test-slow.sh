#!/usr/bin/env bash
# The long reliability tests: a stage killed hard and rerun, the pipeline on a Spark standalone
# cluster (master + two workers on this machine), a corpus salted with broken records.
# They start child JVMs running the real launchers: about 13 minutes on 2 idle cores. jobs/test.sh
# (CI) runs this after the fast suite.
set -euo pipefail
RP_HOME="$(cd "$(dirname "$0")/.." && pwd)"
cd "$RP_HOME"
mvn -B -ntp -q -Dmaven.test.skip=true package   # ClusterTest submits the cluster jar
mvn -B -ntp test -Dtest.groups.excluded=__none__ -Dgroups=slow -Drp.cluster.required=true "$@"
