"""A point before exactly three digits: a decimal point or a thousands point? (issue 10).

English writes ``"1.200 km"`` for one point two kilometres; Spanish, German, Italian, Dutch
and Turkish texts (and their machine translations) write it for twelve hundred. The two
readings differ a thousandfold, and nothing in the figure says which is meant, so dronecalc
never picks one (review 23 F2: ``"1.200 km"`` had been read as 1.2 km, a CONSISTENT verdict
where the Spanish source meant 1200 km, IMPLAUSIBLE).

The rule (:data:`AMBIGUOUS_POINT`): a number is ambiguous when it is written

* one to three digits, the first of them not ``0`` (no thousands group starts with a zero:
  ``"0.125 m"`` is a decimal, and so is ``"00.125"``),
* then one point and exactly three digits (``"1.200"``, ``"12.500"``, ``"123.456"``),
* with no other digit, point or comma touching it (``"1.2345"``, ``"1234.567"``,
  ``"1.200.000"``, ``"1.234,5"`` and ``"1,200.5"`` each have one reading, or are read by the
  older rules: two groups or a decimal comma is a thousands point,
  :data:`dronecalc.intake.numbers.DOTTED_GROUPS`), and no exponent after it (``"1.200e3"``).

A case file's figure written so is refused (:func:`refusal`), naming both readings and what to
write for each: ``"1200 km"`` for the thousands point; ``"1.2 km"`` for the decimal point, its
trailing zeros dropped, or with a fourth decimal digit (``"1.6450 kg"``) when none can be
dropped. ``dronecalc extract`` keeps such a figure in its draft as written, with a note giving
both readings (:func:`note`), so that ``check`` refuses it until a person has chosen.
"""
from __future__ import annotations

import re

from ..errors import AmbiguousNumberError

#: The ambiguous number: see the module's rule. Linear time: no nested quantifier.
AMBIGUOUS_POINT = re.compile(r"(?<![\d.,])([1-9]\d{0,2})\.(\d{3})(?![\d.,]|[eE][-+]?\d)")


def readings(written: str) -> tuple[str, str]:
    """(the decimal reading, the thousands reading) of an ambiguous number, each written so
    that it has one reading: ``"1.200"`` -> ``("1.2", "1200")``, ``"1.645"`` ->
    ``("1.6450", "1645")``, ``"2.000"`` -> ``("2", "2000")``."""
    whole, digits = written.split(".")
    decimal = f"{whole}.{digits}".rstrip("0").rstrip(".")
    if decimal == written:                           # nothing to drop: a fourth digit marks it
        decimal = f"{written}0"
    return decimal, f"{whole}{digits}"


def find(text: str) -> re.Match | None:
    """The first ambiguous number in ``text``, or None."""
    return AMBIGUOUS_POINT.search(text) if isinstance(text, str) else None


def _rewritten(text: str, which: int) -> str:
    """``text`` with every ambiguous number in its decimal (0) or thousands (1) reading."""
    return AMBIGUOUS_POINT.sub(lambda m: readings(m.group())[which], text).strip()


def refusal(text: str, body: str) -> AmbiguousNumberError | None:
    """The error for a figure ``text`` (``body``: its cleaned form) holding an ambiguous
    number, or None when it holds none."""
    m = find(body)
    if m is None:
        return None
    decimal, thousands = readings(m.group())
    base = text if find(text) is not None else body   # the fix in the user's own words
    return AmbiguousNumberError(
        f"a point before three digits ('{m.group()}') may be a decimal point ({decimal}) or a "
        f"thousands point ({thousands}), a thousandfold apart", value=text,
        readings=(decimal, thousands),
        expected=f"'{_rewritten(base, 1)}' if the source groups thousands with a "
                 f"point, or '{_rewritten(base, 0)}' if its point is a decimal point "
                 "(a figure is never guessed between the two)")


def note(written: str) -> str | None:
    """A draft's note for a figure whose written text holds an ambiguous number, or None."""
    m = find(written)
    if m is None:
        return None
    decimal, thousands = readings(m.group())
    return (f"'{m.group()}' may be {decimal} (a decimal point) or {thousands} (a thousands "
            f"point, as Spanish or German write it): kept as written, which check refuses "
            f"until the text says which ('{_rewritten(written, 1)}' or "
            f"'{_rewritten(written, 0)}')")


def keep_in_draft(item, exc: Exception) -> bool:
    """For ``dronecalc extract``: a draft entry (:class:`dronecalc.intake.extract.Item`) whose
    text the field rules refused as an ambiguous number keeps its field, role and text, with
    both readings in its flag and note (True); any other refusal is left to the caller."""
    m = find(item.text) or find(item.written)
    if not isinstance(exc, AmbiguousNumberError) or m is None:
        return False
    decimal, thousands = readings(m.group())
    item.flag = (f"ambiguous number, {decimal} or {thousands}: check refuses it until the text "
                 "says which")
    item.notes.append(note(item.text) or note(item.written) or str(exc))
    return True


def unambiguous(number: str) -> str:
    """A number dronecalc wrote itself (a fraction's decimal: "2⅛" -> "2.125"), with a fourth
    decimal digit when it would otherwise read as ambiguous ("2.1250")."""
    return f"{number}0" if AMBIGUOUS_POINT.fullmatch(number) else number


def decimal_text(text: str) -> str:
    """``text`` with every ambiguous number in its decimal reading ("1.500 kg" -> "1.5 kg")."""
    return _rewritten(text, 0) if find(text) is not None else text


def agrees(first: str, second: str) -> bool:
    """Whether figure ``first`` and its bracketed conversion ``second`` are the same quantity
    within 25 % ("1.5 kg" and "3.3 lb"): what settles an ambiguous number in a draft."""
    from .figures import parse                       # a late import: figures imports this
    try:
        a, b = parse(first).nominal, parse(second).nominal
        return a.dimensionality == b.dimensionality and bool(a.magnitude) and \
            0.8 <= float((b / a).to("").magnitude) <= 1.25
    except Exception:                                # noqa: BLE001 - any unreadable pair
        return False


def by_conversion(written: str, also: str) -> tuple[str, str] | None:
    """(the text to draft, its note) when the bracketed conversion ``also`` agrees with the
    decimal reading of the ambiguous number in ``written`` ("1.500 kg (3.3 lb)" -> "1.5 kg"),
    else None (the thousands reading is settled the same way by the spotting code)."""
    decimal = decimal_text(written)
    if decimal == written or not agrees(decimal, also):
        return None
    return decimal, f"read as {decimal}: a decimal point, as ({also}) shows"
