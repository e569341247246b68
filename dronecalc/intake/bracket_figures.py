"""A figure's restatement in brackets: a conversion, or the same figure stated more precisely
(issue 10, round flights9).

``spotting.find_figures`` reads "80 kg (176.4 lb)" and "2,000 kilometers (1,250 miles)" as one
figure and its conversion: the first is used, the bracket noted. A record's log writes it the
other way round: "> 1hr and 20 minutes (81.43 minutes)" (diydrones' octocopter record,
tests/fixtures/cases/specs_heldout/octa-record-diydrones.txt) gives a rounded figure, then the
measured one; the draft kept "> 80 min" and dropped the 81.43. The bracket is the precise
statement when its number has decimals, more significant digits than the first, no hedge
("about", "roughly"...) in either and no upper bound before the first ("up to five pounds
(2.26 kg)"), and is no rounding or truncation of the first's value converted (80 kg is
176.37 lb: "176.4 lb" is a conversion; a bracket in another unit always is; "1 gallon (3.7 liters)" too, 3.785 L cut; 80 min is
80.00 min: "81.43 minutes" is not); then it is used and the first noted. A rule of reading,
no fitted constant: the tolerance is one unit of the bracket's last digit.
"""
from __future__ import annotations

import re

__all__ = ["bracket_note"]

_HEDGE = re.compile(r"(?i)~|\b(?:about|roughly|approximately|around|some|nearly|almost|over|"
                    r"more than|up to)\b")
#: A first figure written as an upper bound or a hedge: its bracket converts it.
_OPEN = re.compile(r"(?i)\s*(?:up to|as much as|at most|about|around|approximately|roughly|"
                   r"nearly|almost|some|~)\b")
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _significant(number: str) -> int:
    digits = number.replace(",", "").replace(".", "").lstrip("0")
    return len(digits) if "." in number else len(digits.rstrip("0")) or 1


def _more_precise(first: str, bracket: str, number: str, unit: str) -> bool:
    from .figures import parse                       # a late import: figures is heavier
    m = _DIGITS.fullmatch(number.strip())
    if m is None or m.group(1) is None or _HEDGE.search(bracket):
        return False                                 # no decimals, a range or a hedge
    try:
        a, b = parse(first).nominal, parse(f"{number} {unit}").nominal
        a_in_b = float(a.to(b.units).magnitude)
    except Exception:                                # noqa: BLE001 - any unreadable pair
        return False
    if a.units != b.units:           # another unit is a conversion, however loose ("100 km
        return False                 # (62.5 miles)", "15 kg (33.3 lb)": review 14)
    first_digits = [_significant(n) for n in re.findall(r"\d[\d,.]*", first)]
    if not first_digits or _significant(number) <= max(first_digits) or _OPEN.match(first):
        return False                 # "five pounds (2.26 kg)", "up to 5 lb (2.3 kg)": converted
    return abs(a_in_b - float(b.magnitude)) > 10.0 ** -len(m.group(1))


def bracket_note(first: str, fig: dict, conv: re.Match, off: str | None
                 ) -> tuple[str, str | None]:
    """The note of a figure written ``first`` (``fig``, as ``spotting.find_figures`` reads it:
    its ``canonical`` text when set) with the bracket ``conv`` after it (``spotting.
    _CONVERSION``'s match: the number, then the unit) and ``off``, how far they disagree
    (``spotting._conversion_mismatch``); and the text to use instead of the first, or None
    (the first is used)."""
    bracket, number, unit = conv.group(), conv.group(1), conv.group(2)
    canonical, also = fig.get("canonical"), f"{number} {unit}"
    if off:
        return (f"also written as ({also}), which is not the same figure ({off}): the first is "
                "used; check the source"), None
    if _more_precise(canonical or first, bracket, number, unit):
        return (f"restated in brackets as ({also}), the same figure more precisely: the "
                f"bracket's is used, not {first!r}"), also
    return f"also written as ({also}), read as the same figure", None
