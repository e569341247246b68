"""Leave-one-curve-out check of the forward-flight model on the measured power curves of
``data/power_curves.toml`` (issue 12; moved out of :mod:`.efficiency_fit`, which fits the
rotor drag this checks). Re-exported by :mod:`.calibration`.
"""
from __future__ import annotations

import numpy as np

from .efficiency_fit import (DRAG_AREA_PRIOR_1KG, _curve_power, fit_power_curves,
                             fit_rotor_drag_law, load_power_curves, rotor_drag_given_drag_area)


def _min_power_speed(speed, power):
    """Speed of minimum power [m/s] of a sampled curve (the lowest measured point)."""
    return float(np.asarray(speed)[int(np.argmin(power))])


def min_power_speed_parabola(speed, power) -> float:
    """Sub-grid estimate of a sampled curve's speed of minimum power [m/s], reported BESIDE
    the lowest measured point (:func:`_min_power_speed`), never instead of it (issue 12,
    14th round): the vertex of the parabola through the lowest measured point and its two
    neighbours in speed (three-point vertex interpolation, e.g. Press et al., Numerical
    Recipes, 3rd ed., sec. 10.3, "parabolic interpolation"). On a 2 m/s grid the lowest
    point alone is uncertain by about +-1 m/s; the vertex uses the two neighbours' powers
    to place the minimum between them.

    The three points of lowest POWER are not used: they need not bracket the minimum (Chang
    et al.'s 0.8, 2.8 and 5.8 m/s, the M100's 4.3, 6.5 and 8.7 m/s give concave parabolas).
    NaN when the lowest point (the first of equal lowest) is the first or last in speed: no
    bracket. Otherwise its left neighbour is strictly higher and its right one not lower, so
    the parabola opens upward and its vertex lies between the two neighbours; it
    inherits the points' noise (on a flat curve a few per cent of power move it by metres
    per second), so it is an estimate of the measurement, not a measurement.
    """
    v = np.asarray(speed, dtype=float)
    p = np.asarray(power, dtype=float)
    order = np.argsort(v, kind="stable")
    v, p = v[order], p[order]
    i = int(np.argmin(p))
    if i == 0 or i == v.size - 1:
        return float("nan")
    (x0, x1, x2), (y0, y1, y2) = v[i - 1:i + 2], p[i - 1:i + 2]
    # Newton form p(x) = y0 + f01 (x - x0) + a (x - x0)(x - x1), f01 the first divided
    # difference, a the second: p = a x^2 + (f01 - a (x0 + x1)) x + const
    a = ((y2 - y1) / (x2 - x1) - (y1 - y0) / (x1 - x0)) / (x2 - x0)     # > 0 (docstring)
    b = (y1 - y0) / (x1 - x0) - a * (x0 + x1)            # p = a x^2 + b x + const
    return float(-b / (2.0 * a))


