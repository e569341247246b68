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
176.37 lb: "176.4 lb" is a conversion; a bracket in another unit always is; "1 gallon (3.7
liters)" too, 3.785 L cut; 80 min is 80.00 min: "81.43 minutes" is not); then it is used and
the first noted. The first must also be the bracket rounded to its own last digit (within
half a unit of it: "30 km (30.4 km)"), or a bound the bracket meets ("> 80 min (81.43 min)");
"30 km (35.5 km)" and "20 minutes (24.5 minutes)" are no roundings (review 15): the first is
used and the mismatch noted. Rules of reading, no fitted constant: the tolerances are half a
unit of the first's last digit and one unit of the bracket's.
"""
from __future__ import annotations

import re

__all__ = ["bracket_note"]

_HEDGE = re.compile(r"(?i)~|\b(?:about|roughly|approximately|around|some|nearly|almost|over|"
                    r"more than|up to)\b")
#: A first figure written as an upper bound or a hedge: its bracket converts it.
_OPEN = re.compile(r"(?i)\s*(?:up to|as much as|at most|about|around|approximately|roughly|"
                   r"nearly|almost|some|~)\b")
#: A first figure written as a lower bound: a bracket above it states it more precisely ("> 1hr
#: and 20 minutes (81.43 minutes)"); as an upper bound, one below it.
_LOWER = re.compile(r"(?i)\s*(?:>=?|≥|(?:more than|over|at least|in excess of|upwards of)\b)")
_UPPER = re.compile(r"(?i)\s*(?:<=?|≤|(?:less than|under|below|at most|up to)\b)")
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _significant(number: str) -> int:
    digits = number.replace(",", "").replace(".", "").lstrip("0")
    return len(digits) if "." in number else len(digits.rstrip("0")) or 1


def _half_last_digit(first: str) -> float:
    """Half a unit of the last digit of ``first``'s last number: how far the value it rounds
    may lie from it ("30 km": 0.5 km; "2.5 h": 0.05 h)."""
    last = re.findall(r"\d[\d,]*(?:\.(\d+))?", first)[-1]
    return 0.5 * 10.0 ** -len(last)


def _compare(first: str, bracket: str, number: str, unit: str) -> str | None:
    """"precise" when the bracket is the first figure stated more precisely, "mismatch" when
    it is in the same unit and the first is no rounding of it, else None (a conversion, the
    first written again, a bound or hedge)."""
    from .figures import parse                       # a late import: figures is heavier
    m = _DIGITS.fullmatch(number.strip())
    try:
        a, b = parse(first).nominal, parse(f"{number} {unit}").nominal
        a_in_b = float(a.to(b.units).magnitude)
    except Exception:                                # noqa: BLE001 - any unreadable pair
        return None
    if a.units != b.units or m is None:  # another unit is a conversion, however loose ("100 km
        return None                      # (62.5 miles)", "15 kg (33.3 lb)": review 14)
    gap = abs(a_in_b - float(b.magnitude))
    lower, upper, low = _LOWER.match(first), _UPPER.match(first), float(b.magnitude) < a_in_b
    if not (lower or upper or _OPEN.match(first)) and re.search(r"\d", first) \
            and gap > _half_last_digit(first):
        return "mismatch"            # "30 km (35.5 km)" (review 15): no rounding of the bracket
    if m.group(1) is None or _HEDGE.search(bracket) or (lower and low) or (upper and not low):
        return None                  # no decimals, a range, a hedge, outside the first's bound
    first_digits = [_significant(n) for n in re.findall(r"\d[\d,.]*", first)]
    if not first_digits or _significant(number) <= max(first_digits) or _OPEN.match(first):
        return None                  # "five pounds (2.26 kg)", "up to 5 lb (2.3 kg)": converted
    return "precise" if gap > 10.0 ** -len(m.group(1)) else None


def bracket_note(first: str, fig: dict, conv: re.Match, off: str | None
                 ) -> tuple[str, str | None]:
    """The note of a figure written ``first`` (``fig``, as ``spotting.find_figures`` reads it:
    its ``canonical`` text when set) with the bracket ``conv`` after it (``spotting.
    _CONVERSION``'s match: the number, then the unit) and ``off``, how far they disagree
    (``spotting._conversion_mismatch``); and the text to use instead of the first, or None
    (the first is used)."""
    from .conversions import conversion_parts
    bracket, (number, unit) = conv.group(), conversion_parts(conv)
    canonical, also = fig.get("canonical"), f"{number} {unit}"
    if off:
        return (f"also written as ({also}), which is not the same figure ({off}): the first is "
                "used; check the source"), None
    verdict = _compare(canonical or first, bracket, number, unit)
    if verdict == "precise":
        return (f"restated in brackets as ({also}), the same figure more precisely: the "
                f"bracket's is used, not {first!r}"), also
    if verdict == "mismatch":
        return (f"also written as ({also}), of which {first!r} is no rounding: the first is "
                "used; check the source"), None
    return f"also written as ({also}), read as the same figure", None
