"""The service-ceiling solver as it was before issue 14's sixth round, kept for
benchmarks/speed.py (not in the package): 40 bisections of [0, 11 km] on every sample,
each evaluating the climb rate on the whole array (``dronecalc.physics.fixed_wing.
service_ceiling`` before commit 5311d89; the climb-rate equations are the package's own)."""
from __future__ import annotations

import numpy as np

from dronecalc.physics import fixed_wing as fw


def service_ceiling(sea_level_thrust_power, mass, wing_area, zero_lift_drag, induced_factor,
                    max_lift_coefficient, lapse="piston", temperature_offset=0.0,
                    climb_rate=fw.SERVICE_CEILING_CLIMB_RATE["value"], top=20000.0,
                    iterations=40, critical_altitude=None):
    """Bisection on [0, min(top, 11 km)]: 0 where sea level does not reach ``climb_rate``,
    the top where it is never reached below it."""
    a = fw._a
    top = min(float(top), 11000.0)
    rho0 = fw._air_density(0.0, temperature_offset)
    if lapse == "turbo":
        sigma_cr = fw._air_density(np.minimum(a(critical_altitude), 11000.0),
                                   temperature_offset) / rho0

    def climb(h):
        rho = fw._air_density(h, temperature_offset)
        if lapse == "piston":
            power = a(sea_level_thrust_power) * fw.piston_power_lapse(rho / rho0)
        elif lapse == "turbo":
            power = a(sea_level_thrust_power) * fw.turbo_power_lapse(rho / rho0, sigma_cr)
        else:                       # the package's electric lapse (ceilfw, 2026-12-03)
            power = a(sea_level_thrust_power) * fw.electric_power_lapse(rho / rho0)
        return fw.max_climb_rate(power, mass, rho, wing_area, zero_lift_drag, induced_factor,
                                 max_lift_coefficient) - climb_rate

    shape = np.broadcast(a(sea_level_thrust_power), a(mass), a(wing_area), a(zero_lift_drag),
                         a(induced_factor), a(max_lift_coefficient),
                         a(0.0 if critical_altitude is None else critical_altitude)).shape
    lo, hi = np.zeros(shape), np.full(shape, top)
    f_lo, f_hi = climb(lo), climb(hi)
    for _ in range(int(iterations)):
        mid = 0.5 * (lo + hi)
        up = climb(mid) > 0.0
        lo, hi = np.where(up, mid, lo), np.where(up, hi, mid)
    out = 0.5 * (lo + hi)
    return np.where(f_lo <= 0.0, 0.0, np.where(f_hi > 0.0, top, out))
