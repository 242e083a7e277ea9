#!/usr/bin/env python3
"""Where a running pipeline spends its time, from periodic `jcmd PID Thread.print` dumps (the
cheap sampling profiler: jobs/bench.sh --profile uses JFR instead). Counts RUNNABLE Spark task
threads and the driver's main thread per activity (first matching rule over the stack, as in
jfr_top.py).

  jstack_top.py DUMP...
"""
import re
import sys
from collections import Counter

from jfr_top import ACTIVITIES


def blocks(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    for b in text.split("\n\n"):
        lines = b.strip().splitlines()
        if lines and lines[0].startswith('"'):
            yield lines


def main(paths):
    act = {"task": Counter(), "driver": Counter()}
    frames = Counter()
    dumps = 0
    for p in paths:
        dumps += 1
        for lines in blocks(p):
            name = lines[0]
            kind = "task" if "Executor task launch worker" in name else "driver" if name.startswith('"main"') else None
            if kind is None or not any("State: RUNNABLE" in l for l in lines[1:3]):
                continue
            stack = [m.group(1) for m in (re.match(r"\s*at ([\w$.<>]+)\(", l) for l in lines) if m]
            label = "other"
            for lab, needle in ACTIVITIES:
                if any(needle in fr for fr in stack):
                    label = lab
                    break
            act[kind][label] += 1
            if kind == "task":
                for fr in set(stack):
                    if fr.startswith("io.regionpulse.") or fr.startswith("com.hankcs."):
                        frames[fr] += 1
    print(f"{dumps} thread dumps")
    for kind in ("task", "driver"):
        total = sum(act[kind].values()) or 1
        print(f"\n{kind} threads, RUNNABLE samples: {sum(act[kind].values())}")
        for k, v in act[kind].most_common():
            print(f"  {100 * v / total:5.1f}%  {k}")
    total = sum(act["task"].values()) or 1
    print("\nRegionPulse / HanLP frames on task threads (inclusive):")
    for k, v in frames.most_common(15):
        print(f"  {100 * v / total:5.1f}%  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