def power_curve_validation(curves: list[dict] | None = None,
                           with_rotor_drag: bool = True, drawn: bool = False) -> dict:
    """Leave-one-curve-out check: the rotor drag fitted on the other curves (drag area at the
    checks' prior median), the held-out curve anchored on its lowest-speed (hover) point
    only, then predicted. ``with_rotor_drag=False``: the textbook model (c = 0).
    ``drawn=True`` (issue 12, ninth round): as the checks draw them, the drag-area
    coefficient over its uniform prior (``airframe.DRAG_AREA_PARAMETERS``, 0.01-0.05; 41
    points) and the rotor drag given it by the rotor-drag law fitted on the other curves
    (:func:`fit_rotor_drag_law`, its line);
    the prediction is the median over the drag areas of the anchored curves.

    Returns per curve the point errors [%] (anchor excluded), the measured and model speed of
    minimum power [m/s], the model's and measured P(10 m/s)/P(hover) and max-endurance/hover
    time ratio P(hover)/P(minimum) (``endurance_ratio``, ``measured_endurance_ratio``); and
    ``median_error`` / ``worst_error`` [%] over all predicted points,
    ``min_power_speed_errors`` [m/s] (model minus the lowest measured point). Beside them,
    labelled as estimates (issue 12, 14th round): per curve ``min_power_speed_parabola``
    (:func:`min_power_speed_parabola`) and ``min_power_speed_errors_parabola`` (model minus
    it).
    """
    curves = load_power_curves() if curves is None else curves
    per, errs, dv = {}, [], []
    fine = np.linspace(0.0, 20.0, 401)
    f1 = DRAG_AREA_PRIOR_1KG[0]
    from ..physics.airframe import DRAG_AREA_PARAMETERS
    f_drawn = np.linspace(*DRAG_AREA_PARAMETERS["scaling"]["range"], 41)   # the checks' prior
    for c in curves:
        others = [o for o in curves if o is not c] or [c]
        i0 = int(np.argmin(c["speed"]))
        if drawn:
            law = fit_rotor_drag_law(others)
            cds = rotor_drag_given_drag_area(law, f_drawn) if with_rotor_drag else 0.0 * f_drawn
            cd = float(np.median(cds))

            def anchored(v, c=c, i0=i0, cds=cds):
                return np.median([_curve_power(c, v, f, k) * c["value"][i0]
                                  / _curve_power(c, [c["speed"][i0]], f, k)[0]
                                  for f, k in zip(f_drawn, cds)], axis=0)
            pred, model_curve = anchored(c["speed"]), anchored(fine)
        else:
            cd = fit_power_curves(others)["rotor_drag_coefficient"] if with_rotor_drag else 0.0
            pred, model_curve = _anchored_pair(c, fine, f1, cd)
        e, v_meas, v_model = _scored(c, pred, model_curve, fine)
        per[c["name"]] = {
            "errors": e, "median_abs_error": float(np.median(np.abs(e))),
            "min_power_speed": v_meas, "model_min_power_speed": v_model,
            "min_power_speed_parabola": min_power_speed_parabola(c["speed"], c["value"]),
            "ratio_10": float(np.interp(10.0, fine, model_curve) / model_curve[0]),
            "measured_ratio_10": float(np.interp(10.0, c["speed"], c["value"])
                                       / c["value"][i0]),
            # max-endurance / hover time = P(hover) / P(minimum power)
            "endurance_ratio": float(model_curve[0] / np.min(model_curve)),
            "measured_endurance_ratio": float(c["value"][i0] / np.min(c["value"])),
            "prediction": pred, "rotor_drag": cd}
        errs.append(np.abs(e))
        dv.append(v_model - v_meas)
    allerr = np.concatenate(errs)
    return {"curves": per, "median_error": float(np.median(allerr)),
            "worst_error": float(np.max(allerr)), "min_power_speed_errors": dv,
            "min_power_speed_errors_parabola": _parabola_errors(per)}


def _parabola_errors(per: dict) -> list[float]:
    """Per curve, the model's speed of minimum power minus the sub-grid (parabola) estimate
    of the measured one [m/s] (NaN where the curve gives none); beside, never instead of,
    ``min_power_speed_errors`` (model minus the lowest measured point)."""
    return [c["model_min_power_speed"] - c["min_power_speed_parabola"] for c in per.values()]


#: Drag-area coefficients [m^2 at 1 kg] at which :func:`drag_area_profile` profiles the
#: curves: log-spaced 0.001-0.1, wider than the checks' 0.01-0.05 prior on purpose (the
#: profile must be able to show an interval the prior does not contain).
PROFILE_GRID = tuple(float(x) for x in np.geomspace(0.001, 0.1, 31))
#: Profile-likelihood threshold: 3.84 = the chi-square(1) 95 % point (Wilks' theorem), so an
#: interval is the set of drag areas the curves do not reject at 5 % (Pawitan 2001, "In All
#: Likelihood", sec. 2.6).
PROFILE_CHI2_95 = 3.841458820694124


