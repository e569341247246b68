"""A duration written in its units, hours then minutes then seconds, read as one figure:
"48 min 10 s", "1 h 30 min", "2 hours and 5 minutes", "about 1 h 50 min", "up to 2 h 5 min
3 s". :func:`dronecalc.intake.figures.parse` takes it as the sum (its text kept as written),
as article drafting already did (:mod:`dronecalc.intake.durations`): a case file's text had
been refused with "expected their sum as one figure: '2890 s'" (ux8, the EHang EH216-S's
"48 perc 10 másodperc"), though the figure was plain.

Each unit is smaller than the one before it and each amount after the first is less than one
of the unit before it (under 60), so "10 s 48 min" or "1 h 90 min" stay refused with the
hint the parser gives. Only the last amount may have decimals ("1 min 30.5 s"). Lengths and
masses in two units ("9 ft 2 in") keep their hint: only durations are read here.
"""
from __future__ import annotations

import re
from typing import Callable

#: Seconds in one unit, by the words a duration's parts are written in.
_UNITS = {**dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), 3600.0),
          **dict.fromkeys(("min", "mins", "minute", "minutes"), 60.0),
          **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1.0)}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s)"
                   r"(?![A-Za-z])", re.IGNORECASE)
_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?", re.IGNORECASE)
#: A qualifier before the figure ("about", "up to", "more than" ...): letters and spaces.
_QUALIFIER = re.compile(r"^\s*((?:[A-Za-z]+\s+)*)(?=\d)")


def read(text: str, parse_one: Callable) -> object | None:
    """The :class:`~dronecalc.intake.figures.Figure` of a duration in two or three units
    (hours, minutes, seconds; ``parse_one`` reads the sum it writes, "2890 s" or "about
    110 min"), with ``text`` as written; None when ``text`` is no such duration."""
    if not isinstance(text, str) or len(text) > 200:
        return None
    head = _QUALIFIER.match(text)
    if head is None:
        return None
    pos, parts = head.end(), []
    while True:
        part = _PART.match(text, pos)
        if part is None:
            break
        parts.append((part.group(1), _UNITS[part.group(2).lower()]))
        pos = part.end()
        join = _JOIN.match(text, pos)
        pos = join.end() if join and _PART.match(text, join.end()) else pos
    if len(parts) < 2 or text[pos:].strip():
        return None
    for (amount, unit), (later, smaller) in zip(parts, parts[1:]):
        if smaller >= unit or "." in amount or float(later) * smaller >= unit:
            return None
    seconds = sum(float(amount) * unit for amount, unit in parts)
    minutes = seconds / 60.0
    total = f"{minutes:.6g} min" if abs(minutes - round(minutes)) < 1e-9 else f"{seconds:.6g} s"
    try:
        figure = parse_one(head.group(1) + total)
    except Exception:                      # noqa: BLE001 - a qualifier the parser refuses
        return None
    return type(figure)(text, figure.low, figure.high, figure.kind, figure.approximate)
