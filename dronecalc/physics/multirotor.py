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

Everything is vectorised over samples: no per-sample Python loop, no pint. The search
for the optima, in cache-sized chunks on all cores, is :mod:`dronecalc.physics.chain`.

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
"""
from __future__ import annotations

from dataclasses import fields

import numpy as np

from .battery import _rate_efficiency
from .load_losses import _load_adjusted
from .chain import (DEFAULT_SPEEDS, FLAGS, KEYS, _chunk_of, _constants, _derived,
                    _flat_inputs, _performance_chunk, _power, _range_from, _run_chunks)
from ..errors import InputValueError
from .rotor import _G, CONVERGED_STEPS, _flight_constants, _shaft_power
from ..intake.units import Q_, to_si
from .vehicle import Vehicle

# DEFAULT_SPEEDS, FLAGS and KEYS are re-exported: the search itself lives in .chain


# ---------------------------------------------------------------- SI core

def _vehicle_arrays(vehicle: Vehicle) -> dict[str, np.ndarray]:
    """Vehicle fields broadcast to one shape, plus derived take-off weight and drag area."""
    if not isinstance(vehicle, Vehicle):
        raise InputValueError("not a Vehicle", field="vehicle", value=type(vehicle).__name__,
                              expected="a dronecalc.vehicle.Vehicle")
    a = vehicle.as_arrays()
    a["weight"] = (a["empty_mass"] + a["battery_mass"] + a["payload_mass"]) * _G
    a["total_drag_area"] = a["drag_area"] + a["payload_drag_area"]
    return _load_adjusted(a)        # load-dependent drive and pack losses (off by default)


def _electrical_power(a, speed):
    """Electrical power [W] drawn from the packs at airspeed ``speed`` [m/s].

    ``a`` holds arrays broadcastable against ``speed`` (e.g. ``(n, 1)`` against ``(k,)``).
    """
    c = _flight_constants(a["weight"], a["air_density"], a["rotor_diameter"], a["rotors"],
                          a["total_drag_area"], a["figure_of_merit"],
                          a["induced_power_factor"], a["profile_power_factor"],
                          a["tip_speed"], a["thrust_coefficient"], a["overlap_factor"],
                          a.get("rotor_drag_coefficient", 0.0))
    shaft, _ = _shaft_power(c, speed, steps=CONVERGED_STEPS, check=False)
    return shaft / a["drive_efficiency"] + a["avionics_power"]


def _endurance_from_power(a, power):
    """Time aloft [s] at constant electrical ``power`` [W]: E u eta(P) / P."""
    eta = _rate_efficiency(power, a["battery_energy"], a["battery_voltage_drop_1c"])
    return a["battery_energy"] * a["usable_fraction"] * eta / power


def _speeds(speeds):
    v = DEFAULT_SPEEDS if speeds is None else np.atleast_1d(np.asarray(speeds, dtype=float))
    if v.ndim != 1 or v.size < 2 or np.any(np.diff(v) <= 0) or v[0] < 0:
        raise InputValueError("speed grid must be increasing, non-negative, >= 2 points",
                              field="speeds", value=speeds, expected="1-D increasing array")
    return v


def _inputs(vehicle, headwind=0.0, derived=True):
    """The vehicle's fields (no broadcast copies), headwind, and shape; with ``derived`` also
    the weight and total drag area (:func:`dronecalc.physics.chain._derived`; the chain
    computes them chunk by chunk instead: no full-length pass before the chunks run)."""
    if not isinstance(vehicle, Vehicle):
        raise InputValueError("not a Vehicle", field="vehicle", value=type(vehicle).__name__,
                              expected="a dronecalc.vehicle.Vehicle")
    a = {f.name: np.asarray(getattr(vehicle, f.name), dtype=float) for f in fields(vehicle)}
    a["headwind"] = np.asarray(headwind, dtype=float)
    shape = np.broadcast_shapes(*(x.shape for x in a.values()))
    return (_derived(a) if derived else a), shape


def performance(vehicle: Vehicle, speeds=None, headwind=0.0) -> dict[str, np.ndarray]:
    r"""All headline performance figures of a vehicle, vectorised over samples (SI).

    Parameters
    ----------
    vehicle : Vehicle
        Fields are SI floats or arrays broadcasting to one shape ``S`` (``(n,)`` for n
        Monte Carlo samples, ``()`` for a single machine).
    speeds : array_like, optional
        Increasing airspeed grid [m/s] for the coarse search (default ``DEFAULT_SPEEDS``,
        0-45 m/s every 5 m/s). Best speeds are refined between grid points and cannot leave
        the grid; the grid need only bracket them (a flyable speed window narrower than a
        grid step is still found).
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
        ``best_range_at_grid_edge`` bool: the range optimum hit the top of the grid (the
                                   true one may lie beyond it)
        ``best_endurance_at_grid_edge`` bool: the least power is at the top of the grid
        ``inflow_unconverged``     bool: Glauert's inflow at a best speed had not converged
                                   to ~1e-10 after ``rotor.GLAUERT_STEPS`` Newton steps
        ``tilt_beyond_validity``   bool: the trim tilt at the best-range speed exceeds the
                                   model's documented validity (45 deg, drag > weight)
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
    manoeuvres, no take-off/landing energy. Optima: the best grid point, a parabola through
    it and its neighbours and Newton steps on the derivative, golden section where that
    fails (:mod:`dronecalc.physics.chain`), on all samples at once.

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
    a, shape = _inputs(vehicle, headwind, derived=False)
    flat, size = _flat_inputs(a, shape)
    out = _outputs(size)
    _run_chunks(lambda s, e: _performance_chunk(_chunk_of(flat, s, e), grid, out,
                                                slice(s, e)), size, shared=out)
    return {key: val.reshape(shape) for key, val in out.items()}


