r"""An inferred engine power drawn at each sampled machine's own take-off mass (issue #13,
fw17; knows no claim, no wording).

A combustion case that states no engine power is given one by the power law of
:func:`dronecalc.priors.fixed_wing_mass.power_law`, :math:`\ln P = \ln a + b \ln m +
\varepsilon` (5 combustion rows of ``data/fixed_wing.toml``). Until fw17 the power was drawn
uniformly over one interval, p5 at the lightest mass to p95 at the heaviest, apart from the
mass: for the Harop case (a take-off mass inferred from its warhead, 40-234 kg) about 70 % of
the draws lay outside the law's p5-p95 at their own mass (docs/validation.md, eleventh review).

Here the case carries the power as a percentile of the law's prediction interval,
``engine_power_percentile`` (drawn uniformly in :data:`dronecalc.priors.fixed_wing_mass.
MASS_PERCENTILES`, as every inferred input), and each machine's power is

.. math:: P_i = a\, m_i^{b} \exp\big(t_{n-2}(u_i)\; s \sqrt{1 + 1/n
   + (\ln m_i - \overline{\ln m})^2 / S_{xx}}\big),

the law's residual scatter around :math:`P(m_i)` at that machine's own take-off mass
:math:`m_i` (Student t prediction interval: Hahn & Meeker 1991; Draper & Smith 1998, sec.
3.1): a draw from the law's predictive distribution given the mass, truncated to its p5-p95.
The ``engine_power`` input stays in the case's inputs as the band those draws span (p5 at the
lightest mass, p95 at the heaviest; its note and the BSFC and aspiration classes read it), but
is not drawn: :func:`drawn` leaves it out of the sampled, swung and bounded inputs, and
:func:`with_power` computes it, vectorised, wherever a machine is flown. A machine carrying
a claim's own payload keeps the engine of its airframe (the power at the case's take-off mass).

An electric fixed wing that states no motor power (fwmotor13) is given one the same way from the
power-loading law of :mod:`dronecalc.priors.fixed_wing_motor`, carried as
``motor_power_percentile``; so is a battery quadplane's cruise motor (vtolspeed).

A tailsitter that states no motor power flies its cruise on the rotors it hovers on: its power
is that of those rotors at full static thrust, carried as their full-throttle thrust-to-weight
``rotor_thrust_to_weight`` r (:data:`ROTOR_RATIO`), each machine's

.. math:: P_i = r_i^{3/2}\, m_i g \sqrt{DL_i / (2 \rho_0)} / FM_i

from its own take-off mass, lift-rotor disk loading and figure of merit
(:func:`dronecalc.physics.vtol.full_thrust_power`, momentum theory: Leishman 2006 ch. 2).
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

from ..physics import vtol
from ..physics.atmosphere import _air_density
from ..physics.rotor import _G
from ..priors import fixed_wing_mass as fwm, fixed_wing_motor as fwmo

#: The input that carries an inferred engine power: its percentile [%] of the power law's
#: prediction interval at each machine's own take-off mass.
PERCENTILE = "engine_power_percentile"
#: The same for an electric fixed wing's motors (fwmotor13): its percentile [%] of the motor
#: power-loading law of :mod:`dronecalc.priors.fixed_wing_motor` at each machine's own mass.
MOTOR_PERCENTILE = "motor_power_percentile"
#: A tailsitter's rotors (vtolspeed): their full-throttle static thrust over the weight at
#: the take-off mass, which with the disk loading and figure of merit gives the motors' power.
ROTOR_RATIO = "rotor_thrust_to_weight"
#: The inputs computed from others, not drawn: name -> the inputs any of which makes it so.
DERIVED = {"engine_power": (PERCENTILE, MOTOR_PERCENTILE, ROTOR_RATIO)}


def drawn(inputs: Mapping) -> dict:
    """``inputs`` without those computed from others (:data:`DERIVED`): the ones sampled,
    swung by the sensitivity and moved by the generous bound."""
    return {name: inp for name, inp in inputs.items()
            if not (name in DERIVED and any(d in inputs for d in DERIVED[name]))}


def power_at(mass, percentile, motor: bool = False) -> np.ndarray:
    """Rated power [W] at ``percentile`` [%] of the power law's prediction interval at
    take-off mass ``mass`` [kg] (any broadcastable arrays): the piston law's shaft power, or
    with ``motor`` the electric motors' maximum power."""
    law = fwmo.motor_law() if motor else fwm.power_law()
    return law.at(mass, percentile)


def with_power(v: Mapping[str, np.ndarray]) -> Mapping[str, np.ndarray]:
    """The sampled machines ``v`` with ``engine_power`` computed from their own
    ``takeoff_mass`` and :data:`PERCENTILE` or :data:`MOTOR_PERCENTILE`, or a tailsitter's
    from :data:`ROTOR_RATIO` (``v`` itself when it carries none)."""
    if ROTOR_RATIO in v:
        return _rotor_power(v)
    key = next((k for k in (PERCENTILE, MOTOR_PERCENTILE) if k in v), None)
    if key is None:
        return v
    out = dict(v)
    pct = np.asarray(out.pop(key), dtype=float)
    out["engine_power"] = power_at(np.asarray(v["takeoff_mass"], dtype=float), pct,
                                   motor=key == MOTOR_PERCENTILE)
    return out


def _rotor_power(v: Mapping[str, np.ndarray]) -> Mapping[str, np.ndarray]:
    """``v`` with ``engine_power`` the full-thrust shaft power of its rotors
    (:func:`dronecalc.physics.vtol.full_thrust_power`) at :data:`ROTOR_RATIO` x the take-off
    mass, on the disk area of ``lift_disk_area`` (the airframe's) or the take-off weight over
    ``lift_disk_loading``, at sea-level density."""
    out = dict(v)
    ratio = np.asarray(out.pop(ROTOR_RATIO), dtype=float)
    m = np.asarray(v["takeoff_mass"], dtype=float)
    area = (np.asarray(v["lift_disk_area"], dtype=float) if "lift_disk_area" in v
            else m * _G / np.asarray(v["lift_disk_loading"], dtype=float))
    out["engine_power"] = vtol.full_thrust_power(m, ratio, area,
                                                 np.asarray(v["figure_of_merit"], dtype=float),
                                                 _air_density(0.0))
    return out
