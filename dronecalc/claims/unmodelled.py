"""A readable case whose machine no vehicle kind models: every claim "not judged", with why.

The claim contract (issue #10) holds for every case that can be read, also when its kind
cannot be modelled (issue #13): a power plant no kind models ("hydrogen fuel cell",
"turboprop"), airframe words that could mean two kinds ("VTOL fixed-wing": a quadplane or a
tailsitter), a fixed wing whose power plant the case does not state, or a kind that is known
but not modelled end to end (``fixed-wing-jet``). :func:`dronecalc.check` then runs no vehicle
physics and guesses no kind: every claim gets one
:class:`~dronecalc.claims.results.NotJudged` entry with the reason
(:class:`dronecalc.intake.airframes.Refusal`) and what would let it be judged, and the checks
that need no vehicle physics still run and are reported (:mod:`dronecalc.claims.crosscheck`:
energy vs capacity x voltage, voltage vs cells, mass sums, a leg's distance vs speed x time;
and :func:`range_in_time`: a range at its stated speed against the stated flight time).

A case that names no kind at all (no airframe word, vehicle class or rotor figure) and an
airframe input with no word of the table stay errors listing the kinds (exit 2).
"""
from __future__ import annotations

from ..errors import ModelError
from ..intake import airframes
from ..intake.airframes import Refusal
from ..intake.case import Case, CaseFigure
from ..intake.figures import Figure
from ..physics import kinds
from ..wording import num, percent
from .crosscheck import TOLERANCE, _verdict, reconcile
from .results import CheckResult, Claimed, Finding, NotJudged, Run
from .sources import figure_key


def refusal(case: Case) -> Refusal | None:
    """Why ``case``'s claims cannot be judged by any vehicle model, or None when its kind is
    modelled (or when nothing names a kind at all: :func:`dronecalc.check` refuses that)."""
    if case.kind is None:
        return getattr(case.kind_note, "refusal", None)
    kind = kinds.get_kind(case.kind)
    if kind.modelled:
        return None
    what = airframes.KINDS.get(case.kind, case.kind)
    return Refusal("no-model", f"dronecalc has no model for a {what} ({case.kind}) yet: "
                   f"{kind.note}", "a model of that kind, which dronecalc does not have yet; "
                   "if the source's aircraft is of another kind, [case] vehicle_kind naming it")


def check(case: Case, why: Refusal, seed: int = 0) -> CheckResult:
    """The result of a case no vehicle kind models: the figures' cross-checks as findings,
    every claim in ``not_judged`` with ``why``; no Monte Carlo (``run`` 0 of 0 samples)."""
    _, findings = reconcile(case)
    findings += range_in_time(case)
    entries = [NotJudged(fig.id, fig.field, fig.text, why.reason, why.needs)
               for fig in case.claims.values()]
    info = {"title": case.title, "source": case.source, "url": case.url, "path": case.path,
            "vehicle_class": case.vehicle_class, "vehicle_kind": case.kind}
    return CheckResult(info, findings, list(case.flags), [], Run(0, 0, seed, {}), None,
                       entries, figure_key(case))


def refuse_estimate(why: Refusal) -> None:
    """:func:`dronecalc.estimate` of such a case: there is nothing to estimate with."""
    raise ModelError(f"cannot estimate: {why.reason}", field="case.vehicle_kind",
                     expected=f"{why.needs}; kinds: {airframes.kinds_text()}")


def _ends(fig: CaseFigure | None, unit: str) -> tuple[float, float] | None:
    value = None if fig is None else (fig.value if isinstance(fig.value, Figure) else None)
    if value is None or value.low is None or value.high is None:
        return None
    return float(value.low.m_as(unit)), float(value.high.m_as(unit))


def range_in_time(case: Case) -> list[Finding]:
    """A range (or distance) claim flown at its own ``at_speed`` against a flight-time claim:
    at that speed the range takes range / speed, which cannot exceed the longest flight the
    source states (its endurance at the best speed is at least its endurance at any other).
    One-sided, no physics: a range longer than speed x flight time is a mismatch of the
    figures (:data:`~dronecalc.claims.crosscheck.TOLERANCE`); a time open above is skipped."""
    out = []
    times = [f for f in case.claims.values() if f.field == "flight_time"]
    for rng in (f for f in case.claims.values() if f.field in ("range", "distance")):
        speed = rng.at_speed
        stated = _ends(rng, "km")
        if speed is None or speed.low is None or speed.high is None or stated is None:
            continue
        fast = float(speed.high.m_as("km/h"))
        for time in times:
            hours = _ends(time, "h")
            if hours is None:
                continue
            reach = fast * hours[1]
            mismatch = max(stated[0] - reach, 0.0) / (0.5 * (stated[0] + stated[1]))
            verdict = _verdict(mismatch)
            agree = ("agree" if mismatch == 0 else
                     f"agree within {percent(mismatch)}" if verdict == "consistent" else
                     f"disagree by {percent(mismatch)}")
            out.append(Finding(
                [rng.id, time.id], "cross-check", verdict,
                f"The report's figures {agree}: a range of {rng.text} ({rng.id}) at "
                f"{speed.text} needs {num(stated[0] / fast)} h or more, and the source states "
                f"a flight time of {time.text} ({time.id}): {speed.text} x {time.text} covers "
                f"at most {num(reach)} km.",
                Claimed(f"range {rng.text}", stated[0], stated[1], "km",
                        "point" if stated[0] == stated[1] else "range"),
                None, None, None, [], "" if verdict == "consistent" else
                "A reading under which both describe one machine (the range flown partly "
                "faster, or the flight time of another configuration).",
                f"figures compared with each other (within {percent(TOLERANCE['consistent'])}"
                " they agree); no physics", []))
    return out
