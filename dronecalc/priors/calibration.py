"""Calibration set of real multirotors: makers' published figures, loaded as Quantities.

The data live in ``dronecalc/data/multirotors.toml`` (format documented at the top of that
file). Every figure there is a maker's published figure with its source; a figure that could not
be sourced is simply absent. This module reads and validates the file, and fits the
few model parameters the set can identify (:func:`fit_parameters`), cross-validates them
(:func:`cross_validate`) and writes them with their spread to ``data/calibrated.toml``
(``python -m dronecalc.calibration --write``), read back by :func:`calibrated_parameters`.

Examples
--------
>>> from dronecalc.calibration import load_multirotors
>>> drones = load_multirotors()
>>> len(drones) >= 20
True
"""
from __future__ import annotations

import tomllib
from datetime import date
from importlib import resources

import numpy as np
import pint

from ..errors import DroneCalcError
from ..intake.units import Q_

#: Quantity fields of a drone: key -> (unit its value must convert to, what it means).
QUANTITY_FIELDS: dict[str, tuple[str, str]] = {
    "rotor_diameter": ("m", "rotor (propeller) diameter"),
    "empty_mass": ("kg", "mass without batteries and without payload, as the maker defines it"),
    "takeoff_mass": ("kg", "mass with batteries, no payload (see takeoff_mass_condition)"),
    "max_takeoff_mass": ("kg", "maker's maximum take-off mass"),
    "battery_capacity_per_pack": ("A*h", "charge capacity of one pack"),
    "battery_voltage_per_pack": ("V", "pack voltage exactly as the maker labels it"),
    "battery_energy_per_pack": ("W*h", "stored energy of one pack"),
    "battery_mass_per_pack": ("kg", "mass of one pack"),
    "battery_mass_total": ("kg", "mass of all packs together"),
    "max_payload": ("kg", "maker's maximum payload"),
    "max_speed": ("m/s", "maker's maximum horizontal speed"),
    "range": ("m", "maker's maximum flight distance"),
}

#: Integer (count) fields of a drone.
INTEGER_FIELDS: tuple[str, ...] = ("rotors", "battery_cells", "battery_packs")

#: Text fields of a drone; the first four are required.
TEXT_FIELDS: tuple[str, ...] = ("name", "maker", "class", "source", "retrieval",
                                "takeoff_mass_condition", "propeller_model", "rotor_layout",
                                "notes")
REQUIRED_FIELDS: tuple[str, ...] = ("name", "maker", "class", "source")

#: Allowed values of ``class``.
CLASSES: tuple[str, ...] = ("small-camera", "professional-camera", "enterprise-lift",
                            "heavy-lift", "agricultural", "cargo")

#: Fields of one ``flight_time`` entry: key -> unit (None for text, int for a count).
#: ``battery_packs`` and ``battery_energy_per_pack`` describe the packs of that case when
#: they differ from the drone's own ``battery_packs`` / ``battery_energy_per_pack``;
#: ``speed`` is the airspeed the maker states the figure was flown at (e.g. "25 km/h").
FLIGHT_TIME_FIELDS: dict[str, str | type | None] = {
    "value": "s", "payload": "kg", "takeoff_mass": "kg",
    "battery_packs": int, "battery_energy_per_pack": "W*h", "speed": "m/s",
    "mode": None, "battery": None, "condition": None, "source": None,
}
FLIGHT_TIME_REQUIRED: tuple[str, ...] = ("value", "mode", "payload", "condition", "source")
FLIGHT_TIME_MODES: tuple[str, ...] = ("hover", "flight")

_DATA_FILE = "multirotors.toml"


def load_multirotors() -> list[dict]:
    """Load the shipped calibration set of real multirotors.

    Returns
    -------
    list of dict
        One dict per drone. Quantity fields (see :data:`QUANTITY_FIELDS`) are pint Quantities
        from :data:`dronecalc.units.ureg` in the units written in the file; counts are ints;
        ``figure_sources`` is a dict (empty when every figure comes from ``source``);
        ``flight_time`` is a list of dicts whose ``value``, ``payload`` and optional
        ``takeoff_mass`` are Quantities. Figures that could not be sourced are absent.

    Raises
    ------
    DroneCalcError
        If the shipped file is malformed (wrong dimension, unknown key, missing source, ...);
        the message names the drone, the key and the value.

    Notes
    -----
    The file is read with :mod:`importlib.resources`, so it works from an installed wheel.
    """
    text = resources.files("dronecalc").joinpath("data", _DATA_FILE).read_text(encoding="utf-8")
    return parse_multirotors(text, origin=f"dronecalc/data/{_DATA_FILE}")


