#!/usr/bin/env bash
# What the pipeline makes of one page, without Spark: same reader, cleaner and extractors.
#   jobs/inspect.sh PAGE_FILE          → one JSON object (document fields, region_mentions, metrics)
#   jobs/inspect.sh --lines FILE|-     → every line a plain-text document, one JSON line each
source "$(dirname "$0")/lib/common.sh"
cd "$RP_HOME_CWD"
RP_HEAP="${RP_HEAP:-1g}" rp_java io.regionpulse.jobs.Main inspect "$@"