def drag_area_profile(curves: list[dict] | None = None,
                      grid: tuple[float, ...] = PROFILE_GRID) -> dict:
    r"""Is the drag area identified by the curves? Its profile likelihood (issue 12, 13th round).

    At each drag-area coefficient ``f`` of ``grid`` the rotor drag and the curves' scales are
    fitted (:func:`fit_power_curves`); with Gaussian log errors of one unknown variance the
    profile deviance is :math:`D(f) = n \ln(RSS(f) / RSS_{min})` (``n`` points, each curve
    weighted equally as in the fit). The 95 % interval is where :math:`D \le 3.84`; an end of
    it at an end of ``grid`` means the curves do not bound the drag area on that side.
    Points of one curve are treated as independent, so the interval is if anything too
    narrow.

    Returns
    -------
    dict
        ``grid``, ``rotor_drag`` (c at each f), ``deviance``, ``best`` (f of the lowest RSS),
        ``interval`` (low, high) [m^2 at 1 kg], ``bounded_below`` / ``bounded_above``
        (False: the interval reaches that end of the grid), ``identified`` (both),
        ``names``.
    """
    curves = load_power_curves() if curves is None else curves
    f = np.asarray(grid, dtype=float)
    fits = [fit_power_curves(curves, drag_area_1kg=x) for x in f]
    n = sum(c["speed"].size for c in curves)
    rss = np.array([fit["scatter"] ** 2 * n for fit in fits])
    dev = n * np.log(rss / rss.min())
    inside = np.flatnonzero(dev <= PROFILE_CHI2_95)
    lo, hi = int(inside.min()), int(inside.max())
    return {"grid": [float(x) for x in f],
            "rotor_drag": [fit["rotor_drag_coefficient"] for fit in fits],
            "deviance": [float(x) for x in dev], "best": float(f[int(np.argmin(rss))]),
            "interval": (float(f[lo]), float(f[hi])), "bounded_below": lo > 0,
            "bounded_above": hi < f.size - 1, "identified": bool(lo > 0 and hi < f.size - 1),
            "names": [c["name"] for c in curves]}


def _anchored_pair(c: dict, fine: np.ndarray, f1: float, cd: float
                   ) -> tuple[np.ndarray, np.ndarray]:
    """The model's power at the curve's own speeds and at ``fine``, for drag area ``f1`` and
    rotor drag ``cd``, scaled to the curve's lowest-speed (hover) point."""
    i0 = int(np.argmin(c["speed"]))
    scale = c["value"][i0] / _curve_power(c, [c["speed"][i0]], f1, cd)[0]
    return _curve_power(c, c["speed"], f1, cd, scale), _curve_power(c, fine, f1, cd, scale)


def _scored(c: dict, pred: np.ndarray, model_curve: np.ndarray, fine: np.ndarray
            ) -> tuple[np.ndarray, float, float]:
    """A held-out curve's point errors [%] (its anchor left out), and its measured and model
    speed of minimum power [m/s]."""
    i0 = int(np.argmin(c["speed"]))
    e = np.delete(100.0 * (pred - c["value"]) / c["value"], i0)
    return (e, _min_power_speed(c["speed"], c["value"]),
            float(fine[int(np.argmin(model_curve))]))


