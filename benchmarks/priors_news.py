"""Verdicts on makers' flight times in the news-story rendering: true, doubled, tripled.

For every real machine of ``dronecalc/data/multirotors.toml`` + ``multirotors_priors.toml``
with a sourced take-off mass, capacity per pack and maker's flight time, a case is written as
a news story would give it (the airframe word, or the rotor count when sourced; one mass; the
capacity in mAh; no voltage, cells, packs or chemistry; a ``multirotors_priors.toml`` [[drone]]
entry with no sourced rotor count gets no airframe figure: "quadcopter" would misname the
agricultural octocopters there) with the maker's flight time as the
claim, then doubled, then tripled. Prints the verdicts and the share consistent / implausible.

With ``--leave-one-out`` every prior fitted on real machines is refitted without the machine
being judged (:func:`dronecalc.priors.holdout.held_out`: its cells, battery share, rotor size
and efficiency are then out of the fits). The machines are also in the fit data otherwise:
in-sample numbers.

    PYTHONPATH=$PWD python benchmarks/priors_news.py [--samples 20000] [--leave-one-out]
    PYTHONPATH=$PWD python benchmarks/priors_news.py --fits

``--fits`` prints, instead of the verdicts, the relations a news story's figures (mass, the
charge of one pack) could condition the unstated energy on, with their in-sample and
leave-one-out scatter (docs/theory.md 9.5, issue 10 fifth round).
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

from dronecalc import check, load_case
from dronecalc.priors import calibration

from dronecalc.priors.holdout import held_out

FACTORS = (1, 2, 3)


def machines() -> list[dict]:
    """Machines with a take-off mass, a capacity per pack and a maker's flight time."""
    import tomllib
    from importlib import resources
    out = []
    extra_path = resources.files("dronecalc").joinpath("data", "multirotors_priors.toml")
    extra = tomllib.loads(extra_path.read_text("utf-8")) if extra_path.is_file() else {}
    sup = {s["name"]: s for s in extra.get("supplement", [])}
    for d in calibration.load_multirotors():
        entry = {**{k: v for k, v in d.items()}, **sup.get(d["name"], {})}
        times = [f for f in d["flight_time"] if f["payload"].m_as("kg") == 0]
        cap = entry.get("battery_capacity_per_pack")
        if "takeoff_mass" not in d or cap is None or not times:
            continue
        out.append({"name": d["name"], "mass": f"{d['takeoff_mass']:~P}".replace(" ", " "),
                    "capacity": str(cap) if isinstance(cap, str) else f"{cap.m_as('mAh'):g} mAh",
                    "rotors": d.get("rotors"), "time": times[0]["value"].m_as("min"),
                    "mode": times[0]["mode"]})
    for d in extra.get("drone", []):
        if {"takeoff_mass", "battery_capacity_per_pack", "flight_time"} <= set(d):
            out.append({"name": d["name"], "mass": d["takeoff_mass"],
                        "capacity": d["battery_capacity_per_pack"], "rotors": d.get("rotors"),
                        "time": float(d["flight_time"].split()[0]), "mode": "flight",
                        "airframe": None})
    return out


def case_text(m: dict, minutes: float) -> str:
    rotors = (f'field = "rotors"\ntext = "{m["rotors"]}"' if m.get("rotors")
              else f'field = "airframe"\ntext = "{m.get("airframe", "quadcopter")}"')
    airframe = ('vehicle_kind = "multirotor"\n'        # no airframe word to tell the kind
                if not m.get("rotors") and m.get("airframe", "quadcopter") is None
                else f"[figures.F1]\n{rotors}\nrole = \"input\"\n")
    return f'''[case]
title = "news story: {m['name']}"
source = "benchmark rendering of the maker's figures"
{airframe}
[figures.F2]
field = "takeoff_mass"
text = "{m['mass']}"
role = "input"

[figures.F3]
field = "battery_charge"
text = "{m['capacity']}"
role = "input"

[figures.F4]
field = "flight_time"
text = "{minutes:.4g} min"
role = "claim"
'''


def verdict(m: dict, factor: int, samples: int, folder: Path) -> str:
    path = folder / f"{m['name'].replace(' ', '_')}_x{factor}.toml"
    path.write_text(case_text(m, m["time"] * factor), encoding="utf-8")
    try:
        result = check(load_case(path), samples=samples, seed=0)
    except Exception as exc:             # a case that fails to run is a result here
        return f"failed ({type(exc).__name__}: {exc})"[:60]
    found = [f for f in result.findings if "F4" in f.claims and f.check == "endurance"]
    return found[0].verdict if found else "no finding"


