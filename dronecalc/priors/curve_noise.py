"""How well a measured power curve defines its own speed of minimum power (issue 12, helper
vmin12). Read by ``benchmarks/accuracy.py`` section C and tests/test_curve_minimum.py.

A curve that is flat near its minimum does not define that speed to better than the range
of speeds whose measured power is within the measurement noise of the lowest point. This
module measures that range with the curve's OWN scatter and puts the model's speed of
minimum power beside it; it changes nothing the checks run.

Noise: the sd of ln(value) from the pseudo-residuals of Gasser, Sroka & Jennen-Steinmetz
(1986), "Residual variance and residual pattern in nonlinear regression", Biometrika 73(3),
625-633 (each interior point against the straight line through its two neighbours, scaled
to unit variance for white noise; no model). Two readings:

* ``raw_sd``: the rms of the pseudo-residuals of ln(value) itself. On a 3-6 m/s grid the
  curve's own curvature between points counts as noise (Chang's 5.75 m/s point alone gives
  0.084), so this is an upper estimate.
* ``sd`` (used): the pseudo-residuals of ln(value / model), the held-out model curve of
  :func:`.curve_check.power_curve_validation` at the same speeds, so the model's curvature
  is taken out (any scale cancels), and 1.4826 x their median absolute value (a robust sd)
  so that a few outlying points do not set the noise near the minimum. Chosen before the
  ranges were looked at; both are printed.

Range: the speeds where the measured curve, interpolated linearly between its points,
lies within ``z sqrt(2) sd`` of the lowest point in ln(value), z = 1.645 (one-sided 95 %
for the difference of two points of independent noise sd). Linear interpolation lies above
a convex curve between points, so the range is if anything too narrow. An end at the first
or last measured speed is open: the data do not bound it on that side.
"""
from __future__ import annotations

import numpy as np

#: one-sided 95 % normal quantile (the difference of two noisy points, sd sqrt(2) sigma)
Z_ONE_SIDED_95 = 1.6448536269514722


def _pseudo_residuals(speed, y) -> np.ndarray:
    """Gasser, Sroka & Jennen-Steinmetz (1986) pseudo-residuals of ``y`` over ``speed``
    (sorted): c_i (a_i y_{i-1} + b_i y_{i+1} - y_i), a_i, b_i the linear-interpolation
    weights of the neighbours, c_i^2 = 1 / (a_i^2 + b_i^2 + 1): unit variance for white
    noise of unit sd, zero on any straight line."""
    v = np.asarray(speed, dtype=float)
    a = (v[2:] - v[1:-1]) / (v[2:] - v[:-2])
    b = (v[1:-1] - v[:-2]) / (v[2:] - v[:-2])
    return (a * y[:-2] + b * y[2:] - y[1:-1]) / np.sqrt(a * a + b * b + 1.0)


#: normal-consistency factor of the median absolute value (sd = 1.4826 median |e|)
MAD_TO_SD = 1.482602218505602


def pseudo_residual_sd(speed, value, reference=None, robust: bool = False) -> float:
    """Noise sd of ln(value) [-] from the pseudo-residuals (:func:`_pseudo_residuals`).

    ``reference`` (same length, e.g. a model's curve at the same speeds): the pseudo-
    residuals of ln(value / reference), so the reference's curvature between coarse points
    is not counted as noise. ``robust``: 1.4826 x the median |pseudo-residual| instead of
    the rms, so a few outlying points (Di Franco's 13.3 -> 13.5 m/s jump of 8.6 %) do not
    set the noise of the whole curve. NaN with fewer than 3 points."""
    v = np.asarray(speed, dtype=float)
    if v.size < 3:
        return float("nan")
    y = np.log(np.asarray(value, dtype=float))
    if reference is not None:
        y = y - np.log(np.asarray(reference, dtype=float))
    order = np.argsort(v, kind="stable")
    e = _pseudo_residuals(v[order], y[order])
    if robust:
        return float(MAD_TO_SD * np.median(np.abs(e)))
    return float(np.sqrt(np.mean(e * e)))


def flat_range(speed, value, sd, z: float = Z_ONE_SIDED_95) -> dict:
    """Speeds [m/s] whose linearly interpolated ln(value) is within ``z sqrt(2) sd`` of the
    lowest point's: ``low``, ``high``, ``open_low`` / ``open_high`` (True: the range reaches
    the first / last measured speed, not bounded there), ``threshold`` [-] in ln(value)."""
    v = np.asarray(speed, dtype=float)
    order = np.argsort(v, kind="stable")
    v, y = v[order], np.log(np.asarray(value, dtype=float)[order])
    i = int(np.argmin(y))
    thr = float(z * np.sqrt(2.0) * sd)
    level = y[i] + thr

    def walk(step):
        j = i
        while 0 <= j + step < v.size and y[j + step] <= level:
            j += step
        k = j + step
        if not 0 <= k < v.size:
            return float(v[j]), True
        # linear crossing between j (inside) and k (outside)
        return float(v[j] + (level - y[j]) / (y[k] - y[j]) * (v[k] - v[j])), False

    low, open_low = walk(-1)
    high, open_high = walk(+1)
    return {"low": low, "high": high, "open_low": open_low, "open_high": open_high,
            "threshold": thr}


def resolvability(curves: list[dict] | None = None, validation: dict | None = None) -> dict:
    """Per curve: the two noise estimates and the one used (the smaller), the noise range of
    the measured minimum (:func:`flat_range`), the model's held-out speed of minimum power
    (``validation``: :func:`.curve_check.power_curve_validation`, as shipped by default),
    whether it lies in the range and how far outside [m/s] (0 inside), and the model's own
    power at the lowest measured point over its minimum (``model_excess``) beside the
    measured curve's at the model's speed over its lowest point (``measured_excess``), both
    in per cent, against the threshold in per cent. ``inside`` counts curves in range."""
    from .curve_check import power_curve_validation
    from .efficiency_fit import DRAG_AREA_PRIOR_1KG, _curve_power, load_power_curves
    curves = load_power_curves() if curves is None else curves
    validation = power_curve_validation(curves) if validation is None else validation
    per = {}
    for c in curves:
        val = validation["curves"][c["name"]]
        model = _curve_power(c, c["speed"], DRAG_AREA_PRIOR_1KG[0], val["rotor_drag"])
        raw = pseudo_residual_sd(c["speed"], c["value"])
        sd = pseudo_residual_sd(c["speed"], c["value"], reference=model, robust=True)
        rng = flat_range(c["speed"], c["value"], sd)
        vm, vmeas = val["model_min_power_speed"], val["min_power_speed"]
        below = 0.0 if rng["open_low"] else rng["low"] - vm
        above = 0.0 if rng["open_high"] else vm - rng["high"]
        outside = max(below, above, 0.0)
        p = _curve_power(c, [vm, vmeas], DRAG_AREA_PRIOR_1KG[0], val["rotor_drag"])
        order = np.argsort(c["speed"])
        meas_at_model = np.interp(vm, c["speed"][order], c["value"][order])
        per[c["name"]] = {
            "raw_sd": raw, "sd": sd, "range": rng,
            "min_power_speed": vmeas, "model_min_power_speed": vm,
            "inside": outside == 0.0, "outside_by": outside,
            "model_excess": float(100.0 * (p[1] / p[0] - 1.0)),
            "measured_excess": float(100.0 * (meas_at_model / np.min(c["value"]) - 1.0)),
            "threshold_pct": float(100.0 * np.expm1(rng["threshold"]))}
    return {"curves": per, "inside": sum(x["inside"] for x in per.values()), "n": len(per)}
