"""A duration written in two units, hours then minutes, is one figure: "1 hour 50 minutes",
"2 h and 30 min", "a four-hour, 40-minute flight", "the 2-hour 30-minute flight"
(:func:`dronecalc.intake.spotting.find_figures` reads it as the minutes it adds up to).

The hyphenated minutes ("40-minute") join the hours only when the hours are hyphenated too
("four-hour, 40-minute", an adjective pair of one duration): after a plain "2 hours," a
"30-minute battery swap" is another thing's time (review 9, finding 9: "Flight time: 2 hours,
30-minute battery swap" had been one 150-minute claim, "flies for 1 hour, 20-minute charging
included" one of 80 minutes). Kept apart from :mod:`~dronecalc.intake.spotting`, which is at
the 700-line cap.
"""
from __future__ import annotations

import re

#: "1 hour 50 minutes", "2 h and 30 min": the minutes right after the hours.
_MINUTES = re.compile(r"\s*(?:and\s+)?([0-5]?\d)\s?(?:minutes?|mins?)(?![A-Za-z])",
                      re.IGNORECASE)
#: "four-hour, 40-minute", "2-hour 30-minute": hyphenated minutes after hyphenated hours.
_HYPHENATED_MINUTES = re.compile(r",?\s*(?:and\s+)?([0-5]?\d)-minutes?(?![A-Za-z])",
                                 re.IGNORECASE)
HOUR_WORDS = ("hour", "hours", "h", "hr", "hrs")


def minutes_after(sentence: str, number_end: int, unit: tuple[int, int]) -> re.Match | None:
    """The match of the minutes (group 1) that complete the hours whose number ends at
    ``number_end`` and whose unit word is at ``unit`` (start, end) of ``sentence``, or None."""
    word = sentence[unit[0]:unit[1]].lower()
    if word not in HOUR_WORDS:
        return None
    plain = _MINUTES.match(sentence, unit[1])
    if plain:
        return plain
    hyphenated = sentence[number_end:unit[0]].strip() == "-" and word in ("hour", "h", "hr")
    return _HYPHENATED_MINUTES.match(sentence, unit[1]) if hyphenated else None
