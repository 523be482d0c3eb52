#!/usr/bin/env python3
"""bench/run.py — time PHP scripts on Memphis and on the reference PHP in one run.

usage: python3 bench/run.py [--runs N] [--bin target/release/memphis] [SCRIPT...]

Each script of bench/scripts/ (or the ones named) runs alternately on Memphis and on PHP 8.4
(`php -n` inside the oracle's root, see ../shared/tools/php-oracle), N times each. Reported per
script: median CPU time (user+sys of the process tree, robust on a shared machine), median wall
time, the Memphis/PHP ratio of CPU time, and peak RSS of each. The last line is the geometric
mean of the ratios. Outputs of both runtimes are compared too: a benchmark whose output differs
is flagged, since a fast wrong answer measures nothing.
"""
import math, os, shutil, statistics, subprocess, sys, time

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)
root = os.environ.get("PHP_ORACLE_ROOT", "/opt/php84-root")


def run(cmd, cwd=None):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    return out, wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, os.waitstatus_to_exitcode(status)


def main():
    args = sys.argv[1:]
    runs, binary, scripts = 5, os.path.join(repo, "target/release/memphis"), []
    while args:
        a = args.pop(0)
        if a == "--runs":
            runs = int(args.pop(0))
        elif a == "--bin":
            binary = os.path.abspath(args.pop(0))
        else:
            scripts.append(os.path.abspath(a))
    if not scripts:
        d = os.path.join(here, "scripts")
        scripts = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".php"))
    php = os.path.join(root, "usr/bin/php8.4")
    if not os.path.exists(php):
        print(f"reference PHP not installed at {root}: run ../shared/tools/php-oracle --ensure")
        sys.exit(2)
    if not os.path.exists(binary):
        print(f"{binary} not found: cargo build --release")
        sys.exit(2)
    stage = os.path.join(root, "tmp/memphis-bench")
    os.makedirs(stage, exist_ok=True)
    print(f"{'script':<22}{'memphis cpu':>12}{'php cpu':>10}{'ratio':>8}{'memphis wall':>14}{'php wall':>10}{'memphis RSS':>13}{'php RSS':>10}")
    ratios = []
    for s in scripts:
        name = os.path.basename(s)
        shutil.copy(s, os.path.join(stage, name))
        m_cpu, p_cpu, m_wall, p_wall, m_rss, p_rss = [], [], [], [], [], []
        m_out = p_out = None
        for _ in range(runs):
            out, wall, cpu, rss, _ = run([binary, s], cwd=os.path.dirname(s))
            m_out = out
            m_cpu.append(cpu); m_wall.append(wall); m_rss.append(rss)
            out, wall, cpu, rss, _ = run(["chroot", root, "php", "-n", f"/tmp/memphis-bench/{name}"])
            p_out = out
            p_cpu.append(cpu); p_wall.append(wall); p_rss.append(rss)
        mc, pc = statistics.median(m_cpu), statistics.median(p_cpu)
        ratio = mc / pc if pc > 0 else float("inf")
        ratios.append(ratio)
        flag = "" if m_out == p_out else "   OUTPUT DIFFERS"
        print(f"{name:<22}{mc:>11.3f}s{pc:>9.3f}s{ratio:>8.2f}{statistics.median(m_wall):>13.3f}s{statistics.median(p_wall):>9.3f}s"
              f"{max(m_rss)/1024:>11.1f}MB{max(p_rss)/1024:>8.1f}MB{flag}")
    gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"geometric mean of CPU-time ratios (Memphis/PHP): {gm:.2f}   median: {statistics.median(ratios):.2f}")


main()
