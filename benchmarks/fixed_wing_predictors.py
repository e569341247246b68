"""Nested leave-one-out tests of predictors a fixed-wing row states (issue #13, fwacc4).

Each candidate predictor of the endurance factor y = ln(stated / priors-only model) (per
aircraft the mean over its endurance and flight-range figures, ``accuracy_fixed_wing.
_priors_ratios``: the literature priors at their centres, the span, energy and engine-power
relations refitted without the aircraft) is tested against the kind's median, per vehicle kind,
by nested leave-one-out: in every outer fold the candidate (the predictor, or the median) with
the lower inner leave-one-out rms over the fold's own rows is chosen and fitted on them, then
predicts the held-out aircraft; the outer errors are the held-out error of choosing and fitting
together (as ``priors.fixed_wing_class.nested_choice``, generalised to any candidate). The
predictors, each from what a source states (never the aircraft's name, never the figure judged):

* ``class3``: the airframe class from the role's type words, munition (loitering munition,
  one-way attack, kamikaze, suicide, a stated warhead) / reconnaissance (reconnaissance,
  surveillance, ISR) / other: the median of the fold's rows of the held-out row's class (two
  or more), else of all;
* ``cruise``: a line in x = ln(stated cruise airspeed / the model's best-endurance speed at the
  priors' centres): a maker whose cruise is fast for the wing the priors give it flies a
  smaller, more heavily loaded wing than the priors' (wing loading follows from the cruise
  speed and C_L); rows without a stated cruise airspeed get the fold's median;
* ``span-length``: a line in ln(span / length), both stated (aspect ratio from span and
  length); other rows the median;
* ``mass``: a line in ln(take-off mass) (the size trend of the eighth review, here nested).

And, on the rows that state their energy on board, the energy per kilogram of take-off mass
(battery: J/kg; fuel: the fuel fraction) by ``class3`` and by a line in ln(take-off mass)
(conditioned on stated take-off mass and class), against the pooled median the benchmark fits.

The BSFC by engine size is already the model's (``priors.fixed_wing.bsfc_range``, Ausserer's
displacement classes); a fitted BSFC law would need the fuel burnt at a known power, which no
row states (the rows give fuel carried and endurance, not power at the flight's speed).

Run (also printed by ``benchmarks/accuracy_fixed_wing.py``)::

    PYTHONPATH=$PWD python benchmarks/fixed_wing_predictors.py
"""
from __future__ import annotations

import math
import statistics
import sys
from pathlib import Path
from typing import Any, Callable

import numpy as np

from dronecalc.engine import fixed_wing as eng
from dronecalc.priors import fixed_wing as fwp
from dronecalc.priors import fixed_wing_class as fwc

sys.path.insert(0, str(Path(__file__).resolve().parent))   # benchmarks/ is no package
from _sibling import load  # noqa: E402

#: Role words of a reconnaissance airframe (after the munition words, which win): the roles as
#: the data's sources word them ("hand-launched reconnaissance", "tactical reconnaissance",
#: "mapping and surveillance", "intelligence, surveillance and reconnaissance"); judgement.
RECON_WORDS = ("reconnaissance", "surveillance", "isr")


def class3(row: dict) -> str:
    """munition / reconnaissance / other, from the role words and a stated warhead."""
    if fwc.row_class(row) == "munition":
        return "munition"
    role = row.get("role", "").lower()
    return "reconnaissance" if any(w in role for w in RECON_WORDS) else "other"


def best_endurance_speed(bench, row: dict) -> float:
    """The model's best-endurance speed [m/s] at the literature priors' centres (the row's own
    figures, relations fitted without it), at the mass its endurance is flown at."""
    fits = fwp.fit_excluding(row["name"])
    figure = "endurance" if "endurance" in row else "range"
    v = bench._draws(row, fits, 1, None, True, figure=figure)
    return float(np.asarray(eng.performance(v, row["kind"])["best_endurance_speed"])[0])


