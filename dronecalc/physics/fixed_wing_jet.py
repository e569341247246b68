r"""Small-turbojet fixed wings: thrust and TSFC with altitude and speed, top speed, climb,
ceiling and the Breguet jet range and endurance (SI floats or arrays in and out).

The airframe is :mod:`dronecalc.physics.fixed_wing`'s parabolic polar; the engine is a
turbojet whose thrust does not depend on the airspeed (subsonic) and falls with the air's
density, and whose thrust-specific fuel consumption ``c_t`` [kg of fuel per N of thrust per
second] rises linearly with the Mach number (Anderson 1999, sec. 3.4):

* thrust lapse      T = T_0 (rho / rho_0)                          (Anderson eq. 3.19)
* TSFC              c_t = c_t0 (1 + k M), k ~ 0.5 at 40,000 ft, insensitive to rpm;
  "reasonable to ignore" its weak altitude effect (Anderson sec. 3.4, Figs. 3.13-3.14)
* top speed         T = D: q = [T + sqrt(T^2 - 4 C_D0 K W^2)] / (2 S C_D0), V = sqrt(2q/rho)
                    (the larger root of D(q) = q S C_D0 + K W^2 / (q S) = T; Anderson ch. 5)
* rate of climb     (R/C)max = [(W/S) Z / (3 rho C_D0)]^(1/2) (T/W)^(3/2)
                    [1 - Z/6 - 3 / (2 (T/W)^2 (L/D)max^2 Z)],
                    Z = 1 + sqrt(1 + 3 / ((L/D)max^2 (T/W)^2))  (Anderson ch. 5, jets)
* range, constant altitude and C_L: physics.fixed_wing.breguet_range_jet (Anderson ch. 5);
  at a stated constant speed: R = V / (g c_t) (L/D) ln(W0/W1) (L/D at the mid-cruise weight)
* endurance         E = (L/D) / (g c_t) ln(W0/W1)  (physics.fixed_wing.breguet_endurance_jet)

The polar is incompressible: no drag rise near Mach 1 (Anderson ch. 2), so speeds above the
drag-divergence Mach number (about 0.7-0.8 for thick, unswept drone wings: a judgement) are
overstated by it; :func:`mach_number` lets the callers say so.

References
----------
.. [Anderson1999] Anderson, J. D. (1999). *Aircraft Performance and Design*. McGraw-Hill.
   ISBN 0-07-001971-1. Sec. 3.4 (turbojet thrust and TSFC with Mach number and altitude),
   ch. 5 (thrust required and available, maximum velocity, rate of climb, ceilings, range and
   endurance of jets).
"""
from __future__ import annotations

import numpy as np

from .atmosphere import _air_density, _air_density_to_20km, _air_temperature, _speed_of_sound
from .rotor import _G

#: Anderson 1999 sec. 3.4: "for an altitude of 40,000 ft, k is about 0.5 and is relatively
#: insensitive to rpm" (c_t = 1.0 + k M for the turbojet of his Fig. 3.14, whose static c_t is
#: 1.0 lb/(lb h), so k is also the relative rise per unit Mach number). The range is a judgement.
TSFC_MACH_FACTOR = {"value": 0.5, "range": (0.3, 0.7),
                    "source": "Anderson 1999 sec. 3.4: c_t = 1.0 + k M, 'for an altitude of "
                              "40,000 ft, k is about 0.5 and is relatively insensitive to "
                              "rpm'; 0.3-0.7 around it a judgement (his sea-level k is not "
                              "legible in the stored copy)"}
#: Service ceiling climb rate, as physics.fixed_wing (100 ft/min).
SERVICE_CLIMB_RATE = 0.508


def _a(x):
    return np.asarray(x, dtype=float)


def thrust_lapse(density_ratio):
    """Available thrust at altitude / at sea level [-]: rho / rho_0 (Anderson 1999 eq. 3.19)."""
    return _a(density_ratio)


#: The Mach number above which the incompressible drag polar no longer holds: past the
#: drag-divergence Mach number, about 0.7-0.9 for subsonic airfoils (Anderson, "Fundamentals
#: of Aerodynamics", ch. 11, the critical and drag-divergence Mach numbers), drag rises
#: steeply and a small turbojet cannot push through; a judgement at the top of that range, so
#: that a top speed is never judged on a polar that no longer applies (review 10: a stated
#: 19 kN gave 1,650-3,790 km/h, consistent).
MACH_LIMIT = {"value": 0.9, "range": (0.7, 0.9),
              "source": "judgement: the drag-divergence Mach number of subsonic airfoils, "
                        "0.7-0.9 (Anderson, Fundamentals of Aerodynamics, ch. 11)"}


def air_temperature_to_20km(altitude, temperature_offset=0.0):
    """ISA temperature [K] at ``altitude`` [m], isothermal (216.65 K + offset) from 11 to 20 km
    [ISO2533], as ``atmosphere._air_density_to_20km`` (review 10: 190.65 K at 15 km)."""
    return _air_temperature(np.minimum(_a(altitude), 11_000.0), temperature_offset)


def mach_number(speed, altitude, temperature_offset=0.0):
    """Flight Mach number [-] of true airspeed ``speed`` [m/s] at ``altitude`` [m] (ISA to
    20 km)."""
    return _a(speed) / _speed_of_sound(air_temperature_to_20km(altitude, temperature_offset))


