#!/usr/bin/env bash
# Query any warehouse table by name.
#   jobs/sql.sh [--warehouse DIR] [--format table|csv|json] [--limit N] "SQL"
#   jobs/sql.sh --dictionary          # the data dictionary of every table (Markdown)
source "$(dirname "$0")/lib/common.sh"
cd "$RP_HOME_CWD"
if [[ "${1:-}" == "--dictionary" ]]; then
  RP_HEAP=1g rp_java io.regionpulse.jobs.Main dictionary
fi
RP_HEAP="${RP_HEAP:-4g}" rp_java io.regionpulse.jobs.Main sql "$@"
