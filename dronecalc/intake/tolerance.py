"""A tolerance written after the unit, read as the range it states: "5 kg ± 1" = 4-6 kg.

:func:`dronecalc.intake.figures.parse` reads "5 ± 1 kg" as the range 4-6 kg; written with the
tolerance after the unit ("5 kg ± 1", "5 kg ± 1 kg", "5 kg +/- 500 g", "30 min ± 10 %") it was
refused with the hint "text = '5 kg'", a fix that drops the tolerance (fuzz leads, ux9). It is
the same figure: the range centre ± tolerance, in the centre's unit, the text kept as written.
A tolerance with no unit is in the centre's unit; a percentage is of the centre. A tolerance of
another dimension, or a centre that is itself a range or a bound, is no such figure (the parser's
hint stands).
"""
from __future__ import annotations

import re
from typing import Callable

_PLUS_MINUS = re.compile(r"^(?P<head>.*?\d.*?)\s*(?:±|\+/-|\+-)\s*(?P<tol>\d[\d.,]*)\s*"
                         r"(?P<unit>%|[^\d\s%][^%]*?)?\s*$")


def read(text: str, parse_one: Callable) -> object | None:
    """The range :class:`~dronecalc.intake.figures.Figure` of ``text`` (a figure, then ±
    and a tolerance), its text as written; None when ``text`` has no tolerance after a
    figure. ``parse_one`` reads one plain figure string.

    Raises
    ------
    ParseError
        A tolerance that cannot be read with its figure (on a bound or a range, in another
        dimension, or as large as the figure): never its figure alone, which would drop it.
    """
    if not isinstance(text, str) or len(text) > 200:
        return None
    m = _PLUS_MINUS.match(text)
    if m is None or "±" in m.group("head"):
        return None
    head = m.group("head")
    try:
        centre = parse_one(head)
    except Exception:                      # noqa: BLE001 - no figure before the ±
        return None
    if centre.kind != "point" or centre.low is None:
        _refuse(text, "a tolerance on " + {"at-most": "an upper bound", "at-least": "a lower "
                "bound"}.get(centre.kind, f"a {centre.kind}"))
    size = float(m.group("tol").replace(",", ""))
    unit = (m.group("unit") or "").strip()
    value = centre.low
    offset = not getattr(value, "_is_multiplicative", True)   # °C, °F: a scale with an offset
    try:
        if unit == "%":
            tol = value.magnitude * (size / 100.0)
        elif unit:
            other = parse_one(f"{m.group('tol')} {unit}").low
            if offset and other.units != value.units:
                raise ValueError("an offset unit's tolerance in another unit")
            tol = other.to(value.units).magnitude
        else:
            tol = size
    except Exception:                      # noqa: BLE001 - an unknown or another unit
        _refuse(text, f"a tolerance in '{unit}', not the unit of '{head.strip()}'")
    if tol == 0:
        # "5 kg ± 0" is the figure itself (review 15: it was refused as "as large as the figure")
        return type(centre)(text, centre.low, centre.high, centre.kind, centre.approximate)
    # the ends in the centre's own unit, built from the numbers (review 15: re-parsing a text
    # with the first digits replaced read "3e1 min ± 5" as 25-350 min), offset units too
    # ("25 °C ± 5" = 20-30 °C: the tolerance is a difference, in magnitudes of the same unit)
    low, high = value.magnitude - tol, value.magnitude + tol
    if not (low < high if offset else 0 <= low < high):
        _refuse(text, "a tolerance as large as the figure or larger")
    q = type(value)
    return type(centre)(text, q(low, value.units), q(high, value.units), "range",
                        centre.approximate)


def _refuse(text: str, why: str) -> None:
    from ..errors import ParseError
    raise ParseError(f"{why} ('{text.strip()}')", value=text,
                     expected="the range the source means, as one figure ('4-6 kg' for "
                              "'5 kg ± 1'), or the figure and its tolerance in the note; "
                              "never the figure alone, which drops the tolerance")
