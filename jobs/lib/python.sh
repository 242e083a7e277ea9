#!/usr/bin/env bash
# The project's Python environment (notebooks, notebook CI, the serve/report browser tests).
#   source jobs/lib/python.sh && rp_python_env      # creates/refreshes <project>/.venv, exports RP_PYTHON
#   jobs/lib/python.sh                              # same, from the command line
# Pinned in notebooks/requirements.txt (pyspark and delta-spark at the jobs' Spark and Delta versions).
# Also installs, when missing and when allowed to (root + apt-get), the system pieces the checks need:
# a CJK font (fonts-noto-cjk) so Chinese labels render, and with --browser chromium + chromium-driver.
set -euo pipefail

RP_HOME="${RP_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
RP_REQUIREMENTS="$RP_HOME/notebooks/requirements.txt"
# One environment per pinned requirements file, kept in the user's cache like Maven's ~/.m2, so a
# fresh checkout (or CI) on a machine that already built it does not download pyspark again;
# <project>/.venv is a link to it.
RP_VENV="${RP_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/regionpulse/venv-$(sha256sum "$RP_REQUIREMENTS" | cut -c1-12)}"

rp_py_die() { echo "regionpulse: $*" >&2; exit 2; }

# apt-get install PACKAGES... when any is missing (needs root; once per machine).
rp_apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  command -v apt-get >/dev/null 2>&1 || rp_py_die "missing system packages: ${missing[*]} (install them with your package manager)"
  local sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  echo "installing system packages: ${missing[*]} …" >&2
  $sudo apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 \
    || rp_py_die "apt-get install ${missing[*]} failed"
}

rp_cjk_font() {
  rp_apt_install fonts-noto-cjk fontconfig
}

rp_browser() {
  rp_apt_install chromium chromium-driver
}

# Creates the venv and installs the pinned requirements when the venv is missing or the file changed.
rp_python_env() {
  local py="${RP_PYTHON_BIN:-python3}"
  command -v "$py" >/dev/null 2>&1 || rp_py_die "python3 not found: install Python 3.10–3.12"
  "$py" -c 'import sys; sys.exit(0 if (3, 10) <= sys.version_info[:2] <= (3, 12) else 1)' \
    || rp_py_die "Python 3.10–3.12 is needed for pyspark 4.2 (found: $("$py" --version 2>&1))"
  local stamp="$RP_VENV/.requirements.sha256"
  local want
  want="$(sha256sum "$RP_REQUIREMENTS" | cut -d' ' -f1)"
  if [[ ! -x "$RP_VENV/bin/python" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    echo "creating the Python environment in $RP_VENV (pyspark is a 450 MB download the first time) …" >&2
    mkdir -p "$(dirname "$RP_VENV")"
    [[ -x "$RP_VENV/bin/python" ]] || "$py" -m venv "$RP_VENV"
    "$RP_VENV/bin/python" -m pip install -q --upgrade pip >&2
    "$RP_VENV/bin/python" -m pip install -q -r "$RP_REQUIREMENTS" >&2 || rp_py_die "pip install -r $RP_REQUIREMENTS failed"
    "$RP_VENV/bin/python" -m ipykernel install --sys-prefix --name python3 >/dev/null
    echo "$want" > "$stamp"
  fi
  if [[ "$RP_VENV" != "$RP_HOME/.venv" && ( -L "$RP_HOME/.venv" || ! -e "$RP_HOME/.venv" ) ]]; then
    ln -sfn "$RP_VENV" "$RP_HOME/.venv"
  fi
  rp_cjk_font
  export RP_PYTHON="$RP_VENV/bin/python"
  RP_PYSPARK_JARS="$("$RP_PYTHON" -c 'import os, pyspark; print(os.path.join(os.path.dirname(pyspark.__file__), "jars"))')"
  export RP_PYSPARK_JARS
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  [[ "${1:-}" == "--browser" ]] && rp_browser
  rp_python_env
  echo "$RP_PYTHON"
fi
