"""The jet model against the jet drones of data/fixed_wing_jet.toml that state a take-off mass
and an endurance (or a still-air flight range): where each stated figure falls in the model's
distribution, and the median's error.

Not a leave-one-aircraft-out benchmark: nothing of the jet model is fitted on these drones but
the span coefficient (priors.fixed_wing_jet.span_coefficient, on the HFT-40A and HFT-60A, so
those two are in sample for it; the BQM-74E is out of sample), and fewer than five jet drones
state a mass with an endurance or range (docs/validation.md, *Jet drones*). Each row is run
as a case stating its mass only (a turbojet fixed wing), the priors drawing the rest.

Run: ``PYTHONPATH=$PWD python benchmarks/jet_check.py [--samples N]``
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

import numpy as np

import dronecalc
from dronecalc.claims.fixed_wing import _Run
from dronecalc.priors import fixed_wing_jet as fwj


def rows():
    """(name, mass [kg], key, stated value [SI], unit scale, unit) of the checkable rows."""
    for r in fwj.load_jet()["aircraft"]:
        if r["kind"] != fwj.KIND or "takeoff_mass" not in r:
            continue
        if "endurance" in r:
            yield r["name"], r["takeoff_mass"].mid, "max_endurance", r["endurance"].mid * 3600, \
                3600.0, "h"
        if "range" in r and r["range"].range_kind == "flight":
            yield r["name"], r["takeoff_mass"].mid, "max_range", r["range"].mid * 1000, \
                1000.0, "km"


def run(name, mass, key, samples):
    text = (f'[case]\ntitle = "{name}"\nsource = "data/fixed_wing_jet.toml"\n'
            '[figures.A]\nfield = "airframe"\ntext = "turbojet fixed-wing"\nrole = "input"\n'
            f'[figures.M]\nfield = "takeoff_mass"\ntext = "{mass:.6g} kg"\nrole = "input"\n')
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "row.toml"
        path.write_text(text, encoding="utf-8")
        case = dronecalc.load_case(path)
    return np.asarray(_Run(case, samples, 0).perf()[key], dtype=float)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=int, default=20_000)
    args = ap.parse_args(argv)
    errors = []
    print(f"{'aircraft':34s} {'figure':>14s} {'model p5-p50-p95':>24s} {'pct':>5s} {'err':>7s}")
    for name, mass, key, stated, scale, unit in rows():
        values = run(name, mass, key, args.samples)
        finite = values[np.isfinite(values)]
        p5, p50, p95 = np.percentile(finite, [5, 50, 95]) / scale
        pct = 100.0 * float(np.mean(finite <= stated))
        err = p50 * scale / stated - 1.0
        errors.append(abs(err))
        print(f"{name:34s} {stated / scale:10.3g} {unit:3s} {p5:7.3g}-{p50:.3g}-{p95:.3g} "
              f"{pct:5.0f} {err:+7.0%}")
    print(f"{len(errors)} figures; median |error| of the model's median "
          f"{statistics.median(errors):.0%}" if errors else "no figure to check")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
