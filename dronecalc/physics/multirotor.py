"""Mission performance: endurance, range, best speeds, legs and payload trade-offs.

This is the module the uncertainty layer calls. Its SI entry points take a
:class:`~dronecalc.vehicle.Vehicle` whose fields are floats or arrays (one entry per Monte
Carlo sample, all broadcastable to one shape ``S``) and return numpy arrays in SI units:

``performance(vehicle, speeds=None, headwind=0.0) -> dict[str, ndarray]``
    Every value has shape ``S``; see its docstring for the keys.
``power_curve(vehicle, speeds) -> ndarray``
    Electrical power [W], shape ``S + (len(speeds),)``, e.g. ``(n_samples, n_speeds)``.
``leg(vehicle, distance, speed, headwind=0.0) -> dict[str, ndarray]``
    Time and energy of a stated leg, the energy available and the reserve left.
``payload_curve(vehicle, payloads) -> dict[str, ndarray]``
    Max endurance and max range against payload mass, shape ``S + (len(payloads),)``.

Everything is vectorised over samples: no per-sample Python loop, no pint. Large sample
counts are processed in chunks of ``CHUNK`` samples to bound memory.

The public Quantity functions (``hover_endurance``, ``endurance_at_speed``, ...) wrap the
same core for single questions asked with units.

Chain of models
---------------
electrical power ``P_e(V) = P_shaft(V) / eta_drive + P_avionics`` with ``P_shaft`` from
:func:`dronecalc.physics.rotor._shaft_power`; endurance ``t(V) = E u eta_batt(P_e) / P_e``
(:mod:`dronecalc.battery`); range ``R(V) = (V - w) t(V)`` for a headwind ``w``.

References
----------
.. [Leishman2006] Leishman, J. G. (2006). *Principles of Helicopter Aerodynamics*, 2nd ed.
   Cambridge University Press. Sec. 5.5 (speeds for best endurance and best range).
.. [Bauersfeld2022] Bauersfeld, L. & Scaramuzza, D. (2022). Range, Endurance, and Optimal
   Speed Estimates for Multicopters. IEEE RA-L 7(2), 2953-2960.
   doi:10.1109/LRA.2022.3145063, arXiv:2109.04741.
.. [Kiefer1953] Kiefer, J. (1953). Sequential minimax search for a maximum. Proc. AMS 4(3),
   502-506. doi:10.1090/S0002-9939-1953-0055639-3 (golden-section search).
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import fields
import os

import numpy as np

from .battery import _WH, _rate_efficiency
from ..errors import InputValueError
from .propulsion import _thrust_ceiling_kv, _thrust_to_weight
from .rotor import (_G, GLAUERT_STEPS, TILT_VALIDITY, _disk_area, _flight_constants,
                    _hover_tip_speed, _shaft_power)
from ..intake.units import Q_, to_si
from .vehicle import Vehicle

#: Default airspeed grid [m/s] for the coarse search of best speeds: 0 to 45 m/s
#: (162 km/h) every 5 m/s. Each optimum is then refined off the grid (a parabola through
#: the best three grid points and Newton steps on the derivative, golden section where that
#: fails), so the grid only has to bracket it; ``performance`` flags an optimum at the top
#: edge (``best_range_at_grid_edge``, ``best_endurance_at_grid_edge``).
DEFAULT_SPEEDS = np.linspace(0.0, 45.0, 10)
#: Samples per chunk: about 2k samples x 10 speeds keep the few live temporaries of one
#: power evaluation (160 kB each) inside a core's L2 cache (1 MiB here).
CHUNK = 2048
#: Threads evaluating chunks at once (results do not depend on it: each chunk is pure and
#: writes its own slice of the preallocated outputs).
WORKERS = os.cpu_count() or 1
#: Newton steps on the derivative of the objective after the parabola through the grid.
NEWTON_STEPS = 2
#: Half-width [m/s] of the central differences giving that derivative: truncation error
#: ~ h^2 f'''/6 and rounding ~ 1e-16 f / h both far below 1e-9 of the optimum's value.
_FD_STEP = 1e-3
#: Golden-section iterations of the fallback (samples whose smooth refinement failed, e.g.
#: a range optimum at the pack's power cutoff or a flyable window between grid points):
#: a bracket of two grid steps (10 m/s) shrinks by 0.618^40 to ~1e-7 m/s.
GOLDEN_ITERATIONS = 40
#: Speed scale [m/s] of the penalty that ranks speeds where no range is possible by how
#: far they are from the flyable window (only its sign and monotony matter).
_PENALTY_SPEED = 10.0

_INV_PHI = (np.sqrt(5.0) - 1.0) / 2.0


# ---------------------------------------------------------------- SI core

def _vehicle_arrays(vehicle: Vehicle) -> dict[str, np.ndarray]:
    """Vehicle fields broadcast to one shape, plus derived take-off weight and drag area."""
    if not isinstance(vehicle, Vehicle):
        raise InputValueError("not a Vehicle", field="vehicle", value=type(vehicle).__name__,
                              expected="a dronecalc.vehicle.Vehicle")
    a = vehicle.as_arrays()
    a["weight"] = (a["empty_mass"] + a["battery_mass"] + a["payload_mass"]) * _G
    a["total_drag_area"] = a["drag_area"] + a["payload_drag_area"]
    return a


def _constants(a):
    """Speed-independent constants of the chain for arrays ``a`` (floats or same-shape arrays).

    The flight constants of :func:`dronecalc.physics.rotor._flight_constants` plus the drive
    and pack terms: ``inv_eta`` 1/eta_drive, ``avionics`` [W], ``usable`` E u [J] and
    ``loss`` = 4 d 3600 / E [1/W], the internal-resistance term of
    :func:`dronecalc.physics.battery._rate_efficiency` (eta = (1 + sqrt(1 - loss P)) / 2).
    """
    c = _flight_constants(a["weight"], a["air_density"], a["rotor_diameter"], a["rotors"],
                          a["total_drag_area"], a["figure_of_merit"],
                          a["induced_power_factor"], a["profile_power_factor"],
                          a["tip_speed"], a["thrust_coefficient"], a["overlap_factor"],
                          a.get("rotor_drag_coefficient", 0.0))
    energy = np.asarray(a["battery_energy"], dtype=float)
    c["inv_eta"] = 1.0 / np.asarray(a["drive_efficiency"], dtype=float)
    c["avionics"] = np.asarray(a["avionics_power"], dtype=float)
    c["usable"] = energy * a["usable_fraction"]
    c["loss"] = 4.0 * (_WH / energy) * a["battery_voltage_drop_1c"]
    return c


def _power(c, speed, steps=GLAUERT_STEPS):
    """Electrical power [W] and inflow convergence at ``speed`` (broadcast against ``c``)."""
    shaft, converged = _shaft_power(c, speed, steps)
    return shaft * c["inv_eta"] + c["avionics"], converged


def _endurance(c, power):
    """Time aloft [s] at constant electrical ``power`` [W]: E u eta(P) / P (0 if undeliverable)."""
    disc = 1.0 - c["loss"] * power
    eta = np.where(disc >= 0.0, 0.5 * (1.0 + np.sqrt(np.maximum(disc, 0.0))), 0.0)
    return c["usable"] * eta / power


def _electrical_power(a, speed):
    """Electrical power [W] drawn from the packs at airspeed ``speed`` [m/s].

    ``a`` holds arrays broadcastable against ``speed`` (e.g. ``(n, 1)`` against ``(k,)``).
    """
    c = _flight_constants(a["weight"], a["air_density"], a["rotor_diameter"], a["rotors"],
                          a["total_drag_area"], a["figure_of_merit"],
                          a["induced_power_factor"], a["profile_power_factor"],
                          a["tip_speed"], a["thrust_coefficient"], a["overlap_factor"],
                          a.get("rotor_drag_coefficient", 0.0))
    shaft, _ = _shaft_power(c, speed, steps=8)
    return shaft / a["drive_efficiency"] + a["avionics_power"]


def _endurance_from_power(a, power):
    """Time aloft [s] at constant electrical ``power`` [W]: E u eta(P) / P."""
    eta = _rate_efficiency(power, a["battery_energy"], a["battery_voltage_drop_1c"])
    return a["battery_energy"] * a["usable_fraction"] * eta / power


def _range_from(speed, endurance, headwind):
    """Ground distance [m] = (V - headwind) t, zero when the ground speed is not positive."""
    ground = speed - headwind
    return np.where(ground > 0.0, ground * endurance, 0.0)


def _range_score(c, speed, headwind, steps=GLAUERT_STEPS):
    """Range [m] at ``speed`` and a score for the search; also power and convergence.

    The score is the range where that is positive and, where no range is possible, minus
    the distance to the flyable window (ground speed > 0 and power within the pack's limit
    1/loss): it rises towards the window from either side, so a search over it cannot stall
    on a plateau of zeros.
    """
    power, converged = _power(c, speed, steps)
    rng = _range_from(speed, _endurance(c, power), headwind)
    short = (np.maximum(headwind - speed, 0.0)
             + _PENALTY_SPEED * np.maximum(c["loss"] * power - 1.0, 0.0))
    return rng, np.where(rng > 0.0, rng, -short), power, converged


def _vertex(speeds, f, i):
    """Abscissa of the parabola through the grid points i-1, i, i+1 (clamped inside the grid)."""
    k = len(speeds)
    j = np.clip(i, 1, k - 2)
    x0, x1, x2 = speeds[j - 1], speeds[j], speeds[j + 1]
    cols = np.arange(f.shape[1])
    f0, f1, f2 = f[j - 1, cols], f[j, cols], f[j + 1, cols]
    a, b = x1 - x0, x1 - x2
    num = a * a * (f1 - f2) - b * b * (f1 - f0)
    den = a * (f1 - f2) - b * (f1 - f0)
    with np.errstate(divide="ignore", invalid="ignore"):
        x = x1 - 0.5 * num / den
    return np.where(np.isfinite(x), x, speeds[i])


def _newton(objective, x, low, high, sense):
    """Newton steps on d objective / dV by central differences, kept inside [low, high].

    ``sense`` +1 maximises, -1 minimises. Returns ``(x, ok)``: ``ok`` False where a stencil
    left the smooth region (a zero range) or the curvature had the wrong sign.
    """
    ok = np.ones(np.shape(x), dtype=bool)
    h = _FD_STEP
    offsets = np.array([-h, 0.0, h])[:, None]
    for _ in range(NEWTON_STEPS):
        centre = np.maximum(x, h)
        f = objective(centre + offsets)
        d1 = (f[2] - f[0]) / (2.0 * h)
        d2 = (f[2] - 2.0 * f[1] + f[0]) / (h * h)
        good = sense * d2 < 0.0
        if sense > 0:
            good &= np.all(f > 0.0, axis=0)
        ok &= good
        x = np.clip(np.where(good, centre - d1 / np.where(good, d2, 1.0), x), low, high)
    return x, ok


def _golden_max(objective, low, high, iterations=GOLDEN_ITERATIONS):
    """Maximise ``objective(x)`` on per-sample brackets [low, high], all samples at once.

    Golden-section search (Kiefer 1953) on arrays: each sweep evaluates ``objective`` once
    on an array of new points, one per sample. Assumes unimodality inside each bracket.
    Returns the better of the last two interior points and its value.
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
    return np.where(fc >= fd, c, d), np.maximum(fc, fd)