#: Relations ``--fits`` compares: (name, what y is, row key(s) it needs, regressors). ``E/m``
#: is the energy of all packs over the take-off mass without payload [Wh/kg], the figure a
#: flight time scales with at a stated mass; ``C`` the charge of one pack [Ah], what a news
#: story states besides the mass.
FITS = (("ln n_s ~ ln m", "cells", ("cells", "capacity"), ("m",)),
        ("ln n_s ~ ln m + ln C", "cells", ("cells", "capacity"), ("m", "C")),
        ("ln E/m ~ ln m", "energy per mass", ("energy", "capacity"), ("m",)),
        ("ln E/m ~ ln m + ln C", "energy per mass", ("energy", "capacity"), ("m", "C")))


def fits() -> list[dict]:
    """Least squares of each relation of :data:`FITS` on the real machines of
    :func:`dronecalc.priors.conditioned.prior_rows` that state both keys (one set of rows for
    the pair of a y, so the two fits compare), with its in-sample residual scatter and its
    leave-one-out residuals (each machine predicted by the fit without it).

    Returns
    -------
    list of dict
        ``name``, ``n``, ``coef`` and ``se`` (intercept first), ``scatter`` (in ln),
        ``loo_rms`` (root mean square of the leave-one-out residuals, in ln) and ``loo``
        (machine name -> leave-one-out residual).
    """
    import math

    import numpy as np

    from dronecalc.priors.conditioned import prior_rows
    out = []
    for name, y_name, keys, regressors in FITS:
        rows = [r for r in prior_rows() if all(k in r for k in keys)]
        mass = np.array([r["mass"] for r in rows])
        charge = np.array([r["capacity"] for r in rows]) / 1000.0
        y = (np.log([float(r["cells"]) for r in rows]) if y_name == "cells"
             else np.log(np.array([r["energy"] for r in rows]) / mass))
        X = np.column_stack([np.ones_like(mass)] + [np.log(mass if k == "m" else charge)
                                                    for k in regressors])
        n, p = X.shape
        coef = np.linalg.lstsq(X, y, rcond=None)[0]
        res = y - X @ coef
        scatter = math.sqrt(float(res @ res) / (n - p))
        se = scatter * np.sqrt(np.diag(np.linalg.inv(X.T @ X)))
        loo = {}
        for i, r in enumerate(rows):
            keep = np.arange(n) != i
            b = np.linalg.lstsq(X[keep], y[keep], rcond=None)[0]
            loo[r["name"]] = float(y[i] - X[i] @ b)
        out.append({"name": name, "n": n, "coef": coef, "se": se, "scatter": scatter,
                    "loo_rms": math.sqrt(float(np.mean(np.square(list(loo.values()))))),
                    "loo": loo})
    return out


def print_fits() -> None:
    """The table of :func:`fits`, then each machine's leave-one-out residuals."""
    found = fits()
    print("| relation | n | coefficients (s.e.) | scatter (ln) | leave-one-out rms (ln) |")
    print("|---|---|---|---|---|")
    for f in found:
        coef = ", ".join(f"{c:+.3g} ({e:.2g})" for c, e in zip(f["coef"], f["se"]))
        print(f"| {f['name']} | {f['n']} | {coef} | {f['scatter']:.3f} | {f['loo_rms']:.3f} |")
    names = sorted(set().union(*(f["loo"] for f in found)))
    print("\nleave-one-out residuals (ln): " + " | ".join(f["name"] for f in found))
    for name in names:
        print(f"{name:<28} " + "  ".join(f"{f['loo'][name]:+.3f}" if name in f["loo"]
                                         else "   -  " for f in found))


