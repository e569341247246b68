"""CPU time of ``dronecalc check`` on the reference case: this tree against another, by phase.

``python benchmarks/check_time.py --against /path/to/other/tree [--runs 15]`` runs, in fresh
interpreters taking turns (so that other load on the machine hits both alike):

- the whole command as a user runs it (``python -m dronecalc check``), its CPU time
  (user + system, from ``getrusage``) including the interpreter's start and end;
- one check split by phase (imports of numpy and pint, the unit registry, dronecalc's
  modules, the case file, the Monte Carlo, the claim kinds, the result and its text), each
  phase's user and system CPU time and page faults (``getrusage``; on a virtual machine a
  page fault costs microseconds, so the system time is worth reading);
- with ``--instructions``, each tree's whole command once under valgrind's callgrind: the
  instructions it runs in user space, exact where CPU time on a shared machine varies by
  20-30 % from run to run.

The claim kinds are timed one by one (``kind_NAME``; the first kind's row includes
importing the kind modules, and the kind that first needs the Monte Carlo's physics pays for
it: on the reference case ``kinematics``, the chain without payload), and the phase rows end
with their sum.

Medians over ``--runs``. Both trees are timed with compiled bytecode, as an installed
package runs: the interpreters share a bytecode cache folder (``PYTHONPYCACHEPREFIX``,
``--pycache``; by default a temporary one, filled by one untimed run of each tree), so that
neither compiles its sources at every start and nothing is written into either tree. CPU time
rather than wall time: it is what a busy machine changes least (issue 14; the wall-clock
target itself is measured by ``benchmarks/speed.py --check-only`` on a quiet machine).

A tree with the command's start-up code cache (``dronecalc/_codecache.py``) uses it in both
the command and the phase script, from the user's cache folder as the command does; the
untimed first run of each tree fills it.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASE = Path("examples") / "cases" / "green-zone-2021.toml"

#: One check, phase by phase; the collector is paused while loading only if the tree's own
#: command does so (``cli._PAUSE``), so each tree is timed as its command runs.
_PHASES = r'''
import gc, os, resource, sys
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
try:                                    # the command's start-up code cache, where the tree has it
    from dronecalc import _codecache
    _codecache.install()
except ImportError:
    pass
import dronecalc.cli as cli
pause = hasattr(cli, "_PAUSE")
if pause:
    gc.disable()
def now():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime, r.ru_stime, r.ru_minflt
marks = [("start", now())]
def mark(label):
    marks.append((label, now()))
import numpy; mark("import_numpy")
import pint; mark("import_pint")
from dronecalc.intake import registry; mark("unit_registry")
from dronecalc.claims import checks
from dronecalc.report import text; mark("dronecalc_modules")
if pause:
    gc.freeze(); gc.enable()
case = checks.load_machine(sys.argv[1]); mark("case_file")
ctx = checks.Context.build(case, 100_000, 0); mark("monte_carlo")
findings = []
for kind in checks.load_kinds():
    findings += kind.evaluate(ctx); mark("kind_" + kind.name)
result = checks.CheckResult(
    checks.case_info(case), findings, list(case.flags),
    checks.assumed(ctx.inputs, ctx.mc, ctx.derived()), ctx.run(),
    checks.Samples(ctx.inputs, ctx.mc, ctx.results), checks.not_judged(case, findings),
    checks.figure_key(case))
text.format_check(result); mark("result_and_text")
print(" ".join(f"{label}={1000 * (t[0] - p[0]):.2f},{1000 * (t[1] - p[1]):.2f},{t[2] - p[2]}"
               for (_, p), (label, t) in zip(marks, marks[1:])))
'''


def _instructions(tree: Path, env: dict) -> int:
    """Instructions one ``python -m dronecalc check`` of ``tree`` runs in user space, counted
    by valgrind's callgrind: unlike CPU time, the same on a busy machine as on a quiet one
    (page faults and other kernel time are not in it)."""
    import re
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, "-m", "dronecalc", "check", str(tree / CASE)],
                         check=True, capture_output=True, text=True,
                         env=dict(env, PYTHONPATH=str(tree)), cwd=tree).stderr
    return int(re.search(r"Collected : (\d+)", out).group(1))


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", required=True, help="another dronecalc source tree")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--pycache", help="bytecode cache folder for both trees (default: a "
                                          "temporary one)")
    parser.add_argument("--instructions", action="store_true",
                        help="also count each tree's instructions for one whole command "
                             "under valgrind's callgrind (exact; ~30 s each)")
    args = parser.parse_args(argv)
    if args.pycache is None:
        with tempfile.TemporaryDirectory() as cache:
            return _compare(args, cache)
    return _compare(args, args.pycache)


def _compare(args, cache: str) -> None:
    trees = {"this": ROOT, "other": Path(args.against).resolve()}
    command, phases = {k: [] for k in trees}, {k: {} for k in trees}
    base = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    base.pop("PYTHONDONTWRITEBYTECODE", None)
    for tree in trees.values():                     # fills the bytecode cache, untimed
        subprocess.run([sys.executable, "-m", "dronecalc", "check", str(tree / CASE)],
                       check=True, stdout=subprocess.DEVNULL,
                       env=dict(base, PYTHONPATH=str(tree)), cwd=tree)
    for i in range(args.runs):
        order = list(trees.items()) if i % 2 == 0 else list(trees.items())[::-1]
        for label, tree in order:
            env = dict(base, PYTHONPATH=str(tree))
            before = _children_cpu()
            subprocess.run([sys.executable, "-m", "dronecalc", "check", str(tree / CASE)],
                           check=True, stdout=subprocess.DEVNULL, env=env, cwd=tree)
            command[label].append(_children_cpu() - before)
            out = subprocess.run([sys.executable, "-c", _PHASES, str(tree / CASE)], check=True,
                                 capture_output=True, text=True, env=env, cwd=tree).stdout
            for pair in out.split():
                name, values = pair.split("=")
                phases[label].setdefault(name, []).append([float(v) for v in values.split(",")])
    if args.instructions:
        counts = {label: _instructions(tree, base) for label, tree in trees.items()}
    load = os.getloadavg()
    print(f"dronecalc check {CASE.name}: this tree {ROOT} against {trees['other']}; medians "
          f"of {args.runs} fresh runs each; load average at the end {load[0]:.1f}")
    a, b = (statistics.median(command[k]) * 1000 for k in ("this", "other"))
    print(f"  whole command, CPU (user + sys): this {a:.0f} ms, other {b:.0f} ms "
          f"(min {min(command['this']) * 1000:.0f} / {min(command['other']) * 1000:.0f})")
    if args.instructions:
        a, b = counts["this"], counts["other"]
        print(f"  instructions (callgrind, user space): this {a / 1e6:,.0f} M, other "
              f"{b / 1e6:,.0f} M ({100 * (a - b) / b:+.1f} %)")
    print(f"  {'phase':<18} {'user':>14} {'sys':>14} {'page faults':>16}   (this / other)")
    names = list(phases["this"]) + [n for n in phases["other"] if n not in phases["this"]]
    totals = {k: [0.0, 0.0, 0.0] for k in trees}
    for name in names:
        cols = []
        for j, fmt in ((0, "{:6.1f}"), (1, "{:6.1f}"), (2, "{:7.0f}")):
            pair = []
            for k in trees:
                value = statistics.median(r[j] for r in phases[k].get(name, [[0, 0, 0]]))
                totals[k][j] += value
                pair.append(fmt.format(value))
            cols.append(" ".join(pair))
        print(f"  {name:<18} {cols[0]:>14} {cols[1]:>14} {cols[2]:>16}")
    print(f"  {'sum of medians':<18} {totals['this'][0]:6.1f} {totals['other'][0]:6.1f} "
          f"{totals['this'][1]:6.1f} {totals['other'][1]:6.1f} {totals['this'][2]:7.0f} "
          f"{totals['other'][2]:7.0f}")


if __name__ == "__main__":
    main()
