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
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

from ..priors import fixed_wing_mass as fwm

#: The input that carries an inferred engine power: its percentile [%] of the power law's
#: prediction interval at each machine's own take-off mass.
PERCENTILE = "engine_power_percentile"
#: The inputs computed from others, not drawn: name -> the input that makes it computed.
DERIVED = {"engine_power": PERCENTILE}


def drawn(inputs: Mapping) -> dict:
    """``inputs`` without those computed from others (:data:`DERIVED`): the ones sampled,
    swung by the sensitivity and moved by the generous bound."""
    return {name: inp for name, inp in inputs.items()
            if not (name in DERIVED and DERIVED[name] in inputs)}


def power_at(mass, percentile) -> np.ndarray:
    """Rated shaft power [W] at ``percentile`` [%] of the power law's prediction interval at
    take-off mass ``mass`` [kg] (any broadcastable arrays)."""
    return fwm.power_law().at(mass, percentile)


def with_power(v: Mapping[str, np.ndarray]) -> Mapping[str, np.ndarray]:
    """The sampled machines ``v`` with ``engine_power`` computed from their own
    ``takeoff_mass`` and :data:`PERCENTILE` (``v`` itself when it carries no percentile)."""
    if PERCENTILE not in v:
        return v
    out = dict(v)
    pct = np.asarray(out.pop(PERCENTILE), dtype=float)
    out["engine_power"] = power_at(np.asarray(v["takeoff_mass"], dtype=float), pct)
    return out
