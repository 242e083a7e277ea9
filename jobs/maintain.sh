#!/usr/bin/env bash
# Keep the warehouse compact and its history bounded (safe to schedule weekly; see jobs/cron.example).
#   jobs/maintain.sh [--warehouse DIR] [--retention-hours H] [--dry-run]
# OPTIMIZE every table (Z-ORDER: gold tables by region and period, region_mentions/metrics by
# region_code), then VACUUM with a retention of at least 24 h and never under a table's own
# delta.deletedFileRetentionDuration; prints files and MB per table before and after.
source "$(dirname "$0")/lib/common.sh"
cd "$RP_HOME_CWD"
RP_HEAP="${RP_HEAP:-4g}" rp_java io.regionpulse.jobs.Main maintain "$@"