def _subset(c, mask):
    return {key: (val[mask] if np.ndim(val) else val) for key, val in c.items()}


def _performance_chunk(a, speeds, out, sl):
    """``performance`` of one chunk of 1-D arrays ``a``, written into ``out[key][sl]``."""
    c = _constants(a)
    w = np.asarray(a["headwind"], dtype=float)
    k = len(speeds)
    grid = speeds[:, None]
    p_grid, ok_grid = _power(c, grid)                               # (k, n)
    cols = np.arange(p_grid.shape[1])
    lo_of = speeds[np.maximum(np.arange(k) - 1, 0)]
    hi_of = speeds[np.minimum(np.arange(k) + 1, k - 1)]

    # best endurance = least power (endurance falls strictly with power, rate losses too)
    i_e = np.argmin(p_grid, axis=0)
    low, high = lo_of[i_e], hi_of[i_e]
    v_e, _ = _newton(lambda v: _power(c, v)[0],
                     _vertex(speeds, p_grid, i_e).clip(low, high), low, high, -1.0)
    p_e, ok_e = _power(c, v_e)
    worse = ~(p_e <= p_grid[i_e, cols])
    v_e = np.where(worse, speeds[i_e], v_e)
    p_e = np.where(worse, p_grid[i_e, cols], p_e)
    ok_e = np.where(worse, ok_grid[i_e, cols], ok_e)
    t_e = _endurance(c, p_e)

    # best range: smooth refinement where the best grid point and its neighbours fly,
    # golden section on the score elsewhere
    r_grid = _range_from(grid, _endurance(c, p_grid), w)
    short = (np.maximum(w - grid, 0.0)
             + _PENALTY_SPEED * np.maximum(c["loss"] * p_grid - 1.0, 0.0))
    score = np.where(r_grid > 0.0, r_grid, -short)
    i_r = np.argmax(score, axis=0)
    low, high = lo_of[i_r], hi_of[i_r]
    smooth = ((r_grid[np.maximum(i_r - 1, 0), cols] > 0.0) & (r_grid[i_r, cols] > 0.0)
              & (r_grid[np.minimum(i_r + 1, k - 1), cols] > 0.0))
    v_r, ok_newton = _newton(lambda v: _range_score(c, v, w)[0],
                             _vertex(speeds, r_grid, i_r).clip(low, high), low, high, 1.0)
    r_r, _, p_r, ok_r = _range_score(c, v_r, w)
    fallback = ~(smooth & ok_newton & (r_r >= r_grid[i_r, cols]))
    if np.any(fallback):
        sub = _subset(c, fallback)
        w_sub = w[fallback] if w.ndim else w
        v_g, _ = _golden_max(lambda v: _range_score(sub, v, w_sub)[1],
                             low[fallback], high[fallback])
        r_g, _, p_g, ok_g = _range_score(sub, v_g, w_sub)
        at = (i_r[fallback], cols[fallback])
        keep_grid = r_grid[at] > r_g
        v_r[fallback] = np.where(keep_grid, speeds[at[0]], v_g)
        r_r[fallback] = np.where(keep_grid, r_grid[at], r_g)
        p_r[fallback] = np.where(keep_grid, p_grid[at], p_g)
        ok_r[fallback] = np.where(keep_grid, ok_grid[at], ok_g)
    # the best-endurance point lies in the flyable window whenever that holds any range
    r_at_e = _range_from(v_e, t_e, w)
    use_e = r_at_e > r_r
    v_r = np.where(use_e, v_e, v_r)
    r_r = np.where(use_e, r_at_e, r_r)
    p_r = np.where(use_e, p_e, p_r)
    ok_r = np.where(use_e, ok_e, ok_r)

    p_hover, ok_h = (p_grid[0], ok_grid[0]) if speeds[0] == 0.0 else _power(c, 0.0)
    t_hover = _endurance(c, p_hover)
    weight = a["weight"]
    area = _disk_area(a["rotor_diameter"])
    thrust_hover = weight / a["rotors"]
    max_thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                    a["rotors"], a["air_density"], a["thrust_coefficient"],
                                    a["loaded_rpm_fraction"])
    values = {
        "takeoff_mass": weight / _G,
        "hover_power": p_hover,
        "hover_shaft_power": (p_hover - a["avionics_power"]) * a["drive_efficiency"],
        "hover_endurance": t_hover,
        "max_endurance": t_e,
        "best_endurance_speed": v_e,
        "power_at_best_endurance": p_e,
        "max_range": r_r,
        "best_range_speed": v_r,
        "power_at_best_range": p_r,
        "endurance_at_best_range": _endurance(c, p_r),
        "best_range_at_grid_edge": i_r == k - 1,
        "best_endurance_at_grid_edge": i_e == k - 1,
        "inflow_unconverged": ~(ok_h & ok_e & ok_r),
        "tilt_beyond_validity": c["q"] * v_r * v_r > np.tan(TILT_VALIDITY) * weight,
        "feasible": t_hover > 0.0,
        "energy_available": c["usable"],
        "disk_loading": thrust_hover / area,
        "hover_tip_speed": np.where(np.isnan(a["tip_speed"]),
                                    _hover_tip_speed(thrust_hover, a["air_density"], area,
                                                     a["thrust_coefficient"]), a["tip_speed"]),
        "thrust_to_weight": _thrust_to_weight(max_thrust, weight / _G),
    }
    for key, val in values.items():
        out[key][sl] = val


