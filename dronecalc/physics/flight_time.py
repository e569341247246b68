"""Flight time as makers state it: hover time, or time at a stated airspeed, to a reserve.

Makers quote either a hover time or a "max flight time" flown at a stated moderate speed
(DJI: "at a consistent 25 kph", "approx. 8 m/s") until the pack is empty or a reserve is
left. These SI functions give exactly that figure from the multirotor chain
(:mod:`dronecalc.physics.multirotor`: electrical power, rate losses, usable energy), so a
claim can be compared with the quantity the maker measured instead of the model's
best-endurance optimum.

References
----------
.. [Bauersfeld2022] Bauersfeld, L. & Scaramuzza, D. (2022). Range, Endurance, and Optimal
   Speed Estimates for Multicopters. IEEE RA-L 7(2), 2953-2960. doi:10.1109/LRA.2022.3145063
   (endurance at a chosen speed from power and battery models).
"""
from __future__ import annotations

import numpy as np

from ..errors import InputValueError
from .multirotor import _electrical_power, _endurance_from_power, _vehicle_arrays, performance
from .vehicle import Vehicle


def maker_flight_time(vehicle: Vehicle, speed=0.0, reserve=0.0) -> np.ndarray:
    r"""Time aloft [s] at a constant airspeed until only ``reserve`` of the usable energy is left.

    Parameters
    ----------
    vehicle : Vehicle
        SI fields, any broadcastable shape.
    speed : float or array
        Airspeed held [m/s]; 0 gives the hover time. Broadcasts with the vehicle.
    reserve : float or array
        Fraction of the usable energy left at landing [-], 0 <= reserve < 1 (0 = flown until
        the usable energy is spent, as DJI's "until 0 %").

    Returns
    -------
    ndarray
        :math:`t = (1 - r)\,E\,u\,\eta_b(P_e)/P_e(V)` [s].

    Notes
    -----
    Constant speed, level flight, constant mass, no climb or manoeuvres; the rate
    efficiency is taken at the constant power drawn (:mod:`dronecalc.physics.battery`).
    """
    r = _checked_reserve(reserve)
    v = np.asarray(speed, dtype=float)
    if np.any(v < 0.0) or not np.all(np.isfinite(v)):
        raise InputValueError("speed must be finite and >= 0", field="speed", value=speed,
                              expected="an airspeed in m/s >= 0")
    a = _vehicle_arrays(vehicle)
    return time_to_reserve(_endurance_from_power(a, _electrical_power(a, v)), r)


def time_to_reserve(time_to_empty, reserve=0.0):
    """Time aloft [s] until only ``reserve`` of the usable energy is left, from the time to
    empty [s] at the same power: (1 - reserve) x time (constant power, so the energy and the
    time scale together). ``reserve`` as in :func:`maker_flight_time`; broadcasts."""
    return (1.0 - _checked_reserve(reserve)) * time_to_empty


def _checked_reserve(reserve) -> np.ndarray:
    r = np.asarray(reserve, dtype=float)
    if np.any((r < 0.0) | (r >= 1.0)) or not np.all(np.isfinite(r)):
        raise InputValueError("reserve must be a fraction in [0, 1)", field="reserve",
                              value=reserve, expected="0 <= reserve < 1, e.g. 0.2 for 20 %")
    return r


def hover_time(vehicle: Vehicle, reserve=0.0) -> np.ndarray:
    """Hover time [s] to a reserve: :func:`maker_flight_time` at zero airspeed."""
    return maker_flight_time(vehicle, 0.0, reserve)


def stated_flight_time(vehicle: Vehicle, hover=False, speed=np.nan, reserve=0.0,
                       speeds=None) -> np.ndarray:
    r"""A flight time [s] read the one way every fit, benchmark and claim check reads it.

    Parameters
    ----------
    vehicle : Vehicle
        SI fields, any broadcastable shape.
    hover : bool or array of bool
        The figure is a hover time (a maker's "max hovering time", a claim's ``mode =
        "hover"``).
    speed : float or array
        The airspeed the figure was flown at [m/s] when it states one (DJI: "approx. 8 m/s",
        "at a consistent 25 kph"); NaN when it states none.
    reserve : float or array
        Share of the usable energy left at landing [-] (:func:`time_to_reserve`).
    speeds : array, optional
        Airspeed grid [m/s] of the best-endurance search (``multirotor.performance``).

    Returns
    -------
    ndarray
        Hover time where ``hover``; the time at ``speed`` where a speed is stated; else the
        longest time at any airspeed (``max_endurance``, the best-endurance speed); each
        times (1 - ``reserve``).

    Notes
    -----
    A figure with no stated mode or speed is read as the maximum over airspeeds: a maker's
    "max flight time" is the longest its test flight gave, and makers that state the speed
    state one near the best-endurance speed (DJI Mini 2 4.7 m/s, Mavic 2 Pro 25 km/h,
    Mavic 3 Pro 32.4 km/h, Matrice 350 RTK approx. 8 m/s; docs/theory.md, "How a flight time
    is read"), where the power curve is flat. The hover time is the performance chain's
    when the best speed is searched for any entry, else the power at zero airspeed (the same
    to rounding).
    """
    hover = np.asarray(hover, dtype=bool)
    speed = np.asarray(speed, dtype=float)
    if np.any(hover & np.isfinite(speed)):
        raise InputValueError("a hover time has no airspeed", field="speed", value=speed,
                              expected="NaN where hover is true")
    best = ~hover & np.isnan(speed)
    a = _vehicle_arrays(vehicle)
    if np.any(best):
        out = performance(vehicle, speeds=speeds)
        t = np.where(hover, out["hover_endurance"], out["max_endurance"])
        if np.any(np.isfinite(speed)):                    # some entries at a stated speed
            at = np.broadcast_to(np.nan_to_num(speed), np.shape(t))
            t = np.where(np.isfinite(speed), _endurance_from_power(a, _electrical_power(a, at)),
                         t)
    else:
        t = _endurance_from_power(a, _electrical_power(a, np.where(hover, 0.0, speed)))
    return time_to_reserve(t, reserve)
