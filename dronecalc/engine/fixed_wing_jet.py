"""The small-turbojet cruise of :func:`dronecalc.engine.fixed_wing.physics_of` (knows no claim,
no wording): one call on the sampled machines' arrays, the results under the same keys as the
piston and electric kinds, so that every fixed-wing check and the kinematics cross-check read a
jet as they read the others.

Inputs (engine.fixed_wing.VARIABLES): ``tsfc`` [kg/(N s)], static at sea level;
``tsfc_mach_factor`` [-], its rise per unit Mach number; ``fuel_mass`` or ``fuel_fraction``;
``thrust`` [N] (static, sea level) when the case states it. The physics is
:mod:`dronecalc.physics.fixed_wing_jet` on the polar of :mod:`dronecalc.physics.fixed_wing`.
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

from ..physics import fixed_wing as fw
from ..physics import fixed_wing_jet as fwj
from ..physics.atmosphere import _air_density
from ..physics.rotor import _G

KIND = "fixed-wing-jet"


def _get(v: Mapping[str, np.ndarray], name: str, default=np.nan):
    return np.asarray(v[name], dtype=float) if name in v else np.asarray(default, dtype=float)


def performance(v: Mapping[str, np.ndarray], m, rho, altitude, s, cd0, k, clmax, zeta,
                cruise_speed=None) -> dict[str, np.ndarray]:
    """Range, endurance and speeds of sampled jets (SI), the keys of ``physics_of``.

    ``max_range``: constant altitude and C_L at C_L^(1/2)/C_D max, C_L = sqrt(C_D0 / 3K)
    (physics.fixed_wing.breguet_range_jet); ``max_endurance`` at (L/D)max, C_L = sqrt(C_D0/K)
    (breguet_endurance_jet); both C_L capped at the stall margin's, as the other kinds'. The
    TSFC is taken at the Mach number of the mid-cruise weight (a jet at constant C_L and
    altitude slows as it burns fuel). ``zeta`` is the fuel fraction burnt. With ``thrust``: a
    sample whose thrust at altitude (T0 rho/rho0) is below the drag of the speed it flies (at
    take-off mass) cannot fly it (NaN), and ``top_speed``, ``top_speed_indicated`` and
    ``ceiling`` come from the thrust; without, they are NaN.
    """
    margin = fw.STALL_MARGIN["value"]
    cl_cap = clmax / margin ** 2
    c0, kf = _get(v, "tsfc"), _get(v, "tsfc_mach_factor", fwj.TSFC_MACH_FACTOR["value"])
    mid = m * (1.0 - 0.5 * zeta)
    cl_range = np.minimum(np.sqrt(cd0 / (3.0 * k)), cl_cap)
    cl_end = np.minimum(np.sqrt(cd0 / k), cl_cap)

    def speed(mass, cl):
        return np.sqrt(2.0 * mass * _G / (rho * s * cl))

    def tsfc(at_speed):
        return fwj.tsfc_at_mach(c0, fwj.mach_number(at_speed, altitude), kf)

    v_range, v_end = speed(m, cl_range), speed(m, cl_end)
    limit = fwj.speed_limit(altitude)          # Mach 0.9: no polar past drag divergence
    out = {"best_range_speed": v_range, "best_endurance_speed": v_end,
           "max_range": fw.breguet_range_jet(cl_range, fw.drag_coefficient(cl_range, cd0, k),
                                             tsfc(speed(mid, cl_range)), rho, s, m, zeta),
           "max_endurance": fw.breguet_endurance_jet(fw.lift_to_drag(cl_end, cd0, k),
                                                     tsfc(speed(mid, cl_end)), zeta)}
    thrust = None
    if "thrust" in v:
        t0 = _get(v, "thrust")
        thrust = t0 * fwj.thrust_lapse(rho / _air_density(0.0))
        for key, flown in (("max_range", v_range), ("max_endurance", v_end)):
            out[key] = np.where(fw.drag(m, flown, rho, s, cd0, k) <= thrust, out[key], np.nan)
        top = np.minimum(fwj.top_speed(thrust, m, rho, s, cd0, k),
                         limit)
        out["top_speed"] = top
        out["top_speed_indicated"] = top * np.sqrt(rho / _air_density(0.0))
        # a ceiling is that of a weight: the take-off mass less the share burnt of the fuel
        out["ceiling"] = fwj.service_ceiling(
            t0, m * (1.0 - _get(v, "ceiling_fuel_burnt", 0.0) * zeta), s, cd0, k)
    if cruise_speed is not None:
        out["lowest_speed"] = fw.stall_speed(mid, rho, s, clmax)
        out["slowest_speed"] = margin * out["lowest_speed"]
        cl = fw.lift_coefficient(mid, cruise_speed, rho, s)
        flyable = cl <= clmax                      # a stated speed is flown down to the stall
        flyable = flyable & (cruise_speed <= limit)       # and below Mach 0.9
        if thrust is not None:
            flyable = flyable & (fw.drag(m, cruise_speed, rho, s, cd0, k) <= thrust)
        flown = fwj.range_at_speed(cruise_speed, fw.lift_to_drag(cl, cd0, k),
                                   tsfc(cruise_speed), zeta)
        out["range_at_speed"] = np.where(flyable, flown, np.nan)
        out["endurance_at_speed"] = out["range_at_speed"] / cruise_speed
    return out
