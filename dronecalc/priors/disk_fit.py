"""The effective disk-loading fit (issue #5): DL(m) fitted on makers' flight times with FM,
drive efficiency and usable fraction held at literature values, under the checks' own draws of
the inputs the law neither sets nor absorbs (drag area, pack voltage drop, air, a payload's
drag: :data:`CHECK_CONDITIONS`), its leave-one-drone-out cross-validation and the Monte Carlo
bands. Public names are re-exported by :mod:`.calibration`.
"""
from __future__ import annotations

import numpy as np

from ..errors import DroneCalcError
from .flight_reading import row_reading, stated_reserve  # noqa: F401 (re-export)

# ============================================================== fitting (issue #5)
#
# What the set can identify
# -------------------------
# Endurance in hover is t = u E eta_b FM eta_d sqrt(2 rho A) / W^1.5 (momentum theory, see
# rotor.py and mission.py). Only one drone of the set (Agras T40) has a published rotor
# diameter, and it has no published pack energy, so no row has both A and E: figure of merit,
# drive efficiency and usable fraction cannot be fitted on their own. What the rows (mass,
# pack energy, flight time) do identify is the combination FM eta_d u sqrt(A). We therefore
# hold FM, eta_d and u at their literature values (rotor.ROTOR_PARAMETERS,
# propulsion.DRIVE_EFFICIENCY, battery.USABLE_FRACTION) and fit an *effective* disk loading
#
#     DL(m) = m / A = DL_1 (m / 1 kg)^beta               [kg/m^2]
#
# against the drone's take-off mass m (no payload), plus an equivalent flat-plate drag
# area f = f_1 (m / 1 kg)^(2/3) (geometric similarity) that sets how much longer a machine
# flies forward than it hovers. DL_1 absorbs every error of the fixed efficiencies: if the
# true FM eta_d u is 10 % higher, the true disk loading is 21 % higher (DL scales with the
# square of the product). See docs/validation.md.

#: Model parameters held fixed in the fit, with the literature source of their value.
def _fixed_parameters() -> dict[str, dict]:
    from ..physics.battery import USABLE_FRACTION
    from ..physics.propulsion import DRIVE_EFFICIENCY
    from ..physics.rotor import ROTOR_PARAMETERS
    fm = ROTOR_PARAMETERS["figure_of_merit"]
    motor, esc = DRIVE_EFFICIENCY["motor"], DRIVE_EFFICIENCY["esc"]
    return {
        "figure_of_merit": {"value": fm["value"], "low": fm["range"][0], "high": fm["range"][1],
                            "source": "rotor.ROTOR_PARAMETERS: " + fm["source"]},
        "drive_efficiency": {"value": motor["value"] * esc["value"],
                             "low": motor["range"][0] * esc["range"][0],
                             "high": motor["range"][1] * esc["range"][1],
                             "source": "propulsion.DRIVE_EFFICIENCY motor x ESC: "
                                       + motor["source"] + " / " + esc["source"]},
        "usable_fraction": {"value": USABLE_FRACTION["value"],
                            "low": USABLE_FRACTION["range"][0],
                            "high": USABLE_FRACTION["range"][1],
                            "source": "battery.USABLE_FRACTION: " + USABLE_FRACTION["source"]},
    }


#: Names of the fitted parameters, in the order of the parameter vector ``theta``:
#: ln(DL_1 [kg/m^2]), beta [-], ln(f_1 [m^2]).
FIT_PARAMETERS: tuple[str, ...] = ("log_disk_loading_1kg", "disk_loading_exponent",
                                   "log_drag_area_1kg")
_THETA0 = np.array([np.log(20.0), 0.3, np.log(0.01)])
_LOWER = np.array([np.log(1.0), -1.0, np.log(1e-4)])
_UPPER = np.array([np.log(500.0), 1.5, np.log(1.0)])
#: Rotor count used when none is sourced. For this model the result does not depend on it at
#: a fixed total disk area (hover, induced, profile power and advance ratio all depend on
#: thrust per disk area only), so it is a placeholder, not an assumption about the machine.
_PLACEHOLDER_ROTORS = 4
#: Airspeed grid [m/s] of the best-endurance search in the fit and the benchmark: 0-30 m/s
#: every 3 m/s, refined by mission's golden-section search between grid neighbours (best
#: endurance speeds of this set are 5-15 m/s). Coarser than mission.DEFAULT_SPEEDS for speed.
FIT_SPEEDS = np.linspace(0.0, 30.0, 11)
#: Seed of every random draw in the fit and the benchmark (reproducible figures).
SEED = 20261125