#: Output keys of :func:`performance` that are flags (bool); the others are floats.
FLAGS = ("best_range_at_grid_edge", "best_endurance_at_grid_edge", "inflow_unconverged",
         "tilt_beyond_validity", "feasible")
#: Output keys of :func:`performance`.
KEYS = ("takeoff_mass", "hover_power", "hover_shaft_power", "hover_endurance",
        "max_endurance", "best_endurance_speed", "power_at_best_endurance", "max_range",
        "best_range_speed", "power_at_best_range", "endurance_at_best_range", *FLAGS,
        "energy_available", "disk_loading", "hover_tip_speed", "thrust_to_weight")


def _flat_inputs(a, shape):
    """Every array of ``a`` flat over ``shape``, or a float where it is one value.

    A field given as a scalar stays a scalar (no copy to full length); a full-shape array is
    a view; only a partly broadcast array (e.g. ``(n, 1)`` against ``(1, k)``) is copied.
    """
    size = int(np.prod(shape, dtype=np.int64))
    flat = {}
    for key, val in a.items():
        val = np.asarray(val, dtype=float)
        if val.size == 1:
            flat[key] = float(val.reshape(-1)[0])
        elif val.shape == shape:
            flat[key] = np.ascontiguousarray(val).reshape(size)
        else:
            flat[key] = np.broadcast_to(val, shape).reshape(size)
    return flat, size


