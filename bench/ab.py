#!/usr/bin/env python3
"""bench/ab.py — compare two Memphis binaries on the same scripts, alternating runs.

usage: python3 bench/ab.py OLD_BINARY NEW_BINARY [--runs N] SCRIPT...

Each script runs N times (default 5) on each binary, alternately, and the minimum CPU time
(user + sys) of each is printed with the new/old ratio; the last line is the geometric mean of
the ratios. On a shared, noisy machine the minimum of alternating runs is what a change is
judged by (bench/run.py compares against PHP, whose own times move between runs).
"""
import math, os, subprocess, sys


def cpu(binary, script):
    """CPU seconds (user + sys) of one run."""
    p = subprocess.Popen([binary, script], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, ru = os.wait4(p.pid, 0)
    return ru.ru_utime + ru.ru_stime


def main():
    args = sys.argv[1:]
    runs = 5
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    if len(args) < 3:
        print(__doc__.strip().splitlines()[2])
        sys.exit(2)
    old, new, scripts = args[0], args[1], args[2:]
    ratios = []
    for s in scripts:
        t = {old: [], new: []}
        for _ in range(runs):
            for b in (old, new):
                t[b].append(cpu(b, s))
        o, n = min(t[old]), min(t[new])
        ratios.append(n / o)
        print(f"{os.path.basename(s):24} old {o:.3f} s  new {n:.3f} s  ratio {n / o:.3f}")
    print(f"geometric mean of ratios (new/old): "
          f"{math.exp(sum(map(math.log, ratios)) / len(ratios)):.3f}")


if __name__ == "__main__":
    main()
