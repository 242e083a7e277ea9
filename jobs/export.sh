#!/usr/bin/env bash
# Export one table as plain Parquet or CSV files for tools that do not read Delta.
#   jobs/export.sh --table NAME --format parquet|csv [--where "SQL filter"] --out DIR [--overwrite] [--warehouse DIR]
#   jobs/export.sh --table NAME --format csv --single-file [--bom] --out FILE.csv   (one file, BOM for Excel)
# Partitioned like the table (pages by ingest_date, gold tables by granularity, documents /
# region_mentions / metrics by publication month); DIR/_dictionary.md and DIR/_dictionary.json
# carry the column comments. CSV: UTF-8 with a header, arrays joined with |, binary as base64.
source "$(dirname "$0")/lib/common.sh"
cd "$RP_HOME_CWD"
RP_HEAP="${RP_HEAP:-4g}" rp_java io.regionpulse.jobs.Main export "$@"
