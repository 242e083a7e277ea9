#!/usr/bin/env python3
"""The night benchmark's report (jobs/bench.sh --history N --day M): the same crawl day into an
empty warehouse and into one holding N documents, per pipeline stage.

Reads from --dir: runs-TAG.csv (stage, rows, started_ms, finished_ms from the runs table),
cpu-TAG.csv (stage CPU seconds of the JVM, jobs/lib/stage_cpu.py), io-TAG.csv (one line per
finished Spark stage: epoch_ms, records read from files, bytes read, shuffle records read; summed
over the Spark stages that finished inside the pipeline stage), time-TAG.txt (GNU time: peak RSS)
and wall-TAG.txt, for TAG in day-empty, day-history and (if present) history.
"""
import argparse
import csv
import os

STAGES = ["ingest", "clean", "dedup", "extract", "aggregate"]


def load(d, tag):
    runs = {}
    p = os.path.join(d, f"runs-{tag}.csv")
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if rows:  # the run just measured: the one of the latest stage start (a history copy holds earlier runs)
        last = max(rows, key=lambda r: int(r["started_ms"] or 0))["run_id"]
        for r in rows:
            if r["run_id"] == last:
                runs[r["stage"]] = r
    cpu = {}
    with open(os.path.join(d, f"cpu-{tag}.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cpu[r["stage"]] = float(r["cpu_seconds"])
    io = []
    p = os.path.join(d, f"io-{tag}.csv")
    if os.path.exists(p):
        with open(p) as f:
            for line in f:
                t, rec, byt, shuf = (int(x) for x in line.strip().split(","))
                io.append((t, rec, byt, shuf))
    rss = 0
    with open(os.path.join(d, f"time-{tag}.txt")) as f:
        for line in f:
            if "Maximum resident set size" in line:
                rss = int(line.rsplit(":", 1)[1])
    with open(os.path.join(d, f"wall-{tag}.txt")) as f:
        wall = float(f.read().strip())
    stages = {}
    for st, r in runs.items():
        if not r["finished_ms"]:
            continue  # a stage left running (killed run)
        a, b = int(r["started_ms"]), int(r["finished_ms"])
        inside = [x for x in io if a <= x[0] <= b + 500]
        stages[st] = {
            "input": int(r["input_rows"] or 0),
            "output": int(r["output_rows"] or 0),
            "wall": (b - a) / 1000.0,
            "cpu": cpu.get(st),
            "read": sum(x[1] for x in inside),
            "bytes": sum(x[2] for x in inside),
            "shuffle": sum(x[3] for x in inside),
        }
    return {"stages": stages, "cpu_total": cpu.get("jvm_total"), "rss_mb": rss / 1024, "wall": wall}


def fmt(x, nd=1):
    if x is None:
        return "–"
    if isinstance(x, int):
        return f"{x:,}"
    return f"{x:,.{nd}f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--history", type=int, required=True)
    ap.add_argument("--day", type=int, required=True)
    ap.add_argument("--day-bytes", type=int, required=True)
    ap.add_argument("--commit", default="unknown")
    ap.add_argument("--portal-share", default="?")
    a = ap.parse_args()
    e, h, hist = load(a.dir, "day-empty"), load(a.dir, "day-history"), load(a.dir, "history")
    print(f"### Night: {a.day:,} pages into an empty warehouse and into one holding {a.history:,} (commit {a.commit})")
    print()
    print("| stage | wall s empty | wall s history | CPU s empty | CPU s history | **CPU ratio** "
          "| rows read empty | rows read history | shuffle rows empty | shuffle rows history |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    te = th = 0.0
    for st in STAGES:
        se, sh = e["stages"].get(st), h["stages"].get(st)
        if not se or not sh:
            continue
        ratio = sh["cpu"] / se["cpu"] if se["cpu"] and sh["cpu"] is not None else None
        te += se["cpu"] or 0
        th += sh["cpu"] or 0
        print(f"| {st} | {fmt(se['wall'])} | {fmt(sh['wall'])} | {fmt(se['cpu'])} | {fmt(sh['cpu'])} "
              f"| **{fmt(ratio, 2)}×** | {fmt(se['read'])} | {fmt(sh['read'])} | {fmt(se['shuffle'])} | {fmt(sh['shuffle'])} |")
    we = sum(s["wall"] for s in e["stages"].values())
    wh = sum(s["wall"] for s in h["stages"].values())
    print(f"| **stages** | {fmt(we)} | {fmt(wh)} | {fmt(te)} | {fmt(th)} | **{fmt(th / te if te else None, 2)}×** "
          f"| {fmt(sum(s['read'] for s in e['stages'].values()))} | {fmt(sum(s['read'] for s in h['stages'].values()))} "
          f"| {fmt(sum(s['shuffle'] for s in e['stages'].values()))} | {fmt(sum(s['shuffle'] for s in h['stages'].values()))} |")
    ce, ch = e["cpu_total"], h["cpu_total"]
    print(f"| **JVM total** (start-up, table creation included) | {fmt(e['wall'])} | {fmt(h['wall'])} | {fmt(ce)} | {fmt(ch)} "
          f"| **{fmt(ch / ce if ce else None, 2)}×** | | | | |")
    print()
    mb = a.day_bytes / 1e6
    ing = e["stages"].get("ingest", {}).get("input", a.day)
    print(f"Peak RSS: {fmt(e['rss_mb'], 0)} MB (empty), {fmt(h['rss_mb'], 0)} MB (history). "
          f"The day: {ing:,} records, {mb:,.1f} MB uncompressed (portal share {a.portal_share}); "
          f"day into empty: {ing / we:,.1f} pages/s and {mb / we:,.2f} MB/s over the stages' wall time, "
          f"{ing / te:,.1f} pages and {mb / te:,.3f} MB per CPU-second.")
    if hist:
        hc = sum(s["cpu"] or 0 for s in hist["stages"].values())
        hw = sum(s["wall"] for s in hist["stages"].values())
        n = hist["stages"].get("ingest", {}).get("input", a.history)
        print()
        print(f"Building the history ({n:,} records, same code): {fmt(hw)} s wall, {fmt(hc)} CPU s over the stages "
              f"({n / hc if hc else 0:,.1f} pages per CPU-second), peak RSS {fmt(hist['rss_mb'], 0)} MB.")


if __name__ == "__main__":
    main()
