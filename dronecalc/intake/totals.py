"""Totals over many flights and differences between figures: no figure of one flight (issue
10, review 19, #7).

strategypage on the ScanEagle: "Over the last five years, these Scan Eagle UAVs have spent
over 50,000 hours in the air" had been drafted as a flight-time claim of 50,000 hours (a
fleet's hours over five years); uasmagazine on the Hybrix: "Quaternium's world record
endurance flight was nearly one hour longer than the previous record" as a flight-time claim
of one hour (how much longer, no flight of anything).

* :func:`fleet_totals`: a time figure after a verb of accumulating ("have spent", "has
  logged", "accumulated", "clocked up") in a sentence that names a period of many flights
  ("over the last five years", "since 2004", "to date", "so far") or a fleet ("combined",
  "cumulative", "fleet", "collectively") is a total: context. "The drone spent 26 hours in the
  air on its record flight" names no period and keeps its claim.
* :func:`differences`: a figure written right before a comparative and "than" ("one hour
  longer than", "10 km further than", "20 km/h faster than") is a difference: context, as
  :func:`dronecalc.intake.records.margins` makes "beat the record by 20 minutes".

Kept apart from :mod:`dronecalc.intake.restated` (which calls both) for its line count.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract import Item

__all__ = ["differences", "fleet_totals"]

#: A verb of accumulating hours, right before the figure (its qualifier between).
_ACCRUED = re.compile(r"(?i)\b(?:spent|logged|accumulated|amassed|clocked(?:\s+up)?|racked\s+up|"
                      r"totall?ed|notched\s+up|chalked\s+up)\s+(?:a\s+total\s+of\s+|a\s+combined\s+|"
                      r"a\s+cumulative\s+)?(?:(?:over|more\s+than|nearly|almost|about|around|some|"
                      r"roughly|close\s+to|well\s+over|upwards\s+of)\s+)?$")
#: A period of many flights, or a fleet, anywhere in the sentence.
_MANY = re.compile(r"(?i)\b(?:(?:over|in|during|for|across|within)\s+the\s+(?:last|past|first|"
                   r"previous)\s+(?:\w+\s+)?(?:years?|months?|decades?|weeks?)|since\s+(?:\d{4}|"
                   r"(?:its|their|the)\s+(?:first|debut|introduction|entry|launch|deployment))\b|"
                   r"to\s+date|so\s+far|combined|cumulative(?:ly)?|collectively|altogether|"
                   r"fleets?\b|in\s+service\s+since)")
_TIME_FIELDS = {"flight_time", "hover_time"}

#: A comparative and "than" right after the figure (at most two words between: "one hour
#: longer in the air than").
_COMPARED = re.compile(r"(?i)\s+(?:longer|shorter|more|less|fewer|further|farther|faster|"
                       r"slower|heavier|lighter|higher|lower|greater)\b(?:\s+[\w-]+){0,2}?\s+than\b")


def fleet_totals(items: list["Item"]) -> None:
    """Each time figure after a verb of accumulating (:data:`_ACCRUED`) in a sentence naming a
    period or a fleet (:data:`_MANY`) becomes context with a note: hours summed over many
    flights, not one flight's time."""
    from .restated import _to_context                # a late import: restated imports this
    for item in items:
        if item.kind != "figure" or item.role == "context" or item.field not in _TIME_FIELDS:
            continue
        at = item.quote.find(item.written)
        verb = _ACCRUED.search(item.quote, 0, at) if at > 0 else None
        many = _MANY.search(item.quote)
        if verb is None or many is None:
            continue
        _to_context(item, f"'{verb.group().strip()} {item.written}' with '{many.group()}': "
                          "a total over many flights, not one flight's time: context",
                    "a total over many flights")


def differences(items: list["Item"]) -> None:
    """Each figure right before a comparative and "than" (:data:`_COMPARED`) becomes context
    with a note: how much more or less than another figure, not the machine's own."""
    from .restated import _to_context
    for item in items:
        if item.kind != "figure" or item.role == "context":
            continue
        at = item.quote.find(item.written)
        if at < 0:
            continue
        after = _COMPARED.match(item.quote, at + len(item.written))
        if after is None:
            continue
        _to_context(item, f"'{item.written}{after.group()}': a difference from another figure, "
                          f"not the machine's {item.field}: context", "a difference")
