"""Energy share against take-off mass: is a mass line a better centre than one number per class?
(issue #13, fwdata). Measured, nothing shipped.

The energy share is battery energy per kg of take-off mass [Wh/kg] for the electric kinds and
fuel mass / take-off mass for the pistons (``priors.fixed_wing.stated_energy``). Per class
(conventional electric wings, quadplanes, pistons), on the rows of data/fixed_wing.toml that
state their energy, two centres are compared in leave-one-aircraft-out:

* ``pooled``: the geometric mean of the other rows of the class;
* ``mass line``: ln share = a + b ln m, least squares on the other rows of the class.

The held-out rms of ln share is printed for each, and for the quadplanes also that of the
battery MASS share (battery mass / take-off mass, the engine's ``battery_fraction``, which it
multiplies by a drawn specific energy). A second table asks what a centre would do
where it is used: for each row that does NOT state its energy, the share that alone makes the
model meet the stated figure (``benchmarks/fixed_wing_row_drivers.py``, the other inputs at
their centres) is set beside the shipped prior's centre, the pooled centre and the mass line
(each fitted on all the class's stated rows, which never include that row), with |ln| errors.
These needs carry the other priors' errors, so they are an indication, not data.

Command: ``PYTHONPATH=$PWD /work/venv/bin/python benchmarks/fixed_wing_share_mass.py``
"""
from __future__ import annotations

import numpy as np

from dronecalc.priors import fixed_wing as fwp

#: class -> kinds; the nested-class covariate of accuracy_fixed_wing.py splits the same way
CLASSES = {"conventional electric": ("fixed-wing-electric",), "quadplane": ("vtol-quadplane",),
           "piston": ("fixed-wing-piston",)}


def share_of(row: dict) -> float | None:
    """A row's stated energy share: Wh per kg of take-off mass (battery) or fuel / take-off."""
    e = fwp.stated_energy(row)
    if e is None or "takeoff_mass" not in row:
        return None
    m = row["takeoff_mass"].mid
    return e / m if fwp.energy_class(row["kind"]) == "fuel" else e / m / 3600.0


def fit_line(ln_m: np.ndarray, ln_y: np.ndarray) -> tuple[float, float]:
    """Least-squares a, b of ln y = a + b ln m."""
    b, a = np.polyfit(ln_m, ln_y, 1)
    return float(a), float(b)


def loo_rms(ln_m: np.ndarray, ln_y: np.ndarray) -> tuple[float, float]:
    """Held-out rms of ln y: (pooled mean of the rest, mass line of the rest)."""
    pooled, line = [], []
    for i in range(ln_y.size):
        keep = np.arange(ln_y.size) != i
        pooled.append(ln_y[i] - ln_y[keep].mean())
        a, b = fit_line(ln_m[keep], ln_y[keep])
        line.append(ln_y[i] - (a + b * ln_m[i]))
    return float(np.sqrt(np.mean(np.square(pooled)))), float(np.sqrt(np.mean(np.square(line))))


def stated_by_class() -> dict[str, list[tuple[str, float, float]]]:
    """class -> [(name, take-off mass kg, share)] of the rows stating their energy."""
    out = {c: [] for c in CLASSES}
    for r in fwp.load_fixed_wing():
        s = share_of(r)
        for c, kinds in CLASSES.items():
            if s is not None and r["kind"] in kinds:
                out[c].append((r["name"], r["takeoff_mass"].mid, s))
    return out


def main() -> None:
    stated = stated_by_class()
    print("Energy share vs take-off mass, rows stating their energy (Wh/kg for electric, "
          "fuel / take-off mass for pistons); leave-one-aircraft-out rms of ln share:")
    lines = {}
    for c, rows in stated.items():
        m = np.log([x[1] for x in rows])
        y = np.log([x[2] for x in rows])
        pooled, line = loo_rms(m, y)
        a, b = fit_line(m, y)
        lines[c] = (float(np.exp(y.mean())), a, b)
        print(f"  {c:<22} n={len(rows):<2} pooled {pooled:.3f}  mass line {line:.3f}  "
              f"(all rows: geometric mean {np.exp(y.mean()):.3g}; line exp({a:.3f}) m^{b:+.3f}, "
              f"masses {np.exp(m.min()):.3g}-{np.exp(m.max()):.3g} kg)")
        for name, mass, s in rows:
            print(f"      {name[:40]:<40} {mass:8.3g} kg  share {s:.3g}")

    vtol = [(r["takeoff_mass"].mid, r["battery_mass"].mid / r["takeoff_mass"].mid)
            for r in fwp.load_fixed_wing() if r["kind"] in ("vtol-quadplane", "tailsitter")
            and "battery_mass" in r and "takeoff_mass" in r]
    m = np.log([x[0] for x in vtol])
    y = np.log([x[1] for x in vtol])
    pooled, line = loo_rms(m, y)
    print(f"  quadplane battery MASS share (what the engine draws, x specific energy): "
          f"n={len(vtol)} pooled {pooled:.3f}  mass line {line:.3f}  (line m^{fit_line(m, y)[1]:+.3f})")

    from fixed_wing_row_drivers import row_drivers       # benchmarks/ is on sys.path
    print("\nRows NOT stating their energy: the share the model needs (row drivers) against "
          "each centre, |ln(centre / need)|:")
    print(f"  {'aircraft':<34} {'class':<22} {'m kg':>6} {'need':>7} {'shipped':>8} "
          f"{'pooled':>7} {'line':>7}   |ln| shipped / pooled / line")
    errs = {c: [] for c in CLASSES}
    rows_by_name = {r["name"]: r for r in fwp.load_fixed_wing()}
    for res in row_drivers(show=False):
        need = res["match"].get("share")
        if need is None or "share" not in res["centre"]:
            continue
        c = next(k for k, kinds in CLASSES.items() if res["kind"] in kinds)
        mass = rows_by_name[res["name"]]["takeoff_mass"].mid
        gm, a, b = lines[c]
        shipped, line = res["centre"]["share"], float(np.exp(a + b * np.log(mass)))
        e = [abs(np.log(x / need)) for x in (shipped, gm, line)]
        errs[c].append(e)
        print(f"  {res['name'][:34]:<34} {c:<22} {mass:6.3g} {need:7.3g} {shipped:8.3g} "
              f"{gm:7.3g} {line:7.3g}   {e[0]:.2f} / {e[1]:.2f} / {e[2]:.2f}")
    print("\nMedian |ln(centre / need)| per class (shipped / pooled / mass line):")
    for c, e in errs.items():
        if e:
            med = np.median(np.array(e), axis=0)
            print(f"  {c:<22} n={len(e):<2} {med[0]:.2f} / {med[1]:.2f} / {med[2]:.2f}")


if __name__ == "__main__":
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
