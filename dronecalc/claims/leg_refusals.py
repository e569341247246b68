"""Why a statement about legs (or a leg's speed) is not judged, said of its own figures.

The claim contract's generic entry (:func:`dronecalc.claims.contract.not_judged`) lists which
figures a kind needs ("refers = [...] naming a distance figure and a speed figure ..., or 2-6
distance figures, each with its speed"), which misleads when those figures are there (review
16): a mission with a leg of 0 km was told to name distances it names. This module replaces
that entry, for a ``statement`` claim and for a ``speed`` claim of a leg, with the reason of
its own figures, in this order:

1. a leg of no distance (a distance figure of at most zero, :func:`.values.is_void`; that
   figure has its own "not judged" entry). The statement is not judged: a leg of no distance
   is no leg flown, and a figure of zero is almost always a misread one; judging the other
   legs alone would judge another statement than the source's (one with a leg left out), so
   the entry names the leg and asks for its distance as written. Refusing the case at intake
   instead would stop every other claim of it over one misread figure, which the claim
   contract (issue 10: "one conflicting input aborts everything") rules out;
2. more distances than a mission sums (:data:`~dronecalc.priors.variables.MISSION_LEGS`):
   never judged on fewer legs than stated;
3. a leg with no speed to fly it (:func:`.kinds.leg.leg_pairs` pairs none with it);
4. a statement naming one distance and no speed.

A statement naming no distance keeps the generic entry.
"""
from __future__ import annotations

from ..intake.case import CaseFigure
from ..priors.variables import MISSION_LEGS
from .context import Context
from .kinds.leg import leg_pairs
from .results import NotJudged
from .values import is_void

#: What lets a distance be flown at a speed (the leg kind's pairing, docs/case-format.md).
SPEED_FOR = ("for {d}: a speed figure that refers to it (or that it refers to), or a "
             "flight_time that refers to it, the distance then of one value")


def refine(entries: list[NotJudged], ctx: Context) -> list[NotJudged]:
    """``entries`` with a statement's (or a leg speed's) generic reason replaced by its own."""
    return [_own(entry, ctx) or entry for entry in entries]


def _own(entry: NotJudged, ctx: Context) -> NotJudged | None:
    fig = ctx.case.figures.get(entry.claim)
    if fig is None:
        return None
    if fig.field == "speed":
        return _void_speed(entry, fig, ctx)
    if fig.field != "statement":
        return None
    dists = [ctx.case.figures[r] for r in fig.refers
             if ctx.case.figures[r].field == "distance"]
    if not dists:
        return None
    void = [d for d in dists if is_void(d)]
    if void:
        return _entry(entry, _void_reason(fig, dists, void), _void_needs(fig, void))
    if len(dists) > MISSION_LEGS:
        return _entry(
            entry,
            f"{fig.id} names {len(dists)} distances ({_list(dists)}), legs flown one after "
            f"the other on one charge; the mission check sums at most {MISSION_LEGS} legs "
            "(each leg's distance, speed and payload is an input of its own), and a mission "
            "is never judged on fewer legs than the source states",
            f"a model of a mission of more than {MISSION_LEGS} legs, which it does not have "
            "yet (each leg keeps its own verdict)")
    if len(dists) == 1:
        speeds = [r for r in fig.refers if ctx.case.figures[r].field == "speed"]
        if speeds:
            return None
        d = dists[0].id
        return _entry(entry, f"{fig.id} is about the leg {d} ({dists[0].text}) but names no "
                      "speed to fly it at", f"the leg's speed figure in figures.{fig.id}."
                      f"refers, beside {d}")
    paired = {d.id for d, _ in leg_pairs(ctx)}
    slow = [d for d in dists if d.id not in paired]
    if slow:
        what, has, it = ("leg", "has", "it") if len(slow) == 1 else ("legs", "have", "them")
        return _entry(
            entry,
            f"{fig.id} is about the {len(dists)} legs {_list(dists, ', then ')}, flown on one "
            f"charge, but the {what} {_list(slow)} {has} no speed to fly {it} at, so the "
            "energy of the mission cannot be summed (it is never judged on the other legs "
            "alone)",
            SPEED_FOR.format(d=_list(slow, " and ") + (" each" if len(slow) > 1 else "")))
    return None


def _void_reason(fig: CaseFigure, dists: list[CaseFigure], void: list[CaseFigure]) -> str:
    legs = ("its leg" if len(dists) == 1 else
            f"the legs {_list(dists, ', then ')}, of which") + " "
    zero = _list(void, with_text=True)
    verb = "is a distance" if len(void) == 1 else "are distances"
    return (f"{fig.id} is about {legs}{zero} {verb} of zero: a leg of no distance is no "
            "leg flown, and a figure of zero is almost always a misread one; the statement "
            "is not judged on the other legs alone, which would be another statement than "
            "the source's")


def _void_needs(fig: CaseFigure, void: list[CaseFigure]) -> str:
    fix = " and ".join(f"figures.{d.id}.text" for d in void)
    return (f"the distance as the source writes it, above 0 (e.g. \"7 km\"), in {fix}; or "
            f"{_list(void)} left out of figures.{fig.id}.refers if the source names no such leg")


def _void_speed(entry: NotJudged, fig: CaseFigure, ctx: Context) -> NotJudged | None:
    """A speed claim linked to a distance of zero: said so (it would be that leg's speed)."""
    void = [d for d in ctx.case.figures.values() if d.field == "distance" and is_void(d)
            and (d.id in fig.refers or fig.id in d.refers)]
    if not void:
        return None
    return _entry(entry, f"{fig.id} is the speed of the leg {_list(void, with_text=True)}, a "
                  "distance of zero, which is not judged (no leg is flown)",
                  _void_needs(fig, void).split("; or ")[0] + "; or role = \"context\" "
                  "if the source states no such leg")


def _entry(entry: NotJudged, reason: str, needs: str) -> NotJudged:
    return NotJudged(entry.claim, entry.field, entry.text, reason, needs)


def _list(figs: list[CaseFigure], sep: str = ", ", with_text: bool = False) -> str:
    return sep.join(f"{f.id} ({f.text!r})" if with_text else f.id for f in figs)
