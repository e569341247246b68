"""A readable case whose machine no vehicle kind models: every claim "not judged", with why.

The claim contract (issue #10) holds for every case that can be read, also when its kind
cannot be modelled (issue #13): a power plant no kind models ("hydrogen fuel cell",
"turboprop"), airframe words that could mean two kinds ("VTOL fixed-wing": a quadplane or a
tailsitter), a fixed wing whose power plant the case does not state, a multirotor that states a
fuel or a combustion or hybrid power plant (``fuel-multirotor``: the multirotor kind is
battery-electric; :func:`dronecalc.intake.refusals.fuel_signal`), or a kind that is known but
not modelled end to end (none since ``fixed-wing-jet`` was, issue #13).
:func:`dronecalc.check` then runs no vehicle physics and guesses no kind: every claim gets one
:class:`~dronecalc.claims.results.NotJudged` entry with the reason
(:class:`dronecalc.intake.airframes.Refusal`) and what would let it be judged, and the checks
that need no vehicle physics still run and are reported (:mod:`dronecalc.claims.crosscheck`:
energy vs capacity x voltage, voltage vs cells, mass sums, a leg's distance vs speed x time,
a range at its stated (or the cruise, or the top) speed against the stated flight time, fuel
mass vs volume x density, a payload claim vs the stated maximum payload:
:func:`~dronecalc.claims.crosscheck.without_physics`).

So does a case that names no kind at all (no airframe word, vehicle class, vehicle kind or
rotor figure): "the case names no vehicle kind", with the words that would name one and the
kinds (a case stating rotor figures and no airframe is a multirotor, as documented). An
airframe input with no word of the table stays an error listing the kinds (exit 2): that
figure cannot be read.
"""
from __future__ import annotations

from ..errors import BeyondModelError, ModelError
from ..wording import num, span
from ..intake import airframes
from ..intake.airframes import Refusal
from ..intake.case import Case
from ..physics import kinds
from . import registry
from .crosscheck import without_physics
from .results import CheckResult, NotJudged, Run
from .sources import figure_key


def refusal(case: Case) -> Refusal | None:
    """Why ``case``'s claims cannot be judged by any vehicle model (also when nothing names a
    kind at all), or None when its kind is modelled."""
    if case.kind is None:
        return getattr(case.kind_note, "refusal", None)
    kind = kinds.get_kind(case.kind)
    if registry.modelled(case.kind):
        return None
    what = airframes.KINDS.get(case.kind, case.kind)
    return Refusal("no-model", f"dronecalc has no model for a {what} ({case.kind}) yet: "
                   f"{kind.note}", "a model of that kind, which dronecalc does not have yet; "
                   "if the source's aircraft is of another kind, [case] vehicle_kind naming it")


def beyond(exc: BeyondModelError, kind: str | None = "multirotor") -> Refusal:
    """Why a case whose stated machine lies past the model's range is not judged: the figure,
    its value, the range the model takes and what would judge it (ux9: the Boeing CPAV's
    747 lb, 339 kg, against the multirotor model's 0.01-300 kg made ``check`` exit 2, as
    if the figure could not be read)."""
    low, high, unit, meaning, lo, hi, where = (exc.reach + (None,) * 7)[:7]
    meaning = meaning or exc.field
    value = f"'{exc.value}'" if isinstance(exc.value, str) else str(exc.value)
    if lo is not None and unit and f" {unit}" not in f" {exc.value}":
        value += f", {span(lo, hi)} {unit}"
    reach = f"{span(low, high)} {unit}".strip() if low is not None else "range"
    # a mass no figure states but another implies (a stated battery's, review 15) is no
    # "stated" mass
    stated = "the" if where and where.startswith("implied") else "the stated"
    where = (f"; [{where}]" if " " not in where else f"; {where}") if where else ""
    return Refusal(
        "beyond-model",
        f"{stated} {meaning} ({exc.field} = {value}{where}) is beyond the "
        f"{kind + ' ' if kind else ''}model's {reach}: it is built and checked on real "
        "machines inside that range, so a verdict here would be an extrapolation dronecalc "
        "does not make",
        f"a model that reaches that {meaning}, which dronecalc does not have; if the figure "
        f"is not the {meaning}, give it its own field (or role \"context\") and the claims "
        "are judged")


def reason_of(why: Refusal) -> str:
    """``why``'s reason, where it leaves a choice of VTOL kinds with what choosing assumes: a
    battery (both are battery-electric), said, never silent (the held-out Tekever AR3 states no
    power plant; set to either kind its 8 h is judged on a battery, and implausible)."""
    if why.cause == "ambiguous" and why.reason.endswith("could be a quadplane or a tailsitter"):
        return why.reason + (" (dronecalc models both battery-electric, so choosing one "
                             "assumes a battery; a quadplane with a piston cruise engine is "
                             "vtol-quadplane-piston; a piston tailsitter is not modelled)")
    return why.reason


def check(case: Case, why: Refusal, seed: int = 0) -> CheckResult:
    """The result of a case no vehicle kind models: the figures' cross-checks as findings,
    every claim in ``not_judged`` with ``why``; no Monte Carlo (``run`` 0 of 0 samples)."""
    findings = without_physics(case, None)
    entries = [NotJudged(fig.id, fig.field, fig.text, reason_of(why), why.needs)
               for fig in case.claims.values()]
    info = {"title": case.title, "source": case.source, "url": case.url, "path": case.path,
            "vehicle_class": case.vehicle_class, "vehicle_kind": case.kind}
    return CheckResult(info, findings, list(case.flags), [], Run(0, 0, seed, {}), None,
                       entries, figure_key(case))


def refuse_estimate(why: Refusal) -> None:
    """:func:`dronecalc.estimate` of such a case: there is nothing to estimate with."""
    raise ModelError(f"cannot estimate: {reason_of(why)}", field="case.vehicle_kind",
                     expected=why.needs if airframes.kinds_text() in why.needs
                     else f"{why.needs}; kinds: {airframes.kinds_text()}")