def joint_validation(curves: list[dict] | None = None) -> dict:
    """Leave-one-curve-out with the drag area AND the rotor drag fitted on the other curves
    (:func:`fit_power_curves` with ``free_drag_area=True``), the held-out curve anchored on
    its lowest-speed point and predicted at that pair (issue 12, 13th round).

    Returns per held-out curve its point errors [%] (anchor excluded), median |error|, the
    measured and model speed of minimum power [m/s], the fold's drag area [m^2 at 1 kg], its
    ln sd and rotor drag [s/m], and the fold's :func:`drag_area_profile` (is the drag area
    identified without this curve?); ``median_error``, ``worst_error`` [%] and
    ``min_power_speed_errors`` [m/s] over all folds, and ``all`` (the fit on every curve);
    beside them, labelled as estimates, ``min_power_speed_parabola`` per curve and
    ``min_power_speed_errors_parabola`` (:func:`min_power_speed_parabola`).
    """
    curves = load_power_curves() if curves is None else curves
    fine = np.linspace(0.0, 20.0, 401)
    per, errs, dv = {}, [], []
    for c in curves:
        others = [o for o in curves if o is not c] or [c]
        fit = fit_power_curves(others, free_drag_area=True)
        f1, cd = fit["drag_area_1kg"], fit["rotor_drag_coefficient"]
        pred, model = _anchored_pair(c, fine, f1, cd)
        e, v_meas, v_model = _scored(c, pred, model, fine)
        per[c["name"]] = {"errors": e, "median_abs_error": float(np.median(np.abs(e))),
                          "min_power_speed": v_meas, "model_min_power_speed": v_model,
                          "min_power_speed_parabola": min_power_speed_parabola(c["speed"],
                                                                               c["value"]),
                          "drag_area_1kg": f1, "drag_area_1kg_log_sd": fit["drag_area_1kg_log_sd"],
                          "rotor_drag": cd, "profile": drag_area_profile(others)}
        errs.append(np.abs(e))
        dv.append(v_model - v_meas)
    allerr = np.concatenate(errs)
    return {"curves": per, "median_error": float(np.median(allerr)),
            "worst_error": float(np.max(allerr)), "min_power_speed_errors": dv,
            "min_power_speed_errors_parabola": _parabola_errors(per),
            "all": fit_power_curves(curves, free_drag_area=True)}


def load_replicates() -> list[dict]:
    """The ``[[replicate]]`` entries of ``data/power_curves.toml`` (a curve's shape measured
    again on another day at fewer than three speeds; used by no fit), as SI floats: ``name``,
    ``curve`` (the name of the curve it replicates), ``source``, ``retrieval``, ``speed``
    [m/s], ``relative_current`` (1 / ``s_per_percent``, scaled to 1 at the lowest speed),
    ``turn_radius`` [m]."""
    import tomllib
    from importlib import resources
    from .multirotors import _quantity
    from ..errors import DroneCalcError
    text = resources.files("dronecalc").joinpath("data", "power_curves.toml").read_text(
        encoding="utf-8")
    out = []
    for i, r in enumerate(tomllib.loads(text).get("replicate", [])):
        where = f"power_curves.toml replicate[{i}]"
        v, s = np.asarray(r["speed"], float), np.asarray(r["s_per_percent"], float)
        if v.shape != s.shape or v.size < 2 or np.any(s <= 0):
            raise DroneCalcError("speed and s_per_percent differ in length or are not positive",
                                 field=where, value=(v.size, s.size),
                                 expected=">= 2 pairs, s_per_percent > 0")
        rel = (1.0 / s) * s[int(np.argmin(v))]
        out.append({"name": r["name"], "curve": r["curve"], "source": r["source"],
                    "retrieval": r["retrieval"], "speed": v, "relative_current": rel,
                    "turn_radius": (_quantity(r["turn_radius"], "m", where).m_as("m")
                                    if "turn_radius" in r else np.inf)})
    return out


def replicate_check(pairs: tuple[tuple[float, float], ...]) -> list[dict]:
    """Each replicate's measured current ratio (mean over its flights above the lowest speed,
    to its lowest-speed flight) against the model's power ratio for the curve it replicates,
    at each (drag-area coefficient [m^2 at 1 kg], rotor drag [s/m]) of ``pairs``, at the mean
    speed of those flights. Returns per replicate ``name``, ``speed``, ``measured`` (mean),
    ``measured_range`` (min, max over the flights) and ``model`` (one ratio per pair)."""
    curves = {c["name"]: c for c in load_power_curves()}
    out = []
    for r in load_replicates():
        c = dict(curves[r["curve"]], turn_radius=r["turn_radius"])
        fast = r["speed"] > r["speed"].min()
        v = float(np.mean(r["speed"][fast]))
        model = []
        for f1, cd in pairs:
            p = _curve_power(c, [0.0, v], f1, cd)
            model.append(float(p[1] / p[0]))
        out.append({"name": r["name"], "speed": v,
                    "measured": float(np.mean(r["relative_current"][fast])),
                    "measured_range": (float(r["relative_current"][fast].min()),
                                       float(r["relative_current"][fast].max())),
                    "model": model})
    return out