def reach(samples: int = 200_000, seed: int = 0) -> list[tuple[str, dict, dict]]:
    """For each machine with a mass, a charge per pack and an energy: the energy per take-off
    mass [Wh/kg] a news story's priors draw, leave-one-out, two ways, and where its own
    value and twice and three times it fall.

    ``shipped``: the cells (:func:`~dronecalc.priors.conditioned.cells_from_percentile`,
    p0.5-p99.5) x the pack count (uniform over the conditioned range) x 3.7 V (LiPo, no
    chemistry stated) x the charge, over the mass; samples whose pack would exceed the
    battery-share constraint at 130-200 Wh/kg are dropped, as the checks drop them.
    ``joint``: the Student-t prediction distribution of ``ln E/m ~ ln m + ln C`` (p0.5-p99.5).
    Each dict: ``pit`` (share of draws at or below the machine's value), ``x2``, ``x3``
    (share at or above twice, three times it). Energy only: the flight physics' spread and
    bias come on top in the checks.
    """
    import math

    import numpy as np
    from scipy.special import stdtrit

    from dronecalc.priors import conditioned
    rng = np.random.default_rng(seed)
    rows = [r for r in conditioned.prior_rows() if "energy" in r and "capacity" in r]
    out = []
    for r in sorted(rows, key=lambda r: r["mass"]):
        m, charge, own = r["mass"], r["capacity"] / 1000.0, r["energy"] / r["mass"]
        with held_out([r["name"]]):
            cells = conditioned.cells_from_percentile(np.full(samples, m),
                                                      rng.uniform(0.005, 0.995, samples))
            packs = rng.integers(1, int(conditioned._packs((m, m)).high) + 1, samples)
            limit = conditioned.battery_fraction_limit((m, m)).high
        energy = charge * cells * 3.7 * packs
        shipped = (energy / m)[energy / rng.uniform(130.0, 200.0, samples) / m <= limit]
        others = [x for x in rows if x is not r]
        mass = np.array([x["mass"] for x in others])
        X = np.column_stack([np.ones_like(mass), np.log(mass),
                             np.log([x["capacity"] / 1000.0 for x in others])])
        y = np.log([x["energy"] for x in others]) - np.log(mass)
        coef = np.linalg.lstsq(X, y, rcond=None)[0]
        n, p = X.shape
        scatter = math.sqrt(float(np.sum((y - X @ coef) ** 2)) / (n - p))
        x = np.array([1.0, math.log(m), math.log(charge)])
        spread = scatter * math.sqrt(1.0 + x @ np.linalg.inv(X.T @ X) @ x)
        joint = np.exp(x @ coef + stdtrit(n - p, rng.uniform(0.005, 0.995, samples)) * spread)
        out.append((r["name"], *({"pit": float(np.mean(d <= own)),
                                  "x2": float(np.mean(d >= 2 * own)),
                                  "x3": float(np.mean(d >= 3 * own))} for d in (shipped, joint))))
    return out


def print_reach() -> None:
    """The table of :func:`reach` and its totals."""
    found = reach()
    print("\nenergy per take-off mass drawn for a news story (leave-one-out): share of draws at "
          "or below the machine's own, at or above twice and three times it")
    print(f"{'machine':<28} {'shipped: own, x2, x3':>26}   {'joint ln E/m fit: own, x2, x3':>30}")
    for name, a, b in found:
        print(f"{name:<28} " + "   ".join(f"{d['pit']:6.2f} {100 * d['x2']:6.1f} % "
                                         f"{100 * d['x3']:5.1f} %" for d in (a, b)))
    for label, k in (("shipped", 1), ("joint", 2)):
        inside = sum(0.05 < row[k]["pit"] < 0.95 for row in found)
        print(f"{label}: own value inside p5-p95 for {inside} of {len(found)}; twice it drawn "
              f"by 5 % or more for {sum(row[k]['x2'] >= 0.05 for row in found)}, three times "
              f"it by 0.1 % or more for {sum(row[k]['x3'] >= 0.001 for row in found)}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=20000)
    parser.add_argument("--leave-one-out", action="store_true")
    parser.add_argument("--fits", action="store_true",
                        help="print the candidate news-story relations and their scatter only")
    args = parser.parse_args(argv)
    if args.fits:
        print_fits()
        print_reach()
        return 0
    rows = machines()
    table = {f: [] for f in FACTORS}
    with tempfile.TemporaryDirectory() as tmp:
        for m in rows:
            hold = (held_out([m["name"]]) if args.leave_one_out
                    else contextlib.nullcontext())
            with hold:
                got = [verdict(m, f, args.samples, Path(tmp)) for f in FACTORS]
            for f, v in zip(FACTORS, got):
                table[f].append(v)
            print(f"{m['name']:<28} {m['mass']:>8} {m['capacity']:>10} {m['time']:5.0f} min "
                  f"({m['mode']}): " + " | ".join(f"x{f} {v}" for f, v in zip(FACTORS, got)))
    n = len(rows)

    def share(f, word):
        return 100.0 * sum(v == word for v in table[f]) / n
    failed = sum(v.startswith("failed") for f in FACTORS for v in table[f])
    print(f"\n{n} machines, {args.samples} samples, seed 0"
          + (", leave-one-out priors" if args.leave_one_out else ""))
    print(f"true -> consistent {share(1, 'consistent'):.0f} %; x2 -> consistent "
          f"{share(2, 'consistent'):.0f} %; x3 -> implausible {share(3, 'implausible'):.0f} %; "
          f"failed to run {failed} of {3 * n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