def _chunk_of(flat, start, stop):
    return {key: (val[start:stop] if isinstance(val, np.ndarray) else val)
            for key, val in flat.items()}


def _run_chunks(work, size):
    """Call ``work(start, stop)`` on every chunk; each thread takes a contiguous run."""
    starts = list(range(0, size, CHUNK))
    workers = max(1, min(WORKERS, len(starts)))
    if workers == 1:
        for s in starts:
            work(s, min(s + CHUNK, size))
        return
    per = -(-len(starts) // workers)

    def run(group):
        for s in group:
            work(s, min(s + CHUNK, size))
    # numpy releases the GIL in array arithmetic: the runs of chunks share the cores
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(run, [starts[g:g + per] for g in range(0, len(starts), per)]))


def _speeds(speeds):
    v = DEFAULT_SPEEDS if speeds is None else np.atleast_1d(np.asarray(speeds, dtype=float))
    if v.ndim != 1 or v.size < 2 or np.any(np.diff(v) <= 0) or v[0] < 0:
        raise InputValueError("speed grid must be increasing, non-negative, >= 2 points",
                              field="speeds", value=speeds, expected="1-D increasing array")
    return v


def _inputs(vehicle, headwind=0.0):
    """The vehicle's fields (no broadcast copies), weight, drag area, headwind, and shape."""
    if not isinstance(vehicle, Vehicle):
        raise InputValueError("not a Vehicle", field="vehicle", value=type(vehicle).__name__,
                              expected="a dronecalc.vehicle.Vehicle")
    a = {f.name: np.asarray(getattr(vehicle, f.name), dtype=float) for f in fields(vehicle)}
    a["headwind"] = np.asarray(headwind, dtype=float)
    shape = np.broadcast_shapes(*(x.shape for x in a.values()))
    a["weight"] = (a["empty_mass"] + a["battery_mass"] + a["payload_mass"]) * _G
    a["total_drag_area"] = a["drag_area"] + a["payload_drag_area"]
    return a, shape