def covariates(bench, row: dict) -> dict[str, float | None]:
    """Each line predictor's x for ``row`` (None where the row does not state it)."""
    out: dict[str, float | None] = {"mass": math.log(row["takeoff_mass"].mid)}
    cruise = row.get("cruise_speed")
    out["cruise"] = (math.log(cruise.mid / 3.6 / best_endurance_speed(bench, row))
                     if cruise is not None and cruise.frame != "ground" else None)
    out["span-length"] = (math.log(row["wingspan"].mid / row["length"].mid)
                          if "wingspan" in row and "length" in row else None)
    return out


def _median(train, _row):
    return statistics.median(t["y"] for t in train)


def _by_class3(train, row):
    own = [t["y"] for t in train if t["class3"] == row["class3"]]
    return statistics.median(own) if len(own) >= 2 else _median(train, row)


def _line(name: str) -> Callable:
    def fit(train, row):
        pts = [(t[name], t["y"]) for t in train if t[name] is not None]
        if row[name] is None or len(pts) < 3:
            return _median(train, row)
        x, y = map(np.array, zip(*pts))
        slope, icpt = np.polyfit(x, y, 1)
        return float(icpt + slope * row[name])
    return fit


PREDICTORS: dict[str, Callable] = {"class3": _by_class3, "cruise": _line("cruise"),
                                   "span-length": _line("span-length"), "mass": _line("mass")}


def _loo(rows, f) -> list[float]:
    return [rows[i]["y"] - f(rows[:i] + rows[i + 1:], rows[i]) for i in range(len(rows))]


def _rms(errs) -> float:
    return math.sqrt(statistics.mean(e * e for e in errs)) if errs else math.nan


def nested(rows: list[dict], name: str, f: Callable) -> dict[str, Any]:
    """Nested leave-one-out of ``f`` against the median over ``rows`` (each with ``y``):
    ``inner`` both candidates' plain LOO rms over all rows; ``outer`` per held-out row the
    candidate the other rows chose (ties: the median) and its error; ``rms`` the outer rms;
    ``median_abs`` the median |exp(error) - 1| of the outer errors (as a figure's error)."""
    cands = {"median": _median, name: f}
    inner = {k: _rms(_loo(rows, g)) for k, g in cands.items()}
    outer = []
    for i, row in enumerate(rows):
        train = rows[:i] + rows[i + 1:]
        scores = {k: _rms(_loo(train, g)) for k, g in cands.items()}
        pick = min(scores, key=lambda k: (scores[k], k != "median"))
        outer.append((row["name"], pick, row["y"] - cands[pick](train, row)))
    errs = [e for *_, e in outer]
    return {"inner": inner, "outer": outer, "rms": _rms(errs),
            "median_abs": statistics.median(abs(math.expm1(e)) for e in errs),
            "median_abs_pooled": statistics.median(abs(math.expm1(e)) for e in
                                                   _loo(rows, _median))}


def factor_rows(bench, mode: str) -> dict[str, list[dict]]:
    """Per vehicle kind: every aircraft with a stated endurance or flight range, its y and
    its predictors."""
    ratios = bench._priors_ratios(mode)
    out: dict[str, list[dict]] = {}
    for r in fwp.load_fixed_wing():
        if r["name"] not in ratios:
            continue
        out.setdefault(r["kind"], []).append(
            {"name": r["name"], "class3": class3(r), **covariates(bench, r),
             "y": statistics.mean(x for _, x in ratios[r["name"]])})
    return out


def energy_rows() -> dict[str, list[dict]]:
    """Per energy class: the rows that state their energy, y = ln(energy per kg of take-off
    mass) (battery J/kg; fuel the fuel fraction)."""
    out: dict[str, list[dict]] = {}
    for r in fwp.load_fixed_wing():
        if r["kind"] not in fwp.BENCHMARK_KINDS or "takeoff_mass" not in r:
            continue
        e = fwp.stated_energy(r)
        if e is None:
            continue
        out.setdefault(fwp.energy_class(r["kind"]), []).append(
            {"name": r["name"], "class3": class3(r), "mass": math.log(r["takeoff_mass"].mid),
             "y": math.log(e / r["takeoff_mass"].mid)})
    return out


