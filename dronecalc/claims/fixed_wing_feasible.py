"""How many sampled fixed wings cannot hold level flight, in a finding's notes and the inputs.

A sampled machine whose engine power available at its cruise altitude is below the power
level flight needs at the speed a result is flown at cannot fly the claim
(:func:`dronecalc.engine.fixed_wing.level_flight`): one that holds it at no speed has range
and flight time 0, and a stated speed beyond its power is one it cannot fly (left out of the
band); both count as failing, as a multirotor whose packs cannot supply the hover and a VTOL
whose energy cannot pay for its vertical phases do. One that holds level flight but not at its
best-range speed flies its range at its top speed. This module says how many they are: in
each range or flight-time finding that they enter (:func:`notes`) and beside the engine power
among the inputs (:func:`assumed`), so that a reader sees the share instead of finding it in
the band's low end.
(ux8's trial: 11.6 % of the Harop case's machines had a 0 m ceiling and still counted towards
its 1,000 km range claim.)
"""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping

import numpy as np

from ..engine import fixed_wing as eng
from ..physics import fixed_wing as fw
from ..wording import num as _num, percent as _percent
from .results import Assumed


def _mean(perf: Mapping[str, np.ndarray], flag: str) -> float | None:
    return float(np.mean(np.asarray(perf[flag], dtype=bool))) if flag in perf else None


def share(perf: Mapping[str, np.ndarray], key: str) -> float | None:
    """Share [0-1] of the machines of ``perf`` that cannot fly result ``key`` at all for want
    of power: no level flight at any speed (best-speed results, ``power_short_endurance``) or
    not at the stated speed (at-speed results); None where it was not tested (no engine
    power or thrust)."""
    if key in ("max_range", "max_endurance"):
        return _mean(perf, eng.POWER_SHORT["max_endurance"])
    flag = eng.POWER_SHORT.get(key)
    return None if flag is None else _mean(perf, flag)


def slowed(perf: Mapping[str, np.ndarray]) -> float:
    """Share [0-1] of the machines that hold level flight but not at their best-range speed,
    and so fly their range at their top speed."""
    if eng.POWER_SHORT["max_range"] not in perf:
        return 0.0
    return float(np.mean(np.asarray(perf["power_short_range"], dtype=bool)
                         & ~np.asarray(perf["power_short_endurance"], dtype=bool)))


WHY = ("the thrust power their engine gives at their sampled altitude (rated power x propeller "
       "efficiency, lapsed with the air density) is below the drag x speed, at the take-off mass")
#: The same for a jet (engine.fixed_wing_jet.level_flight: ``thrust_available`` in its results).
WHY_JET = ("the thrust their engine gives at their sampled altitude (static thrust lapsed with "
           "the air density) is below the drag, at the take-off mass")


def _why(perf: Mapping[str, np.ndarray]) -> str:
    return WHY_JET if "thrust_available" in perf else WHY


def notes(perf: Mapping[str, np.ndarray], key: str, size: int) -> list[str]:
    """The notes of a finding on result ``key`` when some of its ``size`` machines cannot hold
    level flight at the speed it is flown at (none when every one can)."""
    part, out = share(perf, key), []
    lead = f"{_percent(part or 0.0)} of the {size:,} sampled machines cannot hold level flight "
    if part and key in ("max_range", "max_endurance"):
        what = "range" if key == "max_range" else "flight time"
        out.append(lead + f"at any speed above {_num(fw.STALL_MARGIN['value'])} x their stall "
                   f"speed: {_why(perf)}. They cannot fly the claim, so their {what} is 0 and "
                   "counts as failing.")
    elif part:
        out.append(lead + f"at the stated speed: {_why(perf)}. They cannot fly that speed and are "
                   "left out of the band and count as failing.")
    slow = slowed(perf) if key == "max_range" else 0.0
    if slow:
        out.append(f"A further {_percent(slow)} hold level flight but not at their best-range "
                   "speed: they fly their range at their top speed, the fastest they hold, at "
                   "the lower L/D there.")
    return out


def assumed(inputs: list[Assumed], perf: Mapping[str, np.ndarray]) -> list[Assumed]:
    """``inputs`` with the engine power's note saying how many sampled machines it leaves
    short of level flight (unchanged where every machine holds it at its best-range speed, or
    where no engine power is used)."""
    none, slow = share(perf, "max_range"), slowed(perf)
    if not none and not slow:
        return inputs
    note = (f"; with it {_percent(none or 0.0)} of the sampled machines cannot hold level flight "
            "at any speed (at their sampled altitude and take-off mass: range and flight time "
            f"0, counted as failing) and {_percent(slow)} not at their best-range speed (their "
            "range flown at their top speed)")
    return [replace(a, note=a.note + note) if a.name in ("engine_power", "thrust") else a
            for a in inputs]


def beyond(perf: Mapping[str, np.ndarray], key: str) -> str:
    """A clause for a stated speed no sampled machine flies, when some of them are short of
    the power for it rather than too slow (:func:`notes` gives the share)."""
    return " or beyond the power of its engine" if share(perf, key) else ""
