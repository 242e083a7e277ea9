#!/usr/bin/env bash
# Write a self-contained HTML dashboard of the warehouse (ECharts inlined: opens offline, mails well).
#   jobs/report.sh [--warehouse DIR] [--out FILE] [--regions 重庆,四川,440300]
# Defaults: ./warehouse, report.html. Headline counts, top regions, monthly timelines, a tile map
# of the provinces, the co-mention network, the latest metrics in their sentences, latest documents.
source "$(dirname "$0")/lib/common.sh"
cd "$RP_HOME_CWD"
RP_HEAP="${RP_HEAP:-3g}" rp_java io.regionpulse.jobs.Main report "$@"
