"""Speed of the vectorised physics core against a naive per-sample loop over pint Quantities.

Run: ``python benchmarks/speed.py`` (about a minute on a laptop). Times
``dronecalc.physics.multirotor.performance`` on 1e3 ... 1e6 Monte Carlo samples and compares its cost
per sample with a loop that builds one Vehicle per sample from Quantities and calls the public
Quantity functions (``hover_endurance``, ``max_endurance``, ``best_endurance_speed``,
``max_range``, ``best_range_speed``) for it. The loop is timed on a few hundred samples and
extrapolated (its cost per sample is constant). Last, the wall time and peak memory of
``dronecalc check`` on the reference case, each run a fresh interpreter (imports included),
as a user would meet it.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from dronecalc.physics.multirotor import (best_endurance_speed, best_range_speed, hover_endurance,
                               max_endurance, max_range, performance)
from dronecalc.intake.units import Q_
from dronecalc.physics.vehicle import Vehicle


def samples(n: int, seed: int = 1) -> dict[str, np.ndarray]:
    """Plausible Monte Carlo inputs for a 22-inch quadcopter with 3 kg payload (SI)."""
    rng = np.random.default_rng(seed)
    return {
        "rotors": np.full(n, 4.0),
        "rotor_diameter": rng.uniform(0.45, 0.65, n),
        "empty_mass": rng.uniform(4.0, 8.0, n),
        "battery_mass": rng.uniform(2.0, 5.0, n),
        "battery_energy": rng.uniform(400.0, 900.0, n) * 3600.0,
        "payload_mass": np.full(n, 3.0),
        "figure_of_merit": rng.uniform(0.5, 0.75, n),
        "drive_efficiency": rng.uniform(0.7, 0.88, n),
        "drag_area": rng.uniform(0.04, 0.2, n),
    }


def time_vectorised(n: int) -> float:
    vehicle = Vehicle(**samples(n))
    start = time.perf_counter()
    performance(vehicle)
    return time.perf_counter() - start


def time_naive(n: int) -> float:
    """Per-sample loop: Quantities in, one Vehicle per sample, public Quantity functions."""
    data = samples(n, seed=2)
    units = {"rotors": "", "rotor_diameter": "m", "empty_mass": "kg", "battery_mass": "kg",
             "battery_energy": "J", "payload_mass": "kg", "figure_of_merit": "",
             "drive_efficiency": "", "drag_area": "m^2"}
    quantities = [{k: Q_(float(data[k][i]), u) for k, u in units.items()} for i in range(n)]
    start = time.perf_counter()
    for q in quantities:
        v = Vehicle.from_quantities(**q)
        hover_endurance(v)
        max_endurance(v)
        best_endurance_speed(v)
        max_range(v)
        best_range_speed(v)
    return time.perf_counter() - start


REFERENCE_CASE = Path(__file__).resolve().parents[1] / "examples" / "cases" / "green-zone-2021.toml"


#: Runs ``dronecalc check`` like ``python -m dronecalc``, then reports its own peak memory:
#: VmHWM belongs to this process's address space, whereas getrusage's ru_maxrss would
#: inherit the benchmark's own peak through fork.
_CHILD = """
import sys
from dronecalc.cli import main
code = main(sys.argv[1:])
try:
    status = open('/proc/self/status').read()
    kib = int(next(l for l in status.splitlines() if l.startswith('VmHWM')).split()[1])
except (OSError, StopIteration):
    import resource
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(kib, file=sys.stderr)
sys.exit(code)
"""


def time_check(runs: int) -> tuple[float, float]:
    """Median wall time [s] and peak resident memory [MiB] of ``dronecalc check`` runs."""
    walls, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _CHILD, "check", str(REFERENCE_CASE)],
                              check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
        walls.append(time.perf_counter() - start)
        peaks.append(int(done.stderr.split()[-1]) / 1024)
    return statistics.median(walls), max(peaks)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-exponent", type=int, default=6, help="largest n = 10**k")
    parser.add_argument("--naive-samples", type=int, default=200)
    parser.add_argument("--check-runs", type=int, default=5)
    args = parser.parse_args(argv)

    naive = time_naive(args.naive_samples) / args.naive_samples
    print(f"naive per-sample loop over pint Quantities: {naive * 1e3:.2f} ms/sample "
          f"({1 / naive:,.0f} evaluations/s, measured on {args.naive_samples} samples)")
    print(f"{'samples':>10} {'vectorised s':>13} {'eval/s':>12} {'naive s (extrap.)':>18} "
          f"{'speed-up':>9}")
    time_vectorised(1000)                                   # warm-up
    for k in range(3, args.max_exponent + 1):
        n = 10 ** k
        t = time_vectorised(n)
        print(f"{n:>10,} {t:>13.3f} {n / t:>12,.0f} {naive * n:>18.1f} {naive * n / t:>8.0f}x")
    wall, peak = time_check(args.check_runs)
    print(f"dronecalc check {REFERENCE_CASE.name} (100,000 samples, fresh process): "
          f"median wall {wall:.2f} s over {args.check_runs} runs, peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
