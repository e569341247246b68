"""The load a stated leg was flown with: "carried a 3 kg missile 7 km" is the distance claim's
own ``payload`` (docs/case-format.md, *A claim's own conditions*), so that two legs with two
loads ("carried 3 kg 7 km, then 1 kg a further 4 km") are each judged with theirs; the case's
payload input is one. Mirrors :func:`dronecalc.intake.links.link_payloads` for the flight
times and ranges; kept apart from :mod:`.links` and :mod:`.extract` for their line counts.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .links import _point_or_range

if TYPE_CHECKING:
    from .extract import Item

#: A past carry verb right before the load, in its clause: "carried a 3 kg missile", "ferried
#: 2 kg of medicine", "delivered a 2.5 kg parcel" (a leg flown, not a capacity: "can carry"
#: is a range's, which link_payloads gives its payload).
_CARRIED = re.compile(r"(?i)\b(?:carried|delivered|transported|ferried|hauled|flew|flown)\b"
                      r"(?:\s+(?:an?|the|its|some|about|around|roughly|nearly|almost))*\s*$")
#: From the load to its distance, in one clause: no comma, semicolon, "and", "then" or figure
#: between ("carried 2 kg and crashed 3 km from the border" is no leg; nor "carried 2 kg,
#: then flew 3 km back").
_TO_DISTANCE = re.compile(r"(?i)^(?![^,;:]*\b(?:and|then|before|after|but)\b)[^,;:.\d]{0,40}$")


def link_leg_loads(items: list["Item"]) -> None:
    """A distance claim whose clause opens with a past carry verb and a load ("carried a 3 kg
    missile 7 km", "delivered 2 lb of medicine over a distance of 8 miles") was flown with that
    load: its own ``payload``. Only a value or a range (an open bound is no condition), only an
    unflagged load, never a claim said to be without payload, and the load keeps its own entry
    (the payload input, as for a flight time's own payload)."""
    figures = [i for i in items if i.kind == "figure"]
    for load, dist in zip(figures, figures[1:]):
        if (dist.field != "distance" or dist.role != "claim" or dist.payload is not None
                or dist.with_payload is False or load.field != "payload_mass"
                or load.flag is not None or load.quote != dist.quote):
            continue
        at = load.quote.find(load.written)
        gap_start = at + len(load.written)
        gap_end = load.quote.find(dist.written, gap_start)
        if at < 0 or gap_end < 0 or not _CARRIED.search(load.quote[max(0, at - 40):at]) \
                or not _TO_DISTANCE.match(load.quote[gap_start:gap_end]) \
                or not _point_or_range(load.text):
            continue
        dist.payload, dist.with_payload = load.text, None
        dist.notes.append(f"carried {load.written!r} on this leg: its payload")