def performance(vehicle: Vehicle, speeds=None, headwind=0.0) -> dict[str, np.ndarray]:
    r"""All headline performance figures of a vehicle, vectorised over samples (SI).

    Parameters
    ----------
    vehicle : Vehicle
        Fields are SI floats or arrays broadcasting to one shape ``S`` (``(n,)`` for n
        Monte Carlo samples, ``()`` for a single machine).
    speeds : array_like, optional
        Increasing airspeed grid [m/s] for the coarse search (default ``DEFAULT_SPEEDS``,
        0-45 m/s every 1.5 m/s). Best speeds are refined between grid points and cannot leave
        the grid.
    headwind : float or array
        Headwind component [m/s] for the range figures (negative = tailwind); broadcasts
        with the vehicle. Endurance figures do not depend on wind.

    Returns
    -------
    dict of str to ndarray, each of shape ``S``
        ``hover_power``            electrical power drawn in hover [W]
        ``hover_shaft_power``      shaft power of all rotors in hover [W]
        ``hover_endurance``        hover time on usable energy [s]
        ``max_endurance``          longest time aloft at any airspeed [s]
        ``best_endurance_speed``   airspeed of ``max_endurance`` [m/s]
        ``power_at_best_endurance`` electrical power there [W]
        ``max_range``              longest ground distance (with ``headwind``) [m]
        ``best_range_speed``       airspeed of ``max_range`` [m/s]
        ``power_at_best_range``    electrical power there [W]
        ``endurance_at_best_range`` time aloft at that speed [s]
        ``best_range_at_grid_edge`` bool: the range optimum hit the top of the grid
        ``feasible``               bool: the packs can supply the hover (take-off) power;
                                   where False the machine cannot take off, hover endurance
                                   is 0 and the other figures are not meaningful
        ``energy_available``       nominal energy x usable fraction [J]
        ``takeoff_mass``           [kg]
        ``disk_loading``           hover thrust per disk area [N/m^2]
        ``hover_tip_speed``        tip speed used for the advance ratio [m/s]
        ``thrust_to_weight``       full-throttle static thrust / weight [-], NaN unless
                                   ``motor_kv`` and ``pack_voltage`` are known

    Notes
    -----
    Endurance :math:`t(V) = E\,u\,\eta_b(P_e)/P_e(V)` and range
    :math:`R(V) = (V - w)\,t(V)` (Leishman 2006 sec. 5.5; Bauersfeld & Scaramuzza 2022).
    Steady level flight at one speed for the whole flight, constant mass, no climb, no
    manoeuvres, no take-off/landing energy. Optima: argmax on the grid, then
    golden-section search between the neighbouring grid points, on all samples at once.

    Examples
    --------
    >>> import numpy as np
    >>> v = Vehicle(rotors=4, rotor_diameter=0.56, empty_mass=6.0, battery_mass=2.5,
    ...             battery_energy=410 * 3600.0, payload_mass=np.array([0.0, 3.0]))
    >>> out = performance(v)
    >>> out["hover_endurance"].shape
    (2,)
    >>> bool(out["best_range_speed"][0] > out["best_endurance_speed"][0])
    True
    """
    grid = _speeds(speeds)
    a, shape = _inputs(vehicle, headwind)
    flat, size = _flat_inputs(a, shape)
    out = {key: np.empty(size, dtype=bool if key in FLAGS else float) for key in KEYS}
    _run_chunks(lambda s, e: _performance_chunk(_chunk_of(flat, s, e), grid, out,
                                                slice(s, e)), size)
    return {key: val.reshape(shape) for key, val in out.items()}


