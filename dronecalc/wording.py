"""The one number formatter and the small phrases every layer shares.

Findings (``claims``) carry their own sentences and the report (``report``) lays them out; both
format numbers here so that a value reads the same in the text report, JSON, Markdown, HTML and
on a plot (3 significant figures, thousands separated, never ``0 %``/``100 %`` for a share that
is neither). It sits beside :mod:`dronecalc.errors` at the bottom of the layers: it imports
nothing from the package.
"""
from __future__ import annotations

import math
import re

#: Unit names as the case format and pint spell them -> as a reader expects them printed
#: (text, Markdown, HTML, pictures): "35 degC" is pint's spelling, "35 °C" the reader's
#: (issue 10 review: "air temperature 0-35 degC"). The JSON keeps pint's spelling.
UNIT_SYMBOLS = {"degC": "\u00b0C", "degF": "\u00b0F", "delta_degC": "\u00b0C",
                "delta_degF": "\u00b0F"}
#: A pint temperature unit written after a number, in prose ("below -10.5 degC").
_PINT_DEGREES = re.compile(r"(?<=\d)( ?)(?:delta_)?deg([CF])\b")


def unit_symbol(unit: str) -> str:
    """A unit as a reader sees it: ``"degC"`` -> ``"°C"``; any other unit as it is."""
    return UNIT_SYMBOLS.get(unit, unit)


def reader_units(text: str) -> str:
    """``text`` with each temperature unit after a number in the reader's symbol
    (:data:`UNIT_SYMBOLS`): sentences of the claims layer and notes of a case file speak
    pint's ``degC``.

    >>> reader_units("air temperature below -10.5 degC (assumed 0-35 degC)")
    'air temperature below -10.5 \u00b0C (assumed 0-35 \u00b0C)'
    """
    return _PINT_DEGREES.sub(lambda m: " \u00b0" + m.group(2), str(text))


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


def counted(name: str, unit: str) -> bool:
    """Whether ``unit`` is the noun that counts ``name`` ("cell" of "cells", also of a
    reading's "cells (electric)"): the number is then written with the noun alone, "6-12
    cells", never "cells 6-12 cell" (review 21; the report review of 2026-12-04)."""
    word = str(name).split(" ", 1)[0].lower()
    return bool(unit) and unit.isalpha() and word.startswith(unit.lower())


def measured(low: float, high: float, unit: str = "", name: str = "") -> str:
    """A value or a range with its unit: ``"3-6 kg"``, ``"54 in"`` (both ends round alike),
    ``"6-12 cells"``, ``"1 cell"``, ``"1-2"`` (no unit); a count noun of ``name``
    (:func:`counted`) takes its plural unless the value is exactly one.

    >>> measured(6, 12, "cell", "cells"), measured(3, 6, "kg"), measured(1, 1, "cell", "cells")
    ('6-12 cells', '3-6 kg', '1 cell')
    """
    value = span(low, high)
    if not unit:
        return value
    if counted(name, unit) and value != "1":
        unit += "s"
    return f"{value} {unit_symbol(unit)}"


def assumption(name: str, low: float, high: float, unit: str = "") -> str:
    """One assumption with its range, as a driver line names it: ``"empty mass 3-6 kg"``,
    ``"6-12 cells"`` (the count noun is the name: said once, never ``"cells 6-12 cell"``).

    >>> assumption("empty_mass", 3, 6, "kg"), assumption("cells", 6, 12, "cell")
    ('empty mass 3-6 kg', '6-12 cells')
    >>> assumption("motor_kv", 300, 400, "Kv")
    'motor 300-400 Kv'

    """
    amount = measured(low, high, unit, name)
    if counted(name, unit):
        return amount
    words = str(name).replace("_", " ").split(" ")
    if unit and len(words) > 1 and words[-1].lower() == unit.lower():
        words = words[:-1]                   # "motor 320 Kv", never "motor kv 320 Kv"
    return f"{' '.join(words)} {amount}"


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
