#!/usr/bin/env bash
# The scheduled run: one day's crawl folder through every stage.
#   jobs/nightly.sh --date YYYY-MM-DD [--warehouse DIR] [--conf FILE] [--set key=value]...
# The folder is regionpulse.nightly.input-pattern with {date} filled in (default "crawl/{date}";
# override with --set regionpulse.nightly.input-pattern=/data/crawl/{yyyy}/{MM}/{dd}).
# stdout: exactly one summary line; stage progress and logs go to stderr.
# Exit codes for the scheduler:
#   0  done (new pages ingested and every stage ran)
#   3  nothing to do (folder missing or empty, or no new pages and nothing left pending)
#   1  failed (rerun the same date: stages are idempotent and finish what a crash left)
#   2  usage error (bad date, unknown option, bad configuration)
# Environment: RP_HEAP (default 6g), RP_JAVA_OPTS, RP_TARGET (build folder).
source "$(dirname "$0")/lib/common.sh"
cd "$RP_HOME_CWD"
rp_java io.regionpulse.jobs.Main nightly "$@"
