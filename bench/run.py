#!/usr/bin/env python3
"""bench/run.py — time PHP scripts on Memphis and on the reference PHP in one run.

usage: python3 bench/run.py [--runs N] [--bin target/release/memphis] [SCRIPT|PREFIX...]

Each script of bench/scripts/ (or the ones named: a path to a script file, or a prefix that picks
the scripts of bench/scripts/ whose name starts with it, e.g. `gc_`) runs alternately on Memphis
and on PHP 8.4 (`php -n` inside the oracle's root, see ../shared/tools/php-oracle), N times
each. Reported per script: median CPU time (user+sys of the process tree, robust on a shared
machine), median wall time, the Memphis/PHP ratio of median CPU times, the ratio of the
minimum CPU times (the least disturbed run of each: on a machine whose neighbours come and go
the medians of two runtimes can be taken in different weather), and peak RSS of each. The
last lines are the geometric means of both ratios. Outputs of both runtimes are compared too: a
benchmark whose output differs is flagged, since a fast wrong answer measures nothing.

When gc_pause.php is run, a last line gives the median pause of its one gc_collect_cycles()
on each runtime, which the script prints to stderr as "gc pause: X ms" (that line is left out
of the output comparison).
"""
import math, os, re, shutil, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)
root = os.environ.get("PHP_ORACLE_ROOT", "/opt/php84-root")
PAUSE = re.compile(rb"^gc pause: ([0-9.]+) ms\n?", re.M)


def run(cmd, cwd=None):
    """Returns (stdout + stderr less its gc pause line, wall, cpu, rss, exit code, pause ms or None)."""
    with tempfile.TemporaryFile() as errf:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=errf)
        out = p.stdout.read()
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        errf.seek(0)
        err = errf.read()
    m = PAUSE.search(err)
    return (out + PAUSE.sub(b"", err), wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss,
            os.waitstatus_to_exitcode(status), float(m.group(1)) if m else None)


def main():
    args = sys.argv[1:]
    runs, binary, scripts = 5, os.path.join(repo, "target/release/memphis"), []
    d = os.path.join(here, "scripts")
    every = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".php"))
    while args:
        a = args.pop(0)
        if a == "--runs":
            runs = int(args.pop(0))
        elif a == "--bin":
            binary = os.path.abspath(args.pop(0))
        elif os.path.isfile(a):
            scripts.append(os.path.abspath(a))
        else:
            picked = [s for s in every if os.path.basename(s).startswith(a)]
            if not picked:
                print(f"{a}: neither a script file nor the start of a name in bench/scripts/")
                sys.exit(2)
            scripts += picked
    if not scripts:
        scripts = every
    php = os.path.join(root, "usr/bin/php8.4")
    if not os.path.exists(php):
        print(f"reference PHP not installed at {root}: run ../shared/tools/php-oracle --ensure")
        sys.exit(2)
    if not os.path.exists(binary):
        print(f"{binary} not found: cargo build --release")
        sys.exit(2)
    stage = os.path.join(root, "tmp/memphis-bench")
    os.makedirs(stage, exist_ok=True)
    print(f"{'script':<22}{'memphis cpu':>12}{'php cpu':>10}{'ratio':>8}{'min ratio':>10}{'memphis wall':>14}{'php wall':>10}{'memphis RSS':>13}{'php RSS':>10}")
    ratios, min_ratios, pauses = [], [], None
    for s in scripts:
        name = os.path.basename(s)
        shutil.copy(s, os.path.join(stage, name))
        m_cpu, p_cpu, m_wall, p_wall, m_rss, p_rss = [], [], [], [], [], []
        m_out = p_out = None
        m_pause, p_pause = [], []
        for _ in range(runs):
            out, wall, cpu, rss, _, pause = run([binary, s], cwd=os.path.dirname(s))
            m_out = out
            m_cpu.append(cpu); m_wall.append(wall); m_rss.append(rss); m_pause.append(pause)
            out, wall, cpu, rss, _, pause = run(["chroot", root, "php", "-n", f"/tmp/memphis-bench/{name}"])
            p_out = out
            p_cpu.append(cpu); p_wall.append(wall); p_rss.append(rss); p_pause.append(pause)
        if name == "gc_pause.php":
            pauses = m_pause, p_pause
        mc, pc = statistics.median(m_cpu), statistics.median(p_cpu)
        ratio = mc / pc if pc > 0 else float("inf")
        ratios.append(ratio)
        min_ratio = min(m_cpu) / min(p_cpu) if min(p_cpu) > 0 else float("inf")
        min_ratios.append(min_ratio)
        flag = "" if m_out == p_out else "   OUTPUT DIFFERS"
        print(f"{name:<22}{mc:>11.3f}s{pc:>9.3f}s{ratio:>8.2f}{min_ratio:>10.2f}{statistics.median(m_wall):>13.3f}s{statistics.median(p_wall):>9.3f}s"
              f"{max(m_rss)/1024:>11.1f}MB{max(p_rss)/1024:>8.1f}MB{flag}")
    gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"geometric mean of CPU-time ratios (Memphis/PHP): {gm:.2f}   median: {statistics.median(ratios):.2f}")
    gmin = math.exp(sum(math.log(r) for r in min_ratios) / len(min_ratios))
    print(f"geometric mean of minimum-CPU-time ratios: {gmin:.2f}")
    if pauses:
        m, p = (f"{statistics.median(v):.1f} ms" if None not in v else "n/a" for v in pauses)
        print(f"gc_pause.php collection pause (median): memphis {m}   php {p}")
        m, p = (f"{min(v):.1f} ms" if None not in v else "n/a" for v in pauses)
        print(f"gc_pause.php collection pause (minimum): memphis {m}   php {p}")


main()
