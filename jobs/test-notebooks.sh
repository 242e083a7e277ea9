#!/usr/bin/env bash
# Notebook CI: creates the Python environment (jobs/lib/python.sh), builds the sample warehouse from
# samples/ when it is missing, then executes every notebook headless and fails on any cell error.
#   jobs/test-notebooks.sh [--save]        (--save keeps the executed outputs in notebooks/*.ipynb)
# The warehouse is $RP_WAREHOUSE (default <project>/warehouse, the notebooks' default too).
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/python.sh"
cd "$RP_HOME"
rp_python_env
export RP_WAREHOUSE="${RP_WAREHOUSE:-$RP_HOME/warehouse}"
if [[ ! -d "$RP_WAREHOUSE/region_timeline/_delta_log" ]]; then
  echo "building the sample warehouse in $RP_WAREHOUSE …" >&2
  "$RP_HOME/jobs/pipeline.sh" --input "$RP_HOME/samples" --warehouse "$RP_WAREHOUSE" --quiet >&2
fi
rp_build   # the notebooks take Delta's jars from $RP_TARGET/classpath.txt
export RP_TARGET
exec "$RP_PYTHON" "$RP_HOME/notebooks/run_notebooks.py" "$@" "$RP_HOME"/notebooks/*.ipynb
