"""Issue-12 fits: the rotor-drag coefficient on measured power curves, and the efficiency law
(FM x drive efficiency x usable fraction against take-off mass) on machines whose rotor size and
pack energy are sourced, with their leave-one-out checks. Public names are re-exported by
:mod:`.calibration`.
"""
from __future__ import annotations

import tomllib
from importlib import resources

import numpy as np

from ..errors import DroneCalcError
from .disk_fit import FIT_SPEEDS, SEED, _scores, _weights
from .multirotors import _quantity, load_multirotors

# ============================================================== issue 12: measured power
# curves, efficiency by size on machines with a stated rotor size, maker-style flight times

_CURVES_FILE = "power_curves.toml"
#: Literature values the issue-12 fits hold fixed (the fitted scale absorbs their product).
_FM0, _ETA0, _U0 = 0.65, 0.80 * 0.95, 0.85
#: The same, by input name: the proportions in which a calibrated efficiency product is split
#: into figure of merit, drive efficiency and usable fraction (each scaled by the cube root of
#: the fitted factor, so their ratios stay those of the literature values).
LITERATURE_EFFICIENCIES: dict[str, float] = {"figure_of_merit": _FM0, "drive_efficiency": _ETA0,
                                             "usable_fraction": _U0}


def load_power_curves() -> list[dict]:
    """Measured power (or current) against airspeed, ``data/power_curves.toml``, as SI floats.

    Returns
    -------
    list of dict
        ``name``, ``source``, ``retrieval``, ``vehicle_source``, ``measured`` ("power" |
        "current"), ``mass`` [kg], ``rotors``, ``rotor_diameter`` [m], ``speed`` [m/s] and
        ``value`` (W or A) as float arrays.
    """
    text = resources.files("dronecalc").joinpath("data", _CURVES_FILE).read_text(
        encoding="utf-8")
    out = []
    for i, c in enumerate(tomllib.loads(text).get("curve", [])):
        where = f"power_curves.toml curve[{i}]"
        for key in ("name", "source", "retrieval", "measured", "takeoff_mass", "rotors",
                    "rotor_diameter", "speed", "value"):
            if key not in c:
                raise DroneCalcError("missing key", field=f"{where}.{key}",
                                     expected="see the RULES at the top of the file")
        v, y = np.asarray(c["speed"], float), np.asarray(c["value"], float)
        if v.shape != y.shape or v.size < 3:
            raise DroneCalcError("speed and value differ in length or are too short",
                                 field=where, value=(v.size, y.size), expected=">= 3 pairs")
        out.append({"name": c["name"], "source": c["source"], "retrieval": c["retrieval"],
                    "vehicle_source": c.get("vehicle_source", ""), "measured": c["measured"],
                    "mass": _quantity(c["takeoff_mass"], "kg", where).m_as("kg"),
                    "rotors": float(c["rotors"]),
                    "rotor_diameter": _quantity(c["rotor_diameter"], "m", where).m_as("m"),
                    "speed": v, "value": y})
    return out


def _curve_power(curve, speeds, drag_area_1kg, rotor_drag, scale=1.0):
    """Model electrical power [W] of a curve's vehicle at ``speeds`` (literature FM, eta)."""
    from ..physics.rotor import _forward_flight_power
    m = curve["mass"]
    shaft, _ = _forward_flight_power(m * 9.80665, np.asarray(speeds, float), 1.225,
                                     curve["rotor_diameter"], curve["rotors"],
                                     drag_area_1kg * m ** (2.0 / 3.0), _FM0,
                                     rotor_drag_coefficient=rotor_drag)
    return scale * shaft / _ETA0


