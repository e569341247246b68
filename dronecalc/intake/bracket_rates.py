"""A speed whose unit a bracketed conversion splits in two: "speeds of up to 18 meters (59 ft)
per second" (New Atlas on DHL's Parcelcopter, trials_new9), "40 miles (64 km) per hour".

:func:`dronecalc.intake.spotting.find_figures` reads "18 meters" and its bracket as one length
("also written as (59 ft)"), and the "per second" after the bracket was left unread: the
Parcelcopter's cruise speed was drafted as an 18 m range claim, "It flies at 40 miles (64 km)
per hour" as a 40-mile altitude. A length figure whose bracket holds another length and is
followed by "per"/"an"/"a" and a time unit is the speed it writes: the figure runs to the
unit's end, its text is "<figure> per <unit>" (the bracket dropped, as a conversion always
is) and its dimension a speed, so that its field is guessed from the speed cues.
"""
from __future__ import annotations

import re

#: The bracket right after the figure (a conversion, at most 40 characters), then the time
#: unit of the rate: "(59 ft) per second", "(64 km) an hour", "(64 km)/h".
_RATE_AFTER = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]\s*(?:(?:per|an?)\s+(second|sec|hour|hr|"
                         r"minute|min)\b|/\s?(s|h|hr|min)\b)", re.IGNORECASE)
_WORDS = {"s": "second", "sec": "second", "h": "hour", "hr": "hour", "min": "minute"}
_LENGTH_IN_BRACKET = re.compile(r"[(\[]\s*[~\w .,-]*\d[\d,.]*\s*-?\s*(?:m|km|ft|feet|foot|mi|"
                                r"miles?|met(?:er|re)s?|kilomet(?:er|re)s?|nmi|nm)\b",
                                re.IGNORECASE)


def rates_across_brackets(sentence: str, figures: list[dict]) -> list[dict]:
    """``figures`` (of :func:`~dronecalc.intake.spotting.find_figures`, for ``sentence``)
    with each length that a bracket splits from its "per second" read as that speed."""
    for fig in figures:
        if fig.get("kind") != "figure" or fig.get("dim") != "length":
            continue
        m = _RATE_AFTER.match(sentence, fig["end"])
        if m is None or not _LENGTH_IN_BRACKET.match(sentence, m.start() + len(
                m.group()) - len(m.group().lstrip())):
            continue
        unit = (m.group(1) or m.group(2)).lower()
        per = _WORDS.get(unit, unit)
        base = fig.get("canonical") or fig["written"]
        fig.update(dim="speed", canonical=f"{base} per {per}", end=m.end(),
                   written=sentence[fig["start"]:m.end()],
                   note="; ".join(x for x in (fig.get("note"), f"the unit's 'per {per}' comes "
                                              "after the bracket: a speed") if x))
    return figures