def power_curve(vehicle: Vehicle, speeds) -> np.ndarray:
    r"""Electrical power against airspeed, vectorised (SI).

    Parameters
    ----------
    vehicle : Vehicle
        SI fields broadcasting to shape ``S``.
    speeds : array_like
        Airspeeds [m/s], 1-D, shape ``(k,)``, any order, >= 0.

    Returns
    -------
    ndarray
        Electrical power drawn from the packs [W], shape ``S + (k,)``, e.g.
        ``(n_samples, n_speeds)``; ``(k,)`` for a scalar vehicle.

    Notes
    -----
    :math:`P_e = P_{shaft}/\eta_d + P_{avionics}`, shaft power from
    :func:`dronecalc.rotor.forward_flight_power`.
    """
    v = np.atleast_1d(np.asarray(speeds, dtype=float))
    if v.ndim != 1 or np.any(v < 0) or not np.all(np.isfinite(v)):
        raise InputValueError("speeds must be a 1-D array of finite speeds >= 0",
                              field="speeds", value=speeds, expected="1-D array >= 0")
    a, shape = _inputs(vehicle)
    flat, size = _flat_inputs(a, shape)
    out = np.empty((size, v.size))

    def work(start, stop):
        power, _ = _power(_constants(_chunk_of(flat, start, stop)), v[:, None], steps=8)
        out[start:stop] = np.broadcast_to(power, (v.size, stop - start)).T
    _run_chunks(work, size)
    return out.reshape(shape + v.shape)


def leg(vehicle: Vehicle, distance, speed, headwind=0.0) -> dict[str, np.ndarray]:
    r"""Time and energy of one stated leg, and what is left (SI, vectorised).

    Parameters
    ----------
    vehicle : Vehicle
        SI fields broadcasting to shape ``S``; the leg is flown with its ``payload_mass``.
    distance : float or array
        Ground distance of the leg [m].
    speed : float or array
        Airspeed held during the leg [m/s].
    headwind : float or array
        Headwind component [m/s] (negative = tailwind).

    Returns
    -------
    dict of str to ndarray (shape: broadcast of ``S`` and the arguments)
        ``time``              leg duration [s] (inf if the ground speed is not positive)
        ``ground_speed``      speed - headwind [m/s]
        ``power``             electrical power drawn [W]
        ``energy``            nominal pack energy consumed, rate losses included [J]
                              (inf if the packs cannot supply the power or the ground speed
                              is not positive)
        ``energy_available``  nominal energy x usable fraction [J]
        ``reserve_fraction``  1 - energy / energy_available [-]; negative when the leg
                              needs more than is usable (-inf when impossible)
        ``feasible``          bool: positive ground speed, power deliverable and
                              energy <= energy_available

    Notes
    -----
    :math:`t = d/(V - w)`, :math:`E_{leg} = P_e t / \eta_b(P_e)`. Cruise only: no climb,
    descent, hover or manoeuvres; constant mass.
    """
    a = _vehicle_arrays(vehicle)
    d, v, w = (np.asarray(x, dtype=float) for x in (distance, speed, headwind))
    power = _electrical_power(a, v)
    eta = _rate_efficiency(power, a["battery_energy"], a["battery_voltage_drop_1c"])
    ground = v - w
    ok = (ground > 0.0) & (eta > 0.0)
    safe_ground = np.where(ground > 0.0, ground, 1.0)
    time = np.where(ground > 0.0, d / safe_ground, np.inf)
    energy = np.where(ok, power * np.where(ok, time, 0.0) / np.where(ok, eta, 1.0), np.inf)
    available = a["battery_energy"] * a["usable_fraction"]
    reserve = np.where(ok, 1.0 - np.where(ok, energy, 0.0) / available, -np.inf)
    shape = np.broadcast_shapes(np.shape(power), np.shape(available), np.shape(time))
    out = {"time": time, "ground_speed": ground, "power": power, "energy": energy,
           "energy_available": available, "reserve_fraction": reserve,
           "feasible": ok & (energy <= available)}
    return {key: np.broadcast_to(val, shape).copy() for key, val in out.items()}


