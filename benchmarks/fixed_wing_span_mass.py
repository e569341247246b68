"""Can a stated wingspan size a fixed wing whose source states no take-off mass? (issue #13,
fw17, item 3: "The 16-foot-wingspan drone completed a non-stop 26-hour flight" is not judged,
no take-off mass.)

Leave one aircraft out on the rows of data/fixed_wing.toml that state both a wingspan and a
take-off mass (the span law's rows): each aircraft's mass predicted from its span by the law
refitted without it, two ways:

* ``inverted``: the shipped span law span = a m^b (priors.fixed_wing.fitted_relations) solved
  for m, its predictive scatter divided by b (what the brief proposes);
* ``regressed``: ln m regressed on ln span (the quantity to be predicted on the one stated,
  as priors.fixed_wing_mass does for the payload), Student t prediction interval with leverage.

Printed: median |error| of the fold's median, rms ln error, how many aircraft fall inside the
fold's p5-p95 (coverage), and that band's median width (p95 / p5), against the payload law that
is shipped (priors.fixed_wing_mass.mass_law) on the same measures. Run:
``PYTHONPATH=$PWD python benchmarks/fixed_wing_span_mass.py``.
"""
from __future__ import annotations

import math

import numpy as np
from scipy.special import stdtrit

from dronecalc.priors import fixed_wing as fwp, fixed_wing_mass as fwm


def span_rows():
    return [(r["wingspan"].mid, r["takeoff_mass"].mid, r["name"]) for r in fwp._load()
            if "wingspan" in r and "takeoff_mass" in r]


def _inverted(train, x):
    """(median, p5, p95) mass [kg] at span ``x`` from span = a m^b fitted on ``train``."""
    law = fwm.fit_mass_law([(m, b, n) for b, m, n in train], ("b", "m", "m", "masses"))
    # ln b = ln a + beta ln m + e  ->  ln m = (ln x - ln a) / beta, sd / beta; the leverage
    # taken at the solved mass
    med = math.exp((math.log(x) - math.log(law.coefficient)) / law.exponent)
    sd = float(law.predictive_sd(med)) / law.exponent
    t = stdtrit(law.n - 2, 0.95)
    return med, med * math.exp(-t * sd), med * math.exp(t * sd)


def _regressed(train, x):
    law = fwm.fit_mass_law(train)
    return (float(law.median(x)), float(law.at(x, 5.0)), float(law.at(x, 95.0)))


def loo(pairs, predict):
    err, lne, inside, width = [], [], 0, []
    for b, m, name in pairs:
        med, lo, hi = predict([p for p in pairs if p[2] != name], b)
        err.append(abs(med / m - 1.0))
        lne.append(math.log(m / med))
        inside += lo <= m <= hi
        width.append(hi / lo)
    return (100 * float(np.median(err)), float(np.sqrt(np.mean(np.square(lne)))), inside,
            len(pairs), float(np.median(width)))


def main() -> None:
    pairs = span_rows()
    print(f"rows stating a wingspan and a take-off mass: {len(pairs)}, "
          f"{min(p[1] for p in pairs):.3g}-{max(p[1] for p in pairs):.4g} kg, "
          f"spans {min(p[0] for p in pairs):.3g}-{max(p[0] for p in pairs):.3g} m")
    print(f"shipped span law: {fwp.fitted_relations()['span']}")
    for name, predict in (("inverted", _inverted), ("regressed", _regressed)):
        med, rms, inside, n, width = loo(pairs, predict)
        print(f"  mass from span, {name:9s}: LOO median |error| {med:.1f} %, rms ln {rms:.3f}, "
              f"{inside}/{n} inside the fold's p5-p95, median band p95/p5 x{width:.1f}")
    pay = fwm.payload_rows(fwp._load())
    med, rms, inside, n, width = loo(pay, _regressed)
    print(f"  mass from payload (shipped): LOO median |error| {med:.1f} %, rms ln {rms:.3f}, "
          f"{inside}/{n} inside the fold's p5-p95, median band p95/p5 x{width:.1f}")
    law = fwm.fit_mass_law(pairs)
    b = 16 * 0.3048
    print(f"  the 16-ft (4.88 m) wing, regressed: {law.describe()}; median "
          f"{float(law.median(b)):.3g} kg, p5-p95 {float(law.at(b, 5)):.3g}-"
          f"{float(law.at(b, 95)):.3g} kg")
    print("  worst folds (regressed):")
    rows = []
    for b_, m, name in pairs:
        mm, lo, hi = _regressed([p for p in pairs if p[2] != name], b_)
        rows.append((abs(math.log(m / mm)), name, b_, m, mm, lo, hi))
    for _, name, b_, m, mm, lo, hi in sorted(rows, reverse=True)[:6]:
        print(f"    {name[:32]:32s} {b_:6.3g} m {m:8.4g} kg: predicted {mm:8.4g} kg "
              f"({100 * (mm / m - 1):+.0f} %), p5-p95 {lo:.3g}-{hi:.3g}")


if __name__ == "__main__":
    main()
