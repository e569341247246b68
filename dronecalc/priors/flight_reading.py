"""How a maker's published flight time is read: its mode, the speed it was flown at and the
landing reserve it leaves (issue 12, accworst round).

One reading for every consumer of ``data/multirotors.toml``: the disk-loading fit
(:mod:`.disk_fit`), the efficiency law (:mod:`.efficiency_fit`), ``benchmarks/accuracy.py``
and ``benchmarks/verdicts.py`` (which state the row as a claim with
:func:`claim_conditions`, so the claim checks read it as the fits do). The model time of a
reading is ``physics.flight_time.stated_flight_time``; docs/theory.md "How a flight time is
read" gives the reasons and sources. No physics here.
"""
from __future__ import annotations

import re

import numpy as np

from ..errors import DroneCalcError


def row_reading(ft: dict) -> dict:
    """The reading of one ``[[drone.flight_time]]`` entry (as loaded by
    :func:`.multirotors.load_multirotors`): ``mode`` ("hover" | "flight"), ``speed`` [m/s]
    (the airspeed the maker states it was flown at, NaN when none: then the best-endurance
    speed, ``stated_flight_time``), ``reserve`` (:func:`stated_reserve`) and ``condition``
    (the maker's text)."""
    condition = ft.get("condition", "")
    speed = ft["speed"].m_as("m/s") if "speed" in ft else np.nan
    if ft["mode"] == "hover" and np.isfinite(speed):
        raise DroneCalcError("a hover time has no airspeed", field="flight_time.speed",
                             value=ft["speed"], expected="mode = \"flight\" or no speed; "
                             "fix the entry in the data file")
    return {"mode": ft["mode"], "speed": speed, "reserve": stated_reserve(condition),
            "condition": condition}


def claim_conditions(reading: dict) -> dict[str, str]:
    """The claim keys of a case stating a maker's row as a flight-time claim, read as the fits
    read it: ``reading`` is :func:`row_reading`'s (or a fit row carrying its keys).
    ``mode = "hover"`` for a hover time, ``at_speed`` for a stated speed, ``reserve`` for a
    stated landing reserve and the stated test conditions (:func:`stated_conditions`:
    ``altitude``). A flight row with neither mode nor speed gets none, which the checks read
    at the best speed, as the fits do (``physics.flight_time.stated_flight_time``)."""
    from ..intake.dot_groups import unambiguous
    keys = {"mode": "hover"} if reading["mode"] == "hover" else {}
    if np.isfinite(reading["speed"]):
        keys["at_speed"] = unambiguous(f"{reading['speed']:.6g}") + " m/s"
    if reading["reserve"]:
        keys["reserve"] = unambiguous(f"{100.0 * reading['reserve']:.6g}") + " %"
    keys.update(stated_conditions(reading["condition"]))
    return keys


#: A maker's stated landing reserve in a flight-time condition: "landing with 10% battery
#: level" (DJI's hover-time footnote, e.g. the Matrice 600 family), "landing at 10 percent
#: battery", "until 20 % battery", "flown ... to 20 % battery", "down to 20 %", "10% remaining
#: battery", "15 % battery left". Only landing, until, to-battery or remaining wording:
#: "charged to 100 % charge" is the charge at take-off, never the reserve.
_PERCENT = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)"
_RESERVE = re.compile(
    r"\b(?:landing|landed|lands?)\s+(?:with|at|on)\s+(?:an?\s+|the\s+)?" + _PERCENT
    + r"|\b(?:until|till|down\s+to)\s+(?:the\s+)?(?:battery\s+(?:level\s+)?(?:reache[sd]\s+|"
      r"(?:is|was)\s+(?:at\s+)?)?)?" + _PERCENT
    + r"|" + _PERCENT + r"\s+(?:of\s+)?(?:the\s+)?(?:(?:battery|charge|capacity)\s+)?"
      r"(?:remaining|left|(?:in\s+)?reserve)\b"
    + r"|(?<!charged)(?<!charged\s)\s+to\s+" + _PERCENT + r"\s*(?:battery|charge)\b"  # flown to
    + r"|" + _PERCENT + r"\s+(?:of\s+)?remaining\s+(?:battery|charge|capacity)\b",
    re.IGNORECASE)


def stated_reserve(condition: str) -> float:
    """Fraction of the pack a maker's flight time leaves at landing [-], read from its stated
    condition text ("landing with 10% battery level" -> 0.10); 0 when none is stated, i.e.
    flown until empty ("until the battery level reached 0%" also gives 0). The model time of
    such a row is (1 - reserve) times the time to empty
    (:func:`dronecalc.physics.flight_time.maker_flight_time`)."""
    m = _RESERVE.search(condition or "")
    if not m:
        return 0.0
    reserve = float(next(g for g in m.groups() if g is not None)) / 100.0
    if reserve >= 1.0:
        raise DroneCalcError("a landing reserve must leave some charge to fly on",
                             field="flight_time.condition", value=condition,
                             expected="a reserve below 100 %, e.g. 'landing with 10% battery "
                                      "level'; fix the condition text in the data file")
    return reserve


def stated_conditions(condition: str) -> dict[str, str]:
    """Case figures for the test conditions a maker states with a flight time.

    Only what the condition text says is used; anything else stays at the checks' priors (0-1000
    m, 0-35 degC). Today one condition is read: "sea level" (Freefly's payload table, 'ALTITUDE:
    SEA LEVEL') -> altitude 0 m. No maker in the file states a temperature, and "windless" is
    already the checks' default (no wind unless stated)."""
    return {"altitude": "0 m"} if "sea level" in condition.lower() else {}
