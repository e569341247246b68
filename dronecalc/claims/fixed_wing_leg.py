"""A stated leg on the wing-borne kinds: a distance and the flight time that ``refers`` to it.

Review 19 (#5): "a 10-mile flight in about 10 minutes" on a quadplane got two unrelated
verdicts, a best-speed range of 97.7 mi and an endurance of 186 min, and the 96.6 km/h the
two imply was never judged, where the multirotor path flies it as a leg
(:mod:`dronecalc.claims.kinds.leg`, :func:`~dronecalc.claims.kinds.leg.speed_from_time`).
Here the pair is one leg, judged by one ``range-at-speed`` finding whose claims are both
figures: the distance flown at distance / time (the time's band gives a band of speeds, and
the leg holds if some speed in it works, as for a stated ``at_speed``,
:func:`dronecalc.claims.fixed_wing_conditions.flown_at`). A machine that cannot fly that
speed (below its stall, or more power than its engine or motor gives where that power is
known or inferred) fails it. The kinematics cross-check (:mod:`dronecalc.claims.
fixed_wing_kinematics`) still sets the mean speed against the top speed where there is one.

Only a distance of one value, with exactly one flight time linked to it (not a hover time,
no ``at_speed`` of its own), is a leg, as on the multirotor path.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..intake.case import CaseFigure
from ..intake.figures import Figure
from ..wording import num as _num, span
from .context import ends, own_unit
from .crosscheck import _linked
from .results import Finding
from .values import flies

if TYPE_CHECKING:                       # the run type, without an import cycle
    from .fixed_wing import _Run


def pairs(run: "_Run") -> list[tuple[CaseFigure, CaseFigure]]:
    """The (distance, flight time) claims that are one stated leg (the module docstring)."""
    out = []
    times = [t for t in run.claims("flight_time") if flies(t) and t.mode != "hover"
             and t.at_speed is None]
    for dist in filter(flies, run.claims("range", "distance")):
        linked = [t for t in times if _linked(dist, t)]
        if dist.at_speed is not None or len(linked) != 1:
            continue
        d, t = ends(dist, "m"), ends(linked[0], "s")
        if d[0] == d[1] and d[0] > 0 and t[0] > 0:
            out.append((dist, linked[0]))
    used = [t.id for _, t in out]
    return [(d, t) for d, t in out if used.count(t.id) == 1]   # a time of two legs: neither


def unpaired(run: "_Run", *fields: str) -> list[CaseFigure]:
    """The claims of ``fields`` that fly, less those judged as a leg (:func:`legs`)."""
    paired = {f.id for pair in pairs(run) for f in pair}
    return [f for f in filter(flies, run.claims(*fields)) if f.id not in paired]


def legs(run: "_Run") -> list[Finding]:
    """One finding per stated leg: its distance flown at distance / time."""
    from ..intake.units import Q_
    from .fixed_wing import _as_stated, _on_own
    out = []
    for dist, time in pairs(run):
        d, t = ends(dist, "m")[0], ends(time, "s")
        low, high = d / t[1], d / t[0]
        text = f"{span(low * 3.6, high * 3.6)} km/h"
        speed = Figure(text, Q_(low, "m/s"), Q_(high, "m/s"),
                       "point" if low == high else "range")
        flown = replace(dist, at_speed=speed)
        found = _on_own(run, flown, _as_stated, "range", *own_unit(dist, "m", (1000.0, "km")),
                        "one-way still-air range")
        ids = [dist.id, time.id]
        where = f"{dist.text} ({dist.id}) in {time.text} ({time.id})"
        statement = (found.statement.replace(f"({dist.id}'s at_speed)", "(distance / time)", 1)
                     .replace(f"A range at speed claim of {dist.text} ({dist.id})",
                              f"A leg of {where}", 1))
        powered = "engine_power" in run.inputs or "thrust" in run.inputs
        note = (f"{dist.id} and {time.id} are one leg (the time refers to the distance, or it "
                f"to the time): the distance is flown at distance / time, {text} "
                f"({_num(low / 0.44704)}-{_num(high / 0.44704)} mph), and {time.id} is judged "
                "with it, not as an endurance. A machine below its stall at that speed fails "
                "it" + (", and so does one whose engine or motor power (stated or inferred) "
                        "cannot hold it." if powered else
                        "; whether the speed is reachable is not judged: the case states no "
                        "cruise engine or motor power, and the model infers one only for a "
                        "plain electric or piston wing (state engine_power to judge it), so "
                        "only the energy at that speed is.") +
                " The kinematics cross-check sets the speed against the top speed where the "
                "model has one.")
        key = (found.check, (dist.id,))
        if key in run.results:
            run.results[(found.check, tuple(ids))] = run.results.pop(key)
        out.append(replace(found, claims=ids, statement=statement,
                           notes=list(found.notes) + [note]))
    return out