def fit_power_curves(curves: list[dict] | None = None, exclude: tuple[str, ...] = (),
                     drag_area_1kg: float | None = None, free_drag_area: bool = False) -> dict:
    r"""Fit the rotor-drag coefficient (and optionally the drag area) on measured power curves.

    Least squares on :math:`\ln P_{model} - \ln P_{measured}`, one free scale per curve (it
    absorbs FM x drive efficiency and, for current curves, the pack voltage) and a shared
    rotor-drag coefficient ``c`` [s/m] (:func:`dronecalc.physics.rotor_terms.rotor_drag_power`),
    each curve weighted equally. The drag area :math:`f = f_{1kg} (m / 1\,kg)^{2/3}` is held at
    ``drag_area_1kg`` (default: the checks' prior median, :data:`DRAG_AREA_PRIOR_1KG`),
    because two curves cannot separate it from ``c``; ``free_drag_area=True`` fits it too.

    Returns
    -------
    dict
        ``drag_area_1kg`` [m^2] and ``drag_area_1kg_log_sd`` (0 when held), ``rotor_drag_
        coefficient`` [s/m] and ``rotor_drag_coefficient_sd``, ``scales`` per curve,
        ``scatter`` (rms of the log residual), ``names``, ``free_drag_area``.
    """
    from scipy.optimize import least_squares
    curves = load_power_curves() if curves is None else curves
    curves = [c for c in curves if c["name"] not in exclude]
    f_fixed = DRAG_AREA_PRIOR_1KG[0] if drag_area_1kg is None else float(drag_area_1kg)
    k = len(curves)
    w = np.concatenate([np.full(c["speed"].size, 1.0 / np.sqrt(c["speed"].size))
                        for c in curves])

    def unpack(x):
        return (np.exp(x[k + 1]) if free_drag_area else f_fixed), x[k]

    def residual(x):
        f1, cd = unpack(x)
        return w * np.concatenate([
            np.log(_curve_power(c, c["speed"], f1, cd, np.exp(x[i]))) - np.log(c["value"])
            for i, c in enumerate(curves)])

    x0 = np.r_[[np.log(np.median(c["value"]) / _curve_power(c, [0.0], f_fixed, 0.0)[0])
                for c in curves], 0.01]
    lo, hi = np.r_[np.full(k, -10.0), 0.0], np.r_[np.full(k, 10.0), 0.5]
    if free_drag_area:
        x0, lo, hi = np.r_[x0, np.log(f_fixed)], np.r_[lo, np.log(1e-4)], np.r_[hi, 0.0]
    sol = least_squares(residual, x0, bounds=(lo, hi), diff_step=1e-4)
    n_pts = sum(c["speed"].size for c in curves)
    dof = max(n_pts - len(x0), 1)
    raw = sol.fun / w
    s2 = float(np.sum(raw ** 2) / dof)
    cov = s2 * np.linalg.pinv(sol.jac.T @ sol.jac / np.mean(w ** 2))
    f1, cd = unpack(sol.x)
    return {"drag_area_1kg": float(f1),
            "drag_area_1kg_log_sd": float(np.sqrt(max(cov[k + 1, k + 1], 0.0)))
            if free_drag_area else 0.0,
            "rotor_drag_coefficient": float(cd),
            "rotor_drag_coefficient_sd": float(np.sqrt(max(cov[k, k], 0.0))),
            "scales": {c["name"]: float(np.exp(sol.x[i])) for i, c in enumerate(curves)},
            "scatter": float(np.sqrt(np.mean(raw ** 2))), "names": [c["name"] for c in curves],
            "free_drag_area": free_drag_area}


def _min_power_speed(speed, power):
    """Speed of minimum power [m/s] of a sampled curve (the lowest measured point)."""
    return float(np.asarray(speed)[int(np.argmin(power))])


