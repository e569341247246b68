"""A stated distance with no speed to fly it: judged at the best-range speed.

Issue 10 asks each flight-time and range claim to be judged "at a stated speed, or at the best
speed when none is stated". A distance claim (a leg flown: "carried 4 kg of contraband 9 km
across the border") pairs with a speed, or with a flight time that gives one (:mod:`.leg`);
with neither it had been "not judged", though the physics question it asks, whether the
machine can fly that far with that load at all, has an answer: the range at the speed of best
range (the most favourable speed; :func:`dronecalc.physics.multirotor.performance`), with the
leg's own payload (``payload``) or the case's as its condition says. The finding is the range
check's (same Monte Carlo, bound, drivers), its check name the leg's.
"""
from __future__ import annotations

from dataclasses import replace

from ..context import Context
from ..results import Finding
from .capability import capability

#: How the condition says what speed the leg is judged at.
AT_BEST = ("; the leg states no speed or time: its distance is the range at the best-range "
           "speed, the most favourable one")


def unused_timing(ctx: Context, dist) -> list[str]:
    """The speed and time figures a lone leg's judgement does not use: every speed of the case
    (none is linked to this distance, :func:`.leg.leg_pairs`) and a flight time the distance
    refers to (a distance range or bound with a time is no leg the leg kind flies)."""
    timing = ctx.figures("speed") + [
        f for f in ctx.case.figures.values() if f.field == "flight_time"    # any role, as
        and (f.id in dist.refers or dist.id in f.refers)]                    # leg.speed_from_time
    if not timing:
        return []
    named = ", ".join(f"{f.id} ({f.text})" for f in timing)
    return [f"Not used for this leg: {named}; no speed is linked to {dist.id} (a speed or a "
            "statement that refers to both; a time only with a distance of one value). It is "
            "judged at the most favourable speed instead, so 'implausible' holds at any speed, "
            "while 'consistent' says only that the distance is within the best range."]


def at_best_range(ctx: Context, dist, check: str = "leg") -> Finding:
    """``dist`` (a distance claim) judged as the range it needs at the best-range speed."""
    found = capability(ctx, replace(dist, field="range"))
    kept = ctx.results.pop((found.check, tuple(found.claims)))
    out = replace(found, check=check, condition=found.condition + AT_BEST,
                  statement=found.statement.replace(f"A range of {dist.text}",
                                                    f"A distance of {dist.text}", 1),
                  notes=unused_timing(ctx, dist) + list(found.notes))
    ctx.results[(out.check, tuple(out.claims))] = kept
    return out
