#!/usr/bin/env python3
"""Summarises `jfr print --stack-depth 64 --events jdk.ExecutionSample` output: where the CPU
samples of a pipeline run went, by activity (first matching rule over the whole stack), plus the
hottest self frames and the hottest RegionPulse/HanLP frames (inclusive)."""
import re
import sys
from collections import Counter

# (label, substring of any frame) — the first rule that matches a sample's stack wins.
ACTIVITIES = [
    ("HanLP segmentation", "com.hankcs."),
    ("region matching (regions/)", "io.regionpulse.regions."),
    ("metric extraction (metrics/)", "io.regionpulse.metrics."),
    ("keywords / analysis", "io.regionpulse.analysis."),
    ("cleaning (text/)", "io.regionpulse.text."),
    ("record reading (ingest/)", "io.regionpulse.ingest."),
    ("dedup", "io.regionpulse.dedup."),
    ("Spark code generation", "expressions.codegen."),
    ("Parquet write", "org.apache.parquet.hadoop.ParquetOutputFormat"),
    ("Parquet read", "org.apache.parquet."),
    ("Delta log / checkpoint", "org.apache.spark.sql.delta."),
    ("shuffle / sort", "org.apache.spark.shuffle."),
    ("Spark SQL execution", "org.apache.spark.sql.execution."),
    ("compression", "zstd"),
]


def main(path):
    samples = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.strip()
            if s.startswith("jdk.ExecutionSample"):
                cur = []
                samples.append(cur)
            elif cur is not None and re.match(r"^[\w$.]+\(.*\)", s):
                cur.append(s.split("(")[0])
    total = len(samples) or 1
    act = Counter()
    self_frames = Counter()
    ours = Counter()
    for st in samples:
        label = "other (JVM, GC helpers, I/O)"
        for name, needle in ACTIVITIES:
            if any(needle in fr for fr in st):
                label = name
                break
        act[label] += 1
        if st:
            self_frames[st[0]] += 1
        for fr in set(st):
            if fr.startswith("io.regionpulse.") or fr.startswith("com.hankcs."):
                ours[fr] += 1
    print(f"{len(samples)} CPU samples")
    print("\nby activity:")
    for k, v in act.most_common():
        print(f"  {100 * v / total:5.1f}%  {k}")
    print("\nhottest self frames:")
    for k, v in self_frames.most_common(20):
        print(f"  {100 * v / total:5.1f}%  {k}")
    print("\nhottest RegionPulse / HanLP frames (inclusive):")
    for k, v in ours.most_common(25):
        print(f"  {100 * v / total:5.1f}%  {k}")


if __name__ == "__main__":
    main(sys.argv[1])
