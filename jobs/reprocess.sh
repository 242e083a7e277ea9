#!/usr/bin/env bash
# Bring earlier documents up to the current rules (gazetteer, cleaning or extraction rules changed).
#   jobs/reprocess.sh [--warehouse DIR] [--stages clean,extract] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
#                     [--by published|ingest] [--only-outdated] [--dry-run] [--set k=v]
# Re-cleans from pages and/or re-extracts from documents.text, dedups what changed and refreshes
# the gold tables of the affected periods. Resumable: rerun the same command after a kill.
# The nightly run never reprocesses; schedule this separately when the rules change.
source "$(dirname "$0")/lib/common.sh"
cd "$RP_HOME_CWD"
rp_java io.regionpulse.jobs.Main reprocess "$@"