def payload_curve(vehicle: Vehicle, payloads, speeds=None, headwind=0.0) -> dict[str, np.ndarray]:
    r"""Payload-endurance and payload-range trade-off curves (SI, vectorised).

    Parameters
    ----------
    vehicle : Vehicle
        SI fields broadcasting to shape ``S``; its ``payload_mass`` is replaced.
    payloads : array_like
        Payload masses [kg], 1-D, shape ``(k,)``.
    speeds : array_like, optional
        Speed grid for the optima (see :func:`performance`).
    headwind : float
        Headwind component [m/s].

    Returns
    -------
    dict of str to ndarray, each of shape ``S + (k,)``
        ``payload`` [kg], ``hover_endurance`` [s], ``max_endurance`` [s],
        ``max_range`` [m], ``best_range_speed`` [m/s].

    Notes
    -----
    Same physics as :func:`performance` for each payload; payload drag area unchanged.
    """
    m = np.atleast_1d(np.asarray(payloads, dtype=float))
    if m.ndim != 1 or np.any(m < 0):
        raise InputValueError("payloads must be a 1-D array >= 0", field="payloads",
                              value=payloads, expected="1-D array of masses >= 0 kg")
    base = vehicle.as_arrays()
    shape = np.broadcast_shapes(*(np.shape(x) for x in base.values()))
    expanded = {k: np.broadcast_to(x, shape)[..., None] for k, x in base.items()}
    expanded["payload_mass"] = np.broadcast_to(m, shape + m.shape)
    out = performance(Vehicle(**expanded), speeds, headwind)
    keys = ("hover_endurance", "max_endurance", "max_range", "best_range_speed")
    result = {k: out[k] for k in keys}
    result["payload"] = np.broadcast_to(m, shape + m.shape).copy()
    return result


# ---------------------------------------------------------------- public Quantity API

def _vehicle(vehicle):
    if not isinstance(vehicle, Vehicle):
        raise InputValueError("not a Vehicle", field="vehicle", value=type(vehicle).__name__,
                              expected="a Vehicle (see Vehicle.from_quantities)")
    return vehicle


def hover_endurance(vehicle: Vehicle):
    r"""Hover time on the usable energy of the packs.

    Parameters
    ----------
    vehicle : Vehicle
        The machine (build one from Quantities with ``Vehicle.from_quantities``).

    Returns
    -------
    Quantity
        :math:`t_h = E\,u\,\eta_b(P_h)/P_h` [min], :math:`P_h` the electrical hover power.
    """
    a = _vehicle_arrays(_vehicle(vehicle))
    return Q_(_endurance_from_power(a, _electrical_power(a, 0.0)), "s").to("min")


def electrical_power(vehicle: Vehicle, speed):
    r"""Electrical power drawn from the packs in level flight at an airspeed.

    Parameters
    ----------
    vehicle : Vehicle
        The machine.
    speed : Quantity or str
        Airspeed [m/s]; broadcasts with the vehicle's arrays.

    Returns
    -------
    Quantity
        :math:`P_e = P_{shaft}/\eta_d + P_{avionics}` [W].
    """
    a = _vehicle_arrays(_vehicle(vehicle))
    return Q_(_electrical_power(a, to_si(speed, "m/s", "speed")), "W")