def power_curve_validation(curves: list[dict] | None = None,
                           with_rotor_drag: bool = True) -> dict:
    """Leave-one-curve-out check: the rotor drag fitted on the other curves (drag area at the
    checks' prior median), the held-out curve anchored on its lowest-speed (hover) point
    only, then predicted. ``with_rotor_drag=False``: the textbook model (c = 0).

    Returns per curve the point errors [%] (anchor excluded), the measured and model speed of
    minimum power [m/s] and the model's and measured P(10 m/s)/P(hover); and
    ``median_error`` / ``worst_error`` [%] over all predicted points,
    ``min_power_speed_errors`` [m/s].
    """
    curves = load_power_curves() if curves is None else curves
    per, errs, dv = {}, [], []
    fine = np.linspace(0.0, 20.0, 401)
    f1 = DRAG_AREA_PRIOR_1KG[0]
    for c in curves:
        others = [o for o in curves if o is not c] or [c]
        cd = fit_power_curves(others)["rotor_drag_coefficient"] if with_rotor_drag else 0.0
        i0 = int(np.argmin(c["speed"]))
        scale = c["value"][i0] / _curve_power(c, [c["speed"][i0]], f1, cd)[0]
        pred = _curve_power(c, c["speed"], f1, cd, scale)
        e = np.delete(100.0 * (pred - c["value"]) / c["value"], i0)
        model_curve = _curve_power(c, fine, f1, cd, scale)
        v_meas = _min_power_speed(c["speed"], c["value"])
        v_model = float(fine[int(np.argmin(model_curve))])
        per[c["name"]] = {
            "errors": e, "median_abs_error": float(np.median(np.abs(e))),
            "min_power_speed": v_meas, "model_min_power_speed": v_model,
            "ratio_10": float(np.interp(10.0, fine, model_curve) / model_curve[0]),
            "measured_ratio_10": float(np.interp(10.0, c["speed"], c["value"])
                                       / c["value"][i0]),
            "prediction": pred, "rotor_drag": cd}
        errs.append(np.abs(e))
        dv.append(v_model - v_meas)
    allerr = np.concatenate(errs)
    return {"curves": per, "median_error": float(np.median(allerr)),
            "worst_error": float(np.max(allerr)), "min_power_speed_errors": dv}


#: Drag area f_1kg [m^2] (median) and sd of ln f_1kg used when the power curves do not
#: identify it: p5-p95 = 0.01-0.05 m^2, the range of the checks' drag-area prior
#: (engine.uncertainty), a literature range, not a fit.
DRAG_AREA_PRIOR_1KG = (float(np.sqrt(0.01 * 0.05)), float(np.log(5.0) / (2 * 1.6448536269514722)))


def sized_rows(drones: list[dict] | None = None) -> list[dict]:
    """Flight-time rows of machines whose rotor count, rotor size and pack energy are sourced.

    Pack energy is the stated Wh; where only capacity and voltage are published it is their
    product, flagged ``energy_derived``. Adds ``rotor_diameter`` [m], ``speed`` [m/s] (NaN
    when the maker states none), ``layout`` and ``class``.
    """
    drones = load_multirotors() if drones is None else drones
    rows = []
    for d in drones:
        if not d["flight_time"] or "takeoff_mass" not in d:
            continue
        ref = d["takeoff_mass"].m_as("kg")
        for ft in d["flight_time"]:
            packs = ft.get("battery_packs", d.get("battery_packs"))
            per_pack = ft.get("battery_energy_per_pack", d.get("battery_energy_per_pack"))
            derived = False
            if per_pack is None and "battery_capacity_per_pack" in d \
                    and "battery_voltage_per_pack" in d:
                per_pack = d["battery_capacity_per_pack"] * d["battery_voltage_per_pack"]
                derived = True
            if packs is None or per_pack is None:
                continue
            payload = ft["payload"].m_as("kg")
            mass = ft["takeoff_mass"].m_as("kg") if "takeoff_mass" in ft else ref + payload
            layout = "coaxial" if "coaxial" in d.get("rotor_layout", "") else "flat"
            rows.append({
                "drone": d["name"], "class": d["class"], "mode": ft["mode"],
                "time": ft["value"].m_as("s"), "takeoff_mass": mass, "reference_mass": ref,
                "payload": payload, "energy": packs * per_pack.m_as("J"),
                "energy_derived": derived, "rotors": float(d["rotors"]) if "rotors" in d
                else np.nan,
                "rotor_diameter": d["rotor_diameter"].m_as("m") if "rotor_diameter" in d
                else np.nan,
                "speed": ft["speed"].m_as("m/s") if "speed" in ft else np.nan,
                "layout": layout, "condition": ft.get("condition", "")})
    return rows


