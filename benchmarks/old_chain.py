"""The performance chain as it was before issue 14, frozen for benchmarks/speed.py.

Copied verbatim from ``dronecalc/physics/rotor.py`` and ``dronecalc/physics/multirotor.py``
at commit a1442d2 (trigonometric trim, Glauert by Newton until the slowest sample converges,
31-point grid + 2 x 14 golden-section sweeps, every field broadcast to full length, chunks
concatenated). Not part of the package: only the benchmark compares against it.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
import os

import numpy as np

from dronecalc.physics.battery import _rate_efficiency
from dronecalc.physics.propulsion import _thrust_ceiling_kv, _thrust_to_weight
from dronecalc.physics.vehicle import Vehicle

_G = 9.806_65
_KAPPA = 1.15
_K_PROFILE = 4.65
_C_T = 0.012
_GLAUERT_TOL = 1e-12
_GLAUERT_MAX_ITER = 60
DEFAULT_SPEEDS = np.linspace(0.0, 45.0, 31)
GOLDEN_ITERATIONS = 14
CHUNK = 8192
WORKERS = os.cpu_count() or 1
_INV_PHI = (np.sqrt(5.0) - 1.0) / 2.0


class InputValueError(ValueError):
    def __init__(self, message, **kw):
        super().__init__(message)


def _disk_area(rotor_diameter):
    """Disk area [m^2] of a rotor of diameter [m]."""
    return 0.25 * np.pi * np.asarray(rotor_diameter, dtype=float) ** 2


def _hover_induced_velocity(thrust, air_density, disk_area):
    """Momentum-theory induced velocity in hover v_h = sqrt(T / (2 rho A)) [m/s]."""
    return np.sqrt(thrust / (2.0 * air_density * disk_area))


def _ideal_hover_power(thrust, air_density, disk_area):
    """Ideal (actuator disk) hover power T^1.5 / sqrt(2 rho A) [W] of one rotor."""
    return np.asarray(thrust, dtype=float) ** 1.5 / np.sqrt(2.0 * air_density * disk_area)


def _power_split(figure_of_merit, induced_power_factor=_KAPPA):
    """Induced factor and hover profile share so that hover power = ideal / FM.

    Returns ``(kappa_eff, profile_share)`` with ``P_hover = P_ideal (kappa_eff + share)``,
    ``share = 1/FM - kappa_eff`` and ``kappa_eff = min(kappa, 1/FM)`` so the share is never
    negative (a figure of merit above 1/kappa leaves no room for profile power).
    """
    inv_fm = 1.0 / np.asarray(figure_of_merit, dtype=float)
    kappa_eff = np.minimum(induced_power_factor, inv_fm)
    return kappa_eff, inv_fm - kappa_eff


def _glauert_inflow(hover_induced_velocity, speed, tilt=0.0):
    """Induced velocity [m/s] solving Glauert's equation, vectorised Newton iteration.

    Solves ``v * sqrt((V cos a)^2 + (V sin a + v)^2) = v_h^2`` for ``v >= 0`` with
    ``a`` the forward (nose-down) disk tilt [rad], ``0 <= a < pi/2``. The left side is
    increasing and convex in ``v``, and is >= v_h^2 at ``v = v_h``, so Newton's method
    started at ``v_h`` decreases monotonically to the unique root.
    """
    v_h, V, a = np.broadcast_arrays(np.asarray(hover_induced_velocity, dtype=float),
                                    np.asarray(speed, dtype=float),
                                    np.asarray(tilt, dtype=float))
    vx = V * np.cos(a)
    vz = V * np.sin(a)
    target = v_h ** 2
    v = v_h.copy()
    scale = np.where(v_h > 0.0, v_h, 1.0)
    for _ in range(_GLAUERT_MAX_ITER):
        root = np.sqrt(vx ** 2 + (vz + v) ** 2)
        f = v * root - target
        df = root + v * (vz + v) / np.where(root > 0.0, root, 1.0)
        step = f / np.where(df > 0.0, df, 1.0)
        v = np.maximum(v - step, 0.0)
        if np.all(np.abs(step) <= _GLAUERT_TOL * scale):
            break
    return v


def _trim_tilt(weight, drag):
    """Forward disk tilt [rad] balancing drag [N] against weight [N]: atan(D / W)."""
    return np.arctan2(drag, weight)


def _hover_tip_speed(thrust, air_density, disk_area, thrust_coefficient=_C_T):
    """Tip speed [m/s] at which one rotor gives ``thrust`` [N] with coefficient C_T."""
    return np.sqrt(thrust / (air_density * disk_area * thrust_coefficient))


def _forward_flight_power(weight, speed, air_density, rotor_diameter, rotors, drag_area,
                          figure_of_merit, induced_power_factor=_KAPPA,
                          profile_power_factor=_K_PROFILE, tip_speed=np.nan,
                          thrust_coefficient=_C_T, overlap_factor=1.0):
    """Total shaft power [W] of a multirotor in level forward flight, all rotors.

    Steady level flight, all rotors sharing thrust equally and tilted by the trim angle
    ``atan(D/W)``. ``tip_speed`` NaN means "derive from the hover thrust and C_T".
    Returns ``(power, parts)`` where ``parts`` holds induced, profile and parasite power,
    the tilt [rad], the induced velocity [m/s] and the advance ratio [-].
    """
    W = np.asarray(weight, dtype=float)
    V = np.asarray(speed, dtype=float)
    rho = np.asarray(air_density, dtype=float)
    n = np.asarray(rotors, dtype=float)
    A = _disk_area(rotor_diameter)
    drag = 0.5 * rho * drag_area * V ** 2
    tilt = _trim_tilt(W, drag)
    thrust = np.hypot(W, drag) / n
    v_i = _glauert_inflow(_hover_induced_velocity(thrust, rho, A), V, tilt)
    hover_thrust = W / n
    tip = np.where(np.isnan(tip_speed),
                   _hover_tip_speed(hover_thrust, rho, A, thrust_coefficient), tip_speed)
    mu = V * np.cos(tilt) / tip
    kappa_eff, share = _power_split(figure_of_merit, induced_power_factor)
    p_induced = n * kappa_eff * overlap_factor * thrust * v_i
    p_profile = n * share * _ideal_hover_power(hover_thrust, rho, A) * (
        1.0 + profile_power_factor * mu ** 2)
    p_parasite = drag * V
    parts = {"induced": p_induced, "profile": p_profile, "parasite": p_parasite,
             "tilt": tilt, "induced_velocity": v_i, "advance_ratio": mu}
    return p_induced + p_profile + p_parasite, parts


def _vehicle_arrays(vehicle: Vehicle) -> dict[str, np.ndarray]:
    """Vehicle fields broadcast to one shape, plus derived take-off weight and drag area."""
    if not isinstance(vehicle, Vehicle):
        raise InputValueError("not a Vehicle", field="vehicle", value=type(vehicle).__name__,
                              expected="a dronecalc.vehicle.Vehicle")
    a = vehicle.as_arrays()
    a["weight"] = (a["empty_mass"] + a["battery_mass"] + a["payload_mass"]) * _G
    a["total_drag_area"] = a["drag_area"] + a["payload_drag_area"]
    return a


def _electrical_power(a, speed):
    """Electrical power [W] drawn from the packs at airspeed ``speed`` [m/s].

    ``a`` holds arrays broadcastable against ``speed`` (e.g. ``(n, 1)`` against ``(k,)``).
    """
    shaft, _ = _forward_flight_power(
        a["weight"], speed, a["air_density"], a["rotor_diameter"], a["rotors"],
        a["total_drag_area"], a["figure_of_merit"], a["induced_power_factor"],
        a["profile_power_factor"], a["tip_speed"], a["thrust_coefficient"],
        a["overlap_factor"])
    return shaft / a["drive_efficiency"] + a["avionics_power"]


def _endurance_from_power(a, power):
    """Time aloft [s] at constant electrical ``power`` [W]: E u eta(P) / P."""
    eta = _rate_efficiency(power, a["battery_energy"], a["battery_voltage_drop_1c"])
    return a["battery_energy"] * a["usable_fraction"] * eta / power


def _range_from(speed, endurance, headwind):
    """Ground distance [m] = (V - headwind) t, zero when the ground speed is not positive."""
    ground = speed - headwind
    return np.where(ground > 0.0, ground * endurance, 0.0)


def _golden_max(objective, low, high, iterations=GOLDEN_ITERATIONS):
    """Maximise ``objective(x)`` on per-sample brackets [low, high], all samples at once.

    Golden-section search (Kiefer 1953) on arrays: each sweep evaluates ``objective`` once
    on an array of new points, one per sample. Assumes unimodality inside each bracket.
    Returns ``(x_best, objective(x_best))``.
    """
    a, b = np.array(low, dtype=float), np.array(high, dtype=float)
    c = b - _INV_PHI * (b - a)
    d = a + _INV_PHI * (b - a)
    fc, fd = objective(c), objective(d)
    for _ in range(iterations):
        left = fc >= fd                          # maximum lies in [a, d]
        b = np.where(left, d, b)
        a = np.where(left, a, c)
        x_new = np.where(left, b - _INV_PHI * (b - a), a + _INV_PHI * (b - a))
        f_new = objective(x_new)
        c, d, fc, fd = (np.where(left, x_new, d), np.where(left, c, x_new),
                        np.where(left, f_new, fd), np.where(left, fc, f_new))
    x = 0.5 * (a + b)
    return x, objective(x)


def _refine(objective_grid, objective, speeds):
    """Best speed per sample: argmax on the grid, then golden section between neighbours."""
    i = np.argmax(objective_grid, axis=-1)
    k = len(speeds)
    low = speeds[np.maximum(i - 1, 0)]
    high = speeds[np.minimum(i + 1, k - 1)]
    x, f = _golden_max(objective, low, high)
    grid_best = np.take_along_axis(objective_grid, i[..., None], axis=-1)[..., 0]
    better = f >= grid_best
    return np.where(better, x, speeds[i]), np.where(better, f, grid_best), i == k - 1


def _performance_flat(a, speeds):
    """``performance`` on 1-D arrays of one chunk (every value of ``a`` has shape (n,))."""
    col = {key: val[:, None] for key, val in a.items()}
    p_grid = _electrical_power(col, speeds)                       # (n, k)
    t_grid = _endurance_from_power(col, p_grid)
    r_grid = _range_from(speeds, t_grid, col["headwind"])

    def endurance_at(v):
        return _endurance_from_power(a, _electrical_power(a, v))

    def range_at(v):
        return _range_from(v, endurance_at(v), a["headwind"])

    v_end, t_max, _ = _refine(t_grid, endurance_at, speeds)
    v_rng, r_max, edge = _refine(r_grid, range_at, speeds)
    p_hover = p_grid[:, 0] if speeds[0] == 0.0 else _electrical_power(a, 0.0)
    t_hover = _endurance_from_power(a, p_hover)
    shaft_hover = (p_hover - a["avionics_power"]) * a["drive_efficiency"]
    area = _disk_area(a["rotor_diameter"])
    thrust_hover = a["weight"] / a["rotors"]
    max_thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                    a["rotors"], a["air_density"], a["thrust_coefficient"],
                                    a["loaded_rpm_fraction"])
    return {
        "takeoff_mass": a["weight"] / _G,
        "hover_power": p_hover,
        "hover_shaft_power": shaft_hover,
        "hover_endurance": t_hover,
        "max_endurance": t_max,
        "best_endurance_speed": v_end,
        "power_at_best_endurance": _electrical_power(a, v_end),
        "max_range": r_max,
        "best_range_speed": v_rng,
        "power_at_best_range": _electrical_power(a, v_rng),
        "endurance_at_best_range": endurance_at(v_rng),
        "best_range_at_grid_edge": edge,
        "feasible": t_hover > 0.0,
        "energy_available": a["battery_energy"] * a["usable_fraction"],
        "disk_loading": thrust_hover / area,
        "hover_tip_speed": np.where(np.isnan(a["tip_speed"]),
                                    _hover_tip_speed(thrust_hover, a["air_density"], area,
                                                     a["thrust_coefficient"]), a["tip_speed"]),
        "thrust_to_weight": _thrust_to_weight(max_thrust, a["weight"] / _G),
    }


def _chunked(func, a, shape):
    """Apply ``func`` to flattened chunks of the arrays in ``a``; reshape results to ``shape``."""
    flat = {key: np.ascontiguousarray(val).reshape(-1) for key, val in a.items()}
    n = next(iter(flat.values())).size
    chunks = [{key: val[s:s + CHUNK] for key, val in flat.items()} for s in range(0, n, CHUNK)]
    if len(chunks) == 1:
        parts = [func(chunks[0])]
    else:   # numpy releases the GIL in array arithmetic: chunks run on all cores
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            parts = list(pool.map(func, chunks))
    out = {}
    for key in parts[0]:
        joined = np.concatenate([p[key] for p in parts], axis=0)
        out[key] = joined.reshape(shape + joined.shape[1:])
    return out


def performance(vehicle: Vehicle, speeds=None, headwind=0.0) -> dict[str, np.ndarray]:
    """The old ``performance`` (same keys as then; speeds default to the 31-point grid)."""
    grid = DEFAULT_SPEEDS if speeds is None else np.asarray(speeds, dtype=float)
    a = _vehicle_arrays(vehicle)
    arrays = np.broadcast_arrays(*a.values(), np.asarray(headwind, dtype=float))
    a = dict(zip(list(a) + ["headwind"], arrays))
    return _chunked(lambda c: _performance_flat(c, grid), a, arrays[0].shape)
