"""A figure's conversion written after ", or": "could lift up to 100 kilograms, or 220 pounds"
(aero-news.net, trials_new5) is one figure in two units, as "100 kilograms (220 pounds)" is;
:func:`dronecalc.intake.spotting.find_figures` reads the bracketed form itself.

Only a conversion: the second figure is in another unit of the same quantity, agrees with the
first within the rounding of the two written figures (:func:`half_unit`), and has no condition
of its own after it, so that "5 kg, or 10 kg with the larger pack", "30 minutes, or 2 km",
"60 km/h, or 45 mph in sport mode" (45 mph is 72 km/h) and "60 km/h, or 40 mph with a
payload" stay two figures (review 9, finding 5: a 25 % tolerance had read the last two as
conversions, losing a claim).
"""
from __future__ import annotations

import re

#: A second conversion after a slash is part of it: "55 knots, or about 63 mph/101 km/h"
#: (HardOCP, trials_new6) had become two speed claims beside the top speed.
_OR_CONVERSION = re.compile(r",?\s+or\s+(?:about |roughly |around |some |nearly )?"
                            r"(\d[\d,.]*)\s*-?\s*([A-Za-z]+(?:/[A-Za-z]+)?"
                            r"(?: (?:per|an?) [A-Za-z]+)?)(?:\s*/\s*\d[\d,.]*\s*-?\s*"
                            r"[A-Za-z]+(?:/[A-Za-z]+)?)?")
#: A condition right after the second figure makes it a figure of its own: "45 mph in sport
#: mode", "40 mph with a payload", "3 km when loaded" (not "in 10 minutes": another figure,
#: nor "in terms of ground speed": the same one's wording).
_OWN_CONDITION = re.compile(r"\s+(?:in(?! terms of\b)|with|without|when|while|under|during|on|carrying|if|"
                            r"at|loaded|fully)\b(?!\s+(?:about |around |under |less than |"
                            r"up to |over )?\d)", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: The conversion factors writers round ("1 mile is 1.6 km": 0.6 % off; "1 kg is 2.2 lb":
#: 0.2 % off): a margin on top of the written figures' rounding.
FACTOR_MARGIN = 0.01


def half_unit(number: str) -> float:
    """Half a unit of the last significant digit of a written ``number``, relative to it:
    how far the figure may be from what it rounds ("37" for 37.28 mph: 0.5 / 37).

    A decimal's every digit counts ("3.5": 0.05); an integer's trailing zeros count up to
    its second significant digit and no further, since a conversion is written to at least
    two significant figures and zeros past them may be rounding's placeholders ("300 m" for
    1,000 ft = 304.8 m: 5 / 300; "220 pounds": 5 / 220; "40 mph": 0.5 / 40, so 60 km/h =
    37.3 mph is no "40 mph")."""
    digits = number.replace(",", "")
    value = float(digits)
    if not value:
        return 0.0
    if "." in digits:
        return 0.5 * 10.0 ** -len(digits.split(".")[1]) / value
    whole = digits.lstrip("0")
    zeros = len(whole) - len(whole.rstrip("0"))
    return 0.5 * 10.0 ** max(0, min(zeros, len(whole) - 2)) / value


def _rounding(written: str) -> float:
    found = _NUMBER.findall(written)
    return half_unit(found[-1]) if found else 0.5 / 10      # a spoken number: "five pounds"


#: A conversion after a slash: "280 m / 918 ft AGL", "1 km / 0.60 mi apart", "5 kg/11 lb" (a
#: maker's case-study table, unseen2: "280 m" had been context and "918 ft" the altitude, two
#: figures of one height); only when the two agree as a conversion, so "5 kg/10 kg" and a
#: rate's denominator ("60 Wh/kg": no number after the slash) are untouched.
_SLASH_CONVERSION = re.compile(r"[ \t]?/[ \t]?(?:about |approx\. |~)?(\d[\d,]*(?:\.\d+)?)"
                               r"[ \t]?-?[ \t]?([A-Za-z]+(?:/[A-Za-z]+)?)")


def conversion_parts(conv: re.Match) -> tuple[str, str]:
    """The number and the unit of a conversion match (a bracket's, an ", or" one's), as one
    figure: a range whose unit is written twice, "(370 km/h to 556 km/h)", is "370 to 556"
    km/h (the DroneDJ Marine Corps page, unseen2: had been a second speed claim), and a unit's
    spaced slash is closed up, "(64 km / h)" is km/h (a DHL parcelcopter page: the same)."""
    hi = conv.groupdict().get("hi")
    number = f"{conv.group(1)} to {hi}" if hi else conv.group(1)
    return number, re.sub(r"[ \t]?/[ \t]?", "/", conv.group(2))


def or_conversion(sentence: str, end: int, written: str):
    """The ``re.Match`` of ", or 220 pounds" (or of "/ 918 ft") right after a figure
    ``written`` that ends at ``end`` (group 1 the number, group 2 the unit, as the bracketed
    form's), or None."""
    m = _OR_CONVERSION.match(sentence, end) or _SLASH_CONVERSION.match(sentence, end)
    if m is None or _OWN_CONDITION.match(sentence, m.end()):
        return None
    from .figures import parse                       # a late import: figures is heavier
    try:
        a, b = parse(written).nominal, parse(f"{m.group(1)} {m.group(2)}").nominal
        if a.dimensionality != b.dimensionality or str(a.units) == str(b.units) or not (
                a.magnitude and b.magnitude):
            return None
        ratio = float((b / a).to("").magnitude)
    except Exception:                                # noqa: BLE001 - no figure: no conversion
        return None
    # each written figure stands for an interval of half a unit of its last digit either
    # side: a conversion when the two intervals meet (within the factors' margin)
    slack = (1 + _rounding(written)) * (1 + half_unit(m.group(1))) * (1 + FACTOR_MARGIN)
    return m if 1 / slack <= ratio <= slack else None


def foreign_bracket(inner: tuple | None, dim: str | None, conv, written: str | None = None
                    ) -> bool:
    """Whether a bracket after a figure is no conversion of it: its unit (``inner``, from
    ``spotting._unit_at``) of another dimension than the figure's ``dim`` ("15.4 V (4S)": a
    cell count), or no unit at all ("(two batteries)"; rv11 F12). Days and hours are one
    quantity: "stayed aloft for 64 days (1,536 hours)" is one flight (review 14; it had been
    drafted as two flight-time claims). A bracket whose unit the extractor does not know is a
    conversion only when pint reads it in the dimension of the figure ``written``: "1645 g
    (4T)" names a variant (the EVO Max 4T; pint's T is the tesla), "1645 g (4N)" another (the
    newton), and both had been noted as "read as the same figure" (unseen, 2026-12-06)."""
    if inner is None:
        if not conv:
            return False
        return conv[1][0].isalpha() or (written is not None and not _same_dimension(
            written, " ".join(conversion_parts(conv))))
    kinds = {inner[2], dim or inner[2]}
    return len(kinds) > 1 and kinds != {"time", "long-time"}


def _same_dimension(written: str, bracket: str) -> bool:
    """Whether pint reads the bracket ``bracket`` in the dimension of the figure ``written``
    (True when the figure itself cannot be read: nothing to tell them apart by)."""
    from .figures import parse                       # a late import: figures is heavier
    from .numbers import plain_digits
    try:
        first = parse(plain_digits(written)).nominal
    except Exception:                                # noqa: BLE001 - the figure unread
        return True
    try:
        return parse(bracket).nominal.dimensionality == first.dimensionality
    except Exception:                                # noqa: BLE001 - an unknown unit
        return False