def _sized_cols(rows):
    keys = ("time", "takeoff_mass", "reference_mass", "payload", "energy", "rotors",
            "rotor_diameter", "speed")
    out = {k: np.array([r[k] for r in rows], dtype=float) for k in keys}
    out["hover"] = np.array([r["mode"] == "hover" for r in rows])
    out["coaxial"] = np.array([r["layout"] == "coaxial" for r in rows])
    return out


def maker_time(cols, efficiency, drag_area_1kg, rotor_drag, extra_shape=()):
    """Model flight time [s] as the maker states it: hover time for hover rows; for flight
    rows the time at the stated speed when one is stated, else the longest time at any speed.

    ``efficiency`` is FM x drive efficiency x usable fraction relative to the literature
    product (1 = 0.65 x 0.76 x 0.85); arrays broadcast over rows (and extra sample axes).
    """
    from ..physics.multirotor import performance, _vehicle_arrays, _electrical_power, \
        _endurance_from_power
    from ..physics.rotor import _coaxial_factor
    from ..physics.vehicle import Vehicle
    ref = cols["reference_mass"]
    v = Vehicle(rotors=cols["rotors"], rotor_diameter=cols["rotor_diameter"],
                empty_mass=cols["takeoff_mass"] - cols["payload"], battery_mass=0.0,
                battery_energy=cols["energy"], payload_mass=cols["payload"],
                figure_of_merit=_FM0, drive_efficiency=_ETA0 * np.asarray(efficiency),
                usable_fraction=_U0, drag_area=drag_area_1kg * ref ** (2.0 / 3.0),
                overlap_factor=np.where(cols["coaxial"], _coaxial_factor("coaxial"), 1.0),
                rotor_drag_coefficient=rotor_drag)
    out = performance(v, speeds=FIT_SPEEDS)
    a = _vehicle_arrays(v)
    speed = np.broadcast_to(np.nan_to_num(cols["speed"]), out["max_endurance"].shape)
    t_at = _endurance_from_power(a, _electrical_power(a, speed))
    return np.where(cols["hover"], out["hover_endurance"],
                    np.where(np.isnan(cols["speed"]), out["max_endurance"], t_at))


def fit_efficiency(rows: list[dict], drag_area_1kg: float, rotor_drag: float | None = None,
                   exclude: tuple[str, ...] = ()) -> dict:
    r"""Fit ln(efficiency) = a + b ln(m / 1 kg), and the rotor drag c, on rows with a stated
    rotor size.

    ``efficiency`` multiplies the literature FM x drive efficiency x usable fraction (0.65 x
    0.76 x 0.85 = 0.42); m is the take-off mass without payload. ``rotor_drag`` None fits the
    rotor-drag coefficient c [s/m] too (identified by machines that state both a hover and a
    flight time, and by flight times against the mass trend); a number holds it fixed. Each
    drone weighs the same.

    Returns
    -------
    dict
        ``theta`` (a, b, c), ``covariance`` (3 x 3; zero row/column for a fixed c),
        ``scatter`` (between-drone sd of the ln residual), ``drones``.
    """
    from scipy.optimize import least_squares
    rows = [r for r in rows if r["drone"] not in exclude]
    cols, w = _sized_cols(rows), _weights(rows)
    lm = np.log(cols["reference_mass"])
    free_c = rotor_drag is None

    def unpack(th):
        return th[0], th[1], (th[2] if free_c else rotor_drag)

    def residual(th):
        a, b, c = unpack(th)
        return w * (np.log(maker_time(cols, np.exp(a + b * lm), drag_area_1kg, c))
                    - np.log(cols["time"]))

    x0, lo, hi = [0.0, 0.0], [-2.0, -0.5], [2.0, 0.5]
    if free_c:
        x0, lo, hi = x0 + [0.01], lo + [0.0], hi + [0.2]
    sol = least_squares(residual, np.array(x0), bounds=(lo, hi), diff_step=1e-3)
    names = [r["drone"] for r in rows]
    uniq = list(dict.fromkeys(names))
    raw = sol.fun / w
    per = np.array([raw[[i for i, n in enumerate(names) if n == d]].mean() for d in uniq])
    dof = max(len(uniq) - len(x0), 1)
    s2 = float(np.sum(sol.fun ** 2) / dof)
    cov = np.zeros((3, 3))
    k = len(x0)
    cov[:k, :k] = s2 * np.linalg.pinv(sol.jac.T @ sol.jac)
    return {"theta": np.array(unpack(sol.x), dtype=float), "covariance": cov,
            "scatter": float(np.sqrt(np.sum(per ** 2) / dof)), "drones": uniq,
            "rotor_drag_fitted": free_c}


