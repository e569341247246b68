"""Per aircraft of the fixed-wing benchmark: which one unstated input would have to move, and how
far, for the model to give the stated figure (issue #13, fwacc).

For every held-out figure of ``benchmarks/accuracy_fixed_wing.py`` (relations refitted without
the aircraft, every literature prior at its centre: the ``priors`` point, as
``audit_fixed_wing.diagnose``), each input the row does NOT state is scanned alone over a wide
grid (vectorised: one engine call per input) while the others stay at their centres, and the
value at which the model crosses the stated figure is printed next to that input's prior range:

* ``C_D0``: zero-lift drag (a quadplane's stopped-rotor drag stays added on top);
* ``e``: span (Oswald) efficiency;
* ``eta_p``: propeller efficiency;
* ``share``: the energy on board as a share of take-off mass: fuel mass / m for a piston
  aircraft (prior: the fuel-fraction prior), battery energy per kg of take-off mass [Wh/kg] for
  an electric one (prior: battery share x specific energy, low x low to high x high); only
  where the row does not state its energy;
* ``BSFC`` [g/kWh] (piston): the class range of its stated (or fitted) engine power;
* ``AR``: aspect ratio, where no wing area (nor a stall speed) is stated;
* ``span`` [m], where no span is stated: the span law's p5-p95.

``*`` marks a value outside its prior range, ``-`` no crossing inside the grid (x1/30 to x30 of
the centre; e 0.3-1.0). The last column is the speed flown: the model's figure at the row's
stated cruise airspeed over its figure at the best speed (``-``: no airspeed stated). The
summary counts, per kind, the figures that one input inside its prior range can match, and
those no single input can (then two or more inputs are off together, or the stated figure /
the model is: the rows the benchmark's median |error| cannot lose by re-centring one prior).

This is a diagnosis of the literature priors (no cruise calibration: the quadplanes' shipped
factor x1.66 on eta L/D is what their ``need`` ~1.3-2.4 becomes in the checks). Nothing here
is fitted or shipped.

Run::

    PYTHONPATH=$PWD python benchmarks/fixed_wing_row_drivers.py
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from dronecalc.engine import fixed_wing as eng
from dronecalc.priors import fixed_wing as fwp

sys.path.insert(0, str(Path(__file__).resolve().parent))   # benchmarks/ is no package
from _sibling import load  # noqa: E402

_B = load("accuracy_fixed_wing")
GRID = np.geomspace(1.0 / 30.0, 30.0, 241)      # factors on an input's centre value
E_GRID = np.linspace(0.3, 1.0, 241)
_SHORT = {"fixed-wing-piston": "piston", "fixed-wing-electric": "electric",
          "vtol-quadplane": "quadplane"}
_WH = 3600.0


def _crossing(values: np.ndarray, model: np.ndarray, target: float) -> float | None:
    """The input value at which ``model`` first crosses ``target`` (log-linear), else None."""
    d = np.log(np.maximum(model, 1e-30)) - np.log(target)
    ok = np.isfinite(d)
    values, d = values[ok], d[ok]
    idx = np.nonzero(np.sign(d[:-1]) * np.sign(d[1:]) <= 0)[0]
    if idx.size == 0:
        return None
    i = int(idx[np.argmin(np.abs(values[idx] - np.median(values)))])  # nearest the centre
    if d[i] == d[i + 1]:
        return float(values[i])
    t = d[i] / (d[i] - d[i + 1])
    return float(np.exp(np.log(values[i]) + t * (np.log(values[i + 1]) - np.log(values[i]))))


def _inputs(row: dict, v: dict, fits: dict) -> list[tuple[str, str, np.ndarray, float, float,
                                                          float]]:
    """(label, draws key, grid of that key, prior low, high, display scale) per unstated input."""
    kind, m = row["kind"], row["takeoff_mass"].mid
    pri = fwp.prior_set(kind, delta=fwp.is_delta(row), flying_wing=fwp.is_flying_wing(row),
                        calibrated=False)
    fuel = fwp.energy_class(kind) == "fuel"
    c = {k: float(np.asarray(v[k]).ravel()[0]) for k in v}
    out = [("C_D0", "zero_lift_drag", c["zero_lift_drag"] * GRID,
            pri["zero_lift_drag"].low, pri["zero_lift_drag"].high, 1.0)]
    _, ar, _ = eng.geometry(v)
    if "oswald_efficiency" in pri:
        e_lo, e_hi = pri["oswald_efficiency"].low, pri["oswald_efficiency"].high
    else:
        e0 = float(np.clip(eng.fw.oswald_efficiency(ar[:1]), 0.3, 1.0)[0])
        e_lo, e_hi = e0 + pri["oswald_offset"].low, min(e0 + pri["oswald_offset"].high, 1.0)
    out.append(("e", "oswald_efficiency", E_GRID, e_lo, e_hi, 1.0))
    eta = pri["propeller_efficiency"]
    out.append(("eta_p", "propeller_efficiency", c["propeller_efficiency"] * GRID,
                eta.low, eta.high, 1.0))
    if fwp.stated_energy(row) is None:
        if fuel:
            ff = pri["fuel_fraction"]
            out.append(("share", "fuel_mass", c["fuel_mass"] * GRID, ff.low * m, ff.high * m,
                        1.0 / m))
        else:
            bf, se = pri["battery_fraction"], pri["specific_energy"]
            out.append(("share", "battery_energy", c["battery_energy"] * GRID,
                        bf.low * se.low * m, bf.high * se.high * m, 1.0 / (m * _WH)))
    if fuel:
        power = (row["engine_power"].mid if "engine_power" in row
                 else float(fits["engine_power"](m)))
        lo, hi, _ = fwp.bsfc_range(power)
        out.append(("BSFC", "bsfc", c["bsfc"] * GRID, lo, hi, 3.6e9))
    if "aspect_ratio" in v and "wing_area" not in v:
        a = pri["aspect_ratio"]
        out.append(("AR", "aspect_ratio", c["aspect_ratio"] * GRID, a.low, a.high, 1.0))
    if "wingspan" not in row:
        out.append(("span", "wingspan", c["wingspan"] * GRID, float(fits["span"](m, -1.645)),
                    float(fits["span"](m, 1.645)), 1.0))
    return out


def _fmt(x: float | None, lo: float, hi: float, scale: float) -> tuple[str, bool]:
    if x is None:
        return f"{'-':>7}", False
    inside = lo * (1 - 1e-9) <= x <= hi * (1 + 1e-9)
    val = x * scale
    txt = f"{val:.3g}" if val < 1000 else f"{val:.0f}"
    return f"{txt + ('' if inside else '*'):>7}", inside


def row_drivers(show: bool = True) -> list[dict]:
    """Print (``show``) and return, per figure, the single-input values that match (``match``,
    in the printed units) and whether each is inside its prior (``inside``)."""
    say = print if show else (lambda *a, **k: None)
    say("Per figure: the value each unstated input alone would need for the model (literature "
          "priors at their centres, relations refitted without the aircraft) to give the stated "
          "figure; * outside the input's prior range, - no crossing (docstring).")
    say(f"  {'aircraft':<34} {'kind':<9} {'fig':<4} {'need':>5}  "
          "input: centre -> to match [prior range] ...; speed flown: stated cruise / best")
    results = []
    for r in fwp.load_fixed_wing():
        if r["kind"] not in _B.KINDS or "takeoff_mass" not in r:
            continue
        fits = fwp.fit_excluding(r["name"])
        for key, target in _B._figures(r):
            figure = _B.FIGURES[key][0]
            base = _B._draws(r, fits, 1, None, True, figure=figure)
            model = float(_B.predict(r, key, fits, "best", draws=base)[0])
            cells, inside, match, centres = [], {}, {}, {}
            for label, name, grid, lo, hi, scale in _inputs(r, base, fits):
                v = {k: np.repeat(np.asarray(x, dtype=float).reshape(-1)[:1], grid.size)
                     for k, x in base.items()}
                v[name] = grid
                y = np.asarray(_B.predict(r, key, fits, "best", draws=v), dtype=float)
                x = _crossing(grid, y, target)
                centre = float(np.asarray(base[name]).ravel()[0]) if name in base else \
                    float(np.asarray(eng.geometry(base)[2]).ravel()[0])
                if name == "oswald_efficiency" and name not in base:
                    _, ar, k = eng.geometry(base)
                    centre = float(1.0 / (np.pi * ar[0] * k[0]))
                txt, ok = _fmt(x, lo, hi, scale)
                inside[label] = ok
                match[label] = None if x is None else x * scale
                centres[label] = centre * scale
                cells.append(f"{label} {centre * scale:.3g}->{txt.strip()} "
                             f"[{lo * scale:.3g}-{hi * scale:.3g}]")
            air = "cruise_speed" in r and r["cruise_speed"].frame != "ground"
            speed = (f"{float(_B.predict(r, key, fits, 'cruise', draws=base)[0]) / model:.2f}"
                     if air else "-")
            say(f"  {r['name'][:34]:<34} {_SHORT[r['kind']]:<9} {figure[:4]:<4} "
                  f"{target / model:5.2f}  " + "; ".join(cells) + f"; speed {speed}")
            results.append({"name": r["name"], "kind": r["kind"], "figure": figure,
                            "need": target / model, "inside": inside, "match": match,
                            "centre": centres})
    summary(results, say)
    return results


def summary(results: list[dict], say=print) -> None:
    """Per kind: how many figures each input alone can match inside its prior; how many none."""
    say("\nFigures one input inside its prior range can match, per kind (of n):")
    by_kind = defaultdict(list)
    for res in results:
        by_kind[res["kind"]].append(res)
    for kind, rs in by_kind.items():
        count = Counter(k for res in rs for k, ok in res["inside"].items() if ok)
        none = [res["name"][:28] for res in rs if not any(res["inside"].values())]
        need = np.array([res["need"] for res in rs])
        say(f"  {kind:<20} n={len(rs):<3} median need x{np.exp(np.median(np.log(need))):.2f}"
              f" (range x{need.min():.2f}-x{need.max():.2f}); "
              + ", ".join(f"{k} {n}" for k, n in count.most_common())
              + f"; none: {len(none)}" + (f" ({'; '.join(none)})" if none else ""))


if __name__ == "__main__":
    row_drivers()
