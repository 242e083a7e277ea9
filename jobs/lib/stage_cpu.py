#!/usr/bin/env python3
"""CPU seconds per pipeline stage, for jobs/bench.sh on a machine shared with other work (where
wall-clock seconds measure the neighbours too).

Watches the pipeline's stdout for the stage lines Pipeline prints ("clean     … " at the start,
"clean     succeeded ..." at the end) and samples the JVM's utime+stime from /proc/PID/stat
every 0.2 s. Writes stage,cpu_seconds (all JVM threads: tasks, GC, JIT, Spark's own).

  stage_cpu.py --parent PID --stdout FILE --out CSV   (PID: the /usr/bin/time wrapper or the JVM)
"""
import argparse
import os
import re
import time

TICK = os.sysconf("SC_CLK_TCK")
START = re.compile(r"^(\w+)\s+…")
END = re.compile(r"^(\w+)\s+(succeeded|nothing_to_do|failed)\b")


def cpu(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK
    except OSError:
        return None


def java_child(parent):
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == parent:
                    with open(f"/proc/{d}/comm") as c:
                        if c.read().strip() == "java":
                            return int(d)
            except OSError:
                pass
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parent", type=int, required=True)
    ap.add_argument("--stdout", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    pid = None
    for _ in range(600):
        pid = java_child(a.parent)
        if pid or cpu(a.parent) is None:
            break
        time.sleep(0.1)
    if pid is None:
        pid = a.parent
    started, ended, seen = {}, {}, 0
    last = 0.0
    while True:
        now = cpu(pid)
        if now is None:
            break
        last = now
        try:
            with open(a.stdout, encoding="utf-8", errors="replace") as f:
                lines = f.read().splitlines()
        except OSError:
            lines = []
        for line in lines[seen:]:
            m = START.match(line)
            if m and m.group(1) not in started:
                started[m.group(1)] = now
            m = END.match(line)
            if m and m.group(1) not in ended:
                ended[m.group(1)] = now
        seen = len(lines)
        time.sleep(0.2)
    with open(a.out, "w") as f:
        f.write("stage,cpu_seconds\n")
        for st, t0 in started.items():
            f.write(f"{st},{ended.get(st, last) - t0:.2f}\n")
        f.write(f"jvm_total,{last:.2f}\n")


if __name__ == "__main__":
    main()
