"""The one number formatter and the small phrases every layer shares.

Findings (``claims``) carry their own sentences and the report (``report``) lays them out; both
format numbers here so that a value reads the same in the text report, JSON, Markdown, HTML and
on a plot (3 significant figures, thousands separated, never ``0 %``/``100 %`` for a share that
is neither). It sits beside :mod:`dronecalc.errors` at the bottom of the layers: it imports
nothing from the package.
"""
from __future__ import annotations

import math


def num(x: float | None) -> str:
    """A number with three significant figures (``7,100``, ``35.6``, ``0.42``); ``n/a`` if not finite."""
    if x is None:
        return "n/a"
    x = float(x)
    if not math.isfinite(x):
        return "n/a"
    if x == 0:
        return "0"
    rounded = float(f"{x:.3g}")
    if abs(rounded) >= 1000:
        return f"{rounded:,.0f}"
    return f"{rounded:g}"


def percent(p: float) -> str:
    """A share as a percentage, never rounded to 0 % or 100 % when it is neither."""
    text = f"{100 * p:.3g}"
    digits = 3
    while 0 < p < 1 and text in ("0", "100") and digits < 8:
        digits += 1
        text = f"{100 * p:.{digits}g}"
    return f"{text} %"


def span(low: float, high: float) -> str:
    """``low-high``, or one number when both ends round alike; ``low to high`` when an end
    is negative (``-5,460 to -3,940``, never ``-5,460--3,940``)."""
    a, b = num(low), num(high)
    if a == b:
        return a
    return f"{a} to {b}" if a.startswith("-") or b.startswith("-") else f"{a}-{b}"


def a_or_an(word: str) -> str:
    """``word`` with its indefinite article: "an airframe", "an altitude", "a range", "a
    flight_time" (by its first letter's sound: a vowel letter takes "an"; the field names of
    the case format need no other rule).

    >>> a_or_an("engine_power"), a_or_an("speed")
    ('an engine_power', 'a speed')
    """
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


#: Seconds in a minute and an hour, for :func:`clock`.
_CLOCK_UNITS = {"min": 60.0, "h": 3600.0}


def clock(value: float, unit: str) -> str | None:
    """A duration in minutes or hours that no report writes as a decimal (one that came from a
    conversion: 490 s as ``8.16667 min``) as a report writes it, in whole units and seconds
    (``"8 min 10 s"``; ``"2 h 5 min"``); None for any other unit, a value with at most two
    decimals (``"2.5 min"`` stays as written) or one not finite (review 19)."""
    scale = _CLOCK_UNITS.get(unit)
    if scale is None or not math.isfinite(value) or value < 0 or \
            abs(value * 100 - round(value * 100)) < 1e-6:
        return None
    seconds = round(value * scale)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [(hours, "h"), (minutes, "min"), (secs, "s")]
    while parts and parts[-1][0] == 0:           # "2 h 5 min", never "2 h 5 min 0 s"
        parts.pop()
    while parts and parts[0][0] == 0:            # "20 s", never "0 min 20 s"
        parts.pop(0)
    return " ".join(f"{n} {u}" for n, u in parts) or "0 s"