def parse_multirotors(text: str, origin: str = "<string>") -> list[dict]:
    """Parse and validate calibration data in the ``multirotors.toml`` format.

    Parameters
    ----------
    text : str
        TOML text with one ``[[drone]]`` table per machine.
    origin : str
        Where the text came from, quoted in error messages.

    Returns
    -------
    list of dict
        As :func:`load_multirotors`.

    Raises
    ------
    DroneCalcError
        Invalid TOML, no drones, an unknown key, a missing required key, a value of the wrong
        dimension or type, a non-positive figure, a duplicate name, or a ``figure_sources``
        entry for a key the drone does not have.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DroneCalcError(f"invalid TOML in {origin}: {exc}", field=origin) from exc
    raw = data.get("drone")
    if not isinstance(raw, list) or not raw:
        raise DroneCalcError("no [[drone]] tables", field=origin,
                             expected="at least one [[drone]] table")
    drones, seen = [], set()
    for index, entry in enumerate(raw):
        drone = _parse_drone(entry, index)
        if drone["name"] in seen:
            raise DroneCalcError("duplicate drone name", field=f"drone[{index}].name",
                                 value=drone["name"], expected="unique names")
        seen.add(drone["name"])
        drones.append(drone)
    return drones


def _parse_drone(entry: dict, index: int) -> dict:
    label = entry.get("name", f"drone[{index}]") if isinstance(entry, dict) else f"drone[{index}]"
    if not isinstance(entry, dict):
        raise DroneCalcError("not a table", field=label, value=entry, expected="a [[drone]] table")
    known = set(QUANTITY_FIELDS) | set(INTEGER_FIELDS) | set(TEXT_FIELDS) | {
        "figure_sources", "flight_time"}
    out: dict = {}
    for key, value in entry.items():
        where = f"{label}.{key}"
        if key not in known:
            raise DroneCalcError("unknown key", field=where, value=value,
                                 expected=f"one of {sorted(known)}")
        if key in QUANTITY_FIELDS:
            out[key] = _quantity(value, QUANTITY_FIELDS[key][0], where)
        elif key in INTEGER_FIELDS:
            out[key] = _count(value, where)
        elif key in TEXT_FIELDS:
            out[key] = _text(value, where)
        elif key == "figure_sources":
            out[key] = _figure_sources(value, entry, where)
        else:
            out[key] = _flight_times(value, where)
    for key in REQUIRED_FIELDS:
        if key not in out:
            raise DroneCalcError("missing required key", field=f"{label}.{key}",
                                 expected="a non-empty text")
    if out["class"] not in CLASSES:
        raise DroneCalcError("unknown class", field=f"{label}.class", value=out["class"],
                             expected=f"one of {list(CLASSES)}")
    out.setdefault("figure_sources", {})
    out.setdefault("flight_time", [])
    return out


def _quantity(value, unit: str, where: str) -> pint.Quantity:
    if not isinstance(value, str):
        raise DroneCalcError("needs a figure string with a unit", field=where, value=value,
                             expected=f"a string such as '1 {unit}'")
    try:
        q = Q_(value)
    except Exception as exc:  # pint raises several unrelated types for bad text
        raise DroneCalcError("unreadable figure", field=where, value=value,
                             expected=f"a number with a unit convertible to {unit}") from exc
    if not isinstance(q, pint.Quantity) or not q.is_compatible_with(unit):
        raise DroneCalcError("wrong dimension", field=where, value=value,
                             expected=f"a quantity convertible to {unit}")
    if not q.m_as(unit) > 0:
        raise DroneCalcError("must be positive", field=where, value=value, expected="> 0")
    return q


def _count(value, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise DroneCalcError("must be a positive integer", field=where, value=value,
                             expected="an integer count > 0")
    return value


def _text(value, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DroneCalcError("must be a non-empty text", field=where, value=value,
                             expected="a non-empty string")
    return value


def _figure_sources(value, entry: dict, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise DroneCalcError("must be a table", field=where, value=value,
                             expected="an inline table key = 'source'")
    for key, src in value.items():
        if key not in entry or key in ("figure_sources", "flight_time"):
            raise DroneCalcError("source given for a figure the drone does not have",
                                 field=f"{where}.{key}", value=src,
                                 expected="a key present in the same [[drone]] table")
        _text(src, f"{where}.{key}")
    return dict(value)


def _flight_times(value, where: str) -> list[dict]:
    if not isinstance(value, list):
        raise DroneCalcError("must be an array of tables", field=where, value=value,
                             expected="[[drone.flight_time]] tables")
    entries = []
    for i, item in enumerate(value):
        here = f"{where}[{i}]"
        if not isinstance(item, dict):
            raise DroneCalcError("not a table", field=here, value=item,
                                 expected="a [[drone.flight_time]] table")
        out = {}
        for key, val in item.items():
            if key not in FLIGHT_TIME_FIELDS:
                raise DroneCalcError("unknown key", field=f"{here}.{key}", value=val,
                                     expected=f"one of {sorted(FLIGHT_TIME_FIELDS)}")
            unit = FLIGHT_TIME_FIELDS[key]
            if unit is None:
                out[key] = _text(val, f"{here}.{key}")
            elif unit is int:
                out[key] = _count(val, f"{here}.{key}")
            elif key == "payload":
                out[key] = _payload(val, f"{here}.{key}")
            else:
                out[key] = _quantity(val, unit, f"{here}.{key}")
        for key in FLIGHT_TIME_REQUIRED:
            if key not in out:
                raise DroneCalcError("missing required key", field=f"{here}.{key}",
                                     expected=f"keys {list(FLIGHT_TIME_REQUIRED)}")
        if out["mode"] not in FLIGHT_TIME_MODES:
            raise DroneCalcError("unknown mode", field=f"{here}.mode", value=out["mode"],
                                 expected=f"one of {list(FLIGHT_TIME_MODES)}")
        entries.append(out)
    return entries


def _payload(value, where: str) -> pint.Quantity:
    """A payload may be zero ("0 kg"); otherwise like :func:`_quantity`."""
    if isinstance(value, str):
        try:
            q = Q_(value)
        except Exception:
            q = None
        if isinstance(q, pint.Quantity) and q.is_compatible_with("kg") and q.m_as("kg") == 0:
            return q
    return _quantity(value, "kg", where)


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
_CALIBRATED_FILE = "calibrated.toml"


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
            rows.append({"drone": d["name"], "mode": ft["mode"], "time": ft["value"].m_as("s"),
                         "takeoff_mass": mass, "reference_mass": ref, "payload": payload,
                         "energy": packs * per_pack.m_as("J"),
                         "battery": ft.get("battery", "").split("(")[0].split(";")[0].strip(),
                         "rotors": float(d.get("rotors", _PLACEHOLDER_ROTORS))})
            used += 1
        if not used:
            skipped[d["name"]] = "no sourced pack energy"
    return rows, skipped


def _columns(rows: list[dict]) -> dict[str, np.ndarray]:
    keys = ("time", "takeoff_mass", "reference_mass", "payload", "energy", "rotors")
    out = {k: np.array([r[k] for r in rows], dtype=float) for k in keys}
    out["hover"] = np.array([r["mode"] == "hover" for r in rows])
    return out


def disk_loading(mass, theta) -> np.ndarray:
    """Effective disk loading DL_1 (m / 1 kg)^beta [kg/m^2] at take-off mass ``mass`` [kg]."""
    theta = np.asarray(theta, dtype=float)
    return np.exp(theta[..., 0]) * np.asarray(mass, dtype=float) ** theta[..., 1]


def _vehicle(cols, theta, log_dl_offset=0.0, fixed=None):
    """One Vehicle of arrays: row i of ``cols`` with parameters ``theta[i]`` (broadcast)."""
    from ..physics.vehicle import Vehicle
    fixed = fixed or _fixed_parameters()
    theta = np.asarray(theta, dtype=float)
    ref = cols["reference_mass"]
    area = ref / (disk_loading(ref, theta) * np.exp(log_dl_offset))
    diameter = np.sqrt(4.0 * area / (np.pi * cols["rotors"]))
    return Vehicle(rotors=cols["rotors"], rotor_diameter=diameter,
                   empty_mass=cols["takeoff_mass"] - cols["payload"], battery_mass=0.0,
                   battery_energy=cols["energy"], payload_mass=cols["payload"],
                   figure_of_merit=fixed["figure_of_merit"]["value"],
                   drive_efficiency=fixed["drive_efficiency"]["value"],
                   usable_fraction=fixed["usable_fraction"]["value"],
                   drag_area=np.exp(theta[..., 2]) * ref ** (2.0 / 3.0))


def predict_times(cols, theta, log_dl_offset=0.0) -> np.ndarray:
    """Model flight time [s] of each row: hover rows -> hover endurance, flight rows -> max
    endurance at the best-endurance speed (``mission.performance``), one vectorised call."""
    from ..physics.multirotor import performance
    out = performance(_vehicle(cols, theta, log_dl_offset), speeds=FIT_SPEEDS)
    return np.where(cols["hover"], out["hover_endurance"], out["max_endurance"])


def _weights(rows):
    """1/sqrt(rows of the drone): every drone weighs the same in the sum of squares."""
    names = [r["drone"] for r in rows]
    return np.array([1.0 / np.sqrt(names.count(n)) for n in names])


def fit_parameters(drones: list[dict], *, exclude: tuple[str, ...] = (),
                   rows: list[dict] | None = None) -> dict:
    r"""Fit the effective disk-loading law and drag-area scale on makers' flight times.

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

    Returns
    -------
    dict
        ``theta`` (ln DL_1, beta, ln f_1), ``covariance`` (Gauss-Newton, scaled by the
        residual variance), ``scatter`` (between-drone standard deviation of the log flight
        time residual [-], with the degrees of freedom corrected), ``scatter_log_disk_loading``
        (the same expressed on ln DL: twice it, since t ~ DL^-1/2), ``n_rows``,
        ``n_drones``, ``drones`` (names used), ``residuals`` (ln predicted - ln published).

    Notes
    -----
    Residual :math:`r_i = w_i [\ln t_{model}(\theta) - \ln t_{maker}]`,
    :math:`w_i = 1/\sqrt{n_{rows}(\text{drone})}`. Covariance
    :math:`s^2 (J^T J)^{-1}`, :math:`s^2 = \sum r_i^2 / (n_{drones} - p)`: the drone, not
    the row, is the independent unit (rows of one drone share its airframe).
    """
    from scipy.optimize import least_squares
    rows = fit_rows(drones)[0] if rows is None else rows
    rows = [r for r in rows if r["drone"] not in exclude]
    if not rows:
        raise DroneCalcError("no usable rows to fit", field="drones", value=len(drones),
                             expected="flight times with sourced mass and pack energy")
    cols, w = _columns(rows), _weights(rows)
    log_t = np.log(cols["time"])

    def residual(theta):
        return w * (np.log(predict_times(cols, theta)) - log_t)

    sol = least_squares(residual, _THETA0, bounds=(_LOWER, _UPPER), x_scale=[1.0, 0.3, 1.0],
                        diff_step=1e-3, xtol=1e-6, ftol=1e-8)
    n_drones = len({r["drone"] for r in rows})
    p = len(_THETA0)
    dof = max(n_drones - p, 1)
    s2 = float(np.sum(sol.fun ** 2) / dof)
    jtj = sol.jac.T @ sol.jac
    cov = s2 * np.linalg.pinv(jtj)
    raw = np.log(predict_times(cols, sol.x)) - log_t
    # between-drone scatter: one mean log residual per drone
    names = [r["drone"] for r in rows]
    per_drone = np.array([raw[[i for i, n in enumerate(names) if n == d]].mean()
                          for d in dict.fromkeys(names)])
    scatter = float(np.sqrt(np.sum(per_drone ** 2) / dof))
    return {"theta": sol.x, "covariance": cov, "scatter": scatter,
            "scatter_log_disk_loading": 2.0 * scatter, "n_rows": len(rows),
            "n_drones": n_drones, "drones": list(dict.fromkeys(names)), "residuals": raw,
            "success": bool(sol.success)}


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
                 rng: np.random.Generator | None = None) -> dict[str, np.ndarray]:
    """p5 / p50 / p95 of the model flight time [s] of ``rows`` (all of one drone or many).

    The same parameter draw is used for every row of a drone (one airframe); all rows and
    samples go through one vectorised ``mission.performance`` call.
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
    big = {key: np.repeat(val[:, None], n_samples, axis=1).reshape(-1)
           for key, val in cols.items()}
    t = predict_times(big, np.tile(theta, (k, 1)), row_offset.reshape(-1)).reshape(k, n_samples)
    p5, p50, p95 = np.percentile(t, [5.0, 50.0, 95.0], axis=1)
    return {"p5": p5, "p50": p50, "p95": p95}


