"""Leave-one-aircraft-out check of the electric motor-power prior (fwmotor13,
``dronecalc.priors.fixed_wing_motor``): each electric fixed wing that states its motor power
and take-off mass is predicted by the law refitted without it, and the scatter of ln P is
reported, for the shipped power loading (exponent on the mass held at 1) and for the free
power law ln P = a + b ln m it was chosen over, with all rows and without the rows that carry a
``doubt``.

    PYTHONPATH=. python benchmarks/fixed_wing_motor.py

Prints per aircraft: stated power, the fold's median, the error and z (ln error / the fold's
predictive sd), then per variant: rms ln error, median |error|, sd of z, and how many rows lie
inside the fold's p5-p95. Takes well under a second.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dronecalc.priors import fixed_wing_motor as fwmo  # noqa: E402
from dronecalc.priors.fixed_wing_mass import fit_mass_law  # noqa: E402


def free_law_loo(rows):
    """Per row (name, stated, median, z) of the free log-log law (priors.fixed_wing_mass's
    regression with its leverage), each fitted without the row."""
    out = []
    pairs = [(m, p, n) for m, p, n in rows]
    for m, p, name in pairs:
        law = fit_mass_law([r for r in pairs if r[2] != name], ("P", "m", "W", "masses"))
        med = float(law.median(m))
        out.append((name, p, med, math.log(p / med) / float(law.predictive_sd(m))))
    return out


def summary(label, loo, dof):
    from scipy.special import stdtrit
    err = np.array([math.log(p / med) for _, p, med, _ in loo])
    z = np.array([r[3] for r in loo])
    t95 = float(stdtrit(dof, 0.95))
    inside = int(np.sum(np.abs(z) <= t95))
    print(f"  {label:34s} n={len(loo)}  rms ln error {np.sqrt(np.mean(err ** 2)):.3f}  "
          f"median |error| {100 * np.median(np.abs(np.exp(err) - 1)):.0f} %  sd of z "
          f"{np.std(z, ddof=1):.2f}  {inside}/{len(loo)} inside the fold's p5-p95")


def main() -> None:
    law = fwmo.motor_law()
    print(f"Shipped law: {law.describe()}")
    print("  rows: " + "; ".join(f"{n} {p:.0f} W / {m:.3g} kg" for m, p, n in fwmo.motor_rows()))
    print("\nLeave-one-aircraft-out, power loading (shipped):")
    loo = fwmo.leave_one_out()
    for name, p, med, z in loo:
        print(f"  {name[:48]:48s} stated {p:7.0f} W  fold median {med:7.0f} W  "
              f"{100 * (p / med - 1):+5.0f} %  z {z:+.2f}")
    print("\nSummary (scatter of ln P, each row predicted by the law fitted without it):")
    n = len(loo)
    summary("power loading, all rows", loo, n - 2)
    summary("power loading, no doubt rows", fwmo.leave_one_out(with_doubt=False),
            len(fwmo.motor_rows(False)) - 2)
    rows = fwmo.motor_rows()
    summary("free law ln P = a + b ln m, all", free_law_loo(rows), n - 3)
    if len(fwmo.motor_rows(False)) >= 5:
        summary("free law, no doubt rows", free_law_loo(fwmo.motor_rows(False)),
                len(fwmo.motor_rows(False)) - 3)
    else:
        print(f"  free law, no doubt rows: {len(fwmo.motor_rows(False))} rows, too few for a "
              "leave-one-out of two parameters")
    m, p, _ = zip(*rows)
    b, a = np.polyfit(np.log(m), np.log(p), 1)
    print(f"\nFree fit on all rows: P = {math.exp(a):.0f} m^{b:.2f} W (the exponent held at 1 "
          "in the shipped law)")


if __name__ == "__main__":
    main()