def speed_limit(altitude, temperature_offset=0.0):
    """The fastest true airspeed [m/s] the jet model judges at ``altitude`` [m]:
    :data:`MACH_LIMIT` times the speed of sound."""
    return MACH_LIMIT["value"] * _speed_of_sound(air_temperature_to_20km(altitude,
                                                                         temperature_offset))


def tsfc_at_mach(static_tsfc, mach, mach_factor=TSFC_MACH_FACTOR["value"]):
    """TSFC in flight [kg/(N s)]: c_t0 (1 + k M) (Anderson 1999 sec. 3.4)."""
    return _a(static_tsfc) * (1.0 + _a(mach_factor) * _a(mach))


def top_speed(thrust, mass, air_density, wing_area, zero_lift_drag, induced_factor):
    r"""Highest level-flight true airspeed [m/s] where the thrust ``thrust`` [N] equals drag.

    :math:`q = [T + \sqrt{T^2 - 4 C_{D0} K W^2}] / (2 S C_{D0})`, :math:`V = \sqrt{2q/\rho}`
    (Anderson 1999, ch. 5). NaN where :math:`T < W/(L/D)_{max}`: no level flight at all.
    """
    t, w = _a(thrust), _a(mass) * _G
    cd0, k, s = _a(zero_lift_drag), _a(induced_factor), _a(wing_area)
    disc = t ** 2 - 4.0 * cd0 * k * w ** 2
    with np.errstate(invalid="ignore"):
        q = (t + np.sqrt(np.where(disc >= 0.0, disc, np.nan))) / (2.0 * s * cd0)
    return np.sqrt(2.0 * q / _a(air_density))


def max_climb_rate(thrust, mass, air_density, wing_area, zero_lift_drag, induced_factor):
    r"""Best rate of climb [m/s] of a jet whose thrust does not depend on speed.

    :math:`(R/C)_{max} = [\frac{(W/S) Z}{3 \rho C_{D0}}]^{1/2} (T/W)^{3/2}
    [1 - \frac{Z}{6} - \frac{3}{2 (T/W)^2 (L/D)_{max}^2 Z}]`,
    :math:`Z = 1 + \sqrt{1 + 3 / ((L/D)_{max}^2 (T/W)^2)}` (Anderson 1999, ch. 5). Negative
    where the thrust cannot hold level flight (T/W < 1/(L/D)max gives a negative bracket).
    """
    w = _a(mass) * _G
    tw = _a(thrust) / w
    cd0, k = _a(zero_lift_drag), _a(induced_factor)
    ld = 0.5 / np.sqrt(cd0 * k)
    z = 1.0 + np.sqrt(1.0 + 3.0 / (ld ** 2 * tw ** 2))
    ws = w / _a(wing_area)
    return (np.sqrt(ws * z / (3.0 * _a(air_density) * cd0)) * tw ** 1.5
            * (1.0 - z / 6.0 - 3.0 / (2.0 * tw ** 2 * ld ** 2 * z)))


def service_ceiling(sea_level_thrust, mass, wing_area, zero_lift_drag, induced_factor,
                    temperature_offset=0.0, climb_rate=SERVICE_CLIMB_RATE, top=20000.0,
                    iterations=48):
    """Altitude [m] where the best climb rate of a jet falls to ``climb_rate`` (100 ft/min).

    Thrust lapses with density (:func:`thrust_lapse`); the ISA to 20 km
    (``atmosphere._air_density_to_20km``). Bisection on the altitude, vectorised (``iterations``
    halvings of [0, ``top``]: 20 km / 2^48, well below a millimetre); 0 where sea level does
    not reach ``climb_rate``, ``top`` where it is still reached at ``top``.
    """
    args = np.broadcast_arrays(_a(sea_level_thrust), _a(mass), _a(wing_area),
                               _a(zero_lift_drag), _a(induced_factor), _a(temperature_offset))
    t0, m, s, cd0, k, dt = (x.reshape(-1) for x in args)
    rho0 = _air_density(0.0, dt)

    def excess(h):
        rho = _air_density_to_20km(h, dt)
        return max_climb_rate(t0 * thrust_lapse(rho / rho0), m, rho, s, cd0, k) - climb_rate

    lo, hi = np.zeros(t0.size), np.full(t0.size, float(top))
    at_ground, at_top = excess(lo) > 0.0, excess(hi) > 0.0
    for _ in range(int(iterations)):
        mid = 0.5 * (lo + hi)
        up = excess(mid) > 0.0
        lo, hi = np.where(up, mid, lo), np.where(up, hi, mid)
    out = np.where(at_top, float(top), np.where(at_ground, 0.5 * (lo + hi), 0.0))
    return out.reshape(args[0].shape)


def range_at_speed(speed, lift_to_drag, tsfc, fuel_fraction):
    r"""Still-air range [m] at a constant airspeed ``speed`` [m/s] and L/D:
    :math:`R = \frac{V}{g c_t} \frac{L}{D} \ln\frac{W_0}{W_1}` (Anderson 1999, ch. 5, with
    V and L/D held; here L/D is the caller's value at the mid-cruise weight)."""
    return (_a(speed) / (_G * _a(tsfc)) * _a(lift_to_drag)
            * -np.log1p(-_a(fuel_fraction)))
