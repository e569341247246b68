"""The claim contract: every claim ends in exactly one finding that carries its verdict, or in
exactly one "not judged" entry that says why and which figures would let it be judged.

Findings are of two sorts, told apart by their ``check``:

* a *verdict* finding judges the claims it names: ``endurance``, ``range``, ``leg`` (its
  distance and its speed), ``top_speed``, ``payload``, the fixed-wing checks ... A
  ``statement`` finding is the verdict of its first id only, the statement; the ids after it
  are the figures the statement refers to;
* a *cross-check* (:data:`CROSS_CHECKS`) compares figures with each other (``cross-check``,
  ``conflict``, ``kinematics``, ``radio``) or tests the stated inputs on the physics
  (:data:`INPUT_CHECKS`: ``lift``, ``motor``; reports count these apart). It may name
  claims, but it is about the figures' agreement, never a claim's verdict: a claim named only by
  cross-checks is "not judged" too, and a case no vehicle kind models
  (:mod:`dronecalc.claims.unmodelled`) has only cross-checks.

:func:`verdicts` maps each judged claim to its one verdict finding (``CheckResult.verdicts``);
in the JSON the same rule reads from each finding's ``check`` and ``claims`` and the roles of
``figures``. Any claim without a verdict finding gets one
:class:`~dronecalc.claims.results.NotJudged`: "no model for it yet" when no registered kind
judges its field, else what the kinds that do judge it need and the case does not give.
"""
from __future__ import annotations

from typing import Iterable

from ..intake.case import Case, CaseFigure
from ..wording import a_or_an
from .registry import kinds_for
from .results import Finding, NotJudged

#: Checks whose findings compare figures or test inputs: never a claim's verdict.
CROSS_CHECKS = frozenset({"cross-check", "conflict", "kinematics", "radio", "lift", "motor"})
#: The cross-checks that test the stated inputs on the physics (can the sampled machines lift
#: the stated payload; does the stated motor Kv give a plausible tip speed) rather than
#: compare two of the source's figures: a report words and counts them apart.
INPUT_CHECKS = frozenset({"lift", "motor"})
#: Verdict checks whose verdict is for their first id only (the rest: figures referred to).
FIRST_ID_ONLY = frozenset({"statement"})


def judged_by(finding: Finding, claims: Iterable[str]) -> list[str]:
    """The ids among ``claims`` whose verdict ``finding`` is (none for a cross-check)."""
    if finding.check in CROSS_CHECKS:
        return []
    ids = finding.claims[:1] if finding.check in FIRST_ID_ONLY else finding.claims
    wanted = set(claims)
    return [i for i in ids if i in wanted]


def verdicts(claims: Iterable[str], findings: list[Finding]) -> dict[str, list[Finding]]:
    """Claim id -> the verdict findings that judge it (the contract: exactly one each, or the
    claim is in ``not_judged``), for the claims that have any, in finding order."""
    claims = list(claims)
    out: dict[str, list[Finding]] = {}
    for finding in findings:
        for ident in judged_by(finding, claims):
            out.setdefault(ident, []).append(finding)
    return out

#: Claim fields that are machine parameters: said so, with the hint to state them as inputs.
_DESCRIBES_MACHINE = {"rotors", "rotor_diameter", "takeoff_mass", "empty_mass",
                      "battery_charge", "battery_energy", "battery_voltage", "cell_count",
                      "pack_count", "battery_mass", "chemistry", "motor_kv", "airframe",
                      "battery_specific_energy",
                      "air_temperature", "altitude", "radio_range"}


def not_judged(case: Case, findings: list[Finding]) -> list[NotJudged]:
    """One entry per claim of ``case`` that no verdict finding judges, in file order."""
    judged = verdicts(case.claims, findings)
    crossed = {ident for f in findings if f.check in CROSS_CHECKS for ident in f.claims}
    return [_entry(fig, case.kind or "multirotor", fig.id in crossed)
            for fig in case.claims.values() if fig.id not in judged]


def _entry(fig: CaseFigure, vehicle: str = "multirotor", crossed: bool = False) -> NotJudged:
    kinds = [k for k in kinds_for(fig.field, vehicle) if k.name not in CROSS_CHECKS]
    plain = [dict(k.why)[fig.field] for k in kinds if fig.field in dict(k.why)]
    if plain:                       # the kind says why in plain words: no kind name to read
        return NotJudged(fig.id, fig.field, fig.text, plain[0],
                         "; or ".join(k.needs for k in kinds))
    if kinds:
        needs = "; or ".join(f"{k.name}: {k.needs}" for k in kinds)
        also = (" (a cross-check compares it with the other figures, which is no verdict "
                "on it)" if crossed else "")
        return NotJudged(fig.id, fig.field, fig.text,
                         f"the case does not give what {a_or_an(fig.field)} claim is judged "
                         f"with{also}", needs + (_hint(fig) if vehicle == "multirotor" else ""))
    if fig.field in _DESCRIBES_MACHINE:
        return NotJudged(fig.id, fig.field, fig.text,
                         f"dronecalc has no model that judges {a_or_an(fig.field)} claim by itself "
                         "yet", 'it stated as an input (role = "input"), so that the claims '
                         "about what the machine did are judged with it")
    return NotJudged(fig.id, fig.field, fig.text, _NO_MODEL.get(
        fig.field, f"dronecalc has no model for {a_or_an(fig.field)} claim yet"))


#: Why a claim of a field no kind judges is not judged, where more can be said.
_NO_MODEL = {"dive_speed": "dronecalc has no model for a dive_speed claim yet: in a dive gravity "
                           "adds to the motors' thrust, and the power model judges only level "
                           "flight"}


def _hint(fig: CaseFigure) -> str:
    if fig.field == "speed":
        return ('; if it is the machine\'s top speed, field = "top_speed" judges it against '
                "the power of the motors")
    return ""
