"""Figures of a generic example, not of the article's machine: "For instance, an electric
fixed-wing drone with a flight endurance of 2.5 hours and a cruising speed of 80 km/h can cover
an area of 20 km² per flight." (juyeuav.com on the UV20, review 18 item 7: its 2.5 h and 80 km/h
had been drafted as the UV20's claims, though the UV20's own endurance is 1 h 30 min).

A sentence opened by an example word ("For instance", "For example", "e.g.", "Typically",
"As an example") followed by an indefinite drone ("an electric fixed-wing drone", "a
quadcopter"), or by "A typical ... drone", speaks of any such machine: its figures become
context with a note, and its kind words, counts and named parts are context (no airframe input of the case). A
definite subject ("For example, the UV20 flies ...") is the article's machine and stays.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["generic_example_spans", "generic_examples"]

#: A drone noun (the machine the example is about).
_MACHINE = (r"(?:drones?|UAVs?|UASs?|aircraft|(?:air|aero)?planes?|wings?|(?:quad|hexa|octo|"
            r"multi)-?(?:copters?|rotors?)|copters?|multicopters?|munitions?|vehicles?)")
#: The example's opening, at the sentence's start.
_OPENING = re.compile(
    rf"\s*(?:(?:For (?:instance|example)|E\.g\.|Typically|As an example),?\s+(?:an?|one)\s+|"
    rf"An?\s+typical\s+)(?:[\w²-]+,?\s+){{0,4}}?{_MACHINE}\b", re.IGNORECASE)


def generic_example_spans(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, opening) of each sentence of ``spans`` that is a generic example."""
    out = []
    for s, e in spans:
        m = _OPENING.match(body, s, e)
        if m:
            out.append((s, e, m.group().strip()))
    return out


def generic_examples(items: list[Any], body: str, spans: list[tuple[int, int]]) -> None:
    """Make the figures and kind words of generic-example sentences context, in place, each
    with a note that quotes the example's opening."""
    found = generic_example_spans(body, spans)
    if not found:
        return
    for item in items:
        where = next((o for s, e, o in found if s <= item.start < e), None)
        if where is None or item.kind not in ("figure", "count", "airframe", "part"):
            continue
        speaks = "" if item.field == "context" else f"; it speaks to {item.field}"
        item.notes.append(f"a generic example ({where!r}), not the article's machine: kept "
                          f"as context{speaks}")
        item.drone = None
        item.role, item.why_role = "context", "a generic example, not this machine"
        if item.kind in ("figure", "count"):      # "a hexacopter with six rotors": no input
            item.field = item.guess = "context"
            item.text, item.payload, item.with_payload = item.written, None, None