def sized_cross_validation(rows: list[dict] | None = None, n_samples: int = 400,
                           seed: int = SEED, rotor_drag: float | None = -1.0) -> dict:
    """Leave-one-drone-out on rows with a stated rotor size: efficiency law (and, with
    ``rotor_drag`` None, the rotor-drag coefficient; the default -1 means the model's default
    ``rotor_terms.ROTOR_DRAG``) fitted on the other drones; drag area
    from the power curves when they identify it, else the checks' prior; p5/p50/p95 from a
    Monte Carlo over the fold's fit (covariance + between-drone scatter) and the drag-area
    spread."""
    rows = sized_rows() if rows is None else rows
    rows = [r for r in rows if np.isfinite(r["rotor_diameter"]) and np.isfinite(r["rotors"])]
    if rotor_drag is not None and rotor_drag < 0:
        from ..physics.rotor_terms import ROTOR_DRAG
        rotor_drag = ROTOR_DRAG["coefficient"]["value"]
    pc = dict(fit_power_curves())
    if pc["drag_area_1kg_log_sd"] > 1.0:      # not identified by the curves: use the prior
        pc["drag_area_1kg"], pc["drag_area_1kg_log_sd"] = DRAG_AREA_PRIOR_1KG
    rng = np.random.default_rng(seed)
    names = list(dict.fromkeys(r["drone"] for r in rows))
    p5, p50, p95 = (np.empty(len(rows)) for _ in range(3))
    for name in names:
        fit = fit_efficiency(rows, pc["drag_area_1kg"], rotor_drag, exclude=(name,))
        idx = [i for i, r in enumerate(rows) if r["drone"] == name]
        cols = _sized_cols([rows[i] for i in idx])
        k = len(idx)
        th = rng.multivariate_normal(fit["theta"], fit["covariance"], size=n_samples,
                                     check_valid="ignore")
        off = rng.normal(0.0, fit["scatter"], size=n_samples)
        f1 = pc["drag_area_1kg"] * np.exp(rng.normal(0.0, pc["drag_area_1kg_log_sd"],
                                                     n_samples))
        cd = np.clip(th[:, 2], 0.0, None)
        big = {key: np.repeat(val[:, None], n_samples, axis=1).reshape(-1)
               for key, val in cols.items()}
        lm = np.log(big["reference_mass"])
        eff = np.exp(np.tile(th[:, 0], k) + np.tile(th[:, 1], k) * lm + np.tile(off, k))
        t = maker_time(big, eff, np.tile(f1, k), np.tile(cd, k)).reshape(k, n_samples)
        p5[idx], p50[idx], p95[idx] = np.percentile(t, [5.0, 50.0, 95.0], axis=1)
    out = _scores(rows, p5, p50, p95)
    t = np.array([r["time"] for r in rows])
    out["signed_error"] = 100.0 * (p50 - t) / t
    out["band_ratio"] = p95 / np.where(p5 > 0, p5, np.nan)
    out["power_curve_fit"] = pc
    out["fit_all"] = fit_efficiency(rows, pc["drag_area_1kg"], rotor_drag)
    return out