def fit_rows(drones: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """Flight-time figures usable for the fit, as SI floats, and why the others are not.

    A figure is usable when its take-off mass (stated, or the drone's take-off mass plus the
    payload) and its pack energy (the figure's own ``battery_packs`` /
    ``battery_energy_per_pack``, else the drone's) are all sourced.

    Parameters
    ----------
    drones : list of dict
        As returned by :func:`load_multirotors`.

    Returns
    -------
    rows : list of dict
        ``drone``, ``mode`` ("hover" | "flight"), ``time`` [s], ``takeoff_mass`` [kg],
        ``reference_mass`` [kg] (the drone's take-off mass without payload, which sets its
        disk area and drag area), ``payload`` [kg], ``energy`` [J], ``rotors`` [-],
        ``battery`` (short pack configuration text, may be empty).
    skipped : dict
        Drone name -> reason it gave no usable row.
    """
    rows, skipped = [], {}
    for d in drones:
        if not d["flight_time"]:
            skipped[d["name"]] = "no published flight time"
            continue
        if "takeoff_mass" not in d:
            skipped[d["name"]] = "no take-off mass"
            continue
        ref = d["takeoff_mass"].m_as("kg")
        used = 0
        for ft in d["flight_time"]:
            packs = ft.get("battery_packs", d.get("battery_packs"))
            per_pack = ft.get("battery_energy_per_pack", d.get("battery_energy_per_pack"))
            if packs is None or per_pack is None:
                continue
            payload = ft["payload"].m_as("kg")
            mass = ft["takeoff_mass"].m_as("kg") if "takeoff_mass" in ft else ref + payload
            rows.append({"drone": d["name"], "time": ft["value"].m_as("s"),
                         "takeoff_mass": mass, "reference_mass": ref, "payload": payload,
                         "energy": packs * per_pack.m_as("J"),
                         "battery": ft.get("battery", "").split("(")[0].split(";")[0].strip(),
                         "rotors": float(d.get("rotors", _PLACEHOLDER_ROTORS)),
                         **row_reading(ft)})
            used += 1
        if not used:
            skipped[d["name"]] = "no sourced pack energy"
    return rows, skipped


def _columns(rows: list[dict]) -> dict[str, np.ndarray]:
    keys = ("time", "takeoff_mass", "reference_mass", "payload", "energy", "rotors")
    out = {k: np.array([r[k] for r in rows], dtype=float) for k in keys}
    out["speed"] = np.array([r.get("speed", np.nan) for r in rows], dtype=float)  # NaN: best
    out["hover"] = np.array([r["mode"] == "hover" for r in rows])
    out["reserve"] = np.array([r.get("reserve", 0.0) for r in rows], dtype=float)
    return out


def disk_loading(mass, theta) -> np.ndarray:
    """Effective disk loading DL_1 (m / 1 kg)^beta [kg/m^2] at take-off mass ``mass`` [kg]."""
    theta = np.asarray(theta, dtype=float)
    return np.exp(theta[..., 0]) * np.asarray(mass, dtype=float) ** theta[..., 1]


#: Inputs the checks draw when no rotor size is stated that the disk-loading law neither sets
#: nor absorbs: the law is fitted with each drawn over the checks' own priors
#: (:func:`condition_draws`), so that the checks, which draw them the same way, reproduce the
#: fit's centre. Figure of merit, drive efficiency and usable fraction are not among them: the
#: law absorbs them (only their product with sqrt(disk area) is identified), and the checks
#: hold them at the values it was fitted with (``tables.disk_law_efficiency``). The rotor drag
#: and avionics draw are not drawn on that path (the Vehicle default and 0 W, as here).
CHECK_CONDITIONS: tuple[str, ...] = ("drag_area_coefficient", "battery_voltage_drop_1c",
                                     "air_temperature", "altitude", "payload_drag_area")


def condition_draws(rows: list[dict], n: int | None = None, seed: int = SEED
                    ) -> dict[str, np.ndarray]:
    """The checks' own draws of :data:`CHECK_CONDITIONS` for each row, shape ``(rows, n)``.

    Each row described as a case stating its rotors, take-off mass, pack energy and payload
    (no rotor size) through the checks' ``describe``; Latin hypercube per row, seeded
    (:func:`.efficiency_fit.check_conditions`, default ``n`` its ``CONDITION_SAMPLES``)."""
    from .efficiency_fit import CONDITION_SAMPLES, check_conditions
    return check_conditions(rows, n=CONDITION_SAMPLES if n is None else n, seed=seed,
                            names=CHECK_CONDITIONS)


def _condition_inputs(conditions) -> dict:
    """Vehicle fields from condition draws: voltage drop, air density (ISA pressure at the
    altitude, the drawn temperature), a payload's drag area."""
    from ..physics.atmosphere import _air_density, _isa_temperature
    c, out = conditions, {}
    for name in ("payload_drag_area", "battery_voltage_drop_1c"):
        if name in c:
            out[name] = c[name]
    if "altitude" in c or "air_temperature" in c:
        alt = c.get("altitude", 0.0)
        temp = c.get("air_temperature", _isa_temperature(alt))
        out["air_density"] = _air_density(alt, temp - _isa_temperature(alt))
    return out


def _vehicle(cols, theta, log_dl_offset=0.0, fixed=None, conditions=None):
    """One Vehicle of arrays: row i of ``cols`` with parameters ``theta[i]`` (broadcast).
    ``conditions`` (:func:`condition_draws`) replaces the drag area ``theta[..., 2]`` by the
    drawn drag-area coefficient and adds the other drawn inputs."""
    from ..physics.vehicle import Vehicle
    fixed = fixed or _fixed_parameters()
    theta = np.asarray(theta, dtype=float)
    ref = cols["reference_mass"]
    area = ref / (disk_loading(ref, theta) * np.exp(log_dl_offset))
    diameter = np.sqrt(4.0 * area / (np.pi * cols["rotors"]))
    extra = {} if conditions is None else _condition_inputs(conditions)
    coefficient = (np.exp(theta[..., 2]) if conditions is None
                   else conditions["drag_area_coefficient"])
    return Vehicle(rotors=cols["rotors"], rotor_diameter=diameter,
                   empty_mass=cols["takeoff_mass"] - cols["payload"], battery_mass=0.0,
                   battery_energy=cols["energy"], payload_mass=cols["payload"],
                   figure_of_merit=fixed["figure_of_merit"]["value"],
                   drive_efficiency=fixed["drive_efficiency"]["value"],
                   usable_fraction=fixed["usable_fraction"]["value"],
                   drag_area=coefficient * ref ** (2.0 / 3.0), **extra)


def predict_times(cols, theta, log_dl_offset=0.0, conditions=None) -> np.ndarray:
    """Model flight time [s] of each row as the maker states it
    (``physics.flight_time.stated_flight_time``, the reading the efficiency law and the claim
    checks share): hover rows -> hover endurance, flight rows at their stated speed, else at
    the best-endurance speed (``mission.performance``), one vectorised call; times (1 - the
    row's stated landing reserve, :func:`stated_reserve`). Before issue 12's accworst round
    this fit read a stated speed as the best speed (the Matrice 350 RTK's approx. 8 m/s, the
    Mavic 2 Pro's 25 km/h), the efficiency law at the speed.

    With ``conditions`` (each of shape ``(rows, n)``) the rows broadcast against them and the
    result has shape ``(rows, n)``; ``theta`` then broadcasts over the sample axis."""
    from ..physics.flight_time import stated_flight_time
    if conditions is not None:
        cols = {k: (v[:, None] if np.ndim(v) == 1 else v) for k, v in cols.items()}
    return stated_flight_time(_vehicle(cols, theta, log_dl_offset, conditions=conditions),
                              cols["hover"], cols.get("speed", np.nan),
                              cols.get("reserve", 0.0), speeds=FIT_SPEEDS)


def point_times(cols, theta, conditions=None) -> np.ndarray:
    """The fit's point prediction [s] per row: :func:`predict_times` at ``theta``, the median
    over the condition draws when ``conditions`` is given (what the fit matches)."""
    if conditions is None:
        return predict_times(cols, theta)
    return np.median(predict_times(cols, theta, conditions=conditions), axis=1)


def condition_variance(names: list[str], log_times: np.ndarray) -> float:
    r"""The share of the between-drone residual variance that the checks' condition draws
    already carry [ln^2]: the mean over drones of the squared spread their draws give the
    drone's mean ln flight time.

    ``log_times`` (rows, n) is ln of the model time of each row over the condition draws at
    the fitted parameters. A drone's rows share its conditions (its drag area, the maker's
    test site), so the spread of its mean is the mean of its rows' standard deviations.

    Why it is subtracted (issue 12, eighth round): a law fitted on the median over the draws
    leaves per-drone residuals :math:`r_d = e_d + c_d`, :math:`e_d` the machine's own
    efficiency (or disk-loading) offset and :math:`c_d` how far the machine's real
    conditions put its time from that median; the checks then draw both the law's scatter
    and the conditions, so a scatter taken as the sd of :math:`r_d` counts :math:`c_d` twice.
    :math:`E[s^2] = \sigma_e^2 + \overline{V_c}`, hence :math:`\sigma_e^2 = s^2 -
    \overline{V_c}` (:func:`deconvolved_scatter`)."""
    names = list(names)
    sd = np.std(np.asarray(log_times, dtype=float), axis=-1, ddof=1)
    per = [float(np.mean(sd[[i for i, n in enumerate(names) if n == d]])) ** 2
           for d in dict.fromkeys(names)]
    return float(np.mean(per))


def deconvolved_scatter(total: float, condition_var: float) -> float:
    """The law's own between-drone sd [ln]: ``total`` (sd of the per-drone mean residuals)
    with the condition draws' variance (:func:`condition_variance`) taken out; 0 if the
    draws alone explain the residuals."""
    return float(np.sqrt(max(total ** 2 - condition_var, 0.0)))


def _weights(rows):
    """1/sqrt(rows of the drone): every drone weighs the same in the sum of squares."""
    names = [r["drone"] for r in rows]
    return np.array([1.0 / np.sqrt(names.count(n)) for n in names])


def fit_parameters(drones: list[dict], *, exclude: tuple[str, ...] = (),
                   rows: list[dict] | None = None,
                   conditions: str | dict[str, np.ndarray] = "checks") -> dict:
    r"""Fit the effective disk-loading law on makers' flight times.

    Least squares (:func:`scipy.optimize.least_squares`) on the log of flight time,
    each drone weighted equally, with FM, drive efficiency and usable fraction held at their
    literature values (see the module notes: only their product with sqrt(disk area) is
    identifiable from the set).

    Parameters
    ----------
    drones : list of dict
        As returned by :func:`load_multirotors`.
    exclude : tuple of str
        Drone names left out (held-out drones of a cross-validation fold).
    rows : list of dict, optional
        Pre-computed :func:`fit_rows` output (saves re-reading ``drones``).
    conditions : "checks" (default), "fixed" or dict
        ``"checks"``: every input of :data:`CHECK_CONDITIONS` is drawn as the checks draw it
        for a case stating the row without a rotor size (:func:`condition_draws` on all rows,
        before ``exclude``, so every fold sees the same draws of a row), and the model time of
        a row is the median over those draws: the law is fitted under the distribution the
        checks then use, and its scatter is what is left between drones after them. A dict:
        such draws, given (one array per name, shape ``(len(rows), n)``). ``"fixed"``: the old
        fit, one machine per row at the Vehicle defaults (sea-level ISA, voltage drop 0.005,
        no payload drag) with a drag-area scale ``f_1`` fitted too (barely identified).

    Returns
    -------
    dict
        ``theta`` (ln DL_1, beta, ln f_1; under the checks' draws f_1 is the median of the
        drawn drag-area coefficient, not fitted: zero row and column in ``covariance``),
        ``covariance`` (Gauss-Newton, scaled by the residual variance), ``scatter``
        (the law's own between-drone sd of ln flight time [-]: ``scatter_total``, the sd of
        the per-drone mean log residual with the degrees of freedom corrected, with the
        share the condition draws carry, ``condition_sd``, taken out,
        :func:`condition_variance`; under ``"fixed"`` the two are equal), ``scatter_log_disk_loading`` (the same expressed on ln
        DL: twice it, since t ~ DL^-1/2), ``n_rows``, ``n_drones``, ``drones`` (names used),
        ``residuals`` (ln predicted - ln published), ``conditions`` ("checks" | "fixed").

    Notes
    -----
    Residual :math:`r_i = w_i [\ln t_{model}(\theta) - \ln t_{maker}]`,
    :math:`w_i = 1/\sqrt{n_{rows}(\text{drone})}`. Covariance
    :math:`s^2 (J^T J)^{-1}`, :math:`s^2 = \sum r_i^2 / (n_{drones} - p)`: the drone, not
    the row, is the independent unit (rows of one drone share its airframe).
    """
    from scipy.optimize import least_squares
    rows = fit_rows(drones)[0] if rows is None else rows
    drawn = not (isinstance(conditions, str) and conditions == "fixed")
    if drawn and isinstance(conditions, str):
        conditions = condition_draws(rows)
    keep = [i for i, r in enumerate(rows) if r["drone"] not in exclude]
    rows = [rows[i] for i in keep]
    if not rows:
        raise DroneCalcError("no usable rows to fit", field="drones", value=len(drones),
                             expected="flight times with sourced mass and pack energy")
    cols, w = _columns(rows), _weights(rows)
    log_t = np.log(cols["time"])
    if drawn:
        draws = {k: np.asarray(v)[keep] for k, v in conditions.items()}
        log_f = float(np.log(np.median(draws["drag_area_coefficient"])))
        p = 2

        def model(x):
            return point_times(cols, np.r_[x, log_f], draws)
    else:
        draws, p = None, len(_THETA0)

        def model(x):
            return predict_times(cols, x)

    def residual(x):
        return w * (np.log(model(x)) - log_t)

    sol = least_squares(residual, _THETA0[:p], bounds=(_LOWER[:p], _UPPER[:p]),
                        x_scale=[1.0, 0.3, 1.0][:p], diff_step=1e-3, xtol=1e-6, ftol=1e-8)
    n_drones = len({r["drone"] for r in rows})
    dof = max(n_drones - p, 1)
    s2 = float(np.sum(sol.fun ** 2) / dof)
    cov = np.zeros((3, 3))
    cov[:p, :p] = s2 * np.linalg.pinv(sol.jac.T @ sol.jac)
    theta = np.r_[sol.x, log_f] if drawn else sol.x
    raw = np.log(model(sol.x)) - log_t
    # between-drone scatter: one mean log residual per drone
    names = [r["drone"] for r in rows]
    per_drone = np.array([raw[[i for i, n in enumerate(names) if n == d]].mean()
                          for d in dict.fromkeys(names)])
    total = float(np.sqrt(np.sum(per_drone ** 2) / dof))
    # the checks draw the conditions on top of the law's scatter: take their share out
    cond_var = (condition_variance(names, np.log(predict_times(cols, theta, conditions=draws)))
                if drawn else 0.0)
    scatter = deconvolved_scatter(total, cond_var)
    return {"theta": theta, "covariance": cov, "scatter": scatter,
            "scatter_total": total, "condition_sd": float(np.sqrt(cond_var)),
            "scatter_log_disk_loading": 2.0 * scatter, "n_rows": len(rows),
            "n_drones": n_drones, "drones": list(dict.fromkeys(names)), "residuals": raw,
            "success": bool(sol.success), "conditions": "checks" if drawn else "fixed"}


def sample_parameters(fit: dict, n: int, rng: np.random.Generator):
    """Monte Carlo draws of ``theta`` (multivariate normal from the fit covariance) and of
    the between-drone offset on ln DL (normal, ``scatter_log_disk_loading``).

    Returns ``(theta, offset)`` of shapes ``(n, 3)`` and ``(n,)``; theta clipped to the fit
    bounds.
    """
    theta = rng.multivariate_normal(fit["theta"], fit["covariance"], size=n,
                                    check_valid="ignore")
    theta = np.clip(theta, _LOWER, _UPPER)
    offset = rng.normal(0.0, fit["scatter_log_disk_loading"], size=n)
    return theta, offset


def predict_band(rows: list[dict], fit: dict, n_samples: int = 2000,
                 rng: np.random.Generator | None = None,
                 conditions: dict[str, np.ndarray] | None = None) -> dict[str, np.ndarray]:
    """p5 / p50 / p95 of the model flight time [s] of ``rows`` (all of one drone or many).

    The same parameter draw is used for every row of a drone (one airframe); all rows and
    samples go through one vectorised ``mission.performance`` call. ``conditions`` (shape
    ``(len(rows), n_samples)``, :func:`condition_draws`): the checks' draws of the inputs
    the law does not set, drawn in the Monte Carlo too (a fit under the checks' draws).
    """
    rng = np.random.default_rng(SEED) if rng is None else rng
    cols = _columns(rows)
    k = len(rows)
    names = [r["drone"] for r in rows]
    theta, offset = sample_parameters(fit, n_samples, rng)
    # independent airframe offset per drone: draw one column per distinct drone
    uniq = list(dict.fromkeys(names))
    offsets = rng.normal(0.0, fit["scatter_log_disk_loading"], size=(len(uniq), n_samples))
    offsets[0] = offset
    row_offset = offsets[[uniq.index(n) for n in names]]                  # (k, n)
    if conditions is not None:
        t = predict_times(cols, theta, row_offset, conditions=conditions)
    else:
        big = {key: np.repeat(val[:, None], n_samples, axis=1).reshape(-1)
               for key, val in cols.items()}
        t = predict_times(big, np.tile(theta, (k, 1)),
                          row_offset.reshape(-1)).reshape(k, n_samples)
    p5, p50, p95 = np.percentile(t, [5.0, 50.0, 95.0], axis=1)
    return {"p5": p5, "p50": p50, "p95": p95}


def cross_validate(drones: list[dict], n_samples: int = 2000, seed: int = SEED,
                   conditions: str = "checks") -> dict:
    """Leave-one-drone-out cross-validation: each drone predicted by a fit on the others.

    ``conditions="checks"`` (default): fit and Monte Carlo draw the inputs of
    :data:`CHECK_CONDITIONS` as the checks do (the law's own estimate of what the checks say
    with no rotor size stated); ``"fixed"``: the old fit at the Vehicle defaults.

    Returns
    -------
    dict
        ``rows`` (the usable rows), ``p5``/``p50``/``p95`` [s] per row (held-out
        predictions), ``abs_pct_error`` of p50 against the published figure [%],
        ``inside`` (published figure within p5-p95), ``median_error``, ``worst_error`` [%],
        ``coverage`` [-], ``folds`` (fits per held-out drone).
    """
    rows, _ = fit_rows(drones)
    rng = np.random.default_rng(seed)
    names = list(dict.fromkeys(r["drone"] for r in rows))
    p5, p50, p95 = (np.empty(len(rows)) for _ in range(3))
    folds = {}
    drawn = conditions != "fixed"
    fit_draws = condition_draws(rows) if drawn else "fixed"
    mc_draws = condition_draws(rows, n=n_samples, seed=seed + 1) if drawn else None
    for name in names:
        fit = fit_parameters(drones, exclude=(name,), rows=rows, conditions=fit_draws)
        idx = [i for i, r in enumerate(rows) if r["drone"] == name]
        band = predict_band([rows[i] for i in idx], fit, n_samples, rng,
                            None if mc_draws is None else
                            {k: v[idx] for k, v in mc_draws.items()})
        p5[idx], p50[idx], p95[idx] = band["p5"], band["p50"], band["p95"]
        folds[name] = fit
    t = np.array([r["time"] for r in rows])
    return _scores(rows, p5, p50, p95) | {
        "folds": folds, "conditions": "checks" if drawn else "fixed",
        "signed_error": 100.0 * (p50 - t) / t, "band_ratio": p95 / p5,
        "fit_draws": None if not drawn else fit_draws}


def _scores(rows, p5, p50, p95):
    t = np.array([r["time"] for r in rows])
    err = 100.0 * np.abs(p50 - t) / t
    inside = (t >= p5) & (t <= p95)
    return {"rows": rows, "p5": p5, "p50": p50, "p95": p95, "abs_pct_error": err,
            "inside": inside, "median_error": float(np.median(err)),
            "worst_error": float(np.max(err)), "coverage": float(np.mean(inside))}


def point_cross_validation(drones: list[dict]) -> dict:
    """Leave-one-drone-out errors of the point prediction (fitted theta, no Monte Carlo).

    A fast check of :func:`cross_validate` (used by the tests): median and worst absolute
    percentage error of the held-out point predictions.
    """
    rows, _ = fit_rows(drones)
    names = list(dict.fromkeys(r["drone"] for r in rows))
    pred = np.empty(len(rows))
    draws = condition_draws(rows)
    for name in names:
        fit = fit_parameters(drones, exclude=(name,), rows=rows, conditions=draws)
        idx = [i for i, r in enumerate(rows) if r["drone"] == name]
        pred[idx] = point_times(_columns([rows[i] for i in idx]), fit["theta"],
                                {k: v[idx] for k, v in draws.items()})
    t = np.array([r["time"] for r in rows])
    err = 100.0 * np.abs(pred - t) / t
    return {"median_error": float(np.median(err)), "worst_error": float(np.max(err)),
            "predictions": pred}

