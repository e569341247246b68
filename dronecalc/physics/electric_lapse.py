r"""Full-throttle shaft power of an electric motor on a fixed-pitch propeller at altitude.

An electric motor's power does not depend on the air, but the propeller it turns does: a
propeller absorbs the torque Q = C_Q rho n^2 D^5 (power P = C_P rho n^3 D^5; Gudmundsson 2014
ch. 14), so in thinner air it takes less torque at the same speed, and the motor can give its
rated power only by turning faster. A DC motor at full throttle runs on a falling torque-speed
line, Q = Q_stall (1 - x), x = n / n_0 the speed over the no-load speed n_0 = Kv V (Drela 2007,
the first-order motor model with the no-load current neglected), and its no-load speed caps it.
With the propeller's C_Q held (the same advance ratio), the operating point at the density
ratio sigma is where the two torques meet:

    sigma (1 - x0) / x0^2 x^2 = 1 - x,   x0 = the loaded / no-load speed at sea level,

and the shaft power, Q n, is P / P0 = x (1 - x) / (x0 (1 - x0)): 1 at sea level, falling with
sigma, more slowly than sigma (the motor speeds up); at x0 = 0.85 it is 0.62 at sigma 0.5
(ISA about 6.6 km) and 0.29 at sigma 0.2 (about 13.6 km).

Generous on two counts, so that a ceiling claim is not judged short by the lapse: a climb at
altitude flies faster (true airspeed), at a higher advance ratio where a fixed-pitch propeller's
C_Q falls, and a propeller sized to the motor's current limit at sea level is taken as the
limit, not below it. x0 is ``physics.propulsion.LOADED_RPM_FRACTION`` (0.85, a rule of thumb,
range 0.75-0.92); its low end lapses more gently (0.71 at sigma 0.5), its high end more steeply
(0.56).

A propeller that can absorb the rated power in thin air (variable pitch, or a motor with speed
headroom) lapses much less: the German aero club gives about 1 % of propeller efficiency per
1,000 m for electric drives [DAeC]; modellers at high fields fit "slightly larger propellers"
[Vorkoetter2001], which is the fixed-pitch load modelled here.

References
----------
.. [DAeC] Deutscher Aero Club, "Besonderheiten elektrischer Antriebssysteme",
   https://www.daec.de/news/news-detail/besonderheiten-elektrischer-antriebssysteme/
.. [Vorkoetter2001] Vorkoetter, S. (2001). E-Flying at High Elevations. Sailplane & Electric
   Modeler, http://www.stefanv.com/rcstuff/qf200101.html
.. [Drela2007] Drela, M. (2007). First-Order DC Electric Motor Model. MIT Aero & Astro, 16.50
   lecture notes (Q = (i - i0) / Kv, v = i R + Omega / Kv).
.. [Gudmundsson2014] Gudmundsson, S. (2014). *General Aviation Aircraft Design*. Ch. 14
   (propeller power and torque coefficients).
"""
from __future__ import annotations

import numpy as np

from .propulsion import LOADED_RPM_FRACTION


def no_load_share(density_ratio, loaded_fraction=LOADED_RPM_FRACTION["value"]):
    """The full-throttle operating point x = n / n_0 at density ratio ``density_ratio`` [-]:
    the fixed-pitch propeller's torque sigma (1 - x0) / x0^2 x^2 against the DC motor's line
    1 - x (module docstring). ``loaded_fraction`` is x0, the point at the reference density
    (0 < x0 <= 1; x0 = 1 holds its speed). Shared by the wing's power lapse and the multirotor's
    hover ceiling (:mod:`.hover_ceiling`), one motor model for both."""
    sigma = np.asarray(density_ratio, dtype=float)
    x0 = np.asarray(loaded_fraction, dtype=float)
    a = sigma * (1.0 - x0) / x0 ** 2
    with np.errstate(divide="ignore", invalid="ignore"):
        # the positive root of a x^2 + x - 1 = 0, in the form that keeps precision as a -> 0
        return np.where(a > 0.0, 2.0 / (1.0 + np.sqrt(1.0 + 4.0 * a)), 1.0)


def electric_power_lapse(density_ratio, loaded_fraction=LOADED_RPM_FRACTION["value"]):
    """Full-throttle shaft power at density ratio ``density_ratio`` / at sea level [-].

    ``loaded_fraction`` is the motor's loaded / no-load speed at sea level (x0, 0 < x0 < 1).
    1 at sigma = 1; 0 at sigma = 0 (the motor at its no-load speed gives no torque).
    """
    x0 = np.asarray(loaded_fraction, dtype=float)
    x = no_load_share(density_ratio, x0)
    return x * (1.0 - x) / (x0 * (1.0 - x0))
