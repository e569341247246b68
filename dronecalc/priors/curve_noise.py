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
  so that a few outlying points do not set the noise near the minimum. Both are printed;
  on the three shipped curves the raw one gives the same answer (the held-out model inside
  every range: 2.9-11.1, 0.4-8.7, 2.4-8.7+ m/s).

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


#: Rotor-drag coefficients [s/m] of :func:`family_interval`'s grid: 0-0.06 in 0.001 steps,
#: four times the shipped 0.0135 (the fits' own bound is 0.5; no curve's best is near 0.06).
FAMILY_ROTOR_DRAG = tuple(float(x) for x in np.round(np.linspace(0.0, 0.06, 61), 4))


def family_interval(curve: dict, drag_areas=None, rotor_drags=FAMILY_ROTOR_DRAG,
                    prior=None) -> dict:
    r"""Speeds of minimum power the curve ALONE supports within the model's family: the
    profile likelihood of the model's speed of minimum power over a grid of drag-area
    coefficient ``f`` [m^2 at 1 kg] (default ``curve_check.PROFILE_GRID``, 0.001-0.1) and
    rotor drag ``c`` [s/m], one free scale (Pawitan 2001, "In All Likelihood", sec. 2.6,
    as ``curve_check.drag_area_profile``). With Gaussian log errors of one unknown variance
    the deviance of a cell is :math:`n \ln(RSS / RSS_{min})`; the interval holds the
    model speeds of minimum power of every cell with deviance <= 3.84 (95 %; a scalar
    function's profile). Points are taken as independent and Wilks' theorem is asymptotic,
    so with 5-15 points the interval is if anything too narrow.

    Answers "is a term missing?": if the measured lowest point lies outside it, no drag
    area and rotor drag reproduce the measured minimum; ``best`` gives the pair the curve
    wants, ``prior`` ((low, high) of f, default the checks' 0.01-0.05) restricts the cells
    to those the checks can draw (``prior_interval``, NaN when none is within 3.84).
    Vectorised over the grid (one model call per curve).
    """
    from .curve_check import PROFILE_GRID
    from .efficiency_fit import _curve_power
    from ..physics.airframe import DRAG_AREA_PARAMETERS
    f = np.asarray(PROFILE_GRID if drag_areas is None else drag_areas, dtype=float)
    k = np.asarray(rotor_drags, dtype=float)
    lo_f, hi_f = DRAG_AREA_PARAMETERS["scaling"]["range"] if prior is None else prior
    fine = np.linspace(0.0, 20.0, 401)
    n = curve["speed"].size
    v = np.r_[curve["speed"], fine]
    logp = np.log(_curve_power(curve, v[None, None, :], f[:, None, None], k[None, :, None]))
    r = np.log(curve["value"])[None, None, :] - logp[..., :n]
    r = r - r.mean(axis=-1, keepdims=True)             # the free scale, in closed form
    rss = np.sum(r * r, axis=-1)
    vmin = fine[np.argmin(logp[..., n:], axis=-1)]
    dev = n * np.log(rss / rss.min())
    ok = dev <= 3.841458820694124
    i, j = np.unravel_index(int(np.argmin(rss)), rss.shape)
    in_prior = ok & ((f >= lo_f) & (f <= hi_f))[:, None]
    return {"low": float(vmin[ok].min()), "high": float(vmin[ok].max()),
            "best": {"drag_area_1kg": float(f[i]), "rotor_drag": float(k[j]),
                     "min_power_speed": float(vmin[i, j]),
                     "sd": float(np.sqrt(rss[i, j] / max(n - 3, 1)))},
            "prior_interval": ((float(vmin[in_prior].min()), float(vmin[in_prior].max()))
                               if in_prior.any() else (float("nan"), float("nan"))),
            "edge": bool(ok[0].any() or ok[-1].any() or ok[:, -1].any()),
            "measured_inside": bool(vmin[ok].min() <= _lowest(curve) <= vmin[ok].max())}


def _lowest(curve: dict) -> float:
    return float(curve["speed"][int(np.argmin(curve["value"]))])