def endurance_at_speed(vehicle: Vehicle, speed):
    r"""Time aloft in level flight at a constant airspeed.

    Parameters
    ----------
    vehicle : Vehicle
        The machine.
    speed : Quantity or str
        Airspeed [m/s].

    Returns
    -------
    Quantity
        :math:`t(V) = E\,u\,\eta_b(P_e)/P_e(V)` [min].
    """
    a = _vehicle_arrays(_vehicle(vehicle))
    v = to_si(speed, "m/s", "speed")
    return Q_(_endurance_from_power(a, _electrical_power(a, v)), "s").to("min")


def range_at_speed(vehicle: Vehicle, speed, headwind=Q_(0.0, "m/s")):
    r"""Ground distance flown at a constant airspeed until the usable energy is spent.

    Parameters
    ----------
    vehicle : Vehicle
        The machine.
    speed : Quantity or str
        Airspeed [m/s].
    headwind : Quantity or str
        Headwind component [m/s]; negative for a tailwind.

    Returns
    -------
    Quantity
        :math:`R = (V - w)\,t(V)` [km]; 0 if the ground speed is not positive.
    """
    a = _vehicle_arrays(_vehicle(vehicle))
    v = to_si(speed, "m/s", "speed")
    w = to_si(headwind, "m/s", "headwind", minimum=None)
    t = _endurance_from_power(a, _electrical_power(a, v))
    return Q_(_range_from(v, t, w), "m").to("km")


def _optimum(vehicle, key, headwind=0.0):
    out = performance(_vehicle(vehicle), headwind=headwind)
    return out[key]


def best_endurance_speed(vehicle: Vehicle):
    r"""Airspeed of longest time aloft (minimum electrical power, rate losses included).

    Parameters
    ----------
    vehicle : Vehicle
        The machine.

    Returns
    -------
    Quantity
        Airspeed [m/s] maximising :math:`t(V)`, within 0-45 m/s (``DEFAULT_SPEEDS``).

    Notes
    -----
    Near the bottom of the power bucket (Leishman 2006, sec. 5.5), typically 1-2 times the
    hover induced velocity for a multirotor.
    """
    return Q_(_optimum(vehicle, "best_endurance_speed"), "m/s")


def best_range_speed(vehicle: Vehicle, headwind=Q_(0.0, "m/s")):
    r"""Airspeed of longest ground range, with an optional head- or tailwind.

    Parameters
    ----------
    vehicle : Vehicle
        The machine.
    headwind : Quantity or str
        Headwind component [m/s]; negative for a tailwind.

    Returns
    -------
    Quantity
        Airspeed [m/s] maximising :math:`(V - w)\,t(V)`.

    Notes
    -----
    In still air the tangent from the origin to :math:`P(V)`; a headwind moves the tangent
    origin to :math:`V = w` and the best speed up (Leishman 2006, sec. 5.5).
    """
    w = to_si(headwind, "m/s", "headwind", minimum=None)
    return Q_(_optimum(vehicle, "best_range_speed", w), "m/s")


def max_range(vehicle: Vehicle, headwind=Q_(0.0, "m/s")):
    r"""Longest ground range at the best-range speed.

    Parameters
    ----------
    vehicle : Vehicle
        The machine.
    headwind : Quantity or str
        Headwind component [m/s]; negative for a tailwind.

    Returns
    -------
    Quantity
        Range [km].
    """
    w = to_si(headwind, "m/s", "headwind", minimum=None)
    return Q_(_optimum(vehicle, "max_range", w), "m").to("km")


def max_endurance(vehicle: Vehicle):
    r"""Longest time aloft at the best-endurance speed.

    Parameters
    ----------
    vehicle : Vehicle
        The machine.

    Returns
    -------
    Quantity
        Endurance [min].
    """
    return Q_(_optimum(vehicle, "max_endurance"), "s").to("min")


def leg_energy(vehicle: Vehicle, distance, speed, headwind=Q_(0.0, "m/s")):
    r"""Nominal pack energy used by a leg flown at a constant airspeed.

    Parameters
    ----------
    vehicle : Vehicle
        The machine, with the payload it carries on the leg.
    distance : Quantity or str
        Ground distance [m].
    speed : Quantity or str
        Airspeed [m/s].
    headwind : Quantity or str
        Headwind component [m/s]; negative for a tailwind.

    Returns
    -------
    Quantity
        Energy [Wh], rate losses included; inf when the leg cannot be flown (see
        :func:`leg`, which also gives time and reserve).
    """
    out = leg(_vehicle(vehicle), to_si(distance, "m", "distance"),
              to_si(speed, "m/s", "speed"), to_si(headwind, "m/s", "headwind", minimum=None))
    return Q_(out["energy"], "J").to("Wh")
