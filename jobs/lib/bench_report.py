#!/usr/bin/env python3
"""Markdown report of a jobs/bench.sh run (stages.csv + floors.csv), for docs/benchmarks.md.

Rates "per core" divide by the cores of the Spark master (local[k] -> k). docs/s is corpus
documents per second of the stage; MB/s is corpus input MB (raw files) per second of the stage,
so every stage is compared on the same volume. The floors run on one core.
"""
import argparse
import csv
import datetime
import os
import re
import subprocess
from collections import defaultdict

STAGES = ["ingest", "clean", "dedup", "extract", "aggregate"]


def cores(master):
    m = re.match(r"local\[(\d+|\*)\]", master)
    if not m:
        return os.cpu_count() or 1
    return (os.cpu_count() or 1) if m.group(1) == "*" else int(m.group(1))


def cpu_of(row):
    v = (row.get("cpu_seconds") or "").strip()
    return float(v) if v else 0.0


def cost(row):
    return cpu_of(row) or float(row["seconds"])


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=10).stdout.strip()
    except Exception:  # noqa: BLE001 - a missing tool only blanks one machine field
        return "?"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stages", required=True)
    ap.add_argument("--floors", required=True)
    ap.add_argument("--commit", default="?")
    a = ap.parse_args()

    runs = defaultdict(dict)  # (docs, master) -> stage -> row
    meta = {}
    with open(a.stages, newline="") as f:
        for r in csv.DictReader(f):
            key = (int(r["docs"]), r["master"])
            runs[key][r["stage"]] = r
            meta[key] = r
    floors = defaultdict(dict)  # docs -> measure -> row
    with open(a.floors, newline="") as f:
        for r in csv.DictReader(f):
            floors[int(r["docs"])][r["measure"]] = r

    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    model = sh("lscpu | sed -n 's/^Model name: *//p' | head -1")
    mem = sh("free -h | awk '/^Mem:/ {print $2}'")
    load = sh("cut -d' ' -f1-3 /proc/loadavg")
    out = []
    out.append(f"### Run of {now} (commit {a.commit})\n")
    out.append(f"Machine: `nproc` = {sh('nproc')}, memory {mem}, CPU {model}; load average at the end "
               f"of the run {load} (the machine is shared: compare ratios within this run).\n")

    out.append("Per stage. Wall seconds come from the `runs` table; CPU seconds are the pipeline JVM's "
               "(all threads, from /proc) during the stage. On a shared machine the CPU columns are the "
               "per-core measure; the wall columns include waiting for the neighbours.\n")
    out.append("| docs | master | stage | input rows | wall s | docs/s | docs/s per core (wall) | MB/s per core (wall) "
               "| CPU s | docs per CPU-s | MB per CPU-s |")
    out.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (n, m) in sorted(runs):
        c = cores(m)
        mb = int(meta[(n, m)]["corpus_bytes"]) / 1e6
        for st in STAGES + ["total"]:
            if st == "total":
                secs = sum(float(r["seconds"]) for r in runs[(n, m)].values())
                cpu = sum(cpu_of(r) for r in runs[(n, m)].values())
                rows = ""
            elif st in runs[(n, m)]:
                secs = float(runs[(n, m)][st]["seconds"])
                cpu = cpu_of(runs[(n, m)][st])
                rows = f"{int(runs[(n, m)][st]['input_rows']):,}"
            else:
                continue
            secs = max(secs, 0.001)
            name = "**all stages**" if st == "total" else st
            cpu_cells = f"{cpu:.1f} | {n / cpu:,.1f} | {mb / cpu:.3f}" if cpu > 0 else "- | - | -"
            out.append(f"| {n:,} | {m} | {name} | {rows} | {secs:.1f} | {n / secs:,.1f} | {n / secs / c:,.1f} | "
                       f"{mb / secs / c:.3f} | {cpu_cells} |")
    out.append("")

    out.append("Whole runs (JVM start to exit), peak memory (max RSS), and the pipeline against the floors: "
               "documents per CPU-second, the pipeline's summed over its stages, the floors' on one thread, "
               "same corpus:\n")
    out.append("| docs | master | corpus MB | wall s | peak RSS | pipeline docs per CPU-s | read+decode floor docs per CPU-s | "
               "segmentation floor docs per CPU-s | pipeline / segmentation floor |")
    out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for (n, m) in sorted(runs):
        c = cores(m)
        r0 = meta[(n, m)]
        cpu = sum(cpu_of(r) for r in runs[(n, m)].values())
        pipe = n / cpu if cpu > 0 else n / max(sum(float(r["seconds"]) for r in runs[(n, m)].values()), 0.001) / c
        rd = float(floors[n]["read_decode"]["docs_per_s"]) if "read_decode" in floors[n] else 0
        sg = float(floors[n]["segment"]["docs_per_s"]) if "segment" in floors[n] else 0
        ratio = f"{100 * pipe / sg:.0f}%" if sg else "-"
        out.append(f"| {n:,} | {m} | {int(r0['corpus_bytes']) / 1e6:.0f} | {float(r0['wall_seconds']):.0f} | "
                   f"{int(r0['peak_rss_kb']) / 1024 / 1024:.1f} GiB | {pipe:,.1f} | {rd:,.0f} | {sg:,.0f} | {ratio} |")
    out.append("")

    out.append("Floors (one thread, CPU seconds of that thread, same corpus, at most the first pages given by --floors-limit; "
               "analyze is not a floor: the extract stage's whole per-document work, to compare with its CPU):\n")
    out.append("| docs | measure | pages measured | input MB | chars | CPU s | docs per CPU-s | MB per CPU-s |")
    out.append("|---:|---|---:|---:|---:|---:|---:|---:|")
    for n in sorted(floors):
        for meas in ["read_decode", "clean_only", "segment", "analyze"]:
            if meas in floors[n]:
                r = floors[n][meas]
                out.append(f"| {n:,} | {meas} | {int(r['measured_docs']):,} | {int(r['bytes']) / 1e6:.1f} | "
                           f"{int(r['chars']):,} | {float(r['seconds']):.1f} | {float(r['docs_per_s']):,.0f} | {float(r['mb_per_s']):.2f} |")
    out.append("")

    masters = sorted({m for (_, m) in runs})
    if "local[1]" in masters and "local[2]" in masters:
        out.append("Scaling: wall seconds on local[1] / on local[2] (2.0 = linear in cores; meaningless when the "
                   "machine is saturated by other work), and in brackets CPU seconds on local[2] / on local[1] "
                   "(1.0 = no parallel overhead):\n")
        out.append("| docs | " + " | ".join(STAGES) + " | all |")
        out.append("|---:|" + "---:|" * (len(STAGES) + 1))
        for n in sorted({n for (n, _) in runs}):
            one, two = runs.get((n, "local[1]"), {}), runs.get((n, "local[2]"), {})
            if not one or not two:
                continue
            cells = []
            for st in STAGES:
                if st in one and st in two:
                    ov = f" ({cpu_of(two[st]) / cpu_of(one[st]):.2f})" if cpu_of(one[st]) > 0 and cpu_of(two[st]) > 0 else ""
                    cells.append(f"{float(one[st]['seconds']) / max(float(two[st]['seconds']), 0.001):.2f}{ov}")
                else:
                    cells.append("-")
            t1 = sum(float(r["seconds"]) for r in one.values())
            t2 = sum(float(r["seconds"]) for r in two.values())
            cells.append(f"{t1 / max(t2, 0.001):.2f}")
            out.append(f"| {n:,} | " + " | ".join(cells) + " |")
        out.append("")

    sizes = sorted({n for (n, _) in runs})
    if len(sizes) >= 2:
        out.append("Growth: stage CPU seconds (wall seconds where CPU was not sampled) at the larger size / at the "
                   "smaller size, divided by the size ratio (1.0 = linear, below 1 = fixed costs amortised):\n")
        out.append("| master | sizes | " + " | ".join(STAGES) + " | all |")
        out.append("|---|---|" + "---:|" * (len(STAGES) + 1))
        for m in masters:
            for lo, hi in zip(sizes, sizes[1:]):
                a1, b1 = runs.get((lo, m), {}), runs.get((hi, m), {})
                if not a1 or not b1:
                    continue
                k = hi / lo
                cells = []
                for st in STAGES:
                    if st in a1 and st in b1:
                        cells.append(f"{cost(b1[st]) / max(cost(a1[st]), 0.001) / k:.2f}")
                    else:
                        cells.append("-")
                ta = sum(cost(r) for r in a1.values())
                tb = sum(cost(r) for r in b1.values())
                cells.append(f"{tb / max(ta, 0.001) / k:.2f}")
                out.append(f"| {m} | {lo:,} → {hi:,} | " + " | ".join(cells) + " |")
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
