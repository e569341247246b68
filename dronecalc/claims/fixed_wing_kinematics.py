"""A fixed wing's ``kinematics`` cross-check (:mod:`dronecalc.claims.fixed_wing`): a range
(or distance) and a flight-time claim together imply a mean speed, against the sampled top
speed. A distance and a time linked by ``refers`` (extract links "flew 100 km in 2 hours") are
one flight, paired only with each other (:func:`pairs`).

A wing cannot fly slower than its stall speed, so a maximum range is at least the stall speed
(at the flight's lightest weight) times the endurance: a stated range shorter than that is not
the range of the same aircraft and flight (:func:`too_slow`; review 17: "stay in the air for up
to 15 hours ... fly as high as 16,000 feet", a height drafted as a range, implied 0.3 km/h).
"""
from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from ..engine import fixed_wing as eng
from ..wording import num as _num
from . import fixed_wing_inferred as fwi
from .context import stated as _stated
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
    perf = run.perf()
    out = too_slow(run, perf)
    slow = {(f.claims[0], f.claims[1]) for f in out}
    top = np.asarray(perf["top_speed"], dtype=float)
    if not np.isfinite(top).any():      # no engine power: a mean speed alone proves nothing
        return out
    for r, t in pairs(run.claims("range", "distance"), run.claims("flight_time")):
        if (r.id, t.id) in slow:        # already the finding of this pair
            continue
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


def _slowest(run: "_Run", perf) -> np.ndarray:
    """Each sampled machine's stall speed at its lightest weight in flight [m/s]: the take-off
    mass less all the fuel (a battery weighs the same empty), V_s ~ sqrt(W) (Anderson,
    Aircraft Performance and Design, 1999, eq. 5.67)."""
    stall = np.asarray(perf["stall_speed"], dtype=float)
    values = run.mc.values
    mass = np.asarray(values["takeoff_mass"], dtype=float)
    burnt = np.zeros_like(stall)
    if run.case.kind not in eng.ELECTRIC_KINDS:
        burnt = np.clip(np.asarray(eng.energy_mass(values, run.case.kind), dtype=float)
                        / mass, 0.0, 0.99)
    return stall * np.sqrt(1.0 - burnt)


def too_slow(run: "_Run", perf) -> list[Finding]:
    """A range claim too short for its flight time: the mean speed it allows is below the
    stall speed, so the two cannot be the maximum range and the endurance of one aircraft.

    A maximum range is at least what the aircraft covers flying its endurance at any speed it
    can hold, and no wing holds less than its stall speed: range >= V_s(lightest) x endurance.
    The largest range the source states over the least flight time it claims is the fastest
    mean speed the pair allows; when the sampled machines' stall speed lies above it, the
    finding says the figures disagree (at most "needs checking": the range is most often a
    radius of action, a data-link range or another quantity). A range open above ("more than
    30 km") allows any speed and is not checked; nor is a flown distance, which a circling
    flight can make as short as it likes.
    """
    out = []
    slowest = None
    for r, t in pairs(run.claims("range"), run.claims("flight_time")):
        rv, tv = _stated(r), _stated(t)
        if t.mode == "hover" or rv.high is None:
            continue                    # no flight distance, or a range open above
        hours = _threshold(t, "s")
        if hours <= 0.0:
            continue
        speed = float(rv.high.m_as("m")) / hours
        if slowest is None:
            slowest = _slowest(run, perf)
        finite = slowest[np.isfinite(slowest)]
        if not finite.size:
            return out
        p = float(np.mean(finite <= speed))
        verdict = judge(p, float(finite.min()) <= speed)
        if verdict == "consistent":
            continue
        verdict = "needs-checking"      # a figure of another meaning, not a machine's limit
        est = eng.estimate(slowest, 1 / 3.6, "km/h")
        statement = (f"{r.text} ({r.id}) over {t.text} ({t.id}) allows a mean speed of at most "
                     f"{_num(speed * 3.6)} km/h, below the slowest the wing can fly, its stall "
                     f"speed {_band(est)}: flying that long, the aircraft covers more than that "
                     "range, so the two figures are not the maximum range and endurance of one "
                     "flight; the range may be a radius of action, a data-link range or "
                     "another quantity (a height?).")
        out.append(run.keep(Finding(
            [r.id, t.id], "kinematics", verdict, statement,
            Claimed(f"{_num(speed * 3.6)} km/h", speed * 3.6, speed * 3.6, "km/h", "point"),
            est, Value(float(finite.min()) * 3.6, "km/h"), p, [],
            "A stated stall speed, wing area or take-off mass that puts the stall speed below "
            f"{_num(speed * 3.6)} km/h, or a source saying the range is flown otherwise "
            "(circling, out and back), would settle it.",
            "mean speed against the stall speed at the lightest weight in flight",
            [], with_payload=True), slowest, 1 / 3.6))
    return out


#: The check of :func:`dronecalc.claims.crosscheck.range_in_time`'s findings.
_CROSS = "cross-check"


def fold(findings: list[Finding], run: "_Run") -> list[Finding]:
    """One finding per disagreement of a range and a flight time (vtolclaims, issue 10).

    :func:`dronecalc.claims.crosscheck.range_in_time` compares a range with its speed (its
    ``at_speed``, else the stated top speed) x a flight time, with no physics; the
    ``kinematics`` findings above compare the same pair with the sampled machines. Where the
    cross-check says the pair disagrees, a kinematics finding of that pair is the same
    disagreement counted again (an AT200-like case, 3,000 km in 8 h at most at a stated 313
    km/h: "needs checking" twice), or, when the range is stated at a slower speed than the
    top speed the kinematics finding compares with, a "consistent" beside it that the stated
    speed contradicts. Such a kinematics finding is folded into the cross-check as a note
    (its statement and verdict) and its samples dropped; where the cross-check agrees, both
    stay (the model's top speed is another comparison)."""
    disagree = {tuple(f.claims): i for i, f in enumerate(findings)
                if f.check == _CROSS and f.verdict != "consistent" and len(f.claims) == 2}
    out, notes = [], {}
    for finding in findings:
        at = disagree.get(tuple(finding.claims))
        if finding.check != "kinematics" or at is None:
            out.append(finding)
            continue
        run.results.pop((finding.check, tuple(finding.claims)), None)
        notes.setdefault(at, []).append(
            f"Against the sampled machines (the kinematics check of this pair, counted here "
            f"once): {finding.statement} On its own that check would say "
            f"{finding.verdict.replace('-', ' ')}.")
    if not notes:
        return out
    folded = {id(findings[i]): replace(findings[i], notes=findings[i].notes + extra)
              for i, extra in notes.items()}
    return [folded.get(id(f), f) for f in out]
