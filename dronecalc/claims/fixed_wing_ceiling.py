"""A fixed wing's ``ceiling`` finding when its engine or motor power is inferred, not stated
(issue #13, vtolspeed).

A service ceiling is where the power available, lapsed with altitude, still gives a climb of
100 ft/min (:func:`dronecalc.physics.fixed_wing.service_ceiling`); it rests on the power
almost alone. Where the source states no power, the power is inferred from the take-off mass
(the piston power law, the electric motor power-loading law, a tailsitter's rotors:
:mod:`dronecalc.claims.fixed_wing_inferred`, :mod:`dronecalc.claims.fixed_wing_vtol_power`),
whose spread is a factor of about 3-13 from p5 to p95; most of the ceiling's band is then that
spread, not the aircraft. Judged by the plain rules (:func:`dronecalc.claims.verdict.judge`:
consistent from 5 % of the machines) such a band passes a doubled ceiling too easily, and an
"implausible" would say more than an inferred power can. The rule here (the lead's rule for
issue 13, a judgement, not fitted on any case):

* **consistent** only where at least :data:`CONSISTENT_SHARE` (95 %) of the sampled machines
  reach the claimed ceiling: even a weakly powered machine of the inferred band climbs to it;
* **needs checking** otherwise, however few reach it: never *implausible* on an inferred power
  alone (a stated ``engine_power`` lets the plain rules judge it).

The finding's statement says so; its notes keep the inferred power's own note.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping

from ..engine import fixed_wing as eng
from ..engine.fixed_wing_power import ROTOR_RATIO
from ..wording import percent as _percent
from .fixed_wing_vtol_power import inferred
from .results import Finding

#: The share of the sampled machines that must reach a ceiling claimed on an inferred power
#: for it to be consistent (a judgement: the lead's rule for issue 13).
CONSISTENT_SHARE = 0.95


def verdict(probability: float) -> str:
    """The verdict of a ceiling claim on an inferred power: ``"consistent"`` where at least
    :data:`CONSISTENT_SHARE` of the machines reach it, else ``"needs-checking"``.

    >>> verdict(0.97), verdict(0.5), verdict(0.0)
    ('consistent', 'needs-checking', 'needs-checking')
    """
    return "consistent" if probability >= CONSISTENT_SHARE else "needs-checking"


def _power_word(inputs: Mapping[str, eng.Input]) -> str:
    if ROTOR_RATIO in inputs:
        return "rotor power"
    return ("motor power" if "of the electric motors" in inputs["engine_power"].note
            else "engine power")


def judged(inputs: Mapping[str, eng.Input], finding: Finding) -> Finding:
    """``finding`` (a ``ceiling`` finding on the run's ``inputs``) judged by the rule of this
    module where the inputs' engine power is inferred; as it is where the power is stated."""
    if finding.check != "ceiling" or not inferred(inputs):
        return finding
    p = float(finding.probability or 0.0)
    new = verdict(p)
    what = _power_word(inputs)
    said = "it is consistent" if new == "consistent" else "it needs checking"
    statement = (f"{finding.statement} The {what} is inferred, not stated, so a ceiling is "
                 f"consistent only where at least {_percent(CONSISTENT_SHARE)} of the sampled "
                 f"machines reach it, and never implausible on an inferred power alone: "
                 f"{_percent(p)} do, so {said}.")
    overturn = finding.overturn
    if new != finding.verdict or new == "needs-checking":
        overturn = (f"A stated engine power (engine_power, role = \"input\") would let the "
                    "ceiling be judged on the physics alone; with the inferred "
                    f"{what}, {_percent(p)} of the sampled machines reach it (the plain rules "
                    f"would say {finding.verdict.replace('-', ' ')}).")
    note = ("Ceiling on an inferred power (claims.fixed_wing_ceiling): consistent only where at "
            f"least {_percent(CONSISTENT_SHARE)} of the machines reach the claim, else needs "
            "checking; never implausible from the inferred power alone (a judgement: most of "
            "the ceiling's band is the inferred power's spread).")
    return replace(finding, verdict=new, statement=statement, overturn=overturn,
                   notes=list(finding.notes) + [note])
