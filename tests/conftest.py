"""Fixtures of the Python-side checks (jobs/test-access.sh runs them with the project's .venv).

They drive the real launchers (jobs/serve.sh, jobs/report.sh, jobs/export.sh, jobs/sql.sh) on the
sample warehouse: $RP_WAREHOUSE, default <project>/warehouse, built from samples/ when missing.
"""

import os
import pathlib
import subprocess

import pytest

PROJECT = pathlib.Path(__file__).resolve().parent.parent
ARTIFACTS = pathlib.Path(os.environ.get("RP_TARGET") or PROJECT / "target")


def run(*args, check=True, timeout=900):
    """Runs a project launcher, returns the completed process (stdout/stderr as text)."""
    return subprocess.run([str(a) for a in args], cwd=PROJECT, text=True, capture_output=True, timeout=timeout, check=check)


@pytest.fixture(scope="session")
def warehouse() -> pathlib.Path:
    w = pathlib.Path(os.environ.get("RP_WAREHOUSE") or PROJECT / "warehouse")
    if not (w / "region_timeline" / "_delta_log").is_dir():
        run(PROJECT / "jobs" / "pipeline.sh", "--input", PROJECT / "samples", "--warehouse", w, "--quiet", timeout=3600)
    return w


@pytest.fixture(scope="session")
def artifacts() -> pathlib.Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
