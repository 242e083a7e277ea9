#!/usr/bin/env bash
# The Python-side checks of the ways people read the tables (tests/): jobs/serve.sh through a
# HiveServer2 client (PyHive), jobs/report.sh in headless Chromium (screenshot kept in
# $RP_TARGET/report-screenshot.png), jobs/export.sh read back with pandas/pyarrow.
#   jobs/test-access.sh [pytest args]
# Creates .venv and installs chromium + chromium-driver + a CJK font when missing (apt-get).
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/python.sh"
cd "$RP_HOME"
rp_python_env
rp_browser
rp_build
export RP_TARGET
exec "$RP_PYTHON" -m pytest -p no:cacheprovider -q "$RP_HOME/tests" "$@"
