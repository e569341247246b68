"""A fixed wing's ``kinematics`` cross-check (:mod:`dronecalc.claims.fixed_wing`): a range
(or distance) and a flight-time claim together imply a mean speed, against the sampled top
speed. A distance and a time linked by ``refers`` (extract links "flew 100 km in 2 hours") are
one flight, paired only with each other (:func:`pairs`).
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from ..engine import fixed_wing as eng
from ..wording import num as _num
from . import fixed_wing_inferred as fwi
from .context import threshold as _threshold
from .crosscheck import _linked
from .phrases import band as _band
from .results import Claimed, Finding, Value
from .verdict import judge

if TYPE_CHECKING:                       # the run type, without an import cycle
    from .fixed_wing import _Run


def pairs(distances, times) -> list:
    """The (distance, flight time) pairs that imply a mean speed. A figure linked by
    ``refers`` to one of the other field (either way) is paired only with the ones it is
    linked to: the source says that distance was flown in that time, and nothing about it
    and another, unrelated flight ("a 20-minute test flight"). Figures linked to none are
    paired with every unlinked figure of the other field, as both maxima bound each other."""
    def free(fig, others):
        return not any(_linked(fig, o) for o in others)
    return [(r, t) for r in distances for t in times
            if _linked(r, t) or (free(r, times) and free(t, distances))]


def kinematics(run: "_Run") -> list[Finding]:
    """A range and a flight time claimed together imply a mean speed: is it flyable?

    Both true as maxima, the range is flown at a mean speed of at least range / endurance
    (its flight lasts no longer than the endurance), which the top speed must reach; with a
    flight time open above ("more than 10 hours") that floor is gone and nothing is checked.
    """
    out = []
    perf = run.perf()
    top = np.asarray(perf["top_speed"], dtype=float)
    if not np.isfinite(top).any():      # no engine power: a mean speed alone proves nothing
        return out
    for r, t in pairs(run.claims("range", "distance"), run.claims("flight_time")):
        if t.mode == "hover" or t.value.high is None:
            # a hover time flies no distance; "more than 10 hours" has no upper end, so
            # the mean speed the range needs has no floor (range / time bounds it above)
            continue
        if t.value.high.m_as("s") <= 0.0:
            continue                # set aside before the run (claims.values)
        speed = _threshold(r, "m") / t.value.high.m_as("s")
        values, what = top, "top speed"
        finite = values[np.isfinite(values)]
        p = float(np.mean(finite >= speed)) if finite.size else 0.0
        est = eng.estimate(values, 1 / 3.6, "km/h")
        verdict = judge(p, bool(finite.size) and float(finite.max()) >= speed)
        statement = (f"{r.text} ({r.id}) in {t.text} ({t.id}) needs a mean speed of "
                     f"{_num(speed * 3.6)} km/h; the {what} is {_band(est)}.")
        out.append(run.keep(Finding(
            [r.id, t.id], "kinematics", verdict, statement,
            Claimed(f"{_num(speed * 3.6)} km/h", speed * 3.6, speed * 3.6, "km/h", "point"),
            est, Value(float(finite.max()) * 3.6 if finite.size else math.nan, "km/h"), p,
            [], "", f"mean speed against the {what}", fwi.notes(run.inputs, "top_speed"),
            with_payload=True),
            values, 1 / 3.6))
    return out
