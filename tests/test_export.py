"""jobs/export.sh: plain Parquet/CSV that pandas and pyarrow read, with the column dictionary beside."""

import json

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from conftest import PROJECT, run

EXPORT = PROJECT / "jobs" / "export.sh"


@pytest.fixture(scope="module")
def timeline_csv(warehouse, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "timeline"
    run(EXPORT, "--warehouse", warehouse, "--table", "region_timeline", "--format", "csv",
        "--where", "granularity = 'month' AND NOT is_rollup", "--out", out)
    return out


def test_csv_is_partitioned_by_granularity_and_readable(timeline_csv):
    files = sorted(timeline_csv.glob("granularity=*/*.csv"))
    assert [p.parent.name for p in files] == ["granularity=month"] * len(files) and files
    frame = pd.concat(pd.read_csv(f, dtype={"region_code": str}) for f in files)
    meta = json.loads((timeline_csv / "_dictionary.json").read_text())
    assert len(frame) == meta["rows"] > 0
    assert list(frame.columns) == [c["name"] for c in meta["columns"] if c["name"] != "granularity"]
    assert not frame.is_rollup.any()
    assert frame.region_name.str.contains("[\u4e00-\u9fff]").all()


def test_dictionary_carries_the_column_comments(timeline_csv):
    md = (timeline_csv / "_dictionary.md").read_text()
    meta = json.loads((timeline_csv / "_dictionary.json").read_text())
    assert meta["table"] == "region_timeline" and meta["partitioned_by"] == ["granularity"]
    assert meta["filter"] == "granularity = 'month' AND NOT is_rollup"
    share = next(c for c in meta["columns"] if c["name"] == "share_of_documents")
    assert share["comment"] == "documents / all documents of the period"
    assert "documents / all documents of the period" in md


def test_parquet_keeps_types_and_partitions_documents_by_month(warehouse, tmp_path):
    out = tmp_path / "documents"
    run(EXPORT, "--warehouse", warehouse, "--table", "documents", "--format", "parquet", "--out", out)
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == json.loads((out / "_dictionary.json").read_text())["rows"] > 0
    flags = table.schema.field("flags").type
    assert pa.types.is_list(flags) and flags.value_type == pa.string()  # arrays stay arrays, not strings
    assert "published_month" in table.schema.names
    assert all(p.name.startswith("published_month=") for p in out.iterdir() if p.is_dir())


def test_refuses_to_overwrite_without_being_asked(warehouse, timeline_csv):
    done = run(EXPORT, "--warehouse", warehouse, "--table", "region_timeline", "--format", "csv", "--out",
               timeline_csv, check=False)
    assert done.returncode == 2
    assert "--overwrite" in done.stderr


@pytest.mark.parametrize("args, message", [
    (["--table", "nope", "--format", "csv"], "unknown table"),
    (["--table", "runs", "--format", "xlsx"], "--format must be parquet or csv"),
])
def test_explains_bad_arguments(warehouse, tmp_path, args, message):
    done = run(EXPORT, "--warehouse", warehouse, *args, "--out", tmp_path / "x", check=False)
    assert done.returncode == 2
    assert message in done.stderr


def test_single_file_csv_with_bom(warehouse, tmp_path):
    out = tmp_path / "excel" / "timeline.csv"
    run(EXPORT, "--warehouse", warehouse, "--table", "region_timeline", "--format", "csv", "--single-file", "--bom",
        "--where", "granularity = 'month' AND NOT is_rollup", "--out", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    assert [p.name for p in out.parent.iterdir() if not p.name.startswith("timeline.dictionary")] == ["timeline.csv"]
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype={"region_code": str})
    meta = json.loads((out.parent / "timeline.dictionary.json").read_text())
    assert len(frame) == meta["rows"] > 0
    assert list(frame.columns) == [c["name"] for c in meta["columns"]]
    assert frame.region_name.str.contains("[\u4e00-\u9fff]").all()
    keys = ["granularity", "period_start", "region_code", "is_rollup"]
    assert frame[keys].astype(str).values.tolist() == frame[keys].astype(str).sort_values(keys).values.tolist()


def test_single_file_csv_opens_in_libreoffice_with_chinese_intact(warehouse, tmp_path):
    """Headless LibreOffice Calc converts the CSV to xlsx (as a spreadsheet user would open it); read back."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed (jobs/test-access.sh installs libreoffice-calc-nogui)")
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "timeline.csv"
    run(EXPORT, "--warehouse", warehouse, "--table", "region_timeline", "--format", "csv", "--single-file", "--bom",
        "--where", "granularity = 'month' AND NOT is_rollup", "--out", out)
    expected = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    # CSV import as the dialog sets it for this file: comma, double quote, character set 76 = UTF-8, from
    # line 1. (Headless, without a filter, LibreOffice reads the file in the locale's 8-bit charset.)
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=300)
    book = openpyxl.load_workbook(tmp_path / "timeline.xlsx", read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    header = [str(c) for c in rows[0]]
    assert header == list(expected.columns), "header intact (no BOM residue in the first name)"
    names = [r[header.index("region_name")] for r in rows[1:]]
    assert names == expected.region_name.tolist(), "Chinese region names read back unchanged"
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in n) for n in names)
