r"""Hover ceiling of an electric multirotor: the highest ISA (density) altitude at which the
full-throttle static thrust still equals the weight (SI floats or numpy arrays in and out).

**Hover ceiling.** Leishman (2006), *Principles of Helicopter Aerodynamics*, 2nd ed., ch. 5
(hover ceiling out of ground effect): the altitude where the power required to hover,
:math:`P = W^{3/2} / (FM \sqrt{2 \rho A})`, meets the power available. For a helicopter the
power available is the turboshaft's; a fixed-pitch electric rotor is limited instead by the
speed its motor reaches at full throttle, where the rotor's thrust is
:math:`T = C_T \rho n^2 D^4` and its torque :math:`Q = C_Q \rho n^2 D^5` (static
coefficients held: Reynolds-number losses in thin air are not modelled, a generous
simplification). As the air thins the rotor's torque falls and the motor speeds up, by the
first-order DC motor model (Drela 2007, *First-Order DC Electric Motor Model*, MIT 16.50
notes): :math:`n = K_v (V - I R)`, :math:`I \propto Q` (the no-load current neglected).
With :math:`f` the full-throttle speed as a share of :math:`K_v V` at the reference density
(``loaded_rpm_fraction``), :math:`\sigma = \rho / \rho_{ref}` and :math:`x = n / n_{ref}`:

.. math::  f x = 1 - (1 - f)\,\sigma x^2, \qquad
           x = \frac{2}{f + \sqrt{f^2 + 4 (1 - f) \sigma}}, \qquad
           \frac{T}{T_{ref}} = \sigma x^2 = \frac{s - f}{(1 - f)(s + f)},\;
           s = \sqrt{f^2 + 4 (1 - f) \sigma}.

:math:`f = 1` (a motor that holds its speed) gives :math:`T \propto \rho` (thrust at fixed
rpm); a softer motor recovers some thrust (about :math:`\rho^{0.8}` at :math:`f = 0.85`).
The ceiling solves :math:`r\,T/T_{ref} = 1` for :math:`\sigma` in closed form, with
:math:`r` the full-throttle thrust-to-weight at the reference density and
:math:`c = (1 - f) / r`: :math:`s = f (1 + c) / (1 - c)`,
:math:`\sigma^* = (s^2 - f^2) / (4 (1 - f))`. The density :math:`\sigma^* \rho_{ref}` is
then read as an ISA altitude (standard day, troposphere and the isothermal layer to 20 km,
ISO 2533), as the fixed wing's service ceiling is (:mod:`.fixed_wing`).

What it leaves out, each lowering a real ceiling: the pack's cold and the motors' cooling
in thin air, the propeller's tip Mach as it speeds up, any control margin (at the hover
ceiling the machine has none: it can hover, not climb or manoeuvre). It is the physical
upper limit; makers' ceilings are often lower, set by their propellers or firmware.
"""
from __future__ import annotations

import numpy as np

from .electric_lapse import no_load_share
from .atmosphere import ISA_CONSTANTS, _EXPONENT, _L, _R, _T0, _G0, _air_density, \
    _isa_temperature

#: Highest ceiling resolved [m]: the top of the ISA's isothermal layer, as the fixed wing's
#: (physics.fixed_wing.CEILING_TOP); a machine that still hovers there is returned at it.
CEILING_TOP = 20000.0
#: ISA sea-level density [kg/m^3]: the reference of a sea-level thrust rating.
SEA_LEVEL_DENSITY = ISA_CONSTANTS["sea_level_density"]


def thrust_lapse(density_ratio, loaded_rpm_fraction):
    """Full-throttle static thrust at density ratio ``density_ratio`` over that at the
    reference density [-] (module docstring), vectorised; ``loaded_rpm_fraction`` in (0, 1]."""
    sigma = np.asarray(density_ratio, dtype=float)
    f = np.asarray(loaded_rpm_fraction, dtype=float)
    x = no_load_share(sigma, f) / f         # n / n_ref: the wing's motor model (electric_lapse)
    return sigma * x * x


def ceiling_density_ratio(thrust_to_weight, loaded_rpm_fraction):
    """Density ratio [-] at which ``thrust_to_weight`` (at the reference density) x
    :func:`thrust_lapse` falls to 1: above 1 where the machine cannot hover at the
    reference density. Closed form (module docstring), vectorised."""
    r = np.maximum(np.asarray(thrust_to_weight, dtype=float), 1e-12)
    f = np.asarray(loaded_rpm_fraction, dtype=float)
    c = (1.0 - f) / r
    with np.errstate(divide="ignore", invalid="ignore"):
        s = f * (1.0 + c) / (1.0 - c)
        soft = (s * s - f * f) / (4.0 * (1.0 - f))
    # f = 1 (a stiff motor): T proportional to rho, sigma* = 1 / r; c >= 1: never hovers
    sigma = np.where(f >= 1.0, 1.0 / r, soft)
    return np.where(c >= 1.0, np.inf, sigma)


#: ISA density at the tropopause [kg/m^3] and the isothermal layer's scale height [m].
_TROPOPAUSE = ISA_CONSTANTS["tropopause"]
_RHO_11 = float(_air_density(_TROPOPAUSE))
_SCALE_11 = _R * float(_isa_temperature(_TROPOPAUSE)) / _G0


def density_altitude(density):
    """ISA (standard-day) altitude [m] of air ``density`` [kg/m^3], the inverse of
    ``atmosphere._air_density_to_20km``: the troposphere's
    :math:`\\rho \\propto \\theta^{-g_0/(R L) - 1}`, then the isothermal layer's exponential,
    clipped to [0, :data:`CEILING_TOP`] (0: denser than sea-level air)."""
    rho = np.asarray(density, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        theta = (rho / SEA_LEVEL_DENSITY) ** (1.0 / (-_EXPONENT - 1.0))
        low = (theta - 1.0) * _T0 / _L
        high = _TROPOPAUSE + _SCALE_11 * np.log(_RHO_11 / rho)
    h = np.where(rho >= _RHO_11, low, high)
    return np.clip(np.where(rho > 0, h, CEILING_TOP), 0.0, CEILING_TOP)


def hover_ceiling(thrust_to_weight, loaded_rpm_fraction, reference_density=SEA_LEVEL_DENSITY):
    """Hover ceiling [m], ISA standard day, of a machine whose full-throttle static thrust is
    ``thrust_to_weight`` times its weight at air of ``reference_density`` [kg/m^3] (sea
    level by default); 0 where it cannot hover at sea level, :data:`CEILING_TOP` where it
    still hovers there. Vectorised."""
    sigma = ceiling_density_ratio(thrust_to_weight, loaded_rpm_fraction)
    rho = sigma * np.asarray(reference_density, dtype=float)
    return np.where(np.isfinite(rho), density_altitude(np.where(np.isfinite(rho), rho, 1.0)),
                    0.0)
