"""Shared setup of the RegionPulse notebooks.

    import rpnb
    spark = rpnb.session()          # Spark + Delta, every warehouse table registered by name
    rpnb.setup_plots()              # matplotlib with a CJK font so Chinese labels render

The warehouse comes from the environment variable RP_WAREHOUSE, defaulting to the sample
warehouse <project>/warehouse that `jobs/pipeline.sh` builds from samples/.

Spark and Delta are the jobs' versions (notebooks/requirements.txt pins pyspark 4.2.0 and
delta-spark 4.4.0). Delta's jars are taken from the project build (target/classpath.txt, written
by the Maven build that `jobs/pipeline.sh` runs), so nothing is downloaded when a notebook runs.
"""

from __future__ import annotations

import glob
import os
import pathlib
import tempfile
import warnings

PROJECT = pathlib.Path(__file__).resolve().parent.parent
WAREHOUSE = os.environ.get("RP_WAREHOUSE") or str(PROJECT / "warehouse")
DELTA_VERSION = "4.4.0"

# Pipeline order, as in src/main/java/io/regionpulse/tables/Tables.java.
TABLES = [
    "pages", "rejects", "documents", "region_mentions", "metrics",
    "region_timeline", "region_comention", "region_keywords", "metric_timeline", "runs",
]

CJK_FONTS = [
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Noto Sans CJK JP",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", "SimHei",
]


def delta_jars() -> list[str]:
    """The Delta jars of the project's Maven build (RP_DELTA_JARS, comma-separated, wins)."""
    if os.environ.get("RP_DELTA_JARS"):
        return os.environ["RP_DELTA_JARS"].split(",")
    targets = [os.environ.get("RP_TARGET"), str(PROJECT / "target")]
    for target in filter(None, targets):
        cp = pathlib.Path(target) / "classpath.txt"
        if cp.is_file():
            jars = [p for p in cp.read_text().strip().split(":")
                    if ("/io/delta/" in p or "/io/unitycatalog/" in p) and os.path.isfile(p)]
            if any("delta-spark" in j for j in jars):
                return jars
    m2 = pathlib.Path.home() / ".m2" / "repository"
    jars = [j for pattern in (f"io/delta/*/{DELTA_VERSION}/*.jar", "io/unitycatalog/*/*/*.jar")
            for j in glob.glob(str(m2 / pattern)) if not j.endswith(("-sources.jar", "-tests.jar"))]
    if any("delta-spark" in j for j in jars):
        return jars
    raise RuntimeError("Delta jars not found: build the project first (jobs/pipeline.sh builds it), "
                       "or set RP_DELTA_JARS to a comma-separated list of jars")


def session(warehouse: str | None = None, master: str | None = None):
    """A local Spark session with Delta, the warehouse's tables registered by name."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    spark = (
        SparkSession.builder.appName("RegionPulse notebook")
        .master(master or os.environ.get("RP_MASTER", "local[2]"))
        .config("spark.jars", ",".join(delta_jars()))
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.sql.warehouse.dir", tempfile.mkdtemp(prefix="rp-notebook-"))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.memory", os.environ.get("RP_NOTEBOOK_MEMORY", "2g"))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    register(spark, warehouse or WAREHOUSE)
    return spark


def register(spark, warehouse: str) -> list[str]:
    """CREATE TABLE IF NOT EXISTS <name> USING delta LOCATION '<warehouse>/<name>' for each table present."""
    from delta.tables import DeltaTable

    root = warehouse.rstrip("/")
    found = []
    for name in TABLES:
        path = f"{root}/{name}"
        if DeltaTable.isDeltaTable(spark, path):
            spark.sql(f"CREATE TABLE IF NOT EXISTS `{name}` USING delta LOCATION '{path}'")
            found.append(name)
    if not found:
        raise RuntimeError(f"no RegionPulse tables in {root}: run jobs/pipeline.sh "
                           f"(or set RP_WAREHOUSE to your warehouse)")
    return found


def setup_plots(dpi: int = 80) -> str | None:
    """matplotlib with a CJK font (Chinese labels instead of empty boxes) and small inline figures."""
    import matplotlib
    from matplotlib import font_manager

    def available():
        return {f.name for f in font_manager.fontManager.ttflist}

    names = available()
    if not any(f in names for f in CJK_FONTS):
        # Installed after matplotlib built its font cache: rebuild once.
        font_manager.fontManager = font_manager._load_fontmanager(try_read_cache=False)
        names = available()
    chosen = [f for f in CJK_FONTS if f in names]
    if not chosen:
        warnings.warn("no CJK font found: Chinese labels will not render "
                      "(Debian/Ubuntu: apt-get install fonts-noto-cjk; jobs/lib/python.sh installs it)")
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = chosen + list(matplotlib.rcParams["font.sans-serif"])
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["figure.dpi"] = dpi
    matplotlib.rcParams["figure.figsize"] = (9, 4)
    matplotlib.rcParams["axes.spines.top"] = False
    matplotlib.rcParams["axes.spines.right"] = False
    return chosen[0] if chosen else None


def sentence_around(text: str, start: int, end: int, limit: int = 60) -> str:
    """The sentence of documents.text that holds [start, end), the span marked 【…】.

    >>> sentence_around("全市生产总值3万亿元。增长6%。", 6, 10)
    '全市生产总值【3万亿元】。'
    """
    if text is None:
        return ""
    marks = "。！？!?\n"
    left = max((text.rfind(m, 0, start) for m in marks), default=-1) + 1
    left = max(left, start - limit)
    right_candidates = [i for i in (text.find(m, end) for m in marks) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    right = min(right, end + limit)
    return (text[left:start] + "【" + text[start:end] + "】" + text[end:right]).strip()
