"""Runs notebooks headless (nbclient) and fails on any cell error: the notebook CI.

    .venv/bin/python notebooks/run_notebooks.py [--save] notebooks/*.ipynb

With --save the executed outputs are written back (how the committed outputs were made).
Prints one line per notebook and a closing "N passed, N failed" line; exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def run(path: pathlib.Path, save: bool, timeout: int) -> str | None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
    except CellExecutionError as e:
        return str(e).strip().splitlines()[-1] if str(e).strip() else repr(e)
    finally:
        if save:
            for cell in nb.cells:
                cell.metadata.pop("execution", None)
            nbformat.write(nb, path)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    return f"{len(errors)} error outputs" if errors else None


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", action="store_true", help="write the executed outputs back into the notebooks")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per cell (default 900)")
    ap.add_argument("notebooks", nargs="+", type=pathlib.Path)
    args = ap.parse_args(argv)
    passed = failed = 0
    for path in args.notebooks:
        started = time.monotonic()
        error = run(path, args.save, args.timeout)
        took = time.monotonic() - started
        if error:
            failed += 1
            print(f"FAIL {path.name} ({took:.0f}s): {error}", flush=True)
        else:
            passed += 1
            print(f"ok   {path.name} ({took:.0f}s)", flush=True)
    print(f"notebooks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
