#!/usr/bin/env bash
# The checks of the ways people read the tables:
#   1. JdbcAccessTest (Maven, tag "access"): the Hive JDBC standalone driver against a real serve
#      process: getTables/getColumns list every public table and column with comments, writes refused
#   2. tests/ (pytest): jobs/serve.sh through PyHive and SQLAlchemy's inspector (what Superset calls),
#      writes and file reads refused, user/password; jobs/report.sh in headless Chromium (screenshot
#      kept in $RP_TARGET/report-screenshot.png); jobs/export.sh read back with pandas/pyarrow, and its
#      --single-file --bom CSV converted to xlsx by headless LibreOffice
#   jobs/test-access.sh [pytest args]      (RP_SKIP_JDBC_JAVA=1 leaves out step 1)
# Creates .venv and installs chromium + chromium-driver, LibreOffice Calc (no GUI) and a CJK font
# when missing (apt-get).
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/python.sh"
cd "$RP_HOME"
rp_python_env
rp_browser
rp_apt_install libreoffice-calc-nogui
rp_build
export RP_TARGET
if [[ "${RP_SKIP_JDBC_JAVA:-0}" != 1 ]]; then
  mvn -B -ntp -q test -Dtest=JdbcAccessTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest.groups.excluded=__none__ -Dgroups=access -Drp.access.required=true -Drp.pyspark.jars="$RP_PYSPARK_JARS"
fi
exec "$RP_PYTHON" -m pytest -p no:cacheprovider -q "$RP_HOME/tests" "$@"
