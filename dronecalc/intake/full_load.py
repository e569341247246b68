"""A flight-time or range claim flown with the machine's full load (split out of
:mod:`dronecalc.intake.restated` for its line count; unseen, 2026-12-06)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .restated import _OPEN, _value

if TYPE_CHECKING:
    from .extract import Item

#: A claim flown with the machine's full load, in words right after it: "at least 1.5 hours
#: in the air with full load" (sputnikglobe.com on the Vezdelet), "25 minutes fully loaded",
#: "40 km at maximum payload"; or before it, set off by a comma: "Fully loaded, it flies 25
#: minutes" ("a fully loaded truck needs 5 hours" is the truck's).
_FULL_LOAD = (r"(?:(?:with|at|under|on)\s+(?:(?:a|its|the)\s+)?(?:full|max(?:imum|\.)?)\s+"
              r"(?:payload|load|cargo)|fully[ -]loaded)\b")
_FULL_AFTER = re.compile(rf"(?i)^[^\d.;,]{{0,25}}?\b{_FULL_LOAD}")
_FULL_BEFORE = re.compile(rf"(?i)\b{_FULL_LOAD},[^\d.;]{{0,40}}$")


def full_load_claims(items: list["Item"]) -> None:
    """A flight-time or range claim flown "with full load" (the words next to it), stating no
    load of its own and not "empty", was made with the maximum payload of its machine (the
    first ``max_payload`` figure of the same drone; "carry up to 50 kilograms" is a full load
    of 50 kilograms); without one, with the stated payload input (``with_payload``); without
    either, the draft notes that the full load is not linked."""
    figures = [i for i in items if i.kind == "figure"]
    for item in figures:
        if item.role != "claim" or item.field not in ("flight_time", "range") \
                or item.payload is not None or item.mode == "hover" \
                or item.with_payload is False:                  # "40 minutes empty"
            continue
        at = item.quote.find(item.written)
        if at < 0 or not (_FULL_AFTER.search(item.quote[at + len(item.written):])
                          or _FULL_BEFORE.search(item.quote[:at])):
            continue
        capacity = next((i for i in figures if i.field == "max_payload" and i.flag is None
                         and i.role in ("claim", "input") and i.drone == item.drone
                         and _value(_OPEN.sub("", i.text)) is not None), None)
        if capacity is not None:
            item.payload, item.with_payload = _OPEN.sub("", capacity.text), None
            item.notes.append(f"flown with the full load: the maximum payload the article "
                              f"states ({capacity.written!r}) is its payload")
            continue
        loaded = next((i for i in figures if i.field == "payload_mass" and i.flag is None
                       and i.role == "input" and i.drone == item.drone), None)
        if loaded is not None:
            # "features a payload of 22 pounds. ... On a full payload, the platform can fly for
            # roughly two hours" (UAS Magazine on the HYBRiX, unseen 2026-12-06): no maximum
            # payload stated, but the case's payload is the load it flew with
            item.with_payload = True
            item.notes.append(f"flown with the full load: the payload the article states "
                              f"({loaded.written!r}) is flown with it (with_payload)")
            continue
        item.notes.append("flown with the full load, but the article states no maximum "
                          "payload of this machine: add payload = \"...\" to judge it "
                          "loaded (as drafted it is judged without one)")