def _outputs(size: int) -> dict[str, np.ndarray]:
    """Empty outputs of :func:`performance`, views into one allocation.

    One block of ~133 B per sample instead of 21 arrays: the kernel maps it in 2 MB pages,
    where 21 separate arrays took ~12 times the page faults (measured at 10^6 samples:
    789 against 9,500, 22 against 31 ms once warm, 100 against 400 ms in a fresh process).
    The block lives as long as any of the outputs does.
    """
    floats = [key for key in KEYS if key not in FLAGS]
    block = np.empty(size * (8 * len(floats) + len(FLAGS)), dtype=np.uint8)
    out = {key: block[8 * size * i:8 * size * (i + 1)].view(float)
           for i, key in enumerate(floats)}
    base = 8 * size * len(floats)
    out.update({key: block[base + size * i:base + size * (i + 1)].view(bool)
                for i, key in enumerate(FLAGS)})
    return {key: out[key] for key in KEYS}


#: What each flag of :func:`performance` means, in words a finding can quote.
FLAG_MEANINGS = {
    "best_range_at_grid_edge": "the best-range speed is at the top of the speed grid "
                               "(45 m/s by default); the true optimum may be faster",
    "best_endurance_at_grid_edge": "the least-power speed is at the top of the speed grid",
    "inflow_unconverged": "Glauert's induced velocity had not converged at a best speed "
                          "(error above ~1e-10 relative)",
    "tilt_beyond_validity": "the trim tilt at the best-range speed exceeds 45 degrees, "
                            "beyond the forward-flight model's documented validity",
}


def flag_shares(result: dict[str, np.ndarray]) -> dict[str, float]:
    """Share of samples [0-1] with each warning flag of a :func:`performance` result set.

    Only flags that are set somewhere are returned (empty dict: nothing to report), so a
    claims layer can surface them with :data:`FLAG_MEANINGS`. ``feasible`` is not a
    warning and is left out.

    Examples
    --------
    >>> out = performance(Vehicle(rotors=4, rotor_diameter=0.56, empty_mass=6.0,
    ...                           battery_mass=2.5, battery_energy=410 * 3600.0))
    >>> flag_shares(out)
    {}
    """
    shares = {}
    for key in FLAG_MEANINGS:
        flags = np.asarray(result[key], dtype=bool)
        if flags.size and flags.any():
            shares[key] = float(flags.mean())
    return shares


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
        power, _ = _power(_constants(_chunk_of(flat, start, stop)), v[:, None],
                          steps=CONVERGED_STEPS, check=False)
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