#: Where in the speed range a maker's cruise is taken for the wing it implies: the minimum-drag
#: speed (C_L = sqrt(C_D0 / K), the best-range speed of a propeller aircraft, Anderson 1999 ch. 5)
#: or Carson's speed, 3^(1/4) times it (C_L = sqrt(C_D0 / K) / sqrt(3): the speed of least drag
#: times speed, Carson 1980, "Fuel efficiency of small aircraft", AIAA 80-1847).
CRUISE_POINTS = {"cruise-wing Vmd": 1.0, "cruise-wing Carson": 1.0 / math.sqrt(3.0)}


def cruise_wing_area(v: dict, cruise: float, k_cl: float, iterations: int = 40) -> np.ndarray:
    """The wing area [m^2] at which the stated ``cruise`` [m/s] is flown at C_L = ``k_cl`` x
    sqrt(C_D0 / K), the rest of ``v`` (span, C_D0, e) as drawn: S = 2 m g / (rho V^2 C_L), with
    K = 1 / (pi e b^2 / S) from the same S (fixed point; closed form for k_cl = 1 and a fixed e:
    S = 4 W^2 / (rho^2 V^4 b^2 C_D0 pi e))."""
    from dronecalc.physics.atmosphere import _air_density
    from dronecalc.physics.rotor import _G
    v = dict(v)
    rho = _air_density(np.asarray(v["altitude"], dtype=float))
    weight = np.asarray(v["takeoff_mass"], dtype=float) * _G
    area = np.asarray(v["wingspan"], dtype=float) ** 2 / np.asarray(
        v.get("aspect_ratio", 10.0), dtype=float)
    for _ in range(iterations):
        v["wing_area"] = area
        _, _, k = eng.geometry(v)
        cl = k_cl * np.sqrt(np.asarray(v["zero_lift_drag"], dtype=float) / k)
        area = 2.0 * weight / (rho * cruise ** 2 * cl)
    return area


def cruise_wing_ratios(bench, mode: str, k_cl: float) -> dict[str, float]:
    """Per aircraft, mean ln(stated / priors-only model) as ``_priors_ratios`` but with the wing
    area its stated cruise airspeed implies (:func:`cruise_wing_area`) where the row states a
    cruise airspeed and no wing area; other rows as there."""
    out = {}
    for r in fwp.load_fixed_wing():
        if r["kind"] not in fwp.BENCHMARK_KINDS or "takeoff_mass" not in r:
            continue
        fits = fwp.fit_excluding(r["name"])
        logs = []
        for key, target in bench._figures(r):
            v = bench._draws(r, fits, 1, None, True, figure=bench.FIGURES[key][0])
            cruise = r.get("cruise_speed")
            if cruise is not None and cruise.frame != "ground" and "wing_area" not in r:
                v["wing_area"] = cruise_wing_area(v, cruise.mid / 3.6, k_cl)
                v.pop("aspect_ratio", None)
            p = float(bench.predict(r, key, fits, mode, draws=v)[0])
            if p > 0 and math.isfinite(p):
                logs.append(math.log(target / p))
        # NaN: the implied wing cannot fly the row's figure (its C_L above C_L,max at the
        # stated speed); the comparison keeps the plain priors' y for such a row
        out[r["name"]] = statistics.mean(logs) if logs else math.nan
    return out


def nested_models(rows: list[dict], alt: str) -> dict[str, Any]:
    """Nested leave-one-out between two models of the same figures: the plain priors (y) and
    ``alt`` (row[alt], its own ln(stated / model)), each with the kind's median factor fitted
    on the fold; per outer fold the model with the lower inner LOO rms is chosen."""
    def err(train, row, key):
        return row[key] - statistics.median(t[key] for t in train)
    inner = {k: _rms([err(rows[:i] + rows[i + 1:], rows[i], k) for i in range(len(rows))])
             for k in ("y", alt)}
    outer = []
    for i, row in enumerate(rows):
        train = rows[:i] + rows[i + 1:]
        scores = {k: _rms([err(train[:j] + train[j + 1:], train[j], k)
                           for j in range(len(train))]) for k in ("y", alt)}
        pick = min(scores, key=lambda k: (scores[k], k != "y"))
        outer.append((row["name"], pick, err(train, row, pick)))
    errs = [e for *_, e in outer]
    return {"inner": inner, "outer": outer, "rms": _rms(errs),
            "median_abs": statistics.median(abs(math.expm1(e)) for e in errs)}


