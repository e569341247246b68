"""A figure's conversion written after ", or": "could lift up to 100 kilograms, or 220 pounds"
(aero-news.net, trials_new5) is one figure in two units, as "100 kilograms (220 pounds)" is;
:func:`dronecalc.intake.spotting.find_figures` reads the bracketed form itself.

Only a conversion: the second figure is in another unit of the same quantity and agrees with
the first within 25 % (the bracket's tolerance, ``spotting._conversion_mismatch``), so that "5
kg, or 10 kg with the larger pack" and "30 minutes, or 2 km" stay two figures.
"""
from __future__ import annotations

import re

_OR_CONVERSION = re.compile(r",?\s+or\s+(?:about |roughly |around |some |nearly )?"
                            r"(\d[\d,.]*)\s*-?\s*([A-Za-z/]+(?: (?:per|an?) [A-Za-z]+)?)")


def or_conversion(sentence: str, end: int, written: str):
    """The ``re.Match`` of ", or 220 pounds" right after a figure ``written`` that ends at
    ``end`` (group 1 the number, group 2 the unit, as the bracketed form's), or None."""
    m = _OR_CONVERSION.match(sentence, end)
    if m is None:
        return None
    from .figures import parse                       # a late import: figures is heavier
    try:
        a, b = parse(written).nominal, parse(f"{m.group(1)} {m.group(2)}").nominal
    except Exception:                                # noqa: BLE001 - no figure: no conversion
        return None
    if a.dimensionality != b.dimensionality or str(a.units) == str(b.units) or not (
            a.magnitude and b.magnitude):
        return None
    ratio = float((b / a).to("").magnitude)
    return m if 0.8 <= ratio <= 1.25 else None
