"""Accuracy of dronecalc's endurance model against makers' published flight times (issue #5).

For every drone of ``dronecalc/data/multirotors.toml`` with a sourced take-off mass, pack
energy and flight time, predicts each published figure from a fit on the *other* drones
(leave-one-drone-out cross-validation) and prints the p5 / p50 / p95 of a Monte Carlo over
that fold's parameter spread (one Vehicle of arrays per drone, one vectorised
``mission.performance`` call), the maker's figure, the error of p50 and whether the figure
lies inside the p5-p95 band. Then the median and worst absolute percentage error and the
band coverage over all held-out figures, and the parameters fitted on all drones.

Run::

    python benchmarks/accuracy.py            # print
    python benchmarks/accuracy.py --write    # also regenerate dronecalc/data/calibrated.toml

Everything is seeded (``dronecalc.priors.calibration.SEED``): two runs print the same figures, and
the figures quoted in docs/validation.md are the ones this prints.

Reference point: Bauersfeld & Scaramuzza (2022), "Range, Endurance, and Optimal Speed
Estimates for Multicopters", IEEE RA-L 7(2) 2953-2960, doi:10.1109/LRA.2022.3145063, report
their model within about 10 % of makers' figures (with measured rotor and drag data).
"""
from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from dronecalc.priors import calibration as cal


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true",
                        help="write dronecalc/data/calibrated.toml from this run")
    parser.add_argument("--markdown", action="store_true",
                        help="also print the held-out table as Markdown (docs/validation.md)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    drones = cal.load_multirotors()
    result = cal.calibrate(drones)
    fit, cv, pcv = result["fit"], result["cv"], result["point_cv"]
    elapsed = time.perf_counter() - start

    print("Held-out predictions (leave-one-drone-out), minutes")
    print(f"{'drone':24s} {'mode':6s} {'payload':>8s} {'maker':>6s} {'p5':>6s} {'p50':>6s} "
          f"{'p95':>6s} {'err %':>6s}  in band")
    for i, r in enumerate(cv["rows"]):
        print(f"{r['drone']:24s} {r['mode']:6s} {r['payload']:7.2f}k {r['time'] / 60:6.1f} "
              f"{cv['p5'][i] / 60:6.1f} {cv['p50'][i] / 60:6.1f} {cv['p95'][i] / 60:6.1f} "
              f"{cv['abs_pct_error'][i]:6.1f}  {'yes' if cv['inside'][i] else 'NO'}")
    n = len(cv["rows"])
    if args.markdown:
        print("\n| drone | mode | payload [kg] | maker [min] | p5 | p50 | p95 | error of p50 "
              "| in p5-p95 |\n|---|---|---|---|---|---|---|---|---|")
        for i, r in enumerate(cv["rows"]):
            battery = f" ({r['battery']})" if r.get("battery") else ""
            print(f"| {r['drone']}{battery} | {r['mode']} | {r['payload']:.2f} | "
                  f"{r['time'] / 60:.1f} | {cv['p5'][i] / 60:.1f} | {cv['p50'][i] / 60:.1f} | "
                  f"{cv['p95'][i] / 60:.1f} | {cv['abs_pct_error'][i]:.1f} % | "
                  f"{'yes' if cv['inside'][i] else '**no**'} |")
    print()
    print(f"held-out figures: {n} from {fit['n_drones']} drones")
    print(f"median |error| of p50: {cv['median_error']:.1f} %   (target < 8 %)")
    print(f"worst  |error| of p50: {cv['worst_error']:.1f} %")
    print(f"makers' figures inside p5-p95: {int(cv['inside'].sum())}/{n} = "
          f"{100 * cv['coverage']:.0f} %   (target >= 80 %)")
    print(f"point prediction (no Monte Carlo): median {pcv['median_error']:.1f} %, "
          f"worst {pcv['worst_error']:.1f} %")
    by_drone = {}
    for r, e in zip(cv["rows"], cv["abs_pct_error"]):
        by_drone.setdefault(r["drone"], []).append(e)
    print("median |error| per held-out drone: " + ", ".join(
        f"{k} {np.median(v):.0f} %" for k, v in by_drone.items()))
    print(f"median over drones of the per-drone median: "
          f"{np.median([np.median(v) for v in by_drone.values()]):.1f} %")
    print()
    th, sd = fit["theta"], np.sqrt(np.diag(fit["covariance"]))
    z = cal._Z95
    print(f"Fitted on all {fit['n_drones']} drones ({fit['n_rows']} figures); p5-p95 in brackets")
    print(f"  effective disk loading at 1 kg: {np.exp(th[0]):.2f} kg/m^2 "
          f"[{np.exp(th[0] - z * sd[0]):.2f}, {np.exp(th[0] + z * sd[0]):.2f}]")
    print(f"  disk loading exponent beta:     {th[1]:+.3f} [{th[1] - z * sd[1]:+.3f}, "
          f"{th[1] + z * sd[1]:+.3f}]")
    print(f"  drag area at 1 kg:              {np.exp(th[2]):.3f} m^2 "
          f"[{max(np.exp(th[2] - z * sd[2]), 1e-4):.4f}, {min(np.exp(th[2] + z * sd[2]), 1.0):.2f}]"
          "  (not identified; clipped to the fit bounds)")
    print(f"  between-drone scatter: {100 * fit['scatter']:.1f} % in flight time, "
          f"{fit['scatter_log_disk_loading']:.3f} in ln(disk loading)")
    if args.write:
        print("  wrote", cal.write_calibrated(result=result))
    for m in (1.0, 3.0, 10.0):
        lo, mid, hi = cal.effective_disk_loading(m)
        print(f"  effective disk loading at {m:4.1f} kg, with between-drone scatter "
              f"(calibrated.toml): {mid:.1f} kg/m^2 [{lo:.1f}, {hi:.1f}]")
    fixed = cal._fixed_parameters()
    print("  held fixed (literature): " + ", ".join(
        f"{k} {v['value']:.3g}" for k, v in fixed.items()))
    print(f"  drones without a usable figure: {len(result['skipped'])} "
          f"({sum(1 for v in result['skipped'].values() if 'energy' in v)} lack pack energy, "
          f"{sum(1 for v in result['skipped'].values() if 'flight time' in v)} lack a flight "
          f"time)")
    print(f"\nruntime (fit + cross-validation + Monte Carlo): {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
