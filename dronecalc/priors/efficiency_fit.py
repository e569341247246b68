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
from .disk_fit import (FIT_SPEEDS, SEED, _scores, _weights, condition_variance,
                       deconvolved_scatter)
from .flight_reading import row_reading, stated_conditions  # noqa: F401 (re-export)
from .literature import _ETA0, _FM0, _U0, LITERATURE_EFFICIENCIES  # noqa: F401 (re-export)
from .multirotors import _quantity, load_multirotors, nominal_pack_voltage

# ============================================================== issue 12: measured power
# curves, efficiency by size on machines with a stated rotor size, maker-style flight times

_CURVES_FILE = "power_curves.toml"


def load_power_curves() -> list[dict]:
    """Measured power (or current) against airspeed, ``data/power_curves.toml``, as SI floats.

    Returns
    -------
    list of dict
        ``name``, ``source``, ``retrieval``, ``vehicle_source``, ``measured`` ("power" |
        "current"), ``mass`` [kg], ``rotors``, ``rotor_diameter`` [m], ``speed`` [m/s] and
        ``value`` (W or A) as float arrays, ``turn_radius`` [m] (inf: straight flight),
        ``shipped_fit`` (False: held out of the shipped rotor-drag fit).
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
                    "speed": v, "value": y,
                    "turn_radius": (_quantity(c["turn_radius"], "m", where).m_as("m")
                                    if "turn_radius" in c else np.inf),
                    "shipped_fit": bool(c.get("shipped_fit", True))})
    return out


def _curve_power(curve, speeds, drag_area_1kg, rotor_drag, scale=1.0):
    """Model electrical power [W] of a curve's vehicle at ``speeds`` (literature FM, eta)."""
    from ..physics.rotor import _G, _forward_flight_power
    m, v = curve["mass"], np.asarray(speeds, float)
    # a level turn of radius R (an orbit) loads the rotors by n = sqrt(1 + (V^2 / g R)^2)
    n = np.sqrt(1.0 + (v * v / (_G * curve.get("turn_radius", np.inf))) ** 2)
    shaft, _ = _forward_flight_power(m * _G * n, v, 1.225,
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
    ``drag_area_1kg`` (default: :data:`DRAG_AREA_PRIOR_1KG`, the geometric middle of the
    checks' 0.01-0.05 prior; the checks draw it uniformly, median 0.03),
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


def _prior_grid(steps: int = 9) -> tuple[float, ...]:
    """``steps`` evenly spaced drag-area coefficients over the checks' prior range
    (``airframe.DRAG_AREA_PARAMETERS["scaling"]["range"]``), rounded to 0.1 mm^2."""
    from ..physics.airframe import DRAG_AREA_PARAMETERS
    lo, hi = DRAG_AREA_PARAMETERS["scaling"]["range"]
    return tuple(round(float(x), 4) for x in np.linspace(lo, hi, steps))


#: Drag-area coefficients [m^2 at 1 kg] at which :func:`fit_rotor_drag_law` profiles the
#: curves: the checks' prior (``airframe.DRAG_AREA_PARAMETERS``, 0.01-0.05) in 9 steps (0.005),
#: read from the prior so that a moved prior moves the law's grid with it.
DRAG_AREA_GRID = _prior_grid()
#: The drag-area coefficient [m^2 at 1 kg] the rotor-drag law is centred on: 0.03, the
#: median of the checks' uniform 0.01-0.05 draw (only where the line is read; no fit uses it).
ROTOR_DRAG_LAW_REFERENCE = 0.03
#: A rotor drag at or below this [s/m] is a fit stopped at its bound c = 0.
_AT_BOUND = 1e-6


def fit_rotor_drag_law(curves: list[dict] | None = None,
                       grid: tuple[float, ...] = DRAG_AREA_GRID,
                       scatter: str = "curves") -> dict:
    r"""The rotor drag each drag area needs on the measured power curves (issue 12, ninth round).

    On the curves the rotor drag ``c`` and the drag-area coefficient ``f`` trade almost one
    for one (both add power that rises with speed), so ``c`` is fitted (:func:`fit_power_curves`)
    at each ``f`` of ``grid``: on all curves together (one scale per curve, each curve
    weighted equally) and on each curve alone. The law is the least-squares line through the
    joint fits that are not at their bound c = 0,

    .. math:: c(f) = c_{ref} + b\,(f - f_{ref}), \qquad f_{ref} = 0.03,

    and its scatter ``s`` is the between-curve spread: the sample sd (ddof 1) over the curves
    of each curve's own ``c`` at the same ``f``, root-mean-square over the grid points where
    no curve's fit is at its bound. The checks draw ``c = max(c(f) + z s, 0)`` with ``z``
    standard normal (:func:`dronecalc.priors.conditioned.rotor_drag_from_percentile`).

    Returns
    -------
    dict
        ``reference`` f_ref, ``value`` c_ref [s/m], ``slope`` b [s/m per m^2], ``scatter``
        s [s/m], ``residual_sd`` (sd of the joint fits about the line), ``grid``, ``joint``
        and ``per_curve`` (name -> c at each grid point), ``names``, ``n_curves``.
    """
    curves = load_power_curves() if curves is None else curves
    f = np.asarray(grid, dtype=float)
    joint_fits = [fit_power_curves(curves, drag_area_1kg=x) for x in f]
    joint = np.array([j["rotor_drag_coefficient"] for j in joint_fits])
    joint_sd = np.array([j["rotor_drag_coefficient_sd"] for j in joint_fits])
    each = np.array([[fit_power_curves([c], drag_area_1kg=x)["rotor_drag_coefficient"]
                      for x in f] for c in curves])
    inside = joint > _AT_BOUND
    if inside.sum() < 2:
        raise DroneCalcError("the power curves give a rotor drag above 0 at fewer than two "
                             "drag areas", field="power_curves.toml", value=int(inside.sum()),
                             expected="curves that need a rotor drag at the low drag areas")
    slope, value = np.polyfit(f[inside] - ROTOR_DRAG_LAW_REFERENCE, joint[inside], 1)
    resid = joint[inside] - (value + slope * (f[inside] - ROTOR_DRAG_LAW_REFERENCE))
    both = inside & np.all(each > _AT_BOUND, axis=0)
    between = (float(np.sqrt(np.mean(np.var(each[:, both], axis=0, ddof=1))))
               if len(curves) > 1 and both.any() else 0.0)
    fit_sd = float(np.sqrt(np.mean(joint_sd[inside] ** 2)))
    if scatter not in ("curves", "fit"):
        raise DroneCalcError("unknown scatter", field="scatter", value=scatter,
                             expected='"curves" or "fit"')
    return {"reference": ROTOR_DRAG_LAW_REFERENCE, "value": float(value),
            "slope": float(slope), "scatter": between if scatter == "curves" else fit_sd,
            "between_curve_sd": between, "fit_sd": fit_sd, "scatter_kind": scatter,
            "residual_sd": float(np.std(resid, ddof=2)) if inside.sum() > 2 else 0.0,
            "grid": [float(x) for x in f], "joint": [float(x) for x in joint],
            "per_curve": {c["name"]: [float(x) for x in each[i]] for i, c in enumerate(curves)},
            "names": [c["name"] for c in curves], "n_curves": len(curves),
            "n_points": int(both.sum())}


def rotor_drag_given_drag_area(law: dict, drag_area_coefficient, z=0.0) -> np.ndarray:
    """The rotor drag [s/m] of :func:`fit_rotor_drag_law`'s ``law`` at the drag-area
    coefficient [m^2 at 1 kg], ``z`` standard deviations of its scatter from the line,
    floored at 0 (vectorised)."""
    f = np.asarray(drag_area_coefficient, dtype=float)
    return np.maximum(law["value"] + law["slope"] * (f - law["reference"])
                      + np.asarray(z, dtype=float) * law["scatter"], 0.0)


def _prior_lognormal() -> tuple[float, float]:
    """(median, sd of ln) of a log-normal whose p5-p95 is the checks' drag-area range."""
    from ..physics.airframe import DRAG_AREA_PARAMETERS
    lo, hi = DRAG_AREA_PARAMETERS["scaling"]["range"]
    return float(np.sqrt(lo * hi)), float(np.log(hi / lo) / (2 * 1.6448536269514722))


#: Drag area f_1kg [m^2] (median) and sd of ln f_1kg used when the power curves do not
#: identify it: p5-p95 = the range of the checks' drag-area prior (``airframe.
#: DRAG_AREA_PARAMETERS``, 0.01-0.05 m^2: median 0.0224, read from it), a guessed range,
#: not a fit.
DRAG_AREA_PRIOR_1KG = _prior_lognormal()


def _row_layout(d: dict) -> str:
    """``"coaxial"`` / ``"flat"`` from a drone's stated ``rotor_layout``; unstated: ``"flat"``
    below :data:`~.layout.MIN_COAXIAL_ROTORS` rotors (no stacked pairs possible), else
    ``"unstated"`` (8 rotors may be 8 arms or 4 coaxial pairs: induced-power factor 1 or
    1.16-1.28, ``rotor_terms.COAXIAL_FACTORS``)."""
    from .layout import MIN_COAXIAL_ROTORS
    stated = d.get("rotor_layout", "")
    if stated:
        return "coaxial" if "coaxial" in stated else "flat"
    return "flat" if d.get("rotors", 4) < MIN_COAXIAL_ROTORS else "unstated"


def sized_rows(drones: list[dict] | None = None, unstated_layout: bool = False) -> list[dict]:
    """Flight-time rows of machines whose rotor count, rotor size and pack energy are sourced.

    Pack energy is the stated Wh; where only capacity and voltage are published it is their
    product, flagged ``energy_derived``. Adds ``rotor_diameter`` [m], ``speed`` [m/s] (NaN
    when the maker states none), ``layout`` and ``class``. A sized machine of 6 or more rotors
    whose layout is not stated (``layout = "unstated"``, :func:`_row_layout`; modelled flat,
    as the checks model such a case) is left out unless ``unstated_layout``: today the DJI
    FlyCart 30, one weakly sourced 65 kg point that alone would flatten the law's mass trend
    (+0.112 -> +0.027) and double its scatter (6.9 -> 15.9 %), measured in issue 12's fifth
    round; benchmarks/accuracy.py reports it both ways instead.
    """
    drones = load_multirotors() if drones is None else drones
    rows = []
    for d in drones:
        if not d["flight_time"] or "takeoff_mass" not in d:
            continue
        ref = d["takeoff_mass"].m_as("kg")
        layout = _row_layout(d)
        if layout == "unstated" and "rotor_diameter" in d and not unstated_layout:
            continue
        for ft in d["flight_time"]:
            packs = ft.get("battery_packs", d.get("battery_packs"))
            per_pack = ft.get("battery_energy_per_pack", d.get("battery_energy_per_pack"))
            derived = False
            if per_pack is None and "battery_capacity_per_pack" in d \
                    and "battery_voltage_per_pack" in d:
                per_pack = d["battery_capacity_per_pack"] * nominal_pack_voltage(d)
                derived = True
            if packs is None or per_pack is None:
                continue
            payload = ft["payload"].m_as("kg")
            mass = ft["takeoff_mass"].m_as("kg") if "takeoff_mass" in ft else ref + payload
            rows.append({
                "drone": d["name"], "class": d["class"],
                "time": ft["value"].m_as("s"), "takeoff_mass": mass, "reference_mass": ref,
                "payload": payload, "energy": packs * per_pack.m_as("J"),
                "energy_derived": derived, "rotors": float(d["rotors"]) if "rotors" in d
                else np.nan,
                "rotor_diameter": d["rotor_diameter"].m_as("m") if "rotor_diameter" in d
                else np.nan,
                "layout": layout, **row_reading(ft)})
    return rows


def _sized_cols(rows):
    keys = ("time", "takeoff_mass", "reference_mass", "payload", "energy", "rotors",
            "rotor_diameter", "speed")
    out = {k: np.array([r[k] for r in rows], dtype=float) for k in keys}
    out["hover"] = np.array([r["mode"] == "hover" for r in rows])
    out["coaxial"] = np.array([r["layout"] == "coaxial" for r in rows])
    out["reserve"] = np.array([r.get("reserve", 0.0) for r in rows], dtype=float)
    return out


#: Covariates the efficiency law can be fitted on (``fit_efficiency(covariate=...)``), each
#: the log of a quantity in SI units at 1 unit: the take-off mass without payload m [kg]
#: (the shipped law), the mass per rotor m / N [kg] (one rotor-motor unit's thrust, whose
#: Reynolds number and motor size set FM and drive efficiency), and the disk loading
#: m / (N pi D^2 / 4) [kg/m^2]. Issue 12, seventh round: chosen by nested leave-one-out
#: (benchmarks/covariate_nested.py), not by comparing them on the same machines.
COVARIATES: tuple[str, ...] = ("mass", "mass_per_rotor", "disk_loading")
#: The shipped law's covariate (``calibrated.toml [efficiency_law] covariate``): mass per
#: rotor, chosen by the nested leave-one-out in 14 of 15 outer folds; held out, the
#: procedure's median |error| 7.6 -> 6.8 %, worst without the Alta X sweep unchanged
#: (27.3 %, the Agras T40, whose fold alone picks mass). docs/validation.md, seventh round.
LAW_COVARIATE = "mass_per_rotor"


def covariate_values(cols: dict, covariate: str = "mass") -> np.ndarray:
    """ln of the law's covariate (:data:`COVARIATES`) for the columns of :func:`_sized_cols`
    (or any mapping with ``reference_mass`` [kg], ``rotors`` and ``rotor_diameter`` [m])."""
    m = np.asarray(cols["reference_mass"], dtype=float)
    if covariate == "mass":
        return np.log(m)
    if covariate == "mass_per_rotor":
        return np.log(m / np.asarray(cols["rotors"], dtype=float))
    if covariate == "disk_loading":
        d = np.asarray(cols["rotor_diameter"], dtype=float)
        return np.log(m / (np.asarray(cols["rotors"], dtype=float) * np.pi * d * d / 4.0))
    raise DroneCalcError("unknown covariate of the efficiency law", field="covariate",
                         value=covariate, expected=" / ".join(COVARIATES))


#: Inputs of the checks that are neither stated by a maker's row nor set by the efficiency law:
#: the law is fitted with each drawn over the checks' own priors (:func:`check_conditions`),
#: so that the checks, which draw them the same way, reproduce the fit's centre.
CHECK_CONDITIONS: tuple[str, ...] = (
    "drag_area_coefficient", "battery_voltage_drop_1c", "air_temperature", "altitude",
    "rotor_drag_coefficient", "payload_drag_area", "avionics_power")
#: Draws per row of :func:`check_conditions` in the fit (Latin hypercube, so the median over
#: them moves by well under 1 % between seeds).
CONDITION_SAMPLES = 64
#: ``rotor_drag`` of :func:`fit_efficiency`: take the rotor drag from the condition draws.
DRAWN = "drawn"


def drawn_rotor_drag(draws: dict) -> np.ndarray | float:
    """The rotor drag [s/m] of condition draws: from ``rotor_drag_percentile`` at the drawn
    drag-area coefficient (the rotor-drag law, as the checks draw it), else a drawn
    ``rotor_drag_coefficient``, else the model default."""
    if "rotor_drag_percentile" in draws:
        from .conditioned import rotor_drag_from_percentile
        return rotor_drag_from_percentile(draws["drag_area_coefficient"],
                                          draws["rotor_drag_percentile"])
    return draws.get("rotor_drag_coefficient", _default_rotor_drag())


def _default_rotor_drag() -> float:
    """The model default rotor-drag coefficient [s/m] (``rotor_terms.ROTOR_DRAG``)."""
    from ..physics.rotor_terms import ROTOR_DRAG
    return float(ROTOR_DRAG["coefficient"]["value"])


def _row_inputs(r: dict) -> dict:
    """What a case stating this row's figures would give the checks (benchmarks section D);
    no rotor size when the row has none (the disk-loading law's rows, :mod:`.disk_fit`)."""
    size = r.get("rotor_diameter", np.nan)
    return {"rotors": int(r["rotors"]),
            **({"rotor_diameter": f"{size!r} m"} if np.isfinite(size) else {}),
            "takeoff_mass": f"{r['takeoff_mass']!r} kg",
            "battery_energy": f"{r['energy'] / 3600.0!r} Wh", "payload": f"{r['payload']!r} kg",
            **({"rotor_layout": "coaxial"} if r.get("layout") == "coaxial" else {}),
            **stated_conditions(r.get("condition", ""))}


def check_conditions(rows: list[dict], n: int = CONDITION_SAMPLES, seed: int = SEED,
                     names: tuple[str, ...] = CHECK_CONDITIONS) -> dict[str, np.ndarray]:
    """The checks' own prior draws of ``names`` for each row, shape ``(len(rows), n)`` (SI).

    Each row is described as a case stating its rotors, rotor size, take-off mass, pack energy,
    payload and the test conditions the maker states (:func:`stated_conditions`), through the
    same :func:`~dronecalc.priors.describe.describe` the checks use: a stated condition is
    exact, the rest span their priors (drag-area coefficient 0.01-0.05 m^2/kg^(2/3), pack
    voltage drop at 1C 0.002-0.02, air 0-35 degC at 0-1000 m, the fitted rotor-drag p5-p95
    (with ``conditioned.ROTOR_DRAG_GIVEN_DRAG_AREA`` the rotor-drag law's percentile instead,
    the rotor drag then following the drawn drag area, :func:`drawn_rotor_drag`),
    a payload's drag area 0.005-0.03 m^2 when there is a payload, no avionics draw under the
    efficiency law). Drawn uniformly like the checks' Monte Carlo, stratified per row (Latin
    hypercube, seeded). All of these are shared priors, the same for every vehicle class.
    """
    from . import conditioned
    from .describe import describe
    if conditioned.ROTOR_DRAG_GIVEN_DRAG_AREA:    # the checks draw c's percentile instead
        names = tuple("rotor_drag_percentile" if n == "rotor_drag_coefficient" else n
                      for n in names)
    rng = np.random.default_rng(seed)
    lows = np.empty((len(rows), len(names)))
    highs = np.empty_like(lows)
    for i, r in enumerate(rows):
        inputs = describe(_row_inputs(r), "large-lift-quad")
        for j, name in enumerate(names):
            lows[i, j], highs[i, j] = inputs[name].low, inputs[name].high
    out = {}
    for j, name in enumerate(names):
        u = (np.argsort(rng.random((len(rows), n)), axis=1) + rng.random((len(rows), n))) / n
        out[name] = lows[:, j, None] + (highs[:, j] - lows[:, j])[:, None] * u
    return out


#: Upper bound [W] of a constant avionics load fitted with the law (``fit_efficiency(
#: avionics=None)``): the checks' own avionics prior tops out at 20 W
#: (``tables.COMMON`` ``avionics_power``, judgement); 30 W leaves the fit room above it.
AVIONICS_FIT_BOUND = 30.0


#: Load-dependent loss coefficients (``physics.load_losses.LOAD_LOSS_FIELDS``) every
#: :func:`maker_time` Vehicle carries; empty = off, as the checks run. ``benchmarks/
#: accuracy.py`` section E sets them fold by fold (:func:`sized_cross_validation`'s
#: ``fold_losses``) to measure them held out.
LOAD_LOSSES: dict[str, float] = {}


def maker_time(cols, efficiency, drag_area_1kg, rotor_drag, conditions=None, avionics=0.0):
    """Model flight time [s] as the maker states it: hover time for hover rows; for flight
    rows the time at the stated speed when one is stated, else the longest time at any speed;
    to the landing reserve the maker states (``cols["reserve"]``, 0 = until empty). This is
    ``physics.flight_time.stated_flight_time``, the one reading the disk-loading fit and the
    claim checks use too.

    ``efficiency`` is FM x drive efficiency x usable fraction relative to the literature
    product (1 = 0.65 x 0.76 x 0.85), split into the three as the checks split the law
    (``tables.EfficiencyLaw.efficiencies``: each times the cube root, capped at 1).
    ``conditions`` (from :func:`check_conditions`, each of shape ``(rows, n)``) replaces
    ``drag_area_1kg`` and ``rotor_drag`` by their draws and adds the drawn voltage drop, air
    density (ISA pressure at the altitude, the air temperature), payload drag area and
    avionics power; the result then has shape ``(rows, n)``. Without it: one machine per
    row, the Vehicle defaults for those. Arrays broadcast over rows (and sample axes).
    """
    from ..physics.atmosphere import _air_density, _isa_temperature
    from ..physics.rotor import _coaxial_factor
    from ..physics.vehicle import Vehicle
    from . import conditioned
    if conditions is not None:
        cols = {k: (v[:, None] if np.ndim(v) == 1 else v) for k, v in cols.items()}
        c = conditions
        drag_area_1kg = c.get("drag_area_coefficient", drag_area_1kg)
        if isinstance(rotor_drag, str):              # DRAWN
            rotor_drag = drawn_rotor_drag(c)
        extra = {"payload_drag_area": c.get("payload_drag_area", 0.0),
                 "battery_voltage_drop_1c": c.get("battery_voltage_drop_1c", 0.005),
                 "avionics_power": c.get("avionics_power", 0.0)}
        if "altitude" in c or "air_temperature" in c:
            alt = c.get("altitude", 0.0)
            temp = c.get("air_temperature", _isa_temperature(alt))
            extra["air_density"] = _air_density(alt, temp - _isa_temperature(alt))
    else:
        extra = {"avionics_power": avionics} if avionics else {}
    ref = cols["reference_mass"]
    factor = np.cbrt(np.asarray(efficiency, dtype=float))
    v = Vehicle(rotors=cols["rotors"], rotor_diameter=cols["rotor_diameter"],
                empty_mass=cols["takeoff_mass"] - cols["payload"], battery_mass=0.0,
                battery_energy=cols["energy"], payload_mass=cols["payload"],
                figure_of_merit=np.minimum(_FM0 * factor, 1.0),
                drive_efficiency=np.minimum(_ETA0 * factor, 1.0),
                usable_fraction=np.minimum(_U0 * factor, 1.0),
                drag_area=drag_area_1kg * ref ** (2.0 / 3.0),
                overlap_factor=np.where(cols["coaxial"], _coaxial_factor("coaxial"), 1.0),
                rotor_drag_coefficient=rotor_drag, **extra,
                **{**conditioned.LOAD_DEPENDENT_LOSSES, **LOAD_LOSSES})
    from ..physics.flight_time import stated_flight_time     # the one reading of a row
    return stated_flight_time(v, cols["hover"], cols["speed"], cols.get("reserve", 0.0),
                              speeds=FIT_SPEEDS)


def fit_efficiency(rows: list[dict], drag_area_1kg: float | None = None,
                   rotor_drag: float | str | None = DRAWN, exclude: tuple[str, ...] = (),
                   conditions: dict[str, np.ndarray] | None = None,
                   covariate: str = LAW_COVARIATE, avionics: float | None = 0.0,
                   exponent: float | None = None) -> dict:
    r"""Fit ln(efficiency) = a + b ln(m / 1 kg), and optionally the rotor drag c, on rows with
    a stated rotor size.

    ``efficiency`` multiplies the literature FM x drive efficiency x usable fraction (0.65 x
    0.76 x 0.85 = 0.42); m is the take-off mass without payload. Each drone weighs the same.
    ``covariate`` (:data:`COVARIATES`): ln m, ln(m / rotors) or ln(disk loading) in place of
    ln m; the default is the shipped law's (:data:`LAW_COVARIATE`).

    By default (``drag_area_1kg`` None) every input the checks draw and the rows do not state
    is drawn as the checks draw it (:func:`check_conditions`, or ``conditions`` given for
    these rows) and the model time of a row is the median over those draws: the law is
    fitted under the distribution of the other parameters that the checks then use, so the
    checks' own p50 reproduces it. ``drag_area_1kg`` a number: the old fit, one machine per
    row with that drag area and the Vehicle defaults for the rest (sea-level ISA, voltage
    drop 0.005, no avionics), kept for comparison.

    ``rotor_drag``: :data:`DRAWN` (default) the checks' draws (the model default
    ``rotor_terms.ROTOR_DRAG`` with a fixed drag area); None fits the rotor-drag
    coefficient c [s/m] too (identified by machines that state both a hover and a flight
    time, and by flight times against the mass trend); a number holds it there.

    ``avionics`` (issue 12, eleventh round; tested, not shipped): a constant electrical load
    [W] (camera, gimbal, video link, flight computer: ``Vehicle.avionics_power``) every row
    carries on top of the law's propulsion chain; a number holds it (default 0, as shipped),
    None fits it with the law (bounded 0-:data:`AVIONICS_FIT_BOUND` W, the same for every
    machine). ``exponent``: None fits the law's slope b; a number holds it (the Reynolds-number
    variant, :func:`reynolds_law_exponent`).

    Returns
    -------
    dict
        ``theta`` (a, b, c; c the centre of the draws when drawn), ``covariance`` (3 x 3;
        zero row/column for a c not fitted), ``scatter`` (the law's own between-drone sd
        of ln efficiency: ``scatter_total``, the sd of the per-drone mean ln residual, with
        the share the condition draws carry, ``condition_sd``, taken out,
        :func:`~.disk_fit.condition_variance`; under fixed conditions the two are equal),
        ``drones``, ``rotor_drag_fitted``, ``conditions`` ("checks" | "fixed").
    """
    from scipy.optimize import least_squares
    keep = [i for i, r in enumerate(rows) if r["drone"] not in exclude]
    rows = [rows[i] for i in keep]
    cols, w = _sized_cols(rows), _weights(rows)
    lm = covariate_values(cols, covariate)
    free_c = rotor_drag is None
    drawn = drag_area_1kg is None
    if drawn:
        draws = (check_conditions(rows) if conditions is None
                 else {k: v[keep] for k, v in conditions.items()})
        centre_c = (float(np.median(drawn_rotor_drag(draws)))
                    if isinstance(rotor_drag, str) else rotor_drag)
    else:
        draws = None
        if isinstance(rotor_drag, str):
            rotor_drag = _default_rotor_drag()
        centre_c = rotor_drag

    free_b, free_p = exponent is None, avionics is None

    def unpack(th):
        i = 1
        b = th[i] if free_b else exponent
        i += free_b
        c = th[i] if free_c else rotor_drag
        i += free_c
        return th[0], b, c, (th[i] if free_p else avionics)

    def with_avionics(d, p):
        return d if d is None or (p == 0.0 and "avionics_power" not in d) else \
            {**d, "avionics_power": np.full(d["drag_area_coefficient"].shape, float(p))}

    def model(th):
        a, b, c, p = unpack(th)
        eff = np.exp(a + b * lm)
        if not drawn:
            return maker_time(cols, eff, drag_area_1kg, c, avionics=p)
        t = maker_time(cols, eff[:, None], None, c, conditions=with_avionics(draws, p))
        return np.median(t, axis=1)

    def residual(th):
        return w * (np.log(model(th)) - np.log(cols["time"]))

    span = 4.0 if covariate == "disk_loading" else 2.0    # ln(disk loading) reaches ~3.4
    x0, lo, hi = [0.0], [-span], [span]
    if free_b:
        x0, lo, hi = x0 + [0.0], lo + [-0.5], hi + [0.5]
    if free_c:
        x0, lo, hi = x0 + [0.01], lo + [0.0], hi + [0.2]
    if free_p:
        x0, lo, hi = x0 + [2.0], lo + [0.0], hi + [AVIONICS_FIT_BOUND]
    scale = {"x_scale": np.array([1.0] * (len(x0) - 1) + [10.0])} if free_p else {}
    sol = least_squares(residual, np.array(x0), bounds=(lo, hi), diff_step=1e-3, **scale)
    names = [r["drone"] for r in rows]
    uniq = list(dict.fromkeys(names))
    raw = sol.fun / w
    per = np.array([raw[[i for i, n in enumerate(names) if n == d]].mean() for d in uniq])
    dof = max(len(uniq) - len(x0), 1)
    s2 = float(np.sum(sol.fun ** 2) / dof)
    full = s2 * np.linalg.pinv(sol.jac.T @ sol.jac)
    cov = np.zeros((3, 3))           # (a, b, c): held ones get a zero row and column
    idx = [0] + ([1] if free_b else []) + ([2] if free_c else [])
    cov[np.ix_(idx, idx)] = full[:len(idx), :len(idx)]
    a_fit, b_fit, _, p_fit = unpack(sol.x)
    theta = np.array([a_fit, b_fit, sol.x[len(idx) - 1] if free_c else centre_c], dtype=float)
    within = raw - np.array([per[uniq.index(n)] for n in names])
    within_dof = max(len(raw) - len(uniq), 1)
    total = float(np.sqrt(np.sum(per ** 2) / dof))
    # the checks draw the conditions on top of the law's scatter: take their share out
    cond_var = (condition_variance(names, np.log(maker_time(
        cols, np.exp(theta[0] + theta[1] * lm)[:, None], None,
        theta[2] if free_c else rotor_drag, conditions=with_avionics(draws, p_fit))))
        if drawn else 0.0)
    return {"theta": theta, "covariance": cov,
            "scatter": deconvolved_scatter(total, cond_var), "scatter_total": total,
            "condition_sd": float(np.sqrt(cond_var)), "drones": uniq,
            "within_scatter": float(np.sqrt(np.sum(within ** 2) / within_dof)),
            "residuals": raw, "names": names, "masses": cols["reference_mass"],
            "rotor_drag_fitted": free_c, "conditions": "checks" if drawn else "fixed",
            "covariate": covariate, "avionics_power": float(p_fit),
            "avionics_power_sd": float(np.sqrt(max(full[-1, -1], 0.0))) if free_p else 0.0,
            "exponent_fitted": free_b}


def sized_cross_validation(rows: list[dict] | None = None, n_samples: int = 400,
                           seed: int = SEED, rotor_drag: float | str | None = DRAWN,
                           conditions: str = "checks", covariate: str = LAW_COVARIATE,
                           fold_losses: dict[str, dict] | None = None,
                           avionics: float | None = 0.0, exponent: float | None = None) -> dict:
    """Leave-one-drone-out on rows with a stated rotor size: the efficiency law fitted on the
    other drones (:func:`fit_efficiency`; the held-out drone is in no fit), then p5/p50/p95
    of a Monte Carlo over the fold's fit (covariance + between-drone scatter).

    ``conditions="checks"`` (default): fit and Monte Carlo draw every input the rows do not
    state as the checks do (:func:`check_conditions`), so this is the law's own estimate of
    what the checks will say. ``"fixed"``: the old way, fitted at the drag area of the
    power-curve fit (else the prior median) with the Vehicle defaults, the Monte Carlo
    spreading only the drag area. ``rotor_drag``: :data:`DRAWN` (default: the checks' draws;
    with ``"fixed"``, the model default ``rotor_terms.ROTOR_DRAG``), None (fitted with the
    law) or a number (held there). ``covariate``: the law's covariate (:data:`COVARIATES`).
    ``fold_losses``: per held-out drone, the load-loss coefficients (:data:`LOAD_LOSSES`)
    its fold's fit and Monte Carlo use (fitted without that drone); None = off.
    ``avionics``, ``exponent``: as :func:`fit_efficiency` (a fitted avionics load is fitted in
    each fold without the held-out drone and carried by that fold's Monte Carlo)."""
    rows = sized_rows() if rows is None else rows
    rows = [r for r in rows if np.isfinite(r["rotor_diameter"]) and np.isfinite(r["rotors"])]
    fixed = conditions == "fixed"
    if fixed and isinstance(rotor_drag, str):
        rotor_drag = _default_rotor_drag()
    pc = dict(fit_power_curves())
    if pc["drag_area_1kg_log_sd"] > 1.0:      # not identified by the curves: use the prior
        pc["drag_area_1kg"], pc["drag_area_1kg_log_sd"] = DRAG_AREA_PRIOR_1KG
    f_fit = pc["drag_area_1kg"] if fixed else None
    fit_draws = None if fixed else check_conditions(rows, seed=seed)
    mc_draws = None if fixed else check_conditions(rows, n=n_samples, seed=seed + 1)
    rng = np.random.default_rng(seed)
    names = list(dict.fromkeys(r["drone"] for r in rows))
    p5, p50, p95 = (np.empty(len(rows)) for _ in range(3))
    for name in names:
        LOAD_LOSSES.clear()
        LOAD_LOSSES.update((fold_losses or {}).get(name, {}))
        fit = fit_efficiency(rows, f_fit, rotor_drag, exclude=(name,), conditions=fit_draws,
                             covariate=covariate, avionics=avionics, exponent=exponent)
        p_av = fit["avionics_power"]
        idx = [i for i, r in enumerate(rows) if r["drone"] == name]
        cols = _sized_cols([rows[i] for i in idx])
        k = len(idx)
        th = rng.multivariate_normal(fit["theta"], fit["covariance"], size=n_samples,
                                     check_valid="ignore")
        off = rng.normal(0.0, fit["scatter"], size=n_samples)
        lm = covariate_values(cols, covariate)[:, None]
        eff = np.exp(th[:, 0] + th[:, 1] * lm + off)                  # (k, n_samples)
        cd = np.broadcast_to(np.clip(th[:, 2], 0.0, None), eff.shape)
        if fixed:
            f1 = pc["drag_area_1kg"] * np.exp(rng.normal(0.0, pc["drag_area_1kg_log_sd"],
                                                         n_samples))
            big = {key: np.repeat(val[:, None], n_samples, axis=1).reshape(-1)
                   for key, val in cols.items()}
            t = maker_time(big, eff.reshape(-1), np.tile(f1, k),
                           cd.reshape(-1), avionics=p_av).reshape(k, n_samples)
        else:
            draws = {key: val[idx] for key, val in mc_draws.items()}
            if p_av:
                draws["avionics_power"] = np.full(draws["drag_area_coefficient"].shape, p_av)
            t = maker_time(cols, eff, None, DRAWN if isinstance(rotor_drag, str) else cd,
                           conditions=draws)
        p5[idx], p50[idx], p95[idx] = np.percentile(t, [5.0, 50.0, 95.0], axis=1)
    LOAD_LOSSES.clear()
    out = _scores(rows, p5, p50, p95)
    t = np.array([r["time"] for r in rows])
    out["signed_error"] = 100.0 * (p50 - t) / t
    out["band_ratio"] = p95 / np.where(p5 > 0, p5, np.nan)
    out["power_curve_fit"] = pc
    out["fit_all"] = fit_efficiency(rows, f_fit, rotor_drag, conditions=fit_draws,
                                    covariate=covariate, avionics=avionics, exponent=exponent)
    out["conditions"] = conditions
    return out
