"""The claim contract: every claim ends in a finding with a verdict, or in one "not judged"
entry that says why and which figures would let it be judged.

A claim is *judged* when its id is among a finding's ``claims``. Any other claim gets one
:class:`~dronecalc.claims.results.NotJudged`: "no model for it yet" when no registered kind
judges its field, else what the kinds that do judge it need and the case does not give.
"""
from __future__ import annotations

from ..intake.case import Case, CaseFigure
from .registry import kinds_for
from .results import Finding, NotJudged

#: Claim fields that are machine parameters: said so, with the hint to state them as inputs.
_DESCRIBES_MACHINE = {"rotors", "rotor_diameter", "takeoff_mass", "empty_mass",
                      "battery_charge", "battery_energy", "battery_voltage", "cell_count",
                      "pack_count", "battery_mass", "chemistry", "motor_kv", "airframe",
                      "air_temperature", "altitude", "radio_range"}


def not_judged(case: Case, findings: list[Finding]) -> list[NotJudged]:
    """One entry per claim of ``case`` that no finding names, in file order."""
    judged = {ident for f in findings for ident in f.claims}
    return [_entry(fig, case.kind or "multirotor") for fig in case.claims.values()
            if fig.id not in judged]


def _entry(fig: CaseFigure, vehicle: str = "multirotor") -> NotJudged:
    kinds = kinds_for(fig.field, vehicle)
    if kinds:
        needs = "; or ".join(f"{k.name}: {k.needs}" for k in kinds)
        return NotJudged(fig.id, fig.field, fig.text,
                         f"the case does not give what a {fig.field} claim is judged with",
                         needs + _hint(fig))
    if fig.field in _DESCRIBES_MACHINE:
        return NotJudged(fig.id, fig.field, fig.text,
                         f"dronecalc has no model that judges a {fig.field} claim by itself "
                         "yet", 'it stated as an input (role = "input"), so that the claims '
                         "about what the machine did are judged with it")
    return NotJudged(fig.id, fig.field, fig.text,
                     f"dronecalc has no model for a {fig.field} claim yet")


def _hint(fig: CaseFigure) -> str:
    if fig.field == "speed":
        return ('; if it is the machine\'s top speed, field = "top_speed" judges it against '
                "the power of the motors")
    return ""