def cross_validate(drones: list[dict], n_samples: int = 2000, seed: int = SEED) -> dict:
    """Leave-one-drone-out cross-validation: each drone predicted by a fit on the others.

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
    for name in names:
        fit = fit_parameters(drones, exclude=(name,), rows=rows)
        idx = [i for i, r in enumerate(rows) if r["drone"] == name]
        band = predict_band([rows[i] for i in idx], fit, n_samples, rng)
        p5[idx], p50[idx], p95[idx] = band["p5"], band["p50"], band["p95"]
        folds[name] = fit
    return _scores(rows, p5, p50, p95) | {"folds": folds}


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
    for name in names:
        fit = fit_parameters(drones, exclude=(name,), rows=rows)
        idx = [i for i, r in enumerate(rows) if r["drone"] == name]
        pred[idx] = predict_times(_columns([rows[i] for i in idx]), fit["theta"])
    t = np.array([r["time"] for r in rows])
    err = 100.0 * np.abs(pred - t) / t
    return {"median_error": float(np.median(err)), "worst_error": float(np.max(err)),
            "predictions": pred}


# ---------------------------------------------------------------- calibrated.toml

_Z95 = 1.6448536269514722   # standard normal 95th percentile: p5-p95 = mean +/- 1.645 sd
_REGENERATE = "python -m dronecalc.calibration --write  (or: python benchmarks/accuracy.py --write)"


def calibrate(drones: list[dict] | None = None, n_samples: int = 2000,
              seed: int = SEED) -> dict:
    """Fit on every usable drone and cross-validate: everything ``calibrated.toml`` holds.

    Returns
    -------
    dict
        ``fit`` (:func:`fit_parameters` on all drones), ``cv`` (:func:`cross_validate`),
        ``point_cv`` (held-out errors of the point prediction), ``skipped`` (drones without
        a usable row and why).
    """
    drones = load_multirotors() if drones is None else drones
    rows, skipped = fit_rows(drones)
    fit = fit_parameters(drones, rows=rows)
    cv = cross_validate(drones, n_samples=n_samples, seed=seed)
    t = np.array([r["time"] for r in rows])
    point = np.empty(len(rows))
    for name, fold in cv["folds"].items():
        idx = [i for i, r in enumerate(rows) if r["drone"] == name]
        point[idx] = predict_times(_columns([rows[i] for i in idx]), fold["theta"])
    err = 100.0 * np.abs(point - t) / t
    return {"fit": fit, "cv": cv, "skipped": skipped,
            "power_curves": fit_power_curves(),
            "power_validation": power_curve_validation(),
            "sized_cv": sized_cross_validation(n_samples=_SIZED_SAMPLES, seed=seed),
            "sized_joint": fit_efficiency(
                [r for r in sized_rows(drones) if np.isfinite(r["rotor_diameter"])
                 and np.isfinite(r["rotors"])], DRAG_AREA_PRIOR_1KG[0], None),
            "point_cv": {"median_error": float(np.median(err)),
                         "worst_error": float(np.max(err)), "predictions": point}}


def _fmt(x: float) -> str:
    return f"{x:.6g}"


def format_calibrated(result: dict, today: str | None = None) -> str:
    """TOML text of ``calibrated.toml`` from a :func:`calibrate` result."""
    fit, cv, pcv = result["fit"], result["cv"], result["point_cv"]
    today = today or date.today().isoformat()
    th, sd = fit["theta"], np.sqrt(np.diag(fit["covariance"]))
    common = (f'n_rows = {fit["n_rows"]}\nn_drones = {fit["n_drones"]}\n'
              f'heldout_median_error_pct = {cv["median_error"]:.2f}\n'
              f'heldout_worst_error_pct = {cv["worst_error"]:.2f}\n'
              f'date = "{today}"\nregenerate = "{_REGENERATE}"\n')
    lines = [
        "# Calibrated model parameters of dronecalc, fitted on dronecalc/data/multirotors.toml.",
        "# GENERATED FILE: do not edit by hand. Regenerate with",
        f"#     {_REGENERATE}",
        "# Read with dronecalc.calibration.calibrated_parameters(). Method, caveats and the",
        "# table of drones: docs/validation.md. low/high are the 5th/95th percentiles of the",
        "# fit's uncertainty (Gauss-Newton covariance, drones as the independent unit).",
        "# Held-out errors: leave-one-drone-out cross-validation, p50 of a Monte Carlo over",
        "# the fold's parameter spread against the maker's figure.",
        "",
        "[meta]",
        f'date = "{today}"',
        f'regenerate = "{_REGENERATE}"',
        'method = "scipy.optimize.least_squares on ln(flight time), each drone weighted '
        'equally; FM, drive efficiency and usable fraction fixed at literature values '
        '(only their product with sqrt(disk area) is identifiable from the set)"',
        f'n_rows = {fit["n_rows"]}',
        f'n_drones = {fit["n_drones"]}',
        "drones = [" + ", ".join(f'"{n}"' for n in fit["drones"]) + "]",
        f'heldout_method = "leave-one-drone-out, {len(cv["folds"])} folds; Monte Carlo '
        f'{_MC_SAMPLES_NOTE}, seed {SEED}"',
        f'heldout_median_error_pct = {cv["median_error"]:.2f}',
        f'heldout_worst_error_pct = {cv["worst_error"]:.2f}',
        f'heldout_coverage_p5_p95 = {cv["coverage"]:.4f}',
        f'heldout_point_median_error_pct = {pcv["median_error"]:.2f}',
        f'heldout_point_worst_error_pct = {pcv["worst_error"]:.2f}',
        f'heldout_n_figures = {len(cv["rows"])}',
        "",
        "[fit]",
        "# parameter vector: " + ", ".join(FIT_PARAMETERS),
        "theta = [" + ", ".join(_fmt(x) for x in th) + "]",
        "covariance = [" + ", ".join(
            "[" + ", ".join(_fmt(x) for x in row) + "]" for row in fit["covariance"]) + "]",
        f'scatter_log_time = {_fmt(fit["scatter"])}',
        f'scatter_log_disk_loading = {_fmt(fit["scatter_log_disk_loading"])}',
        "",
        "[parameters.disk_loading_1kg]",
        f"value = {_fmt(np.exp(th[0]))}",
        f"low = {_fmt(np.exp(th[0] - _Z95 * sd[0]))}",
        f"high = {_fmt(np.exp(th[0] + _Z95 * sd[0]))}",
        'unit = "kg/m^2"',
        "fitted = true",
        "identified = true",
        'source = "Fit: effective disk loading (take-off mass / total disk area) of a 1 kg '
        'machine, given FM, drive efficiency and usable fraction at their literature values; '
        'it absorbs their errors (DL scales with the square of FM x eta x u). The between-'
        'drone scatter of ln DL is [fit] scatter_log_disk_loading."',
        common,
        "[parameters.disk_loading_exponent]",
        f"value = {_fmt(th[1])}",
        f"low = {_fmt(th[1] - _Z95 * sd[1])}",
        f"high = {_fmt(th[1] + _Z95 * sd[1])}",
        'unit = ""',
        "fitted = true",
        "identified = true",
        'source = "Fit: beta in DL = DL_1kg (m / 1 kg)^beta against take-off mass m."',
        common,
        "[parameters.drag_area_1kg]",
        f"value = {_fmt(np.exp(th[2]))}",
        f"low = {_fmt(max(np.exp(th[2] - _Z95 * sd[2]), np.exp(_LOWER[2])))}",
        f"high = {_fmt(min(np.exp(th[2] + _Z95 * sd[2]), np.exp(_UPPER[2])))}",
        'unit = "m^2"',
        "fitted = true",
        f"identified = {'true' if sd[2] < 0.7 else 'false'}",
        'source = "Fit: equivalent flat-plate drag area f = f_1kg (m / 1 kg)^(2/3). Only two '
        'drones publish both a hover and a flight time, so the data barely constrain it: '
        'do not use it as a prior without widening."',
        common,
    ]
    for name, entry in _fixed_parameters().items():
        lines += [f"[parameters.{name}]", f"value = {_fmt(entry['value'])}",
                  f"low = {_fmt(entry['low'])}", f"high = {_fmt(entry['high'])}", 'unit = ""',
                  "fitted = false", "identified = false",
                  'source = "NOT fitted (not identifiable from the set, see [meta] method); '
                  'literature value held fixed in the fit. '
                  + entry["source"].replace('"', "'") + '"', common]
    if "power_curves" in result:
        pc, pv, sc = result["power_curves"], result["power_validation"], result["sized_cv"]
        eff = sc["fit_all"]
        lines += [
            "[parameters.rotor_drag_coefficient]",
            f'value = {_fmt(pc["rotor_drag_coefficient"])}',
            f'low = {_fmt(max(pc["rotor_drag_coefficient"] - _Z95 * pc["rotor_drag_coefficient_sd"], 0.0))}',
            f'high = {_fmt(pc["rotor_drag_coefficient"] + _Z95 * pc["rotor_drag_coefficient_sd"])}',
            'unit = "s/m"', "fitted = true", "identified = true",
            'source = "Fit (issue 12): in-plane rotor drag c in P_r = c T V^2 '
            '(rotor_terms.rotor_drag_power) on ' + str(len(pc["names"])) + ' measured power '
            'curves (data/power_curves.toml), one free scale per curve, drag area at the '
            'checks\' prior median; low/high from the Gauss-Newton covariance. Leave-one-curve-'
            f'out median |error| {pv["median_error"]:.1f} %, worst {pv["worst_error"]:.1f} %, '
            'minimum-power speed errors ' + ", ".join(f"{x:+.1f}" for x in pv["min_power_speed_errors"])
            + ' m/s. Cross-check on makers\' hover and flight times (fitted with the efficiency '
            f'law): {result["sized_joint"]["theta"][2]:.3g} +/- '
            f'{np.sqrt(result["sized_joint"]["covariance"][2, 2]):.2g} s/m. The model default '
            'rotor_terms.ROTOR_DRAG is this value rounded (a test checks they agree)."',
            f'makers_value = {_fmt(result["sized_joint"]["theta"][2])}',
            f'makers_sd = {_fmt(np.sqrt(result["sized_joint"]["covariance"][2, 2]))}',
            f'scatter_log_power = {_fmt(pc["scatter"])}',
            f'date = "{today}"', f'regenerate = "{_REGENERATE}"', "",
            "[efficiency_law]",
            "# FM x drive efficiency x usable fraction relative to 0.65 x 0.76 x 0.85, fitted on",
            "# machines with a stated rotor count, rotor size and pack energy:",
            "# ln(efficiency) = a + b ln(m / 1 kg), m take-off mass without payload; theta = a,",
            "# b, c (c the rotor-drag coefficient [s/m] it was fitted with: the model default).",
            f"drag_area_1kg = {_fmt(DRAG_AREA_PRIOR_1KG[0])}",
            "theta = [" + ", ".join(_fmt(x) for x in eff["theta"]) + "]",
            "covariance = [" + ", ".join("[" + ", ".join(_fmt(x) for x in row) + "]"
                                         for row in eff["covariance"]) + "]",
            f'scatter_log = {_fmt(eff["scatter"])}',
            "drones = [" + ", ".join(f'"{n}"' for n in eff["drones"]) + "]",
            f'heldout_median_error_pct = {sc["median_error"]:.2f}',
            f'heldout_worst_error_pct = {sc["worst_error"]:.2f}',
            f'heldout_median_signed_error_pct = {float(np.median(sc["signed_error"])):.2f}',
            f'heldout_coverage_p5_p95 = {sc["coverage"]:.4f}',
            f'heldout_median_band_p95_over_p5 = {float(np.nanmedian(sc["band_ratio"])):.3f}',
            f'heldout_n_figures = {len(sc["rows"])}', ""]
    lines.append("# held-out fits, one per left-out drone (used by tests/test_calibration_fit.py)")
    for name, fold in cv["folds"].items():
        lines += [f'[folds."{name}"]', "theta = [" + ", ".join(_fmt(x) for x in fold["theta"])
                  + "]", ""]
    return "\n".join(lines)


_MC_SAMPLES_NOTE = "2000 samples per drone"
#: Monte Carlo samples per drone of the stated-rotor-size cross-validation.
_SIZED_SAMPLES = 400


def write_calibrated(path=None, result: dict | None = None) -> str:
    """Fit, cross-validate and write ``calibrated.toml`` (default: the package's data file).

    Returns the path written.
    """
    from pathlib import Path
    result = calibrate() if result is None else result
    path = Path(path) if path else Path(__file__).parents[1] / "data" / _CALIBRATED_FILE
    path.write_text(format_calibrated(result), encoding="utf-8")
    return str(path)


def load_calibrated() -> dict:
    """The raw content of the shipped ``calibrated.toml`` (read with importlib.resources)."""
    text = resources.files("dronecalc").joinpath("data", _CALIBRATED_FILE).read_text(
        encoding="utf-8")
    return tomllib.loads(text)


def calibrated_parameters() -> dict[str, dict]:
    """Calibrated model parameters with their spread, for Monte Carlo priors.

    Returns
    -------
    dict
        Name -> ``{"value", "low", "high", "unit", "fitted", "identified", "source",
        "n_rows", "heldout_median_error_pct", ...}``; ``low``/``high`` are 5th/95th
        percentiles. Names: ``disk_loading_1kg`` [kg/m^2] and ``disk_loading_exponent``
        (effective disk loading ``DL = DL_1kg (m / 1 kg)^beta`` against take-off mass,
        see :func:`effective_disk_loading`), ``drag_area_1kg`` [m^2] (weakly identified),
        and ``figure_of_merit``, ``drive_efficiency``, ``usable_fraction`` (``fitted`` is
        False: literature values the fit held fixed, returned so that a caller using the
        fitted disk loading uses the same efficiencies).

    Examples
    --------
    >>> p = calibrated_parameters()
    >>> 0 < p["figure_of_merit"]["value"] < 1
    True
    """
    return {name: dict(entry) for name, entry in load_calibrated()["parameters"].items()}


def effective_disk_loading(mass, quantiles=(0.05, 0.5, 0.95)) -> np.ndarray:
    """Calibrated effective disk loading [kg/m^2] at take-off mass ``mass`` [kg].

    Quantiles combine the fit's parameter uncertainty and the between-drone scatter (normal
    in ln DL). Valid for electric multirotors of about 0.9-15 kg (the fitted range) with FM,
    drive efficiency and usable fraction at the values in :func:`calibrated_parameters`.

    Returns
    -------
    ndarray
        Shape ``(len(quantiles),) + shape(mass)``.
    """
    from scipy.special import ndtri
    data = load_calibrated()["fit"]
    th, cov = np.array(data["theta"]), np.array(data["covariance"])
    lm = np.log(np.asarray(mass, dtype=float))
    mean = th[0] + th[1] * lm
    var = cov[0, 0] + 2.0 * lm * cov[0, 1] + lm ** 2 * cov[1, 1] \
        + data["scatter_log_disk_loading"] ** 2
    z = ndtri(np.asarray(quantiles, dtype=float)).reshape((-1,) + (1,) * np.ndim(mean))
    return np.exp(mean + z * np.sqrt(var))


def main(argv=None) -> int:
    """``python -m dronecalc.calibration [--write]``: fit, cross-validate, print, write."""
    import argparse
    parser = argparse.ArgumentParser(prog="python -m dronecalc.calibration",
                                     description=main.__doc__)
    parser.add_argument("--write", action="store_true",
                        help="write dronecalc/data/calibrated.toml")
    args = parser.parse_args(argv)
    result = calibrate()
    print(format_calibrated(result))
    if args.write:
        print("wrote", write_calibrated(result=result))
    return 0



# ============================================================== issue 12: measured power
# curves, efficiency by size on machines with a stated rotor size, maker-style flight times

_CURVES_FILE = "power_curves.toml"
#: Literature values the issue-12 fits hold fixed (the fitted scale absorbs their product).
_FM0, _ETA0, _U0 = 0.65, 0.80 * 0.95, 0.85


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
                "layout": layout})
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


def efficiency_law(mass, quantiles=(0.05, 0.5, 0.95)) -> dict:
    """Calibrated FM x drive efficiency x usable fraction [-] at take-off mass ``mass`` [kg].

    From ``calibrated.toml`` ``[efficiency_law]`` (issue 12): fitted on machines whose rotor
    count, rotor size and pack energy are sourced, together with the rotor-drag coefficient;
    use the two together with a *stated* rotor size (the disk-loading law of
    :func:`effective_disk_loading` is its counterpart when the rotor size is unknown).
    Quantiles combine the fit covariance and the between-drone scatter (log-normal). Valid
    for electric multirotors of about 0.9-20 kg (the fitted range).

    Returns
    -------
    dict
        ``product`` [-] of shape ``(len(quantiles),) + shape(mass)`` (FM eta_d u, to split as
        the caller likes; the fit used FM 0.65, eta_d 0.76, u 0.85 scaled together),
        ``rotor_drag_coefficient`` [s/m] and ``drag_area_1kg`` [m^2] it was fitted with.
    """
    from scipy.special import ndtri
    law = load_calibrated()["efficiency_law"]
    th, cov = np.array(law["theta"]), np.array(law["covariance"])
    lm = np.log(np.asarray(mass, dtype=float))
    mean = th[0] + th[1] * lm
    var = cov[0, 0] + 2.0 * lm * cov[0, 1] + lm ** 2 * cov[1, 1] + law["scatter_log"] ** 2
    z = ndtri(np.asarray(quantiles, dtype=float)).reshape((-1,) + (1,) * np.ndim(mean))
    return {"product": _FM0 * _ETA0 * _U0 * np.exp(mean + z * np.sqrt(var)),
            "rotor_drag_coefficient": float(th[2]), "drag_area_1kg": float(law["drag_area_1kg"])}


if __name__ == "__main__":
    raise SystemExit(main())
