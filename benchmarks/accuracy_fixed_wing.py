"""Leave-one-aircraft-out accuracy of the fixed-wing model on data/fixed_wing.toml (issue #13).

For every aircraft of the data set whose power plant is sourced (piston or electric), whose
take-off mass is stated, and which states an endurance (or a still-air flight range), the model
predicts that figure from what the row states (mass, span, engine power, fuel, battery) with
every other parameter at the centre of its prior (priors/fixed_wing.py). Two predictions:

* ``model``: the physics with the literature priors only (nothing fitted on the data);
* ``LOO``: the same times one calibration factor per power class, the median of
  stated / model over the *other* aircraft of that class (the held-out one never informs its
  own prediction; the span law used for rows without a span is refitted without it too).

The error is (predicted - stated) / stated. A stated range ("60-90 min") is taken at its
middle. Run:

    PYTHONPATH=$PWD python benchmarks/accuracy_fixed_wing.py

``main()`` returns the summary dict, so that ``benchmarks/accuracy.py`` can call it.
"""
from __future__ import annotations

import math
import statistics

import numpy as np

from dronecalc.engine import fixed_wing as eng
from dronecalc.priors import fixed_wing as fwp

KINDS = ("fixed-wing-piston", "fixed-wing-electric")
_DELTA = ("delta", "flying wing")


def _centre(prior: fwp.Prior) -> float:
    return 0.5 * (prior.low + prior.high)


def _values(row: dict, span_law) -> dict[str, float]:
    """One machine's inputs: what the row states, the centre of the priors for the rest."""
    kind = row["kind"]
    delta = any(w in (row.get("role", "") + row["name"]).lower() for w in _DELTA)
    priors = fwp.prior_set(kind, delta=delta)
    m = row["takeoff_mass"].mid
    v = {"takeoff_mass": m, "payload": 0.0, "altitude": 0.0,
         "wingspan": row["wingspan"].mid if "wingspan" in row else float(span_law(m))}
    if "wing_area" in row:
        v["wing_area"] = row["wing_area"].mid
    for name, prior in priors.items():
        if name == "aspect_ratio" and "wing_area" in v:
            continue
        v[name] = _centre(prior)
    if kind == "fixed-wing-piston":
        if "fuel_volume" in row:
            v["fuel_mass"] = row["fuel_volume"].mid / 1000.0 * 747.5    # L -> m^3, gasoline
            v.pop("fuel_fraction", None)
        power = row["engine_power"].mid if "engine_power" in row else None
        lo, hi, _ = (fwp.bsfc_range(power) if power else
                     (fwp.bsfc_from_efficiency(0.32), fwp.bsfc_from_efficiency(0.05), ""))
        v["bsfc"] = 0.5 * (lo + hi)
    elif "battery_energy" in row:
        v["battery_energy"] = row["battery_energy"].mid * 3600.0
        v.pop("battery_fraction", None)
    return v


def predict(row: dict, key: str, span_law) -> float:
    """The model's ``key`` (``max_endurance`` [s] or ``max_range`` [m]) for one row."""
    v = {k: np.array([x]) for k, x in _values(row, span_law).items()}
    return float(eng.performance(v, row["kind"])[key][0])


def rows_for(key: str) -> list[dict]:
    rows = [r for r in fwp.load_fixed_wing() if r["kind"] in KINDS and "takeoff_mass" in r]
    if key == "max_endurance":
        return [r for r in rows if "endurance" in r]
    return [r for r in rows if "range" in r and r["range"].range_kind == "flight"]


def _span_law_without(name: str):
    rows = [r for r in fwp.load_fixed_wing()
            if r["name"] != name and "takeoff_mass" in r and "wingspan" in r]
    return fwp.fit_power_law([r["takeoff_mass"].mid for r in rows],
                             [r["wingspan"].mid for r in rows], [r["name"] for r in rows])


def leave_one_out(key: str) -> list[dict]:
    """One entry per aircraft: stated, model, LOO prediction and their errors."""
    figure, scale = {"max_endurance": ("endurance", 3600.0), "max_range": ("range", 1000.0)}[key]
    rows = rows_for(key)
    model = {r["name"]: predict(r, key, _span_law_without(r["name"])) for r in rows}
    stated = {r["name"]: r[figure].mid * scale for r in rows}
    out = []
    for r in rows:
        others = [stated[o["name"]] / model[o["name"]] for o in rows
                  if o["kind"] == r["kind"] and o["name"] != r["name"]]
        factor = statistics.median(others) if others else math.nan
        loo = model[r["name"]] * factor
        out.append({"name": r["name"], "kind": r["kind"], "stated": stated[r["name"]] / scale,
                    "model": model[r["name"]] / scale, "loo": loo / scale,
                    "model_error": model[r["name"]] / stated[r["name"]] - 1.0,
                    "loo_error": loo / stated[r["name"]] - 1.0, "others": len(others)})
    return out


def _median_abs(entries, name) -> float:
    values = [abs(e[name]) for e in entries if math.isfinite(e[name])]
    return statistics.median(values) if values else math.nan


def main() -> dict:
    summary = {}
    for key, unit in (("max_endurance", "h"), ("max_range", "km")):
        entries = leave_one_out(key)
        print(f"\n{key} [{unit}]: {len(entries)} aircraft with a sourced power plant, take-off "
              "mass and stated figure")
        print(f"  {'aircraft':<40} {'kind':<20} {'stated':>8} {'model':>8} {'LOO':>8} "
              f"{'err model':>10} {'err LOO':>9}")
        for e in entries:
            print(f"  {e['name']:<40} {e['kind']:<20} {e['stated']:>8.3g} {e['model']:>8.3g} "
                  f"{e['loo']:>8.3g} {100 * e['model_error']:>9.0f}% {100 * e['loo_error']:>8.0f}%")
        per_kind = {k: _median_abs([e for e in entries if e["kind"] == k], "loo_error")
                    for k in KINDS}
        summary[key] = {"n": len(entries), "median_abs_model_error": _median_abs(entries,
                                                                                 "model_error"),
                        "median_abs_loo_error": _median_abs(entries, "loo_error"),
                        "per_kind_loo": per_kind}
        print(f"  median |error|: model {100 * summary[key]['median_abs_model_error']:.0f} %, "
              f"LOO {100 * summary[key]['median_abs_loo_error']:.0f} % "
              + ", ".join(f"({k}: {100 * x:.0f} %)" for k, x in per_kind.items()
                          if math.isfinite(x)))
        if any(e["others"] == 0 for e in entries):
            print("  (an aircraft alone in its class has no LOO factor: NaN)")
    return summary


if __name__ == "__main__":
    main()
