r"""An inferred take-off mass drawn from its law's predictive distribution at each sampled
machine's own payload or wingspan (issue #13, fw18; knows no claim, no wording).

A case that states no take-off mass is given one by a log law of the payload (or warhead)
or of the wingspan (:func:`dronecalc.priors.fixed_wing_mass.inferred_mass`,
:func:`dronecalc.priors.fixed_wing_span_mass.inferred_mass_from_span`): the input spans p5 of
the law's Student t prediction interval at the predictor's low end to p95 at its high end.
Until fw18 the Monte Carlo drew the mass uniformly *in kilograms* over that band, apart from
the payload. The band is wide (x9 for the Lyutyi's 50-75 kg warhead: 91.9-832 kg), so the
uniform draw put its median near the band's middle (459 kg), where the law's own median at a
62.5 kg warhead is 5.86 x 62.5^0.935 = 280 kg: 74 % of the draws lay above the law's median
and most of those were machines no 2.5 m wing and 50 hp can hold in level flight
(docs/validation.md, fw18).

Here the uniform draw is read as a percentile of the law's prediction interval, as the
inferred engine power is (``engine_power_percentile``, engine.fixed_wing_power): a draw
:math:`u_i` uniform on [0, 1] of the band becomes the percentile
:math:`p_i = 5 + 90 u_i` (:data:`dronecalc.priors.fixed_wing_mass.MASS_PERCENTILES`) and the
machine's mass is

.. math:: m_i = a\, x_i^{b} \exp\big(t_{n-2}(p_i)\; s \sqrt{1 + 1/n
   + (\ln x_i - \overline{\ln x})^2 / S_{xx}}\big),

with :math:`x_i` that machine's own sampled payload (or wingspan): a draw from the law's
predictive distribution given the predictor, truncated to its p5-p95 (Hahn & Meeker 1991;
Draper & Smith 1998, sec. 3.1). Every draw stays inside the input's band (the band's ends are
the same quantiles at the predictor's ends), so the sensitivity and the generous bound, which
move the input over that band, are unchanged; only the Monte Carlo's distribution is. The same
random numbers are used (the uniform draw is re-read, not redrawn), so no other input's draws
move. A mass inferred from a stated maximum payload (not an input of the machine), or flown
with a claim's own payload in place of the figure it was inferred from, keeps the uniform draw:
left open.
"""
from __future__ import annotations

from typing import Mapping

import numpy as np

from ..priors import fixed_wing_mass as fwm


def _inferred_from(mass, predictor) -> bool:
    """Whether ``mass`` was inferred from this very input: its note ends with the input's note
    in brackets (priors.fixed_wing_mass.inferred_mass, fixed_wing_span_mass). A claim's own
    payload that replaced the case's ``payload`` input (claims.fixed_wing_conditions: a mass
    inferred from a stated maximum payload or a span, the claim's payload inside it) is not
    what the mass was inferred from, and a mass inferred from a maximum payload never is."""
    return bool(predictor.note) and mass.note.endswith(f"({predictor.note})")


def _law_and_predictor(inputs: Mapping, values: Mapping[str, np.ndarray]):
    """(law, the predictor's draws) of an inferred take-off mass, or None where the mass is
    stated, exact, or inferred from a figure the machine does not carry (a maximum payload)."""
    mass = inputs.get("takeoff_mass")
    if mass is None or mass.exact or not fwm.is_inferred(mass):
        return None
    if fwm.is_from_span(mass):
        span = inputs.get("wingspan")
        if span is None or not _inferred_from(mass, span) or "wingspan" not in values:
            return None
        from ..priors.fixed_wing_span_mass import span_mass_law
        return span_mass_law(), np.asarray(values["wingspan"], dtype=float)
    payload = inputs.get("payload")
    if payload is None or payload.high <= 0.0 or "payload" not in values \
            or not _inferred_from(mass, payload):
        return None
    law = fwm.mass_law()
    # a range from 0 is inferred from its positive part (priors.fixed_wing_mass.inferred_mass)
    low = payload.low if payload.low > 0.0 else min(law.x_range[0], payload.high)
    return law, np.clip(np.asarray(values["payload"], dtype=float), low, None)


def with_inferred_mass(inputs: Mapping, values: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """``values`` (uniform draws of ``inputs``) with an inferred ``takeoff_mass`` re-read as a
    percentile of its law at each machine's own predictor (the module docstring); ``values``
    itself where there is none."""
    found = _law_and_predictor(inputs, values)
    if found is None:
        return values
    law, x = found
    mass = inputs["takeoff_mass"]
    u = (np.asarray(values["takeoff_mass"], dtype=float) - mass.low) / (mass.high - mass.low)
    p5, p95 = fwm.MASS_PERCENTILES
    out = dict(values)
    out["takeoff_mass"] = np.clip(law.at(x, p5 + (p95 - p5) * u), mass.low, mass.high)
    return out
