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
    take-off mass) cannot fly it (NaN; flag ``power_short_at_speed``), the best speeds are
    those of :func:`level_flight` (0 where no speed is held, the top speed where the best-range
    one is not), and ``top_speed``, ``top_speed_indicated`` and ``ceiling`` come from the
    thrust; without, they are NaN.
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
        top = np.minimum(fwj.top_speed(thrust, m, rho, s, cd0, k), limit)
        out.update(level_flight(out, thrust, top, m, rho, s, cd0, k, cl_range,
                                lambda cl: fw.breguet_range_jet(
                                    cl, fw.drag_coefficient(cl, cd0, k), tsfc(speed(mid, cl)),
                                    rho, s, m, zeta)))
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
            out["power_short_at_speed"] = ~(fw.drag(m, cruise_speed, rho, s, cd0, k) <= thrust)
            flyable = flyable & ~out["power_short_at_speed"]
        flown = fwj.range_at_speed(cruise_speed, fw.lift_to_drag(cl, cd0, k),
                                   tsfc(cruise_speed), zeta)
        out["range_at_speed"] = np.where(flyable, flown, np.nan)
        out["endurance_at_speed"] = out["range_at_speed"] / cruise_speed
    return out


def level_flight(out, thrust, top, m, rho, s, cd0, k, cl_range, range_at_cl):
    r"""A jet's best-speed results where its thrust cannot hold them, as the propeller kinds'
    :func:`dronecalc.engine.fixed_wing.level_flight` (Anderson 1999, ch. 5: level flight
    needs T >= D, possible only between the two speeds where they are equal).

    ``thrust`` [N] is the thrust at the cruise altitude, ``top`` [m/s] the top speed it gives
    (NaN where it holds no level flight), tested at the take-off mass ``m`` [kg], the heaviest
    of the flight. Where the drag at the best-endurance speed ((L/D)max, or the stall margin's
    speed above it) exceeds the thrust no speed the model flies is held: ``max_range`` and
    ``max_endurance`` are 0 (counted as failing; they were NaN, left out of the band, before
    fw17). Where only the best-range speed (C_L = sqrt(C_D0 / 3K)) is beyond it, the range is
    flown at the top speed's C_L (``range_at_cl``: Breguet's constant-altitude range at a held
    C_L, its TSFC at that C_L's mid-cruise speed), the fastest speed held: between the two
    speeds sqrt(C_L)/C_D rises with speed. Returns those results and the flags
    ``power_short_range`` and ``power_short_endurance`` (the keys of ``POWER_SHORT``), and
    ``thrust_available`` (how the notes know the power is a jet's thrust).
    """
    def at_top(slow, top_or_best):                 # Breguet's range at the top speed's C_L
        cl_top = fw.lift_coefficient(m, top_or_best, rho, s)
        return range_at_cl(np.where(slow, cl_top, cl_range))

    short_r = ~(fw.drag(m, out["best_range_speed"], rho, s, cd0, k) <= thrust)
    short_e = ~(fw.drag(m, out["best_endurance_speed"], rho, s, cd0, k) <= thrust)
    return {**held(out, short_r, short_e, top, at_top), "thrust_available": thrust}


def held(out: Mapping[str, np.ndarray], short_range, short_endurance, top, range_at_top
         ) -> dict[str, np.ndarray]:
    """The best-speed results of machines short of the thrust or power for their best speeds,
    shared by the jet's :func:`level_flight` and the propeller kinds'
    :func:`dronecalc.engine.fixed_wing.level_flight`: where the best-endurance speed is beyond
    the engine (``short_endurance``, or no top speed held) ``max_range`` and ``max_endurance``
    are 0; where only the best-range speed is (``short_range``) the range is
    ``range_at_top(slow, speeds)`` (``speeds`` the top speed where slow, the best-range speed
    elsewhere), flown at the top speed. Returns those results and the two flags."""
    short_e = short_endurance | (short_range & ~(top > 0))
    slow = short_range & ~short_e
    rng, v_r = out["max_range"], out["best_range_speed"]
    if np.any(slow):                    # (rare: the top speed's range only where needed)
        v_r = np.where(slow, top, v_r)
        rng = np.where(slow, range_at_top(slow, v_r), rng)
    return {"max_range": np.where(short_e, 0.0, rng),
            "max_endurance": np.where(short_e, 0.0, out["max_endurance"]),
            "best_range_speed": v_r, "power_short_range": short_range,
            "power_short_endurance": short_e}