def _print(label: str, rows: list[dict], predictors) -> dict:
    res = {}
    counts = {c: sum(1 for t in rows if t["class3"] == c) for c in
              ("munition", "reconnaissance", "other")}
    print(f"  {label}: n = {len(rows)} (" + ", ".join(f"{c} {n}" for c, n in counts.items()
                                                     if n) + ")")
    for name in predictors:
        if name != "class3" and sum(t.get(name) is not None for t in rows) < 4:
            print(f"    {name:<12} fewer than 4 rows state it: not tested")
            continue
        r = nested(rows, name, PREDICTORS[name])
        picks = sorted({p for _, p, _ in r["outer"]})
        stated = sum(t.get(name) is not None for t in rows) if name != "class3" else len(rows)
        print(f"    {name:<12} rows with it {stated:>2}; inner LOO rms: median "
              f"{r['inner']['median']:.3f}, {name} {r['inner'][name]:.3f}; outer (nested) rms "
              f"{r['rms']:.3f}, median |error| {100 * r['median_abs']:.1f} % against "
              f"{100 * r['median_abs_pooled']:.1f} % for the median alone (folds chose: "
              f"{', '.join(picks)})")
        res[name] = r
    return res


def main(bench=None) -> dict:
    bench = bench or load("accuracy_fixed_wing")
    print("\nPredictors a row states, nested leave-one-out (fixed_wing_predictors.py; y = ln "
          "endurance factor, stated / priors-only model, per aircraft; each candidate against "
          "the kind's median, chosen and fitted inside every fold):")
    summary: dict[str, Any] = {}
    for mode in bench.SPEEDS:
        for kind, rows in factor_rows(bench, mode).items():
            if len(rows) < 4:
                continue
            summary[(mode, kind)] = _print(f"{kind}, speed mode {mode!r}", rows, PREDICTORS)
    print("  the wing a stated cruise airspeed implies (no wing area stated), in the physics, "
          "then the kind's median factor; nested against the plain priors' factor:")
    for mode in bench.SPEEDS:
        base = factor_rows(bench, mode)
        for label, k_cl in CRUISE_POINTS.items():
            alt = cruise_wing_ratios(bench, mode, k_cl)
            for kind, rows in base.items():
                unflown = sum(math.isnan(alt.get(t["name"], 0.0)) for t in rows)
                rows = [{**t, label: alt[t["name"]] if math.isfinite(alt.get(t["name"], math.nan))
                         else t["y"]} for t in rows]
                if len(rows) < 4:
                    continue
                r = nested_models(rows, label)
                moved = sum(abs(t[label] - t["y"]) > 1e-9 for t in rows)
                picks = sorted({"priors" if p == "y" else p for _, p, _ in r["outer"]})
                print(f"    {kind:<20} mode {mode!r:<8} {label:<19} rows it changes {moved:>2}/"
                      f"{len(rows)} ({unflown} cannot fly it); inner LOO rms: priors "
                      f"{r['inner']['y']:.3f}, {label} {r['inner'][label]:.3f}; outer (nested) "
                      f"rms {r['rms']:.3f}, median |error| {100 * r['median_abs']:.1f} % (folds "
                      f"chose: {', '.join(picks)})")
                summary[(mode, kind, label)] = r
    print("  energy on board per kg of take-off mass, rows that state it (ln y; class3 and "
          "a line in ln take-off mass, against the pooled median):")
    for cls, rows in energy_rows().items():
        summary[("energy", cls)] = _print(f"energy per kg, {cls}", rows, ("class3", "mass"))
    return summary


if __name__ == "__main__":
    main()
